"""Out-of-corpus names: when a question asks about a party, place or person that the statements
never mention, the honest answer is that they do not say, not the nearest passage about
someone else. A small bilingual gazetteer (gazetteer.json) makes that check possible for English
questions over an Arabic corpus, where no word can match directly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.normalize import normalize

_PREFIXES = "(?:^|(?<=[\\s\\W]))(?:[وفبل]?(?:ال)?)"


@dataclass(frozen=True)
class Entity:
    label_en: str
    label_ar: str
    en: re.Pattern[str]
    ar: re.Pattern[str]
    person: bool = False


def _ar_pattern(aliases: list[str]) -> re.Pattern[str]:
    forms = sorted({normalize(a).removeprefix("ال") for a in aliases}, key=len, reverse=True)
    return re.compile(_PREFIXES + "(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def load_gazetteer(path: Path) -> list[Entity]:
    data = json.loads(path.read_text(encoding="utf-8"))
    entities = []
    for item in data["entities"]:
        en = re.compile(
            r"\b(?:" + "|".join(re.escape(a) for a in item["en"]) + r")\b", re.IGNORECASE
        )
        entities.append(
            Entity(
                item["en"][0],
                item["ar"][0],
                en,
                _ar_pattern(item["ar"]),
                person=bool(item.get("person")),
            )
        )
    return entities


class UnknownEntities:
    """Finds names in a question that the indexed statements do not contain."""

    def __init__(self, entities: list[Entity], corpus_texts: list[str]) -> None:
        corpus = "\n".join(normalize(t) for t in corpus_texts)
        # Only names absent from the corpus can make the service abstain.
        self._absent = [e for e in entities if not e.ar.search(corpus)]
        self._named = [e for e in entities if e.person and e.ar.search(corpus)]

    def names_a_named_person(self, question: str) -> bool:
        """Whether the question mentions, by name or role, someone the statements name."""
        folded = normalize(question)
        return any(e.en.search(question) or e.ar.search(folded) for e in self._named)

    def find(self, question: str) -> Entity | None:
        folded = normalize(question)
        for entity in self._absent:
            if entity.en.search(question) or entity.ar.search(folded):
                return entity
        return None
