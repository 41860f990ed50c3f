"""Two ways to reach the service: in-process (the engine) or over HTTP (a deployed service).

Both return the /v1/chat JSON and the wall time, so the metrics cannot tell them apart, and
both list the documents they serve, so a dataset is checked against them before it is asked.
"""

from __future__ import annotations

import email.utils
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import httpx
import tenacity
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# Statuses that say "later", not "no": retried, honouring Retry-After.
RETRY_STATUSES = frozenset({429, 503})
DEFAULT_RETRIES = 5
# The longest wait the harness accepts from Retry-After; a server asking for more (a limit of
# a few requests an hour) fails the item at once instead of holding the run for hours.
MAX_WAIT_SECONDS = 120.0
# Without Retry-After: 1, 2, 4, 8, 16 s.
BACKOFF = tenacity.wait_exponential(multiplier=1, min=1, max=30)


class HarnessSettings(BaseSettings):
    """The harness's own configuration, apart from the service's: TALKSQA_EVAL_* variables
    (or .env). The key is a secret: it is never printed or written to a report."""

    model_config = SettingsConfigDict(env_prefix="TALKSQA_EVAL_", env_file=".env", extra="ignore")

    api_key: SecretStr | None = None

    def key(self) -> str | None:
        return self.api_key.get_secret_value() if self.api_key else None


class Target(Protocol):
    name: str

    def chat(
        self, messages: list[dict[str, str]], *, top_k: int
    ) -> tuple[dict[str, Any], float]: ...
    def source_text(self, source_id: str) -> str: ...
    def source_lengths(self) -> dict[str, int]: ...
    def speaker_spans(self) -> list[tuple[str, int, int, str]]: ...
    def close(self) -> None: ...


class TargetUnavailable(Exception):
    """The target cannot be evaluated at all (unreachable, refused, no index): one line."""


class RequestFailed(Exception):
    """One request failed for good (after any retries): its status and the service's words."""


class InProcess:
    """Drives the engine directly: no server, same code path as the HTTP handler."""

    name = "in-process"

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    @classmethod
    def from_settings(cls) -> InProcess:
        """The engine on the configured local index; TargetUnavailable when there is none."""
        from service.errors import ApiError
        from service.logs import configure
        from service.qa.engine import Engine
        from service.settings import get_settings

        configure("WARNING", as_json=False)
        try:
            settings = get_settings()
        except Exception as exc:  # pydantic's ValidationError: say which setting, no traceback
            raise TargetUnavailable(f"invalid configuration: {exc}") from None
        try:
            engine = Engine(settings)
        except Exception as exc:  # an embedder that cannot load, a Chroma server refusing
            raise TargetUnavailable(f"the local index: {type(exc).__name__}: {exc}") from None
        target = cls(engine)
        try:
            engine.loaded()
        except ApiError as exc:
            target.close()
            hint = f" ({exc.hint})" if exc.hint else ""
            raise TargetUnavailable(f"the local index: {exc.message}{hint}") from None
        return target

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

    def source_lengths(self) -> dict[str, int]:
        documents = self.engine.loaded().snapshot.documents
        return {source_id: len(doc.text) for source_id, doc in documents.items()}

    def speaker_spans(self) -> list[tuple[str, int, int, str]]:
        """Every quote the index credits: (source id, start, end, speaker id)."""
        from service.api.app import speaker_list

        return [
            (q.source_id, q.start, q.end, speaker.id)
            for speaker in speaker_list(self.engine.loaded().snapshot.documents.values()).speakers
            for q in speaker.statements
        ]

    def close(self) -> None:
        # exiting while the warm-up thread is inside the model's native loader aborts (SIGABRT)
        warming = getattr(self.engine, "warming", None)
        if warming is not None:
            warming.join(timeout=60)


def base_url(url: str) -> str:
    """The service's root, however it was written: `http://host:8000`, `.../`, `.../v1` and
    `.../v1/` all name the same service (OpenAI clients are configured with the `/v1`)."""
    url = url.strip().rstrip("/")
    if url.endswith("/v1"):
        url = url[: -len("/v1")]
    if not url.startswith(("http://", "https://")):
        raise TargetUnavailable(f"--url {url!r}: give the service's address as http://host:port")
    return url


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delay-seconds or an HTTP date), None when absent or
    unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _asked(state: tenacity.RetryCallState) -> float | None:
    """The Retry-After of the reply a retry decision is about."""
    if state.outcome is None or state.outcome.failed:
        return None
    return retry_after(state.outcome.result().headers.get("retry-after"))


class _AskedTooLong(tenacity.stop.stop_base):
    """Stop at once when the server asks for a longer wait than MAX_WAIT_SECONDS."""

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        asked = _asked(retry_state)
        return asked is not None and asked > MAX_WAIT_SECONDS


def _describe(reply: httpx.Response) -> str:
    """`401 unauthorized: a valid API key is required`: the status and the service's own
    words from its error shape, or the reason phrase from anything else."""
    try:
        error = reply.json().get("error") or {}
        detail = f"{error.get('code', '')}: {error.get('message', '')}".strip(": ")
    except (ValueError, AttributeError):
        detail = ""
    return f"{reply.status_code} {detail or reply.reason_phrase}"


