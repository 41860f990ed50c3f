"""The gold question set: every line checked before the first question is asked.

Two steps, so that a bad line costs nothing: `parse_dataset` checks each line against a pydantic
model (types are strict: `"false"` is not a boolean, `"12"` is not an offset), and `resolve`
checks the evidence against the target's own documents (known source ids, offsets inside the
text, quoted words found). Every problem is reported as `FILE:LINE: field: problem`, all of
them at once, never as a traceback. Format: eval/README.md.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

DEFAULT_DATASET = Path(__file__).with_name("datasets") / "talks.jsonl"


@dataclass(frozen=True)
class Evidence:
    """A gold span (character offsets into one source) and the other spans that state the
    same part of the answer as fully (`alternatives`: another report of the same remark)."""

    source_id: str
    start: int
    end: int
    speaker: str
    alternatives: tuple[Evidence, ...] = ()

    @property
    def spans(self) -> tuple[Evidence, ...]:
        """This span and its alternatives: finding any one of them finds this evidence."""
        return (self, *self.alternatives)


@dataclass(frozen=True)
class Item:
    id: str
    language: str
    category: str
    messages: list[dict[str, str]]
    answerable: bool
    evidence: list[Evidence]
    reference: str
    key_facts: list[list[str]]
    expected_speakers: list[str]
    # an unanswerable item's false premise: the spans that correct it, which a refusal's
    # nearest sources should show
    correction: list[Evidence] = dataclasses.field(default_factory=list)

    @property
    def question(self) -> str:
        return self.messages[-1]["content"]


class DatasetError(ValueError):
    """A dataset that cannot be evaluated; `problems` are the `FILE:LINE: field: problem`
    lines, one per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# -- one line, as pydantic sees it ------------------------------------------------------------

Text = Annotated[str, Field(min_length=1)]


def _groups(value: Any) -> Any:
    """A flat list of phrases is ambiguous ("all of them" or "any of them"?), and was once
    scored by iterating each phrase's characters (1.000 for an absent phrase): refuse it."""
    if isinstance(value, list) and any(isinstance(group, str) for group in value):
        raise PydanticCustomError(
            "key_facts_flat",
            'must be a list of groups: [["a"], ["b"]] when every phrase must appear, '
            '[["a", "b"]] when one of them is enough',
        )
    return value


class _Line(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)


class MessageLine(_Line):
    role: Literal["user", "assistant", "system"]
    content: Text


class SpanLine(_Line):
    source_id: Text
    start: int | None = Field(None, ge=0)
    end: int | None = Field(None, ge=1)
    quote: Text | None = None
    occurrence: int = Field(1, ge=1)
    speaker: str = ""

    @model_validator(mode="after")
    def _span(self) -> SpanLine:
        if self.quote is None and (self.start is None or self.end is None):
            raise PydanticCustomError(
                "evidence_span", "needs start and end, or the exact words as quote"
            )
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise PydanticCustomError(
                "evidence_order",
                "end ({end}) must be greater than start ({start})",
                {"end": self.end, "start": self.start},
            )
        return self


class EvidenceLine(SpanLine):
    alternatives: list[SpanLine] = Field(default_factory=list)


class ItemLine(_Line):
    id: Text
    language: Literal["ar", "en"]
    category: str = "uncategorised"
    messages: list[MessageLine] = Field(..., min_length=1)
    answerable: bool
    evidence: list[EvidenceLine] = Field(default_factory=list)
    correction: list[SpanLine] = Field(default_factory=list)
    reference: str = ""
    key_facts: Annotated[
        list[Annotated[list[Text], Field(min_length=1)]], BeforeValidator(_groups)
    ] = Field(default_factory=list)
    expected_speakers: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _question_and_evidence(self) -> ItemLine:
        if self.messages[-1].role != "user":
            raise PydanticCustomError("last_message", "the last message must be the user's")
        if self.answerable and not self.evidence:
            raise PydanticCustomError(
                "no_evidence", "an answerable item needs evidence (the spans that answer it)"
            )
        return self


# where a model-level problem is reported: the field it is about
_MODEL_ERRORS = {"last_message": "messages", "no_evidence": "evidence"}


