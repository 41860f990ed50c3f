"""The extractive answerer: quote the passages that answer, name who said them, or abstain.

No language model: every word of substance in an answer is a verbatim quote of the source, so
the answer cannot claim what the statements do not say. The frames around the quotes come from
prompts/, in the question's language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.normalize import ENGLISH_STOPWORDS, detect_language, keyword_tokens, normalize
from ingest.read import IndexSnapshot
from ingest.schema import Chunk
from service.dedupe import DuplicateQuotes
from service.entities import UnknownEntities
from service.glossary import ArabicSynonyms, Glossary
from service.models import AlsoIn, Citation
from service.named_speakers import NamedSpeakers, asks_whether_said
from service.retrieve import Hit, KeywordIndex
from service.versions import text_version

# Questions asking for a number or a date need a number or a date in the quote to be answered.
_ASKS_NUMBER = re.compile(
    r"\bhow (?:many|much)\b|\b(?:the )?(?:value|cost|amount|size|number) of\b"
    r"|(?:^|\s)(?:كم|قيمة|قيمه|تكلفة|تكلفه|حجم|عدد)(?:\s|$)",
    re.IGNORECASE,
)
_ASKS_TIME = re.compile(
    r"^\W*(?:and |so |but )?when\b|\b(?:what|which|by what) (?:date|day|time|month|year)\b"
    r"|(?:^|\s)(?:متى|موعد|تاريخ)",
    re.IGNORECASE,
)
# "next meeting", "the coming round", "متى سيعقد": a time that lies ahead of the statements.
_ASKS_FUTURE = re.compile(
    r"\b(?:next|upcoming|coming|future|will|going to|planned|scheduled)\b"
    r"|(?:^|\s)(?:سوف|رح|سي\w+|ست\w+)|(?:القادم|المقبل)",
    re.IGNORECASE,
)
_HAS_FUTURE_TIME = re.compile(
    r"(?:الأسبوع|الشهر|العام|السنة|الجولة|الاجتماع|اللقاء|الأيام|الأشهر|الأسابيع)\s+"
    r"(?:ال)?(?:مقبل|قادم)|غدا|بعد غد|\b20\d\d\b"
    r"|\b(?:next|coming|upcoming)\s+(?:week|month|year|round|meeting|session|\w+day)\b|\btomorrow\b"
    # a date after a future verb: "will arrive in June", "is due to meet by March"
    r"|\b(?:will|would|shall|is to|are to|expected|scheduled|planned|due)\b[^.]{0,60}?"
    r"\b(?:in|by|before|from|until|on)\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|april"
    r"|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b|\bwithin\s+(?:\w+\s+)?(?:days|weeks|months)\b",
    re.IGNORECASE,
)
# "Why did X refuse...": a why-question presupposes an event; if a word of it appears nowhere
# in the statements (in either language), the event is not in them either.
_ASKS_WHY = re.compile(r"\bwhy\b|(?:^|\s)(?:لماذا|ليش|ليه|لم)(?:\s|$)", re.IGNORECASE)
_SCAFFOLD = frozenset(
    [
        "why",
        "did",
        "does",
        "do",
        "say",
        "said",
        "says",
        "tell",
        "told",
        "talk",
        "talked",
        "talks",
        "happen",
        "happened",
        "exactly",
        "really",
        "so",
        "then",
        "not",
        "no",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
    ]
)
_SCAFFOLD_AR = frozenset(
    normalize(w)
    for w in [
        "يقول",
        "تقول",
        "يقولون",
        "قال",
        "قالت",
        "قالوا",
        "ذكر",
        "ذكرت",
        "صرح",
        "صرحت",
        "حدث",
        "جرى",
        "فعلا",
        "بالضبط",
        "بالتحديد",
        "إذن",
        "اذن",
    ]
)
# "What is the name of...", "ما اسم": the statements name only a few people.
_ASKS_NAME = re.compile(r"\bnames?\b|(?:^|\s)\w{0,2}(?:اسم|أسماء|اسماء)", re.IGNORECASE)
_HAS_NUMBER = re.compile(
    r"\d|[٠-٩]|(?:^|\s)(?:واحد|اثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|ألف|عدة|بضع)"
)
_HAS_TIME = re.compile(
    r"\d|مساء|صباح|اليوم|أمس|غدا|الأسبوع|الشهر|العام|ديسمبر|يناير|فبراير|مارس|أبريل|مايو|يونيو|"
    r"يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|"
    r"أشهر|شهر|أيام|سنوات|الفور|فوري"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|tomorrow|yesterday|tonight|morning|evening|night|week|weeks|"
    r"weekly|month|months|year|years|days?|hours?|immediately|soon|later)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Frames:
    """The fixed phrasing of answers and refusals in one language (prompts/extractive.*.json)."""

    quote: str
    quote_same_speaker: str
    separator: str
    abstain: str
    abstain_entity: str
    nearest_intro: str
    empty_index: str
    intro: str = ""
    other_speaker: str = ""  # "Did X say ...?" answered by another speaker's words

    @classmethod
    def load(cls, prompts_dir: Path, language: str) -> Frames:
        path = prompts_dir / f"extractive.{language}.json"
        return cls(**json.loads(path.read_text(encoding="utf-8")))


@dataclass
class Draft:
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    nearest: list[Citation] = field(default_factory=list)
    reason: str | None = None


@dataclass(frozen=True)
class AnswerPolicy:
    min_similarity: float
    include_margin: float
    max_citations: int


def _quote_span(chunk: Chunk) -> tuple[int, int]:
    if chunk.sentences:
        return chunk.sentences[0][0], chunk.sentences[-1][1]
    return chunk.start, chunk.end


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
    start, end = span or _quote_span(chunk)
    text = snapshot.documents[chunk.doc_id].text
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
        also_in=[
            AlsoIn(
                source_id=h.chunk.doc_id,
                start=_quote_span(h.chunk)[0],
                end=_quote_span(h.chunk)[1],
                speaker_id=h.chunk.speaker_id,
                source_version=text_version(snapshot.documents[h.chunk.doc_id].text),
            )
            for h in also or []
        ],
    )


_SENTENCE_END = re.compile(r"^[\"'»”’)\]]*[.!?؟]")


def _whole_sentences(text: str, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """A chunk's quotable spans joined into whole sentences: a span that does not end at a full
    stop (a clause cut at a comma or a reporting verb) runs on into the next one."""
    out: list[tuple[int, int]] = []
    start = None
    for i, (a, b) in enumerate(spans):
        start = a if start is None else start
        if i == len(spans) - 1 or _SENTENCE_END.match(text[b : b + 4]):
            out.append((start, b))
            start = None
    return out


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


class ExtractiveAnswerer:
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
    ) -> None:
        self.named_speakers = named_speakers
        self.glossary = glossary
        self.synonyms = synonyms
        self.keywords = keywords
        # the question as keyword search reads it (an English one through the glossary)
        self.keyword_query = keyword_query or (lambda q: q if detect_language(q) == "ar" else None)
        self.snapshot = snapshot
        self.frames = frames
        self.policy = policy
        self.unknown = unknown
        self.duplicates = DuplicateQuotes(snapshot)

    def answer(self, *, question: str, language: str, hits: list[Hit]) -> Draft:
        frames = self.frames[language]
        if not hits:
            return Draft(frames.empty_index, True, reason="no passages indexed")
        collapsed = self.duplicates.collapse(hits, language=language)
        hits = _speakers_first(collapsed.hits, margin=self.policy.include_margin)
        reason = self._abstain_reason(question, language, hits)
        if reason is not None:
            entity, why = reason
            text = frames.abstain_entity.format(entity=entity) if entity else frames.abstain
            nearest = [citation_for(h, i, self.snapshot) for i, h in enumerate(hits[:3], 1)]
            return Draft(f"{text} {frames.nearest_intro}", True, nearest=nearest, reason=why)

        chosen = self._select(question, language, hits)
        citations = [
            citation_for(
                h,
                n,
                self.snapshot,
                also=collapsed.also.get(h.chunk_id),
                span=self.focus(question, h.chunk),
            )
            for n, h in enumerate(chosen, 1)
        ]
        text = self._frame(frames, language, citations)
        other = self._said_by_another(question, language, citations)
        if other is not None and frames.other_speaker:
            asked, speaker = other
            text = frames.other_speaker.format(asked=asked, speaker=speaker) + "\n" + text
        return Draft(text, False, citations=citations)

    def _said_by_another(
        self, question: str, language: str, citations: list[Citation]
    ) -> tuple[str, str] | None:
        """For "Did X say ...?" answered by someone else's words: (X's label, the speaker's)."""
        if self.named_speakers is None or not citations or not asks_whether_said(question):
            return None
        named = self.named_speakers.find(question)
        first = citations[0]
        if not named or first.speaker_id in named:
            return None
        ar, en = self.named_speakers.labels[sorted(named)[0]]
        return (ar, first.speaker) if language == "ar" else (en, first.speaker_en)

    def _abstain_reason(
        self, question: str, language: str, hits: list[Hit]
    ) -> tuple[str, str] | None:
        entity = self.unknown.find(question)
        if entity is not None:
            label = entity.label_ar if language == "ar" else entity.label_en
            return label, f"the statements do not mention {entity.label_en}"
        best = max(h.similarity for h in hits)
        if best < self.policy.min_similarity and not self._shares_a_rare_word(question, hits[0]):
            return "", f"no passage is similar enough (best {best:.2f})"
        top = self._select(question, language, hits)
        quoted = " ".join(h.chunk.text for h in top)
        if _ASKS_NUMBER.search(question) and not _HAS_NUMBER.search(quoted):
            return "", "the question asks for a number the passages do not give"
        if _ASKS_TIME.search(question) and not _HAS_TIME.search(quoted):
            return "", "the question asks for a time the passages do not give"
        if (
            _ASKS_TIME.search(question)
            and _ASKS_FUTURE.search(question)
            and not _HAS_FUTURE_TIME.search(quoted)
        ):
            return "", "the question asks when something will happen; the passages give no date"
        if _ASKS_NAME.search(question) and not self.unknown.names_a_named_person(question):
            return "", "the question asks for a name the statements do not give"
        if _ASKS_WHY.search(question) and (unstated := self.unstated_words(question, language)):
            return "", f"the question presupposes what the statements never mention: {unstated}"
        return None

    def unstated_words(self, question: str, language: str) -> list[str]:
        """Words of the question that the statements never use, in any form the keyword
        search knows (Arabic: the stemmed report, or a synonym of its words; English: the
        glossary). Question scaffolding and stop words do not count."""
        if self.keywords is None:
            return []
        if language == "en":
            if self.glossary is None:
                return []  # English words cannot be looked up in Arabic statements without it
            return [
                w
                for w in self.glossary.unmatched(question)
                if w not in ENGLISH_STOPWORDS and w not in _SCAFFOLD
            ]
        unstated = []
        for word in re.findall(r"\w+", question):
            tokens = keyword_tokens(word)
            if not tokens or all(t in self.keywords.vocabulary for t in tokens):
                continue
            if normalize(word) in _SCAFFOLD_AR or _ASKS_WHY.search(word):
                continue
            if self.synonyms is None or not self.synonyms.report_words(word):
                unstated.append(word)
        return unstated

    def focus(self, question: str, chunk: Chunk) -> tuple[int, int] | None:
        """The sentences of a chunk that answer: the one sharing the most (and the rarest) words
        with the question, with its neighbours that share at least half as much. None (the
        whole chunk) when the chunk is one sentence or no sentence shares a word (a question in
        the other language)."""
        text = self.snapshot.documents[chunk.doc_id].text
        sentences = _whole_sentences(text, chunk.sentences)
        if len(sentences) < 2:
            return None
        asked = set(keyword_tokens(self.keyword_query(question) or question))

        def weight(token: str) -> float:
            return self.keywords.idf(token) if self.keywords is not None else 1.0

        scores = [
            sum(weight(t) for t in set(keyword_tokens(text[a:b])) & asked) for a, b in sentences
        ]
        best = max(range(len(scores)), key=lambda i: scores[i])
        if scores[best] <= 0:
            return None
        lo = hi = best
        while lo > 0 and scores[lo - 1] >= scores[best] / 2:
            lo -= 1
        while hi < len(scores) - 1 and scores[hi + 1] >= scores[best] / 2:
            hi += 1
        return sentences[lo][0], sentences[hi][1]

    def _shares_a_rare_word(self, question: str, hit: Hit) -> bool:
        """A short follow-up ("and if disputes arise?") can be far from every passage in
        meaning yet name the one word that only the right passage uses."""
        searched = self.keyword_query(question) if self.keywords is not None else None
        if self.keywords is None or not searched:
            return False
        return bool(
            self.keywords.informative(searched)
            & self.keywords.tokens.get(hit.chunk_id, frozenset())
        )

    def _select(self, question: str, language: str, hits: list[Hit]) -> list[Hit]:
        """The best passage, plus others nearly as similar, or that cover a word of the
        question the chosen ones lack (a two-part question needs two passages)."""
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
            if hit.similarity >= threshold or (
                gain and hit.similarity >= self.policy.min_similarity
            ):
                chosen.append(hit)
                needed -= gain
        return chosen  # best first: the quote that answers leads

    @staticmethod
    def _frame(frames: Frames, language: str, citations: list[Citation]) -> str:
        lines = [frames.intro] if frames.intro else []
        previous = None
        for c in citations:
            speaker = c.speaker_en if language == "en" else c.speaker
            template = frames.quote_same_speaker if c.statement_id == previous else frames.quote
            lines.append(template.format(speaker=speaker, quote=c.quote, n=c.n))
            previous = c.statement_id
        return frames.separator.join(lines)
