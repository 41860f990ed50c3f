"""Speakers as entities across the corpus: one canonical id and Arabic and English labels for
every way the reports name the same speaker.

"مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "مكتب نتنياهو" and "Netanyahu's office" are one
speaker: names are compared by their consonant skeleton (the letters both scripts write), and a
role is tied to the person who holds it wherever a report names both together ("US envoy Tom
Barrack"), so "the US envoy" elsewhere is the same speaker. Unnamed sources are identified by
nationality, qualifier and role ("a Syrian government source").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.attribute import NAMED_ADMINISTRATION, Mention
from ingest.lexicon import (
    ANONYMOUS_ROLES,
    BODY_ROLES,
    HOLDERLESS_ROLES,
    INSTITUTION_ROLES,
    fold,
    function_words,
    lexicon,
)

_HOLDER_ROLES = {
    "president",
    "prime-minister",
    "foreign-minister",
    "defense-minister",
    "strategic-affairs-minister",
    "minister",
    "envoy",
}
# a group's Arabic noun and the ending its adjective takes
_GROUP_AR = {
    "officials": ("مسؤولون", "ون"),
    "diplomats": ("دبلوماسيون", "ون"),
    "sources": ("مصادر", "ة"),
}
_ROLE_EN = {
    "official": "official",
    "source": "source",
    "diplomat": "diplomat",
    "office": "office",
    "statement": "statement",
    "ministry": "ministry",
    "committee": "committee",
    "foreign-ministry": "foreign ministry",
    "defense-ministry": "defense ministry",
    "foreign-minister": "foreign minister",
    "defense-minister": "defense minister",
    "strategic-affairs-minister": "strategic affairs minister",
    "minister": "minister",
    "prime-minister": "prime minister",
    "president": "president",
    "presidency": "presidency",
    "envoy": "envoy",
    "spokesperson": "spokesperson",
    "government": "government",
    "army": "army",
    "analyst": "analyst",
    "academic": "academic",
    "writer": "columnist",
    "resident": "resident",
    "lawmaker": "lawmaker",
    "leader": "leader",
}
_LATIN_DIGRAPHS = [
    ("sh", "S"),
    ("ch", "S"),
    ("kh", "k"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "j"),
    ("ph", "f"),
]
_LATIN_MAP = str.maketrans({"c": "k", "q": "k", "g": "j", "p": "b", "v": "f", "x": "k", "z": "s"})
_ARABIC_MAP = str.maketrans(
    {
        "ب": "b",
        "ت": "t",
        "ث": "t",
        "ج": "j",
        "ح": "",
        "خ": "k",
        "د": "d",
        "ذ": "d",
        "ر": "r",
        "ز": "s",
        "س": "s",
        "ش": "S",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "s",
        "ع": "",
        "غ": "j",
        "ف": "f",
        "ق": "k",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "",
        "و": "",
        "ي": "",
        "ا": "",
        "ء": "",
        "ة": "",
        "ى": "",
        "پ": "b",
        "گ": "j",
        "ڤ": "f",
    }
)
_ROMAN = str.maketrans(
    {
        "ا": "a",
        "ب": "b",
        "ت": "t",
        "ث": "th",
        "ج": "j",
        "ح": "h",
        "خ": "kh",
        "د": "d",
        "ذ": "dh",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "sh",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "s",
        "ع": "",
        "غ": "gh",
        "ف": "f",
        "ق": "q",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "h",
        "و": "o",
        "ي": "i",
        "ء": "",
        "ة": "a",
        "ى": "a",
    }
)


def skeleton(name: str) -> str:
    """The consonants of a name as both scripts write them: نتنياهو and Netanyahu -> "ntn".

    The article stays as "l" (الشيباني, al-Shaibani -> "lSbn"); the registry matches a name
    with and without it."""
    word = fold(name).strip(".'’-")
    if re.search("[\u0621-\u064a]", word):
        out = word.translate(_ARABIC_MAP)
    else:
        word = re.sub(r"^(?:al|el|ad|as|ash|ar|an)[-\s]", "l", word.casefold())
        for digraph, letter in _LATIN_DIGRAPHS:
            word = word.replace(digraph, letter)
        out = re.sub(r"[aeiouyhw'’\-\s.]", "", word.translate(_LATIN_MAP))
    return re.sub(r"(.)\1+", r"\1", out)


# words before a surname that are no given name: "Dr. Haddad", "أبو صاف", "عبد الله"
_NOT_GIVEN = frozenset(
    {
        *("dr", "mr", "mrs", "ms", "prof", "sir", "sheikh", "rabbi", "abu", "bin", "ben"),
        *("ibn", "abd", "al", "el", "ابو", "بن", "ابن", "عبد", "ال", "د", "الدكتور", "الشيخ"),
    }
)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words of the lexicon's roles ("Secretary Rubio": a title, not a given name)."""
    lex = lexicon()
    return frozenset(
        w.casefold() for r in lex.roles for form in (*r.en, *r.ar) for w in form.split()
    )


