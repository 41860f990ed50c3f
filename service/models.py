"""What crosses HTTP: request and response models (the OpenAPI schema is generated from these)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, model_validator
from pydantic_core import PydanticCustomError


def _json_number(kind: str) -> BeforeValidator:
    """JSON types as the schema states them: false is not 0 and "3" is not 3, while 3.0 is
    an integer (JSON Schema's rule), so pydantic's lax coercion is narrowed, not switched off."""

    def check(value: Any) -> Any:
        if isinstance(value, bool | str | bytes):
            raise PydanticCustomError(f"{kind}_type", f"Input should be a valid {kind}")
        return value

    return BeforeValidator(check)


JsonInt = Annotated[int, _json_number("integer")]
# Bounds go between the type and the validator, or the schema shows "ge" instead of "minimum".
PositiveJsonInt = Annotated[int, Field(ge=1), _json_number("integer")]
Temperature = Annotated[float, Field(ge=0, le=2), _json_number("number")]
JsonBool = Annotated[bool, Strict()]


def _encodable(value: Any, where: str = "body") -> None:
    """JSON may carry lone surrogates (\\ud83d) that no UTF-8 text can hold: refuse them, in
    every field and every nested value, before anything downstream tries to encode them."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise PydanticCustomError(
                "string_unicode",
                "{where}: not valid Unicode text (a lone surrogate at character {at})",
                {"where": where, "at": exc.start},
            ) from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _encodable(key, where)
            _encodable(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _encodable(item, f"{where}[{i}]")


class RequestModel(BaseModel):
    """A request body: unknown fields ignored, every string valid Unicode."""

    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _valid_unicode(cls, data: Any) -> Any:
        _encodable(data)
        return data


class Message(RequestModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["user", "assistant", "system"]
    content: str = Field(
        ...,
        min_length=1,
        description="The text; the question (the last message) must not be blank",
    )


class ChatRequest(RequestModel):
    model_config = ConfigDict(extra="ignore")

    model: str | None = Field(
        None,
        description="A model id from GET /v1/models (talksqa-extractive, or talksqa-llm when "
        "configured); default: the first; any other id is refused with 404 model_not_found",
    )
    messages: list[Message] = Field(
        ...,
        min_length=1,
        description="The conversation; the last message is the user's question (role "
        "'user', not blank). At most max_turns messages.",
        examples=[[{"role": "user", "content": "What did the Syrian official say?"}]],
    )
    top_k: JsonInt | None = Field(None, description="Chunks to retrieve (1..max_top_k)")
    stream: JsonBool = Field(
        False, description="Answer as Server-Sent Events: meta, delta..., done (see README)"
    )
    include_retrieved: JsonBool = Field(
        False,
        description="Also return the ranked retrieved passages, with their text and offsets "
        "(for evaluation: RAG metrics' contexts)",
    )


class AlsoIn(BaseModel):
    source_id: str
    start: int = Field(..., description="The same statement in this report: text[start:end]")
    end: int
    speaker_id: str
    source_version: str = Field("", description="sha256 of the text this offset refers to")


class Citation(BaseModel):
    n: int = Field(..., description="The [n] marker in the answer")
    source_id: str
    statement_id: str
    speaker: str = Field(..., description="Who said it, as the report names them")
    speaker_en: str = Field(..., description="Who said it, in English")
    speaker_id: str = Field(
        "",
        description="The canonical speaker (GET /v1/speakers); 'report:<source_id>' when the "
        "quote is the report's own narration about a statement",
    )
    quote: str = Field(..., description="Exactly text[start:end] of the source")
    start: int
    end: int
    source_version: str = Field(
        "",
        description="sha256 of the source text that start and end index (UTF-8); pass it as "
        "GET /v1/sources/{source_id}?version= to read exactly that text, or learn (410) that "
        "the source has changed since",
    )
    paragraph: int
    chunk_id: str
    score: float = Field(..., description="Cosine similarity of the passage to the question")
    also_in: list[AlsoIn] = Field(
        default_factory=list,
        description="Other reports that carry the same statement (cited once, listed here)",
    )


class Retrieved(BaseModel):
    rank: int
    chunk_id: str
    source_id: str
    start: int
    end: int
    text: str = Field(
        ..., description="The passage, exactly text[start:end] of the source (RAG contexts)"
    )
    similarity: float
    score: float


class Timings(BaseModel):
    """Where this request's time went, in milliseconds."""

    embed_ms: float
    search_ms: float
    answer_ms: float
    total_ms: float
    cached: bool = Field(
        False,
        description="true: an identical earlier request's answer, from the same index "
        "generation, was returned; nothing was embedded, searched or answered (those timings "
        "are 0) and total_ms is this request's own time",
    )


class ChatResponse(BaseModel):
    answer: str
    abstained: bool
    language: Literal["ar", "en"]
    citations: list[Citation]
    nearest: list[Citation] = Field(
        default_factory=list, description="When abstaining: the closest passages, for the reader"
    )
    reason: str | None = Field(None, description="Why the service abstained")
    query: str = Field(..., description="The retrieval query (a follow-up is put in context)")
    model: str = Field("talksqa-extractive", description="The answerer that wrote the answer")
    grounding: Literal["extractive", "verified", "fallback"] = Field(
        "extractive",
        description="extractive: quotes only; verified: an LLM answer whose every sentence "
        "cites a given passage; fallback: the LLM failed or was not grounded, quotes instead",
    )
    timings: Timings
    retrieved: list[Retrieved] | None = None


class QuoteInfo(BaseModel):
    start: int
    end: int
    speaker_id: str


class StatementInfo(BaseModel):
    id: str
    speaker: str
    speaker_en: str
    start: int
    end: int
    paragraphs: tuple[int, int]
    speaker_id: str = ""
    language: str = "ar"
    quotes: list[QuoteInfo] = Field(
        default_factory=list, description="The speaker's own words inside the stretch"
    )


class StructureInfo(BaseModel):
    kind: str = Field(..., description="title, subheading, dateline, byline, timestamp, ...")
    start: int
    end: int


class SpeakerStatement(BaseModel):
    source_id: str
    statement_id: str
    start: int = Field(..., description="A quote of this speaker: text[start:end] of the source")
    end: int


class SpeakerInfo(BaseModel):
    id: str
    label: str = Field(..., description="Arabic display label")
    label_en: str = Field(..., description="English display label")
    statements: list[SpeakerStatement]


class SpeakerList(BaseModel):
    speakers: list[SpeakerInfo]


class SourceSummary(BaseModel):
    source_id: str
    title: str
    title_ar: str | None = Field(None, description="The title for Arabic readers, when known")
    language: str
    date: str | None
    url: str | None
    sha256: str = Field(..., description="sha256 of the file ingested (its bytes)")
    version: str = Field(
        ..., description="sha256 of `text` (UTF-8): the source_version its citations carry"
    )
    length: int
    statements: list[StatementInfo]
    structure: list[StructureInfo] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="What ingest noticed")


class SourceList(BaseModel):
    sources: list[SourceSummary]


class Source(SourceSummary):
    text: str
    current: bool = Field(
        True, description="false: an earlier version, from a retained index generation"
    )


class WidgetToken(BaseModel):
    token: str = Field(..., description="Send as Authorization: Bearer <token>")
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(..., description="Seconds the token is valid")


class Health(BaseModel):
    status: Literal["ok"]


class Ready(BaseModel):
    status: Literal["ready", "degraded"] = Field(
        description="degraded: answering from the index in memory while the store is unreachable"
    )
    generation: str
    embedder: str
    chunks: int
    documents: int
    store: str
    stale_seconds: float | None = Field(
        None, description="When degraded: seconds since the store was last reachable"
    )
    problem: str | None = Field(None, description="When degraded: what is wrong")
    hint: str | None = Field(None, description="When degraded: what fixes it")
