"""The extractive answerer: quote the passages that answer, name who said them, or abstain.

No language model: every word of substance in an answer is a verbatim quote of the source, so
the answer cannot claim what the statements do not say. The frames around the quotes come from
prompts/, in the question's language.

A pipeline: duplicates collapsed and speakers put before narration, then the gates (the first
refusal wins), the selector (which passages, which of their sentences) and the framer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ingest.normalize import detect_language
from ingest.read import IndexSnapshot
from ingest.schema import Chunk
from service.models import AlsoIn, Citation
from service.qa.asked_speaker import UnquotedSpeaker, asks_who_acted
from service.qa.dedupe import DuplicateQuotes
from service.qa.entities import UnknownEntities
from service.qa.frame import Framer, Frames
from service.qa.gates import (
    AsksAppointeeGate,
    AsksDuration,
    AsksFutureTimeGate,
    AsksNameGate,
    AsksNumberGate,
    AsksPlaceGate,
    AsksTimeGate,
    Gate,
    Refusal,
    SimilarityGate,
    UnknownEntityGate,
    UnquotedSpeakerGate,
    WhyEventGate,
    WhyPresuppositionGate,
    sentences_around,
)
from service.qa.glossary import ArabicSynonyms, Glossary
from service.qa.named_speakers import NamedSpeakers
from service.qa.retrieve import Hit, KeywordIndex
from service.qa.select import AnswerPolicy, Selector, speech_runs
from service.versions import text_version

__all__ = ["AnswerPolicy", "Draft", "ExtractiveAnswerer", "Frames", "citation_for", "default_gates"]


@dataclass
class Draft:
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    nearest: list[Citation] = field(default_factory=list)
    reason: str | None = None


def _quote_span(chunk: Chunk, text: str) -> tuple[int, int]:
    """The chunk's first stretch of spoken words (the whole chunk when it has none marked)."""
    runs = speech_runs(text, chunk.sentences)
    return runs[0] if runs else (chunk.start, chunk.end)


def _also_in(hit: Hit, snapshot: IndexSnapshot) -> AlsoIn:
    """Another report carrying the same words: its first stretch of them, as a source span."""
    text = snapshot.documents[hit.chunk.doc_id].text
    start, end = _quote_span(hit.chunk, text)
    return AlsoIn(
        source_id=hit.chunk.doc_id,
        start=start,
        end=end,
        speaker_id=hit.chunk.speaker_id,
        source_version=text_version(text),
    )


def citation_for(
    hit: Hit,
    n: int,
    snapshot: IndexSnapshot,
    *,
    also: list[Hit] | None = None,
    span: tuple[int, int] | None = None,
) -> Citation:
    """The chunk's spoken words (lead-in and quote marks trimmed) as an exact source span, or
    the given `span` of them (document offsets)."""
    chunk = hit.chunk
    text = snapshot.documents[chunk.doc_id].text
    start, end = span or _quote_span(chunk, text)
    return Citation(
        n=n,
        source_id=chunk.doc_id,
        statement_id=chunk.statement_id,
        speaker=chunk.speaker,
        speaker_en=chunk.speaker_en,
        speaker_id=chunk.speaker_id,
        quote=text[start:end],
        start=start,
        end=end,
        source_version=text_version(text),
        paragraph=chunk.paragraph,
        chunk_id=hit.chunk_id,
        score=round(hit.similarity, 4),
        also_in=[_also_in(h, snapshot) for h in also or []],
    )


def _speakers_first(hits: list[Hit], *, margin: float) -> list[Hit]:
    """A speaker's own words before the reporter's narration about them, when the two are
    about as close to the question (within `margin` of cosine): the answer quotes who said it."""
    ordered = list(hits)
    for i in range(len(ordered) - 1):
        if not ordered[i].chunk.speaker_id.startswith("report:"):
            continue
        for j in range(i + 1, min(len(ordered), i + 4)):
            quote = ordered[j]
            if not quote.chunk.speaker_id.startswith("report:") and (
                quote.similarity >= ordered[i].similarity - margin
            ):
                ordered.insert(i, ordered.pop(j))
                break
    return ordered


def default_gates(
    *,
    unknown: UnknownEntities,
    policy: AnswerPolicy,
    selector: Selector,
    keywords: KeywordIndex | None,
    keyword_query: Callable[[str], str | None],
    glossary: Glossary | None = None,
    synonyms: ArabicSynonyms | None = None,
    unquoted: UnquotedSpeaker | None = None,
    context: Callable[[Hit], str] | None = None,
) -> list[Gate]:
    """The gates in the order they run: the first refusal is the one reported."""
    return [
        UnknownEntityGate(unknown),
        *([UnquotedSpeakerGate(unquoted)] if unquoted is not None else []),
        SimilarityGate(
            min_similarity=policy.min_similarity, keywords=keywords, keyword_query=keyword_query
        ),
        AsksNumberGate(selector.select),
        AsksTimeGate(selector.select),
        AsksAppointeeGate(selector.select),
        AsksFutureTimeGate(selector.select),
        AsksPlaceGate(selector.select, names_a_place=unknown.names_a_place),
        AsksNameGate(unknown),
        WhyPresuppositionGate(keywords=keywords, glossary=glossary, synonyms=synonyms),
        WhyEventGate(context=context),
    ]