def _possessive(surface: str) -> bool:
    """ "Netanyahu's spokesman", "المتحدث باسم نتنياهو": the name is whose, not who."""
    return bool(re.search(r"['’]s\b|باسم|(?<!\w)(?:for|of)\s", surface))


def _named_after_role(m: Mention) -> bool:
    """ "Ugandan delegate Ibrahim Okello", "مندوب سوريا الدائم إبراهيم العلبي": a delegate or a
    negotiator named right after the title is that person; an "official" or a "source" never
    is ("a government source quoted by Al-Ikhbariya", "a Trump administration official")."""
    at = m.surface.find(m.person[0])
    # "مندوب سوريا الدائم لدى الأمم المتحدة NAME": where the delegate sits is no part of the title
    title = re.sub(r"(?<!\w)لد[يى]\s+\S+(?:\s+المتحده)?", " ", fold(m.surface[:at]))
    before = title.casefold().split() if at > 0 else []
    return 0 < len(before) <= 4 and any(w.removeprefix("ال") in _NAMED_TITLES for w in before)


_NAMED_TITLES = frozenset({"delegate", "negotiator", "مندوب", "مفاوض"})


def _administration_of(m: Mention) -> bool:
    """ "The Museveni administration's envoy": the name is the leader whose administration the
    role serves, not the speaker (who is the envoy)."""
    leader = NAMED_ADMINISTRATION.search(m.surface)
    return bool(leader and tuple(m.person) == (leader.group(1),))


def _named_first(m: Mention) -> bool:
    """ "Mark Ellison, a former Kenyan diplomat": a name, then its role in apposition, is that
    person (a name inside the role, "a Ruto administration official", is not)."""
    name = " ".join(m.person)
    return bool(re.match(rf"\W*{re.escape(name)}\s*[,،]", m.surface))


def _whose(m: Mention) -> bool:
    """Whether a mention's name is whose spokesperson or office it is ("Netanyahu's spokesman",
    "a spokesman for Netanyahu", "المتحدث باسم نتنياهو"), not the holder's own ("Netanyahu's
    spokesperson, Shosh Bedrosian")."""
    if not m.person:
        return _possessive(m.surface)
    if m.language != "en":
        # "المتحدثة باسم رئيس الوزراء، شوش بدروسيان": the name in apposition is her own, and
        # so is the name after an institution's ("المتحدث باسم وزارة الخارجية الأميركية تومي
        # بيغوت": a ministry has no name of a person)
        body = re.search(r"باسم\s+(\S+)", fold(m.surface))
        if body is not None and body.group(1) in _institution_words():
            return False
        return _possessive(m.surface) and not re.search(
            rf"[،,]\s*{re.escape(m.person[0])}", m.surface
        )
    first, last = (re.escape(w) for w in (m.person[0], m.person[-1]))
    return bool(
        re.search(rf"(?<!\w){last}['’]s\b|(?<!\w)(?:for|of)\s+(?:the\s+)?{first}", m.surface)
    )


# "a spokesperson for President William Ruto", "an aide to Ruto": the role before "for" / "to"
# / "of", then the person's name (English surface; a title or two may come between)
_EN_AGENT_OF = (
    r"(?i)(?<![\w-])(?P<role>spokes(?:man|woman|person)|aides?|advis[eo]rs?|staffers?)"
    r"\s+(?:for|to|of)\s+(?:the\s+)?(?:[\w.'’-]+\s+){{0,3}}?{name}(?!\w)"
)


def _agent_of(m: Mention) -> str | None:
    """The role ("spokesperson", "aide") of a mention that names someone who speaks for the
    person it names ("a spokesperson for President William Ruto"), else None."""
    if m.language != "en" or not m.person:
        return None
    found = re.search(_EN_AGENT_OF.format(name=re.escape(m.person[0])), m.surface)
    if found is None:
        return None
    return "spokesperson" if found.group("role").lower().startswith("spokes") else "aide"


@lru_cache(maxsize=1)
def _institution_words() -> frozenset[str]:
    """The lexicon's Arabic words for an institution (a ministry, a government, an army, a
    presidency, an office, a committee), folded: a body that speaks through a spokesperson
    and has no personal name."""
    kinds = BODY_ROLES | {"office", "committee"}
    return frozenset(form for r in lexicon().roles if r.key in kinds for form in r.ar)


# "the prime minister's military secretary", "السكرتير العسكري لرئيس الوزراء": an aide of the
# role's holder, not the holder
_AIDE = re.compile(r"['’]s\s+\w|(?<!\w)ل(?:رئيس|وزير|مبعوث|سفير)")
# the words just before a mention that say its role is no longer held ("then prime minister
# Ehud Barak", "former envoy X"), or just after it in Arabic ("رئيس الوزراء آنذاك X")
_PAST_BEFORE = re.compile(
    r"\b(?:then|former|ex-|late|onetime|one-time)\s*(?:[A-Z][\w'’-]*\s+)?$", re.IGNORECASE
)
_PAST_AFTER = re.compile(r"^\s*(?:آنذاك|انذاك|حينها|وقتها|السابق|الأسبق|الاسبق|الراحل)(?!\w)")


