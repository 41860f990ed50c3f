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
from collections.abc import Callable
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
        # every English demonym the lexicon gives ("European" as well as "EU"), as the Arabic
        # side has every adjective: "دبلوماسي أوروبي" is "a European diplomat" in an English report
        demonyms = lex.raw.get("demonyms_en", {}).get(code, [country.adjective_en])
        en = [country.en, *demonyms, *extra.get("en", [])]
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


_WORD = re.compile(r"\w+")
# a name that dates the thing asked about, not its subject: "the post-Assad leadership",
# "pre-Oslo lines", "سوريا ما بعد الأسد"
_TIME_AFTER_NAME = re.compile(
    r"(?i)\b(?:post|pre)-(?:(?:al|el)-)?\w+|(?<!\w)ما\s+(?:بعد|قبل)\s+\S+"
)


def _ar_heads(word: str) -> tuple[str, ...]:
    """An Arabic word as a name's first word may stand: itself, and without و ف ب ل and ال."""
    forms = {word}
    for clitic in ("و", "ف", "ب", "ل", ""):
        rest = word.removeprefix(clitic) if clitic else word
        forms |= {rest, rest.removeprefix("ال")}
        if clitic == "ل" and rest.startswith("ل"):  # للمحادثات: ل + ال with its alif dropped
            forms.add(rest[1:])
    return tuple(f for f in forms if f)


def _lookup(
    index: dict[tuple[str, ...], int],
    words: list[str],
    longest: int,
    heads: Callable[[str], tuple[str, ...]],
) -> int | None:
    """The entity of the leftmost (then longest) run of words that is one of its names; the
    first word may carry the forms `heads` gives."""
    for start in range(len(words)):
        forms = heads(words[start])
        for n in range(min(longest, len(words) - start), 0, -1):
            rest = tuple(words[start + 1 : start + n])
            for head in forms:
                found = index.get((head, *rest))
                if found is not None:
                    return found
    return None


def _after(
    preposition: str, names: list[str], end: str, *, flags: int = 0
) -> re.Pattern[str] | None:
    """A pattern for any of `names` right after a preposition (None when there are none)."""
    if not names:
        return None
    return re.compile(preposition + "(?:" + "|".join(map(re.escape, names)) + ")" + end, flags)


class UnknownEntities:
    """Finds names in a question that the indexed statements do not contain."""

    def __init__(self, entities: list[Entity], corpus_texts: list[str]) -> None:
        corpus = "\n".join(normalize(t) for t in corpus_texts)
        raw = "\n".join(corpus_texts)

        def mentioned(e: Entity) -> bool:  # by the reports of either language
            return bool(e.ar.search(corpus) or e.en.search(raw))

        found = [(e, mentioned(e)) for e in entities]  # each name searched for once
        # a city (one name in a language, no adjective) that is also a mentioned entity's name
        # ("تل أبيب" for Israel, as a capital stands for its government) is mentioned through it;
        # not a country through its capital's mention (Jordan has names and adjectives of its
        # own that no report gives)
        seen_names = [{*e.aliases_en, *e.aliases_ar} for e, seen in found if seen]

        def named_by_another(e: Entity) -> bool:
            return any(
                len(names) == 1 and names[0] in other
                for names in (e.aliases_en, e.aliases_ar)
                for other in seen_names
            )

        found = [(e, seen or named_by_another(e)) for e, seen in found]
        # Only names absent from the corpus can make the service abstain.
        self._absent = [e for e, seen in found if not seen]
        self._named = [e for e, seen in found if seen and e.person]
        # a place given after a preposition ("بدمشق", "في عمان", "from Ankara"): an adjective
        # of the same name ("الأمريكية", "American") is no place
        places = [e for e, seen in found if seen and not e.person]
        ar = sorted({a for e in places for a in e.aliases_ar}, key=len, reverse=True)
        en = sorted({a for e in places for a in e.aliases_en}, key=len, reverse=True)
        self._place_ar = _after(r"(?:^|\s)و?(?:ب|في\s+|من\s+|الى\s+)(?:ال)?", ar, r"(?!\w)")
        self._place_en = _after(
            r"\b(?:in|at|from|to|near)\s+(?:the\s+)?", en, r"\b", flags=re.IGNORECASE
        )
        # every absent name by its words (English lower case; Arabic normalised, without the
        # article): a question is looked up word by word, not scanned by one pattern per name
        self._absent_en: dict[tuple[str, ...], int] = {}
        self._absent_ar: dict[tuple[str, ...], int] = {}
        for i, e in enumerate(self._absent):
            for alias in e.aliases_en:
                self._absent_en.setdefault(tuple(_WORD.findall(alias)), i)
            for alias in e.aliases_ar:
                self._absent_ar.setdefault(tuple(_WORD.findall(alias)), i)
        self._longest = max((len(k) for k in [*self._absent_en, *self._absent_ar]), default=0)

    def names_a_named_person(self, question: str) -> bool:
        """Whether the question mentions, by name or role, someone the statements name."""
        folded = normalize(question)
        return any(e.en.search(question) or e.ar.search(folded) for e in self._named)

    def names_a_place(self, text: str) -> bool:
        """Whether the text gives a place of the gazetteer that the statements mention, after a
        preposition (English as written, Arabic after normalisation)."""
        return bool(
            (self._place_en is not None and self._place_en.search(text))
            or (self._place_ar is not None and self._place_ar.search(normalize(text)))
        )

    def find(self, question: str) -> Entity | None:
        """The first absent name in the question (English names before Arabic ones), looked up
        by its words: one regular expression over every CLDR country's names cost 1.3 ms a
        question (`python -m eval.bench --quick`, answer stage 2.0 ms at p50)."""
        question = _TIME_AFTER_NAME.sub(" ", question)
        words = _WORD.findall(question.lower())
        found = _lookup(self._absent_en, words, self._longest, lambda w: (w,))
        if found is None:
            words = _WORD.findall(normalize(question))
            found = _lookup(self._absent_ar, words, self._longest, _ar_heads)
        return self._absent[found] if found is not None else None
