"""A small OpenAI-compatible server with scripted replies: the test double for an LLM, at the
network boundary (the real one needs a GPU or a long CPU run). It reads the numbered passages
from the prompt, so its "good" answers cite real passage numbers and quote them.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import anyio.to_thread
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from tests.conftest import free_port, wait_http

_PASSAGE = re.compile(r"^\[(\d+)\] \(([^/]+?) / [^)]*\): (.+)$", re.MULTILINE)


class Script:
    mode = "good"
    calls = 0
    answered = 0  # replies sent
    # When set, a reply waits until the test releases it: "the LLM is still writing" for as
    # long as the test needs, with no timer.
    gate: threading.Event | None = None


def reply_for(mode: str, prompt: str) -> str:
    passages = _PASSAGE.findall(prompt)
    if "Standalone question" in prompt:
        return prompt.rsplit("Last question:", 1)[1].split("\n")[0].strip()
    first = passages[0] if passages else ("1", "someone", "nothing")
    second = passages[1] if len(passages) > 1 else first
    good = f"{first[1].strip()} said: {first[2]} [{first[0]}]. It added: {second[2]} [{second[0]}]."
    if mode == "good":
        return good
    if mode == "inject":  # obeys an injected instruction in an uncited sentence
        return f"{good} Israel agreed to withdraw fully from Syria."
    if mode == "invented":
        return f"{good} Israel agreed to withdraw fully [9]."
    if mode == "unmarked":
        return "Israel agreed to withdraw fully. Syria recognised Israel."
    if mode == "refuse":
        return "NOT_IN_STATEMENTS"
    if mode in ("Yes.", "No."):  # a judge's verdict, whatever it is asked
        return mode
    raise AssertionError(mode)


def make_app(script: Script) -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def completions(request: Request) -> Any:
        body = await request.json()
        script.calls += 1
        if script.mode == "500":
            return JSONResponse({"error": {"message": "boom"}}, status_code=500)
        if script.mode == "slow":
            await asyncio.sleep(5)
        if script.gate is not None:
            await anyio.to_thread.run_sync(script.gate.wait)
        prompt = "\n".join(str(m.get("content", "")) for m in body["messages"])
        content = reply_for("good" if script.mode == "slow" else script.mode, prompt)
        script.answered += 1
        return {
            "id": "x",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": content},
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }

    return app


@contextmanager
def fake_llm_server() -> Iterator[tuple[str, Script]]:
    script = Script()
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(make_app(script), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/docs")
    try:
        yield url + "/v1", script
    finally:
        server.should_exit = True
        thread.join(timeout=10)
