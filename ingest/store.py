"""Where the index lives, and how a new one replaces the old without ever serving half of one.

Every ingest builds a complete new *generation* aside and then switches a pointer to it in one
atomic step: a file rename for the embedded store, one metadata update for a Chroma server.
A run that fails or is killed leaves the pointer, and so the served index, untouched.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

from ingest.lease import IndexBusy as IndexBusy  # re-exported: callers import it from here
from ingest.lease import LeaseLost as LeaseLost
from ingest.lease import StoreLease

INDEX_FORMAT = 4  # 2: quote-level speakers, speaker ids, structure; 3: contextual vectors;
# 4: a chunk's quotable spans are its speaker's quote spans, never the narration between them
KEEP_GENERATIONS = 3  # the served one, the one before (a rollback), and one a reader may hold


class IndexNotReady(Exception):
    """There is no complete index to serve yet."""


@dataclass(frozen=True)
class Manifest:
    """What the collection metadata records about how an index was built."""

    generation: str
    embedder: str
    dimension: int
    chunk_size: int
    created: float
    chunks: int
    documents: int
    format: int = INDEX_FORMAT

    def to_metadata(self) -> dict[str, Any]:
        return {"talksqa_manifest": json.dumps(self.__dict__), "hnsw:space": "cosine"}

    @classmethod
    def from_metadata(cls, metadata: dict[str, Any] | None) -> Manifest:
        raw = (metadata or {}).get("talksqa_manifest")
        if not raw:
            raise IndexNotReady("the index has no manifest (built by another tool?)")
        return cls(**json.loads(str(raw)))


def _chroma_settings() -> ChromaSettings:
    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


class IndexStore(Protocol):
    """A place that holds index generations and knows which one is served."""

    def describe(self) -> str: ...
    def current(self) -> str | None: ...
    def version(self) -> str | None: ...
    def client(self, generation: str) -> ClientAPI: ...
    def begin(self) -> str: ...
    def publish(self, generation: str) -> None: ...
    def discard(self, generation: str) -> None: ...
    def prune(self) -> None: ...
    def retained(self) -> list[str]: ...
    def chunks_name(self, generation: str) -> str: ...
    def docs_name(self, generation: str) -> str: ...
    def writer_lock(self) -> contextlib.AbstractContextManager[None]: ...


def _retained(current: str | None, history: list[str] | None, names: list[str]) -> set[str]:
    """The generations prune keeps: the served one and the ones published just before it.

    Only published generations count: the leftovers of killed runs are never kept in place of
    a rollback. An index written before the history was recorded keeps the newest names.
    """
    if current is None:
        return set()
    if history is None:
        older = sorted((n for n in names if n < current), reverse=True)
        return {current, *older[: KEEP_GENERATIONS - 1]}
    return {current, *[g for g in history if g != current][: KEEP_GENERATIONS - 1]}


def _history(generation: str, published: list[str] | None, current: str | None) -> list[str]:
    """The published generations, newest first, once `generation` is published."""
    before = published if published is not None else [current] if current else []
    return [generation, *[g for g in before if g != generation]][: KEEP_GENERATIONS + 1]


def _new_generation() -> str:
    return time.strftime("g%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


@contextlib.contextmanager
def _flock(path: Path, *, what: str, wait: float = 0.0, advice: str = "") -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    waiting = False
    with open(path, "a+") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as exc:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                if time.monotonic() < deadline:
                    if not waiting:
                        logging.getLogger(__name__).warning(
                            "waiting for the %s lock held by %s", what, holder
                        )
                        waiting = True
                    time.sleep(0.2)
                    continue
                raise IndexBusy(f"{what} is locked by {holder} ({path}){advice}") from exc
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass
class _Served:
    """An embedded index this process serves: its lock, and how many holders share it."""

    lock: contextlib.ExitStack
    holders: int = 0


_SERVING: dict[Path, _Served] = {}
_SERVING_GUARD = threading.Lock()


class EmbeddedStore:
    """Generations as folders of an embedded Chroma, and a CURRENT file naming the served one."""

    def __init__(self, root: Path, *, wait_seconds: float = 0.0) -> None:
        self.root = root
        self.wait_seconds = wait_seconds
        self.generations = root / "generations"
        self._pointer = root / "CURRENT"
        self._history = root / "PUBLISHED"  # generations published, newest first
        self._clients: dict[str, ClientAPI] = {}

    def describe(self) -> str:
        return f"embedded Chroma at {self.root}"

    def current(self) -> str | None:
        try:
            name = self._pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name if name and (self.generations / name).is_dir() else None

    def version(self) -> str | None:
        """Cheap to call per request: the pointer's identity changes on every publish."""
        try:
            st = self._pointer.stat()
        except FileNotFoundError:
            return None
        return f"{st.st_ino}:{st.st_mtime_ns}"

    def client(self, generation: str) -> ClientAPI:
        if generation not in self._clients:
            path = self.generations / generation
            if not path.is_dir():
                raise IndexNotReady(f"index generation {generation} is missing from {self.root}")
            self._clients[generation] = chromadb.PersistentClient(
                path=str(path), settings=_chroma_settings()
            )
        return self._clients[generation]

    def begin(self) -> str:
        generation = _new_generation()
        (self.generations / generation).mkdir(parents=True)
        return generation

    def published(self) -> list[str] | None:
        """Generations published here, newest first (None: an index older than this record)."""
        try:
            return self._history.read_text(encoding="utf-8").split()
        except FileNotFoundError:
            return None

    def publish(self, generation: str) -> None:
        _fsync_tree(self.generations / generation)
        history = _history(generation, self.published(), self.current())
        self._write_atomically(self._history, "\n".join(history))
        self._write_atomically(self._pointer, generation)
        _fsync_dir(self.root)

    def _write_atomically(self, path: Path, text: str) -> None:
        tmp = self.root / f".{path.name}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)

    def discard(self, generation: str) -> None:
        self._clients.pop(generation, None)
        shutil.rmtree(self.generations / generation, ignore_errors=True)

    def prune(self) -> None:
        """Delete old generations and the leftovers of killed runs, keeping the newest few."""
        if not self.generations.is_dir():
            return
        current = self.current()
        names = [p.name for p in self.generations.iterdir() if p.is_dir()]
        keep = _retained(current, self.published(), names) if current in names else set()
        for name in names:
            if name not in keep:
                self.discard(name)

    def retained(self) -> list[str]:
        """The served generation and the older ones prune() kept, newest first."""
        current = self.current()
        if current is None or not self.generations.is_dir():
            return []
        names = [p.name for p in self.generations.iterdir() if p.is_dir()]
        return sorted(_retained(current, self.published(), names), reverse=True)

    def chunks_name(self, generation: str) -> str:
        return "chunks"

    def docs_name(self, generation: str) -> str:
        return "docs"

    def writer_lock(self) -> contextlib.AbstractContextManager[None]:
        return _flock(
            self.root / "ingest.lock",
            what="ingest",
            wait=self.wait_seconds,
            advice=": one ingest runs at a time; retry when it has finished, or set "
            "TALKSQA_INGEST_WAIT_SECONDS to wait for it",
        )

    @contextlib.contextmanager
    def serve_lock(self) -> Iterator[None]:
        """One server process per embedded index: Chroma's embedded mode is single-process.

        Per process, not per call: `talksqa serve` takes it before starting uvicorn (to refuse
        at once, in one line), and the app's lifespan in that same process takes it again."""
        path = (self.root / "serve.lock").resolve()
        with _SERVING_GUARD:
            served = _SERVING.get(path)
            if served is None:
                lock = contextlib.ExitStack()
                lock.enter_context(_flock(path, what="the embedded index"))
                served = _SERVING[path] = _Served(lock)
            served.holders += 1
        try:
            yield
        finally:
            with _SERVING_GUARD:
                served.holders -= 1
                if not served.holders:
                    del _SERVING[path]
                    served.lock.close()


