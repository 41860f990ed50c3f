"""The framer: the fixed phrasing around an answer's quotes, in the question's language."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from service.models import Citation
from service.qa.named_speakers import NamedSpeakers, asks_whether_said


@dataclass(frozen=True)
class Frames:
    """The fixed phrasing of answers and refusals in one language (prompts/extractive.*.json)."""

    quote: str
    quote_same_speaker: str
    separator: str
    abstain: str
    abstain_entity: str
    nearest_intro: str
    empty_index: str
    intro: str = ""
    other_speaker: str = ""  # "Did X say ...?" answered by another speaker's words
    abstain_unquoted: str = ""  # someone no report quotes: "No published statement quotes X."

    @classmethod
    def load(cls, prompts_dir: Path, language: str) -> Frames:
        path = prompts_dir / f"extractive.{language}.json"
        return cls(**json.loads(path.read_text(encoding="utf-8")))


class Framer:
    """Puts the citations into an answer's words: who said each quote, and, for "Did X say
    ...?" answered by someone else's words, a preamble that says so."""

    def __init__(
        self, frames: dict[str, Frames], *, named_speakers: NamedSpeakers | None = None
    ) -> None:
        self.frames = frames
        self.named_speakers = named_speakers

    def frame(self, question: str, language: str, citations: list[Citation]) -> str:
        frames = self.frames[language]
        text = self.quotes(frames, language, citations)
        other = self.said_by_another(question, language, citations)
        if other is not None and frames.other_speaker:
            asked, speaker = other
            text = frames.other_speaker.format(asked=asked, speaker=speaker) + "\n" + text
        return text

    @staticmethod
    def quotes(frames: Frames, language: str, citations: list[Citation]) -> str:
        lines = [frames.intro] if frames.intro else []
        previous = None
        for c in citations:
            speaker = c.speaker_en if language == "en" else c.speaker
            template = frames.quote_same_speaker if c.statement_id == previous else frames.quote
            lines.append(template.format(speaker=speaker, quote=c.quote, n=c.n))
            previous = c.statement_id
        return frames.separator.join(lines)

    def said_by_another(
        self, question: str, language: str, citations: list[Citation]
    ) -> tuple[str, str] | None:
        """For "Did X say ...?" answered by someone else's words: (X's label, the speaker's)."""
        if self.named_speakers is None or not citations or not asks_whether_said(question):
            return None
        named = self.named_speakers.find(question)
        first = citations[0]
        if not named or first.speaker_id in named:
            return None
        ar, en = self.named_speakers.labels[sorted(named)[0]]
        return (ar, first.speaker) if language == "ar" else (en, first.speaker_en)
