"""The gold question set: loading and checking items (format: eval/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATASET = Path(__file__).with_name("datasets") / "talks.jsonl"


@dataclass(frozen=True)
class Evidence:
    source_id: str
    start: int
    end: int
    speaker: str


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

    @property
    def question(self) -> str:
        return self.messages[-1]["content"]


class DatasetError(ValueError):
    pass


def _evidence(raw: dict, texts: dict[str, str] | None, where: str) -> Evidence:  # type: ignore[type-arg]
    """An evidence span by offsets, or by its exact words (`quote`, `occurrence`) when the
    reports' texts are given."""
    if "quote" in raw and "start" not in raw:
        if texts is None or raw["source_id"] not in texts:
            raise DatasetError(f"{where}: unknown source {raw['source_id']!r} for a quoted span")
        text, start = texts[raw["source_id"]], -1
        for _ in range(int(raw.get("occurrence", 1))):
            start = text.find(raw["quote"], start + 1)
            if start == -1:
                raise DatasetError(
                    f"{where}: quote not in {raw['source_id']}: {raw['quote'][:50]!r}"
                )
        return Evidence(raw["source_id"], start, start + len(raw["quote"]), raw.get("speaker", ""))
    return Evidence(raw["source_id"], raw["start"], raw["end"], raw.get("speaker", ""))


def load_dataset(
    path: Path = DEFAULT_DATASET, *, texts: dict[str, str] | None = None
) -> list[Item]:
    """Items of a JSONL set; `texts` (source id -> text) resolves evidence given as quotes."""
    items: list[Item] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            item = Item(
                id=raw["id"],
                language=raw["language"],
                category=raw["category"],
                messages=raw["messages"],
                answerable=bool(raw["answerable"]),
                evidence=[_evidence(e, texts, f"{path}:{number}") for e in raw["evidence"]],
                reference=raw.get("reference", ""),
                key_facts=raw.get("key_facts", []),
                expected_speakers=raw.get("expected_speakers", []),
            )
        except (KeyError, TypeError, json.JSONDecodeError) as exc:
            raise DatasetError(f"{path}:{number}: not a valid item ({exc})") from exc
        if item.language not in ("ar", "en"):
            raise DatasetError(f"{path}:{number}: language must be 'ar' or 'en'")
        if not item.messages or item.messages[-1].get("role") != "user":
            raise DatasetError(f"{path}:{number}: the last message must be the user's")
        if item.answerable and not item.evidence:
            raise DatasetError(f"{path}:{number}: an answerable item needs evidence")
        items.append(item)
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids):
        raise DatasetError(f"{path}: duplicate item ids")
    return items
