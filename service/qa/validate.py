"""Request validation: what a chat request may ask, and which answerer serves it."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.normalize import detect_language, typed_text
from service.errors import InvalidRequest
from service.models import ChatRequest, Message
from service.settings import Settings

EXTRACTIVE = "talksqa-extractive"
LLM = "talksqa-llm"


@dataclass(frozen=True)
class Prepared:
    """A valid request, read: how many passages, the turns (invisible characters stripped,
    no system turns), the question and its language."""

    top_k: int
    messages: list[Message]
    question: str
    language: str


class RequestValidator:
    """Refuses requests the service will not answer, with a hint, before any work is done."""

    def __init__(self, settings: Settings, *, llm_configured: bool) -> None:
        self.settings = settings
        self.llm_configured = llm_configured

    def validate(self, request: ChatRequest) -> int:
        s = self.settings
        messages = request.messages
        if len(messages) > s.max_turns:
            raise InvalidRequest(
                f"too many messages: {len(messages)} > {s.max_turns}",
                hint="send only the recent turns of the conversation",
            )
        if messages[-1].role != "user":
            raise InvalidRequest(
                "the last message must be the user's question",
                hint='end "messages" with {"role": "user", ...}',
            )
        question = typed_text(messages[-1].content).strip()
        if not question:
            raise InvalidRequest("the question is empty", hint="type a question")
        if len(messages[-1].content) > s.max_question_chars:
            raise InvalidRequest(
                f"the question is too long: {len(messages[-1].content)} > "
                f"{s.max_question_chars} characters",
                hint="ask a shorter question",
            )
        for m in messages[:-1]:
            if len(m.content) > s.max_turn_chars:
                raise InvalidRequest(
                    f"an earlier message is too long: > {s.max_turn_chars} characters",
                    hint="trim the conversation history",
                )
        top_k = s.top_k if request.top_k is None else request.top_k
        if not 1 <= top_k <= s.max_top_k:
            raise InvalidRequest(
                f"top_k must be between 1 and {s.max_top_k}", hint="omit top_k to use the default"
            )
        return top_k

    def prepare(self, request: ChatRequest) -> Prepared:
        top_k = self.validate(request)
        messages = [
            m.model_copy(update={"content": typed_text(m.content)})
            for m in request.messages
            if m.role != "system"
        ]
        question = messages[-1].content.strip()
        return Prepared(top_k, messages, question, detect_language(question))

    def models(self) -> list[str]:
        """The answerers this service offers; the first is the default."""
        extractive = [EXTRACTIVE]
        return [LLM, *extractive] if self.llm_configured else extractive

    def model(self, request: ChatRequest) -> str:
        if request.model == LLM and not self.llm_configured:
            raise InvalidRequest(
                f"model {LLM!r} is not configured on this service",
                hint=f"use {EXTRACTIVE!r}, or set TALKSQA_LLM_BASE_URL",
            )
        if request.model in (LLM, EXTRACTIVE):
            return request.model
        return self.models()[0]  # OpenAI clients send any model name: serve the default
