"""What an operator reads: text log lines with the request's fields, metrics labelled by route
template for every route, and a cached answer's own timings. A real server process."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import running_service, service_env

ASK = {"messages": [{"role": "user", "content": "What did the Syrian official say?"}]}


@pytest.fixture(scope="module")
def text_logged(
    built_index: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    """A service logging text lines at INFO; it looks for a new index every 60 s, so a repeated
    question within a test is answered from the cache whatever the machine's load."""
    root = tmp_path_factory.mktemp("text-logs")
    shutil.copytree(built_index, root / "index", ignore=shutil.ignore_patterns("*.lock"))
    env = service_env(
        TALKSQA_INDEX_DIR=str(root / "index"),
        TALKSQA_LOG_JSON="false",
        TALKSQA_LOG_LEVEL="INFO",
        TALKSQA_REFRESH_SECONDS="60",
    )
    with running_service(env, log=root / "service.log") as url:
        yield url, root / "service.log"


def _logged(log: Path, needle: str) -> list[str]:
    """The log lines holding needle (the access line is written just after the response)."""
    for _ in range(100):
        lines = [x for x in log.read_text(encoding="utf-8").splitlines() if needle in x]
        if lines:
            return lines
        time.sleep(0.05)
    return []


def test_text_log_lines_carry_method_path_status_duration_and_request_id(
    text_logged: tuple[str, Path],
) -> None:
    url, log = text_logged
    assert httpx.get(url + "/readyz", headers={"X-Request-ID": "text-7"}).status_code == 200
    (line,) = _logged(log, "[text-7]")
    assert not line.startswith("{")
    assert " INFO [text-7] service: request method=GET path=/readyz status=200 ms=" in line
    assert float(line.rsplit("ms=", 1)[1]) >= 0


def test_every_route_is_counted_by_its_template(text_logged: tuple[str, Path]) -> None:
    url, _ = text_logged
    docs_assets = "/static-offline-docs/swagger-ui.css"  # a mounted folder: its mount path
    for path in ("/docs", "/openapi.json", "/redoc", "/static/page.css", docs_assets, "/nowhere"):
        httpx.get(url + path)
    assert httpx.post(url + "/docs").status_code == 405
    # refused before routing (413): an included router's routes are found by their path too
    huge = b"x" * 300_000
    for path, method in (("/v1/chat/completions", "POST"), ("/v1/models", "GET")):
        refused = httpx.request(method, url + path, content=huge)
        assert refused.status_code == 413 and refused.json()["error"]["code"] == "payload_too_large"
    metrics = httpx.get(url + "/metrics").text
    for route, method, status in (
        ("/docs", "GET", 200),
        ("/docs", "POST", 405),
        ("/openapi.json", "GET", 200),
        ("/redoc", "GET", 200),
        ("/static/{name}", "GET", 200),
        ("/static-offline-docs", "GET", 200),
        ("/v1/chat/completions", "POST", 413),
        ("/v1/models", "GET", 413),
        ("unmatched", "GET", 404),  # only what matches no route at all
    ):
        assert (
            f'talksqa_requests_total{{method="{method}",route="{route}",status="{status}"}} 1.0'
            in (metrics)
        )
    assert 'route="unmatched",status="200"' not in metrics


def test_a_cached_answer_reports_the_hit_and_its_own_time(text_logged: tuple[str, Path]) -> None:
    url, _ = text_logged
    question = {"messages": [{"role": "user", "content": "What did Netanyahu's office say?"}]}
    first = httpx.post(url + "/v1/chat", json=question, timeout=60).json()
    again = httpx.post(url + "/v1/chat", json=question, timeout=60).json()
    assert first["timings"]["cached"] is False and first["timings"]["embed_ms"] > 0
    assert again["timings"]["cached"] is True
    assert {k: again["timings"][k] for k in ("embed_ms", "search_ms", "answer_ms")} == {
        "embed_ms": 0,
        "search_ms": 0,
        "answer_ms": 0,
    }
    assert again["timings"]["total_ms"] > 0
    assert again["timings"]["total_ms"] != first["timings"]["total_ms"]
    assert {**again, "timings": None} == {**first, "timings": None}
    metrics = httpx.get(url + "/metrics").text
    assert "talksqa_answer_cache_hits_total 1.0" in metrics
    # the stages were timed once: the hit is not observed as a zero-second embedding
    assert 'talksqa_stage_seconds_count{stage="embed"} 1.0' in metrics
