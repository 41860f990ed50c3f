"""Cut statements into chunks that follow paragraphs and sentences and never cross a statement."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.attribute import is_injection
from ingest.schema import Chunk, Document, Span, Statement
from ingest.segment import _trim, clause_spans, sentence_spans


def _pieces(text: str, start: int, end: int, size: int) -> list[Span]:
    """Sentences, with any sentence longer than `size` split at commas, then at spaces."""
    pieces: list[Span] = []
    for s_start, s_end in sentence_spans(text, start, end):
        if s_end - s_start <= size:
            pieces.append((s_start, s_end))
            continue
        for c_start, c_end in clause_spans(text, s_start, s_end):
            while c_end - c_start > size:
                cut = text.rfind(" ", c_start, c_start + size)
                cut = cut if cut > c_start else c_start + size
                pieces.append((c_start, cut))
                c_start = cut
                while c_start < c_end and text[c_start].isspace():
                    c_start += 1
            if c_end > c_start:
                pieces.append((c_start, c_end))
    return pieces


@dataclass(frozen=True)
class _Voice:
    speaker_id: str
    speaker: str
    speaker_en: str


def _voice(doc: Document, statement: Statement, piece: Span) -> tuple[_Voice, list[Span]]:
    """Whose words a piece is (the quote it overlaps most, else the report's narration), and
    the quotable parts of it: that speaker's quote spans, each on its own, so that no
    citation runs over the reporter's words between them ('"A," she said, "B."')."""
    overlaps = [
        (q, (max(q.start, piece[0]), min(q.end, piece[1])))
        for q in statement.quotes
        if max(q.start, piece[0]) < min(q.end, piece[1])
    ]
    if overlaps:
        best = max(overlaps, key=lambda o: o[1][1] - o[1][0])[0]  # (the first on a tie)
        parts = [_trim(doc.text, *span) for q, span in overlaps if q.speaker_id == best.speaker_id]
        return _Voice(best.speaker_id, best.speaker, best.speaker_en), sorted(parts)
    narrator = doc.narrator
    return _Voice(narrator.id, narrator.label, narrator.label_en), [_trim(doc.text, *piece)]


def chunk_document(doc: Document, *, size: int) -> list[Chunk]:
    """Pack consecutive sentences of one paragraph and one voice into chunks of at most `size`
    characters. A chunk is one speaker's words or the report's narration, never both, so its
    citation names the right speaker.

    A single piece longer than `size` (no punctuation to split at) still becomes one chunk
    boundary at a space, so no chunk exceeds `size` by more than one word. Paragraphs that
    address an assistant or a model are not indexed.
    """
    chunks: list[Chunk] = []
    headings = [s for s in doc.structure if s.kind in ("title", "subheading")]
    for index, paragraph in enumerate(doc.paragraphs, start=1):
        p_start, p_end = paragraph
        statement = doc.statement_for(p_start)
        if statement is None or is_injection(doc.text[p_start:p_end]):
            continue
        above = [h for h in headings if h.end <= p_start]
        section = doc.text[above[-1].start : above[-1].end].strip(" *#") if above else ""
        group: list[tuple[Span, list[Span]]] = []
        voice: _Voice | None = None
        for piece in _pieces(doc.text, p_start, p_end, size):
            piece_voice, quotable = _voice(doc, statement, piece)
            if group and (piece[1] - group[0][0][0] > size or piece_voice != voice):
                chunks.append(_make(doc, statement.id, index, group, voice, section, paragraph))  # type: ignore[arg-type]
                group = []
            voice = piece_voice
            group.append((piece, quotable))
        if group and voice is not None:
            chunks.append(_make(doc, statement.id, index, group, voice, section, paragraph))
    return chunks


def _make(
    doc: Document,
    statement_id: str,
    index: int,
    group: list[tuple[Span, list[Span]]],
    voice: _Voice,
    section: str,
    paragraph: Span,
) -> Chunk:
    start, end = group[0][0][0], group[-1][0][1]
    sentences = tuple(q for _, parts in group for q in parts if q[1] > q[0])
    return Chunk(
        doc_id=doc.id,
        statement_id=statement_id,
        speaker=voice.speaker,
        speaker_en=voice.speaker_en,
        paragraph=index,
        start=start,
        end=end,
        text=doc.text[start:end],
        sentences=sentences,
        speaker_id=voice.speaker_id,
        section=section,
        context=_context(doc.text, paragraph, start=start, end=end),
    )


CONTEXT_CHARS = 500
# Only a chunk shorter than this gets its paragraph as context: a fragment ("or denies the
# freeze") says too little on its own, while whole sentences ranked better without it (context
# makes a paragraph's sentences alike: on the bundled set's questions, recall@1 0.56 -> 0.53).
SHORT_CHARS = 80


def _context(text: str, paragraph: Span, *, start: int, end: int) -> str:
    """For a chunk shorter than SHORT_CHARS: its paragraph, or a window of CONTEXT_CHARS
    centred on the chunk when the paragraph is longer; "" otherwise, and when the chunk is the
    whole paragraph (nothing to add)."""
    if end - start >= SHORT_CHARS:
        return ""
    p_start, p_end = paragraph
    if p_end - p_start > CONTEXT_CHARS:
        p_start = max(p_start, start - (CONTEXT_CHARS - (end - start)) // 2)
        p_end = min(p_end, p_start + CONTEXT_CHARS)
    window = text[p_start:p_end]
    return "" if window.strip() == text[start:end].strip() else window
