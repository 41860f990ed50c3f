"""Faults that must lose nothing: a Chroma server that dies and returns, a full or read-only
disk at ingest, a shutdown with requests in flight."""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from ingest.read import read_index
from ingest.store import EmbeddedStore
from service.qa.engine import STORE_HINT
from tests.conftest import (
    CORPUS,
    REPORT,
    ROOT,
    VENV_BIN,
    chroma_on,
    free_port,
    running_service,
    service_env,
    talksqa,
)
from tests.fake_llm import fake_llm_server

ASK = {
    "messages": [{"role": "user", "content": "What did the Syrian official say was impossible?"}]
}


def wait_status(url: str, status: int, *, timeout: float = 30) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        reply = httpx.get(url + "/readyz", timeout=5)
        if reply.status_code == status or time.monotonic() > deadline:
            return reply
        time.sleep(0.2)


def readyz(url: str) -> httpx.Response:
    return httpx.get(url + "/readyz", timeout=5)


def wait_for(check: Callable[[], bool], *, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


@pytest.mark.slow
def test_chroma_server_killed_and_back(tmp_path: Path) -> None:
    """A replica that searches its snapshot in memory keeps answering through a store outage
    (degraded); one that needs the store for search answers 503 with the store's hint; both
    recover by themselves when the store is back."""
    port = free_port()
    store_url = f"http://127.0.0.1:{port}"
    env = service_env(TALKSQA_CHROMA_URL=store_url)
    hint = STORE_HINT.format(store=f"Chroma server at {store_url}")
    with chroma_on(tmp_path / "chroma", port) as chroma, ExitStack() as stack:
        assert talksqa("ingest", str(CORPUS), env=env).returncode == 0
        memory = stack.enter_context(running_service(env, log=tmp_path / "memory.log"))
        needs_store = stack.enter_context(
            running_service(
                {**env, "TALKSQA_EXACT_SEARCH_MAX_CHUNKS": "0"}, log=tmp_path / "store.log"
            )
        )
        for url in (memory, needs_store):
            assert httpx.post(url + "/v1/chat", json=ASK).status_code == 200
            assert readyz(url).json()["status"] == "ready"
        generation = readyz(memory).json()["generation"]
        chroma.send_signal(signal.SIGKILL)
        chroma.wait()

        assert wait_for(lambda: readyz(memory).json()["status"] == "degraded")
        ready = readyz(memory)
        assert ready.status_code == 200
        body = ready.json()
        assert body["generation"] == generation and body["hint"] == hint
        assert body["problem"].startswith(f"the index store (Chroma server at {store_url}) is ")
        answers = [httpx.post(memory + "/v1/chat", json=ASK, timeout=30) for _ in range(10)]
        assert [r.status_code for r in answers] == [200] * 10
        assert answers[-1].json()["citations"]
        time.sleep(1.0)
        assert readyz(memory).json()["stale_seconds"] > body["stale_seconds"]

        down = wait_status(needs_store, 503)
        assert down.status_code == 503
        error = down.json()["error"]
        assert error["code"] == "index_not_ready" and error["hint"] == hint
        assert "unreachable" in error["message"] and "talksqa ingest" not in error["hint"]
        reply = httpx.post(needs_store + "/v1/chat", json=ASK, timeout=30)
        assert reply.status_code == 503 and reply.json()["error"]["hint"] == hint

        # a replica started during the outage says the same, not "run: talksqa ingest"
        late = stack.enter_context(running_service(env, log=tmp_path / "late.log"))
        late_error = readyz(late).json()["error"]
        assert late_error["hint"] == hint

        with chroma_on(tmp_path / "chroma", port):
            for url in (memory, needs_store, late):
                assert wait_for(lambda u=url: readyz(u).json().get("status") == "ready"), url
                reply = httpx.post(url + "/v1/chat", json=ASK)
                assert reply.status_code == 200 and reply.json()["citations"]
            assert readyz(memory).json()["problem"] is None


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.slow
def test_full_and_read_only_disk_leave_the_old_index(built_index: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT, corpus / REPORT.name)
    (corpus / "more.txt").write_text(
        'قال متحدث: "جملة جديدة تحتاج إلى فهرس جديد".', encoding="utf-8"
    )
    with tmpfs(tmp_path / "disk", "48m") as disk:
        index = disk / "index"
        shutil.copytree(built_index, index, ignore=shutil.ignore_patterns("*.lock"))
        served = EmbeddedStore(index).current()
        chunks = len(read_index(EmbeddedStore(index)).chunks)
        env = service_env(TALKSQA_INDEX_DIR=str(index))

        filler = disk / "filler"
        subprocess.run(
            ["dd", "if=/dev/zero", f"of={filler}", "bs=1M", "count=64"],
            capture_output=True,
            check=False,
        )  # fills the disk to the last byte
        full = talksqa("ingest", str(corpus), env=env)
        assert full.returncode == 1, full.stdout
        assert "ingest failed" in full.stderr and "Traceback" not in full.stderr
        assert "previously published index" in full.stderr
        assert EmbeddedStore(index).current() == served
        assert len(read_index(EmbeddedStore(index)).chunks) == chunks
        filler.unlink()
        ok = talksqa("ingest", str(corpus), env=env)
        assert ok.returncode == 0, ok.stderr
        assert len(read_index(EmbeddedStore(index)).chunks) == chunks + 1

    with tmpfs(tmp_path / "ro", "48m") as disk:
        index = disk / "index"
        shutil.copytree(built_index, index, ignore=shutil.ignore_patterns("*.lock"))
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        before = _digest(index)
        env = service_env(TALKSQA_INDEX_DIR=str(index))
        readonly = talksqa("ingest", str(corpus), env=env)
        assert readonly.returncode == 1 and "Read-only file system" in readonly.stderr
        assert "Traceback" not in readonly.stderr
        assert _digest(index) == before  # not a byte changed
        # (Chroma cannot open even a healthy index read-only: it migrates on open.)
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        assert EmbeddedStore(index).current() == served
        assert len(read_index(EmbeddedStore(index)).chunks) == chunks


def _digest(folder: Path) -> dict[str, str]:
    import hashlib

    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
def test_graceful_shutdown_finishes_requests_in_flight(built_index: Path, tmp_path: Path) -> None:
    shutil.copytree(built_index, tmp_path / "index", ignore=shutil.ignore_patterns("*.lock"))
    with fake_llm_server() as (llm_url, script):
        script.mode = "slow"  # the LLM takes seconds: the request is in flight at SIGTERM
        env = service_env(
            TALKSQA_INDEX_DIR=str(tmp_path / "index"),
            TALKSQA_LLM_BASE_URL=llm_url,
            TALKSQA_LLM_TIMEOUT="8",
        )
        port = free_port()
        process = subprocess.Popen(
            [str(VENV_BIN / "talksqa"), "serve", "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            from tests.conftest import wait_http

            wait_http(url + "/readyz", process=process)
            result: dict[str, httpx.Response] = {}
            thread = threading.Thread(
                target=lambda: result.setdefault(
                    "reply", httpx.post(url + "/v1/chat", json=ASK, timeout=30)
                )
            )
            thread.start()
            time.sleep(1.0)
            process.send_signal(signal.SIGTERM)
            thread.join(timeout=30)
            assert result["reply"].status_code == 200
            assert result["reply"].json()["grounding"] == "verified"
            # uvicorn re-raises SIGTERM once it has shut down cleanly
            assert process.wait(timeout=30) in (0, -signal.SIGTERM)
        finally:
            if process.poll() is None:
                process.kill()
