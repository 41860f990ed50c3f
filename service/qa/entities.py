"""Out-of-corpus names: when a question asks about a party, place or person that the statements
never mention, the honest answer is that they do not say, not the nearest passage about
someone else. Every country's names in both languages (CLDR) make that check possible for
English questions over an Arabic corpus, where no word can match directly; the region's cities,
bodies and leaders come from domain_names.json, and an operator may add names of their own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
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
    aliases_en: tuple[str, ...] = ()  # lower case, longest first
    aliases_ar: tuple[str, ...] = ()  # normalised, without the article, longest first


def _ar_forms(aliases: list[str]) -> list[str]:
    return sorted({normalize(a).removeprefix("ال") for a in aliases}, key=len, reverse=True)


def _ar_pattern(aliases: list[str]) -> re.Pattern[str]:
    forms = _ar_forms(aliases)
    return re.compile(_PREFIXES + "(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _one_scan(entities: list[Entity], language: str) -> re.Pattern[str] | None:
    """One pattern for all the entities' aliases, a named group each (e0, e1, ...)."""
    if not entities:
        return None
    groups = "|".join(
        f"(?P<e{i}>" + "|".join(re.escape(f) for f in forms) + ")"
        for i, forms in enumerate(
            e.aliases_ar if language == "ar" else e.aliases_en for e in entities
        )
    )
    if language == "ar":
        return re.compile(_PREFIXES + "(?:" + groups + r")(?!\w)")
    return re.compile(r"\b(?:" + groups + r")\b")


def entity(*, en: list[str], ar: list[str], person: bool = False) -> Entity:
    """An entity known by these English and Arabic names (the first of each is its label)."""
    return Entity(
        en[0],
        ar[0],
        re.compile(r"\b(?:" + "|".join(re.escape(a) for a in en) + r")\b", re.IGNORECASE),
        _ar_pattern(ar),
        person=person,
        aliases_en=tuple(sorted({a.lower() for a in en}, key=len, reverse=True)),
        aliases_ar=tuple(_ar_forms(ar)),
    )


def load_gazetteer(path: Path) -> list[Entity]:
    """An operator's names: {"entities": [{"en": [...], "ar": [...], "person": bool}, ...]}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        entity(en=item["en"], ar=item["ar"], person=bool(item.get("person")))
        for item in data["entities"]
    ]


def country_entities() -> list[Entity]:
    """Every country of the Unicode CLDR (through Babel, BSD-3-Clause, as the ingest lexicon
    reads it): its English name and demonym, its Arabic name and adjectives, and the names the
    lexicon adds for the countries it knows (capitals: "Washington", "دمشق"). General
    knowledge, not one report's: a question naming Oman or Jordan is checked against whatever
    the index holds."""
    from babel import Locale

    from ingest.lexicon import lexicon

    lex = lexicon()
    aliases = lex.raw.get("country_aliases", {})
    arabic = Locale("ar").territories  # as written, for the answer's wording (hamzas kept)
    names: dict[str, tuple[list[str], list[str]]] = {}
    for code, country in sorted(lex.countries.items()):
        extra = aliases.get(code, {})
        name_ar = str(arabic.get(code, country.ar))
        # the nisba of a one-word name only: "ساموا الأمريكية" gives no adjective of its own
        adjective = country.adjective_ar_label or country.adjective_ar
        adjectives = [adjective, adjective + "ة"] if adjective and " " not in name_ar else []
        en = [country.en, country.adjective_en, *extra.get("en", [])]
        names[code] = ([a for a in en if a], [name_ar, *adjectives, *extra.get("ar", [])])
    # a name two countries share ("American" for American Samoa too) names neither
    shared = Counter(a.casefold() for en, ar in names.values() for a in {*en, *ar})
    return [
        entity(
            en=[a for a in en if shared[a.casefold()] == 1] or en[:1],
            ar=[a for a in ar if shared[a.casefold()] == 1] or ar[:1],
        )
        for en, ar in names.values()
    ]


class UnknownEntities:
    """Finds names in a question that the indexed statements do not contain."""

    def __init__(self, entities: list[Entity], corpus_texts: list[str]) -> None:
        corpus = "\n".join(normalize(t) for t in corpus_texts)
        raw = "\n".join(corpus_texts)

        def mentioned(e: Entity) -> bool:  # by the reports of either language
            return bool(e.ar.search(corpus) or e.en.search(raw))

        # Only names absent from the corpus can make the service abstain.
        self._absent = [e for e in entities if not mentioned(e)]
        self._named = [e for e in entities if e.person and mentioned(e)]
        self._absent_en = _one_scan(self._absent, "en")
        self._absent_ar = _one_scan(self._absent, "ar")

    def names_a_named_person(self, question: str) -> bool:
        """Whether the question mentions, by name or role, someone the statements name."""
        folded = normalize(question)
        return any(e.en.search(question) or e.ar.search(folded) for e in self._named)

    def find(self, question: str) -> Entity | None:
        """The first absent name in the question. One scan per language over all names (the
        shared Arabic prefix factored out, English in lower case): a search per name cost
        0.17 ms a question, half of the answer stage."""
        if self._absent_en is None or self._absent_ar is None:
            return None
        found = self._absent_en.search(question.lower()) or self._absent_ar.search(
            normalize(question)
        )
        return self._absent[int(found.lastgroup[1:])] if found and found.lastgroup else None
