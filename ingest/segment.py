"""Split a report into paragraphs, sentences and statements (who is speaking), from the text alone.

News reports mark their speakers with reporting verbs: a paragraph that opens with وأضاف / وتابع /
وختم / وأكد / وأشار / وشدد continues the speaker before it, while من جهته / قال X introduces a new
one. No offsets are known in advance: every report goes through the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.schema import Span, Statement

# A one-to-one character fold (so offsets survive): hamza forms, ta marbuta, alef maqsura.
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})

_VERBS = (
    "قال|قالت|اضاف|اضافت|تابع|تابعت|ختم|ختمت|اكد|اكدت|اشار|اشارت|شدد|شددت|اوضح|اوضحت|"
    "لفت|لفتت|اعتبر|اعتبرت|صرح|صرحت|ذكر|ذكرت|اعلن|اعلنت|نقل|نقلت|جدد|جددت"
)
_NEW_SPEAKER_MARKER = re.compile(
    r"^(?:من جهته|من جهتها|من جانبه|من جانبها|من ناحيته|من ناحيتها|بدوره|بدورها|في المقابل)"
    r"(?!\w)\s*[،,]?\s*"
)
_LEAD = re.compile(r"^(?:هذا\s+|كما\s+)?")
_VERB = re.compile(rf"^[وف]?(?:{_VERBS})(?=[\s:،,])\s*")
# Where the subject of a reporting verb ends: punctuation, a quote, or the particle before speech.
_SUBJECT_END = re.compile(
    r"[:،,\"«“]|(?<!\S)(?:ان|انه|انها|الي|علي|في بيان|في تصريح|في تصريحات|بالقول|قائلا|قائله)"
    r"(?=[\s:،,\"«“]|$)"
)
# "a statement issued by X" anywhere in the opening sentence.
_ISSUED_BY = re.compile(
    r"(?:اصدرته|اصدرها|الصادر عن|الصادره عن|صادر عن|صادره عن|نشرته|نشرها)\s+(?P<who>[^،,.:\"«“]+)"
)
# Definite nouns a report uses to point back at the current speaker.
_ANAPHORA = frozenset(
    [
        "البيان",
        "البيان المشترك",
        "المسؤول",
        "المتحدث",
        "المصدر",
        "الوزير",
        "المكتب",
        "الوزاره",
        "المسؤوله",
        "المتحدثه",
    ]
)
_MAX_SUBJECT_WORDS = 9

_SENTENCE_END = re.compile(r"(?<=[.!?؟؛])(?=[\s\"»”]|$)|\s-\s")
_CLAUSE_END = re.compile(r"(?<=[،,])\s")
_QUOTE_OPEN = '"«“'
_TRIM = " \t\r\n\"«»“”'"


@dataclass(frozen=True)
class Paragraph:
    index: int  # 1-based
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs are separated by blank lines; spans exclude surrounding white space."""
    found: list[Paragraph] = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\s*(?:\r?\n\s*\r?\n|\Z))", text, flags=re.DOTALL):
        found.append(Paragraph(index=len(found) + 1, start=match.start(), end=match.end()))
    return found


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _content_words(label: str) -> set[str]:
    return {w[2:] if w.startswith("ال") and len(w) > 3 else w for w in _fold(label).split()}


@dataclass(frozen=True)
class Attribution:
    """What a paragraph's opening says about its speaker."""

    subject: str  # the named speaker, in the original spelling, or "" when none is named
    forces_new: bool  # من جهته and friends always introduce a different speaker


def attribution(paragraph_text: str) -> Attribution:
    folded = _fold(paragraph_text)
    pos = 0
    forces_new = False
    marker = _NEW_SPEAKER_MARKER.match(folded)
    if marker:
        forces_new = True
        pos = marker.end()
    pos += _LEAD.match(folded[pos:]).end()  # type: ignore[union-attr]
    verb = _VERB.match(folded[pos:])
    if verb:
        start = pos + verb.end()
        end_match = _SUBJECT_END.search(folded, start)
        end = end_match.start() if end_match else len(folded)
        subject = paragraph_text[start:end].strip()
        if len(subject.split()) > _MAX_SUBJECT_WORDS:
            subject = ""
        return Attribution(subject=subject, forces_new=forces_new)
    first_sentence = re.split(r"[.!?؟]\s", folded, maxsplit=1)[0]
    issued = _ISSUED_BY.search(first_sentence)
    if issued:
        who = paragraph_text[issued.start("who") : issued.end("who")].strip()
        return Attribution(subject=who, forces_new=True)
    return Attribution(subject="", forces_new=forces_new)


def _refers_to(subject: str, speaker: str) -> bool:
    """Does a named subject point back at the current speaker ("المسؤول", "مكتب نتنياهو")?"""
    folded = _fold(subject).strip()
    if folded in _ANAPHORA:
        return True
    words = _content_words(subject)
    return bool(words) and words <= _content_words(speaker)


@dataclass(frozen=True)
class SpeakerLabel:
    ar: str
    en: str


def statements(
    *,
    doc_id: str,
    text: str,
    labels: dict[str, SpeakerLabel] | None = None,
    narrator: SpeakerLabel = SpeakerLabel("التقرير", "the report"),
) -> list[Statement]:
    """Group consecutive paragraphs by speaker.

    `labels` maps a speaker as the text names it (or a part of that name) to display labels,
    typically from the document's metadata sidecar.
    """
    runs: list[tuple[str, list[Paragraph]]] = []
    current: str | None = None
    for para in paragraphs(text):
        found = attribution(text[para.start : para.end])
        continues = current is not None and (
            not found.subject or (not found.forces_new and _refers_to(found.subject, current))
        )
        if continues:
            runs[-1][1].append(para)
            continue
        current = found.subject or None
        if runs and runs[-1][0] == "" and current is None:
            runs[-1][1].append(para)
        else:
            runs.append((found.subject, [para]))

    result: list[Statement] = []
    for number, (subject, paras) in enumerate(runs, start=1):
        label = _label_for(subject, labels or {}) if subject else narrator
        result.append(
            Statement(
                id=f"{doc_id}#s{number}",
                speaker=label.ar,
                speaker_en=label.en,
                start=paras[0].start,
                end=paras[-1].end,
                paragraphs=(paras[0].index, paras[-1].index),
            )
        )
    return result


def _label_for(subject: str, labels: dict[str, SpeakerLabel]) -> SpeakerLabel:
    folded = _fold(subject)
    for key, label in labels.items():
        if _fold(key) in folded or folded in _fold(key):
            return label
    return SpeakerLabel(ar=subject, en=subject)


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM + ".":
        end -= 1
    return start, end


def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """Sentence-like pieces of text[start:end]: split at . ! ؟ ؛ and at " - " list separators."""
    spans: list[Span] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[1] > s[0]]


def clause_spans(text: str, start: int, end: int) -> list[Span]:
    """Finer pieces for an over-long sentence: split after Arabic and Latin commas."""
    spans: list[Span] = []
    cursor = start
    for match in _CLAUSE_END.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return [s for s in spans if text[s[0] : s[1]].strip()]


def quotable(text: str, span: Span, *, paragraph_start: int) -> Span:
    """The spoken words of a sentence: drop a reporting lead-in ("وقال البيان: \"") and quotes."""
    start, end = span
    if start - paragraph_start < 200:
        head = text[paragraph_start:end]
        for position, char in enumerate(head):
            if char in _QUOTE_OPEN:
                quote_at = paragraph_start + position
                if quote_at >= start and re.search(r"[.!?؟]\s", text[start:quote_at]) is None:
                    start = quote_at + 1
                break
    return _trim(text, start, end)
