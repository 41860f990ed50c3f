"""The HTTP contract, through a real uvicorn on a loopback port serving the real index."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.conftest import running_service, service_env


@pytest.fixture(scope="module")
def http(server: str) -> httpx.Client:
    with httpx.Client(base_url=server, timeout=30) as client:
        yield client  # type: ignore[misc]


def chat(http: httpx.Client, body: object) -> httpx.Response:
    return http.post("/v1/chat", json=body)


@pytest.mark.parametrize(
    ("question", "language", "expected_quote_word"),
    [
        ("ماذا قال مكتب نتنياهو عن الأقلية الدرزية؟", "ar", "الدرزية"),
        ("What did the Syrian official say was impossible?", "en", "المستحيل"),
    ],
)
def test_answers_cite_exact_spans_of_the_source(
    http: httpx.Client, question: str, language: str, expected_quote_word: str
) -> None:
    reply = chat(http, {"messages": [{"role": "user", "content": question}], "top_k": 5})
    assert reply.status_code == 200
    assert reply.headers["x-request-id"]
    body = reply.json()
    assert body["language"] == language and body["abstained"] is False
    assert any(expected_quote_word in c["quote"] for c in body["citations"])
    for c in body["citations"]:
        source = http.get(f"/v1/sources/{c['source_id']}").json()
        assert source["text"][c["start"] : c["end"]] == c["quote"]
        assert f"[{c['n']}]" in body["answer"]
        assert set(c) >= {"n", "source_id", "speaker", "quote", "start", "end", "chunk_id", "score"}


def test_abstention_lists_nearest_sources(http: httpx.Client) -> None:
    body = chat(http, {"messages": [{"role": "user", "content": "What did Iran say?"}]}).json()
    assert body["abstained"] is True and body["citations"] == []
    assert body["answer"].startswith("The published statements do not mention Iran")
    assert len(body["nearest"]) >= 1


def test_sources_list_documents_and_statements(http: httpx.Client) -> None:
    body = http.get("/v1/sources").json()
    [doc] = body["sources"]
    assert doc["source_id"] == "paris-talks.ar"
    assert [s["paragraphs"] for s in doc["statements"]] == [[1, 5], [6, 8], [9, 11]]


def test_health_and_readiness(http: httpx.Client) -> None:
    assert http.get("/healthz").json() == {"status": "ok"}
    ready = http.get("/readyz").json()
    assert ready["status"] == "ready" and ready["embedder"] == "use-m3+e5"
    assert ready["documents"] == 1 and ready["chunks"] > 10
    assert http.get("/openapi.json").status_code == 200


def _error(code: str, message: str, hint: str | None) -> dict:  # type: ignore[type-arg]
    return {"error": {"code": code, "message": message, "hint": hint}}


SCHEMA_HINT = "see the API schema at /docs"


@pytest.mark.parametrize(
    ("body", "status", "expected"),
    [
        (
            {"messages": []},
            422,
            _error(
                "invalid_request",
                "messages: List should have at least 1 item after validation, not 0",
                SCHEMA_HINT,
            ),
        ),
        ({}, 422, _error("invalid_request", "messages: Field required", SCHEMA_HINT)),
        (
            {"messages": "hi"},
            422,
            _error("invalid_request", "messages: Input should be a valid list", SCHEMA_HINT),
        ),
        (
            {
                "messages": [
                    {"role": "user", "content": "hi"},
                    {"role": "assistant", "content": "x"},
                ]
            },
            422,
            _error(
                "invalid_request",
                "the last message must be the user's question",
                'end "messages" with {"role": "user", ...}',
            ),
        ),
        (
            {"messages": [{"role": "user", "content": "x" * 2001}]},
            422,
            _error(
                "invalid_request",
                "the question is too long: 2001 > 2000 characters",
                "ask a shorter question",
            ),
        ),
        (
            {"messages": [{"role": "user", "content": "hi"}] * 21},
            422,
            _error(
                "invalid_request",
                "too many messages: 21 > 20",
                "send only the recent turns of the conversation",
            ),
        ),
        (
            {"messages": [{"role": "user", "content": "hi"}], "top_k": 0},
            422,
            _error(
                "invalid_request", "top_k must be between 1 and 20", "omit top_k to use the default"
            ),
        ),
        (
            {"messages": [{"role": "user", "content": "   "}]},
            422,
            _error("invalid_request", "the question is empty", "type a question"),
        ),
        (  # JSON types are not coerced: a boolean is not a number, a string is not a boolean
            {"messages": [{"role": "user", "content": "hi"}], "top_k": True},
            422,
            _error("invalid_request", "top_k: Input should be a valid integer", SCHEMA_HINT),
        ),
        (
            {"messages": [{"role": "user", "content": "hi"}], "stream": "yes"},
            422,
            _error("invalid_request", "stream: Input should be a valid boolean", SCHEMA_HINT),
        ),
        (
            {"messages": [{"role": "robot", "content": "hi"}]},
            422,
            _error(
                "invalid_request",
                "messages.0.role: Input should be 'user', 'assistant' or 'system'",
                SCHEMA_HINT,
            ),
        ),
    ],
)
def test_bad_input_gets_one_error_shape(
    http: httpx.Client,
    body: object,
    status: int,
    expected: dict,  # type: ignore[type-arg]
) -> None:
    reply = chat(http, body)
    assert reply.status_code == status
    assert reply.json() == expected


def test_malformed_bodies_are_4xx_not_500(http: httpx.Client) -> None:
    bad_utf8 = http.post(
        "/v1/chat",
        content=b'{"messages": [{"role": "user", "content": "\xff"}]}',
        headers={"content-type": "application/json"},
    )
    assert bad_utf8.status_code == 400
    assert bad_utf8.json() == _error(
        "invalid_request",
        "the request body is not valid UTF-8 JSON",
        "send JSON encoded as UTF-8; see /docs",
    )
    not_json = http.post("/v1/chat", content=b"hello", headers={"content-type": "application/json"})
    assert not_json.status_code == 422 and not_json.json()["error"]["code"] == "invalid_request"
    huge = http.post(
        "/v1/chat", content=b"x" * 300_000, headers={"content-type": "application/json"}
    )
    assert huge.status_code == 413
    assert huge.json() == _error(
        "payload_too_large", "the request body is over 262144 bytes", "send a shorter conversation"
    )
    # the same body sent chunked, its length unstated: the same 413, not a parse error
    for path in ("/v1/chat", "/v1/chat/completions"):
        chunked = http.post(
            path,
            content=iter([b'{"messages": [', b"x" * 300_000]),
            headers={"content-type": "application/json"},
        )
        assert chunked.status_code == 413 and chunked.json() == huge.json(), path
    # ... and a small chunked body is read as any other
    small = http.post(
        "/v1/chat",
        content=iter([b'{"messages": [{"role": "user", ', b'"content": "Who said it?"}]}']),
        headers={"content-type": "application/json"},
    )
    assert small.status_code == 200, small.text
    missing = http.get("/v1/sources/nope")
    assert missing.status_code == 404
    assert missing.json() == _error(
        "not_found", "no source 'nope'", "list sources at GET /v1/sources"
    )
    wrong_method = http.get("/v1/chat")
    assert wrong_method.status_code == 405
    assert wrong_method.json() == _error(
        "method_not_allowed", "Method Not Allowed", "see the API at /docs"
    )


def test_not_ready_without_an_index(tmp_path: Path) -> None:
    env = service_env(TALKSQA_INDEX_DIR=str(tmp_path / "empty"))
    with running_service(env, log=tmp_path / "log") as url:
        ready = httpx.get(url + "/readyz")
        assert ready.status_code == 503
        body = ready.json()
        assert body["error"]["code"] == "index_not_ready"
        assert body["error"]["hint"] == "run: talksqa ingest (or make serve)"
        reply = httpx.post(url + "/v1/chat", json={"messages": [{"role": "user", "content": "hi"}]})
        assert reply.status_code == 503 and reply.json() == body


def test_a_second_server_on_the_same_embedded_index_refuses(
    server: str, built_index: Path, tmp_path: Path
) -> None:
    import subprocess

    from tests.conftest import ROOT, VENV_BIN, free_port

    result = subprocess.run(
        [str(VENV_BIN / "talksqa"), "serve", "--port", str(free_port())],
        env=service_env(TALKSQA_INDEX_DIR=str(built_index)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "TALKSQA_CHROMA_URL" in result.stdout + result.stderr
    workers = subprocess.run(
        [str(VENV_BIN / "talksqa"), "serve", "--workers", "2"],
        env=service_env(TALKSQA_INDEX_DIR=str(built_index)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert workers.returncode == 2 and "TALKSQA_CHROMA_URL" in workers.stderr


LONE_SURROGATE_BODIES = [
    # raw JSON text: json.dumps cannot write a lone surrogate, a client's encoder can
    ('{"messages":[{"role":"user","content":"What did \\ud83d the official say?"}]}', "/v1/chat"),
    (
        '{"messages":[{"role":"user","content":"What did \\udc00 say?"}],"stream":true}',
        "/v1/chat",
    ),
    ('{"model":"\\ud800","messages":[{"role":"user","content":"hello"}]}', "/v1/chat"),
    (
        '{"messages":[{"role":"user","content":"hi"}],"user":"\\udfff"}',
        "/v1/chat/completions",
    ),
    (
        '{"messages":[{"role":"user","content":[{"type":"text","text":"\\ud83d"}]}]}',
        "/v1/chat/completions",
    ),
    (
        '{"messages":[{"role":"user","content":"hi"}],"stream":true,"x\\ud83d":1}',
        "/v1/chat/completions",
    ),
]


@pytest.mark.parametrize(("body", "path"), LONE_SURROGATE_BODIES)
def test_text_utf8_cannot_encode_is_refused_and_hurts_no_one(
    http: httpx.Client, body: str, path: str
) -> None:
    reply = http.post(path, content=body, headers={"content-type": "application/json"})
    assert reply.status_code == 422, reply.text
    error = reply.json()["error"]
    assert error["code"] == "invalid_request" and "Unicode" in error["message"]
    # the index is still loaded for everyone else
    assert http.get("/readyz").status_code == 200
    ok = chat(http, {"messages": [{"role": "user", "content": "Where did they meet?"}]})
    assert ok.status_code == 200


@pytest.mark.parametrize("path", ["/v1/chat", "/v1/sources", "/healthz"])
def test_a_method_not_allowed_says_which_are(http: httpx.Client, path: str) -> None:
    reply = http.request("TRACE", path)
    assert reply.status_code == 405
    assert reply.json()["error"]["code"] == "method_not_allowed"
    allowed = {m.strip() for m in reply.headers["allow"].split(",")}
    assert allowed and allowed <= {"GET", "POST", "HEAD"}
