"""The HTTP service: FastAPI routes over the engine, one error shape, request ids, limits."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Coroutine
from typing import Annotated, Any, TypeVar

from fastapi import Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from sse_starlette.sse import EventSourceResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ingest.store import EmbeddedStore, IndexBusy
from service.engine import Engine
from service.errors import ErrorResponse, NotFound, error_json, install_handlers
from service.logs import configure, request_id
from service.models import (
    ChatRequest,
    ChatResponse,
    Health,
    Ready,
    Source,
    SourceList,
    SourceSummary,
    StatementInfo,
)
from service.openai_api import router as openai_router
from service.pages import router as pages_router
from service.settings import Settings, get_settings
from service.stream import chat_events

log = logging.getLogger("service")
T = TypeVar("T")

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": text}
    for code, text in {
        404: "Not found",
        413: "Request body too large",
        422: "Invalid request",
        503: "Index not ready, or built by another embedder",
    }.items()
}


class BodyLimit:
    """Reject bodies over the limit with 413 before reading them into memory."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        too_large = error_json(413, "payload_too_large",
                               f"the request body is over {self.max_bytes} bytes",
                               "send a shorter conversation")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await too_large(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _BodyTooLarge:
            await too_large(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


def get_engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


EngineDep = Annotated[Engine, Depends(get_engine)]


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure(settings.log_level, as_json=settings.log_json)
        app.state.engine = engine or Engine(settings)
        with contextlib.ExitStack() as stack:
            store = app.state.engine.store
            if isinstance(store, EmbeddedStore):
                try:
                    stack.enter_context(store.serve_lock())
                except IndexBusy as exc:
                    raise SystemExit(
                        f"{exc}. The embedded index is served by one process; to run several "
                        "workers or replicas, start a Chroma server and set TALKSQA_CHROMA_URL."
                    ) from None
            await run_in_threadpool(app.state.engine.refresh)
            if app.state.engine.problem() and app.state.engine._loaded is None:
                log.warning("not ready: %s", app.state.engine.problem())
            yield

    app = FastAPI(
        title="Talks Q&A",
        version="0.1.0",
        description="Answers about the US-brokered Israel-Syria talks in Paris, from the "
        "published statements only. Every answer quotes its sources verbatim.",
        lifespan=lifespan,
        responses=ERRORS,
    )
    install_handlers(app)

    @app.exception_handler(ClientGone)
    async def _gone(request: Request, exc: ClientGone) -> Response:  # noqa: RUF029
        return Response(status_code=499)  # nobody is listening; logged as such

    @app.middleware("http")
    async def with_request_id(request: Request, call_next: Any) -> Response:
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex[:16]
        rid = "".join(ch for ch in rid if ch.isalnum() or ch in "-_")[:64] or uuid.uuid4().hex
        token = request_id.set(rid)
        started = time.perf_counter()
        try:
            response: Response = await call_next(request)
        finally:
            request_id.reset(token)
        response.headers["X-Request-ID"] = rid
        ms = round((time.perf_counter() - started) * 1000, 2)
        request_id.set(rid)
        log.info("request", extra={"method": request.method, "path": request.url.path,
                                   "status": response.status_code, "ms": ms})
        return response

    @app.post(
        "/v1/chat", response_model=ChatResponse, tags=["chat"],
        responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
                         "description": "JSON, or Server-Sent Events when stream is true"}},
    )
    async def chat(body: ChatRequest, engine: EngineDep, request: Request) -> Any:
        """Answer the last user message from the statements, with verbatim citations."""
        response = await _until_disconnected(request, engine.achat(body))
        if not body.stream:
            return response
        return EventSourceResponse(
            chat_events(response, stream_id=f"chat-{uuid.uuid4().hex[:16]}",
                        disconnected=request.is_disconnected),
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @app.get("/v1/sources", response_model=SourceList, tags=["sources"])
    async def sources(engine: EngineDep) -> SourceList:
        """Every indexed document and its statements (speaker, character offsets)."""
        docs = engine.loaded().snapshot.documents
        return SourceList(sources=[_summary(d) for d in docs.values()])

    @app.get("/v1/sources/{source_id:path}", response_model=Source, tags=["sources"])
    async def source(source_id: str, engine: EngineDep) -> Source:
        """One document's full text; a citation's quote is text[start:end]."""
        doc = engine.loaded().snapshot.documents.get(source_id)
        if doc is None:
            raise NotFound(f"no source {source_id!r}", hint="list sources at GET /v1/sources")
        return Source(**_summary(doc).model_dump(), text=doc.text)

    @app.get("/healthz", response_model=Health, tags=["ops"])
    async def healthz() -> Health:
        """The process is up."""
        return Health(status="ok")

    @app.get("/readyz", response_model=Ready, tags=["ops"])
    async def readyz(engine: EngineDep) -> Ready | JSONResponse:
        """The index is loaded and queryable; 503 with the reason and the fix otherwise."""
        loaded = await run_in_threadpool(engine.loaded)
        m = loaded.snapshot.manifest
        return Ready(status="ready", generation=m.generation, embedder=m.embedder,
                     chunks=len(loaded.snapshot.chunks), documents=len(loaded.snapshot.documents),
                     store=engine.store.describe())

    app.include_router(openai_router)
    app.include_router(pages_router)
    app.add_middleware(
        CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
        allow_headers=["content-type", "authorization", "x-request-id"],
        expose_headers=["x-request-id", "retry-after"], max_age=600,
    )
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app


class ClientGone(Exception):
    """The client disconnected before the answer was ready."""


async def _until_disconnected(request: Request, work: Coroutine[Any, Any, T]) -> T:
    """Run `work`, cancelling it if the client goes away (a closed tab stops the LLM call)."""
    task = asyncio.ensure_future(work)
    while True:
        done, _ = await asyncio.wait({task}, timeout=0.25)
        if done:
            return task.result()
        if await request.is_disconnected():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
            raise ClientGone


def _summary(doc: Any) -> SourceSummary:
    return SourceSummary(
        source_id=doc.id, title=doc.title, language=doc.language, date=doc.date, url=doc.url,
        sha256=doc.sha256, length=len(doc.text),
        statements=[StatementInfo(id=s.id, speaker=s.speaker, speaker_en=s.speaker_en,
                                  start=s.start, end=s.end, paragraphs=s.paragraphs)
                    for s in doc.statements],
    )
