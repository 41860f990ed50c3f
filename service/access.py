"""Who may ask, and how often: optional API keys for bots, and per-client rate limits.

Keys: when TALKSQA_API_KEYS is set, API calls need `Authorization: Bearer <key>`, except
from a browser page on an allowed origin (the widget), which the CORS allowlist governs.
Limits: a moving window per client (its key, else its address), in memory by default or in a
shared store (redis://...) when several replicas must share the count.
"""

from __future__ import annotations

import hmac
import math
import time

from fastapi import Request
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from service.errors import ApiError
from service.settings import Settings


class Unauthorized(ApiError):
    status, code = 401, "unauthorized"


class RateLimited(ApiError):
    status, code = 429, "rate_limited"


class Access:
    def __init__(self, settings: Settings) -> None:
        self.keys = [k.get_secret_value() for k in settings.api_keys]
        self.origins = set(settings.cors_origins)
        self.trust_forwarded = settings.trust_forwarded_for
        self.limit = parse(settings.rate_limit) if settings.rate_limit else None
        self.limiter = MovingWindowRateLimiter(storage_from_string(settings.rate_limit_storage))
        # only the in-memory store answers without I/O
        self.blocking = self.limit is not None and not settings.rate_limit_storage.startswith(
            "memory"
        )

    def _key(self, request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None

    def _same_or_allowed_origin(self, request: Request) -> bool:
        origin = request.headers.get("origin")
        if not origin:
            return False
        own = f"{request.url.scheme}://{request.headers.get('host', '')}"
        return origin == own or origin in self.origins

    def client(self, request: Request) -> str:
        key = self._key(request)
        if key:
            return "key:" + key[:8]
        if self.trust_forwarded and request.headers.get("x-forwarded-for"):
            return "ip:" + request.headers["x-forwarded-for"].split(",")[0].strip()
        return "ip:" + (request.client.host if request.client else "unknown")

    def check(self, request: Request) -> None:
        if self.keys:
            key = self._key(request)
            valid = key is not None and any(hmac.compare_digest(key, k) for k in self.keys)
            if not valid and not self._same_or_allowed_origin(request):
                raise Unauthorized(
                    "a valid API key is required" if key is None else "the API key is not valid",
                    hint="send the header: Authorization: Bearer <key>",
                )
        if self.limit is None:
            return
        who = self.client(request)
        if not self.limiter.hit(self.limit, who):
            reset, _ = self.limiter.get_window_stats(self.limit, who)
            retry = max(1, math.ceil(reset - time.time()))
            raise RateLimited(
                f"too many requests: the limit is {self.limit}",
                hint=f"retry in {retry} seconds",
                headers={"Retry-After": str(retry)},
            )
