"""Read a published index generation back: its manifest, documents and chunks."""

from __future__ import annotations

from dataclasses import dataclass

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


def read_index(store: IndexStore) -> IndexSnapshot:
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
    offset = 0
    while True:
        page = collection.get(include=["documents", "metadatas"], limit=5000, offset=offset)
        for chunk_id, text, meta in zip(
            page["ids"], page["documents"] or [], page["metadatas"] or [], strict=True
        ):
            chunks[chunk_id] = Chunk.from_record(text, dict(meta))
        if len(page["ids"]) < 5000:
            break
        offset += 5000
    return IndexSnapshot(generation, manifest, collection, documents, chunks)
