"""Server-Sent Events for /v1/chat: `meta` (citations first), `delta` (whole words), `done`.

A stream never splits a word, a UTF-8 character or a [n] marker, and stops as soon as the
client goes away. With the LLM answerer, a first `meta` (`"provisional": true`) carries the
passages the LLM is given, sent before it is called; comment lines keep the connection alive
while it writes; a second `meta`, before the first delta, carries the citations of the answer
that passed the guard (or of the quotes it fell back to). A client keeps the latest `meta`.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

from sse_starlette.event import ServerSentEvent

from service.errors import ApiError
from service.models import ChatResponse

_PIECE = re.compile(r"\S+\s*|\s+")
# One Server-Sent Event: its name and its `data:` (JSON text). meta: id, citations, abstained,
# language, nearest, reason, query (and provisional: true on the LLM's first one); delta:
# {"text"}; done: id, answer, timings; error: the usual {"error": {...}} shape.
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
    yield _meta(response, stream_id=stream_id)
    for piece in word_pieces(response.answer):
        if await disconnected():
            return
        yield _event("delta", {"text": piece})
    yield _event(
        "done",
        {"id": stream_id, "answer": response.answer, "timings": response.timings.model_dump()},
    )


def _meta(response: ChatResponse, *, stream_id: str, provisional: bool = False) -> ServerSentEvent:
    meta = response.model_dump(exclude={"answer", "timings"})
    return _event(
        "meta", {"id": stream_id, **meta, **({"provisional": True} if provisional else {})}
    )


async def llm_chat_events(
    start: Coroutine[Any, Any, tuple[ChatResponse, Coroutine[Any, Any, ChatResponse] | None]],
    *,
    stream_id: str,
    disconnected: Callable[[], Awaitable[bool]],
    record: Callable[[ChatResponse], None],
) -> AsyncIterator[ServerSentEvent]:
    """The LLM answerer's stream: the work runs inside it, after the headers went out, so an
    error on the way is an `error` event (the response's pings keep the connection alive)."""
    final = None
    try:
        first, final = await start
        if final is not None:
            yield _meta(first, stream_id=stream_id, provisional=True)
            first = await final
    except ApiError as exc:
        body = {"code": exc.code, "message": exc.message, "hint": exc.hint}
        yield _event("error", {"error": {k: v for k, v in body.items() if v is not None}})
        return
    finally:  # a client gone before the work began: close what never ran
        start.close()
        if final is not None:
            final.close()
    record(first)
    async for event in chat_events(first, stream_id=stream_id, disconnected=disconnected):
        yield event
