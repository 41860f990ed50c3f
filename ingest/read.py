"""Read a published index generation back: its manifest, documents and chunks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from chromadb.api.models.Collection import Collection

from ingest.schema import Chunk, Document, document_from_record
from ingest.store import IndexNotReady, IndexStore, Manifest


@dataclass(frozen=True)
class IndexSnapshot:
    """Everything the service needs from one generation, loaded once."""

    generation: str
    manifest: Manifest
    collection: Collection  # for vector queries
    documents: dict[str, Document]
    chunks: dict[str, Chunk]
    # Unit vectors of every chunk (row i is vector_ids[i]) when the index is small enough for an
    # exact in-memory search, which is faster than a Chroma query at that size; else None.
    vectors: np.ndarray | None = None
    vector_ids: tuple[str, ...] = ()


EXACT_SEARCH_MAX_CHUNKS = 20_000
PAGE = 5000  # chunks read per Chroma call  # 512 float32 each: 40 MB at most


def read_index(store: IndexStore, *, exact_max_chunks: int | None = None) -> IndexSnapshot:
    """Load the served generation; its vectors too when it has at most `exact_max_chunks`
    chunks (default EXACT_SEARCH_MAX_CHUNKS), so that it is searched in memory and keeps
    answering while the store is down."""
    if exact_max_chunks is None:
        exact_max_chunks = EXACT_SEARCH_MAX_CHUNKS
    generation = store.current()
    if generation is None:
        raise IndexNotReady(f"no index has been published in the {store.describe()}")
    client = store.client(generation)
    try:
        collection = client.get_collection(store.chunks_name(generation), embedding_function=None)
        docs = client.get_collection(store.docs_name(generation), embedding_function=None)
    except Exception as exc:  # chroma raises NotFoundError / ValueError by version
        raise IndexNotReady(f"index generation {generation} is incomplete: {exc}") from exc
    manifest = Manifest.from_metadata(collection.metadata)
    got = docs.get(include=["documents", "metadatas"])
    documents = {
        doc_id: document_from_record(doc_id, text, dict(meta))
        for doc_id, text, meta in zip(
            got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True
        )
    }
    chunks: dict[str, Chunk] = {}
    exact = manifest.chunks <= exact_max_chunks
    include: list[Any] = ["documents", "metadatas", *(["embeddings"] if exact else [])]
    rows: list[np.ndarray] = []
    offset = 0
    while True:
        page = collection.get(include=include, limit=PAGE, offset=offset)
        if not page["ids"]:
            break
        for chunk_id, text, meta in zip(
            page["ids"], page["documents"] or [], page["metadatas"] or [], strict=True
        ):
            chunks[chunk_id] = Chunk.from_record(text, dict(meta))
        if exact:
            rows.append(
                np.asarray(page["embeddings"], dtype=np.float32).reshape(len(page["ids"]), -1)
            )
        if len(page["ids"]) < PAGE:
            break
        offset += PAGE
    vectors = None
    if exact and chunks:
        vectors = np.concatenate(rows)
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return IndexSnapshot(
        generation, manifest, collection, documents, chunks, vectors, tuple(chunks) if exact else ()
    )
