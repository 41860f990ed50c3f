"""Pure ASGI middleware (cheap per request, safe with streaming): request context and limits."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.api.errors import error_json
from service.api.metrics import Metrics
from service.logs import request_id

log = logging.getLogger("service")


class RequestContext:
    """A request id on every log line and response, an access log line, and metrics."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = "".join(ch for ch in incoming if ch.isalnum() or ch in "-_")[:64]
        rid = rid or uuid.uuid4().hex[:16]
        token = request_id.set(rid)
        started = time.perf_counter()
        # as routing sees it: a mount rewrites root_path in the scope on the way in
        before = {k: scope[k] for k in ("type", "path", "root_path", "method") if k in scope}
        status = 500
        started_response = False
        error_code = ""

        async def send_with_id(message: Message) -> None:
            nonlocal status, error_code, started_response
            if message["type"] == "http.response.start":
                started_response = True
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers["X-Request-ID"] = rid
                error_code = headers.get("x-error-code", "")
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:  # a bug: log it with the request id, answer in the one error shape
            log.exception("unexpected error")
            error_code = "internal_error"
            if not started_response:
                await error_json(
                    500,
                    "internal_error",
                    "the service failed to answer; it was logged",
                    "retry; if it persists, report the X-Request-ID header",
                    {"X-Request-ID": rid},
                )(scope, receive, send)
        finally:
            seconds = time.perf_counter() - started
            route = _route_template(scope, before=before)
            self.metrics.requests.labels(scope["method"], route, str(status)).inc()
            self.metrics.latency.labels(route).observe(seconds)
            if error_code:
                self.metrics.errors.labels(error_code).inc()
            log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "ms": round(seconds * 1000, 2),
                },
            )
            request_id.reset(token)


def _route_template(scope: Scope, *, before: dict[str, object]) -> str:
    """The route's path template, a bounded label: FastAPI's own routes name themselves in the
    scope; Starlette's (/docs, /openapi.json, mounted folders) do not, so they are matched here,
    against the scope as it came in (before)."""
    route = scope.get("route")
    if route is not None:
        return str(route.path)
    partial = "unmatched"
    path = str(before.get("path", ""))
    for prefix, candidate in _routes(
        getattr(getattr(scope.get("app"), "router", None), "routes", ())
    ):
        if not path.startswith(prefix):
            continue
        match, _ = candidate.matches({**before, "path": path[len(prefix) :] or "/"})
        if match is Match.FULL:
            return prefix + str(candidate.path)
        if match is Match.PARTIAL and partial == "unmatched":  # its path, another method: 405
            partial = prefix + str(candidate.path)
    return partial


def _routes(routes: Iterable[Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every route with its path (prefix, route), inside included routers too: FastAPI keeps an
    included router as one entry (no `path` of its own) that holds the router's routes."""
    for candidate in routes:
        original = getattr(candidate, "original_router", None)
        if original is not None:
            inner = str(getattr(getattr(candidate, "include_context", None), "prefix", "") or "")
            yield from _routes(original.routes, prefix + inner)
        elif hasattr(candidate, "path"):
            yield prefix, candidate


class BodyLimit:
    """Reject bodies over the limit with 413 before reading them into memory."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        too_large = error_json(
            413,
            "payload_too_large",
            f"the request body is over {self.max_bytes} bytes",
            "send a shorter conversation",
        )
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await too_large(scope, receive, send)
            return
        if declared is None or not declared.isdigit():
            # a body of unstated length (chunked): read up to the limit here and hand it on
            # whole, so that going over is our 413, not a parse error of the app's (a limit
            # raised inside the app's own read of the body was reported as invalid JSON)
            body = await _read_up_to(receive, self.max_bytes)
            if body is None:
                await too_large(scope, receive, send)
                return
            await self.app(scope, _replaying(body, receive), send)
            return
        received = 0
        started = False

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, tracking_send)
        except _BodyTooLarge:
            if not started:
                await too_large(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


async def _read_up_to(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None once it is over `limit` bytes (a client that leaves
    mid-body leaves what came)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replaying(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the body already read, then whatever comes next (a disconnect)."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