def past_holder(text: str, start: int, end: int) -> bool:
    """Whether the mention at text[start:end] names someone by a role they held before."""
    return bool(_PAST_BEFORE.search(text[max(0, start - 30) : start])) or bool(
        _PAST_AFTER.match(text[end : end + 12])
    )


def _spelling(surname: str) -> str:
    """A surname as written, folded, without its article: "Barrack" and "Barak" differ."""
    return fold(surname).casefold().removeprefix("al-").removeprefix("ال")


# the second word of an Arabic compound name ("شمس الدين", "نور الدين", "عطا الله")
_COMPOUND_TAILS = frozenset({"الدين", "الله"})


def _given_initial(person: tuple[str, ...]) -> str:
    """The first consonant of a person's given name ('' when only a surname is known)."""
    if len(person) < 2:
        return ""
    if len(person) == 2 and fold(person[1]) in _COMPOUND_TAILS:
        return ""  # "شمس الدين", "عبد الله": one compound name, no given name before it
    first = fold(person[0]).casefold().rstrip(".")
    if first in _NOT_GIVEN or first in _title_words():
        return ""
    return skeleton(person[0])[:1]


def _surname_skeleton(key: str) -> str:
    return skeleton(key[1:]) if key.startswith("=") else key


def _same_surname(arabic: str, latin: str) -> bool:
    """An Arabic and a Latin person key for one surname: the same skeleton, or the Latin one
    with a final letter the Arabic spelling does not write (Barrot, بارو: French's silent t)."""
    a, e = _surname_skeleton(arabic), _surname_skeleton(latin)
    if "~" in arabic or "~" in latin or not a:
        return False
    return a == e or (len(a) >= 2 and e[:-1] == a and e[-1] in "tdsz")


def romanize(name: str) -> str:
    """A readable Latin spelling of an Arabic name, for an English label when no English report
    spells it (ال becomes al-)."""
    words = []
    for word in fold(name).split():
        prefix = "al-" if word.startswith("ال") and len(word) > 4 else ""
        word = word.removeprefix("ال") if prefix else word
        words.append((prefix + word.translate(_ROMAN)).capitalize())
    return " ".join(words)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "speaker"


@dataclass(frozen=True)
class Speaker:
    id: str
    label_ar: str
    label_en: str
    kind: str  # person | institution | anonymous | document | outlet | report


