"""Build the index from a corpus: chunk, embed what is new, reuse what is unchanged, switch.

Idempotent: chunk ids are content hashes, so an unchanged corpus embeds nothing and publishes
nothing; a changed document's chunks are replaced and a removed document's chunks disappear,
because the new generation holds exactly the chunks of the corpus as it is now.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from langchain_core.embeddings import Embeddings

from ingest.chunk import chunk_document
from ingest.load import CorpusError, load_corpus
from ingest.parallel import ParallelEmbeddings
from ingest.progress import Progress
from ingest.schema import Chunk, Document, document_metadata
from ingest.store import INDEX_FORMAT, IndexNotReady, IndexStore, Manifest

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH = 512


@dataclass(frozen=True)
class IngestReport:
    generation: str | None  # the generation now served
    changed: bool  # False when the corpus and embedder were unchanged: nothing was written
    documents: int
    chunks: int
    embedded: int  # chunks whose vectors were computed in this run
    reused: int  # chunks whose vectors were copied from the previous generation
    removed: int  # chunks of the previous generation that are gone
    seconds: float
    # what attribution noticed: planted instructions, reports with no speaker
    warnings: tuple[str, ...] = ()


def _batches(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _previous(store: IndexStore, *, embedder: str) -> tuple[str | None, set[str], dict[str, str]]:
    """The served generation, its chunk ids (if built by the same embedder), and doc hashes."""
    generation = store.current()
    if generation is None:
        return None, set(), {}
    client = store.client(generation)
    try:
        chunks = client.get_collection(store.chunks_name(generation), embedding_function=None)
        manifest = Manifest.from_metadata(chunks.metadata)
        docs = client.get_collection(store.docs_name(generation), embedding_function=None)
    except (IndexNotReady, ValueError, Exception) as exc:  # a damaged old index: rebuild fully
        log.warning("previous index %s unreadable (%s): rebuilding from scratch", generation, exc)
        return generation, set(), {}
    if manifest.embedder != embedder or manifest.format != INDEX_FORMAT:
        log.info("previous index built by %s: re-embedding everything", manifest.embedder)
        return generation, set(), {}
    ids = set(chunks.get(include=[])["ids"])
    got = docs.get(include=["metadatas"])
    hashes = {i: str(m["sha256"]) for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)}
    return generation, ids, hashes


def build_index(
    paths: Iterable[Path],
    *,
    store: IndexStore,
    embeddings: Embeddings,
    embedder: str,
    chunk_size: int,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest the reports under `paths` into `store`, publishing a new generation if needed."""
    progress = progress or Progress()
    try:
        return _build(
            paths,
            store=store,
            embeddings=embeddings,
            embedder=embedder,
            chunk_size=chunk_size,
            progress=progress,
        )
    finally:
        progress.close()


def _build(
    paths: Iterable[Path],
    *,
    store: IndexStore,
    embeddings: Embeddings,
    embedder: str,
    chunk_size: int,
    progress: Progress,
) -> IngestReport:
    started = time.perf_counter()
    docs = load_corpus(list(paths), progress=progress)
    if not docs:
        raise CorpusError("no readable .txt or .md reports found: nothing to index")
    chunks = _unique([c for d in docs for c in chunk_document(d, size=chunk_size)])

    with store.writer_lock():
        previous, old_ids, old_hashes = _previous(store, embedder=embedder)
        new_ids = {c.id for c in chunks}
        new_hashes = {d.id: d.sha256 for d in docs}
        if previous and old_ids == new_ids and old_hashes == new_hashes:
            log.info("index %s is up to date: nothing to embed", previous)
            return IngestReport(
                previous,
                False,
                len(docs),
                len(chunks),
                0,
                len(chunks),
                0,
                time.perf_counter() - started,
                tuple(w for d in docs for w in d.warnings),
            )

        generation = store.begin()
        try:
            reused = _write(
                store,
                generation,
                previous=previous,
                old_ids=old_ids,
                docs=docs,
                chunks=chunks,
                embeddings=embeddings,
                embedder=embedder,
                chunk_size=chunk_size,
                progress=progress,
            )
            store.publish(generation)
        except BaseException:
            store.discard(generation)
            raise
        store.prune()
    report = IngestReport(
        generation=generation,
        changed=True,
        documents=len(docs),
        chunks=len(chunks),
        embedded=len(chunks) - reused,
        reused=reused,
        removed=len(old_ids - new_ids),
        seconds=time.perf_counter() - started,
        warnings=tuple(w for d in docs for w in d.warnings),
    )
    log.info("published index %s: %s", generation, report)
    return report