class ExtractiveAnswerer:
    """Runs the pipeline: collapse duplicates, gates, selector, framer."""

    def __init__(
        self,
        *,
        snapshot: IndexSnapshot,
        frames: dict[str, Frames],
        policy: AnswerPolicy,
        unknown: UnknownEntities,
        keywords: KeywordIndex | None = None,
        keyword_query: Callable[[str], str | None] | None = None,
        glossary: Glossary | None = None,
        synonyms: ArabicSynonyms | None = None,
        named_speakers: NamedSpeakers | None = None,
        gates: Sequence[Gate] | None = None,
    ) -> None:
        # the question as keyword search reads it (an English one through the glossary)
        query = keyword_query or (lambda q: q if detect_language(q) == "ar" else None)
        self.snapshot = snapshot
        self.frames = frames
        self.policy = policy
        self.duplicates = DuplicateQuotes(snapshot)
        self.selector = Selector(
            policy=policy, snapshot=snapshot, keywords=keywords, keyword_query=query
        )
        self.framer = Framer(frames, named_speakers=named_speakers)
        self.gates = (
            list(gates)
            if gates is not None
            else default_gates(
                unknown=unknown,
                policy=policy,
                selector=self.selector,
                keywords=keywords,
                keyword_query=query,
                glossary=glossary,
                synonyms=synonyms,
                unquoted=UnquotedSpeaker.from_snapshot(snapshot),
                context=lambda hit: sentences_around(
                    snapshot.documents[hit.chunk.doc_id].text,
                    start=hit.chunk.start,
                    end=hit.chunk.end,
                ),
            )
        )
        # a time the question asks for, as the gates read it: the selector quotes a passage
        # that gives one when the best ones do not (the reranker puts the reporter's narration,
        # where dates are, behind the speakers' words). Not a place or a number: any report
        # names Paris in passing, and the bundled set's unanswerable "where will the cell be
        # based?" was then answered from it (python -m eval --check).
        # An amount of time asked for ("كم يوماً استمرت الجولة؟") is such a time too: the
        # number gate refuses an Arabic one when the passages quoted do not give it.
        self.selector.answer_types = [
            *(g for g in self.gates if isinstance(g, AsksTimeGate | AsksFutureTimeGate)),
            AsksDuration(),
        ]

    def answer(self, *, question: str, language: str, hits: list[Hit]) -> Draft:
        frames = self.frames[language]
        if not hits:
            return Draft(frames.empty_index, True, reason="no passages indexed")
        collapsed = self.duplicates.collapse(hits, language=language)
        hits = collapsed.hits
        if not asks_who_acted(question):
            # "Who led the delegation?" asks what the reporter tells, not what anyone said
            hits = _speakers_first(hits, margin=self.policy.include_margin)
        refusal = self.refusal(question, language, hits)
        if refusal is not None:
            entity = refusal.entity
            framed = getattr(frames, refusal.frame, "") or frames.abstain_entity
            text = framed.format(entity=entity) if entity else frames.abstain
            # the nearest by retrieval: no speaker's words moved ahead, as no one is quoted
            nearest = self.nearest(question, collapsed.hits[:3])
            return Draft(
                f"{text} {frames.nearest_intro}", True, nearest=nearest, reason=refusal.reason
            )

        chosen = self.selector.select(question, language, hits)
        # each chosen passage's stretches of spoken words, best first; one citation each (a
        # quote never runs over the reporter's words between two of them)
        quoted = [(h, span) for h in chosen for span in self.selector.focus(question, h.chunk)[:2]]
        citations = [
            citation_for(h, n, self.snapshot, also=collapsed.also.get(h.chunk_id), span=span)
            for n, (h, span) in enumerate(quoted[: self.policy.max_citations], 1)
        ]
        return Draft(self.framer.frame(question, language, citations), False, citations=citations)

    def nearest(self, question: str, hits: list[Hit]) -> list[Citation]:
        """The sources shown beside a refusal: each passage's sentence nearest the question
        (`Selector.focus`), so that a false premise meets the words that correct it, not the
        passage's first quote."""
        out = []
        for n, h in enumerate(hits, 1):
            spans = self.selector.focus(question, h.chunk)
            out.append(citation_for(h, n, self.snapshot, span=spans[0] if spans else None))
        return out

    def refusal(self, question: str, language: str, hits: list[Hit]) -> Refusal | None:
        """The first gate's refusal, if any gate refuses."""
        for gate in self.gates:
            refusal = gate.check(question, language, hits)
            if refusal is not None:
                return refusal
        return None
