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
from typing import Any, TypeVar

from sse_starlette.event import ServerSentEvent

from service.api.errors import error_body
from service.errors import ApiError
from service.models import ChatResponse

T = TypeVar("T")
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
    """The LLM answerer's stream for /v1/chat: a provisional `meta`, then the answer's events."""
    async for event in staged(
        start,
        provisional=lambda first: _meta(first, stream_id=stream_id, provisional=True),
        answered=lambda response: chat_events(
            response, stream_id=stream_id, disconnected=disconnected
        ),
        failed=lambda exc: _event("error", error_body(exc)),
        record=record,
    ):
        yield event


async def staged(
    start: Coroutine[Any, Any, tuple[ChatResponse, Coroutine[Any, Any, ChatResponse] | None]],
    *,
    provisional: Callable[[ChatResponse], T],
    answered: Callable[[ChatResponse], AsyncIterator[T]],
    failed: Callable[[ApiError], T],
    record: Callable[[ChatResponse], None],
) -> AsyncIterator[T]:
    """Run `Engine.astart`'s two stages inside a stream, after the headers went out (the
    response's pings keep the connection alive), so each API words only its own items: what
    to send before the LLM is called, the answer, and an error met on the way."""
    final = None
    try:
        first, final = await start
        if final is not None:
            yield provisional(first)
            first = await final
    except ApiError as exc:
        yield failed(exc)
        return
    finally:  # a client gone before the work began: close what never ran
        start.close()
        if final is not None:
            final.close()
    record(first)
    async for item in answered(first):
        yield item
