"""Embedding a large ingest on every core: worker processes, each with its own model.

USE's numpy forward pass holds the GIL between BLAS calls, so threads barely help (1.35x on
two cores, measured) while two processes give 1.7x. Starting them costs about a second each
(interpreter, numpy, weights), so only an ingest with many chunks to embed is spread out; a
small one (the bundled corpus, a changed document) runs in this process as before.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from langchain_core.embeddings import Embeddings

from ingest.embed import ST_PREFIX, make_embedder

BATCH = 64
MIN_PARALLEL = 2048  # chunks: below this, starting the workers costs more than they save

_worker: Embeddings | None = None
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent: int) -> None:
    """A worker holds a model (~220 MB): it must not outlive an ingest that was killed.

    On Linux the kernel kills it when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere, and
    should prctl be unavailable, a thread notices the parent is gone (re-parented) and exits.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="talksqa-parent-watch").start()


def _start(spec: str, parent: int) -> None:
    global _worker
    _die_with_parent(parent)
    _worker = make_embedder(spec)


def _embed(texts: list[str]) -> list[list[float]]:
    assert _worker is not None, "worker not initialised"
    return _worker.embed_documents(texts)


class ParallelEmbeddings(Embeddings):
    """`local` for queries and small batches; `workers` processes for large document batches.

    USE and e5 (each one thread) are spread over processes; a sentence-transformers model
    already uses every core through torch, and one copy of it per process would multiply its
    memory.
    """

    def __init__(
        self, local: Embeddings, *, spec: str, workers: int, min_parallel: int = MIN_PARALLEL
    ) -> None:
        self.local = local
        self.spec = spec
        self.workers = 1 if spec.strip().startswith(ST_PREFIX) else workers
        self.min_parallel = min_parallel

    def embed_documents(
        self, texts: list[str], *, on_done: Callable[[int], None] | None = None
    ) -> list[list[float]]:
        """Vectors of `texts` in order; `on_done(n)` after each batch of n (progress)."""
        batches = [texts[i : i + BATCH] for i in range(0, len(texts), BATCH)]
        out: list[list[float]] = []
        if self.workers < 2 or len(texts) < self.min_parallel:
            for batch in batches:
                out.extend(self.local.embed_documents(batch))
                if on_done is not None:
                    on_done(len(batch))
            return out
        # spawn, not fork: this process may hold Chroma's and BLAS's threads and locks
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            self.workers,
            mp_context=context,
            initializer=_start,
            initargs=(self.spec, os.getpid()),
        ) as pool:
            for vectors in pool.map(_embed, batches):
                out.extend(vectors)
                if on_done is not None:
                    on_done(len(vectors))
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.local.embed_query(text)
