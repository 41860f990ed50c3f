"""The optional LLM answerer: any OpenAI-compatible server, through langchain-openai.

The LLM only ever sees the retrieved passages, presented as numbered data; what it writes goes
through the grounding guard before anyone sees it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.models import Message
from service.qa.retrieve import Hit
from service.settings import Settings

NOT_IN_STATEMENTS = "NOT_IN_STATEMENTS"


class LLMFailure(Exception):
    """The LLM server failed, timed out or returned nothing usable."""


@dataclass(frozen=True)
class Prompts:
    answer: dict[str, str]
    condense: str

    @classmethod
    def load(cls, prompts_dir: Path) -> Prompts:
        return cls(
            answer={
                lang: (prompts_dir / f"llm.{lang}.txt").read_text(encoding="utf-8")
                for lang in ("ar", "en")
            },
            condense=(prompts_dir / "condense.txt").read_text(encoding="utf-8"),
        )


def format_passages(hits: list[Hit], text_of: Any) -> str:
    lines = []
    for n, hit in enumerate(hits, 1):
        lines.append(f"[{n}] ({hit.chunk.speaker_en} / {hit.chunk.speaker}): {text_of(hit)}")
    return "\n".join(lines)


class LLMAnswerer:
    def __init__(self, settings: Settings) -> None:
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise LLMFailure("the LLM answerer needs: pip install 'talksqa[llm]'") from exc
        self.settings = settings
        self.prompts = Prompts.load(settings.prompts_dir)
        self.model = ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=0,
            max_completion_tokens=settings.llm_max_tokens,
        )

    async def _complete(self, prompt: str) -> str:
        try:
            reply = await self.model.ainvoke(prompt)
        except Exception as exc:  # timeouts, connection errors, 5xx: all mean "fall back"
            raise LLMFailure(f"{type(exc).__name__}: {exc}") from exc
        content = reply.content if isinstance(reply.content, str) else str(reply.content)
        if not content.strip():
            raise LLMFailure("the LLM returned an empty answer")
        return content.strip()

    async def answer(self, *, question: str, language: str, passages: str) -> str:
        template = self.prompts.answer[language]
        return await self._complete(template.format(passages=passages, question=question))

    async def condense(self, messages: list[Message]) -> str:
        history = "\n".join(f"{m.role}: {m.content}" for m in messages[:-1])
        prompt = self.prompts.condense.format(history=history, question=messages[-1].content)
        return (await self._complete(prompt)).splitlines()[0].strip()
