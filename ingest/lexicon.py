"""The news-reporting lexicon (lexicon.json) plus countries from CLDR, compiled for matching.

Everything here is folded the way `ingest.normalize.fold_with_offsets` folds text, so rules match
folded text and report offsets into the original. Country names in English and Arabic come from
Babel's CLDR data (BSD-3); the Arabic adjectives of nationality (nisba: سوريا -> سوري) are derived
by the regular rule of Arabic morphology, English ones by the -n/-an/-i rule plus the irregular
forms listed in lexicon.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.normalize import fold_with_offsets

LEXICON_PATH = Path(__file__).with_name("lexicon.json")
# The roles (keys of `roles` in lexicon.json) that name a body, not a person: a mention headed
# by one speaks for the body ("the ministry said"), and a person named beside it is its voice.
INSTITUTION_ROLES = frozenset(
    {"office", "statement", "ministry", "committee", "foreign-ministry", "defense-ministry"}
    | {"government", "presidency"}
)
# Roles that are bodies, named by no person: "a spokeswoman for the French foreign ministry"
# speaks as the ministry does, and "وزارة الخارجية الأميركية" takes no person's name after it.
BODY_ROLES = frozenset(
    {"ministry", "foreign-ministry", "defense-ministry", "government", "army", "presidency"}
)
# Roles that describe an unnamed speaker ("an official", "مصدر مطلع", "a Western diplomat"):
# never the one holder of a post, and a plural of them is a group.
ANONYMOUS_ROLES = frozenset({"official", "source", "diplomat"})
# ...and the roles that speak for a holder without being him ("an aide to the minister").
HOLDERLESS_ROLES = ANONYMOUS_ROLES | {"aide"}

# بيّن ("he explained", "she explained": بيّنت, "he explains": يبيّن) reports speech only as
# written with its shadda: without it the same letters are the preposition بين ("between":
# "وبين الطرفين"), and folding drops the shadda. `mark_explained` marks the verb in folded text
# by writing its ي as ى (alef maqsura, which folding never leaves), and these marked forms are
# among the reporting verbs. (Not تبيّن, which is also "it turned out": the report's own words.)
AR_EXPLAINED = ("بىن", "بىنت", "يبىن")
AR_EXPLAINED_FEMININE = ("بىنت",)
_HARAKAT = "\u064b-\u0650\u0652"
_EXPLAINED_WRITTEN = re.compile(
    rf"(?<!\w)[وف]?ي?بي(?=[{_HARAKAT}]*\u0651[{_HARAKAT}]*ن[{_HARAKAT}]*(?:ت[{_HARAKAT}]*)?(?!\w))"
)


def fold(text: str) -> str:
    return fold_with_offsets(text)[0]


def mark_explained(text: str, folded: str, origin: list[int]) -> str:
    """`folded` (text folded, `origin` its offsets into `text`) with each بيّن written with its
    shadda marked as the reporting verb (AR_EXPLAINED)."""
    found = [m.end() - 1 for m in _EXPLAINED_WRITTEN.finditer(text)]
    if not found:
        return folded
    to_folded = {o: i for i, o in enumerate(origin)}
    chars = list(folded)
    for at in found:
        if at in to_folded and chars[to_folded[at]] == "ي":
            chars[to_folded[at]] = "ى"
    return "".join(chars)


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2
    en: str  # CLDR English name
    ar: str  # CLDR Arabic name
    adjective_en: str
    adjective_ar: str  # masculine nisba, e.g. سوري
    adjective_ar_label: str = ""  # the same, unfolded for display: إسرائيلي


@dataclass(frozen=True)
class Role:
    key: str
    en: tuple[str, ...]
    ar: tuple[str, ...]  # folded
    label_ar: str = ""  # the first Arabic form as written, for display: مسؤول


@dataclass(frozen=True)
class Outlet:
    key: str
    en: tuple[str, ...]
    ar: tuple[str, ...]  # folded
    country: str | None = None  # where a state or national outlet is based
    label_ar: str = ""  # the first Arabic name as written, for display: القناة 12


def _nisba(name: str) -> str:
    """The Arabic adjective of a country name (folded): سوريا -> سوري, لبنان -> لبناني."""
    word = name.split()[-1]
    word = word.removeprefix("ال") if len(word) > 4 else word
    if word.endswith("يا"):
        return word[:-1]
    if word.endswith("ا"):
        return word[:-1] + "ي"
    if word.endswith(("ه", "ة")):
        return word[:-1]
    return word + "ي"


def _adjective_forms(adjective: str) -> list[str]:
    """An Arabic adjective of nationality (folded) as a text may inflect it: feminine, plural,
    dual and accusative ("مسؤولاً أوغندياً" folds to اوغنديا), each with and without the article."""
    inflected = [adjective + ending for ending in ("", "ه", "ون", "ين", "ان", "ا")]
    return inflected + ["ال" + form for form in inflected]


def _demonym_en(name: str) -> str:
    """The regular English adjective of a country name; irregular ones are in lexicon.json."""
    if name.endswith("y"):
        return name[:-1] + "ian"
    if name.endswith("ia") or name.endswith("a"):
        return name + "n"
    if name.endswith("el") or name.endswith("q") or name.endswith("r") or name.endswith("n"):
        return name + "i" if not name.endswith("n") else name + "ian"
    return name + "ian"


class Lexicon:
    """Compiled patterns over folded text; built once per process (`lexicon()`)."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        ar, en = raw["ar"], raw["en"]
        self.ar_verbs = sorted({fold(v) for v in ar["verbs_past"] + ar["verbs_present"]})
        past = [fold(v) for v in ar["verbs_past"]]
        # (a root ending in ت too: لفت -> لفتت)
        feminine = [v + "ت" for v in past if not v.endswith("وا")]
        # a verb ending in alef maqsura drops it before the feminine ت: رأى -> رأت, نفى -> نفت
        feminine += [v[:-1] + "ت" for v in past if v.endswith("ي")]
        # and one ending in alef drops it too: دعا -> دعت
        feminine += [v[:-1] + "ت" for v in past if v.endswith("ا") and not v.endswith("وا")]
        present = {fold(v) for v in ar["verbs_present"]}
        # the feminine forms that are never masculine ones ("ذكرت", "تقول"; not "لفت")
        self.ar_feminine_verbs = frozenset(
            {v for v in feminine if v not in self.ar_verbs}
            | {v for v in present if v.startswith("ت") and "ي" + v[1:] in present}
        )
        self.ar_feminine_verbs |= frozenset(AR_EXPLAINED_FEMININE)
        self.ar_verb_forms = sorted(
            set(self.ar_verbs) | set(feminine) | set(AR_EXPLAINED), key=len, reverse=True
        )
        self.ar_verb_set = frozenset(self.ar_verb_forms)
        self.ar_markers = [fold(m) for m in ar["new_speaker_markers"]]
        self.ar_particles = [fold(p) for p in ar["content_particles"]]
        self.ar_tails = [fold(t) for t in ar["speech_tails"]]
        self.ar_according = [fold(a) for a in ar["according_to"]]
        self.ar_passive = [fold(p) for p in ar["passive_reported"]]
        self.ar_statement_nouns = [fold(n) for n in ar["statement_nouns"]]
        self.ar_issued_by = [fold(n) for n in ar["issued_by"]]
        self.ar_anaphor_suffixes = [fold(s) for s in ar["anaphor_suffixes"]]
        self.ar_modifiers = {fold(m) for m in ar["modifiers"]}
        self.en_verbs = sorted(en["verbs"], key=len, reverse=True)
        self.en_according = en["according_to"]
        self.en_statement_nouns = en["statement_nouns"]
        self.en_modifiers = {m.casefold() for m in en["modifiers"]}
        self.roles = [
            Role(r["key"], tuple(r["en"]), tuple(fold(a) for a in r["ar"]), r["ar"][0])
            for r in raw["roles"]
        ]
        self.qualifiers = [  # the nisba ones inflected as a subject's: "مصدراً دبلوماسياً"
            Role(
                q["key"],
                tuple(q["en"]),
                tuple(
                    dict.fromkeys(
                        form
                        for a in q["ar"]
                        for form in (
                            _adjective_forms(fold(a))
                            if fold(a).endswith("ي") and q["key"] != "joint"  # a statement's
                            else [fold(a)]
                        )
                    )
                ),
            )
            for q in raw["qualifiers"]
        ]
        self.outlets = [
            Outlet(
                o["key"],
                tuple(o["en"]),
                tuple(fold(a) for a in o["ar"]),
                o.get("country"),
                o["ar"][0] if o["ar"] else "",
            )
            for o in raw["outlets"]
        ]
        self.outlet_nouns_en = raw["outlet_nouns"]["en"]
        self.outlet_nouns_ar = [fold(n) for n in raw["outlet_nouns"]["ar"]]
        self.countries = _countries(raw)
        # regions stand where a country would ("a Western diplomat"), keyed in lowercase so they
        # never meet an ISO code; only when the phrase names no country
        self.regions = {
            r["key"]: Country(r["key"], "", "", r["en"][0], fold(r["ar"][0]), r["ar"][0])
            for r in raw.get("regions", [])
        }
        self.institution_countries = {
            fold(k): v for k, v in raw.get("institution_countries", {}).items()
        }
        self.injection = [
            re.compile(p, re.IGNORECASE) for p in raw["injection"]["en"] + raw["injection"]["ar"]
        ]

    def outlet_country(self, text: str) -> str | None:
        """The country of the first national outlet named in `text` ("told SANA" -> SY)."""
        return next((o.country for o in self.outlets_in(text) if o.country), None)

    def outlets_in(self, text: str) -> list[Outlet]:
        """The lexicon's outlets that `text` names, in the lexicon's order."""
        folded = fold(text)
        return [
            o
            for o in self.outlets
            if any(
                re.search(
                    rf"(?<!\w)(?:ال|ل|لل)?{re.escape(f.casefold().removeprefix('ال'))}(?!\w)",
                    folded,
                )
                for f in o.en + o.ar
            )
        ]

    def place(self, code: str) -> Country | None:
        """The country or region a mention's country code names (SY, "western")."""
        return self.countries.get(code) or self.regions.get(code)

    # --- lookups over folded words -------------------------------------------------------------

    @lru_cache(maxsize=4096)  # noqa: B019 - one Lexicon per process
    def country_of(self, word: str) -> str | None:
        """The country code a folded word names or describes (سوري, السورية, Syrian, Syria)."""
        word = word.strip(".,،'’").removesuffix("'s").removesuffix("’s")
        if not word:
            return None
        words = self._country_words()
        return words.get(word) or (words.get(word.replace(".", "")) if "." in word else None)

    @lru_cache(maxsize=4096)  # noqa: B019
    def capital_of(self, word: str) -> str | None:
        """The country whose principal city a folded word names (نيروبي, kampala -> KE, UG):
        for a city that is a whole subject ("Kampala said"), never a place ("a diplomat in
        Paris" is no French diplomat)."""
        return self._city_words().get(word.strip(".,،'’").removesuffix("'s").removesuffix("’s"))

    @lru_cache(maxsize=1)  # noqa: B019
    def _city_words(self) -> dict[str, str]:
        words: dict[str, str] = {}
        for code, (city_en, city_ar) in principal_cities().items():
            for form in (city_en.casefold(), fold(city_ar)):
                if not self.country_of(form):  # (QA's city is "Qatar"; عمان is Oman's name)
                    words.setdefault(form, code)
        return words

    @lru_cache(maxsize=1)  # noqa: B019
    def _country_words(self) -> dict[str, str]:
        words: dict[str, str] = {}
        for c in self.countries.values():
            if " " in c.ar:
                continue  # multi-word names match as phrases; their last word is no name
            for form in _adjective_forms(c.adjective_ar):
                words.setdefault(form, c.code)
            words.setdefault(c.ar, c.code)
        for c in self.countries.values():
            if " " not in c.en:
                words.setdefault(c.en.casefold(), c.code)
                words.setdefault(c.adjective_en.casefold(), c.code)
        for code, forms in self.raw["demonyms_en"].items():
            for form in forms:
                words[form.casefold()] = code
        for word, code in list(words.items()):
            # a people in the plural ("the Americans", "Israelis", "Syrians"): adjectives in
            # -an and -i take -s as nouns (-ese, -ish, -ch do not: "the French")
            if word.isascii() and word.isalpha() and word.endswith(("an", "i")):
                words.setdefault(word + "s", code)
        for region in self.raw.get("regions", []):
            for form in region["en"]:
                if " " not in form:
                    words.setdefault(form.casefold(), region["key"])
            for form in region["ar"]:
                if " " not in form:
                    for inflected in _adjective_forms(fold(form)):
                        words.setdefault(inflected, region["key"])
        for code, aliases in self.raw["country_aliases"].items():
            for alias in aliases["en"]:
                words[alias.casefold()] = code
            for alias in aliases["ar"]:
                words[fold(alias)] = code
                if " " not in alias:  # everyday names give the everyday adjective (اميركي)
                    for form in _adjective_forms(_nisba(fold(alias))):
                        words.setdefault(form, code)
        return words

    @lru_cache(maxsize=1)  # noqa: B019
    def phrase_words(self) -> frozenset[str]:
        """Every word of the phrase table's phrases (folded, article dropped)."""
        return frozenset(
            w for entries in self.phrase_table().values() for e in entries for w in e[3]
        )

    @lru_cache(maxsize=1)  # noqa: B019
    def phrase_table(self) -> dict[str, list[tuple[int, str, str, tuple[str, ...]]]]:
        """Lexicon phrases by their first word (folded, article dropped): (priority, kind, key,
        words). Outlets first, then roles, qualifiers and multi-word country names."""
        entries: list[tuple[int, str, str, str]] = []
        for o in self.outlets:
            entries += [(0, "outlet", o.key, f.casefold()) for f in o.en] + [
                (0, "outlet", o.key, f) for f in o.ar
            ]
        for r in self.roles:
            entries += [(1, "role", r.key, f.casefold()) for f in r.en + r.ar]
        for q in self.qualifiers:
            entries += [(2, "qualifier", q.key, f.casefold()) for f in q.en + q.ar]
        entries += [(3, "country", code, phrase) for phrase, code in self.country_phrases()]
        table: dict[str, list[tuple[int, str, str, tuple[str, ...]]]] = {}
        seen = set()
        for priority, kind, key, form in entries:
            words = tuple(
                w.removeprefix("ال") if re.search("[\u0621-\u064a]", w) else w
                for w in fold(form).split()
            )
            if not words or (kind, words) in seen:
                continue
            seen.add((kind, words))
            table.setdefault(words[0], []).append((priority, kind, key, words))
        return table

    @lru_cache(maxsize=1)  # noqa: B019
    def name_stopwords(self) -> frozenset[str]:
        """Words that are never part of a person's name: the lexicon's modifiers and outlet
        nouns, and each language's function words (the `stop-words` package's lists)."""
        return frozenset(
            function_words()
            | self.ar_modifiers
            | self.en_modifiers
            | {n.removeprefix("ال") for n in self.outlet_nouns_ar}
            | {n.casefold() for n in self.outlet_nouns_en}
        )

    @lru_cache(maxsize=1)  # noqa: B019
    def country_phrases(self) -> list[tuple[str, str]]:
        """Multi-word country names (folded), longest first: ("الولايات المتحده", "US")."""
        phrases = []
        for c in self.countries.values():
            if " " in c.ar:
                phrases.append((fold(c.ar), c.code))
            if " " in c.en:
                phrases.append((c.en.casefold(), c.code))
        for code, aliases in self.raw["country_aliases"].items():
            for alias in aliases["en"] + aliases["ar"]:
                if " " in alias:
                    phrases.append((fold(alias), code))
        for region in self.raw.get("regions", []):
            for form in region["en"] + region["ar"]:
                if " " in form:
                    phrases.append((fold(form).casefold(), region["key"]))
        return sorted(set(phrases), key=lambda p: len(p[0]), reverse=True)


