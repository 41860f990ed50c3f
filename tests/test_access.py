"""Bounded consumption and observability: rate limits, API keys, metrics, structured logs."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import running_service, service_env

ASK = {"messages": [{"role": "user", "content": "What did the Syrian official say?"}]}
KEY = "s3cret-key-for-bots"


@pytest.fixture(scope="module")
def guarded(
    built_index: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    """A service with API keys, a small rate limit, one allowed widget origin, JSON logs."""
    root = tmp_path_factory.mktemp("guarded")
    shutil.copytree(built_index, root / "index", ignore=shutil.ignore_patterns("*.lock"))
    env = service_env(
        TALKSQA_INDEX_DIR=str(root / "index"),
        TALKSQA_RATE_LIMIT="5/minute",
        TALKSQA_API_KEYS=json.dumps([KEY]),
        TALKSQA_CORS_ORIGINS='["http://widget.example"]',
        TALKSQA_LOG_LEVEL="INFO",
    )
    with running_service(env, log=root / "service.log") as url:
        yield url, root / "service.log"


def test_api_keys_and_the_widget_origin(guarded: tuple[str, Path]) -> None:
    url, _ = guarded
    missing = httpx.post(url + "/v1/chat", json=ASK)
    assert missing.status_code == 401
    assert missing.json() == {
        "error": {
            "code": "unauthorized",
            "message": "a valid API key is required",
            "hint": "send the header: Authorization: Bearer <key>",
        }
    }
    wrong = httpx.post(url + "/v1/chat", json=ASK, headers={"Authorization": "Bearer nope"})
    assert (
        wrong.status_code == 401 and wrong.json()["error"]["message"] == "the API key is not valid"
    )
    widget = httpx.post(url + "/v1/chat", json=ASK, headers={"Origin": "http://widget.example"})
    assert widget.status_code == 200
    assert widget.headers["access-control-allow-origin"] == "http://widget.example"
    other = httpx.post(url + "/v1/chat", json=ASK, headers={"Origin": "http://evil.example"})
    assert other.status_code == 401 and "access-control-allow-origin" not in other.headers
    assert httpx.get(url + "/healthz").status_code == 200  # probes need no key


def test_rate_limit_is_per_client_with_retry_after(guarded: tuple[str, Path]) -> None:
    url, _ = guarded
    bot = {"Authorization": f"Bearer {KEY}"}
    statuses = [httpx.post(url + "/v1/chat", json=ASK, headers=bot).status_code for _ in range(7)]
    assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]
    limited = httpx.post(url + "/v1/chat", json=ASK, headers=bot)
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    body = limited.json()["error"]
    assert body["code"] == "rate_limited" and body["hint"].startswith("retry in ")


def test_metrics_and_json_logs_with_request_ids(guarded: tuple[str, Path]) -> None:
    url, log = guarded
    reply = httpx.post(
        url + "/v1/chat",
        json=ASK,
        headers={"Origin": "http://widget.example", "X-Request-ID": "trace-42"},
    )
    assert reply.headers["x-request-id"] == "trace-42"
    metrics = httpx.get(url + "/metrics").text
    assert 'talksqa_requests_total{method="POST",route="/v1/chat",status="200"}' in metrics
    assert 'talksqa_errors_total{code="unauthorized"}' in metrics
    limited = 0
    for _ in range(20):  # the limit is 5/minute: a 429 comes within a few requests
        denied = httpx.post(url + "/v1/chat", json=ASK, headers={"Authorization": f"Bearer {KEY}"})
        if denied.status_code == 429:
            limited += 1
            break
    assert limited == 1
    metrics = httpx.get(url + "/metrics").text
    assert 'talksqa_errors_total{code="rate_limited"}' in metrics
    assert "talksqa_answers_total" in metrics and "talksqa_stage_seconds_bucket" in metrics
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert lines and all("request_id" in line for line in lines)
    assert any(
        line["request_id"] == "trace-42" and line.get("path") == "/v1/chat" for line in lines
    )
    assert KEY not in log.read_text()  # no secrets in logs


def test_cors_preflight_allows_sdk_headers_and_refuses_in_the_error_shape(
    guarded: tuple[str, Path],
) -> None:
    url, _ = guarded
    sdk_headers = "authorization,content-type,x-stainless-os,x-stainless-lang,x-stainless-arch,x-stainless-runtime,x-stainless-retry-count,x-stainless-package-version"
    allowed = httpx.options(
        url + "/v1/chat/completions",
        headers={
            "Origin": "http://widget.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": sdk_headers,
        },
    )
    assert allowed.status_code == 200, allowed.text
    assert allowed.headers["access-control-allow-origin"] == "http://widget.example"
    refused = httpx.options(
        url + "/v1/chat/completions",
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert refused.status_code == 400
    assert refused.json() == {
        "error": {
            "code": "cors_refused",
            "message": "Disallowed CORS origin",
            "hint": "call from an allowed origin (TALKSQA_CORS_ORIGINS) with GET or POST",
        }
    }
