"""Short-lived signed tokens that let a browser use the API without holding an API key.

A token names who issued it: a tag of the API key whose holder asked for it (an embedding
page's backend, POST /v1/tokens), or "page" for the service's own pages. It carries no other
privilege; itsdangerous (BSD) signs it and checks its age, so it cannot be forged or extended.
A token is signed, not encrypted: the tag is an HMAC under the secret, so a browser holding
the token learns nothing it could test key guesses against.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

PAGE = "page"  # the issuer of the tokens the service's own pages carry


class TokenExpired(Exception):
    """A token this service signed, now older than its lifetime."""


class WidgetTokens:
    def __init__(self, *, secret: str | None, seconds: int) -> None:
        self.seconds = seconds
        # A random secret is fine for one process: its tokens die with it, as they should.
        self._secret = (secret or secrets.token_urlsafe(32)).encode("utf-8")
        self._serializer = URLSafeTimedSerializer(
            self._secret,
            salt="talksqa-widget-token",
            signer_kwargs={"digest_method": hashlib.sha256},
        )

    def tag(self, key_id: str) -> str:
        """The issuer a key's tokens name."""
        return hmac.new(self._secret, key_id.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def issue(self, issuer: str) -> str:
        return self._serializer.dumps({"iss": issuer})

    def verify(self, token: str) -> str | None:
        """The issuer of a valid token; None for anything this service did not sign."""
        try:
            payload = self._serializer.loads(token, max_age=self.seconds)
        except SignatureExpired as exc:
            raise TokenExpired(str(exc)) from None
        except BadSignature:
            return None
        issuer = payload.get("iss") if isinstance(payload, dict) else None
        return issuer if isinstance(issuer, str) else None
