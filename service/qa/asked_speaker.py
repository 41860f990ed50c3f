"""Questions about what someone said, when no report quotes them.

"What did Syrian President Ahmed al-Sharaa say about the talks?", "ما موقف الحكومة التركية؟":
the question asks for a speaker's words or position. When the one it names is a speaker-like
phrase (a name, a role, an institution, a country or an outlet) and no speaker of the index
could be the one it names, the statements cannot answer: any quote would be someone else's words
offered as theirs. The answer says so and lists the nearest sources.

Whether a speaker could be the one named is decided on the parsed phrases (the ingest's
`parse_mention`), across scripts: a shared surname (compared by consonant skeleton, so لافي is
Lavie), or the same role of the same country, or the same outlet, or, for a bare country
("What did Russia say"), any speaker of that country.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from ingest.attribute import Mention, parse_mention
from ingest.lexicon import fold, lexicon
from ingest.normalize import detect_language
from ingest.read import IndexSnapshot
from ingest.speakers import skeleton

# The phrase naming whose words or position the question asks for ("who"), in either language.
_ASKS_WORDS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # ("state" the verb, not "state media" or "the State Department" in the name)
        r"^\W*what\s+(?:did|does|has|have|had)\s+(?P<who>.{3,80}?)\s+(?:say|said|tell|told|"
        r"state(?![\s-]+(?:media|news|television|tv|radio|agency|department|run)\b)|stated|"
        r"announce|announced|claim|claimed|think|write|wrote|post|posted)\b",
        r"^\W*how\s+(?:did|does|has|have)\s+(?P<who>.{3,80}?)\s+(?:react|respond|reply)\b",
        r"^\W*what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:official\s+|public\s+)?"
        r"(?:position|view|stance|reaction|response)"
        r"s?\s+of\s+(?P<who>.{3,80}?)(?=\s+(?:on|about|to|toward|towards|regarding)\b|\W*$)",
        r"^\W*what\s+(?:is|was)\s+(?P<who>.{3,80}?)['’]s?\s+(?:position|view|stance|reaction|"
        r"response)\b",
        r"^\W*(?:ماذا|بماذا|ما\s+الذي)\s+(?:قال|قالت|صرح|صرحت|أعلن|اعلن|أعلنت|اعلنت|كتب|كتبت|"
        r"ذكر|ذكرت)\s+(?P<who>.{3,80}?)"
        r"(?=\s+(?:عن|عما|عمّا|بشأن|بشان|حول|في|على|علي|بعد|قبل|لـ|ل|إن|ان|أن|إنها|انها|إنه|انه"
        r"|إنهم|انهم)(?:\s|$)|\W*$)",
        r"^\W*ما\s+(?:هو\s+|هي\s+)?(?:موقف|رأي|راي|رد|ردّ|تعليق)\s+(?P<who>.{3,80}?)"
        r"(?=\s+(?:من|عن|بشأن|بشان|حول|على|علي|تجاه|إزاء|ازاء)\s|\W*$)",
        # "ما الموقف الرسمي لتركيا / للحكومة التركية": whose position follows its لـ
        r"^\W*ما\s+(?:هو\s+|هي\s+)?(?:الموقف|الرأي|الراي|الرد)\s+(?:الرسمي\s+|المعلن\s+)?"
        r"ل(?P<who>.{3,80}?)(?=\s+(?:من|عن|بشأن|بشان|حول|على|علي|تجاه|إزاء|ازاء)\s|\W*$)",
        r"^\W*كيف\s+(?:رد|ردت|ردّ|ردّت|علق|علقت)\s+(?P<who>.{3,80}?)"
        r"(?=\s+(?:على|علي|عن)\s|\W*$)",
    )
]


def asked_speaker(question: str) -> str | None:
    """The phrase naming whose words the question asks for, or None."""
    question = question.strip()
    for pattern in _ASKS_WORDS:
        found = pattern.search(question)
        if found and not question[found.end("who") :].lstrip()[:1].isupper():
            who = found.group("who").strip(" ،,?؟")
            if question[found.start("who") - 1 : found.start("who")] == "ل" and who[:1] == "ل":
                who = "ا" + who  # "للحكومة" is لـ + "الحكومة"
            return who
        # (a capitalised "verb" is part of a name: "What did the Jerusalem Post report?")
    return None


# "Who led ...", "Who was on ...", "من ترأس ...", "من هو ...": the word that says what the one
# asked about did (after an auxiliary in English, after a relative pronoun in Arabic)
_AUX = r"(?:(?:was|were|is|are|did|does|do|had|has|have|will|would)\s+)?"
_WHO_VERB_EN = re.compile(
    rf"(?:^|[.!?;:]\s+|,?\s+and\s+)\W*who\s+(?:else\s+)?{_AUX}(?P<verb>\w+)", re.I
)
# after a comma only when no other interrogative opens the question ("Besides X, who else
# represented Syria?"): in "What did the official, who led the team, say?" it is a relative
_WHO_AFTER_COMMA_EN = re.compile(rf",\s+who\s+(?:else\s+)?{_AUX}(?P<verb>\w+)", re.I)
_OTHER_QUESTION_EN = re.compile(
    r"^\W*(?:what|how|why|when|where|which|whose|did|does|do|is|are|was|were|has|have|can|"
    r"according)\b",
    re.I,
)
# Arabic's relative is الذي, not من: من opens the question, a sentence of it, or a clause
# joined by و ("...، ومن سيرأسها؟"); after a bare comma it is as often "of" ("ما موقف فرنسا،
# البلد المضيف، من النتائج؟")
_WHO_VERB_AR = re.compile(
    r"(?:^\W*[وف]?|[:.!؟]\s*[وف]?|[،,؛]\s*و)من\s+(?:(?:الذي|التي|الذين|هو|هي|هم)\s+)?"
    r"(?P<verb>\S+)"
)
# "من أي بلدة", "من بين": من as "from", not "who"
_NOT_WHO = frozenset({"اي", "اين", "بين", "اجل", "خلال", "جهه", "جانب", "حيث", "قبل", "بعد"})


def asks_who_acted(question: str) -> bool:
    """Whether a question asks who did something ("Who led Syria's delegation?", "من ترأس
    الوفد؟", "Besides X, who else represented Syria?", "Which minister led ...?"), not who
    said something ("Who described the talks as ...?", "من وصف ...؟"): the reporter's
    narration usually answers the first, a speaker's words the second. A verb is a saying verb
    when the ingest's lexicon lists it (ingest/lexicon.json)."""
    question = question.strip()
    # the question's own "who", after any clause that sets it up ("The talks were held in
    # Geneva. Who mediated them?", "متى تبدأ اللجنة عملها، ومن سيرأسها؟")
    found = _WHO_VERB_EN.search(question)
    if found is None and not _OTHER_QUESTION_EN.match(question):
        found = _WHO_AFTER_COMMA_EN.search(question)
    english, arabic = _saying_verbs()
    if found is not None:
        return found.group("verb").casefold() not in english
    found = _WHO_VERB_AR.search(question)
    if found is None:
        return _which_role_acted(question)
    folded = fold(found.group("verb"))
    return folded not in _NOT_WHO and folded not in arabic


# "Which Israeli minister led ...?", "أي وزير ترأس ...؟": which/أي, up to three words, then a
# role the news lexicon lists (not a statement's)
_WHICH_EN = re.compile(r"^\W*(?:and\s+)?which\s+(?P<words>(?:[\w'’-]+\s+){1,4})", re.I)
_WHICH_AR = re.compile(r"^\W*[وف]?(?:أي|أيّ|اي)\s+(?P<words>(?:\S+\s+){1,4})")


def _which_role_acted(question: str) -> bool:
    """A which-question about a person or a body ("Which US officials took part ...?", "أي
    وزير ترأس ...؟") asks who acted when no saying verb of the lexicon is among its words
    ("Which official said ...?" asks who said it)."""
    english, arabic = _saying_verbs()
    en_roles, ar_roles = _role_words()
    found = _WHICH_EN.match(question)
    if found is not None:
        if not any(w.casefold() in en_roles for w in found.group("words").split()[:4]):
            return False
        return not any(w.casefold() in english for w in re.findall(r"[\w'’-]+", question))
    found = _WHICH_AR.match(question)
    if found is not None:
        if not any(fold(w) in ar_roles for w in found.group("words").split()[:3]):
            return False
        return not any(fold(w) in arabic for w in re.findall(r"\w+", question))
    return False


@functools.lru_cache(maxsize=1)
def _role_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's one-word roles of a person or a body (not of a statement or a text):
    English case-folded, Arabic folded, with and without the article."""
    roles = [r for r in lexicon().roles if r.key != "statement"]
    english = frozenset(w.casefold() for r in roles for w in r.en if " " not in w)
    arabic = {fold(w) for r in roles for w in r.ar if " " not in w}
    arabic |= {w[2:] for w in arabic if w.startswith("ال")} | {"ال" + w for w in arabic}
    return english, frozenset(arabic)


@functools.lru_cache(maxsize=1)
def _saying_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's saying verbs as a question's verb is compared with them, built once:
    English case-folded, Arabic folded with and without the clitics و and ف."""
    lex = lexicon()
    english = frozenset(v.casefold() for v in lex.en_verbs)
    arabic = frozenset(c + form for form in lex.ar_verb_forms for c in ("", "و", "ف"))
    return english, arabic


def parse_phrase(surface: str) -> Mention:
    """A phrase parsed as the ingest parses a speaker's mention, in its own language."""
    return parse_mention(surface, start=0, end=len(surface), language=detect_language(surface))


def name_skeletons(words: tuple[str, ...] | list[str]) -> set[str]:
    """Consonant skeletons of name words, with and without the article (الشرع, al-Sharaa ->
    lSr and Sr): compared across scripts."""
    out = set()
    for word in words:
        s = skeleton(word.removeprefix("و"))
        if len(s) >= 2:
            out |= {s, s[1:]} if s.startswith("l") and len(s) > 2 else {s}
    # "بن عامي" is one surname, as "Ben-Ami" is (a particle of descent and the name after it)
    for particle, name in itertools.pairwise(words):
        if fold(particle.removeprefix("و")) in _DESCENT or particle.casefold() in _DESCENT:
            s = skeleton(particle.removeprefix("و") + name)
            if len(s) >= 3:
                out.add(s)
    return out


_DESCENT = frozenset({"بن", "ابن", "بار", "ben", "bin", "ibn", "bar", "ابو", "abu", "abou"})


def alike(a: str, b: str) -> bool:
    """Two name skeletons of one name: equal, or, from four consonants up, one letter apart
    (the scripts' spellings differ by a letter: هاتشينز "tSns", Hutchins "tkns")."""
    return a == b or (
        len(a) >= 4 and len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    )


def _surnames(words: list[str] | tuple[str, ...], person: tuple[str, ...]) -> list[str]:
    """The words that may hold a surname: all of them but the first name word when the name
    has two or more (a given name is no surname, and the parse of a question's phrase may
    take a place for a name, "خالد حمدان من ريف القنيطرة")."""
    given = person[0] if len(person) > 1 else None
    return [w for w in words if w != given]


def same_person(asked: Mention, speaker: Mention) -> bool:
    """Whether two parsed names with name words are one person: a surname alike across scripts
    (a given name is no surname: "Ahmed" and "Mahmoud" share a skeleton, "Hussein" is
    al-Husseini's, and many officials are called Mohammed)."""
    # "Netanyahu's office": the possessive is no part of the name
    asked_words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", asked.surface)]
    asked_names = name_skeletons(_surnames(asked_words, asked.person))
    speaker_names = name_skeletons(_surnames(speaker.person, speaker.person))
    if not (asked_names and speaker_names):
        # a surname too short for a skeleton ("Haddad" -> "d"): every name word counts
        asked_names, speaker_names = name_skeletons(asked_words), name_skeletons(speaker.person)
    return any(alike(x, y) for x in asked_names for y in speaker_names)


def could_be(asked: Mention, speaker: Mention) -> bool:
    """Whether a speaker, as one report names it, could be the one the question names: a
    shared name word, or the same role (of the same country, when both name one), or the same
    outlet, or, for a bare country, any speaker of it. Leaning towards "could": a wrong "no"
    refuses an answerable question."""
    if asked.person and speaker.person and same_person(asked, speaker):
        return True
    if asked.roles:
        same_country = asked.country is None or speaker.country in (None, asked.country)
        return same_country and bool(set(asked.roles) & set(speaker.roles))
    if asked.outlet:
        return asked.outlet == speaker.outlet
    if asked.person:
        return False
    return asked.country is not None and speaker.country == asked.country


class UnquotedSpeaker:
    """Refuses a question about someone's words when no report quotes them."""

    def __init__(self, speaker_names: list[str]) -> None:
        """`speaker_names`: every name the index's speakers go by, in either language."""
        self.speakers = [parse_phrase(s) for s in sorted(set(speaker_names))]

    @classmethod
    def from_snapshot(cls, snapshot: IndexSnapshot) -> UnquotedSpeaker:
        """The speakers' names as the reports gave them (each quote's mention) and their
        Arabic and English labels."""
        return cls(
            [
                name
                for doc in snapshot.documents.values()
                for statement in doc.statements
                for q in statement.quotes
                if not q.speaker_id.startswith("report:")
                for name in (q.mention, q.speaker, q.speaker_en)
                if name
            ]
        )

    def check(self, question: str) -> tuple[str, str] | None:
        """(the phrase as asked, the reason) when the question asks for the words of someone
        no report quotes; None otherwise, and when the phrase names no one ("what did they
        say", "what did the statement say")."""
        who = asked_speaker(question)
        if not who or re.match(r"(?:each|every|all|both|كل|جميع|كلا)(?:\s|$)", who, re.I):
            return None  # "what did each party say": every speaker, not one
        named = re.split(r"\s*[،,]\s*", who)[0]
        if not self._unquoted(who) or (named != who and not self._unquoted(named)):
            # "يوسي بن عامي، صاحب النزل": the name before what describes them counts too
            return None
        return who, f"no report quotes {who}"

    def _unquoted(self, who: str) -> bool:
        """Whether a phrase names someone (a person, a role, an outlet, a country) whom no
        report quotes."""
        asked = parse_phrase(who)
        if asked.person and all(
            re.search(rf"\b(?:the|a|an)\s+{re.escape(w)}\s+[a-z]", who) for w in asked.person
        ):
            # "the Druze cleric from Sweida": a capitalised word between an article and a
            # noun describes the one asked about, it does not name them
            asked = dataclasses.replace(asked, person=())
        if asked.anaphoric or asked.empty or asked.roles[:1] == ("statement",):
            return False
        if not (asked.person or asked.roles or asked.outlet or asked.country):
            return False
        return not any(could_be(asked, speaker) for speaker in self.speakers)
