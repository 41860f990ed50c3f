"""Hybrid retrieval: vector search in Chroma fused with an Arabic-aware BM25 index (RRF).

English questions cannot match Arabic words, so for them the fusion leans on the vectors alone;
Arabic questions get both rankings, fused by reciprocal rank.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import bm25s
import numpy as np
from langchain_core.embeddings import Embeddings

from ingest.dates import asked_period, months, nearest_year, parse_year_month
from ingest.embed import part_dimensions, part_query
from ingest.normalize import detect_language, keyword_tokens
from ingest.read import IndexSnapshot
from ingest.schema import Chunk
from service.qa.asked_speaker import asks_who_acted
from service.qa.conversation import embedding_text
from service.qa.glossary import ArabicSynonyms, Glossary
from service.qa.named_speakers import (
    NamedSpeakers,
    asks_whether_said,
    said_content,
    speaker_phrase,
)
from service.qa.rerank import DEPTH as RERANK_DEPTH
from service.qa.rerank import Asked, Passage, Reranker, features

# RRF's k: a small k lets a passage ranked first by one ranking (its speaker's words, its
# month, its keywords) lead. Over the 372 answerable questions of the twelve development sets
# with questions (`python -m eval.retrieval`; recall@1 / recall@5 / MRR@10, then cross-language
# recall@5): k=60 (the usual default) 0.446 / 0.774 / 0.580, xl 0.766; k=30 0.454 / 0.780 /
# 0.588; k=10 0.462 / 0.796 / 0.598; k=5 0.473 / 0.798 / 0.610, xl 0.766; k=2 0.497 / 0.806 /
# 0.622 but xl 0.734. k=5 gains everywhere and loses no cross-language question. With a small k
# the ranking of the asked speaker's words counts twice (`search`), or words closer to the
# question by another speaker lead (tests/test_named_speakers.py); that costs a little: 0.462 /
# 0.793 / 0.603, xl 0.766.
RRF_K = 5
# A question's best passages in the other language are ranked on their own and fused this many
# ranks behind, by the question's language: a multilingual model prefers text in the question's
# language, so an answer only an Arabic report gives an English question rarely reached the top
# 5. Over the 245 answerable questions of eval/corpora/dev, dev4-dev9 (`python -m eval --corpus
# eval/corpora/<set>`, recall@5 Arabic / English / cross-language): none 0.713 / 0.628 / 0.378;
# 10 for both 0.685 / 0.679 / 0.811; 20 for Arabic and 10 for English 0.704 / 0.679 / 0.811;
# 40 for Arabic 0.722 / 0.679 / 0.703. The two offsets are measured choices, not derived.
CROSS_LANGUAGE_OFFSET = {"ar": 20, "en": 10}
# With a fused embedder (`use-m3+e5`), the first model's cosine ranks as above, and each further
# model ranks the question's-language chunks and the other-language chunks on its own; those
# rankings add to the fused score (rank only: thresholds stay on the first model's cosine), the
# other-language one this many ranks ahead. Over the 372 answerable questions of the twelve
# development sets (/tmp probe beside `python -m eval.retrieval`; recall@1 / recall@5 / MRR@10,
# then cross-language recall@1 / recall@5): USE alone 0.465 / 0.801 / 0.607, xl 0.312 / 0.766;
# e5 added over all chunks 0.497 / 0.785 / 0.617, xl 0.234 / 0.500; per language, level
# 0.513 / 0.812 / 0.644, xl 0.391 / 0.734; other language 2 ranks ahead 0.522 / 0.817 / 0.645,
# xl 0.516 / 0.750; 10 behind 0.500 / 0.804 / 0.628, xl 0.281 / 0.672. One vector space of the
# two (cosines averaged) 0.495 / 0.804 / 0.623, xl 0.344 / 0.719. e5 prefers text in the
# question's language even more than USE does, hence its pools.
FURTHER_MODEL_OTHER_LANGUAGE_OFFSET = -2
# The first passages of a ranking that the stages after it read beyond the first: the
# similarity gate (for a rare word of the question) and the selector (for a passage that gives
# the time or number asked). Tuned when the reranker reordered this many; it no longer follows
# the reranker's window (service/qa/rerank.py WITHIN), which reorders more.
TOP_FEW = 5


@dataclass(frozen=True)
class Hit:
    chunk_id: str
    chunk: Chunk
    similarity: float  # cosine similarity to the question (vector side); -1 when unknown
    keyword: float  # BM25 score (0 when not matched)
    score: float  # fused score used for the ranking (the reranker's probability once reranked)
    # each model's cosine when the index was built by a fused embedder (empty otherwise)
    part_similarities: tuple[float, ...] = ()


@dataclass(frozen=True)
class Retrieval:
    hits: list[Hit]
    embed_ms: float
    search_ms: float


class KeywordIndex:
    """BM25 over normalised, stemmed chunk text (bm25s, in memory)."""

    def __init__(self, ids: list[str], texts: list[str]) -> None:
        self.ids = ids
        self._bm25 = bm25s.BM25()
        corpus = [keyword_tokens(t) or ["_"] for t in texts]
        self._bm25.index(corpus, show_progress=False)
        self.tokens = {i: frozenset(tokens) for i, tokens in zip(ids, corpus, strict=True)}
        self.vocabulary = frozenset(t for tokens in corpus for t in tokens)
        self._df: Counter[str] = Counter(t for tokens in self.tokens.values() for t in tokens)

    def informative(self, text: str, *, max_share: float = 0.3) -> set[str]:
        """The words of `text` that occur in the corpus, but not in most of it."""
        limit = max(1.0, max_share * len(self.ids))
        return {t for t in keyword_tokens(text) if 0 < self._df[t] <= limit}

    def idf(self, token: str) -> float:
        """BM25's inverse document frequency of a token (0 for one the index never uses)."""
        n = self._df.get(token, 0)
        return math.log(1 + (len(self.ids) - n + 0.5) / (n + 0.5)) if n else 0.0

    def search(self, query: str, *, k: int) -> list[tuple[str, float]]:
        tokens = keyword_tokens(query)
        if not tokens or not self.ids:
            return []
        # get_scores + a partial sort: bm25s.retrieve builds progress bars and thread pools
        # per call even when told not to show them, which costs more than the scoring here.
        scores = self._bm25.get_scores(tokens)
        k = min(k, len(self.ids))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[int(i)], float(scores[i])) for i in top if scores[i] > 0]


