"""The index's lifecycle: which generation is served, reloading a newly published one between
requests, and answering from memory (degraded) while the store is unreachable."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from ingest.read import IndexSnapshot, read_index
from ingest.store import IndexNotReady, IndexStore
from service.errors import EmbedderMismatch, IndexUnavailable
from service.qa.answer import ExtractiveAnswerer
from service.qa.retrieve import HybridSearch, Retrieval
from service.settings import Settings

log = logging.getLogger(__name__)
INGEST_HINT = "run: talksqa ingest (or make serve)"
STORE_HINT = "start or repair the {store}; the service reconnects by itself (no re-ingest needed)"


class Loaded:
    """One index generation, ready to answer: its snapshot, its search and its answerer."""

    def __init__(
        self, snapshot: IndexSnapshot, search: HybridSearch, answerer: ExtractiveAnswerer
    ) -> None:
        self.snapshot = snapshot
        self.search = search
        self.answerer = answerer


class LiveIndex:
    """Keeps the published index generation loaded, and says why when none can be served."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: IndexStore,
        embedder: str,
        build: Callable[[IndexSnapshot], Loaded],
    ) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.build = build  # a snapshot's search and answerer (the composition root's job)
        self._loaded: Loaded | None = None
        self._version: str | None = None
        self._problem: str = "the index has not been loaded yet"
        self._hint = INGEST_HINT  # what fixes self._problem
        # While the store is unreachable, a snapshot searched in memory keeps answering:
        # since when (monotonic), and why.
        self._stale_since: float | None = None
        self._store_problem: str | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    @property
    def version(self) -> str | None:
        """The served generation's version (None before one is loaded)."""
        return self._version

    def fresh(self) -> bool:
        """Whether the last look at the store is recent enough that no newer generation is due."""
        return time.monotonic() - self._checked < self.settings.refresh_seconds

    def ready(self) -> bool:
        """Whether a generation is loaded (without looking at the store again)."""
        return self._loaded is not None

    def refresh(self) -> None:
        """Load the published generation if it changed since the last look (cheap when not)."""
        now = time.monotonic()
        if self._checked and now - self._checked < self.settings.refresh_seconds:
            return  # loaded or not, look again only after refresh_seconds (a failing load is slow)
        self._checked = now
        try:
            version = self.store.version()
        except Exception as exc:  # a Chroma server that went away
            self._unreachable(exc)
            return
        if self._stale_since is not None:
            log.warning(
                "index store reachable again after %.1fs", time.monotonic() - self._stale_since
            )
            self._stale_since = self._store_problem = None
        if version is not None and version == self._version and self._loaded is not None:
            return
        with self._lock:
            if version == self._version and self._loaded is not None:
                return
            try:
                snapshot = read_index(
                    self.store, exact_max_chunks=self.settings.exact_search_max_chunks
                )
            except IndexNotReady as exc:
                self._problem, self._hint = str(exc), INGEST_HINT
                self._loaded = None
                return
            except Exception as exc:
                if not self._store_answers():  # it went away while the index was read
                    self._unreachable(exc)
                    return
                self._problem, self._hint = f"the index could not be read: {exc}", INGEST_HINT
                self._loaded = None
                return
            if snapshot.manifest.embedder != self.embedder:
                self._problem = (
                    f"the index was built by {snapshot.manifest.embedder!r} but the service is "
                    f"configured with {self.embedder!r}"
                )
                self._loaded = None
                self._version = version
                return
            self._loaded = self.build(snapshot)
            self._version = version
            log.info("serving index %s (%d chunks)", snapshot.generation, len(snapshot.chunks))

    def _store_answers(self) -> bool:
        try:
            self.store.version()
        except Exception:
            return False
        return True

    def _unreachable(self, exc: Exception) -> None:
        """The store went away: keep a snapshot that searches in memory (degraded, stale but
        answering), drop one that needs the store; either way reconnect on a later look."""
        problem = f"the index store ({self.store.describe()}) is unreachable: {exc}"
        reset = getattr(self.store, "reset", None)
        if reset is not None:
            reset()
        loaded = self._loaded
        if loaded is not None and loaded.snapshot.vectors is not None:
            if self._stale_since is None:
                self._stale_since = time.monotonic()
                log.warning(
                    "%s; still answering from index %s in memory",
                    problem,
                    loaded.snapshot.generation,
                )
            self._store_problem = problem
            return  # self._version stays: the same generation back is not read again
        self._problem = problem
        self._hint = self.store_hint()
        self._loaded = None
        self._version = None

    def store_hint(self) -> str:
        return STORE_HINT.format(store=self.store.describe())

    def degraded(self) -> tuple[float, str] | None:
        """(seconds since the store was last reachable, why) while answering without it."""
        if self._stale_since is None or self._store_problem is None:
            return None
        return time.monotonic() - self._stale_since, self._store_problem

    def search(self, loaded: Loaded, queries: list[str], *, k: int) -> Retrieval:
        """Search, turning a store failure into 503 (and a reconnect on the next request).

        A failure of the request itself (a value the embedder or the store refuses) is that
        request's error: while the store still answers, the loaded index stays, for everyone.
        """
        try:
            return loaded.search.search(queries, k=k)
        except Exception as exc:
            try:
                self.store.version()
            except Exception:
                pass  # the store is down: drop the index and reconnect, below
            else:
                raise
            log.warning("search failed: %s", exc)
            self._unreachable(exc)
            raise IndexUnavailable(self._problem, hint=self._hint) from exc

    def loaded(self) -> Loaded:
        self.refresh()
        if self._loaded is None:
            if "built by" in self._problem:
                raise EmbedderMismatch(
                    self._problem,
                    hint="set TALKSQA_EMBEDDER to the index's embedder, or re-run: talksqa ingest",
                )
            raise IndexUnavailable(self._problem, hint=self._hint)
        return self._loaded

    def problem(self) -> str:
        return self._problem
