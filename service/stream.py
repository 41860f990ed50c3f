"""Server-Sent Events for /v1/chat: `meta` (citations first), `delta` (whole words), `done`.

A stream never splits a word, a UTF-8 character or a [n] marker, and stops as soon as the
client goes away.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from sse_starlette.event import ServerSentEvent

from service.models import ChatResponse

_PIECE = re.compile(r"\S+\s*|\s+")
# One Server-Sent Event: its name and its `data:` (JSON text). meta: id, citations, abstained,
# language, nearest, reason, query; delta: {"text"}; done: id, answer, timings; error: the
# usual {"error": {...}} shape.
CHAT_EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["event", "data"],
    "properties": {
        "event": {"enum": ["meta", "delta", "done", "error"]},
        "data": {"type": "string", "contentMediaType": "application/json"},
    },
}


def word_pieces(text: str) -> list[str]:
    """Whole words, each with the white space that follows it; joined they give `text` back."""
    return _PIECE.findall(text)


def _event(name: str, data: dict[str, Any]) -> ServerSentEvent:
    return ServerSentEvent(event=name, data=json.dumps(data, ensure_ascii=False))


async def chat_events(
    response: ChatResponse,
    *,
    stream_id: str,
    disconnected: Callable[[], Awaitable[bool]],
) -> AsyncIterator[ServerSentEvent]:
    meta = response.model_dump(exclude={"answer", "timings"})
    yield _event("meta", {"id": stream_id, **meta})
    for piece in word_pieces(response.answer):
        if await disconnected():
            return
        yield _event("delta", {"text": piece})
    yield _event(
        "done",
        {"id": stream_id, "answer": response.answer, "timings": response.timings.model_dump()},
    )
