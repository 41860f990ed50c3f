"""Embedding a large ingest on every core: worker processes, each with its own model.

USE's numpy forward pass holds the GIL between BLAS calls, so threads barely help (1.35x on
two cores, measured) while two processes give 1.7x. Starting them costs about a second each
(interpreter, numpy, weights), so only an ingest with many chunks to embed is spread out; a
small one (the bundled corpus, a changed document) runs in this process as before.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from langchain_core.embeddings import Embeddings

from ingest.embed import DEFAULT_EMBEDDER, make_embedder

BATCH = 64
MIN_PARALLEL = 2048  # chunks: below this, starting the workers costs more than they save

_worker: Embeddings | None = None


def _start(spec: str) -> None:
    global _worker
    _worker = make_embedder(spec)


def _embed(texts: list[str]) -> list[list[float]]:
    assert _worker is not None, "worker not initialised"
    return _worker.embed_documents(texts)


class ParallelEmbeddings(Embeddings):
    """`local` for queries and small batches; `workers` processes for large document batches.

    Only USE is spread over processes: a sentence-transformers model already uses every core
    through torch, and one copy of it per process would multiply its memory.
    """

    def __init__(
        self, local: Embeddings, *, spec: str, workers: int, min_parallel: int = MIN_PARALLEL
    ) -> None:
        self.local = local
        self.spec = spec
        self.workers = workers if spec.strip() == DEFAULT_EMBEDDER else 1
        self.min_parallel = min_parallel

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.workers < 2 or len(texts) < self.min_parallel:
            return self.local.embed_documents(texts)
        batches = [texts[i : i + BATCH] for i in range(0, len(texts), BATCH)]
        # spawn, not fork: this process may hold Chroma's and BLAS's threads and locks
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_start, initargs=(self.spec,)
        ) as pool:
            return [vector for batch in pool.map(_embed, batches) for vector in batch]

    def embed_query(self, text: str) -> list[float]:
        return self.local.embed_query(text)
