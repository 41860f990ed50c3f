"""Who may ask, and how often: optional API keys, widget tokens, and per-client rate limits.

Without TALKSQA_API_KEYS anyone may ask, counted by address. With keys, a request needs
`Authorization: Bearer <key or token>`: a configured key (counted under a hash of the key), or
a token this service signed (service/api/tokens.py) for a browser, counted per address under its
issuer. No header (Origin, Referer) grants anything; CORS only decides which pages may read
the answers. Limits: a moving window per client, in memory by default or in a shared store
(redis://...) when several replicas must share the count.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
from dataclasses import dataclass

from fastapi import Request
from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from service.api.tokens import PAGE, TokenExpired, WidgetTokens
from service.errors import ApiError
from service.settings import Settings


class Unauthorized(ApiError):
    status, code = 401, "unauthorized"


class RateLimited(ApiError):
    status, code = 429, "rate_limited"


def key_id(key: str) -> str:
    """A key's identity in buckets and tokens: its hash, so neither a prefix shared by two
    keys nor the key itself ever appears."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Caller:
    bucket: str  # the rate-limit bucket
    limit: RateLimitItem | None
    key: str | None = None  # key_id when the caller presented an API key


class Access:
    def __init__(self, settings: Settings) -> None:
        self._key_ids = [key_id(k.get_secret_value()) for k in settings.api_keys]
        self.trust_forwarded = settings.trust_forwarded_for
        self.limit = parse(settings.rate_limit) if settings.rate_limit else None
        self.page_limit = parse(settings.page_rate_limit) if settings.page_rate_limit else None
        secret = settings.token_secret.get_secret_value() if settings.token_secret else None
        self.tokens = WidgetTokens(secret=secret, seconds=settings.token_seconds)
        self._issuers = {self.tokens.tag(k): k for k in self._key_ids}  # tag -> key_id
        self.limiter = MovingWindowRateLimiter(storage_from_string(settings.rate_limit_storage))
        # only the in-memory store answers without I/O
        self.blocking = (
            self.limit is not None or self.page_limit is not None
        ) and not settings.rate_limit_storage.startswith("memory")

    @property
    def keys_required(self) -> bool:
        return bool(self._key_ids)

    def page_token(self) -> str | None:
        """The token the service's own pages carry when keys are set (None: not needed, or the
        pages are closed because TALKSQA_PAGE_RATE_LIMIT is empty)."""
        if not self.keys_required or self.page_limit is None:
            return None
        return self.tokens.issue(PAGE)

    def _bearer(self, request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None

    def address(self, request: Request) -> str:
        if self.trust_forwarded and request.headers.get("x-forwarded-for"):
            return request.headers["x-forwarded-for"].split(",")[0].strip()
        return request.client.host if request.client else "unknown"

    def identify(self, request: Request) -> Caller:
        """The verified caller, or 401: without keys, the address; with keys, a known key or a
        valid token, and nothing else (an unknown token is refused before any bucket exists)."""
        address = self.address(request)
        if not self.keys_required:
            return Caller("ip:" + address, self.limit)
        bearer = self._bearer(request)
        hint = "send the header: Authorization: Bearer <key>"
        if bearer is None:
            raise Unauthorized("a valid API key is required", hint=hint)
        presented = key_id(bearer)
        if any(hmac.compare_digest(presented, k) for k in self._key_ids):
            return Caller("key:" + presented, self.limit, key=presented)
        try:
            issuer = self.tokens.verify(bearer)
        except TokenExpired:
            raise Unauthorized(
                "the token has expired",
                hint="get a new token (POST /v1/tokens, or reload the page)",
            ) from None
        if issuer == PAGE and self.page_limit is not None:
            return Caller("page:" + address, self.page_limit)
        if issuer is not None and issuer in self._issuers:  # signed: iss cannot be chosen
            return Caller(f"token:{self._issuers[issuer]}:{address}", self.limit)
        raise Unauthorized("the API key is not valid", hint=hint)

    def check(self, request: Request) -> Caller:
        caller = self.identify(request)
        limit = caller.limit
        if limit is not None and not self.limiter.hit(limit, caller.bucket):
            reset, remaining = self.limiter.get_window_stats(limit, caller.bucket)
            retry = max(1, math.ceil(reset - time.time()))
            raise RateLimited(
                f"too many requests: the limit is {limit}",
                hint=f"retry in {retry} seconds",
                headers={
                    "Retry-After": str(retry),
                    "RateLimit-Limit": str(limit.amount),
                    "RateLimit-Remaining": str(remaining),
                    "RateLimit-Reset": str(retry),
                    "RateLimit-Policy": f"{limit.amount};w={limit.get_expiry()}",
                },
            )
        return caller
