"""Split reports into statements: stretches of a report that belong to one speaker, with the
quoted words inside them credited to their canonical speaker, and the rest left to the report.

The flow: layout (paragraphs and structure) -> attribution of reported speech (attribute.py) ->
speakers canonicalised across the whole corpus (speakers.py) -> statements. No offsets or
speakers are known in advance: every report goes through the same rules.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ingest.attribute import Mention, attribute, ends_sentence, is_injection
from ingest.layout import Layout, layout
from ingest.lexicon import fold, lexicon
from ingest.normalize import detect_language
from ingest.schema import Narrator, QuoteSpan, Span, Statement, StructureSpan
from ingest.speakers import Speaker, SpeakerRegistry, naming, past_holder

log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"(?<=[.!?؟؛])(?=[\s\"»”]|$)|\s-\s")
_CLAUSE_END = re.compile(r"(?<=[،,])\s")
_QUOTE_OPEN = '"«“'
_TRIM = " \t\r\n\"«»“”'*"


@dataclass(frozen=True)
class Paragraph:
    index: int  # 1-based
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """The running-text paragraphs of a report (blank lines, single newlines, Markdown)."""
    return [Paragraph(i, b.start, b.end) for i, b in enumerate(layout(text).paragraphs, 1)]


@dataclass(frozen=True)
class SpeakerLabel:
    ar: str
    en: str


@dataclass
class RawDocument:
    """A report as read from disk, before attribution."""

    id: str
    text: str
    labels: dict[str, SpeakerLabel] = field(default_factory=dict)  # sidecar overrides
    outlet: str | None = None  # sidecar
    language: str | None = None  # sidecar


@dataclass
class Segmented:
    statements: tuple[Statement, ...]
    paragraphs: tuple[Span, ...]
    structure: tuple[StructureSpan, ...]
    warnings: tuple[str, ...]
    language: str
    narrator: Narrator


def document_language(text: str, lay: Layout) -> str:
    body = " ".join(text[b.start : b.end] for b in lay.paragraphs) or text
    return detect_language(body)


def segment_corpus(raw: list[RawDocument]) -> dict[str, Segmented]:
    """Attribute every report, then canonicalise speakers across all of them at once."""
    layouts = {d.id: layout(d.text) for d in raw}
    languages = {d.id: d.language or document_language(d.text, layouts[d.id]) for d in raw}
    found = {
        d.id: attribute(
            d.text,
            layouts[d.id].blocks,
            language=languages[d.id],
            list_items=frozenset(x.end for x in layouts[d.id].structure if x.kind == "list_marker"),
        )
        for d in raw
    }
    mentions: list[Mention] = [m for a in found.values() for m in a.mentions]
    registry = SpeakerRegistry(
        mentions,
        speaking=[q.speaker for a in found.values() for q in a.quotes],
        english_text=[d.text for d in raw if languages[d.id] == "en"],
        past=[
            m
            for d in raw
            for m in found[d.id].mentions
            # (a mention's start may be its name's; its surface ends where it ends)
            if m.person and past_holder(d.text, min(m.start, m.end - len(m.surface)), m.end)
        ],
    )
    result = {}
    for doc in raw:
        result[doc.id] = _segment(doc, layouts[doc.id], found[doc.id], registry, languages[doc.id])
    return result


def _narrator(doc: RawDocument, lay: Layout, language: str) -> Narrator:
    """The report itself; its outlet when the sidecar or the dateline names a known one."""
    outlet_key = doc.outlet
    if outlet_key is None:
        for s in lay.structure:
            if s.kind != "dateline":
                continue
            folded = fold(doc.text[s.start : s.end])
            for o in lexicon().outlets:
                if any(
                    re.search(rf"(?<!\w){re.escape(f.casefold())}(?!\w)", folded)
                    for f in o.en + o.ar
                ):
                    outlet_key = o.key
    if outlet_key:
        outlet = next((o for o in lexicon().outlets if o.key == outlet_key), None)
        name_en = outlet.en[0] if outlet else outlet_key
        name_ar = outlet.ar[0] if outlet else outlet_key
        return Narrator(f"report:{doc.id}", f"تقرير {name_ar}", f"the {name_en} report")
    return Narrator(f"report:{doc.id}", "التقرير", "the report")


def _override(speaker: Speaker, mention: Mention, labels: dict[str, SpeakerLabel]) -> Speaker:
    """A sidecar label wins when its key names this speaker (any part of the mention)."""
    if not labels:
        return speaker
    names = [mention.surface, speaker.label_ar, mention.issuer.surface if mention.issuer else ""]
    for key, label in labels.items():
        k = fold(key)
        if any(n and (k in fold(n) or fold(n) in k) for n in names if len(fold(n)) > 2):
            return Speaker(speaker.id, label.ar, label.en, speaker.kind)
    return speaker


def _segment(
    doc: RawDocument, lay: Layout, found: Any, registry: SpeakerRegistry, language: str
) -> Segmented:
    text = doc.text
    narrator = _narrator(doc, lay, language)
    paras = lay.paragraphs
    warnings: list[str] = []
    quotes: list[QuoteSpan] = []
    for q in found.quotes:
        speaker = _override(registry.speaker(q.speaker), q.speaker, doc.labels)
        quotes.append(
            QuoteSpan(
                q.start,
                q.end,
                speaker.id,
                speaker.label_ar,
                speaker.label_en,
                mention=naming(q.speaker),
            )
        )
    for block in paras:
        if is_injection(text[block.start : block.end]):
            warnings.append(
                f"{doc.id}[{block.start}:{block.end}]: text addressed to an assistant or a model "
                f"(never quoted, not indexed): {text[block.start : block.end][:80]!r}"
            )
    if not quotes:
        warnings.append(f"{doc.id}: no recognisable speaker; ingested as the report's narration")

    # Which speaker owns each paragraph (most quoted characters), None for narration.
    owners: list[str | None] = []
    for block in paras:
        weight: Counter[str] = Counter()
        for q in quotes:
            overlap = min(q.end, block.end) - max(q.start, block.start)
            if overlap > 0:
                weight[q.speaker_id] += overlap
        owners.append(weight.most_common(1)[0][0] if weight else None)
    mentioned = [
        _mentioned_ids(found.mentions, b.start, b.end, registry, doc.labels) for b in paras
    ]
    # Narration that leads in to the next speaker ("a joint statement issued by X") is theirs.
    for i in range(len(paras) - 1, -1, -1):
        if owners[i] is None and i + 1 < len(paras) and owners[i + 1] in mentioned[i]:
            owners[i] = owners[i + 1]
    runs: list[tuple[str | None, list[int]]] = []
    for i, owner in enumerate(owners):
        if runs and runs[-1][0] == owner:
            runs[-1][1].append(i)
        else:
            runs.append((owner, [i]))
    # a narration paragraph between two stretches of one speaker stays inside the stretch
    merged: list[tuple[str | None, list[int]]] = []
    for owner, idx in runs:
        if (
            merged
            and owner is None
            and len(idx) == 1
            and _next_owner(runs, idx) == merged[-1][0]
            and merged[-1][0]
        ):
            merged[-1][1].extend(idx)
            continue
        if merged and owner is not None and merged[-1][0] == owner:
            merged[-1][1].extend(idx)
            continue
        merged.append((owner, list(idx)))

    statements = []
    for number, (owner, idx) in enumerate(merged, start=1):
        first, last = paras[idx[0]], paras[idx[-1]]
        inside = tuple(q for q in quotes if first.start <= q.start < last.end)
        if owner is None:
            label_ar, label_en, speaker_id = narrator.label, narrator.label_en, narrator.id
        else:
            q0 = next(q for q in inside if q.speaker_id == owner)
            label_ar, label_en, speaker_id = q0.speaker, q0.speaker_en, owner
        statements.append(
            Statement(
                id=f"{doc.id}#s{number}",
                speaker=label_ar,
                speaker_en=label_en,
                start=first.start,
                end=last.end,
                paragraphs=(idx[0] + 1, idx[-1] + 1),
                speaker_id=speaker_id,
                language=detect_language(text[first.start : last.end]),
                quotes=inside,
            )
        )
    return Segmented(
        statements=tuple(statements),
        paragraphs=tuple((b.start, b.end) for b in paras),
        structure=tuple(StructureSpan(s.kind, s.start, s.end) for s in lay.structure),
        warnings=tuple(warnings),
        language=language,
        narrator=narrator,
    )


def _next_owner(runs: list[tuple[str | None, list[int]]], idx: list[int]) -> str | None:
    for owner, other in runs:
        if other and other[0] == idx[-1] + 1:
            return owner
    return None


def _mentioned_ids(
    mentions: list[Mention],
    start: int,
    end: int,
    registry: SpeakerRegistry,
    labels: dict[str, SpeakerLabel],
) -> set[str]:
    return {registry.speaker(m).id for m in mentions if start <= m.start < end}


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
        mark = match.start() - 1
        if match.group() == "" and not ends_sentence(text, mark):
            continue  # "the U.S. initiative"
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