class SpeakerRegistry:
    """Canonical speakers for a corpus, built from every mention of every report."""

    def __init__(
        self,
        mentions: Iterable[Mention],
        *,
        speaking: Iterable[Mention] = (),
        english_text: Iterable[str] = (),
        past: Iterable[Mention] = (),
    ) -> None:
        """`mentions`: every mention (for identity); `speaking`: the subjects of quotes, whose
        wording names the speakers (narration mentions are cut less cleanly); `past`: mentions
        of someone by a role they no longer hold (`past_holder`), who hold no role now."""
        past_ids = {id(m) for m in past}
        speaking = list(speaking)
        self.mentions = list(mentions) + speaking
        # filled below from the mentions; key() reads them empty until then
        self.joint_issuer: str | None = None
        self._ministry_voice: str | None = None  # the country that issued the joint statement
        self._alias: dict[str, str] = {}  # Arabic person key -> the Latin key of the same person
        self.qualified: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        # how the corpus's English reports spell names, by skeleton (ديرمر -> Dermer)
        spellings: dict[str, Counter[str]] = defaultdict(Counter)
        for text in english_text:
            for name in re.findall(r"\b(?:al-)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", text):
                key = skeleton(name)
                if key.startswith("l") and not name.startswith(("al-", "Al-")):
                    key = "^" + key  # (as person_key: Ellison's l is no article)
                if len(key.lstrip("^")) >= 3:
                    spellings[key][name] += 1
        self.english_spelling = {k: c.most_common(1)[0][0] for k, c in spellings.items()}
        self.holders: dict[tuple[str, str], str] = {}  # (country, role) -> person skeleton
        self.person_names: dict[str, dict[str, Counter[str]]] = defaultdict(
            lambda: {"ar": Counter(), "en": Counter()}
        )
        # surnames the corpus confirms: the last word of a short name, or a capitalised word of
        # an English report. A longer run of "name" words may have run on into the verb's object
        # (وصف المبعوث توم باراك نتائج الجولة): its surname is the last confirmed word.
        self._confirmed = {
            skeleton(sub.person[-1])
            for m in self.mentions
            for sub in (m, m.issuer)
            if sub is not None and 0 < len(sub.person) <= 2
        } | {k.lstrip("^") for k in self.english_spelling}
        known = {
            skeleton(self.surname(sub.person))
            for m in self.mentions
            for sub in (m, m.issuer)
            if sub is not None and sub.person
        }
        self._known = known
        # two people with one surname ("Samir al-Khatib" in one report, "Bassel Khatib" in
        # another): given names that begin with different consonants tell them apart
        givens: dict[str, set[str]] = defaultdict(set)
        # and how each of them spells the surname ("Barrack" / "Barak", "براك" / "باراك")
        spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
        # and the first and last words of full names, for a name cut short below
        firsts: set[str] = set()
        lasts: set[str] = set()
        for m in self.mentions:
            for sub in (m, m.issuer):
                if sub is not None and len(sub.person) >= 2:
                    firsts.add(skeleton(sub.person[0]))
                    lasts.add(skeleton(sub.person[-1]))
                    initial = _given_initial(sub.person)
                    if initial:
                        surname = self.surname(sub.person)
                        givens[self.person_key(surname)].add(initial)
                        spelled[(self.person_key(surname), _spelling(surname))].add(initial)
        self._shared_surnames = {p for p, initials in givens.items() if len(initials) > 1}
        # a shared surname alone, spelled as only one of them spells it, is that one
        self._spelled_by_one = {
            key: next(iter(initials)) for key, initials in spelled.items() if len(initials) == 1
        }
        # given names the corpus writes before a surname: one alone is a name cut short
        # ("رئيس وزراء الاحتلال بنيامين" before نتنياهو), never a holder of its own
        given_names = firsts - lasts
        # one person in both scripts whose surname's skeleton is too short to match on its own
        # (ليلى حداد / Leila Haddad: "d") or loses a silent final letter (جان نويل بارو /
        # Jean-Noël Barrot): the same given initial, and exactly one such pair
        by_initial: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"ar": set(), "en": set()})
        for m in self.mentions:
            for sub in (m, m.issuer):
                if sub is not None and len(sub.person) >= 2 and _given_initial(sub.person):
                    p = self.person_of(sub.person)
                    by_initial[_given_initial(sub.person)][sub.language].add(p)
        for keys in by_initial.values():
            for arabic in keys["ar"] - keys["en"]:
                match = [e for e in keys["en"] - keys["ar"] if _same_surname(arabic, e)]
                rivals = [
                    a for a in keys["ar"] - keys["en"] if match and _same_surname(a, match[0])
                ]
                if len(match) == 1 and rivals == [arabic]:
                    self._alias[arabic] = match[0]
        for m in self.mentions:
            for sub in (m, m.issuer):
                if sub is None or not sub.person:
                    continue
                p = self.person_of(sub.person)
                if not p:
                    continue
                self.person_names[p][sub.language][" ".join(sub.person)] += 1
                holder_roles = [r for r in sub.roles if r in _HOLDER_ROLES]
                cut_short = len(sub.person) == 1 and skeleton(sub.person[0]) in given_names
                # a one-word "name" no full name in the corpus ends with is more often a word
                # the parse took for one ("مكتب رئيس الوزراء تعليق") than a holder
                unknown_single = len(sub.person) == 1 and skeleton(sub.person[0]) not in lasts
                if (
                    holder_roles
                    and not _AIDE.search(sub.surface)
                    and id(sub) not in past_ids
                    and not cut_short
                    and not unknown_single
                ):
                    # "Prime Minister Benjamin Netanyahu", with or without a country (not "Roman
                    # Gofman, the prime minister's military secretary", nor "السكرتير العسكري
                    # لرئيس الوزراء رومان غوفمان": the holder's aide)
                    self.holders.setdefault((sub.country or "", holder_roles[-1]), p)
        # "the joint statement" is one document across reports: it speaks as whoever issued it
        # (a named institution beats a bare country: "the US" and "the State Department" are one
        # issuer, and the more specific name is the one to keep)
        issuers = Counter(
            (bool(m.issuer.roles or m.issuer.outlet), self.key(m.issuer))
            for m in self.mentions
            if m.joint and m.issuer is not None
        )
        ranked = sorted(issuers.items(), key=lambda kv: (kv[0][0], kv[1]), reverse=True)
        self.joint_issuer = ranked[0][0][1] if ranked else None
        for m in self.mentions:
            head = [r for r in m.roles if r != "statement"][:1]
            if m.qualifier and head and head[0] in ("source", "official") and not m.person:
                self.qualified[(m.country, head[0])].add(m.qualifier)
        # "Washington said it welcomed the steps" where the State Department issued the joint
        # statement: a country whose foreign ministry issued the corpus's joint statement speaks
        # on these talks through that ministry (an explicit "government" stays apart, and so
        # does any other country: "Damascus says" is Syria's government)
        issuer = self.joint_issuer or ""
        if issuer.endswith(":foreign-ministry") and issuer.count(":") == 1:
            self._ministry_voice = issuer.split(":")[0]
        self.surfaces: dict[str, dict[str, Counter[str]]] = defaultdict(
            lambda: {"ar": Counter(), "en": Counter()}
        )
        for m in speaking or self.mentions:
            named = m.issuer if m.roles[:1] == ("statement",) and m.issuer else m
            if m.roles[:1] == ("statement",) and not m.issuer:
                continue  # "the statement" names no speaker
            if named.surface and not named.anaphoric and not named.empty:
                self.surfaces[self.key(m)][named.language][_clean(named.surface)] += 1

    # --- identity ----------------------------------------------------------------------------

    def surname(self, person: tuple[str, ...]) -> str:
        """The surname of a run of name words: the last one, unless only an earlier one is a
        surname the corpus confirms."""
        if len(person) >= 2 and fold(person[-1]) in _COMPOUND_TAILS:
            return " ".join(person[-2:])  # "شمس الدين": a compound surname, two words
        if len(person) >= 3 and skeleton(person[-1]) not in self._confirmed:
            for word in reversed(person[:-1]):
                if skeleton(word) in self._confirmed:
                    return word
        return person[-1]

    def person_of(self, person: tuple[str, ...]) -> str:
        """A run of name words as a person key: the surname's, and the given name's initial
        when the corpus names two people with that surname."""
        surname = self.surname(person)
        p = self.person_key(surname)
        initial = _given_initial(person) or (
            self._spelled_by_one.get((p, _spelling(surname)), "")
            if p in self._shared_surnames
            else ""
        )
        if initial and p in self._shared_surnames:
            return f"{p}~{initial}"
        return self._alias.get(p, p)

    def person_key(self, name: str) -> str:
        """A name's skeleton, without the article when the corpus also writes it without."""
        s = skeleton(name)
        # (the article is written ال, never أل or إل: ألبانيزي is Albanese, إليسون Ellison)
        folded = fold(name).casefold()
        article = name.startswith("ال") or re.match(r"(?:al|el|ad|as|ash|ar|an)[-\s]", folded)
        if article and s[1:] in self._known and len(s) > 3:
            return s[1:]
        written = folded.removeprefix("al-").removeprefix("ال")
        if len(s) < 2 or (s.startswith("l") and len(skeleton(written)) < 2):
            # one consonant says nothing: Odeh and Haddad are both "d"; such a name matches only
            # itself, as written (and al-Hariri is Hariri)
            return "=" + written
        arabic = re.search("[\u0621-\u064a]", written) is not None
        if len(s) == 2 and arabic and not re.search("[اوي]", written[1:]):
            # two consonants match across scripts only for a name spelled with its vowels, as
            # a foreign name is (روبيو = Rubio, رايخ = Reich), never a bare Arabic word
            # (عرب is "rb" too)
            return "=" + written
        if s.startswith("l") and not article:
            # an l of the name's own (Ellison, إليسون) is no article: الحسن is not Ellison
            return "^" + s
        if article and skeleton(written).startswith("l"):
            # the article's l and the name's own run together (الحلبي, al-Halabi -> "lb"): the
            # name's own l, as Halabi writes it without the article
            return "^" + skeleton(written)
        return s

    def key(self, m: Mention) -> str:
        if (
            m.roles[:1] == ("statement",)
            and not (m.issuer or m.joint)
            and (m.roles[1:] or m.person or m.outlet)
        ):
            # "بيان الخارجية الأميركية", "a statement from Netanyahu's office": the statement of
            # the institution or person it names speaks as they do
            m = replace(m, roles=m.roles[1:])
        if m.roles[:1] == ("statement",) or (m.issuer and not m.person):
            joint_issuer = self.joint_issuer
            if m.joint and joint_issuer:
                return joint_issuer  # one joint statement, however a report names its issuer
            if m.issuer is not None:
                return self.key(m.issuer)
            if m.joint:
                return "joint-statement"
            if m.country:
                return self._country_voice(m.country)
            if (
                joint_issuer
                and m.roles == ("statement",)
                and not (m.person or m.outlet)
                and re.search(r"(?i)statement|بيان", m.surface)
            ):
                # "According to the statement, A" with no issuer its report resolves: the
                # corpus's one joint statement, not a speaker called "the statement" ("the
                # text", "النص" may be a resolution's or a bill's: left alone)
                return joint_issuer
        person = self.person_of(m.person) if m.person else ""
        roles = [r for r in m.roles if r != "statement"]
        outer = roles[0] if roles else None
        if (
            outer in ("spokesperson", "office")
            and not person
            and any(r in BODY_ROLES for r in roles[1:])
        ):
            # "a spokeswoman for the French foreign ministry" speaks as the ministry does,
            # in either language ("متحدثة باسم وزارة الخارجية الفرنسية"), and so does "مكتب
            # المتحدث باسم وزارة الخارجية الأميركية"
            roles = [r for r in roles if r not in ("spokesperson", "office")]
            outer = roles[0]
        if person and outer and _administration_of(m):
            # "The Museveni administration's envoy for Kenya": the envoy of the leader's country
            # (the corpus's to tell, else English news's usual "administration": American), not
            # the leader, nor of the country the envoy is sent to
            led = {c for (c, _), p in self.holders.items() if c and p == person}
            default = lexicon().institution_countries.get("administration official")
            m = replace(m, country=led.pop() if len(led) == 1 else default)
            person = ""
        agent = _agent_of(m) if person else None
        if agent is not None:
            # "a spokesperson for President William Ruto", "an aide to Ruto": someone who
            # speaks for the person named, never that person
            return f"{person}:{agent}"
        if outer == "spokesperson" and len(m.person) >= 2 and not _whose(m):
            return f"person:{person}"  # "deputy spokesperson Tommy Pigott" is Pigott himself
        if outer in ("office", "spokesperson"):
            holder = person or self._holder(m.country, roles[1:])
            if holder:
                return f"{holder}:{outer}"
            inner = next((r for r in roles[1:] if r != outer), None)
            return f"{m.country or 'xx'}:{inner or 'government'}:{outer}"
        if (
            person
            and len(person) >= 2
            and (outer not in ANONYMOUS_ROLES or _named_after_role(m) or _named_first(m))
        ):
            return f"person:{person}"  # "a Trump administration official" is no Trump
        if (
            person
            and not m.country
            and outer in ("official", "source")
            and m.language == "ar"
            and re.search(r"(?<!\w)(?:ال)?(?:اداره|حكومه)\s", fold(m.surface))
        ):
            # "مسؤول في إدارة الرئيس دونالد ترامب": of the country the corpus names him leader of
            led = {c for (c, _), p in self.holders.items() if c and p == person}
            if len(led) == 1:
                m = replace(m, country=led.pop())
        if person and not m.country and NAMED_ADMINISTRATION.search(m.surface):
            # "a Museveni administration official": of the country the corpus names its leader
            # of ("Ugandan President Yoweri Museveni"); failing that, English news's usual
            # "administration" (the lexicon's: American)
            led = {c for (c, _), p in self.holders.items() if c and p == person}
            default = lexicon().institution_countries.get("administration official")
            m = replace(m, country=led.pop() if len(led) == 1 else default)
        # ("an official in President Ruto's administration" is not Ruto, "an aide to the
        # minister" is not the minister)
        holder = None if outer in HOLDERLESS_ROLES else self._holder(m.country, roles)
        if holder:
            return f"person:{holder}"
        if m.outlet and not roles:
            return f"outlet:{m.outlet}"
        if outer in ANONYMOUS_ROLES and m.plural:
            # "Israeli officials", "مصادر مطلعة": a group, not the one official of a country
            outer = outer + "s"
        if outer in ("source", "sources") and m.qualifier == "diplomatic":
            # "مصدر دبلوماسي غربي", "a diplomatic source": a diplomat, as "دبلوماسي غربي" is
            outer, m = outer.replace("source", "diplomat"), replace(m, qualifier=None)
        if outer == "reporter" and m.outlet and not m.country:
            # "a Reuters reporter", "QUESTION (Al Arabiya):": that outlet's reporter, not every
            # reporter at once
            return f"outlet:{m.outlet}:reporter"
        if outer:
            country = m.country
            anonymous = ("source", "official", "sources", "officials")
            if not country and m.qualifier and outer in anonymous:
                # "مصدر حكومي" with no country: the corpus's one country with a government source
                countries = {
                    c
                    for (c, r), qs in self.qualified.items()
                    if c and r == outer and m.qualifier in qs
                }
                country = countries.pop() if len(countries) == 1 else None
            qualifier = f"{m.qualifier}:" if m.qualifier and outer in anonymous else ""
            body = next((r for r in roles[1:] if r in INSTITUTION_ROLES), None)
            if not qualifier and body and outer in anonymous:
                qualifier = f"{body}:"  # "an official at the foreign ministry" is the ministry's
            # ("a Syrian official" stays apart from the corpus's "Syrian security official":
            # merging the two claimed they were one person, which no report said)
            return f"{country or 'xx'}:{qualifier}{outer}"
        if m.outlet:
            return f"outlet:{m.outlet}"
        if m.country:
            return self._country_voice(m.country)
        # (an Arabic surface by its romanized spelling: two unknown speakers are two ids)
        return (
            "mention:" + slug(fold(m.surface) if m.surface.isascii() else romanize(m.surface))[:40]
        )

    def _country_voice(self, country: str) -> str:
        """The key of a country speaking in its own name ("Washington said", "قالت دمشق")."""
        if country == self._ministry_voice:
            return f"{country}:foreign-ministry"
        return f"{country}:government"

    def _holder(self, country: str | None, roles: Iterable[str]) -> str | None:
        """Who holds a role: named with it somewhere in the corpus ("US envoy Tom Barrack").
        Without a country, only when the corpus names a single holder of that role."""
        for role in roles:
            if role not in _HOLDER_ROLES:
                continue
            if country:
                if (country, role) in self.holders:
                    return self.holders[(country, role)]
                if role == "minister":
                    # "الوزير الفرنسي", "the French minister": the country's one named minister,
                    # whichever ministry ("French Foreign Minister Jean Barot")
                    ministers = {
                        p
                        for (c, r), p in self.holders.items()
                        if c == country and r.endswith("minister") and r != "prime-minister"
                    }
                    if len(ministers) == 1:
                        return ministers.pop()
                if ("", role) in self.holders and not any(c and r == role for c, r in self.holders):
                    # "مكتب رئيس الوزراء الإسرائيلي" where the corpus names its one prime
                    # minister without a country ("رئيس الوزراء بنيامين نتنياهو")
                    return self.holders[("", role)]
                continue
            holders = {p for (_, r), p in self.holders.items() if r == role}
            if len(holders) == 1:
                return holders.pop()
        return None

    # --- display -----------------------------------------------------------------------------

    def speaker(self, m: Mention) -> Speaker:
        key = self.key(m)
        return Speaker(
            id=self.id_for(key),
            label_ar=self._label(key, "ar", m),
            label_en=self._label(key, "en", m),
            kind=self._kind(key),
        )

    def _kind(self, key: str) -> str:
        if key == "joint-statement":
            return "document"
        if key.startswith("person:"):
            return "person"
        if key.startswith("outlet:") and key.endswith(":reporter"):
            return "anonymous"  # "a Reuters reporter"
        if key.startswith("outlet:"):
            return "outlet"
        if key.endswith(
            (":official", ":source", ":diplomat", ":officials", ":sources", ":diplomats")
        ):
            return "anonymous"
        return "institution"

    def _person_label(self, p: str, language: str) -> str:
        names = self.person_names.get(p)
        if names and names[language]:
            return max(names[language], key=lambda n: (names[language][n], len(n)))
        if names and language == "en" and names["ar"]:
            arabic = max(names["ar"], key=len)
            base = p.split("~")[0]  # (the surname's, for one of two people who share it)
            spelled = (
                (self.english_spelling.get(base) or self.english_spelling.get("l" + base))
                if len(base.lstrip("^")) >= 3  # two consonants match too many names
                else None
            )
            if spelled:  # the surname as the English reports spell it, given names romanized
                given = arabic.split()[:-1]
                return " ".join([*(romanize(w) for w in given), spelled])
            return romanize(arabic)
        if names and names["en"]:
            return max(names["en"], key=len)
        return p

    def id_for(self, key: str) -> str:
        kind, _, rest = key.partition(":")
        if key == "joint-statement":
            return key
        if kind == "person":
            label = self._person_label(rest, "en")
            if "~" in rest:  # one of two people who share a surname: the full name
                return slug(label)
            # (a compound surname, "Shams al-Din", keeps both its words: its key has a space)
            tail = 2 if " " in rest.split("~")[0] else 1
            return slug(" ".join(label.split()[-tail:]) if rest else rest)
        if kind == "outlet":
            return rest.replace(":", "-")  # "reuters", "reuters-reporter"
        if kind == "mention":
            return "speaker-" + rest
        parts = key.split(":")
        if parts[-1] in ("office", "spokesperson", "aide") and parts[0] in self.person_names:
            return slug(self._person_label(parts[0], "en").split()[-1]) + "-" + parts[-1]
        lex = lexicon()
        country = lex.place(parts[0])
        adjective = country.adjective_en if country else ""
        return slug("-".join([adjective, *parts[1:]]))

    def _label(self, key: str, language: str, m: Mention) -> str:
        seen = {
            surface: n
            for surface, n in self.surfaces.get(key, {}).get(language, Counter()).items()
            if _label_like(surface)
        }
        if seen:
            # the usual name, then the shortest that is more than an abbreviation ("U.S")
            return max(seen, key=lambda s: (seen[s], len(s) > 3, -len(s)))
        kind, _, rest = key.partition(":")
        if kind == "person":
            return self._person_label(rest, language)
        lex = lexicon()
        if key == "joint-statement":
            issuer = self._label(self.key(m.issuer), language, m.issuer) if m.issuer else ""
            if language == "ar":
                return "البيان المشترك" + (f" الصادر عن {issuer}" if issuer else "")
            return "the joint statement" + (f" issued by {issuer}" if issuer else "")
        if kind == "mention" and m.roles[:1] == ("statement",):
            return "البيان" if language == "ar" else "the statement"
        if kind == "outlet" and rest.endswith(":reporter"):
            # "a Reuters reporter" / "مراسل رويترز"
            name = self._label(f"outlet:{rest.removesuffix(':reporter')}", language, m)
            return f"مراسل {name}" if language == "ar" else f"a {name} reporter"
        if kind == "outlet":
            outlet = next((o for o in lex.outlets if o.key == rest), None)
            if outlet:
                return outlet.en[0] if language == "en" else (outlet.label_ar or outlet.ar[0])
            number = rest.removeprefix("channel-")
            if number.isdigit():  # a numbered channel the lexicon does not list
                return f"Channel {number}" if language == "en" else f"القناة {number}"
            return rest
        parts = key.split(":")
        if parts[-1] in ("office", "spokesperson", "aide") and parts[0] in self.person_names:
            name = self._person_label(parts[0], language)
            if language == "ar":
                return {"office": "مكتب ", "spokesperson": "المتحدث باسم ", "aide": "مساعد "}[
                    parts[-1]
                ] + name
            return f"{name}'s {parts[-1]}"
        country = lex.place(parts[0])
        role = parts[-1]
        if language == "en":
            words = [
                country.adjective_en if country else "",
                *(p for p in parts[1:-1]),
                _ROLE_EN.get(role, role),
            ]
            phrase = " ".join(w for w in words if w)
            if self._kind(key) == "institution":
                return "the " + phrase  # "the Ugandan foreign ministry": there is one
            if role in _GROUP_AR:
                return phrase  # "Israeli officials"
            # "a Ugandan", "a European", "a UN official" sound a consonant
            vowel = phrase[:1].lower() in "aeiou" and not re.match(r"(?i)u[gkrs]|eu|un\b", phrase)
            return ("an " if vowel else "a ") + phrase
        adjective = (country.adjective_ar_label or country.adjective_ar) if country else ""
        if role in _GROUP_AR:
            noun, ending = _GROUP_AR[role]  # "مسؤولون إسرائيليون", "مصادر إسرائيلية"
            return f"{noun} {adjective}{ending}" if adjective else noun
        role_ar = next((r.label_ar for r in lex.roles if r.key == role), role)
        return _arabic_phrase(role_ar.removeprefix("ال"), adjective)


