"""Shared fixtures: the real embedder, a real index built once per session, real servers.

Expensive things are built once per session; a test that changes an index works on a copy.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langchain_core.embeddings import Embeddings

from ingest.build import build_index
from ingest.embed import DEFAULT_EMBEDDER, make_embedder
from ingest.store import EmbeddedStore
from service.models import ChatRequest, ChatResponse
from service.qa.engine import Engine
from service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
REPORT = CORPUS / "paris-talks.ar.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A real headless Chromium (Debian's; Playwright's own download fails here)."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def browser_page(browser: Any, locale: str) -> Iterator[Any]:
    """A page of its own context (900x1000, the given locale, 20 s timeouts), closed after."""
    context = browser.new_context(viewport={"width": 900, "height": 1000}, locale=locale)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


# The operator word lists written for the bundled report (data, not product)
GLOSSARY = ROOT / "data" / "operator" / "paris-talks.glossary.json"
SYNONYMS = ROOT / "data" / "operator" / "paris-talks.synonyms.ar.json"
VENV_BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def embeddings() -> Embeddings:
    """The default embedder (USE and e5, fused), loaded once."""
    return make_embedder(DEFAULT_EMBEDDER)


def index_of(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings
) -> Path:
    """A real embedded index of the reports under `corpus`, built with the real embedder."""
    root = tmp_path_factory.mktemp("index") / "index"
    build_index(
        [corpus],
        store=EmbeddedStore(root),
        embeddings=embeddings,
        embedder=DEFAULT_EMBEDDER,
        chunk_size=Settings().chunk_size,
    )
    return root


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings) -> Path:
    return index_of(CORPUS, tmp_path_factory, embeddings)


def engine_over(
    files: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
    embeddings: Embeddings,
) -> Engine:
    """An engine over a real index of the given invented reports (name -> text)."""
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return Engine(
        Settings(index_dir=index_of(corpus, tmp_path_factory, embeddings)), embeddings=embeddings
    )


def chroma_searched(
    engine: Engine, embeddings: Embeddings, monkeypatch: pytest.MonkeyPatch
) -> Engine:
    """The same index as `engine`'s, searched by Chroma's HNSW instead of in memory."""
    import ingest.read

    monkeypatch.setattr(ingest.read, "EXACT_SEARCH_MAX_CHUNKS", 0)
    hnsw = Engine(engine.settings, embeddings=embeddings)
    assert hnsw.loaded().snapshot.vectors is None
    return hnsw


def ask(engine: Engine, question: str) -> ChatResponse:
    return engine.chat(
        ChatRequest.model_validate({"messages": [{"role": "user", "content": question}]})
    )


@pytest.fixture
def index_copy(built_index: Path, tmp_path: Path) -> Path:
    """A private copy of the session index, for tests that write to it."""
    target = tmp_path / "index"
    shutil.copytree(built_index, target, ignore=shutil.ignore_patterns("*.lock"))
    return target


@pytest.fixture
def settings(built_index: Path) -> Settings:
    return Settings(index_dir=built_index, data_dir=CORPUS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, *, timeout: float = 60.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered")
        with contextlib.suppress(httpx.HTTPError):
            httpx.get(url, timeout=1.0)
            return
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


def service_env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALKSQA_")}
    # Tests share one client address: a high limit, except where a test sets its own.
    env.update({"TALKSQA_LOG_LEVEL": "WARNING", "TALKSQA_RATE_LIMIT": "100000/minute", **overrides})
    return env


@contextlib.contextmanager
def running_service(env: dict[str, str], *, log: Path) -> Iterator[str]:
    """`talksqa serve` as a real process on a free loopback port; yields its base URL."""
    with serving_process(env, log=log) as (url, _):
        yield url


@contextlib.contextmanager
def serving_process(env: dict[str, str], *, log: Path) -> Iterator[tuple[str, subprocess.Popen]]:  # type: ignore[type-arg]
    """Like running_service, also yielding the process (for memory readings, signals)."""
    port = free_port()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(VENV_BIN / "talksqa"), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_http(url + "/healthz", process=process)
            yield url, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="session")
def server(built_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The service over HTTP, serving the session index."""
    log = tmp_path_factory.mktemp("logs") / "server.log"
    with running_service(service_env(TALKSQA_INDEX_DIR=str(built_index)), log=log) as url:
        yield url


