"""One writer at a time on a Chroma server: a lease with a fencing token, kept in the server.

Chroma has no locks, but creating a collection is atomic: a name exists once, and of several
clients creating it only one succeeds. A lease is a collection named
`<prefix>-lease-<token>`; taking the lease means creating the one with the next token, so two
writers never hold the same token. Its metadata holds the owner and an expiry, which the holder
renews on a thread while it runs. A writer that finds a live lease waits (bounded) or fails,
naming the holder. A lease that expired (its writer was killed, or stalled) may be taken over
with the next token; a writer checks, before it publishes or prunes, that no higher token
exists, so a stalled writer never publishes over its successor (the fencing token).

Expiry compares wall clocks: the machines that ingest should agree on the time within a few
seconds of the lease's length.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable

from chromadb.api import ClientAPI

log = logging.getLogger(__name__)


class IndexBusy(Exception):
    """Another process holds the lock this one needs."""


class LeaseLost(IndexBusy):
    """This writer's lease expired or was taken over: it must not publish."""


class StoreLease:
    def __init__(
        self,
        client: Callable[[], ClientAPI],
        *,
        prefix: str,
        seconds: float,
        wait: float,
        where: str,
        owner: str | None = None,
    ) -> None:
        self._client = client
        self._marker = f"{prefix}-lease-"
        self.seconds = seconds
        self.wait = wait
        self.where = where
        self.owner = owner or f"{socket.gethostname()} pid {os.getpid()}"
        self.token: int | None = None
        self._expires = 0.0
        self._lost: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _name(self, token: int) -> str:
        return f"{self._marker}{token:012d}"

    def _tokens(self) -> list[int]:
        found = []
        for collection in self._client().list_collections():
            name = collection.name
            if name.startswith(self._marker) and name[len(self._marker) :].isdigit():
                found.append(int(name[len(self._marker) :]))
        return sorted(found)

    def _holder(self, token: int) -> tuple[str, float] | None:
        """The owner and remaining seconds of lease `token`, or None when it is free."""
        try:
            meta = self._client().get_collection(self._name(token)).metadata or {}
        except Exception:  # deleted meanwhile: free
            if token not in self._tokens():
                return None
            raise
        left = float(meta.get("expires", 0)) - time.time()
        if meta.get("released") or left <= 0:
            return None
        return str(meta.get("owner", "another writer")), left

    def acquire(self) -> int:
        """Take the next token, waiting up to `wait` seconds for a live lease to end."""
        deadline = time.monotonic() + self.wait
        announced = False
        while True:
            tokens = self._tokens()
            last = tokens[-1] if tokens else 0
            holder = self._holder(last) if last else None
            if holder is None:
                expires = time.time() + self.seconds
                try:
                    self._client().create_collection(
                        self._name(last + 1),
                        metadata={"owner": self.owner, "expires": expires, "released": False},
                        embedding_function=None,
                    )
                except Exception:
                    if last + 1 not in self._tokens():
                        raise  # not a lost race: the store itself failed
                    continue  # another writer took this token first: look again
                self.token, self._expires = last + 1, expires
                self._start_renewing()
                log.info("ingest lease %d taken on %s", self.token, self.where)
                return self.token
            owner, left = holder
            if time.monotonic() >= deadline:
                raise IndexBusy(
                    f"another ingest is writing to the {self.where}: {owner} holds the ingest "
                    f"lease (token {last}, expires in {left:.0f}s unless renewed). One ingest "
                    "runs at a time: retry when it has finished, or set "
                    "TALKSQA_INGEST_WAIT_SECONDS to wait for it"
                )
            if not announced:
                log.warning("waiting for the ingest lease held by %s (token %d)", owner, last)
                announced = True
            time.sleep(min(0.5, max(0.05, deadline - time.monotonic())))

    def _start_renewing(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._renew_loop, daemon=True, name="talksqa-lease")
        self._thread.start()

    def _renew_loop(self) -> None:
        while not self._stop.wait(self.seconds / 3):
            try:
                self.renew()
            except Exception as exc:  # the store is down: try again, the expiry decides
                log.warning("could not renew the ingest lease: %s", exc)

    def renew(self) -> None:
        assert self.token is not None
        if self._tokens()[-1:] != [self.token]:
            self._lost = "another writer took the ingest lease over (this one had expired)"
            self._stop.set()
            return
        expires = time.time() + self.seconds
        self._client().get_collection(self._name(self.token)).modify(
            metadata={"owner": self.owner, "expires": expires, "released": False}
        )
        self._expires = expires

    def check(self) -> None:
        """Raise LeaseLost unless this writer still holds the newest, unexpired lease."""
        if self.token is None:
            raise LeaseLost("this writer holds no ingest lease")
        if self._lost is None and self._tokens()[-1:] != [self.token]:
            self._lost = "another writer took the ingest lease over (this one had expired)"
        if self._lost is None and time.time() >= self._expires:
            self._lost = "the ingest lease expired before it could be renewed"
        if self._lost is not None:
            raise LeaseLost(f"{self._lost}: nothing was published by this run")

    def release(self) -> None:
        """Free the lease, and drop the older lease records (the newest keeps the count)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self.token is None or self._lost is not None:
            return
        try:
            client = self._client()
            client.get_collection(self._name(self.token)).modify(
                metadata={"owner": self.owner, "expires": 0.0, "released": True}
            )
            for token in self._tokens():
                if token < self.token:
                    client.delete_collection(self._name(token))
        except Exception as exc:  # it expires by itself
            log.warning("could not release the ingest lease: %s", exc)