class OverHttp:
    """A running service at `url` (keep-alive client). 429 and 503 are retried up to
    `retries` times, after the Retry-After the service sends (else exponential backoff)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 30.0,
        api_key: str | None = None,
        retries: int = DEFAULT_RETRIES,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.name = base_url(url)
        self.client = httpx.Client(base_url=self.name, timeout=timeout, headers=headers)
        self._sources: dict[str, str] = {}
        self.last_ms = 0.0
        self._retrying = tenacity.Retrying(
            retry=tenacity.retry_if_result(lambda r: r.status_code in RETRY_STATUSES),
            wait=self._wait,
            stop=tenacity.stop_any(tenacity.stop_after_attempt(retries + 1), _AskedTooLong()),
            before_sleep=self._say_waiting,
            retry_error_callback=lambda state: state.outcome.result(),  # type: ignore[union-attr]
        )

    @staticmethod
    def _wait(state: tenacity.RetryCallState) -> float:
        asked = _asked(state)
        return BACKOFF(state) if asked is None else asked

    @staticmethod
    def _say_waiting(state: tenacity.RetryCallState) -> None:
        seconds = state.next_action.sleep if state.next_action else 0.0
        if seconds >= 5:  # short waits are routine under a rate limit; long ones look like a hang
            reply = state.outcome.result()  # type: ignore[union-attr]
            print(
                f"{reply.status_code} from {reply.request.url.path}: waiting {seconds:.0f} s "
                f"before retry {state.attempt_number}",
                file=sys.stderr,
            )

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """The reply, after retries; RequestFailed for an error status or no connection."""

        def send() -> httpx.Response:
            started = time.perf_counter()
            reply = self.client.request(method, path, **kwargs)
            self.last_ms = (time.perf_counter() - started) * 1000
            return reply

        try:
            reply: httpx.Response = self._retrying(send)
        except httpx.ConnectError as exc:
            raise RequestFailed(f"cannot connect: {exc}") from None
        except httpx.TimeoutException:
            raise RequestFailed(f"no answer within {self.client.timeout.read} s") from None
        except httpx.HTTPError as exc:
            raise RequestFailed(f"{type(exc).__name__}: {exc}") from None
        if reply.status_code >= 400:
            asked = retry_after(reply.headers.get("retry-after"))
            if (
                reply.status_code in RETRY_STATUSES
                and asked is not None
                and asked > MAX_WAIT_SECONDS
            ):
                suffix = f" (Retry-After {asked:.0f} s is more than {MAX_WAIT_SECONDS:.0f} s)"
            elif reply.status_code in RETRY_STATUSES:
                suffix = " (still, after the retries)"
            else:
                suffix = ""
            raise RequestFailed(_describe(reply) + suffix)
        return reply

    def source_lengths(self) -> dict[str, int]:
        """GET /v1/sources: the documents the service answers from. The first call of a run,
        so an unreachable service, a missing key or a wrong URL stops it with one line."""
        where = f"{self.name}/v1/sources"
        try:
            reply = self._request("GET", "/v1/sources")
        except RequestFailed as exc:
            hint = ""
            if str(exc).startswith("401"):
                hint = ": pass --api-key KEY or set TALKSQA_EVAL_API_KEY"
            elif str(exc).startswith("404"):
                hint = f": is {self.name} the service's address?"
            raise TargetUnavailable(f"{where}: {exc}{hint}") from None
        try:
            return {s["source_id"]: int(s["length"]) for s in reply.json()["sources"]}
        except (ValueError, KeyError, TypeError):
            raise TargetUnavailable(
                f"{where}: not a Talks Q&A source list: is {self.name} the service's address?"
            ) from None

    def chat(self, messages: list[dict[str, str]], *, top_k: int) -> tuple[dict[str, Any], float]:
        reply = self._request(
            "POST",
            "/v1/chat",
            json={"messages": messages, "top_k": top_k, "include_retrieved": True},
        )
        return reply.json(), self.last_ms  # the answering request's time, not a retry's wait

    def speaker_spans(self) -> list[tuple[str, int, int, str]]:
        """Every quote the service credits, from GET /v1/speakers."""
        reply = self._request("GET", "/v1/speakers")
        return [
            (q["source_id"], int(q["start"]), int(q["end"]), str(speaker["id"]))
            for speaker in reply.json()["speakers"]
            for q in speaker["statements"]
        ]

    def source_text(self, source_id: str) -> str:
        if source_id not in self._sources:
            reply = self._request("GET", f"/v1/sources/{source_id}")
            self._sources[source_id] = reply.json()["text"]
        return self._sources[source_id]

    def close(self) -> None:
        self.client.close()


def corpus_engine(
    corpus: Path, index_dir: Path, *, embedder: str | None = None, rerank: bool | None = None
) -> Any:
    """An Engine over `corpus/reports` ingested into a fresh index in `index_dir` (an
    evaluation corpus, eval/corpora/NAME), with the embedder of the settings or `embedder`, and
    the reranker on or off as the settings say or as `rerank` does."""
    from ingest.build import build_index
    from ingest.embed import make_embedder
    from ingest.store import open_store
    from service.qa.engine import Engine
    from service.settings import get_settings

    update: dict[str, Any] = {
        "index_dir": index_dir,
        "chroma_url": None,
        "data_dir": corpus / "reports",
    }
    if embedder:
        update["embedder"] = embedder
    if rerank is not None:
        update["rerank"] = rerank
    settings = get_settings().model_copy(update=update)
    embeddings = make_embedder(settings.embedder)  # loaded once, for the ingest and the engine
    build_index(
        [corpus / "reports"],
        store=open_store(
            index_dir=settings.index_dir, chroma_url=None, prefix=settings.collection_prefix
        ),
        embeddings=embeddings,
        embedder=settings.embedder,
        chunk_size=settings.chunk_size,
    )
    engine = Engine(settings, embeddings=embeddings)
    engine.loaded()
    return engine
