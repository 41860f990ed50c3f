"""The selector: which retrieved passages an answer quotes, and which sentences of each."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ingest.normalize import keyword_tokens, strip_diacritics
from ingest.read import IndexSnapshot
from ingest.schema import Chunk
from service.qa.retrieve import TOP_FEW, Hit, KeywordIndex


@dataclass(frozen=True)
class AnswerPolicy:
    min_similarity: float
    include_margin: float
    max_citations: int
    # with the reranker (its probability is each hit's score): the shares of the best's
    # probability a further passage needs, to be quoted, or to be quoted for a word it covers
    include_share: float | None = None
    cover_share: float = 0.2
    # with the reranker: the probability a quote after the best needs, whatever its share (a
    # passage that gives the time or number asked, `_with_answer_types`, is exempt)
    min_probability: float = 0.0


class AnswerType(Protocol):
    """What a question asks for ("When ...": a time) and whether a text gives it (the
    gates' own reading, service/qa/gates.py)."""

    def asked(self, question: str) -> bool: ...

    def answers(self, question: str, quoted: str) -> bool: ...


_SENTENCE_END = re.compile(r"^[\"'»”’)\]]*[.!?؟]")


def _words_between(text: str, end: int, start: int) -> bool:
    """Whether the reporter's words stand between two quotable spans (text[end:start]): a
    quote never runs over them ('"A," X, who ..., said. "B."')."""
    return re.search(r"\w", text[end:start]) is not None


def whole_sentences(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """A chunk's quotable spans joined into whole sentences: a span that does not end at a full
    stop (a clause cut at a comma or a reporting verb) runs on into the next one."""
    out: list[tuple[int, int]] = []
    start = None
    for i, (a, b) in enumerate(spans):
        start = a if start is None else start
        last = i == len(spans) - 1
        narration = not last and _words_between(text, b, spans[i + 1][0])
        if last or narration or _SENTENCE_END.match(text[b : b + 4]):
            out.append((start, b))
            start = None
    return out


class Selector:
    """Chooses the passages to quote (best first) and focuses each on its answering sentences."""

    def __init__(
        self,
        *,
        policy: AnswerPolicy,
        snapshot: IndexSnapshot,
        keywords: KeywordIndex | None,
        keyword_query: Callable[[str], str | None],
        answer_types: Sequence[AnswerType] = (),
    ) -> None:
        self.policy = policy
        self.answer_types = answer_types
        self.snapshot = snapshot
        self.keywords = keywords
        self.keyword_query = keyword_query

    def select(self, question: str, language: str, hits: list[Hit]) -> list[Hit]:
        """The best passage, plus others nearly as likely to answer (by the reranker's
        probability, else by cosine), or that cover a word of the question the chosen ones
        lack (a two-part question needs two passages); with the reranker, either also needs
        the policy's `min_probability` of its own."""
        # the reporter's own questions ("سؤال: متى بدأت اللقاءات؟", an explainer's headings) ask,
        # they do not answer: never quoted while a passage that states something is at hand
        stating = [h for h in hits if not _asks(h.chunk)]
        hits = stating or hits
        best = hits[0]
        threshold = max(self.policy.min_similarity, best.similarity - self.policy.include_margin)
        chosen = [best]
        needed: set[str] = set()
        tokens: dict[str, frozenset[str]] = {}
        searched = self.keyword_query(question) if self.keywords is not None else None
        if self.keywords is not None and searched:
            tokens = self.keywords.tokens
            needed = self.keywords.informative(searched) - tokens.get(best.chunk_id, frozenset())
        for hit in hits[1:]:
            if len(chosen) >= self.policy.max_citations:
                break
            gain = needed & tokens.get(hit.chunk_id, frozenset()) if needed else set()
            if not self._likely(hit):
                continue
            if self._close(hit, best, threshold) or (gain and self._covers(hit, best)):
                chosen.append(hit)
                needed -= gain
        return self._with_answer_types(question, hits, chosen)  # best first

    def _with_answer_types(self, question: str, hits: list[Hit], chosen: list[Hit]) -> list[Hit]:
        """The chosen passages, and for each thing the question asks for that none of them
        gives, the best of the top few passages (TOP_FEW) that gives it, in
        place of the last one when the answer is full."""
        for kind in self.answer_types:
            if not kind.asked(question) or kind.answers(question, _text(chosen)):
                continue
            giving = next(
                (
                    h
                    for h in hits[1:TOP_FEW]
                    if h not in chosen
                    and h.similarity >= self.policy.min_similarity
                    and kind.answers(question, _text([h]))
                ),
                None,
            )
            if giving is not None:
                chosen = [*chosen[: self.policy.max_citations - 1], giving]
        return chosen

    def _likely(self, hit: Hit) -> bool:
        """Whether a passage after the best is itself likely enough to answer to be quoted (the
        reranker's probability; always, without the reranker)."""
        return self.policy.include_share is None or hit.score >= self.policy.min_probability

    def _close(self, hit: Hit, best: Hit, threshold: float) -> bool:
        share = self.policy.include_share
        return hit.score >= share * best.score if share is not None else hit.similarity >= threshold

    def _covers(self, hit: Hit, best: Hit) -> bool:
        similar = hit.similarity >= self.policy.min_similarity
        if self.policy.include_share is None:
            return similar
        return similar and hit.score >= self.policy.cover_share * best.score

    def focus(self, question: str, chunk: Chunk) -> list[tuple[int, int]]:
        """The stretches of a chunk to quote, best first: the sentence sharing the most (and the
        rarest) words with the question, with its neighbours that share at least half as much;
        a neighbour the reporter's words cut off ('"A," she said. "B."') is a stretch of its
        own. When no sentence shares a word (a question in the other language), every stretch
        of the speaker's words, in order. A stretch never spans words that are not the
        speaker's."""
        text = self.snapshot.documents[chunk.doc_id].text
        sentences = whole_sentences(text, chunk.sentences)
        if len(sentences) < 2:
            return speech_runs(text, chunk.sentences)
        asked = set(keyword_tokens(self.keyword_query(question) or question))

        def weight(token: str) -> float:
            return self.keywords.idf(token) if self.keywords is not None else 1.0

        scores = [
            sum(weight(t) for t in set(keyword_tokens(text[a:b])) & asked) for a, b in sentences
        ]
        best = max(range(len(scores)), key=lambda i: scores[i])
        if scores[best] <= 0:
            return speech_runs(text, chunk.sentences)
        lo = hi = best

        def joined(i: int) -> bool:  # sentences i and i+1 are one stretch of the speaker's words
            return not _words_between(text, sentences[i][1], sentences[i + 1][0])

        while lo > 0 and scores[lo - 1] >= scores[best] / 2 and joined(lo - 1):
            lo -= 1
        while hi < len(scores) - 1 and scores[hi + 1] >= scores[best] / 2 and joined(hi):
            hi += 1
        focused = [(sentences[lo][0], sentences[hi][1])]
        for i in (lo - 1, hi + 1):  # a neighbour past the reporter's words, on its own
            if 0 <= i < len(scores) and scores[i] >= scores[best] / 2:
                focused.append(sentences[i])
        return focused


def _text(hits: list[Hit]) -> str:
    return strip_diacritics(" ".join(h.chunk.text for h in hits))


def _asks(chunk: Chunk) -> bool:
    """A narration chunk that is only a question."""
    return chunk.speaker_id.startswith("report:") and chunk.text.rstrip(" *_\"'»”").endswith(
        ("?", "؟")
    )


def speech_runs(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """A chunk's quotable spans joined into stretches that no narration interrupts, in order:
    each is one speaker's words and nothing between them ('"A," X, who ..., said. "B."')."""
    runs: list[tuple[int, int]] = []
    for a, b in spans:
        if runs and not _words_between(text, runs[-1][1], a):
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    return runs
