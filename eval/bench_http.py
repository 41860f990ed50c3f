"""Servers in their own processes, and a bounded load generator over keep-alive HTTP.

Every server is a real process on a free loopback port, started and stopped by its PID (never
by name). Every load run is bounded in requests and in time and stops by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clean_env(**overrides: str) -> dict[str, str]:
    """The caller's environment without any TALKSQA_* setting: the service's defaults."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALKSQA_")}
    env.update(overrides)
    return env


def memory(pid: int) -> dict[str, float]:
    """Peak (VmHWM) and current (VmRSS) resident memory of a process, in MB."""
    found: dict[str, float] = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                found[key] = round(int(value.split()[0]) / 1024, 1)
    return {
        "peak_rss_mb": found.get("VmHWM", float("nan")),
        "rss_mb": found.get("VmRSS", float("nan")),
    }


@dataclass
class Server:
    """A running server process: its URL, PID, and how long it took to become ready."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    ready_seconds: float
    log: Path

    @property
    def pid(self) -> int:
        return self.process.pid


def wait_ready(
    url: str, *, process: subprocess.Popen[bytes], started: float, timeout: float, log: Path
) -> float:
    """Poll `url` until it answers 200; seconds since `started` (the process's spawn)."""
    deadline = started + timeout
    with httpx.Client(timeout=2.0) as client:
        while time.perf_counter() < deadline:
            if process.poll() is not None:
                tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                raise RuntimeError(f"{url}: the server exited with {process.returncode}:\n{tail}")
            with contextlib.suppress(httpx.HTTPError):
                if client.get(url).status_code == 200:
                    return time.perf_counter() - started
            time.sleep(0.01)
    raise TimeoutError(f"{url} was not ready within {timeout:.0f}s (log: {log})")


@contextlib.contextmanager
def serve(
    name: str,
    command: list[str],
    *,
    env: dict[str, str],
    log: Path,
    ready_path: str = "/readyz",
    timeout: float = 600.0,
) -> Iterator[Server]:
    """Start `command` (which must bind the port passed as {port}), yield it once ready, stop it."""
    port = free_port()
    argv = [part.replace("{port}", str(port)) for part in command]
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            url = f"http://127.0.0.1:{port}"
            ready = wait_ready(
                url + ready_path, process=process, started=started, timeout=timeout, log=log
            )
            yield Server(name, url, process, ready, log)
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def talksqa_command(host: str = "127.0.0.1") -> list[str]:
    return [str(VENV_BIN / "talksqa"), "serve", "--host", host, "--port", "{port}"]


def stock_command(persist: Path, host: str = "127.0.0.1") -> list[str]:
    return [
        sys.executable,
        "-m",
        "eval.stock_rag",
        "serve",
        "--persist",
        str(persist),
        "--host",
        host,
        "--port",
        "{port}",
    ]


# -- load --------------------------------------------------------------------------------------
@dataclass
class LoadResult:
    """One load run: latencies of the successful requests and what went wrong with the rest."""

    concurrency: int
    sent: int
    latencies_ms: list[float]
    errors: dict[str, int] = field(default_factory=dict)
    wall_seconds: float = 0.0
    distinct: int = 0
    not_sent: int = 0  # cut by the run's time limit
    server_timings: dict[str, list[float]] = field(default_factory=dict)  # the service reports

    def record(self, elapsed_ms: float, content: bytes) -> None:
        """A successful answer: its latency, and the server's own timings when it gives them."""
        self.latencies_ms.append(elapsed_ms)
        timings = json.loads(content).get("timings")
        if isinstance(timings, dict):
            for key, value in timings.items():
                if key.endswith("_ms"):  # not the `cached` flag
                    self.server_timings.setdefault(key, []).append(float(value))

    def add(self, other: LoadResult) -> None:
        """Fold another run of the same kind into this one (blocks of one interleaved run)."""
        self.sent += other.sent
        self.latencies_ms += other.latencies_ms
        for key, count in other.errors.items():
            self.errors[key] = self.errors.get(key, 0) + count
        self.wall_seconds += other.wall_seconds
        self.not_sent += other.not_sent
        for key, values in other.server_timings.items():
            self.server_timings.setdefault(key, []).extend(values)

    def summary(self) -> dict[str, Any]:
        return {
            "concurrency": self.concurrency,
            "sent": self.sent,
            "ok": len(self.latencies_ms),
            "errors": sum(self.errors.values()),
            "error_kinds": dict(self.errors),
            "not_sent": self.not_sent,
            "distinct_questions": self.distinct,
            "wall_seconds": round(self.wall_seconds, 3),
            "rps": round(len(self.latencies_ms) / self.wall_seconds, 2) if self.wall_seconds else 0,
            **stats(self.latencies_ms),
            "server_p50_ms": {
                k: round(float(np.median(v)), 3) for k, v in self.server_timings.items() if v
            },
        }


def stats(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {
            "p50_ms": None,
            "p95_ms": None,
            "p99_ms": None,
            "mean_ms": None,
            "min_ms": None,
            "max_ms": None,
        }
    a = np.asarray(values, dtype=float)
    p50, p95, p99 = np.percentile(a, [50, 95, 99])
    return {
        "p50_ms": round(float(p50), 3),
        "p95_ms": round(float(p95), 3),
        "p99_ms": round(float(p99), 3),
        "mean_ms": round(float(a.mean()), 3),
        "min_ms": round(float(a.min()), 3),
        "max_ms": round(float(a.max()), 3),
    }


def _body(question: str) -> bytes:
    return json.dumps({"messages": [{"role": "user", "content": question}]}).encode()


JSON = {"Content-Type": "application/json"}


async def _load(
    url: str,
    questions: list[str],
    *,
    concurrency: int,
    warmup: list[str],
    time_limit: float,
    timeout: float,
) -> LoadResult:
    result = LoadResult(
        concurrency=concurrency, sent=0, latencies_ms=[], distinct=len(set(questions))
    )
    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    async with aiohttp.ClientSession(
        base_url=url,
        connector=connector,
        timeout=aiohttp.ClientTimeout(total=timeout),
        headers=JSON,
    ) as client:

        async def post(question: str) -> tuple[int, bytes]:
            async with client.post("/v1/chat", data=_body(question)) as reply:
                return reply.status, await reply.read()

        # open the keep-alive connections (and warm the server) with questions not measured
        for start in range(0, len(warmup), concurrency):
            await asyncio.gather(
                *(post(q) for q in warmup[start : start + concurrency]), return_exceptions=True
            )
        pending = iter(questions)
        deadline = time.perf_counter() + time_limit

        async def worker() -> None:
            for question in pending:
                if time.perf_counter() > deadline:
                    result.not_sent += 1
                    continue
                result.sent += 1
                began = time.perf_counter()
                try:
                    status, content = await post(question)
                    _record(result, status, content, (time.perf_counter() - began) * 1000)
                except (aiohttp.ClientError, TimeoutError) as exc:
                    key = type(exc).__name__
                    result.errors[key] = result.errors.get(key, 0) + 1

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.wall_seconds = time.perf_counter() - began
    return result


def _record(result: LoadResult, status: int, content: bytes, elapsed_ms: float) -> None:
    if status == 200 and b'"answer"' in content:
        result.record(elapsed_ms, content)
    else:
        key = f"http_{status}"
        result.errors[key] = result.errors.get(key, 0) + 1


def load(
    url: str,
    questions: list[str],
    *,
    concurrency: int,
    warmup: list[str] | None = None,
    time_limit: float = 120.0,
    timeout: float = 30.0,
) -> LoadResult:
    """POST each question once to /v1/chat with `concurrency` requests in flight at most.

    The client must cost little next to a server that answers in milliseconds on the same two
    cores: concurrency 1 uses the standard library's keep-alive HTTPConnection, above that
    aiohttp (C-accelerated parsing) with `concurrency` keep-alive connections. httpx, used until
    2026-11-29, spent about 1.5 ms of its own a request, which the figures then counted.
    """
    if concurrency == 1:
        return _load_one(
            url, questions, warmup=warmup or [], time_limit=time_limit, timeout=timeout
        )
    return asyncio.run(
        _load(
            url,
            questions,
            concurrency=concurrency,
            warmup=warmup or [],
            time_limit=time_limit,
            timeout=timeout,
        )
    )


def _load_one(
    url: str, questions: list[str], *, warmup: list[str], time_limit: float, timeout: float
) -> LoadResult:
    result = LoadResult(concurrency=1, sent=0, latencies_ms=[], distinct=len(set(questions)))
    target = urlsplit(url)
    client = http.client.HTTPConnection(
        target.hostname or "127.0.0.1", target.port, timeout=timeout
    )

    def post(question: str) -> tuple[int, bytes]:
        try:
            client.request("POST", "/v1/chat", body=_body(question), headers=JSON)
            reply = client.getresponse()
            return reply.status, reply.read()
        except (OSError, http.client.HTTPException):
            client.close()  # the next request reconnects
            raise

    try:
        for question in warmup:
            with contextlib.suppress(OSError, http.client.HTTPException):
                post(question)
        began = time.perf_counter()
        deadline = began + time_limit
        for question in questions:
            if time.perf_counter() > deadline:
                result.not_sent += 1
                continue
            result.sent += 1
            t0 = time.perf_counter()
            try:
                status, content = post(question)
                _record(result, status, content, (time.perf_counter() - t0) * 1000)
            except (OSError, http.client.HTTPException) as exc:
                result.errors[type(exc).__name__] = result.errors.get(type(exc).__name__, 0) + 1
        result.wall_seconds = time.perf_counter() - began
    finally:
        client.close()
    return result


def repeated(url: str, question: str, *, n: int, timeout: float = 30.0) -> LoadResult:
    """The same question `n` times in a row (the unmeasured first one fills any cache)."""
    return _load_one(url, [question] * n, warmup=[question], time_limit=120.0, timeout=timeout)


def first_answer_seconds(url: str, question: str, *, started: float) -> float:
    """Seconds from `started` until the first /v1/chat answer (lazy loading shows here)."""
    with httpx.Client(base_url=url, timeout=120.0) as client:
        client.post("/v1/chat", content=_body(question), headers=JSON).raise_for_status()
    return time.perf_counter() - started