def _field(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "item"


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


_KINDS = {
    "bool_type": "true or false",
    "int_type": "an integer",
    "string_type": "a string",
    "list_type": "a list",
    "model_type": "an object",
    "dict_type": "an object",
}


def _problem(error: Any) -> tuple[str, str]:
    """(field, problem) in the words a dataset's author needs, with the value they wrote."""
    kind, loc = error["type"], tuple(error["loc"])
    field = _field(loc)
    if kind in _MODEL_ERRORS:
        field = _field((*loc, _MODEL_ERRORS[kind]))
    if kind == "missing":
        return field, "missing (required)"
    if kind in _KINDS:
        return field, f"must be {_KINDS[kind]}, not {_shown(error['input'])}"
    if kind == "literal_error":
        allowed = " or ".join(_shown(v) for v in error["ctx"]["expected"].split(" or "))
        return field, f"must be {allowed}, not {_shown(error['input'])}".replace("'", "")
    if kind in ("too_short", "string_too_short"):
        return field, "must not be empty"
    if kind == "greater_than_equal":
        return field, f"must be at least {error['ctx']['ge']}, not {_shown(error['input'])}"
    message = str(error["msg"])
    return field, message[:1].lower() + message[1:]


@dataclass(frozen=True)
class ParsedDataset:
    """The lines that passed, with their line numbers, and the file's hash (a baseline
    records it, so a gate never compares two different sets)."""

    path: Path
    sha256: str
    lines: list[tuple[int, ItemLine]]


def dataset_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_dataset(path: Path) -> ParsedDataset:
    """Every line checked against ItemLine; raises DatasetError naming every problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DatasetError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DatasetError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    problems: list[str] = []
    lines: list[tuple[int, ItemLine]] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: item: not valid JSON: {exc.msg} (column {exc.colno})")
            continue
        try:
            item = ItemLine.model_validate(raw)
        except ValidationError as exc:
            problems += [f"{where}: {f}: {p}" for f, p in map(_problem, exc.errors())]
            continue
        if item.id in first_line:
            problems.append(f"{where}: id: {_shown(item.id)} is already line {first_line[item.id]}")
            continue
        first_line[item.id] = number
        lines.append((number, item))
    if not problems and not lines:
        problems.append(f"{path}: no items: the file is empty (one JSON object per line)")
    if problems:
        raise DatasetError(problems)
    return ParsedDataset(path=path, sha256=hashlib.sha256(data).hexdigest(), lines=lines)


# -- the evidence against the target's documents -------------------------------------------


def _span(
    raw: SpanLine, *, length: int, text: Callable[[], str], where: str
) -> tuple[Evidence | None, str | None]:
    """The evidence with offsets, or the problem (`field: problem`) that stops it."""
    name = _shown(raw.source_id)
    if raw.quote is not None:
        body, start = text(), -1
        for _ in range(raw.occurrence):
            start = body.find(raw.quote, start + 1)
            if start == -1:
                break
        if start == -1:
            count = body.count(raw.quote)
            if count:
                return None, (
                    f"{where}.occurrence: {raw.occurrence}, but the quote occurs {count} "
                    f"time{'s' if count > 1 else ''} in {name}"
                )
            return None, f"{where}.quote: not found in {name}: {_shown(raw.quote)}"
        end = start + len(raw.quote)
        if raw.start is not None and (raw.start, raw.end) != (start, end):
            return None, (
                f"{where}.start: {raw.start}:{raw.end} is not where the quote is in {name} "
                f"({start}:{end})"
            )
        return Evidence(raw.source_id, start, end, raw.speaker), None
    assert raw.start is not None and raw.end is not None  # EvidenceLine._span
    if raw.start >= length:
        return None, f"{where}.start: {raw.start} is past the end of {name} ({length} characters)"
    if raw.end > length:
        return None, f"{where}.end: {raw.end} is past the end of {name} ({length} characters)"
    return Evidence(raw.source_id, raw.start, raw.end, raw.speaker), None


def resolve(
    parsed: ParsedDataset,
    *,
    lengths: Mapping[str, int] | None,
    source_text: Callable[[str], str] | None = None,
    target: str = "the target",
) -> list[Item]:
    """Items whose evidence is checked against the documents the target serves (`lengths`:
    source id -> characters; `source_text` finds quoted evidence and turns it into offsets).
    With `lengths=None` offsets are taken as written (for uses that only need the
    questions). Raises DatasetError naming every problem."""
    problems: list[str] = []
    items: list[Item] = []
    known = ", ".join(sorted(lengths or {})[:5]) + (", ..." if len(lengths or {}) > 5 else "")

    def resolved(raw: SpanLine, where: str) -> Evidence | None:
        if lengths is None or source_text is None:
            if raw.start is None or raw.end is None:
                problems.append(
                    f"{where}.quote: needs the documents to find "
                    "the quote in (run against a target)"
                )
                return None
            return Evidence(raw.source_id, raw.start, raw.end, raw.speaker)
        if raw.source_id not in lengths:
            problems.append(
                f"{where}.source_id: no source "
                f"{_shown(raw.source_id)} on {target} (it has: {known or 'none'})"
            )
            return None
        span, problem = _span(
            raw,
            length=lengths[raw.source_id],
            text=functools.partial(source_text, raw.source_id),
            where=where,
        )
        if problem:
            problems.append(problem)
        return span

    for number, line in parsed.lines:
        evidence: list[Evidence] = []
        for i, raw in enumerate(line.evidence):
            span = resolved(raw, f"{parsed.path}:{number}: evidence[{i}]")
            alternatives = [
                resolved(alt, f"{parsed.path}:{number}: evidence[{i}].alternatives[{j}]")
                for j, alt in enumerate(raw.alternatives)
            ]
            if span is not None:
                evidence.append(
                    dataclasses.replace(
                        span, alternatives=tuple(a for a in alternatives if a is not None)
                    )
                )
        correction = [
            resolved(raw, f"{parsed.path}:{number}: correction[{i}]")
            for i, raw in enumerate(line.correction)
        ]
        items.append(
            Item(
                id=line.id,
                language=line.language,
                category=line.category,
                messages=[m.model_dump() for m in line.messages],
                answerable=line.answerable,
                evidence=evidence,
                reference=line.reference,
                key_facts=[list(group) for group in line.key_facts],
                expected_speakers=list(line.expected_speakers),
                correction=[c for c in correction if c is not None],
            )
        )
    if problems:
        raise DatasetError(problems)
    return items


def strict(item: Item) -> Item:
    """The item scored against each evidence entry's own span only (no alternatives)."""
    return dataclasses.replace(
        item, evidence=[dataclasses.replace(g, alternatives=()) for g in item.evidence]
    )


def load_dataset(
    path: Path = DEFAULT_DATASET, *, texts: Mapping[str, str] | None = None
) -> list[Item]:
    """Parse and resolve in one step: against `texts` (source id -> text) when given; without
    them, offsets are taken as written (enough for the questions)."""
    parsed = parse_dataset(path)
    if texts is None:
        return resolve(parsed, lengths=None)
    return resolve(
        parsed,
        lengths={k: len(v) for k, v in texts.items()},
        source_text=texts.__getitem__,
        target="the given texts",
    )