_NOT_A_NAME = re.compile(
    r"(?<!\w)(?:same|latter|former|said|says|told|not|has|had|was|is|whether|ذاته|ذاتها|نفسه|نفسها"
    r"|المذكور|المذكورة|قال|قالت|لم|لا|ما)(?!\w)",
    re.IGNORECASE,
)


def _label_like(surface: str) -> bool:
    """A surface fit to be a speaker's display name: short, and no anaphor ("the same
    official"), negation or verb ("Israel has not said whether ...")."""
    return 0 < len(surface.split()) <= 7 and not _NOT_A_NAME.search(surface)


def _arabic_phrase(noun: str, adjective: str) -> str:
    """A generated Arabic label from folded lexicon words: ta marbuta restored, and the
    adjective agreeing with a feminine or definite noun (وزاره الخارجيه + سوري ->
    وزارة الخارجية السورية)."""
    words = [re.sub("ه$", "ة", w) if len(w) > 2 else w for w in noun.split()]
    if adjective:
        feminine = words[-1].endswith("ة")
        definite = words[-1].startswith("ال")
        adjective = ("ال" if definite else "") + adjective + ("ة" if feminine else "")
        words.append(adjective)
    return " ".join(words)


def naming(m: Mention) -> str:
    """How a mention names its speaker, cleaned like a label; "" for a pronoun or anaphor."""
    named = m.issuer if m.roles[:1] == ("statement",) and m.issuer else m
    if named.anaphoric or named.empty or not named.surface:
        return ""
    return _clean(named.surface)


