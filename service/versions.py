"""Source versions: which text a citation's offsets index, and where that text is still kept.

A version is the sha256 of a document's text (UTF-8), so a client can check it by hashing the
`text` it reads. A citation stays readable while an index generation that holds its version is
retained (the store keeps the served one and the ones before it); after that it is gone.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from functools import lru_cache

from ingest.schema import Document, document_from_record
from ingest.store import IndexStore

log = logging.getLogger("service")


@lru_cache(maxsize=4096)
def text_version(text: str) -> str:
    """Cached: every citation of an answer hashes its document's text (the same object)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SourceVersions:
    """Finds a source's text by version across the retained generations of a store."""

    def __init__(self, store: IndexStore) -> None:
        self.store = store
        # A generation never changes once published: what was read from it stays true.
        self._read: dict[tuple[str, str], Document] = {}
        self._lock = threading.Lock()

    def find(self, source_id: str, version: str, *, skip: str | None = None) -> Document | None:
        """The document `source_id` whose text has this version, from the newest retained
        generation (other than `skip`, already searched) that holds it; None when none does."""
        retained = self.store.retained()
        with self._lock:  # forget what pruned generations held
            for gone in [k for k in self._read if k[0] not in retained]:
                del self._read[gone]
        for generation in retained:
            if generation == skip:
                continue
            doc = self._document(generation, source_id)
            if doc is not None and text_version(doc.text) == version:
                return doc
        return None

    def _document(self, generation: str, source_id: str) -> Document | None:
        with self._lock:
            known = self._read.get((generation, source_id))
        if known is not None:
            return known
        try:
            client = self.store.client(generation)
            docs = client.get_collection(self.store.docs_name(generation), embedding_function=None)
            got = docs.get(ids=[source_id], include=["documents", "metadatas"])
        except Exception as exc:  # pruned meanwhile, or never complete: it holds nothing
            log.info("generation %s could not be read: %s", generation, exc)
            return None
        doc = None
        if got["ids"]:
            text = (got["documents"] or [""])[0]
            meta = (got["metadatas"] or [{}])[0]
            doc = document_from_record(source_id, text, dict(meta))
        if doc is not None:  # only what exists: asking for made-up ids must not grow this
            with self._lock:
                self._read[(generation, source_id)] = doc
        return doc
