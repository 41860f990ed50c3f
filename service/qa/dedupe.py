"""One statement, several reports: when two reports carry the same words of the same speaker,
an answer cites them once and lists the other reports that carry them.

Two passages are the same statement when the ingest credits them to the same canonical speaker
and, in one language, their words largely coincide (token overlap), or, across languages, their
vectors are close (the embedder puts Arabic and English in one space). The copy in the
question's language is the one quoted; among copies in one language, the better ranked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ingest.normalize import detect_language, normalize
from ingest.read import IndexSnapshot
from service.qa.retrieve import Hit

SAME_WORDS = 0.6  # Jaccard overlap of word sets for same-language copies
SAME_MEANING = 0.8  # cosine of chunk vectors for copies in two languages


@dataclass
class Collapsed:
    hits: list[Hit]
    also: dict[str, list[Hit]] = field(default_factory=dict)  # kept chunk id -> other copies


class DuplicateQuotes:
    """Collapse copies of one statement in a ranked hit list (stage between search and answer)."""

    def __init__(self, snapshot: IndexSnapshot) -> None:
        self.snapshot = snapshot
        self._row = {cid: i for i, cid in enumerate(snapshot.vector_ids)}

    def collapse(self, hits: list[Hit], *, language: str) -> Collapsed:
        kept: list[Hit] = []
        also: dict[str, list[Hit]] = {}
        for hit in hits:
            twin = next((k for k in kept if self._same(k, hit)), None)
            if twin is None:
                kept.append(hit)
                continue
            if self._language(hit) == language != self._language(twin):
                # the question's language wins the quote; the other copy is listed
                kept[kept.index(twin)] = hit
                also[hit.chunk_id] = [twin, *also.pop(twin.chunk_id, [])]
            else:
                also.setdefault(twin.chunk_id, []).append(hit)
        return Collapsed(kept, also)

    def _language(self, hit: Hit) -> str:
        return detect_language(hit.chunk.text)

    def _same(self, a: Hit, b: Hit) -> bool:
        if a.chunk.doc_id == b.chunk.doc_id or not a.chunk.speaker_id:
            return False
        if a.chunk.speaker_id != b.chunk.speaker_id or a.chunk.speaker_id.startswith("report:"):
            return False
        if self._language(a) == self._language(b):
            wa, wb = _words(a.chunk.text), _words(b.chunk.text)
            return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_WORDS
        ra, rb = self._row.get(a.chunk_id), self._row.get(b.chunk_id)
        vectors = self.snapshot.vectors
        if vectors is None or ra is None or rb is None:
            return False
        return float(np.dot(vectors[ra], vectors[rb])) >= SAME_MEANING


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", normalize(text)))