def _countries(raw: dict[str, Any]) -> dict[str, Country]:
    from babel import Locale

    english, arabic = Locale("en").territories, Locale("ar").territories
    irregular = raw["demonyms_en"]
    countries = {}
    for code, name in english.items():
        if not (len(code) == 2 and code.isalpha() and code in arabic):
            continue
        name_en = str(name)
        name_ar = fold(str(arabic[code]))
        adjective_en = irregular[code][0] if code in irregular else _demonym_en(name_en)
        countries[code] = Country(
            code, name_en, name_ar, adjective_en, _nisba(name_ar), _nisba(str(arabic[code]))
        )
    return countries


@lru_cache(maxsize=1)
def principal_cities() -> dict[str, tuple[str, str]]:
    """ISO code -> (English, Arabic) name of the one city the IANA time-zone table (tzdata's
    zone.tab, Apache-2.0) names for a country with a single zone ("KE" -> Nairobi, نيروبي; in
    CLDR's spelling, from Babel). A country with several zones (US, Russia) has none here: which
    of its cities speaks for it is not in the table."""
    from importlib.resources import files

    from babel.dates import get_timezone_location

    zones: dict[str, list[str]] = {}
    table = (files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _, zone = line.split("\t")[:3]
            zones.setdefault(code, []).append(zone)
    return {
        code: (
            str(get_timezone_location(zone[0], locale="en", return_city=True)),
            str(get_timezone_location(zone[0], locale="ar", return_city=True)),
        )
        for code, zone in zones.items()
        if len(zone) == 1
    }


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(json.loads(LEXICON_PATH.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Arabic (folded) and English (casefolded) function words from the `stop-words` package
    (BSD-3-Clause): ذلك, حتى, أما, what, whether. The lexicon's own roles are never among them."""
    from stop_words import get_stop_words

    arabic = {fold(w) for w in get_stop_words("arabic")}
    english = {w.casefold() for w in get_stop_words("english")}
    return frozenset(arabic | english) - {"بن", "باسم", "برس", "لوكالة", "us"}
