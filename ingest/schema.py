"""The index's data model: documents, statements and chunks, and how they map to Chroma metadata.

Ingest writes these and the service reads them back; both import this module so the two sides
cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Statement:
    """One quoted statement in a report: who speaks, and the character span of their paragraphs."""

    id: str
    speaker: str  # as the report names it, in the report's language
    speaker_en: str  # English label (from the sidecar), or the original when none is given
    start: int
    end: int
    paragraphs: tuple[int, int]  # first and last paragraph, 1-based, inclusive


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    text: str
    sha256: str
    title: str
    language: str = "ar"
    date: str | None = None
    url: str | None = None
    statements: tuple[Statement, ...] = ()

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
    speaker: str
    speaker_en: str
    paragraph: int  # 1-based
    start: int
    end: int
    text: str
    # Quotable sentence spans inside the chunk (reporting lead-ins and quote marks trimmed).
    sentences: tuple[Span, ...] = field(default_factory=tuple)

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
        )


def document_metadata(doc: Document) -> dict[str, Any]:
    """Chroma metadata values must be scalars: nested parts go in as JSON."""
    return {
        "path": doc.path,
        "sha256": doc.sha256,
        "title": doc.title,
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
                }
                for s in doc.statements
            ],
            ensure_ascii=False,
        ),
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
        )
        for s in json.loads(str(metadata["statements"]))
    )
    return Document(
        id=doc_id,
        path=str(metadata["path"]),
        text=text,
        sha256=str(metadata["sha256"]),
        title=str(metadata["title"]),
        language=str(metadata["language"]),
        date=str(metadata["date"]) or None,
        url=str(metadata["url"]) or None,
        statements=statements,
    )
