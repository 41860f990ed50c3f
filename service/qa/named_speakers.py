"""Which of the index's speakers a question names ("What did Netanyahu's office say ...",
"ماذا قال المسؤول السوري ...").

A speaker is known by every name the reports gave them (each quote records how its report named
its speaker) and by its two labels. A question names a speaker when it contains every word of one
of those names (compared as the keyword search compares words: normalised and stemmed, function
words dropped), and that name is specific: it has a word few speakers share, or two words.
When several speakers are named that way, the longest names win ("the Syrian official" is the
Syrian official, not every official). A name of three words or more is also known by its first
and last ("مكتب ... نتنياهو").
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import NamedTuple

from ingest.attribute import Mention
from ingest.lexicon import fold, lexicon
from ingest.normalize import detect_language, keyword_tokens
from ingest.read import IndexSnapshot
from service.qa.asked_speaker import (
    alike,
    asked_speaker,
    name_skeletons,
    parse_phrase,
    same_person,
)

# The lexicon's English reporting verbs that name an act or a thought as well as speech: "Did
# Israel agree to withdraw?", "Did Damascus respond to the strike?" ask whether it happened, not
# whose words these are.
_NOT_ONLY_SPEECH = frozenset(
    ["agree", "ask", "believe", "think", "suspect", "wonder", "continue", "read", "post",
     "record", "estimate", "assess", "charge", "object", "maintain", "counter", "signal",
     "indicate", "express", "voice", "add", "note", "observe", "respond", "reply", "conclude"]
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _saying_en() -> str:
    """The English verbs a "Did X say ...?" question asks with, as a regex alternation: the
    ingest lexicon's one-word reporting verbs, in their base, past, participle and third-person
    forms (lemminflect's tables), less those in `_NOT_ONLY_SPEECH`."""
    from lemminflect import getAllLemmas, getInflection

    bases = {
        lemma
        for verb in lexicon().en_verbs
        if " " not in verb
        for lemma in getAllLemmas(verb, upos="VERB").get("VERB", ())
    } - _NOT_ONLY_SPEECH
    forms = set(bases)
    for base in bases:
        for tag in ("VBD", "VBN", "VBZ"):
            forms.update(getInflection(base, tag=tag) or ())
    return "|".join(sorted(forms, key=len, reverse=True))


# Arabic reporting verbs a "هل قال X ...؟" question is asked with (past tense, masculine and
# feminine, with and without the shadda): "هل طالب المبعوث بأن ..." asks who demanded it
# ("هل تعهدت واشنطن بأن", "هل رأى X أن" ask what was promised or thought: left out, as on
# the development sets they are paraphrases more often than who-said questions)
_SAYING_AR = (
    "قال|قالت|صرح|صرحت|صرّح|صرّحت|أكد|اكد|أكدت|اكدت|أكّد|أكّدت|ذكر|ذكرت|أعلن|اعلن|أعلنت|اعلنت"
    "|وصف|وصفت|نفى|نفت|زعم|زعمت|طالب|طالبت|دعا|دعت|حذر|حذرت|حذّر|حذّرت|شدد|شددت|شدّد|شدّدت"
    "|اعتبر|اعتبرت|اتهم|اتهمت|هدد|هددت|هدّد|هدّدت"
    "|أشار|اشار|أشارت|اشارت|كشف|كشفت|أوضح|اوضح|أوضحت|اوضحت|أبلغ|ابلغ|أبلغت|ابلغت"
)


class _Asking(NamedTuple):
    whether_said: re.Pattern[str]  # "Did X say ...?", "Did the envoy accuse ...?", "هل قال X"
    said_content: re.Pattern[str]  # what follows the verb: the words in doubt
    whether_who: re.Pattern[str]  # the one whose words are in doubt


@functools.lru_cache(maxsize=1)
def _asking() -> _Asking:
    """The "Did X say ...?" patterns, built once over `_saying_en`."""
    saying = _saying_en()
    return _Asking(
        whether_said=re.compile(
            rf"^\W*(?:did|does|has|have|was it)\b.{{0,80}}?\b(?:{saying})\b"
            rf"|^\W*هل\s+(?:\S+\s+){{0,3}}?(?:{_SAYING_AR})(?!\w)",
            re.IGNORECASE,
        ),
        said_content=re.compile(
            # (the verb in lower case: "the State Department" names, it does not state)
            rf"\b(?-i:{saying})\b(?:\s+\w+){{0,2}}?\s+(?:that\s+|as\s+)?"
            r"(?P<en>\S.*)$"
            r"|(?<!\w)(?:إن|أن|ان|بأن|بان|إنه|أنه|انه)\s+(?P<ar>\S.*)$",
            re.IGNORECASE,
        ),
        whether_who=re.compile(
            r"^\W*(?:did|does|has|have)\s+(?P<en>[^?,]{2,80}?)\s+(?:ever\s+|really\s+|actually\s+)?"
            rf"(?-i:{saying})\b"
            rf"|^\W*هل\s+(?:{_SAYING_AR})\s+"
            r"(?P<ar>[^،,؟?]{2,80}?)\s+(?:إن|أن|ان|بأن|بان|إنه|أنه|انه)(?:\s|$)",
            re.IGNORECASE,
        ),
    )


def asks_whether_said(question: str) -> bool:
    """ "Did X say ...?": the words decide who said it, and the answer names them."""
    return bool(_asking().whether_said.search(question))


def said_content(question: str) -> str | None:
    """What a "Did X say ...?" question asks about, without X: "Did the ministry say the talks
    stalled?" -> "the talks stalled?" (searched too, so that the words decide, not the name)."""
    if not asks_whether_said(question):
        return None
    m = _asking().said_content.search(question)
    content = (m.group("en") or m.group("ar")) if m else None
    return content if content and len(content.split()) >= 3 else None


# "According to SANA, what ...", "بحسب سانا، ماذا ...": the source a question names up front
_ACCORDING = re.compile(
    r"^\W*(?:according\s+to|as\s+reported\s+by|as\s+quoted\s+by)\s+(?P<en>[^,?]{2,80}?)\s*,"
    r"|^\W*(?:بحسب|حسب|وفق|وفقا\s+ل|وفقاً\s+ل|نقلا\s+عن|نقلاً\s+عن)\s*(?P<ar>[^،,؟?]{2,80}?)\s*[،,]",
    re.IGNORECASE,
)
# ... or at its end: "What did the meeting cover, according to Syrian state media?", "ما الذي
# بحثه اللقاء وفق الوكالة السورية الرسمية؟"
_ACCORDING_LAST = re.compile(
    r"[,،]?\s+(?:according\s+to|as\s+reported\s+by)\s+(?P<en>[^,?]{2,80}?)\s*\?*\s*$"
    r"|\s(?:بحسب|حسب|وفق|وفقا\s+ل|وفقاً\s+ل|نقلا\s+عن|نقلاً\s+عن)\s*(?P<ar>[^،,؟?]{2,80}?)\s*[؟?]*\s*$",
    re.IGNORECASE,
)


# "How did X describe / assess ...", "In the view of X, ...", "In X's view, ...": whose account
# the question asks for (the English phrase ends at the verb or the comma)
_ACCOUNT_EN = re.compile(
    r"^\W*how\s+(?:did|does|do|has|have)\s+(?P<who>.{3,80}?)\s+(?:describe|characteri[sz]e"
    r"|portray|depict|assess|evaluate|judge|see|view|explain|justify|sum\s+up|summari[sz]e|frame"
    r"|rate)\b"
    r"|^\W*in\s+the\s+(?:view|eyes|words|assessment|account|telling)\s+of\s+(?P<of>[^,?]{2,80}?)\s*,"
    r"|^\W*in\s+(?P<own>[^,?]{2,80}?)['’]s?\s+(?:view|words|assessment|account|telling)\s*,",
    re.IGNORECASE,
)
# "كيف وصف الوسيط الأمريكي ...", "كيف قيّم المصدر الدبلوماسي السوري ...": the definite words
# right after the verb (a role and its adjectives, "والمسؤول X" too); a name there is found by
# its own words
_ACCOUNT_AR = re.compile(
    r"^\W*كيف\s+(?:وصف|وصفت|وصّف|يصف|تصف|قيم|قيّم|قيمت|قيّمت|يقيم|يقيّم|تقيم|تقيّم|رأى|رات|رأت"
    r"|يرى|ترى|برر|بررت|برّر|برّرت|فسر|فسّر|فسرت|فسّرت|صور|صوّر|صورت|صوّرت)\s+"
    r"(?P<who>ال\S+(?:\s+و?ال\S+){0,5})"
)


def speaker_phrase(question: str) -> str | None:
    """The phrase naming whose words the question asks for ("What did X say", "According to
    X, ...", "Did X say ...?"), or None."""
    phrase = asked_speaker(question)
    if phrase is not None:
        return phrase
    m = (
        _ACCORDING.search(question)
        or _ACCORDING_LAST.search(question)
        or _asking().whether_who.search(question)
    )
    return (m.group("en") or m.group("ar")).strip() if m else None


# "the Syrian source quoted by Ekhbariya", "an official speaking to Reuters": who quoted them
_WHO_QUOTED_THEM = re.compile(r"\s+(?:quoted|cited|interviewed|speaking|talking|who)\b.*$")


def account_phrase(question: str) -> str | None:
    """The phrase naming whose account a "How did X describe ...?" question asks for ("In the
    view of X, ...", "كيف وصف X ..."), or None: looser than `speaker_phrase` (the Arabic one is
    only the definite words after the verb), so it is read only when the question's words name
    no speaker."""
    account = _ACCOUNT_EN.search(question)
    if account:
        who = next(g for g in account.group("who", "of", "own") if g)
        return _WHO_QUOTED_THEM.sub("", who).strip()
    account = _ACCOUNT_AR.search(question)
    return account.group("who").strip() if account else None


# A name word shared by more than this share of the speakers ("official", "minister") does not
# single one out on its own.
_GENERIC_SHARE = 0.25


class NamedSpeakers:
    def __init__(self, snapshot: IndexSnapshot) -> None:
        names: dict[str, set[str]] = defaultdict(set)
        self.labels: dict[str, tuple[str, str]] = {}  # speaker id -> (Arabic, English) label
        for doc in snapshot.documents.values():
            for statement in doc.statements:
                for q in statement.quotes:
                    if q.speaker_id.startswith("report:"):
                        continue
                    names[q.speaker_id].update(n for n in (q.mention, q.speaker, q.speaker_en) if n)
                    self.labels.setdefault(q.speaker_id, (q.speaker, q.speaker_en))
        self._names: dict[str, list[frozenset[str]]] = {}
        # each name parsed as the ingest parses a mention: compared by role, country, outlet and
        # surname when no name's words are all in the asking phrase (another script, another
        # language's words for the role: "France's foreign ministry", وزارة الخارجية الفرنسية)
        self._parsed = {
            speaker_id: [parse_phrase(surface) for surface in sorted(surfaces)]
            for speaker_id, surfaces in names.items()
        }
        self._documents = snapshot.documents  # for `_vocabulary`, when first needed
        # each country's outlets among the speakers ("Syrian state media" -> SANA)
        country_of = {o.key: o.country for o in lexicon().outlets if o.country}
        outlets: dict[str, set[str]] = defaultdict(set)
        for speaker_id, mentions in self._parsed.items():
            for m in mentions:
                if m.outlet in country_of:
                    outlets[country_of[m.outlet]].add(speaker_id)
        self._outlets_of = {country: frozenset(ids) for country, ids in outlets.items()}
        for speaker_id, surfaces in names.items():
            tokenised = set()
            for surface in surfaces:
                tokens = keyword_tokens(surface)
                tokenised.add(frozenset(tokens))
                if len(tokens) >= 3:
                    # "مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو" is also "مكتب نتنياهو"
                    tokenised.add(frozenset((tokens[0], tokens[-1])))
            self._names[speaker_id] = [t for t in tokenised if t]
        share: dict[str, int] = defaultdict(int)
        for forms in self._names.values():
            for token in frozenset().union(*forms):
                share[token] += 1
        limit = max(1.0, _GENERIC_SHARE * len(self._names))
        self._generic = frozenset(t for t, n in share.items() if n > limit)
        # surnames by their consonants, both scripts alike (الحسيني, al-Husseini -> "lsn"): an
        # English question names a speaker only an Arabic report quotes
        self._surnames: dict[str, set[str]] = defaultdict(set)
        # ... and those only Latin script spells, for an Arabic question (`_by_surname`)
        self._latin_surnames: dict[str, set[str]] = defaultdict(set)
        for speaker_id, surfaces in names.items():
            for surface in surfaces:
                mention = parse_phrase(surface)
                if mention.person:
                    self._surnames[speaker_id] |= _skeletons(mention.person[-1])
                    if mention.person[-1].isascii():
                        self._latin_surnames[speaker_id] |= _skeletons(mention.person[-1])
                    person = frozenset(keyword_tokens(" ".join(mention.person)))
                    if len(person) >= 2:  # "ريم الحسيني" without "الباحثة"
                        self._names[speaker_id].append(person)

    def find(self, question: str) -> frozenset[str]:
        """The speaker ids the question names (empty when it names none): those the phrase
        naming whose words it asks for names, when it has one that names a speaker ("According
        to SANA, what did the Israeli delegation discuss?" is SANA's), else any in the
        question."""
        phrase = speaker_phrase(question)
        if phrase is not None:
            named = self._find(phrase) or self._by_parse(phrase)
            if named:
                return named
        return self._find(question) or self._by_account(question)

    def asked(self, question: str) -> frozenset[str]:
        """The speaker ids whose words the question asks for: those its asking phrase names
        (none when that phrase names no speaker of the index: "What did France's foreign
        minister pledge when he hosted al-Shaibani?" asks for the minister's words, not
        al-Shaibani's), or, with no asking phrase, any it names."""
        phrase = speaker_phrase(question)
        if phrase is None:
            return self._find(question) or self._by_account(question)
        return self._find(phrase) or self._by_parse(phrase)

    def _by_account(self, question: str) -> frozenset[str]:
        """ "كيف وصف الوسيط الأمريكي ...": the speaker whose account is asked for, by what
        identifies them (the envoy the reports quote), when no words of the question name one."""
        account = account_phrase(question)
        return self._by_parse(account) if account else frozenset()

    def _find(self, question: str) -> frozenset[str]:
        words = frozenset(keyword_tokens(question))
        best: dict[str, int] = {}
        for speaker_id, forms in self._names.items():
            for form in forms:
                specific = len(form) >= 2 or bool(form - self._generic)
                if specific and form <= words:
                    best[speaker_id] = max(best.get(speaker_id, 0), len(form))
        if not best:
            return self._by_surname(question)
        longest = max(best.values())
        return frozenset(s for s, n in best.items() if n == longest)

    def _by_parse(self, phrase: str) -> frozenset[str]:
        """The speakers an asking phrase names by what identifies them rather than by its words
        (`_identifies`), the closest kind of match only; none for a bare country ("What did
        Syria say": every Syrian voice), a pronoun or an anaphor."""
        asked = parse_phrase(phrase)
        if asked.anaphoric or asked.empty:
            return frozenset()
        if not (asked.person or asked.roles or asked.outlet):
            return self._national_outlets(asked)
        best: dict[str, int] = {}
        for speaker_id, mentions in self._parsed.items():
            level = max((_identifies(asked, m) for m in mentions), default=0)
            if level:
                best[speaker_id] = level
        if not best:
            return frozenset()
        top = max(best.values())
        return frozenset(s for s, n in best.items() if n == top)

    def _national_outlets(self, asked: Mention) -> frozenset[str]:
        """For a country's media named by kind ("Syrian state media", "الوكالة السورية
        الرسمية"), the speakers that are that country's outlets (SANA); none for a bare
        country."""
        words = {fold(w) for w in re.findall(r"\w+", asked.surface)}
        if asked.country is None or not words & _outlet_nouns():
            return frozenset()
        return self._outlets_of.get(asked.country, frozenset())

    @functools.cached_property
    def _vocabulary(self) -> frozenset[str]:
        """The words the reports use, stemmed: an Arabic question's word outside them may be a
        name the reports spell only in Latin script. Built on first use, not at load (about
        0.2 s a megabyte of reports), since few questions need it."""
        return frozenset(t for doc in self._documents.values() for t in keyword_tokens(doc.text))

    def _by_surname(self, question: str) -> frozenset[str]:
        """The speakers whose surname a capitalised word of an English question spells, in
        either script ("Reem al-Husseini" -> الحسيني); or, in an Arabic question, a word that
        no report uses and that spells a surname only Latin script gives (راماتي -> "Yoav
        Ramati"): a word the reports use is a word, not a name (بيروت is not "Barrot")."""
        asked: set[str] = set()
        if detect_language(question) == "en":
            for word in re.findall(r"(?:(?:al|el)-)?[A-Z][\w'’-]+", question):
                asked |= _skeletons(word)
            return frozenset(s for s, surnames in self._surnames.items() if surnames & asked)
        for word in re.findall(r"\w+", question):
            tokens = keyword_tokens(word)
            if tokens and not set(tokens) <= self._vocabulary:
                asked |= _skeletons(word)
        return frozenset(
            s
            for s, surnames in self._latin_surnames.items()
            if any(alike(a, b) for a in asked for b in surnames)
        )


def _identifies(asked: Mention, speaker: Mention) -> int:
    """How closely a speaker's name, parsed, fits an asked phrase, parsed (0 not at all): by
    surname across scripts (4 with the same title, 3 without: "Netanyahu's office" is the
    office more than the man), by outlet (3), or by title (the outermost role: an office's
    spokesperson is not the office) of the same country (2, 1 when one of them names none).
    A statement is named by its being joint; any other is too vague to single one out."""
    if asked.person and speaker.person:
        if not same_person(asked, speaker):
            return 0
        return 4 if asked.roles[:1] == speaker.roles[:1] else 3
    if asked.outlet and not asked.roles:
        return 3 if speaker.outlet == asked.outlet else 0
    if not asked.roles or asked.roles[:1] != speaker.roles[:1]:
        return 0
    if asked.roles[0] == "statement":
        return 2 if asked.joint and speaker.joint else 0
    if asked.country is not None and speaker.country is not None:
        return 2 if asked.country == speaker.country else 0
    return 2 if asked.country == speaker.country else 1


@functools.lru_cache(maxsize=1)
def _outlet_nouns() -> frozenset[str]:
    """The lexicon's words for a kind of outlet ("agency", "media", "صحيفة"), folded."""
    lex = lexicon()
    return frozenset(fold(n) for n in (*lex.outlet_nouns_en, *lex.outlet_nouns_ar))


def _skeletons(name: str) -> set[str]:
    """A name's consonant skeletons with and without the article (`name_skeletons`), when long
    enough (three consonants) not to match a common word by chance."""
    return {f for f in name_skeletons([name]) if len(f) >= 3}
