"""A streamed answer from a slow LLM: headers, the passages and keep-alive comments go out
before the LLM has answered (a real service process, a real LLM-shaped server that waits), on
/v1/chat and on the OpenAI-compatible /v1/chat/completions."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import openai

from service.api.openai_api import _error_chunk
from service.api.stream import staged
from service.errors import IndexUnavailable
from service.models import ChatResponse
from tests.conftest import sse_events, waiting_heartbeats

QUESTION = {"messages": [{"role": "user", "content": "What did the Syrian official say?"}]}


def test_llm_stream_sends_meta_and_heartbeats_before_the_llm_answers(
    slow_llm_service: tuple[str, Any],
) -> None:
    base, script = slow_llm_service
    body = {**QUESTION, "stream": True}
    with httpx.stream("POST", f"{base}/v1/chat", json=body, timeout=120) as reply:
        assert reply.status_code == 200
        assert reply.headers["content-type"].startswith("text/event-stream")
        assert script.answered == 0  # the headers did not wait for the LLM
        stream = sse_events(reply.iter_lines())
        name, first = next((n, d) for n, d in stream if n != "comment")
        assert name == "meta" and script.answered == 0
        assert first["provisional"] is True and not first["abstained"]
        given = [c["n"] for c in first["citations"]]
        assert given == list(range(1, len(given) + 1)) and given
        heartbeats = waiting_heartbeats(stream, script, count=3)
        assert heartbeats == 3 and script.answered == 0
        script.gate.set()  # the LLM answers now
        rest = list(stream)
    names = [n for n, _ in rest if n != "comment"]
    assert names[0] == "meta" and names[-1] == "done" and set(names[1:-1]) == {"delta"}
    final = next(d for n, d in rest if n == "meta")
    done = next(d for n, d in rest if n == "done")
    assert "provisional" not in final and final["grounding"] == "verified"
    assert "".join(d["text"] for n, d in rest if n == "delta") == done["answer"]
    quotes = {c["quote"] for c in first["citations"]}
    assert final["citations"] and all(c["quote"] in quotes for c in final["citations"])
    assert "[1]" in done["answer"]


def test_openai_llm_stream_sends_role_chunk_and_keep_alives_before_the_llm_answers(
    slow_llm_service: tuple[str, Any],
) -> None:
    base, script = slow_llm_service
    body = {**QUESTION, "stream": True, "stream_options": {"include_usage": True}}
    url = f"{base}/v1/chat/completions"
    with httpx.stream("POST", url, json=body, timeout=120) as reply:
        assert reply.status_code == 200
        assert reply.headers["content-type"].startswith("text/event-stream")
        assert script.answered == 0  # the headers did not wait for the LLM
        stream = sse_events(reply.iter_lines())
        name, first = next((n, d) for n, d in stream if n != "comment")
        assert name == "message" and script.answered == 0
        assert first["object"] == "chat.completion.chunk"
        assert first["choices"] == [
            {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}
        ]
        assert first["provisional"] is True and not first["abstained"]
        given = [c["n"] for c in first["citations"]]
        assert given == list(range(1, len(given) + 1)) and given
        assert waiting_heartbeats(stream, script, count=3) == 3 and script.answered == 0
        script.gate.set()  # the LLM answers now
        rest = list(stream)
    comments = {d for n, d in rest if n == "comment"}
    assert comments <= {": keep-alive"}
    chunks = [d for n, d in rest if n == "message"]
    assert chunks[-1] == "[DONE]"
    head, *deltas, annotated, finished, usage = chunks[:-1]
    assert {c["id"] for c in [first, head, *deltas, annotated, finished, usage]} == {first["id"]}
    assert head["choices"][0]["delta"] == {} and "provisional" not in head
    assert head["grounding"] == "verified" and head["citations"]
    quotes = {c["quote"] for c in first["citations"]}
    assert all(c["quote"] in quotes for c in head["citations"])
    assert all(set(d["choices"][0]["delta"]) == {"content"} for d in deltas)
    text = "".join(d["choices"][0]["delta"]["content"] for d in deltas)
    assert "[1]" in text
    annotations = annotated["choices"][0]["delta"]["annotations"]
    assert [a["type"] for a in annotations] == ["url_citation"] * len(annotations)
    assert annotations and all(
        text[a["url_citation"]["start_index"] : a["url_citation"]["end_index"]].startswith("[")
        for a in annotations
    )
    assert finished["choices"] == [{"index": 0, "delta": {}, "finish_reason": "stop"}]
    assert usage["choices"] == [] and usage["usage"]["completion_tokens"] == len(text.split())


def test_openai_client_parses_the_llm_stream_to_the_plain_answer(
    slow_llm_service: tuple[str, Any],
) -> None:
    base, script = slow_llm_service
    script.gate.set()  # no waiting here: this is about the client reading the stream
    client = openai.OpenAI(base_url=f"{base}/v1", api_key="unused", max_retries=0)
    messages: Any = QUESTION["messages"]
    plain = client.chat.completions.create(model="talksqa-llm", messages=messages)
    stream = client.chat.completions.create(model="talksqa-llm", messages=messages, stream=True)
    chunks = list(stream)
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert plain.model_extra is not None and plain.model_extra["grounding"] == "verified"
    assert streamed == plain.choices[0].message.content and "[1]" in streamed
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert script.calls == 2


def test_an_error_after_the_headers_is_an_openai_error_chunk() -> None:
    async def failing() -> tuple[ChatResponse, None]:
        raise IndexUnavailable("no index is loaded", hint="run: talksqa ingest")

    async def nothing(response: ChatResponse) -> AsyncIterator[str]:
        raise AssertionError("answered after an error")
        yield ""

    recorded: list[ChatResponse] = []

    async def run() -> list[str]:
        items = staged(
            failing(),
            provisional=str,
            answered=nothing,
            failed=_error_chunk,
            record=recorded.append,
        )
        return [item async for item in items]

    assert [json.loads(c) for c in asyncio.run(run())] == [
        {
            "error": {
                "code": "index_not_ready",
                "message": "no index is loaded",
                "hint": "run: talksqa ingest",
            }
        }
    ]
    assert recorded == []
