"""Bounded consumption and observability: rate limits, API keys, metrics, structured logs."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer

from service.api.access import key_id
from service.api.tokens import WidgetTokens
from tests.conftest import running_service, service_env

ASK = {"messages": [{"role": "user", "content": "What did the Syrian official say?"}]}
KEY = "s3cret-key-for-bots"
# Two keys with one prefix (as OpenAI-style keys have), and one for an embedding site's backend.
PROJECT_A = "sk-proj-0000000000000000000000aaaa"
PROJECT_B = "sk-proj-0000000000000000000000bbbb"
SITE_KEY = "site-backend-key-4242"
SECRET = "token-secret-for-tests"
NOT_VALID = {
    "error": {
        "code": "unauthorized",
        "message": "the API key is not valid",
        "hint": "send the header: Authorization: Bearer <key>",
    }
}


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
        TALKSQA_API_KEYS=json.dumps([KEY, PROJECT_A, PROJECT_B, SITE_KEY]),
        TALKSQA_CORS_ORIGINS='["http://widget.example"]',
        TALKSQA_PAGE_RATE_LIMIT="3/minute",
        TALKSQA_TOKEN_SECRET=SECRET,
        TALKSQA_LOG_LEVEL="INFO",
    )
    with running_service(env, log=root / "service.log") as url:
        yield url, root / "service.log"


def test_api_keys_and_no_header_alone_skips_them(guarded: tuple[str, Path]) -> None:
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
    assert wrong.status_code == 401 and wrong.json() == NOT_VALID
    # An allowed Origin is a header anyone can send: it lets the page read the refusal, no more.
    widget = httpx.post(url + "/v1/chat", json=ASK, headers={"Origin": "http://widget.example"})
    assert widget.status_code == 401 and widget.json() == missing.json()
    assert widget.headers["access-control-allow-origin"] == "http://widget.example"
    own = url.replace("127.0.0.1", "localhost")
    for origin, referer in [(url, url + "/"), (own, own + "/")]:
        same = httpx.post(
            url + "/v1/chat", json=ASK, headers={"Origin": origin, "Referer": referer}
        )
        assert same.status_code == 401, origin
    other = httpx.post(url + "/v1/chat", json=ASK, headers={"Origin": "http://evil.example"})
    assert other.status_code == 401 and "access-control-allow-origin" not in other.headers
    assert httpx.get(url + "/healthz").status_code == 200  # probes need no key


def test_rate_limit_is_per_client_with_retry_after(guarded: tuple[str, Path]) -> None:
    url, _ = guarded
    bot = {"Authorization": f"Bearer {KEY}"}
    statuses = [httpx.post(url + "/v1/chat", json=ASK, headers=bot).status_code for _ in range(7)]
    assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]
    limited = httpx.post(url + "/v1/chat", json=ASK, headers=bot)
    retry = int(limited.headers["retry-after"])
    assert 1 <= retry <= 60
    assert limited.json() == {
        "error": {
            "code": "rate_limited",
            "message": "too many requests: the limit is 5 per 1 minute",
            "hint": f"retry in {retry} seconds",
        }
    }
    # The standard RateLimit fields (draft-ietf-httpapi-ratelimit-headers) beside Retry-After.
    assert limited.headers["ratelimit-limit"] == "5"
    assert limited.headers["ratelimit-remaining"] == "0"
    assert limited.headers["ratelimit-reset"] == str(retry)
    assert limited.headers["ratelimit-policy"] == "5;w=60"


def test_made_up_tokens_are_refused_before_any_count(guarded: tuple[str, Path]) -> None:
    """Rotating made-up tokens used to buy a fresh bucket each; now each one is a 401, however
    many are sent, and none is ever counted (so none is ever a 429)."""
    url, _ = guarded
    for i in range(8):  # more than the limit of 5
        made_up = httpx.post(url + "/v1/chat", json=ASK, headers={"Authorization": f"Bearer x{i}"})
        assert made_up.status_code == 401 and made_up.json() == NOT_VALID
    same = [
        httpx.post(url + "/v1/chat", json=ASK, headers={"Authorization": "Bearer nope"})
        for _ in range(7)
    ]
    assert [r.status_code for r in same] == [401] * 7


def test_keys_that_share_a_prefix_have_their_own_buckets(guarded: tuple[str, Path]) -> None:
    url, _ = guarded
    a = {"Authorization": f"Bearer {PROJECT_A}"}
    b = {"Authorization": f"Bearer {PROJECT_B}"}
    first = [httpx.post(url + "/v1/chat", json=ASK, headers=a).status_code for _ in range(6)]
    assert first == [200] * 5 + [429]
    assert httpx.post(url + "/v1/chat", json=ASK, headers=b).status_code == 200


def test_widget_tokens_come_from_a_key_and_are_counted_per_visitor(
    guarded: tuple[str, Path],
) -> None:
    url, _ = guarded
    site = {"Authorization": f"Bearer {SITE_KEY}"}
    issued = httpx.post(url + "/v1/tokens", headers=site)
    assert issued.status_code == 200 and issued.headers["cache-control"] == "no-store"
    body = issued.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 900
    token = {"Authorization": f"Bearer {body['token']}"}
    # Readable by whoever holds it (signed, not encrypted): it names the key by a keyed tag,
    # never by anything a key guess could be checked against.
    payload = URLSafeTimedSerializer(
        SECRET, salt="talksqa-widget-token", signer_kwargs={"digest_method": hashlib.sha256}
    ).loads(body["token"])
    assert payload == {"iss": WidgetTokens(secret=SECRET, seconds=900).tag(key_id(SITE_KEY))}
    assert key_id(SITE_KEY) not in json.dumps(payload) and SITE_KEY not in body["token"]
    again = httpx.post(url + "/v1/tokens", headers=token)  # a token cannot mint tokens
    assert again.status_code == 401
    assert again.json() == {
        "error": {
            "code": "unauthorized",
            "message": "a token is issued only to an API key",
            "hint": "call this from your server with: Authorization: Bearer <key>",
        }
    }
    # A token's requests are not the site key's: it has 4 left (one went on the refusal above),
    # while the key has 4 left too (one went on issuing).
    statuses = [httpx.post(url + "/v1/chat", json=ASK, headers=token).status_code for _ in range(5)]
    assert statuses == [200] * 4 + [429]
    assert httpx.get(url + "/v1/sources", headers=site).status_code == 200
    forged = body["token"][:-2] + ("AA" if not body["token"].endswith("AA") else "BB")
    refused = httpx.post(url + "/v1/chat", json=ASK, headers={"Authorization": f"Bearer {forged}"})
    assert refused.status_code == 401 and refused.json() == NOT_VALID
    # Signed with another secret, or naming an issuer that is not a key: not valid either.
    other = WidgetTokens(secret="another-secret", seconds=900).issue("page")
    stranger = WidgetTokens(secret=SECRET, seconds=900).issue("not-a-key-hash")
    for bad in (other, stranger):
        refused = httpx.post(url + "/v1/chat", json=ASK, headers={"Authorization": f"Bearer {bad}"})
        assert refused.status_code == 401 and refused.json() == NOT_VALID


class _AnHourAgo(TimestampSigner):
    def get_timestamp(self) -> int:
        return int(time.time()) - 3600


def test_an_expired_token_is_refused_with_what_to_do(guarded: tuple[str, Path]) -> None:
    url, _ = guarded
    # Signed as the service signs, an hour ago (the lifetime is 900 s).
    signer = URLSafeTimedSerializer(
        SECRET,
        salt="talksqa-widget-token",
        signer=_AnHourAgo,
        signer_kwargs={"digest_method": hashlib.sha256},
    )
    old = signer.dumps({"iss": "page"})
    expired = httpx.post(url + "/v1/chat", json=ASK, headers={"Authorization": f"Bearer {old}"})
    assert expired.status_code == 401
    assert expired.json() == {
        "error": {
            "code": "unauthorized",
            "message": "the token has expired",
            "hint": "get a new token (POST /v1/tokens, or reload the page)",
        }
    }


def test_own_pages_get_a_token_under_the_smaller_per_address_limit(
    guarded: tuple[str, Path],
) -> None:
    url, _ = guarded
    issued = httpx.get(url + "/page-token")
    assert issued.status_code == 200 and issued.headers["cache-control"] == "no-store"
    page = {"Authorization": f"Bearer {issued.json()['token']}"}
    # A second page token is the same client: the bucket is the address, not the token.
    fresh = {"Authorization": f"Bearer {httpx.get(url + '/page-token').json()['token']}"}
    statuses = [
        httpx.get(url + "/v1/sources", headers=h).status_code for h in (page, fresh, page, fresh)
    ]
    assert statuses == [200, 200, 200, 429]
    limited = httpx.get(url + "/v1/sources", headers=page)
    assert limited.headers["ratelimit-limit"] == "3"
    assert limited.json()["error"]["message"] == "too many requests: the limit is 3 per 1 minute"


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


def test_a_forwarded_for_header_is_no_new_client_unless_trusted(
    built_index: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """uvicorn took X-Forwarded-For from a loopback peer as the client's address, so naming a
    fresh address per request dodged the limit with TALKSQA_TRUST_FORWARDED_FOR off."""
    root = tmp_path_factory.mktemp("forwarded")
    shutil.copytree(built_index, root / "index", ignore=shutil.ignore_patterns("*.lock"))
    env = service_env(TALKSQA_INDEX_DIR=str(root / "index"), TALKSQA_RATE_LIMIT="2/minute")
    with running_service(env, log=root / "service.log") as url:
        statuses = [httpx.get(url + "/v1/sources").status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        for i in range(3):
            forged = httpx.get(url + "/v1/sources", headers={"X-Forwarded-For": f"10.9.9.{i}"})
            assert forged.status_code == 429, i
