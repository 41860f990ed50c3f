"""Two ways to reach the service: in-process (the engine) or over HTTP (a deployed service).

Both return the /v1/chat JSON and the wall time, so the metrics cannot tell them apart.
"""

from __future__ import annotations

import time
from typing import Any, Protocol

import httpx


class Target(Protocol):
    name: str

    def chat(
        self, messages: list[dict[str, str]], *, top_k: int
    ) -> tuple[dict[str, Any], float]: ...
    def source_text(self, source_id: str) -> str: ...


class InProcess:
    """Drives the engine directly: no server, same code path as the HTTP handler."""

    name = "in-process"

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def chat(self, messages: list[dict[str, str]], *, top_k: int) -> tuple[dict[str, Any], float]:
        from service.models import ChatRequest

        request = ChatRequest.model_validate(
            {"messages": messages, "top_k": top_k, "include_retrieved": True}
        )
        started = time.perf_counter()
        response = self.engine.chat(request)
        return response.model_dump(), (time.perf_counter() - started) * 1000

    def source_text(self, source_id: str) -> str:
        return str(self.engine.loaded().snapshot.documents[source_id].text)


class OverHttp:
    """A running service at `url` (keep-alive client)."""

    def __init__(self, url: str, *, timeout: float = 30.0, api_key: str | None = None) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.name = url
        self.client = httpx.Client(base_url=url.rstrip("/"), timeout=timeout, headers=headers)
        self._sources: dict[str, str] = {}

    def chat(self, messages: list[dict[str, str]], *, top_k: int) -> tuple[dict[str, Any], float]:
        started = time.perf_counter()
        reply = self.client.post(
            "/v1/chat", json={"messages": messages, "top_k": top_k, "include_retrieved": True}
        )
        elapsed = (time.perf_counter() - started) * 1000
        reply.raise_for_status()
        return reply.json(), elapsed

    def source_text(self, source_id: str) -> str:
        if source_id not in self._sources:
            reply = self.client.get(f"/v1/sources/{source_id}")
            reply.raise_for_status()
            self._sources[source_id] = reply.json()["text"]
        return self._sources[source_id]