@pytest.fixture(scope="session")
def corpus_text() -> str:
    return REPORT.read_text(encoding="utf-8")


def talksqa(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the operators' command line as a real process."""
    return subprocess.run(
        [str(VENV_BIN / "talksqa"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@contextlib.contextmanager
def chroma_on(path: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    """A real `chroma run` server on loopback, ready when this yields."""
    process = subprocess.Popen(
        [
            str(VENV_BIN / "chroma"),
            "run",
            "--path",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", process=process)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


@pytest.fixture
def slow_llm_service(index_copy: Path, tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """`talksqa serve` with the LLM answerer, whose fake LLM holds each reply until the test
    sets `script.gate`, and heartbeats every 0.1 s; yields (base URL, script)."""
    from tests.fake_llm import fake_llm_server

    # a copy: the session's `server` may already serve built_index, and an embedded index is
    # served by one process at a time
    with fake_llm_server() as (url, script):
        script.gate = threading.Event()
        env = service_env(
            TALKSQA_INDEX_DIR=str(index_copy),
            TALKSQA_LLM_BASE_URL=url,
            TALKSQA_LLM_TIMEOUT="300",
            TALKSQA_STREAM_HEARTBEAT_SECONDS="0.1",
        )
        try:
            with running_service(env, log=tmp_path / "server.log") as base:
                yield base, script
        finally:
            script.gate.set()  # a test that failed while the LLM waited: let it finish


def sse_events(lines: Iterator[str]) -> Iterator[tuple[str, Any]]:
    """(name, data) per Server-Sent Event, data parsed as JSON (OpenAI's [DONE] kept as text);
    ("comment", line) per comment line."""
    name, data = "message", ""
    for line in lines:
        if line.startswith(":"):
            yield "comment", line
        elif line.startswith("event:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("data:"):
            data = line.split(":", 1)[1].strip()
        elif line == "" and data:
            yield name, data if data == "[DONE]" else json.loads(data)
            name, data = "message", ""


def waiting_heartbeats(stream: Iterator[tuple[str, Any]], script: Any, *, count: int) -> int:
    """Read comment lines until `count` came while the LLM held the request; any other event
    before then fails the test."""
    seen = 0
    for name, data in stream:
        assert name == "comment", (name, data)
        if script.calls == 1 and script.answered == 0:
            seen += 1
        if seen == count:
            break
    return seen


@contextlib.contextmanager
def redis_on(port: int) -> Iterator[subprocess.Popen[bytes]]:
    """A real Redis (Debian's redis-server, `make redis`) on loopback, ready when this yields."""
    import redis

    binary = shutil.which("redis-server")
    assert binary, "make test installs Debian's redis-server (make redis)"
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(host="127.0.0.1", port=port)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield process
    finally:
        client.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def children_of(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Running (a zombie waiting to be reaped does not count)."""
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


_SERVING = (
    "running_service",
    "serving_process",
    "chroma_on",
    "redis_on",
    "sync_playwright",
    "async_playwright",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests that start servers or a browser (`make test-fast` leaves them out): those
    that use a served fixture, or whose module starts one itself."""
    for item in items:
        module = getattr(item, "module", None)
        names = vars(module) if module is not None else {}
        fixtures = getattr(item, "fixturenames", ())
        served = any(
            f in fixtures
            for f in ("server", "guarded", "chroma_server", "page", "browser", "slow_llm_service")
        )
        if served or any(name in names for name in _SERVING):
            item.add_marker(pytest.mark.server)