class ServerStore:
    """Generations as collections of a Chroma server; a pointer collection names the served one."""

    POINTER = "pointer"

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "talksqa",
        lease_seconds: float = 30.0,
        wait_seconds: float = 0.0,
    ) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError(f"not a Chroma server URL: {url!r} (expected http://host:port)")
        self.url = url
        self.prefix = prefix
        self._host = parsed.hostname
        self._port = parsed.port or (443 if parsed.scheme == "https" else 8000)
        self._ssl = parsed.scheme == "https"
        self._http: ClientAPI | None = None
        self.lease_seconds = lease_seconds
        self.wait_seconds = wait_seconds
        self._lease: StoreLease | None = None  # held while this process ingests

    @property
    def _client(self) -> ClientAPI:
        """Connected on first use, and again after a failure: the server may start later."""
        if self._http is None:
            self._http = chromadb.HttpClient(
                host=self._host, port=self._port, ssl=self._ssl, settings=_chroma_settings()
            )
        return self._http

    def reset(self) -> None:
        """Forget the connection (after the server went away)."""
        self._http = None

    def describe(self) -> str:
        return f"Chroma server at {self.url}"

    def _pointer(self) -> Collection:
        return self._client.get_or_create_collection(
            f"{self.prefix}-{self.POINTER}", embedding_function=None
        )

    def current(self) -> str | None:
        generation = (self._pointer().metadata or {}).get("generation")
        return str(generation) if generation else None

    def version(self) -> str | None:
        return self.current()

    def client(self, generation: str) -> ClientAPI:
        return self._client

    def begin(self) -> str:
        return _new_generation()

    def published(self) -> list[str] | None:
        """Generations published here, newest first (None: an index older than this record)."""
        history = (self._pointer().metadata or {}).get("published")
        return str(history).split() if history is not None else None

    def publish(self, generation: str) -> None:
        """Switch the pointer, only while this writer's lease (its fencing token) holds."""
        history = _history(generation, self.published(), self.current())
        metadata: dict[str, Any] = {
            "generation": generation,
            "published": " ".join(history),
        }
        if self._lease is not None:
            self._lease.check()
            assert self._lease.token is not None
            metadata["token"] = self._lease.token
        self._pointer().modify(metadata=metadata)

    def discard(self, generation: str) -> None:
        for name in (self.chunks_name(generation), self.docs_name(generation)):
            with contextlib.suppress(Exception):
                self._client.delete_collection(name)

    def _generations(self) -> list[str]:
        marker = f"{self.prefix}-g"
        return sorted(
            {
                c.name[len(self.prefix) + 1 :].rsplit("-", 1)[0]
                for c in self._client.list_collections()
                if c.name.startswith(marker)
            },
            reverse=True,
        )

    def retained(self) -> list[str]:
        """The served generation and the older published ones prune() kept, newest first."""
        keep = _retained(self.current(), self.published(), self._generations())
        return sorted(keep, reverse=True)

    def prune(self) -> None:
        if self._lease is not None:
            try:
                self._lease.check()
            except LeaseLost as exc:  # a writer that lost its lease must not delete anything
                logging.getLogger(__name__).warning("old generations not pruned: %s", exc)
                return
        current = self.current()
        generations = self._generations()
        keep = _retained(current, self.published(), generations)
        for generation in generations:
            if generation not in keep:
                self.discard(generation)

    def chunks_name(self, generation: str) -> str:
        return f"{self.prefix}-{generation}-chunks"

    def docs_name(self, generation: str) -> str:
        return f"{self.prefix}-{generation}-docs"

    @contextlib.contextmanager
    def writer_lock(self) -> Iterator[None]:
        """A lease kept in the server (ingest/lease.py): one writer at a time, across machines."""
        lease = StoreLease(
            lambda: self._client,
            prefix=self.prefix,
            seconds=self.lease_seconds,
            wait=self.wait_seconds,
            where=self.describe(),
        )
        lease.acquire()
        self._lease = lease
        try:
            yield
        finally:
            self._lease = None
            lease.release()


def open_store(
    *,
    index_dir: Path,
    chroma_url: str | None,
    prefix: str = "talksqa",
    lease_seconds: float = 30.0,
    wait_seconds: float = 0.0,
) -> IndexStore:
    """The embedded store by default; a Chroma server when a URL is configured."""
    if chroma_url:
        return ServerStore(
            chroma_url, prefix=prefix, lease_seconds=lease_seconds, wait_seconds=wait_seconds
        )
    return EmbeddedStore(index_dir, wait_seconds=wait_seconds)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(path: Path) -> None:
    for dirpath, _, filenames in os.walk(path):
        for name in filenames:
            with contextlib.suppress(OSError):
                fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        _fsync_dir(Path(dirpath))
