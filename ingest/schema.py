"""The index's data model: documents, statements and chunks, and how they map to Chroma metadata.

Ingest writes these and the service reads them back; both import this module so the two sides
cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class QuoteSpan:
    """Words of reported speech inside a statement, and the canonical speaker they belong to."""

    start: int
    end: int
    speaker_id: str
    speaker: str  # Arabic label
    speaker_en: str  # English label
    # the speaker as this report names them ("مكتب نتنياهو", "a Syrian official"; a pronoun's
    # antecedent), in the report's words: one of the names a question may use for them
    mention: str = ""


@dataclass(frozen=True)
class Statement:
    """A stretch of a report that belongs to one speaker: their quotes, the reporting clauses
    and the lead-in around them. The quoted words are the speaker's (`quotes`); the rest of the
    stretch is the report's narration about the statement."""

    id: str
    speaker: str  # Arabic label of the canonical speaker
    speaker_en: str  # English label
    start: int
    end: int
    paragraphs: tuple[int, int]  # first and last paragraph, 1-based, inclusive
    speaker_id: str = ""
    language: str = "ar"
    quotes: tuple[QuoteSpan, ...] = ()


@dataclass(frozen=True)
class StructureSpan:
    # title | subheading | dateline | byline | timestamp | list_marker | kicker | heading_marker
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Narrator:
    """Who narration is attributed to: the report, and its outlet when known."""

    id: str
    label: str
    label_en: str


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    text: str
    sha256: str
    title: str
    language: str = "ar"
    title_ar: str | None = None  # for Arabic readers, when the sidecar gives one
    date: str | None = None
    url: str | None = None
    statements: tuple[Statement, ...] = ()
    paragraphs: tuple[Span, ...] = ()  # running-text paragraphs (structure lines excluded)
    structure: tuple[StructureSpan, ...] = ()
    warnings: tuple[str, ...] = ()
    narrator: Narrator = Narrator("report", "التقرير", "the report")

    def statement_for(self, offset: int) -> Statement | None:
        for statement in self.statements:
            if statement.start <= offset < statement.end:
                return statement
        return None


@dataclass(frozen=True)
class Chunk:
    """A piece of one statement, never crossing it, with exact offsets into its document."""

    doc_id: str
    statement_id: str
    speaker: str  # the voice of the chunk: a quote's speaker, or the report for narration
    speaker_en: str
    paragraph: int  # 1-based
    start: int
    end: int
    text: str
    # Quotable sentence spans inside the chunk (reporting lead-ins and quote marks trimmed).
    sentences: tuple[Span, ...] = field(default_factory=tuple)
    speaker_id: str = ""
    section: str = ""  # the title or subheading the chunk sits under (searchable, never quoted)
    # The paragraph around a short chunk (ingest.chunk._context), embedded with it so that a
    # fragment ("or denies the freeze") is found by what its paragraph is about. Not stored: it is
    # only read when the vector is computed, and it is part of the id so a changed paragraph
    # re-embeds its chunks.
    context: str = ""

    @property
    def id(self) -> str:
        """Content hash: the same text at the same place of the same document keeps its id."""
        key = "\x1f".join(
            [
                self.doc_id,
                self.statement_id,
                self.speaker,
                self.speaker_en,
                str(self.start),
                str(self.end),
                self.text,
                json.dumps(self.sentences),
                self.speaker_id,
                self.section,
                self.context,
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def to_metadata(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "statement_id": self.statement_id,
            "speaker": self.speaker,
            "speaker_en": self.speaker_en,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "sentences": json.dumps(self.sentences),
            "speaker_id": self.speaker_id,
            "section": self.section,
        }

    @classmethod
    def from_record(cls, text: str, metadata: dict[str, Any]) -> Chunk:
        return cls(
            doc_id=str(metadata["doc_id"]),
            statement_id=str(metadata["statement_id"]),
            speaker=str(metadata["speaker"]),
            speaker_en=str(metadata["speaker_en"]),
            paragraph=int(metadata["paragraph"]),
            start=int(metadata["start"]),
            end=int(metadata["end"]),
            text=text,
            sentences=tuple(tuple(s) for s in json.loads(str(metadata["sentences"]))),  # type: ignore[misc]
            speaker_id=str(metadata.get("speaker_id", "")),
            section=str(metadata.get("section", "")),
        )


def document_metadata(doc: Document) -> dict[str, Any]:
    """Chroma metadata values must be scalars: nested parts go in as JSON."""
    return {
        "path": doc.path,
        "sha256": doc.sha256,
        "title": doc.title,
        "title_ar": doc.title_ar or "",
        "language": doc.language,
        "date": doc.date or "",
        "url": doc.url or "",
        "statements": json.dumps(
            [
                {
                    "id": s.id,
                    "speaker": s.speaker,
                    "speaker_en": s.speaker_en,
                    "start": s.start,
                    "end": s.end,
                    "paragraphs": list(s.paragraphs),
                    "speaker_id": s.speaker_id,
                    "language": s.language,
                    "quotes": [list(dataclasses.astuple(q)) for q in s.quotes],
                }
                for s in doc.statements
            ],
            ensure_ascii=False,
        ),
        "paragraph_spans": json.dumps([list(p) for p in doc.paragraphs]),
        "structure": json.dumps([list(dataclasses.astuple(s)) for s in doc.structure]),
        "warnings": json.dumps(list(doc.warnings), ensure_ascii=False),
        "narrator": json.dumps(list(dataclasses.astuple(doc.narrator)), ensure_ascii=False),
    }


def document_from_record(doc_id: str, text: str, metadata: dict[str, Any]) -> Document:
    statements = tuple(
        Statement(
            id=s["id"],
            speaker=s["speaker"],
            speaker_en=s["speaker_en"],
            start=s["start"],
            end=s["end"],
            paragraphs=(s["paragraphs"][0], s["paragraphs"][1]),
            speaker_id=s.get("speaker_id", ""),
            language=s.get("language", "ar"),
            quotes=tuple(QuoteSpan(*q) for q in s.get("quotes", [])),
        )
        for s in json.loads(str(metadata["statements"]))
    )
    return Document(
        id=doc_id,
        path=str(metadata["path"]),
        text=text,
        sha256=str(metadata["sha256"]),
        title=str(metadata["title"]),
        title_ar=str(metadata.get("title_ar") or "") or None,
        language=str(metadata["language"]),
        date=str(metadata["date"]) or None,
        url=str(metadata["url"]) or None,
        statements=statements,
        paragraphs=tuple((a, b) for a, b in json.loads(str(metadata.get("paragraph_spans", "[]")))),
        structure=tuple(
            StructureSpan(*x) for x in json.loads(str(metadata.get("structure", "[]")))
        ),
        warnings=tuple(json.loads(str(metadata.get("warnings", "[]")))),
        narrator=Narrator(
            *json.loads(str(metadata.get("narrator", '["report", "التقرير", "the report"]')))
        ),
    )
