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

import re
from collections import defaultdict

from ingest.normalize import detect_language, keyword_tokens
from ingest.read import IndexSnapshot
from service.qa.asked_speaker import asked_speaker, name_skeletons, parse_phrase

# "Did Netanyahu's office say ...?", "هل قال المسؤول السوري ...؟"
_ASKS_WHETHER_SAID = re.compile(
    r"^\W*(?:did|does|has|have|was it)\b.{0,80}?\b(?:say|said|tell|told|claim|claimed|state|"
    r"stated|announce|announced|describe|described|call|called|confirm|confirmed|deny|denied)\b"
    r"|^\W*هل\s+(?:\S+\s+){0,3}?(?:قال|قالت|صرح|صرحت|أكد|اكد|أكدت|اكدت|ذكر|ذكرت|أعلن|اعلن|"
    r"أعلنت|اعلنت|وصف|وصفت|نفى|نفت|زعم|زعمت)",
    re.IGNORECASE,
)


def asks_whether_said(question: str) -> bool:
    """ "Did X say ...?": the words decide who said it, and the answer names them."""
    return bool(_ASKS_WHETHER_SAID.search(question))


_SAID_CONTENT = re.compile(
    r"\b(?:say|said|tell|told|claim|claimed|state|stated|announce|announced|confirm|confirmed|"
    r"deny|denied)\b(?:\s+\w+){0,2}?\s+(?:that\s+)?(?P<en>\S.*)$"
    r"|(?<!\w)(?:إن|أن|ان|بأن|بان|إنه|أنه|انه)\s+(?P<ar>\S.*)$",
    re.IGNORECASE,
)


def said_content(question: str) -> str | None:
    """What a "Did X say ...?" question asks about, without X: "Did the ministry say the talks
    stalled?" -> "the talks stalled?" (searched too, so that the words decide, not the name)."""
    if not asks_whether_said(question):
        return None
    m = _SAID_CONTENT.search(question)
    content = (m.group("en") or m.group("ar")) if m else None
    return content if content and len(content.split()) >= 3 else None


# "According to SANA, what ...", "بحسب سانا، ماذا ...": the source a question names up front
_ACCORDING = re.compile(
    r"^\W*(?:according\s+to|as\s+reported\s+by|as\s+quoted\s+by)\s+(?P<en>[^,?]{2,80}?)\s*,"
    r"|^\W*(?:بحسب|حسب|وفق|وفقا\s+ل|وفقاً\s+ل|نقلا\s+عن|نقلاً\s+عن)\s*(?P<ar>[^،,؟?]{2,80}?)\s*[،,]",
    re.IGNORECASE,
)


def speaker_phrase(question: str) -> str | None:
    """The phrase naming whose words the question asks for ("What did X say", "According to
    X, ..."), or None."""
    phrase = asked_speaker(question)
    if phrase is not None:
        return phrase
    m = _ACCORDING.search(question)
    return (m.group("en") or m.group("ar")).strip() if m else None


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
        for speaker_id, surfaces in names.items():
            for surface in surfaces:
                mention = parse_phrase(surface)
                if mention.person:
                    self._surnames[speaker_id] |= _skeletons(mention.person[-1])
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
            named = self._find(phrase)
            if named:
                return named
        return self._find(question)

    def asked(self, question: str) -> frozenset[str]:
        """The speaker ids whose words the question asks for: those its asking phrase names
        (none when that phrase names no speaker of the index: "What did France's foreign
        minister pledge when he hosted al-Shaibani?" asks for the minister's words, not
        al-Shaibani's), or, with no asking phrase, any it names."""
        phrase = speaker_phrase(question)
        return self._find(phrase) if phrase is not None else self._find(question)

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

    def _by_surname(self, question: str) -> frozenset[str]:
        """The speakers whose surname a capitalised word of an English question spells, in
        either script ("Reem al-Husseini" -> الحسيني)."""
        if detect_language(question) != "en":
            return frozenset()
        asked: set[str] = set()
        for word in re.findall(r"(?:(?:al|el)-)?[A-Z][\w'’-]+", question):
            asked |= _skeletons(word)
        return frozenset(s for s, surnames in self._surnames.items() if surnames & asked)


def _skeletons(name: str) -> set[str]:
    """A name's consonant skeletons with and without the article (`name_skeletons`), when long
    enough (three consonants) not to match a common word by chance."""
    return {f for f in name_skeletons([name]) if len(f) >= 3}
