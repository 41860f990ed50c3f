"""A bounded load test against a real uvicorn on loopback: no errors, no 5xx, memory flat."""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

import httpx
import pytest

from eval.dataset import load_dataset
from tests.conftest import service_env, serving_process

REQUESTS = 2000
CONCURRENCY = 32


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


async def hammer(url: str, questions: list[str], count: int) -> tuple[dict[int, int], float]:
    statuses: dict[int, int] = {}
    failures: list[str] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(count):
        queue.put_nowait(questions[i % len(questions)])
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def worker() -> None:
            while not queue.empty():
                question = queue.get_nowait()
                try:
                    reply = await client.post(
                        "/v1/chat", json={"messages": [{"role": "user", "content": question}]}
                    )
                    statuses[reply.status_code] = statuses.get(reply.status_code, 0) + 1
                except httpx.HTTPError as exc:
                    statuses[0] = statuses.get(0, 0) + 1
                    failures.append(f"{type(exc).__name__}: {exc}")

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        if failures:
            print("client errors:", sorted(set(failures)))
        return statuses, time.perf_counter() - started


@pytest.mark.slow
def test_load_has_no_errors_and_flat_memory(built_index: Path, tmp_path: Path) -> None:
    shutil.copytree(built_index, tmp_path / "index", ignore=shutil.ignore_patterns("*.lock"))
    base = [item.question for item in load_dataset()]
    # Distinct questions (the query-embedding cache must not make this a cache benchmark).
    questions = [f"{q} ({i})" if i else q for i in range(REQUESTS // len(base) + 1) for q in base]
    env = service_env(TALKSQA_INDEX_DIR=str(tmp_path / "index"))
    with serving_process(env, log=tmp_path / "log") as (url, process):
        asyncio.run(hammer(url, questions[-300:], 300))  # warm up: caches, allocator
        before = rss_mb(process.pid)
        statuses, seconds = asyncio.run(hammer(url, questions, REQUESTS))
        after = rss_mb(process.pid)
    print(
        f"\nload: {REQUESTS} requests at concurrency {CONCURRENCY} in {seconds:.1f}s "
        f"({REQUESTS / seconds:.0f}/s), statuses {statuses}, RSS {before:.0f} -> {after:.0f} MB"
    )
    assert statuses == {200: REQUESTS}
    assert after - before < 64, f"memory grew by {after - before:.0f} MB"
