"""One handler renders every error: domain errors carry their HTTP status and a stable code.

Every error response has one shape: {"error": {"code", "message", "hint"}}.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from service.errors import ApiError

log = logging.getLogger(__name__)


class ErrorBody(BaseModel):
    code: str
    message: str
    hint: str | None = None
    param: str | None = Field(
        None, description="The request field at fault (OpenAI clients read it); only when known"
    )
    type: str | None = Field(None, description="OpenAI's error type; only with param")


class ErrorResponse(BaseModel):
    error: ErrorBody


def error_json(
    status: int,
    code: str,
    message: str,
    hint: str | None = None,
    headers: dict[str, str] | None = None,
    *,
    param: str | None = None,
) -> JSONResponse:
    """The one error shape; the code is also a header so metrics and logs can count it.
    `param` (with OpenAI's type) is added only when an error is about one request field."""
    return JSONResponse(
        status_code=status,
        content=_shape(code, message, hint, param=param),
        headers={**(headers or {}), "X-Error-Code": code},
    )


def _shape(code: str, message: str, hint: str | None, *, param: str | None) -> dict[str, Any]:
    body = ErrorResponse(error=ErrorBody(code=code, message=message, hint=hint))
    content = body.model_dump(exclude={"error": {"param", "type"}})
    if param is not None:
        content["error"].update(param=param, type="invalid_request_error")
    return content


def error_body(exc: ApiError) -> dict[str, Any]:
    """The error shape as data, for a stream whose status already went out (an SSE error
    event, an OpenAI error chunk, which the openai client raises as APIError)."""
    return _shape(exc.code, exc.message, exc.hint, param=getattr(exc, "param", None))


def _describe_validation(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        parts.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request is not valid"


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_json(
            exc.status,
            exc.code,
            exc.message,
            exc.hint,
            exc.headers,
            param=getattr(exc, "param", None),
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_json(
            422,
            "invalid_request",
            _describe_validation(exc),
            "see the API schema at /docs",
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {
            400: "invalid_request",
            404: "not_found",
            405: "method_not_allowed",
            413: "payload_too_large",
        }
        if exc.status_code == 400:  # FastAPI's "error parsing the body": say what to fix
            return error_json(
                400,
                "invalid_request",
                "the request body is not valid UTF-8 JSON",
                "send JSON encoded as UTF-8; see /docs",
            )
        hints = {404: "see the API at /docs", 405: "see the API at /docs"}
        return error_json(
            exc.status_code,
            codes.get(exc.status_code, "http_error"),
            str(exc.detail),
            hints.get(exc.status_code),
            dict(exc.headers or {}),  # e.g. the Allow header RFC 9110 requires on a 405
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_json(
            500,
            "internal_error",
            "the service failed to answer; it was logged",
            "retry; if it persists, report the X-Request-ID header",
        )