def _unique(chunks: list[Chunk]) -> list[Chunk]:
    seen: dict[str, Chunk] = {}
    for chunk in chunks:
        seen.setdefault(chunk.id, chunk)
    return list(seen.values())


def _write(
    store: IndexStore,
    generation: str,
    *,
    previous: str | None,
    old_ids: set[str],
    docs: list[Document],
    chunks: list[Chunk],
    embeddings: Embeddings,
    embedder: str,
    chunk_size: int,
    progress: Progress,
) -> int:
    vectors: dict[str, list[float]] = {}
    reusable = [c.id for c in chunks if c.id in old_ids]
    if previous and reusable:
        old = store.client(previous).get_collection(
            store.chunks_name(previous), embedding_function=None
        )
        for id_batch in _batches(reusable):
            got = old.get(ids=list(id_batch), include=["embeddings"])
            for chunk_id, vector in zip(got["ids"], got["embeddings"], strict=True):  # type: ignore[arg-type]
                vectors[chunk_id] = [float(x) for x in vector]
    missing = [c for c in chunks if c.id not in vectors]
    progress.stage(
        "embedding chunks", total=len(missing), detail=f"{len(chunks) - len(missing)} reused"
    )
    texts = [embedding_text(c) for c in missing]
    for chunk, vector in zip(missing, _embed(embeddings, texts, progress), strict=True):
        vectors[chunk.id] = vector
    progress.stage("writing the index", total=len(chunks) + len(docs))

    dimension = len(next(iter(vectors.values())))
    manifest = Manifest(
        generation=generation,
        embedder=embedder,
        dimension=dimension,
        chunk_size=chunk_size,
        created=time.time(),
        chunks=len(chunks),
        documents=len(docs),
    )
    client = store.client(generation)
    collection = client.create_collection(
        store.chunks_name(generation), metadata=manifest.to_metadata(), embedding_function=None
    )
    for batch in _batches(chunks):
        collection.add(
            ids=[c.id for c in batch],
            embeddings=[vectors[c.id] for c in batch],  # type: ignore[arg-type]
            documents=[c.text for c in batch],
            metadatas=[c.to_metadata() for c in batch],
        )
        progress.advance(len(batch))
    doc_collection = client.create_collection(
        store.docs_name(generation), metadata={"generation": generation}, embedding_function=None
    )
    for doc_batch in _batches(docs, 64):
        doc_collection.add(
            ids=[d.id for d in doc_batch],
            # documents are looked up by id, not by vector
            embeddings=np.ones((len(doc_batch), 1), dtype=np.float32),
            documents=[d.text for d in doc_batch],
            metadatas=[document_metadata(d) for d in doc_batch],
        )
        progress.advance(len(doc_batch))
    return len(chunks) - len(missing)


def _embed(embeddings: Embeddings, texts: list[str], progress: Progress) -> list[list[float]]:
    """Everything new in one call when the embedder spreads it over processes itself (it
    reports each batch done); otherwise in slices, reporting each."""
    if isinstance(embeddings, ParallelEmbeddings):
        return embeddings.embed_documents(texts, on_done=progress.advance)
    out: list[list[float]] = []
    for batch in _batches(texts, 256):
        out.extend(embeddings.embed_documents(list(batch)))
        progress.advance(len(batch))
    return out


def describe(report: IngestReport) -> dict[str, Any]:
    return dict(report.__dict__)


def embedding_text(chunk: Chunk) -> str:
    """What the vector represents: the passage, introduced by who says it (in English,
    which measured best for both Arabic and English questions), then its paragraph.

    Questions often name the speaker ("what did Netanyahu's office say..."), and the passage
    alone rarely does. The paragraph is there for short fragments (ingest.chunk.SHORT_CHARS):
    recall@5 0.632 -> 0.676 on dev5 and 0.918 -> 0.923 on the bundled set, MRR 0.759 -> 0.769
    on the bundled set (`python -m eval --corpus eval/corpora/dev5`, `python -m eval`).
    """
    section = f"{chunk.section} — " if chunk.section else ""
    context = f" ({chunk.context})" if chunk.context else ""
    return f"{chunk.speaker_en}: {section}{chunk.text}{context}"
