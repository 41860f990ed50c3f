"""The HTTP service: FastAPI routes over the engine, one error shape, request ids, limits."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from fastapi_offline import FastAPIOffline
from prometheus_client import CONTENT_TYPE_LATEST
from sse_starlette.sse import EventSourceResponse

from ingest.store import EmbeddedStore, IndexBusy
from service.api.access import Access, Caller, Unauthorized
from service.api.cancel import ClientGone, until_disconnected
from service.api.errors import ErrorResponse, error_json, install_handlers
from service.api.metrics import Metrics
from service.api.middleware import BodyLimit, RequestContext
from service.api.openai_api import router as openai_router
from service.api.pages import router as pages_router
from service.api.stream import CHAT_EVENT_SCHEMA, chat_events, llm_chat_events
from service.errors import ApiError, ModelNotFound, NotFound
from service.logs import configure
from service.models import (
    ChatRequest,
    ChatResponse,
    Health,
    QuoteInfo,
    Ready,
    Source,
    SourceList,
    SourceSummary,
    SpeakerInfo,
    SpeakerList,
    SpeakerStatement,
    StatementInfo,
    StructureInfo,
    WidgetToken,
)
from service.qa.engine import Engine
from service.settings import Settings, get_settings
from service.versions import SourceVersions, text_version

log = logging.getLogger("service")

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse, "description": text}
    for code, text in {
        400: "The body is not valid UTF-8 JSON",
        401: "API key missing or invalid (when keys are configured)",
        404: "Not found",
        410: "Gone: the source version a citation names is no longer kept",
        413: "Request body too large",
        422: "Invalid request",
        429: "Rate limited: see the Retry-After header",
        503: "Index not ready, or built by another embedder",
    }.items()
}


# Dependencies are `async def`: FastAPI runs a plain `def` dependency on a worker thread, and
# two such hops cost ~0.5 ms a request on this machine (measured: 0.9 ms before the endpoint).
async def get_engine(request: Request) -> Engine:
    return request.app.state.engine  # type: ignore[no-any-return]


EngineDep = Annotated[Engine, Depends(get_engine)]


async def check_access(request: Request) -> Caller:
    """API keys or tokens (when keys are configured) and the per-client rate limit (a shared
    store's network round trip on a worker thread, the in-memory count on the loop)."""
    access: Access = request.app.state.access
    if access.blocking:
        return await run_in_threadpool(access.check, request)
    return access.check(request)


class SourceVersionGone(ApiError):
    status, code = 410, "source_version_gone"


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure(settings.log_level, as_json=settings.log_json)
        app.state.engine = engine or Engine(settings)
        app.state.engine.batching.on_batch = app.state.metrics.embed_batch.observe
        app.state.versions = SourceVersions(app.state.engine.store)
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
            if app.state.engine.problem() and not app.state.engine.ready():
                log.warning("not ready: %s", app.state.engine.problem())
            yield

    # FastAPI's /docs and /redoc pages load Swagger UI and ReDoc from a CDN, blank offline;
    # fastapi-offline's are the same pages with the scripts served from its package.
    app = FastAPIOffline(
        title="Talks Q&A",
        version="0.1.0",
        description="Answers about the US-brokered Israel-Syria talks in Paris, from the "
        "published statements only. Every answer quotes its sources verbatim.",
        lifespan=lifespan,
        responses=ERRORS,
    )
    install_handlers(app)

    @app.exception_handler(ClientGone)
    async def _gone(request: Request, exc: ClientGone) -> Response:
        return Response(status_code=499)  # nobody is listening; logged as such

    @app.post(
        "/v1/chat",
        response_model=ChatResponse,
        tags=["chat"],
        dependencies=[Depends(check_access)],
        responses={
            200: {
                "content": {"text/event-stream": {"schema": CHAT_EVENT_SCHEMA}},
                "description": "JSON, or Server-Sent Events when stream is true",
            }
        },
    )
    async def chat(body: ChatRequest, engine: EngineDep, request: Request) -> Any:
        """Answer the last user message from the statements, with verbatim citations."""
        if body.model is not None and body.model not in engine.models():
            raise ModelNotFound(body.model, engine.models())
        if body.stream and engine.answers_with_llm(body):
            # Headers, the passages and then pings go out while the LLM writes: a slow LLM
            # must not look like a dead connection (errors found before this are statuses).
            await engine.check(body)
            return EventSourceResponse(
                llm_chat_events(
                    engine.astart(body),
                    stream_id=f"chat-{uuid.uuid4().hex[:16]}",
                    disconnected=request.is_disconnected,
                    record=request.app.state.metrics.record,
                ),
                headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
                ping=settings.stream_heartbeat_seconds,
            )
        response = await until_disconnected(request, engine.achat(body))
        request.app.state.metrics.record(response)
        if not body.stream:  # already validated: skip FastAPI's second pass over the model
            return Response(response.model_dump_json(), media_type="application/json")
        return EventSourceResponse(
            chat_events(
                response,
                stream_id=f"chat-{uuid.uuid4().hex[:16]}",
                disconnected=request.is_disconnected,
            ),
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        """Prometheus metrics."""
        return Response(app.state.metrics.render(), media_type=CONTENT_TYPE_LATEST)

    @app.get(
        "/v1/sources",
        response_model=SourceList,
        tags=["sources"],
        dependencies=[Depends(check_access)],
    )
    async def sources(engine: EngineDep) -> SourceList:
        """Every indexed document and its statements (speaker, character offsets)."""
        docs = engine.loaded().snapshot.documents
        return SourceList(sources=[_summary(d) for d in docs.values()])

    @app.get(
        "/v1/speakers",
        response_model=SpeakerList,
        tags=["sources"],
        dependencies=[Depends(check_access)],
    )
    async def speakers(engine: EngineDep) -> SpeakerList:
        """Every speaker across the corpus: canonical id, labels, and each quote (source, span)."""
        return speaker_list(engine.loaded().snapshot.documents.values())

    @app.get(
        "/v1/sources/{source_id:path}",
        response_model=Source,
        tags=["sources"],
        dependencies=[Depends(check_access)],
    )
    async def source(
        source_id: str,
        engine: EngineDep,
        request: Request,
        version: Annotated[
            str | None,
            Query(
                pattern="^[0-9a-f]{64}$",
                description="A citation's source_version: that text, while a retained index "
                "generation holds it (410 source_version_gone after)",
            ),
        ] = None,
    ) -> Source:
        """One document's full text (its `version` is the sha256 of `text`); a citation's quote
        is text[start:end] of the version the citation names."""
        snapshot = engine.loaded().snapshot
        doc = snapshot.documents.get(source_id)
        if version is None or (doc is not None and text_version(doc.text) == version):
            if doc is None:
                raise NotFound(f"no source {source_id!r}", hint="list sources at GET /v1/sources")
            return Source(**_summary(doc).model_dump(), text=doc.text)
        versions: SourceVersions = request.app.state.versions
        older = await run_in_threadpool(versions.find, source_id, version, skip=snapshot.generation)
        if older is None:
            raise SourceVersionGone(
                f"version {version[:12]}… of source {source_id!r} is no longer kept: the "
                "source has changed since it was cited",
                hint=f"read the current text at GET /v1/sources/{source_id}"
                if doc is not None
                else "list sources at GET /v1/sources",
            )
        return Source(**_summary(older).model_dump(), text=older.text, current=False)

    @app.post(
        "/v1/tokens",
        response_model=WidgetToken,
        tags=["access"],
    )
    async def token(
        caller: Annotated[Caller, Depends(check_access)], response: Response
    ) -> WidgetToken:
        """A short-lived token for a browser (the widget), for an embedding page's backend to
        call with its API key; the token's requests are counted per visitor address."""
        access: Access = app.state.access
        response.headers["Cache-Control"] = "no-store"  # a credential: no cache keeps it
        if not access.keys_required:  # nothing to prove: a token works, and is not needed
            return WidgetToken(token=access.tokens.issue("open"), expires_in=access.tokens.seconds)
        if caller.key is None:
            raise Unauthorized(
                "a token is issued only to an API key",
                hint="call this from your server with: Authorization: Bearer <key>",
            )
        token = access.tokens.issue(access.tokens.tag(caller.key))
        return WidgetToken(token=token, expires_in=access.tokens.seconds)

    @app.get("/healthz", response_model=Health, tags=["ops"])
    async def healthz() -> Health:
        """The process is up."""
        return Health(status="ok")

    @app.get("/readyz", response_model=Ready, tags=["ops"])
    async def readyz(engine: EngineDep) -> Ready | JSONResponse:
        """The index is loaded and queryable; 503 with the reason and the fix otherwise.

        "degraded" (still 200: it answers) when the store is unreachable but the index is
        searched in memory: answers come from the last generation loaded, which may be stale.
        """
        loaded = await run_in_threadpool(engine.loaded)
        m = loaded.snapshot.manifest
        degraded = engine.degraded()
        return Ready(
            status="degraded" if degraded else "ready",
            generation=m.generation,
            embedder=m.embedder,
            chunks=len(loaded.snapshot.chunks),
            documents=len(loaded.snapshot.documents),
            store=engine.store.describe(),
            stale_seconds=round(degraded[0], 1) if degraded else None,
            problem=degraded[1] if degraded else None,
            hint=engine.store_hint() if degraded else None,
        )

    _document_limits(app, settings)
    app.state.metrics = Metrics()
    app.state.access = Access(settings)
    app.include_router(openai_router, dependencies=[Depends(check_access)])
    app.include_router(pages_router)
    app.add_middleware(
        ErrorShapedCORS,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST"],
        # the headers the common SDKs send (the openai JS SDK's x-stainless-*, OpenAI-Beta...):
        # any header is allowed: access is decided by key or token, never by a header's presence
        allow_headers=["*"],
        expose_headers=[
            "x-request-id",
            "retry-after",
            "ratelimit-limit",
            "ratelimit-remaining",
            "ratelimit-reset",
            "ratelimit-policy",
        ],
        max_age=600,
    )
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestContext, metrics=app.state.metrics)
    return app


class ErrorShapedCORS(CORSMiddleware):
    """Starlette's CORS middleware, whose preflight refusals use the service's error shape
    instead of a plain-text body."""

    def preflight_response(self, request_headers: Any) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code < 400:
            return response
        reason = bytes(response.body).decode("utf-8", "replace") or "CORS preflight refused"
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        headers.pop("content-type", None)
        return error_json(
            response.status_code,
            "cors_refused",
            reason,
            "call from an allowed origin (TALKSQA_CORS_ORIGINS) with GET or POST",
            headers,
        )


def _document_limits(app: FastAPI, settings: Settings) -> None:
    """Put the configured limits into the OpenAPI schema, so clients (and the fuzzer) see the
    bounds that are actually enforced."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            models = schema["components"]["schemas"]
            for name in ("ChatRequest", "CompletionRequest"):
                if name in models:
                    models[name]["properties"]["messages"]["maxItems"] = settings.max_turns
            models["Message"]["properties"]["content"]["maxLength"] = settings.max_turn_chars
            top_k = models["ChatRequest"]["properties"]["top_k"]
            for option in top_k.get("anyOf", [top_k]):
                if option.get("type") == "integer":
                    option.update(minimum=1, maximum=settings.max_top_k)
            _document_openai_support(models.get("CompletionRequest"))
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _document_openai_support(request: dict[str, Any] | None) -> None:
    """The OpenAI parameters the service accepts only in part, with exactly the values it
    honours; any other value is refused by name (400 unsupported_parameter)."""
    if request is None:
        return
    props = request["properties"]
    null = {"type": "null"}
    supported: dict[str, dict[str, Any]] = {
        "n": {"anyOf": [{"type": "integer", "const": 1}, null]},
        "logprobs": {"anyOf": [{"type": "boolean", "const": False}, null]},
        "top_logprobs": null,
        "response_format": {
            "anyOf": [
                {"type": "object", "properties": {"type": {"type": "string", "const": "text"}}},
                null,
            ]
        },
        "stop": {
            "anyOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "array",
                    "items": {"type": "string", "minLength": 1},
                    "maxItems": 4,
                },
                null,
            ]
        },
    }
    for name, schema in supported.items():
        if name in props:
            description = props[name].get("description")
            props[name] = {**schema, **({"description": description} if description else {})}


def _summary(doc: Any) -> SourceSummary:
    return SourceSummary(
        source_id=doc.id,
        title=doc.title,
        title_ar=doc.title_ar,
        language=doc.language,
        date=doc.date,
        url=doc.url,
        sha256=doc.sha256,
        version=text_version(doc.text),
        length=len(doc.text),
        statements=[
            StatementInfo(
                id=s.id,
                speaker=s.speaker,
                speaker_en=s.speaker_en,
                start=s.start,
                end=s.end,
                paragraphs=s.paragraphs,
                speaker_id=s.speaker_id,
                language=s.language,
                quotes=[
                    QuoteInfo(start=q.start, end=q.end, speaker_id=q.speaker_id) for q in s.quotes
                ],
            )
            for s in doc.statements
        ],
        structure=[StructureInfo(kind=x.kind, start=x.start, end=x.end) for x in doc.structure],
        warnings=list(doc.warnings),
    )


def speaker_list(documents: Any) -> SpeakerList:
    """Group every quote of every document by its canonical speaker."""
    found: dict[str, SpeakerInfo] = {}
    for doc in documents:
        for statement in doc.statements:
            for q in statement.quotes:
                info = found.setdefault(
                    q.speaker_id,
                    SpeakerInfo(
                        id=q.speaker_id, label=q.speaker, label_en=q.speaker_en, statements=[]
                    ),
                )
                info.statements.append(
                    SpeakerStatement(
                        source_id=doc.id, statement_id=statement.id, start=q.start, end=q.end
                    )
                )
    return SpeakerList(speakers=sorted(found.values(), key=lambda s: s.id))