class HybridSearch:
    """Embeds the question once, queries Chroma and BM25, and fuses the two rankings."""

    def __init__(
        self,
        snapshot: IndexSnapshot,
        embeddings: Embeddings,
        *,
        hybrid: bool,
        glossary: Glossary | None = None,
        synonyms: ArabicSynonyms | None = None,
        reranker: Reranker | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.embeddings = embeddings
        self.reranker = reranker
        self.glossary = glossary
        self.synonyms = synonyms
        ids = list(snapshot.chunks)
        self.named_speakers = NamedSpeakers(snapshot)
        # in-memory vector rows by speaker, and chunks by the month they are about
        self._rows_by_speaker: dict[str, list[int]] = {}
        row_of = {chunk_id: row for row, chunk_id in enumerate(snapshot.vector_ids)}
        for chunk_id, chunk in snapshot.chunks.items():
            if chunk_id in row_of:
                self._rows_by_speaker.setdefault(chunk.speaker_id, []).append(row_of[chunk_id])
        self._by_month: dict[int, list[tuple[str, int | None]]] = {}
        self._month_of: dict[str, int] = {}
        for chunk_id, (month, year) in chunk_periods(snapshot).items():
            self._by_month.setdefault(month, []).append((chunk_id, year))
            self._month_of[chunk_id] = month
        self._row_of = row_of
        # for a question in each language the index holds, the documents in the others and
        # their in-memory vector rows (no rows when Chroma searches); none with one language
        docs_by_language: dict[str, set[str]] = {}
        rows_by_language: dict[str, list[int]] = {}
        for chunk_id, chunk in snapshot.chunks.items():
            doc = snapshot.documents.get(chunk.doc_id)
            if doc is not None:
                docs_by_language.setdefault(doc.language, set()).add(chunk.doc_id)
                if chunk_id in row_of:
                    rows_by_language.setdefault(doc.language, []).append(row_of[chunk_id])

        def pool(languages: set[str]) -> tuple[list[str], list[int]]:
            return (
                sorted(d for lang in languages for d in docs_by_language[lang]),
                sorted(r for lang in languages for r in rows_by_language.get(lang, [])),
            )

        several = len(docs_by_language) > 1
        self._same_language_pool = {
            language: pool({language}) for language in docs_by_language if several
        }
        self._other_language_pool = {
            language: pool(set(docs_by_language) - {language})
            for language in docs_by_language
            if several
        }
        # each model's share of a stored vector when the index was built by a fused embedder
        self.dimensions = part_dimensions(snapshot.manifest.embedder)
        self._scale = math.sqrt(len(self.dimensions)) if self.dimensions else 1.0
        # the corpus's words as the one analyser reads them: the gates, the selector and the
        # reranker's features read them whether or not keyword search is fused (`hybrid`)
        self.hybrid = hybrid
        self.keywords = KeywordIndex(ids, [snapshot.chunks[i].text for i in ids])
        # asked by search, then by the answerer (twice for some questions): computed once
        self.keyword_query = functools.lru_cache(maxsize=4096)(self._keyword_query)

    def _keyword_query(self, query: str) -> str | None:
        """What keyword search looks for: an Arabic question with the report's words for its
        synonyms added, an English one in its own words and through the glossary."""
        if detect_language(query) == "ar":
            extra = self.synonyms.report_words(query) if self.synonyms is not None else []
            return " ".join([query, *extra])
        terms = self.glossary.arabic(query) if self.glossary is not None else []
        # its own words too: they reach English reports (a corpus of Arabic ones has none of
        # them, so they change nothing there)
        return (
            " ".join([query, *terms])
            if any(t.isascii() for t in keyword_tokens(query))
            else (" ".join(terms) or None)
        )

    def search(self, query: str | list[str], *, k: int) -> Retrieval:
        """Search one query, or several (a follow-up and its context), fused into one ranking."""
        queries = [query] if isinstance(query, str) else list(query)
        content = said_content(queries[-1])
        if content is not None:
            queries.insert(len(queries) - 1, content)  # "Did X say Y?": Y decides who said it
        started = time.perf_counter()
        embedded_queries = [
            np.asarray(self.embeddings.embed_query(embedding_text(q))) for q in queries
        ]
        embedded = time.perf_counter()
        # the first model's part ranks (and gives the cosine every threshold reads)
        vectors = [self._part(v, 0) for v in embedded_queries]
        depth = min(max(k * 4, 20), len(self.snapshot.chunks))
        # "Did X say Y?": Y's words rank (the question's own words name X, and would rank X's
        # other words first); the question still gives the similarity the thresholds read. A
        # follow-up ("And did he say Y?") keeps its context, which says who "he" is.
        searched = queries[:-1] if content is not None and len(queries) == 2 else queries
        rankings = self._ranked(vectors[: len(searched)], depth)
        period = asked_period(queries[-1])
        if period is not None:
            # "the August 2025 round": that period's passages are ranked on their own too
            rankings += self._period_rankings(vectors[-1:], depth, period)
        # A question that names a speaker ("What did Netanyahu's office say ...") also ranks
        # that speaker's own words.
        named = self.named_speakers.asked(queries[-1])
        if named and not asks_whether_said(queries[-1]):
            rows = [r for speaker in named for r in self._rows_by_speaker.get(speaker, [])]
            where = {"speaker_id": {"$in": sorted(named)}}
            # counted twice: the speaker asked for leads even where another speaker's words
            # share more of the question's words (a ranking of one speaker's words is short)
            rankings += 2 * self._ranked(vectors[-1:], depth, rows=rows, where=where)
        keyword_queries = [self.keyword_query(q) for q in searched] if self.hybrid else []
        keyword_rankings = [self.keywords.search(q, k=depth) for q in keyword_queries if q]
        language = detect_language(queries[-1])
        further = [
            (ranking, offset)
            for part in range(1, len(self.dimensions))
            for ranking, offset in self._per_language(
                self._part(embedded_queries[-1], part), depth, language
            )
        ]
        hits = _fuse(
            self.snapshot,
            rankings,
            keyword_rankings,
            behind=self._other_language(vectors[-1], depth, language),
            offset=CROSS_LANGUAGE_OFFSET.get(language, 10),
            further=further,
        )[: max(k, RERANK_DEPTH) if self.reranker is not None else k]
        hits = self._with_similarities(hits, embedded_queries[-1])
        if self.reranker is not None:
            # features over the fused top DEPTH (as trained); only the top WITHIN are reordered,
            # so nothing the fusion ranked lower comes in
            x = self.features(queries[-1], hits, named=named)
            first = self.asks_named_words(queries[-1], named=named)
            hits = self.reranker.rerank(hits, x, speakers_first=first)[:k]
        done = time.perf_counter()
        return Retrieval(hits, (embedded - started) * 1000, (done - embedded) * 1000)

    def asks_named_words(self, question: str, *, named: frozenset[str]) -> bool:
        """Whether the question asks for the words of a speaker it names ("What did X say",
        "According to X, ..."), not only mentions one ("Who said the US would ...?"); `named`
        is `self.named_speakers.asked(question)`."""
        return (
            bool(named) and speaker_phrase(question) is not None and not asks_whether_said(question)
        )

    def features(self, question: str, hits: list[Hit], *, named: frozenset[str]) -> np.ndarray:
        """The reranker's features of each hit for the question (service/qa/rerank.py);
        `named` is `self.named_speakers.asked(question)`."""
        searched = self.keyword_query(question) or question
        words = {t: self.keywords.idf(t) for t in set(keyword_tokens(searched))}
        period = asked_period(question)
        asked = Asked(
            language=detect_language(question),
            # "Did X say Y?" asks who said Y: X's words are not the ones asked for
            speakers=frozenset() if asks_whether_said(question) else named,
            month=period[0] if period is not None else None,
            words=words,
            who_acted=asks_who_acted(question),
        )
        tokens = self.keywords.tokens

        def passage(hit: Hit) -> Passage:
            doc = self.snapshot.documents.get(hit.chunk.doc_id)
            return Passage(
                language=doc.language if doc is not None else "",
                month=self._month_of.get(hit.chunk_id),
                tokens=tokens.get(hit.chunk_id, frozenset()),
            )

        return features(hits, asked=asked, passage=passage)

    def _with_similarities(self, hits: list[Hit], query: np.ndarray) -> list[Hit]:
        """The hits with each model's cosine (`part_similarities`), and the first model's as
        `similarity` (the one the thresholds read) for a hit only a further model ranked."""
        if not hits:
            return hits
        stored = self._stored_vectors([h.chunk_id for h in hits])
        if stored is None:
            return hits
        parts = [
            np.asarray(self._part(query, part), dtype=np.float32)
            for part in range(max(len(self.dimensions), 1))
        ]
        cosines = np.stack([stored @ p for p in parts], axis=1) * self._scale
        out = []
        for hit, row in zip(hits, cosines, strict=True):
            similarity = hit.similarity if hit.similarity > -1.0 else float(row[0])
            out.append(
                dataclasses.replace(
                    hit,
                    similarity=similarity,
                    part_similarities=tuple(float(c) for c in row) if self.dimensions else (),
                )
            )
        return out

    def _stored_vectors(self, chunk_ids: list[str]) -> np.ndarray | None:
        """The stored vectors of these chunks, shape (len(chunk_ids), dimensions): from memory,
        or from Chroma for an index too large to hold; None when one is missing."""
        snap = self.snapshot
        if snap.vectors is not None:
            rows = [self._row_of.get(i) for i in chunk_ids]
            if any(r is None for r in rows):
                return None
            return np.asarray(snap.vectors[[cast(int, r) for r in rows]], dtype=np.float32)
        found = snap.collection.get(ids=chunk_ids, include=["embeddings"])
        embeddings = found["embeddings"]
        by_id = dict(zip(found["ids"], [] if embeddings is None else embeddings, strict=True))
        if any(i not in by_id for i in chunk_ids):
            return None
        return np.asarray([by_id[i] for i in chunk_ids], dtype=np.float32)

    def _part(self, vector: np.ndarray, part: int) -> list[float]:
        """The query for one model's part of a fused vector (the vector itself otherwise)."""
        if not self.dimensions:
            return vector.tolist()  # type: ignore[no-any-return]
        return part_query(vector, self.dimensions, part).tolist()  # type: ignore[no-any-return]

    def _per_language(
        self, vector: list[float], depth: int, language: str
    ) -> list[tuple[list[tuple[str, float]], int]]:
        """A further model's rankings with their offsets: the question's-language chunks and
        the other-language chunks on their own, or all chunks when the index has one
        language."""
        other = self._other_language_pool.get(language)
        same = self._same_language_pool.get(language)
        if other is None or same is None:
            return [(ranking, 0) for ranking in self._ranked([vector], depth)]
        out = []
        for (docs, rows), offset in ((same, 0), (other, FURTHER_MODEL_OTHER_LANGUAGE_OFFSET)):
            where = {"doc_id": {"$in": docs}}
            out += [(r, offset) for r in self._ranked([vector], depth, rows=rows, where=where)]
        return out

    def _other_language(
        self, vector: list[float], depth: int, language: str
    ) -> list[list[tuple[str, float]]]:
        """The cosine ranking of the chunks of documents in another language than the
        question's (none unless the index holds documents in both)."""
        pool = self._other_language_pool.get(language)
        if pool is None:
            return []  # one language only: the main ranking already is this one
        docs, rows = pool
        return self._ranked([vector], depth, rows=rows, where={"doc_id": {"$in": docs}})

    def _period_rankings(
        self, vectors: list[list[float]], depth: int, period: tuple[int, int | None]
    ) -> list[list[tuple[str, float]]]:
        """Cosine rankings over the chunks about the asked month (and year, when both name
        one)."""
        month, year = period
        ids = {
            chunk_id
            for chunk_id, y in self._by_month.get(month, [])
            if year is None or y is None or y == year
        }
        if not ids:
            return []
        docs = sorted({self.snapshot.chunks[i].doc_id for i in ids})
        where = {"doc_id": {"$in": docs}}
        rows = [self._row_of[i] for i in ids if i in self._row_of]
        return self._ranked(vectors, depth, rows=rows, where=where, keep=ids)

    def _ranked(
        self,
        vectors: list[list[float]],
        depth: int,
        *,
        rows: list[int] | None = None,
        where: dict[str, Any] | None = None,
        keep: set[str] | None = None,
    ) -> list[list[tuple[str, float]]]:
        """Cosine rankings, best first: exact search over the in-memory vectors (`rows` of them,
        or all) for an index small enough to hold, else Chroma's HNSW (filtered by `where`, and
        to the chunk ids in `keep`)."""
        snap = self.snapshot
        if snap.vectors is not None:
            if rows is not None and not rows:
                return []
            index = np.asarray(sorted(rows)) if rows is not None else np.arange(len(snap.vectors))
            subset = snap.vectors[index]
            out = []
            for v in vectors:
                sims = subset @ np.asarray(v, dtype=np.float32)
                n = min(depth, len(sims))
                top = np.argpartition(-sims, n - 1)[:n] if n < len(sims) else np.arange(len(sims))
                top = top[np.argsort(-sims[top], kind="stable")]
                out.append(
                    [(snap.vector_ids[int(index[i])], float(sims[i]) * self._scale) for i in top]
                )
            return out
        found = snap.collection.query(
            query_embeddings=np.asarray(vectors, dtype=np.float32),
            n_results=depth,
            where=cast(Any, where),
            include=["distances"],
        )
        return [
            [
                (chunk_id, (1.0 - float(d)) * self._scale)
                for chunk_id, d in zip(ids, dists, strict=True)
                if keep is None or chunk_id in keep
            ]
            for ids, dists in zip(found["ids"], found["distances"] or [], strict=True)
        ]


def chunk_periods(snapshot: IndexSnapshot) -> dict[str, tuple[int, int | None]]:
    """The month (and year) each chunk is about: the last month its report names at or before
    the chunk's end, else the report's first; a month named without a year is the one nearest
    the month the report was written in (`Document.date`, `nearest_year`); with no such date
    it keeps the year of the mention just before when that names the same month ("August 2025
    ... on 19 August"), else it has none and matches any year. Chunks of a report that names no
    month have none."""
    out: dict[str, tuple[int, int | None]] = {}
    by_doc: dict[str, list[tuple[str, Chunk]]] = {}
    for chunk_id, chunk in snapshot.chunks.items():
        by_doc.setdefault(chunk.doc_id, []).append((chunk_id, chunk))
    for doc_id, chunks in by_doc.items():
        doc = snapshot.documents.get(doc_id)
        named = months(doc.text) if doc is not None else []
        if not named:
            continue
        written = parse_year_month(doc.date) if doc is not None else None
        dated: list[tuple[int, int, int | None]] = []
        year = None
        for m in named:
            if m.year is not None:
                year = m.year
            elif written is not None:
                year = nearest_year(m.month, written)
            elif not dated or m.month != dated[-1][1]:
                year = None  # another month, of a year the report does not say: any year
            dated.append((m.at, m.month, year))
        for chunk_id, chunk in chunks:
            before = [d for d in dated if d[0] < chunk.end]
            _, month, y = before[-1] if before else dated[0]
            out[chunk_id] = (month, y)
    return out


def _fuse(
    snapshot: IndexSnapshot,
    vector_rankings: list[list[tuple[str, float]]],
    keyword_rankings: list[list[tuple[str, float]]],
    *,
    behind: Sequence[list[tuple[str, float]]] = (),
    offset: int = 0,
    further: Sequence[tuple[list[tuple[str, float]], int]] = (),
) -> list[Hit]:
    """Reciprocal rank fusion; a passage keeps its best similarity and keyword score. The
    `behind` rankings (vector) count as if `offset` ranks lower; each `further` ranking (another
    model's, with its own offset) adds to the score only."""
    scores: dict[str, float] = {}
    similarity: dict[str, float] = {}
    keyword: dict[str, float] = {}
    for rankings, best, behind_by in (
        (vector_rankings, similarity, 0),
        (keyword_rankings, keyword, 0),
        (behind, similarity, offset),
    ):
        for ranking in rankings:
            for rank, (chunk_id, value) in enumerate(ranking):
                scores[chunk_id] = scores.get(chunk_id, 0.0) + 1.0 / (RRF_K + behind_by + rank + 1)
                best[chunk_id] = max(best.get(chunk_id, value), value)
    for ranking, further_by in further:
        for rank, (chunk_id, _) in enumerate(ranking):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + 1.0 / (RRF_K + further_by + rank + 1)
    ranked = sorted(scores, key=lambda i: (-scores[i], -similarity.get(i, -1.0)))
    return [
        Hit(i, snapshot.chunks[i], similarity.get(i, -1.0), keyword.get(i, 0.0), scores[i])
        for i in ranked
        if i in snapshot.chunks
    ]
