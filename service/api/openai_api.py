"""OpenAI-compatible endpoints, so bots built on the openai client or LangChain's ChatOpenAI
work unchanged: POST /v1/chat/completions (JSON or SSE chunks) and GET /v1/models.

The assistant message is the answer with its [n] markers, and each marker is also one of the
message's `annotations` (OpenAI's `url_citation`), which OpenAI clients keep; top-level
`citations` and `nearest` arrays hold the same citation objects as /v1/chat (when abstaining,
`citations` is empty and `nearest` has the closest passages). When streaming, both travel in
the FIRST chunk, and the annotations in a delta after the content. With the LLM answerer the
first chunk goes out before the LLM is called, with the passages it is given and
`"provisional": true`; `: keep-alive` comments follow while it writes, then a chunk with an
empty delta and the answer's own citations, then the content. The extension parameter
`include_retrieved` adds the ranked passages with their text as top-level `retrieved`.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from sse_starlette.event import ServerSentEvent
from sse_starlette.sse import EventSourceResponse

from service.api.cancel import until_disconnected
from service.api.errors import error_body
from service.api.stream import staged, word_pieces
from service.api.url_citations import Annotation, url_citations
from service.errors import (
    ApiError,
    InvalidRequest,
    ModelNotFound,
    UnsupportedParameter,
)
from service.models import (
    ChatRequest,
    ChatResponse,
    Citation,
    JsonBool,
    Message,
    PositiveJsonInt,
    RequestModel,
    Retrieved,
    Temperature,
)

router = APIRouter(tags=["openai"])
# Each event's `data:` is a chat.completion.chunk object as JSON text, then the literal [DONE].
CHUNK_SCHEMA = {
    "type": "object",
    "required": ["data"],
    "properties": {"data": {"type": "string"}},
}


class OpenAIMessage(RequestModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):  # content parts: keep the text ones
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class CompletionRequest(RequestModel):
    """The standard request; unknown fields (tools, top_p, user, ...) are accepted and ignored."""

    model_config = ConfigDict(extra="ignore")

    model: str | None = Field(
        None,
        description="A model id from GET /v1/models (default: the first); any other id is "
        "refused with 404 model_not_found",
    )
    messages: list[OpenAIMessage] = Field(..., min_length=1)
    stream: JsonBool = False
    max_tokens: PositiveJsonInt | None = None
    max_completion_tokens: PositiveJsonInt | None = None
    temperature: Temperature | None = None
    stop: str | list[str] | None = Field(
        None, description="Up to 4 sequences: the answer ends before the first one it contains"
    )
    stream_options: dict[str, Any] | None = Field(
        None, description='{"include_usage": true} adds a final chunk with usage'
    )
    n: PositiveJsonInt | None = Field(None, description="Only 1 is supported")
    response_format: dict[str, Any] | None = Field(
        None, description='Only {"type": "text"} is supported'
    )
    logprobs: JsonBool | None = Field(None, description="Not supported (must be false)")
    top_logprobs: PositiveJsonInt | None = Field(None, description="Not supported")
    include_retrieved: JsonBool = Field(
        False,
        description="Extension (openai client: extra_body): also return the ranked retrieved "
        "passages, with their text and offsets, as top-level `retrieved` (RAG metrics' contexts)",
    )

    def refuse_unsupported(self) -> None:
        """What cannot be honoured is refused by name (400), never silently ignored."""
        if self.n is not None and self.n != 1:
            raise UnsupportedParameter("n", "only one choice (n=1) is generated")
        if self.response_format and self.response_format.get("type", "text") != "text":
            raise UnsupportedParameter(
                "response_format", "answers are text with citations; only type 'text' is supported"
            )
        if self.logprobs:
            raise UnsupportedParameter("logprobs", "extractive answers have no token logprobs")
        if self.top_logprobs is not None:
            raise UnsupportedParameter("top_logprobs", "extractive answers have no token logprobs")
        stops = [self.stop] if isinstance(self.stop, str) else (self.stop or [])
        if len(stops) > 4 or any(not s for s in stops):
            raise UnsupportedParameter("stop", "give up to 4 non-empty stop sequences")

    def stops(self) -> list[str]:
        return [self.stop] if isinstance(self.stop, str) else list(self.stop or [])

    def to_chat(self) -> ChatRequest:
        """Our request; tool and function messages are not part of a conversation here."""
        roles = {
            "user": "user",
            "assistant": "assistant",
            "system": "system",
            "developer": "system",
        }
        kept = [m for m in self.messages if m.role in roles]
        if not kept:
            raise InvalidRequest(
                "no user or assistant message in the conversation",
                hint='send {"role": "user", "content": "..."}',
            )
        if not kept[-1].text().strip():
            raise InvalidRequest("the question is empty", hint="type a question")
        # earlier turns with no text (an assistant's tool call) carry nothing to the conversation
        messages = [
            Message(role=roles[m.role], content=m.text())  # type: ignore[arg-type]
            for m in kept
            if m.text() or m is kept[-1]
        ]
        return ChatRequest(
            model=self.model, messages=messages, include_retrieved=self.include_retrieved
        )


class ResponseMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str
    annotations: list[Annotation] = Field(
        default_factory=list,
        description="Each [n] marker in the content as a url_citation: the source viewer link "
        "with the quoted span, the document's title, the marker's offsets in the content",
    )


class Choice(BaseModel):
    index: int = 0
    message: ResponseMessage
    finish_reason: Literal["stop", "length"] = "stop"


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class Completion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    citations: list[Citation] = Field(
        ..., description="The [n] markers' sources; empty when abstaining"
    )
    nearest: list[Citation] = Field(
        default_factory=list, description="When abstaining: the closest passages, for the reader"
    )
    abstained: bool
    grounding: str
    retrieved: list[Retrieved] | None = Field(
        None, description="With include_retrieved: the ranked passages, with their text"
    )


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "talksqa"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


def _tokens(text: str) -> int:
    return len(text.split())


def _apply_stops(text: str, finish: str, stops: list[str]) -> tuple[str, str]:
    """The answer up to the first stop sequence it contains (OpenAI's `stop`)."""
    cut = min((i for i in (text.find(s) for s in stops) if i != -1), default=-1)
    return (text[:cut].rstrip(), "stop") if cut != -1 else (text, finish)


def _truncate(text: str, limit: int | None) -> tuple[str, str]:
    """Honour max_tokens (words here) without cutting a word or a marker."""
    pieces = word_pieces(text)
    if limit is None or len(pieces) <= limit:
        return text, "stop"
    return "".join(pieces[:limit]).rstrip(), "length"


@router.get("/v1/models", response_model=ModelList)
async def models(request: Request) -> ModelList:
    """The answerers this service offers (the first is the default)."""
    created = int(time.time())
    return ModelList(
        data=[ModelCard(id=m, created=created) for m in request.app.state.engine.models()]
    )


@router.post(
    "/v1/chat/completions",
    response_model=Completion,
    responses={
        200: {
            "content": {"text/event-stream": {"schema": CHUNK_SCHEMA}},
            "description": "JSON, or chat.completion.chunk events when stream is true",
        }
    },
)
async def completions(body: CompletionRequest, request: Request) -> Any:
    """OpenAI-style chat completion, answered from the statements with citations."""
    engine = request.app.state.engine
    if body.model is not None and body.model not in engine.models():
        raise ModelNotFound(body.model, engine.models())
    body.refuse_unsupported()
    chat = body.to_chat()
    chunks = _Chunks(
        completion_id=f"chatcmpl-{uuid.uuid4().hex[:24]}",
        created=int(time.time()),
        body=body,
        request=request,
    )
    if body.stream and engine.answers_with_llm(chat):
        # Headers, the role chunk and then keep-alive comments go out while the LLM writes: a
        # slow LLM must not look like a dead connection (errors found before this are statuses).
        await engine.check(chat)
        return EventSourceResponse(
            staged(
                engine.astart(chat),
                provisional=chunks.provisional,
                answered=chunks.answer,
                failed=_error_chunk,
                record=request.app.state.metrics.record,
            ),
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
            ping=engine.settings.stream_heartbeat_seconds,
            ping_message_factory=lambda: ServerSentEvent(comment="keep-alive"),
        )
    response: ChatResponse = await until_disconnected(request, engine.achat(chat))
    request.app.state.metrics.record(response)
    shaped = chunks.shape(response)
    if body.stream:
        return EventSourceResponse(
            chunks.answer(response, shaped),
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )
    return Completion(
        id=chunks.completion_id,
        created=chunks.created,
        model=response.model,
        choices=[
            Choice(
                message=ResponseMessage(content=shaped.text, annotations=shaped.annotations),
                finish_reason=shaped.finish,
            )
        ],
        usage=shaped.usage,
        citations=response.citations,
        nearest=response.nearest,
        abstained=response.abstained,
        grounding=response.grounding,
        retrieved=response.retrieved,
    )


@dataclass
class _Shaped:
    """An answer in OpenAI's terms: the text after max_tokens and stop, its finish reason,
    usage and url_citation annotations."""

    text: str
    finish: str
    usage: Usage
    annotations: list[Annotation]


@dataclass
class _Chunks:
    """One completion's chat.completion.chunk texts. The first chunk is the role delta with
    the citations; with the LLM answerer it goes out before the LLM is called, carrying the
    passages the LLM is given (`"provisional": true`), and a chunk with an empty delta carries
    the answer's own citations before the content (a client keeps the latest)."""

    completion_id: str
    created: int
    body: CompletionRequest
    request: Request
    role_sent: bool = False

    def shape(self, response: ChatResponse) -> _Shaped:
        body = self.body
        text, finish = _truncate(response.answer, body.max_completion_tokens or body.max_tokens)
        text, finish = _apply_stops(text, finish, body.stops())
        prompt_tokens = sum(_tokens(m.text()) for m in body.messages)
        usage = Usage(
            prompt_tokens=prompt_tokens,
            completion_tokens=_tokens(text),
            total_tokens=prompt_tokens + _tokens(text),
        )
        engine = self.request.app.state.engine
        documents = engine.loaded().snapshot.documents if response.citations else {}
        annotations = url_citations(
            text,
            response.citations,
            base_url=str(self.request.base_url),
            titles={
                c.source_id: documents[c.source_id].title
                for c in response.citations
                if c.source_id in documents
            },
        )
        return _Shaped(text, finish, usage, annotations)

    def chunk(
        self, response: ChatResponse, delta: dict[str, Any], finish: str | None = None, **extra: Any
    ) -> str:
        return json.dumps(
            {
                "id": self.completion_id,
                "object": "chat.completion.chunk",
                "created": self.created,
                "model": response.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                **extra,
            },
            ensure_ascii=False,
        )

    def provisional(self, response: ChatResponse) -> str:
        self.role_sent = True
        return self.chunk(response, _ROLE, **_sources(response), provisional=True)

    async def answer(
        self, response: ChatResponse, shaped: _Shaped | None = None
    ) -> AsyncIterator[str]:
        """The citations, the content by whole words, the annotations, the finish reason, the
        usage when asked, [DONE]."""
        if shaped is None:
            try:  # the documents' titles, from an index that may have gone since the headers
                shaped = self.shape(response)
            except ApiError as exc:
                yield _error_chunk(exc)
                return
        yield self.chunk(response, {} if self.role_sent else _ROLE, **_sources(response))
        for piece in word_pieces(shaped.text):
            if await self.request.is_disconnected():
                return
            yield self.chunk(response, {"content": piece})
        if shaped.annotations:  # as OpenAI streams them: once the content they index is sent
            yield self.chunk(
                response, {"annotations": [a.model_dump() for a in shaped.annotations]}
            )
        yield self.chunk(response, {}, shaped.finish)
        if (self.body.stream_options or {}).get("include_usage") is True:
            # OpenAI's shape: a last chunk with no choices and the usage
            yield json.dumps(
                {
                    "id": self.completion_id,
                    "object": "chat.completion.chunk",
                    "created": self.created,
                    "model": response.model,
                    "choices": [],
                    "usage": shaped.usage.model_dump(),
                }
            )
        yield "[DONE]"


_ROLE = {"role": "assistant", "content": ""}


def _error_chunk(exc: ApiError) -> str:
    """OpenAI's error chunk, in the usual error shape: the openai client raises it."""
    return json.dumps(error_body(exc), ensure_ascii=False)


def _sources(response: ChatResponse) -> dict[str, Any]:
    """What rides a head chunk besides the delta: citations, nearest, abstained, grounding,
    and with include_retrieved the ranked passages."""
    extension = (
        {}
        if response.retrieved is None
        else {"retrieved": [r.model_dump() for r in response.retrieved]}
    )
    return {
        "citations": [c.model_dump() for c in response.citations],
        "nearest": [c.model_dump() for c in response.nearest],
        "abstained": response.abstained,
        "grounding": response.grounding,
        **extension,
    }
