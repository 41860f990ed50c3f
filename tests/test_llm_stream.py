"""A streamed answer from a slow LLM: headers, the passages and keep-alive comments go out
before the LLM has answered (a real service process, a real LLM-shaped server that waits)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import running_service, service_env
from tests.fake_llm import Script, fake_llm_server

QUESTION = {"messages": [{"role": "user", "content": "What did the Syrian official say?"}]}


def events(lines: Iterator[str]) -> Iterator[tuple[str, Any]]:
    """(name, data) per event; ("comment", text) per comment line."""
    name, data = "message", ""
    for line in lines:
        if line.startswith(":"):
            yield "comment", line
        elif line.startswith("event:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("data:"):
            data = line.split(":", 1)[1].strip()
        elif line == "" and data:
            yield name, json.loads(data)
            name, data = "message", ""


def test_llm_stream_sends_meta_and_heartbeats_before_the_llm_answers(
    built_index: Path, tmp_path: Path
) -> None:
    with fake_llm_server() as (url, script):
        script.gate = threading.Event()
        env = service_env(
            TALKSQA_INDEX_DIR=str(built_index),
            TALKSQA_LLM_BASE_URL=url,
            TALKSQA_LLM_TIMEOUT="300",
            TALKSQA_STREAM_HEARTBEAT_SECONDS="0.1",
        )
        with running_service(env, log=tmp_path / "server.log") as base:
            body = {**QUESTION, "stream": True}
            with httpx.stream("POST", f"{base}/v1/chat", json=body, timeout=120) as reply:
                assert reply.status_code == 200
                assert reply.headers["content-type"].startswith("text/event-stream")
                assert script.answered == 0  # the headers did not wait for the LLM
                stream = events(reply.iter_lines())
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


def waiting_heartbeats(stream: Iterator[tuple[str, Any]], script: Script, *, count: int) -> int:
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
