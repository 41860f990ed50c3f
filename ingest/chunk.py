"""Cut statements into chunks that follow paragraphs and sentences and never cross a statement."""

from __future__ import annotations

from ingest.schema import Chunk, Document, Span
from ingest.segment import clause_spans, paragraphs, quotable, sentence_spans


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


def chunk_document(doc: Document, *, size: int) -> list[Chunk]:
    """Pack consecutive sentences of one paragraph into chunks of at most `size` characters.

    A single piece longer than `size` (no punctuation to split at) still becomes one chunk
    boundary at a space, so no chunk exceeds `size` by more than one word.
    """
    chunks: list[Chunk] = []
    for para in paragraphs(doc.text):
        statement = doc.statement_for(para.start)
        if statement is None:
            continue
        group: list[Span] = []
        for piece in _pieces(doc.text, para.start, para.end, size):
            if group and piece[1] - group[0][0] > size:
                chunks.append(_make(doc, statement.id, para.start, para.index, group))
                group = []
            group.append(piece)
        if group:
            chunks.append(_make(doc, statement.id, para.start, para.index, group))
    return chunks


def _make(
    doc: Document, statement_id: str, para_start: int, index: int, group: list[Span]
) -> Chunk:
    statement = next(s for s in doc.statements if s.id == statement_id)
    start, end = group[0][0], group[-1][1]
    sentences = tuple(
        s for s in (quotable(doc.text, p, paragraph_start=para_start) for p in group) if s[1] > s[0]
    )
    return Chunk(
        doc_id=doc.id,
        statement_id=statement_id,
        speaker=statement.speaker,
        speaker_en=statement.speaker_en,
        paragraph=index,
        start=start,
        end=end,
        text=doc.text[start:end],
        sentences=sentences,
    )
