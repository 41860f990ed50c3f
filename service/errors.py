"""Domain errors: each carries its HTTP status and a stable code, so that both the question
answering and the HTTP layer can raise them; only the HTTP layer (service/api/errors.py) turns
them into responses.
"""

from __future__ import annotations


class ApiError(Exception):
    status = 400
    code = "bad_request"

    def __init__(
        self, message: str, *, hint: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.headers = headers or {}


class InvalidRequest(ApiError):
    status, code = 422, "invalid_request"


class UnsupportedParameter(ApiError):
    """An OpenAI parameter this service cannot honour: refused by name, as OpenAI refuses a
    parameter a model does not support, rather than silently ignored."""

    status, code = 400, "unsupported_parameter"

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message, hint=f"remove {param!r} from the request")
        self.param = param


class TooLarge(ApiError):
    status, code = 413, "payload_too_large"


class NotFound(ApiError):
    status, code = 404, "not_found"


class ModelNotFound(ApiError):
    """A model id this service does not offer: OpenAI's 404 `model_not_found`, so a client
    asking for "gpt-4o" learns it is not talking to that model instead of being answered by
    another one."""

    status, code = 404, "model_not_found"

    def __init__(self, model: str, known: list[str]) -> None:
        super().__init__(
            f"the model {model!r} does not exist on this service",
            hint=f"use one of: {', '.join(known)} (GET /v1/models)",
        )
        self.param = "model"


class IndexUnavailable(ApiError):
    status, code = 503, "index_not_ready"


class EmbedderMismatch(ApiError):
    status, code = 503, "embedder_mismatch"