def _clean(surface: str) -> str:
    """A label from a mention: no article, auxiliary, clitic preposition, quote marks or
    trailing punctuation ("وكان الشيباني قد" -> "الشيباني", "للقناة 12" -> "القناة 12")."""
    cleaned = surface.strip(' ،,:"«“')
    cleaned = re.sub(r"^(A|An|The)\s+", lambda m: m.group(1).lower() + " ", cleaned)
    cleaned = re.sub("اً(?=\\s|$)", "", cleaned)  # مسؤولاً سورياً -> مسؤول سوري (after بحسب)
    cleaned = re.sub(r"^(?:و?كان|وكانت|كانت|وقد|فقد|قد)\s+", "", cleaned)
    cleaned = re.sub(r"\s+(?:قد|تحدث|تحدثت|يومها|حينها)$", "", cleaned)
    cleaned = re.sub(r"^لل(?=[\u0621-\u064a]{3})", "ال", cleaned)
    cleaned = re.sub(r"^ل(?=[\u0621-\u064a]{4,}$)", "", cleaned)
    # "بيان لمكتب رئيس الوزراء": the preposition binds the statement to its issuer, whose name
    # starts at the role word after it
    first, space, rest = cleaned.partition(" ")
    if rest and re.fullmatch(r"ل[\u0621-\u064a]{3,}", first) and fold(first[1:]) in _title_words():
        cleaned = first[1:] + space + rest
    # function words at either edge ("What Dermer", "أما الشيباني فكان") are the sentence's
    words = cleaned.split()
    while len(words) > 1 and _function_word(words[0]):
        words.pop(0)
    while len(words) > 1 and _function_word(words[-1]):
        words.pop()
    return " ".join(words).strip(" ،,")


def _function_word(word: str) -> bool:
    folded = fold(word).strip(" ،,.:").casefold()
    if folded in ("a", "an", "the"):
        return False  # "the U.S. State Department" keeps its article
    bare = folded[1:] if folded[:1] in ("و", "ف") and len(folded) > 2 else folded
    return folded in function_words() or bare in function_words()
