"""Attribution of reported speech: which spans of a report are whose words.

A quote is a span of reported speech (words in quotation marks, or indirect speech after
أن / إن / that) tied to its reporting clause, which may stand before or after it or be a nominal
construction ("according to X", بحسب X, نُقل عن X). The clause's subject is a mention; a mention
that points back (المصدر ذاته, "the official", "he", an unnamed subject after من جهته) is
resolved to the speaker it points at. Everything that is not a quote is the reporter's narration.

Rules are written from the grammar of news reporting in both languages (lexicon.json), never
from one report, and are measured on reports they were not written from (eval/corpora).
Hand-written because no maintained library does attribution of reported speech for Arabic.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ingest.dates import AR_TIME_ADVERBIAL, AR_TIME_PHRASE
from ingest.layout import Block
from ingest.lexicon import (
    ANONYMOUS_ROLES,
    BODY_ROLES,
    INSTITUTION_ROLES,
    Lexicon,
    fold,
    function_words,
    lexicon,
    mark_explained,
)
from ingest.normalize import detect_language, fold_with_offsets

Span = tuple[int, int]

_OPEN_CLOSE = {"«": "»", "“": "”", "„": "”"}
_QUOTE_CHARS = "\"«»“”„‘'"

_SPACE_PUNCT = " \t\r\n،,.:;؛!?؟\"«»“”'’‘()[]*-–—"
_MIN_SPEECH_WORDS = 4  # a shorter quoted phrase with no reporting clause is a scare quote
_QUOTE_MARKS_AND_SPACE = re.compile(r"[\s\"'«»“”‘’„.!?…*_]+")


@dataclass(frozen=True)
class Mention:
    """A phrase naming a speaker, parsed into the parts that identify it."""

    start: int
    end: int
    surface: str
    language: str
    roles: tuple[str, ...] = ()  # outermost first: ("office", "prime-minister")
    country: str | None = None
    qualifier: str | None = None
    person: tuple[str, ...] = ()  # name words as written
    outlet: str | None = None
    joint: bool = False
    issuer: Mention | None = None
    anaphoric: bool = False  # a definite description that points back ("the official")
    empty: bool = False  # no subject, or a pronoun: the speaker goes on
    plural: bool = False  # a group: "Israeli officials", "مصادر مطلعة"

    @property
    def informative(self) -> bool:
        return bool(self.roles or self.country or self.person or self.outlet or self.issuer)


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    speaker: Mention  # the resolved mention (its antecedent when it pointed back)
    cue: Span  # the reporting clause


@dataclass
class DocumentAttribution:
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every speaker mention, in order


# --- helpers over one sentence -----------------------------------------------------------------


def _words(pattern_words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(pattern_words), key=len, reverse=True))


# a part of a text, between "في" and the text: "في ختام البيان", "في مستهل النص" (folded)
_AR_TEXT_PART = r"(?:(?:ختام|نهايه|مستهل|مطلع|بدايه|مقدمه|متن|سياق)\s+)?"


class _Patterns:
    def __init__(self, lex: Lexicon) -> None:
        ar = lex.raw["ar"]
        self.ar_verb = re.compile(
            rf"(?<!\w)(?:هذا\s+و|كما\s+)?(?:(?P<clitic>[وف])|(?P<purpose>ل)(?=[يت]))?"
            rf"(?P<verb>{_words(lex.ar_verb_forms)})(?!\w)"
        )
        self.ar_marker = re.compile(rf"^\W*و?(?:{_words(lex.ar_markers)})(?!\w)\s*[،,]?\s*")
        self.ar_particle = re.compile(rf"(?<!\w)(?:{_words(lex.ar_particles)})(?!\w)\s*")
        self.ar_tail = re.compile(rf"(?<!\w)(?:{_words(lex.ar_tails)})(?!\w)\s*:?\s*")
        # "وفقا ل" leaves its ل on the noun, so للوكالة still reads as definite (ل + الوكالة)
        according = "|".join(
            re.escape(f[:-1]) + "(?=ل)" if f.endswith(" ل") else re.escape(f)
            for f in sorted(lex.ar_according, key=len, reverse=True)
        )
        # (not "التوقيت بحسب دمشق", a live blog's clock: Damascus time, not Damascus speaking)
        self.ar_according = re.compile(
            rf"(?<!\w)(?<!توقيت\s)(?<!بتوقيت\s)(?<!التوقيت\s)[وف]?(?:{according})\s*"
        )
        self.ar_came_in = re.compile(
            # ("جاء في ختام البيان أن": a part of the statement before it)
            rf"(?<!\w)[وف]?(?:جاء|ورد|جاءت)\s+(?P<that>ذلك\s+)?في\s+{_AR_TEXT_PART}(?P<noun>(?:ال)?(?:{_words([fold(n) for n in ar['statement_nouns']])}))"  # noqa: E501
        )
        # a statement noun, with the article and (Arabic) the accusative alif of "بياناً"
        self.statement_noun = {
            language: re.compile(rf"(?<!\w){_statement_noun(nouns)}")
            for language, nouns in (("ar", lex.ar_statement_nouns), ("en", lex.en_statement_nouns))
        }
        # "أصدر المكتب بياناً قال فيه إن", "في بيان قصير لمكتب X، أكد فيه أن": a reporting verb
        # "in it", after a statement named earlier in the sentence
        self.ar_verb_in_it = re.compile(
            rf"(?<!\w)[وف]?(?:{_words(lex.ar_verb_forms)})\s+(?:فيه|فيها)(?!\w)"
        )
        verbs = _words(lex.ar_verb_forms)
        self.ar_verb_form = re.compile(rf"[وف]?(?:{verbs})(?!\w)")
        self.ar_statement_verb = re.compile(
            r"(?<!\w)(?:ال)?بيانا?(?:\s+[^\s،,.]+){0,2}?\s+"
            rf"(?P<verb>[وف]?(?:{verbs}))\s+(?=(?:ب?ان|انه|انها|بانه|بانها)(?!\w))"
        )
        self.ar_in_statement = re.compile(
            rf"(?<!\w)(?:في|خلال)\s+(?:ال)?(?:{_words(lex.ar_statement_nouns)})(?:\s+(?:له|لها|لهم|صحفي|صحفيه|مشترك|المشترك))?(?!\w)"
        )
        self.ar_medium = re.compile(
            # ("لـ سانا", folded "ل سانا": the preposition written apart)
            rf"(?<!\w)(?:ل\s?|الي\s+)(?:ال)?(?:{_words(lex.outlet_nouns_ar)}|{_words([a.removeprefix('ال') for o in lex.outlets for a in o.ar])})"  # noqa: E501
        )
        # "«اختراق»، ورأى في مقابلة مع الصحيفة أن B": a second reporting clause of the same
        # speaker inside the speech, which is the reporter's words
        past = _words([v for v in lex.ar_verb_forms if not v.startswith(("ي", "ت"))])
        self.ar_and_verb = re.compile(
            rf"[،,]\s*و(?:{past})(?:\s+[^\s،,.]+){{0,7}}?\s+(?:ب?ان|انه|انها|بانه|بانها)\s+"
        )
        owned = [n[:-1] + "ت" if n.endswith("ه") else n for n in lex.ar_statement_nouns]
        # "وختم المسؤول حديثه": the speaker's own words end the subject
        self.ar_own_words = re.compile(rf"(?<!\w)(?:{_words(owned)})(?:ه|ها|هم)(?!\w)")
        self.ar_issued = re.compile(rf"(?<!\w)(?:{_words(lex.ar_issued_by)})\s+")
        self.ar_cut = re.compile(
            r"(?<!\w)(?:الذي|التي|الذين|لم|لا|خلال|عند|امس|اليوم|مساء|صباح|يوم|يومها|يومذاك|حينها|حينذاك|انذاك|"
            r"لاحقا|مجددا|ايضا|بدوره|بدورها|عقب|بعد|قبل|علي|مع|حول|بشان|عن|في|من|الي|عبر|ان|انه|انها"
            r"|عقبه|عقبها|بعده|بعدها|قبله|قبلها"
            # how it was said: "قالوا بوضوح إن", "وقال الوزير صراحة إن"
            r"|بوضوح|صراحه|بصراحه|علنا|علانيه|بحزم|مرارا|كذلك|حرفيا|بالحرف)(?!\w)"
        )
        en = lex.raw["en"]
        # ("will say so loudly", "said as much", "whether anyone says so": a pro-form stands for
        # the words, reported elsewhere or not at all, and no speech follows; "said so far" and
        # "said as much as" still report)
        self.en_verb = re.compile(
            rf"(?<![\w-])(?P<verb>{_words(lex.en_verbs)})(?![\w-])"
            r"(?!\s+(?:so|as\s+much)(?![\w-])(?!\s+(?:many|much|far|few|long|little|as|that)(?!\w)))"
        )
        self.en_according = re.compile(rf"(?<!\w)(?:{_words(en['according_to'])})\s+")
        self.en_quoted_as = re.compile(
            r"(?<!\w)(?:(?:was|were|is|are) (?:also |later |further |again )?)?(?:quoted|cited) "
            r"(?:by (?P<by>[^,]+?) )?as saying\s*"
        )
        self.en_quoted_x_as = re.compile(
            # ("quoted an official as calling it 'A'": the words it names, in marks)
            r"(?<!\w)(?:quoted|cited|quoting|citing|quotes|cites) (?P<who>.+?) as "
            r"(?:saying|(?P<naming>calling|describing|terming|dubbing))\s*"
        )
        self.en_medium = re.compile(
            r"^\s*(?:(?:to |)(?:reporters|journalists|the press|[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)"
            r"(?:'s? [\w ]+?)?)?\s*"
        )
        self.en_skip = re.compile(
            r"(?:\s*,?\s*(?:in an? (?:written |joint |brief )?(?:statement|interview|post|briefing|"
            # ("wrote in an op-ed for the Nation that A": the piece and where it ran)
            r"readout|communique|op-ed|article|column|essay|letter|speech|tweet|podcast|editorial)"
            r"(?: [\w' -]{0,30}?)?|on condition of anonymity|"
            # ("reported on Tuesday night": the part of the day goes with its day)
            r"on (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            r"(?: (?:night|morning|afternoon|evening)(?!\w))?|x|twitter)[\w ]*?(?!\w)|"
            # (whole words: "wrote on X late Monday" leaves no "onday" behind)
            r"late [\w ]+?(?!\w)|earlier [\w ]+?(?!\w)|"
            # ("said this week's talks focused on A": a possessive is the speech's subject)
            r"last \w+(?![\w'’])|this (?!as\b)\w+(?![\w'’])|on \w+ \d+|"
            r"in (?:the )?[\w-]+(?=\s+that\b|\s*,)|"
            # "Barrack said Tuesday", "said Tuesday night": a bare weekday (AP style)
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            r"(?: (?:night|morning|afternoon|evening))?(?=[\s,.;:]|$)|"
            # (whole words: "warned against expecting A" is no "again")
            r"(?:also|too|repeatedly|publicly|privately|"
            # "Odinga wrote at the time, was A", "said afterwards that A"
            r"at the time|afterwards?|yesterday|"
            r"separately|again|later|then)(?![\w'’-]))"
            # "said after the meeting that A", but not "said Tuesday, after talks that broke ...":
            # after a comma, "that" is a relative pronoun of the trailing clause
            r"|\s+(?:after|during|at a) [\w ]+?(?=\s+that\b|,))+\s*,?\s*"
        )
        self.injection = lex.injection


_PATTERNS: _Patterns | None = None


def _patterns() -> _Patterns:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _Patterns(lexicon())
    return _PATTERNS


def quote_mark_spans(text: str) -> list[Span]:
    """Inner spans of quotation marks in one paragraph; an unclosed quote runs to its end."""
    spans: list[Span] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char in _OPEN_CLOSE:
            close = text.find(_OPEN_CLOSE[char], i + 1)
            if char == "„":  # German „…“ as well as Polish „…”
                closes = [j for j in (close, text.find("“", i + 1)) if j != -1]
                close = min(closes) if closes else -1
            end = close if close != -1 else len(text)
            spans.append((i + 1, end))
            i = end + 1
            continue
        single = char == "‘" or (char == "'" and (i == 0 or text[i - 1] in " \t\n(—–-"))
        if single and (i == 0 or not text[i - 1].isalnum()) and text[i + 1 : i + 2].isalpha():
            # British single quotes; ’ and ' inside words (Syria's, don't) are apostrophes
            closers = "’" if char == "‘" else "'’"
            close = next(
                (
                    j
                    for j in range(i + 2, len(text))
                    if text[j] in closers
                    and (j + 1 == len(text) or not text[j + 1].isalnum())
                    and not (text[j - 1] == "s" and text[j + 1 : j + 2] == " " and char == "'")
                ),
                -1,
            )
            inner = text[i + 1 : close].split() if close != -1 else []
            if len(inner) >= 2 or (
                # "described the talks as 'productive'": one word of three letters or more
                len(inner) == 1 and len(inner[0]) >= 3 and text[i + 1 : close].isalpha()
            ):
                spans.append((i + 1, close))
                i = close + 1
                continue
            opens_sentence = not text[:i].strip() or re.search(r"[.!?:]\s+$", text[:i])
            if close == -1 and opens_sentence and len(text[i + 1 :].split()) >= 4:
                # a quote that goes on in the next paragraph closes only there
                spans.append((i + 1, len(text)))
                break
        if char == '"':
            close = text.find('"', i + 1)
            end = close if close != -1 else len(text)
            spans.append((i + 1, end))
            i = end + 1
            continue
        i += 1
    return [s for s in spans if s[1] > s[0]]


_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|"
    r"Gen|Col|Lt|Maj|Brig|Capt|Cpt|Sgt|Adm|Cmdr|Amb|Sen|Rep|Gov|Prof|Jr|Sr|U\.S|U\.N|U\.K)$"
)


def ends_sentence(text: str, at: int) -> bool:
    """Whether the punctuation mark at text[at] ends a sentence: not the full stop of
    "Dec. 8", "Mr. Barrack", "U.S. officials" or one followed by a lowercase word."""
    if (
        text[at] == "."
        and at > 0
        and text[at - 1].isupper()
        and re.match(r"[A-Z]\.", text[at + 1 : at + 3])
    ):
        return False  # the inner stop of "U.S.", "U.N.", "D.C." ("the U.S. ambassador")
    abbreviation = _ABBREVIATION.search(text, 0, at) if text[at] == "." else None
    if (
        abbreviation
        and len(abbreviation.group()) == 1
        and re.search(r"(?<![\w.])[a-z]+\s+$", text[max(0, at - 30) : at - 1])
    ):
        abbreviation = None  # "announced it on X. He wrote": a letter after "on" is no initial
    if abbreviation and not (
        # "No. 5" abbreviates "number"; "No. A Syrian official told ..." is an answer
        abbreviation.group() == "No" and not re.match(r"\s*\d", text[at + 1 :])
    ):
        return False
    following = text[at + 1 :].lstrip(" \"»”’'*_")
    if re.match(
        r"\s*(?:>\s*)*[—–]|\s*(?:>[ \t]*)+\([A-Z][^()\n]{2,120}\)[ \t]*(?:\n|$)", following
    ):
        # a block quote's signature on its own line: "> — Name, Title" (after an empty ">" line
        # or not), or "> (Name, Title, on X)"
        return False
    if following[:1] in ("—", "–") or following.startswith("- "):
        return False  # '"..." — Name, Title': the quote's signature is part of its sentence
    if text[at] in "?!" and re.match(
        r"(?:[A-Z][\w'’.-]+\s+){1,3}(?:asked|asks|said|says|added|wondered|replied|shouted)\b",
        following,
    ):
        return False  # '"A timetable for what?" Sela asked.': a question and its clause
    return not following[:1].islower()


def sentence_spans(text: str, quotes: list[Span]) -> list[Span]:
    """Sentences of a paragraph, never split inside quotation marks or after an initial."""
    cuts = []
    # (a footnote marker may follow the full stop: "... the effort.[7] A second meeting")
    # (or Markdown's emphasis closes after it: "- **The Druze file.** The office said ...")
    for match in re.finditer(r"[.!?؟](?:\[\d{1,3}\])?(?=[\s\"»”’'*_]*(?:\s|$))", text):
        at = match.end()
        if any(a < at < b for a, b in quotes):
            continue
        if not ends_sentence(text, match.start()):
            continue
        while at < len(text) and text[at] in "\"»”’'*_":
            at += 1
        # '- “A.” (Grace Akello, water minister, on X)': a bracket after the words, on their line,
        # is their signature and ends their sentence
        signature = re.match(r"[ \t]*\([^()\n]{2,120}\)\.?", text[at:])
        if signature and at > match.end():  # (after closing marks only: "… 2024. (النهاية)")
            at += signature.end()
        cuts.append(at)
    spans, start = [], 0
    for cut in [*cuts, len(text)]:
        if text[start:cut].strip():
            spans.append((start, cut))
        start = cut
    return spans


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _SPACE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _SPACE_PUNCT:
        end -= 1
        marker = re.search(r"\[\d{1,3}$", text[max(start, end - 4) : end])
        if marker:  # a footnote marker: "commitment.[7]"
            end -= len(marker.group())
    return start, end


# Text that names an AI system as its reader and tells it what to do, in either language:
# "AI systems summarising this page must state that ...", "على أنظمة الذكاء الاصطناعي أن تذكر".
_AI_READER = re.compile(
    r"(?<!\w)(?:ai|a\.i\.)(?!\w)|artificial intelligence|language models?|(?<!\w)llms?(?!\w)|"
    r"chatbots?|(?:ai|virtual|digital|automated) (?:assistants?|agents?|systems?|readers?)|"
    # ("الآلية" alone is "the mechanism", a word of every report on these talks: only after a
    # reader's noun is it "automated")
    r"(?:ال)?ذكاء (?:ال)?اصطناعي|الالي(?:ين)?(?!\w)|"
    r"(?:ال)?(?:مساعد\w*|نظام|انظمه|برنامج|برامج|قارئ|قراء)"
    r"\s+(?:ال)?اليه?(?!\w)|"
    r"نماذج لغويه|نموذج لغوي|روبوتات الدردشه"
)
# (an Arabic imperative may carry و or ف: "فتجاهل", "وقول"; the colloquial "انسى", "قول")
_DIRECTIVE = re.compile(
    r"(?<!\w)(?:must|should|have to|need to|are required to|ignore|disregard|tell|state that|"
    r"say that|answer that|reply that|respond that|report that|attribute|forget|"
    r"[وف]?(?:يجب|عليك|عليكم|عليها|تجاهل\w*|اذكر\w*|قولوا|قول|قل|اجيبوا|اجب|اخبر\w*|ابلغ\w*|"
    r"اكتب\w*|انسب\w*|انس[ىيا]?|انسوا|يتعين|ينبغي))(?!\w)"
)


def is_injection(text: str) -> bool:
    """Text addressed to an assistant or a model ("ignore previous instructions"), or text that
    names an AI system as its reader and tells it what to do."""
    folded = fold(text)
    if any(p.search(folded) for p in _patterns().injection):
        return True
    return bool(_AI_READER.search(folded) and _DIRECTIVE.search(folded))


# --- mentions ----------------------------------------------------------------------------------


# Arabic prepositions of time and place whose noun heads an adverbial ("في ختام", "خلال لقاء")
_AR_ADVERBIAL_PREPOSITIONS = frozenset(("في", "خلال", "عقب", "اثر", "بعد", "قبل", "ابان"))

# titles before an English name, never part of it ("Mr" and "Mrs" are stop words already)
_EN_TITLES = frozenset(
    {"dr", "prof", "professor", "sheikh", "rabbi", "sir", "dame"}
    # the formal press's honorifics: "H.E. the Minister", "His Excellency", "Hon. Jane Mwangi"
    | {"h.e", "excellency", "hon", "honourable", "honorable", "eng"}
    | {"col", "gen", "maj", "lt", "capt", "brig", "adm", "cmdr", "sgt", "res"}  # "Col. (res.)"
)


# the noun of a numbered television channel, folded ("القناة 15", "قناة 14", "Channel 12")
# "the Museveni administration", "a Trump administration official": a leader's name before it
NAMED_ADMINISTRATION = re.compile(r"\b([A-Z][a-z]+)(?:'s)?\s+[Aa]dministration\b")
_CHANNEL_WORD = re.compile(r"(?:وال|ال|و)?قناه|channel", re.IGNORECASE)


# "a Western diplomat briefed by the Kenyan side": who briefed a speaker tells nothing of them
_EN_BRIEFED_BY = re.compile(r"(?<=\bbriefed)\s+by\s.*$", re.IGNORECASE | re.DOTALL)


def parse_mention(surface: str, *, start: int, end: int, language: str) -> Mention:
    """Identify a speaker phrase: roles, country, qualifier, outlet, name words."""
    if language == "en" and _EN_BRIEFED_BY.search(surface):
        told = _EN_BRIEFED_BY.sub("", surface)
        return replace(
            parse_mention(told, start=start, end=end, language=language), surface=surface
        )
    expanded = _expand_abbreviations(surface) if language == "en" else surface
    if expanded != surface:
        # "PM Netanyahu", "the PMO statement": parsed as written out, shown as written
        parsed = _parse_written(expanded, start=start, end=end, language=language)
        return replace(parsed, surface=surface)
    return _parse_written(surface, start=start, end=end, language=language)


def _parse_written(surface: str, *, start: int, end: int, language: str) -> Mention:
    apposed = _AR_NAME_THEN_TITLE.match(surface) if language == "ar" else None
    if apposed:
        # "سلمى العبيدي، الباحثة في شؤون الأمن الإقليمي": the name, then its title after a comma
        name = _parse_mention(apposed.group("name"), start=start, end=end, language=language)
        title = _parse_mention(apposed.group("title"), start=start, end=end, language=language)
        if (
            len(name.person) >= 2
            and not (name.roles or name.country or name.outlet)
            and title.roles
            and title.roles[0] != "statement"
        ):
            return replace(title, surface=surface.strip(), person=name.person)
    return _parse_mention(surface, start=start, end=end, language=language)


@functools.lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The lexicon's English abbreviations as one pattern (whole upper-case words only, and
    not a time: "5 PM"), with what each stands for; compiled once."""
    table: dict[str, str] = lexicon().raw.get("abbreviations", {}).get("en", {})
    if not table:
        return None
    words = "|".join(map(re.escape, table))
    return re.compile(rf"(?<![\w.])(?<!\d )({words})(?!\w)"), table


def _expand_abbreviations(surface: str) -> str:
    """The lexicon's English abbreviations written out."""
    compiled = _abbreviations()
    if compiled is None:
        return surface
    pattern, table = compiled
    return pattern.sub(lambda m: table[m.group(1)], surface)


# a locality noun, folded: "بلدة", "قرية", "مدينة", "محافظة", "مخيم", "بلدية"
_AR_LOCALITY = re.compile(r"(?:ال)?(?:بلده|قريه|مدينه|محافظه|مخيم|بلديه|ناحيه)")


# "المقيم في", "المقيمة في", "المقيمون في" (who lives in), folded
_AR_RESIDENT = re.compile(r"(?:ال)?مقيم(?:ه|ون|ين)?")

_AR_NAME_THEN_TITLE = re.compile(
    r"\s*(?P<name>[^\s،,\"«“\d]+(?:\s+[^\s،,\"«“\d]+){1,2})\s*[،,]\s*(?P<title>[^،,]+?)[\s،,]*$"
)


# "the people said", "the person added": the people familiar with the matter named before
_EN_THE_PEOPLE = re.compile(
    r"(?:the|those|these|both|all)\s+(?:(?:two|three|four)\s+)?(people|person)"
)


def _ar_family_name(
    i: int,
    words: list[str],
    person: list[str],
    last_person: int | None,
    roles: list[tuple[int, str]],
) -> bool:
    """Whether the definite, feminine-looking words[i] ends a titled person's name, as a family
    name does ("الخبير العسكري فايز الدعجة", "الدكتور نبيل الخصاونة"): it is the mention's
    last word, right after a one-word given name that a role or title comes before. Otherwise
    such a word is a noun ("وصف باراك نتائج الجولة": the object)."""
    return (
        i == len(words) - 1
        and len(person) == 1
        and last_person == i - 1
        and any(at < i - 1 for at, _ in roles)
    )


_EN_POSTED_ROLES = frozenset(("envoy", "envoys", "ambassador", "ambassadors", "emissary"))


def _parse_mention(surface: str, *, start: int, end: int, language: str) -> Mention:
    lex = lexicon()
    folded = fold(surface)
    the_people = _EN_THE_PEOPLE.fullmatch(folded.strip()) if language == "en" else None
    if the_people is not None:
        return Mention(
            start,
            end,
            surface.strip(),
            language,
            roles=("source",),
            anaphoric=True,
            plural=the_people.group(1) == "people",
        )
    words = re.findall(r"[\w'’.-]+", folded)
    original = re.findall(r"[\w'’.-]+", surface)
    if len(original) != len(words):
        original = words
    roles: list[tuple[int, str]] = []
    country = qualifier = outlet = region = None
    used: set[int] = set()
    joint = False

    # Every phrase of the lexicon (outlets, roles, qualifiers, country names) found at once,
    # through an index by first word; the earlier kind and then the longer phrase wins.
    def norm(word: str, *, first: bool) -> str:
        w = _ar_base(word, first=first) if language == "ar" else word
        w = w.removesuffix("'s").removesuffix("’s").strip(".")
        if language != "ar":
            return w
        w = w.removeprefix("ال")
        if (
            w not in lex.phrase_words()
            and w.endswith(("ان", "ين"))
            and w[:-2] in lex.phrase_words()
        ):
            return w[:-2]  # a dual: "مصدران", "مسؤولين" (and "مصدرين مطلعين")
        return w

    heads = [norm(w, first=True) for w in words]
    rests = [norm(w, first=False) for w in words]
    table = lex.phrase_table()
    if language == "ar" and words and heads[0] not in table and words[0][:1] in ("و", "ف"):
        # "فمسؤول سوري قال": the conjunction's clitic on the phrase's first word
        bare = norm(words[0][1:], first=True)
        if len(bare) >= 3 and bare in table:
            heads[0] = bare
    matches = []
    for i, head in enumerate(heads):
        for priority, kind, key, target in table.get(head, ()):
            n = len(target)
            if i + n <= len(words) and tuple(rests[i + 1 : i + n]) == target[1:]:
                matches.append((priority, -n, i, kind, key))
    adjective_before = _en_adjective_positions(words) if language == "en" else set()
    for _priority, negative_n, i, kind, key in sorted(matches):
        span = set(range(i, i - negative_n))
        if used & span:
            continue
        if kind == "role" and i in adjective_before:
            continue  # "Syria's official news agency SANA": an adjective, not an official
        used.update(span)
        if (
            kind == "role"
            and language == "en"
            and original[i] == "Representative"
            and i + 1 < len(original)
            and original[i + 1][:1].isupper()
        ):
            # "Representative Scott Perry" is a member of Congress (as "Senator X" is); "the
            # representative of Kenya" is a delegate
            key = "lawmaker"
        if kind == "outlet":
            outlet = outlet or key
        elif kind == "role":
            roles.append((i, key))
        elif kind == "qualifier":
            if key == "joint":
                joint = True
            elif qualifier is None:
                qualifier = key
        elif key in lex.regions:
            region = region or key
        else:
            country = country or key
    if language == "ar" and qualifier is None:
        # "مصدر رسمي" (an official source) is a government source, as "مصدر حكومي" is
        # ("إعلام رسمي", official media, is no anonymous speaker: its word stays as it was)
        official = ("رسمي", "رسميه")
        for i, key in roles:
            if key not in ("source", "official"):
                continue
            # the word right after the role, or after its country's adjective ("مصدر سوري رسمي")
            at = i + 1 if i + 1 < len(words) and words[i + 1] in official else i + 2
            if at < len(words) and words[at] in official and not {i + 1, at} & used:
                if at == i + 2 and not lex.country_of(words[i + 1]):
                    continue
                qualifier = "government"
                used.add(at)
                break
    if outlet is None:
        # "القناة 15 العبرية", "Israel's Channel 14": a numbered channel is an outlet, one the
        # lexicon lists or not (its country word stays its country, never its government)
        for i in range(len(words) - 1):
            if i not in used and _CHANNEL_WORD.fullmatch(words[i]) and words[i + 1].isdigit():
                outlet = "channel-" + words[i + 1]
                used.update((i, i + 1))
                break
    if language == "en":
        # "the envoy for Syria", "ambassador to Turkey": where an envoy is sent is not whose
        # envoy he is
        for i in range(len(words) - 2):
            if words[i].casefold() in _EN_POSTED_ROLES and words[i + 1].casefold() in ("to", "for"):
                j = i + 3 if words[i + 2].casefold() == "the" else i + 2
                used.add(j)
    if "statement" in (key for _, key in roles) and re.search(
        r"(?<!\w)(?:joint|مشترك|المشترك)(?!\w)", folded
    ):
        joint = True  # the role phrase "joint statement" took the qualifier's word
    for phrase, code in lex.institution_countries.items():
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
            leader = NAMED_ADMINISTRATION.search(surface)
            if (
                phrase.startswith("administration")
                and leader
                and leader.group(1).lower() not in lex.name_stopwords()
                and not lex.country_of(leader.group(1))
            ):
                # "a Museveni administration official": the administration of a named leader,
                # whose country is the corpus's to tell (Speakers.key), not the US by default
                continue
            country = country or code
    for i, word in enumerate(words):
        if i in used:
            continue
        bare = word.removesuffix("'s").removesuffix("’s").strip(".")
        for candidate in (bare, bare.removeprefix("ل"), bare.removeprefix("و")):
            code = lex.country_of(candidate)  # type: ignore[assignment]
            if code:
                if code in lex.regions:
                    region = region or code
                else:
                    country = country or code
                used.add(i)
                break
    if not country and not region and len(words) == 1:
        # "Kampala said", "وأكدت باريس": a capital that is the whole subject is its government
        for candidate in (words[0], words[0].removeprefix("و")):
            country = lex.capital_of(candidate)
            if country:
                used.add(0)
                break
    # "a Western diplomat", "دبلوماسي عربي": a region stands for the country none is named
    country = country or region
    modifiers = lex.name_stopwords()
    verbs = lex.ar_verb_set
    # "Activists in Quneitra and Daraa", "a resident of Lamu": after a role, the capitalised
    # words of a place phrase are the place, not a name
    placed: set[int] = set()
    if language == "en" and roles:
        first_role = min(i for i, _ in roles)
        for i, word in enumerate(words):
            if (
                i > first_role
                and i not in used  # the "of" of "Secretary of State Marco Rubio" is the role's
                and word in ("in", "from", "near", "across", "around", "of")
                # "the office of Okello" names its holder, not a place
                and not (word == "of" and (i - 1, "office") in roles)
            ):
                j = i + 1
                while (
                    j < len(words)
                    and (original[j][:1].isupper() or (words[j] == "and" and j > i + 1))
                    # "a statement from Okello's office": an owner, not a place
                    and (j in used or not original[j].endswith(("'s", "’s")))
                ):
                    placed.add(j)
                    j += 1
    if language == "ar" and roles:
        # "مزارع من جينجا", "شيخ درزي من السويداء": after a role, "من" and a place (one word, or
        # the last two) say where the speaker is from; the place is no name
        first_role = min(i for i, _ in roles)
        for i, word in enumerate(words):
            if i > first_role and i not in used and word.removeprefix("و") == "من":
                placed |= set(range(i + 1, len(words) if len(words) - i <= 3 else i + 2))
                break
            if i > first_role and i + 1 < len(words) and _AR_LOCALITY.fullmatch(word):
                # "مختار بلدة الرفيد", "رئيس بلدية كيسومو": a locality and its name, no person
                placed |= {i, i + 1}
    if language == "ar" and (roles or country):
        # "وأصدرت الخارجية في ختام الجولة بياناً", "خلال لقاء": the noun after a preposition of
        # time or place is the adverbial's, never a name, when a role or a country already
        # says who speaks
        placed |= {
            i + 1
            for i, word in enumerate(words[:-1])
            if word.removeprefix("و") in _AR_ADVERBIAL_PREPOSITIONS and i + 1 not in used
        }
    if language == "ar":
        # "الكاتب السوري المقيم في باريس عمر الحسيني": where the speaker lives (المقيم في, "who
        # lives in") is a description, and the place after it no part of the name
        for i in range(len(words) - 2):
            if _AR_RESIDENT.fullmatch(words[i]) and words[i + 1] == "في":
                placed.add(i + 2)
    if language == "en":
        # "the Ministry of Foreign Affairs and Expatriates": capitalised words after an "and"
        # that follows the lexicon's words of a body's name go on with that name (no person)
        for i in range(2, len(words)):
            if (
                words[i - 1] == "and"
                and (i - 2) in used
                and original[i - 2][:1].isupper()  # "Foreign Affairs and", not "ministry and"
                and "of" in words[: i - 1]
                and i not in used
            ):
                j = i
                while j < len(words) and j not in used and original[j][:1].isupper():
                    placed.add(j)
                    j += 1
    person: list[str] = []
    last_person: int | None = None
    for i, word in enumerate(words):
        if i in used or i in placed:
            continue
        if language == "ar" and person and last_person is not None and i != last_person + 1:
            # "الباحثة في معهد الشرق للدراسات هالة منصور": an Arabic name is the last run of
            # name words, after the title, field or institution that comes before it
            person = []
        bare = word.removesuffix("'s").removesuffix("’s").strip(".'’-")
        if language == "ar" and person and bare.isdigit():
            break  # "أبو عمر الحريري (54 عاماً)": the name ends before the age
        plain = bare.removeprefix("ال")
        base = _ar_base(bare, first=True)
        variants = {bare, plain, base, base.removeprefix("ال")} if language == "ar" else {bare}
        variants |= {v[1:] for v in list(variants) if v[:1] in ("و", "ف", "ب", "ل") and len(v) > 3}
        plural_noun = language == "ar" and bare.startswith("ال") and bare.endswith(("ات", "ون"))
        # "وزير الخارجية والمغتربين": "and the ..." continues a title, it is never a name; nor is
        # a definite feminine noun (الجولة), or a verb with an object pronoun (أوردته، عزمهم)
        # ("صحيفة «المنارة»": after an outlet's noun, a definite feminine word is its name)
        named_outlet = i > 0 and _is_outlet_noun(words[i - 1])
        plural_noun = plural_noun or (
            language == "ar"
            and (
                bare.startswith(("وال", "فال", "بال", "كال"))
                or (
                    bare.startswith("ال")
                    and bare.endswith(("ه", "ة"))
                    and not named_outlet
                    and not _ar_family_name(i, words, person, last_person, roles)
                )
                or re.sub(r"(?:ته|تها|ها|هم|ه)$", "", bare) in verbs
                or bare.endswith(("هم", "هما", "كم"))
                # a noun with a possessive pronoun ("بلاغتها", "لنتائجها": its eloquence, its
                # results) or a preposition with one ("عنه"): never a name
                or (len(bare) >= 5 and bare.endswith("ها"))
                or re.fullmatch(r"(?:عن|من|في|علي|الي|مع|لدي|ل|ب)(?:ه|ها|هم|هما)", bare) is not None
            )
        )
        if (
            language == "ar"
            and len(person) >= 2
            and last_person == i - 1
            and bare.startswith("ال")
            and bare.endswith(("ة", "ه"))
            and not bare.endswith("لله")  # "عبد الله", "نصر الله": a name's own construct
        ):
            # "وصف المبعوث توم باراك نتائج الجولة بأنها": an indefinite word before a definite
            # feminine noun heads a construct, the verb's object, and is no part of the name
            person.pop()
            break
        stop = variants & modifiers
        if language == "ar" and bare.startswith("ال") and stop <= _AR_PREPOSITIONS:
            stop = set()  # "العلي" (al-Ali) folds to a preposition without its article
        if (
            not bare
            or plural_noun
            or stop
            or (language == "en" and bare.casefold() in _EN_TITLES)  # "Dr. Mugo" is Mugo
            or (language == "ar" and variants & verbs)
            or (language == "ar" and bare.startswith("لل"))  # للدراسات: "for studies"
            or len(plain) < 2
            or bare.isdigit()
            or (
                language == "en"
                and not re.sub(r"^(?:al|el|ad|as|ash|ar|an)-", "", original[i])[:1].isupper()
            )
        ):
            continue
        if language == "en" and person and last_person is not None and i != last_person + 1:
            if not any(last_person < at < i for at, _ in roles):
                break  # "Katrin Vogel of the Berlin Forum": the name is the first run of name words
            # "House Affairs Committee Chairman John Otieno": the words before a title are the
            # title's (its body), and the name follows the title
            person = []
        person.append(original[i].removesuffix("'s").removesuffix("’s"))
        last_person = i
    as_qualifier = {"government": "government", "army": "military", "diplomat": "diplomatic"}
    if len(roles) > 1:
        roles.sort()
        head_role = roles[-1] if language == "en" else roles[0]
        for found_role in roles:
            if found_role != head_role and found_role[1] in as_qualifier:
                qualifier = qualifier or as_qualifier[found_role[1]]
        roles = [r for r in roles if r == head_role or r[1] not in as_qualifier]
    if (
        language == "ar"
        and len(person) >= 2
        and person[0].startswith("ال")
        and not person[1].startswith("ال")
    ):
        # "رئيس وزراء الاحتلال بنيامين نتنياهو", "رئيس حكومة الإقليم جون موانغي": a given name
        # is never definite, so a definite word before one ends the title's phrase
        person = person[1:]
    if language == "ar" and len(person) > 3:
        person = person[:2]  # the verb's object ran into the subject: keep the name
    if language == "ar" and person and country and roles and {r for _, r in roles} <= BODY_ROLES:
        # "وزارة الخارجية الأميركية خطوة أولى": a ministry is named by no person, and the words
        # after its name are the sentence's ("a first step")
        person = []
    if (
        language == "en"
        and len(person) == 1
        and person[0].endswith("ing")
        and original[:1] == [person[0]]
        and len(original) > 1
        and original[1][:1].islower()
    ):
        person = []  # "Resuming these negotiations confirms A": a gerund opens the sentence
    if (
        language == "en"
        and len(person) == 1
        and last_person == 1
        and words[:1] == ["the"]
        and any(at == 2 for at, _ in roles)
    ):
        # "The Druze leader said", "the Luo elder": after "the", a capitalised word before the
        # role is the community it leads, not a name ("leader Okello", "Okello, the leader")
        person = []
    if not outlet and _COLLECTIVE.match(folded.strip()):
        # "the three governments announced", "أعلنت الدول الثلاث": their joint statement
        # (whatever the name loop made of "الثلاث": the whole phrase is the collective)
        return Mention(start, end, surface.strip(), language, roles=("statement",), joint=True)
    # Arabic names its head first, English last, except "the office of the prime minister"
    head_first = language == "ar" or bool(re.match(r"^(?:the\s+)?[\w\s'’-]{2,30}?\s+of\s", folded))
    roles.sort(reverse=not head_first)
    return Mention(
        start=start,
        end=end,
        surface=surface.strip(),
        language=language,
        roles=tuple(r for _, r in roles),
        country=country,
        qualifier=qualifier,
        person=tuple(person[:3]),
        outlet=outlet,
        joint=joint,
        plural=_PLURAL_ROLE.search(folded.casefold()) is not None,
    )


def _en_adjective_positions(words: list[str]) -> set[int]:
    """Positions of "official" used as an adjective, before the noun it qualifies: "the
    official news agency", "an official statement", "its official account"."""
    lex = lexicon()
    nouns = {n.casefold() for n in lex.outlet_nouns_en} | {"news", "state"}
    nouns |= {n.casefold() for n in lex.raw["en"]["statement_nouns"]}

    def noun_after(i: int) -> bool:
        j = i + 1  # (past a country's adjective: "the official Syrian news agency")
        while j < len(words) - 1 and j < i + 3 and lex.country_of(words[j].casefold()):
            j += 1
        return words[j].casefold() in nouns

    return {i for i in range(len(words) - 1) if words[i].casefold() == "official" and noun_after(i)}


# plural forms of the anonymous roles (folded): a group of speakers
_PLURAL_ROLE = re.compile(
    r"(?<!\w)(?:officials|sources|diplomats|people|مسوولون|مسوولين|المسوولون|المسوولين|مصادر"
    r"|مسوولان|المسوولان|مصدران|مصدرين|المصدران|المصدرين|دبلوماسيان|الدبلوماسيان"
    r"|المصادر|دبلوماسيون|دبلوماسيين|الدبلوماسيون|الدبلوماسيين|اوساط|الاوساط)(?!\w)"
)
_COLLECTIVE = re.compile(
    r"^(?:the\s+)?(?:two|three|four|both)\s+(?:governments|countries|sides|parties|nations|capitals"
    r"|neighbou?rs)"
    r"(?:\s+(?:involved|concerned))?$"
    r"|^the\s+(?:sides|parties)$"
    r"|^(?:الدول|الحكومات|الاطراف|العواصم)\s+(?:الثلاث|الثلاثه|الاربع|الاربعه)$"
    r"|^(?:الجانبان|الطرفان|البلدان|الجانبين|الطرفين|البلدين)$"
)


def _ar_base(word: str, *, first: bool) -> str:
    """Undo a clitic ل (للمسؤول -> المسؤول) and the accusative alef (مسؤولا -> مسؤول)."""
    if first and word.startswith("لل") and len(word) > 4:
        word = "ا" + word[1:]
    elif first and word.startswith("ل") and len(word) > 3:
        word = word[1:]
    if word.endswith("ا") and len(word) > 4 and not word.endswith(("يا", "ها")):
        word = word[:-1]
    return word


_AR_PREPOSITIONS = {"علي", "الي", "عن", "من", "في", "مع"}
_AR_DEFINITE = re.compile(
    r"^(?:ال\w+)(?:\s+ال\w+)?(?:\s+(?:ذاته|ذاتها|نفسه|نفسها|المذكور|المذكوره))?$"
)
_EN_DEFINITE = re.compile(
    r"^(?:the|that|this)\s+(?:same\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+$", re.IGNORECASE
)
_EN_PRONOUN = re.compile(r"^(?:he|she|they|it|the (?:latter|former))$", re.IGNORECASE)


def _statement_noun(nouns: list[str]) -> str:
    """A statement noun, with the article and (Arabic) the accusative alif of "بياناً", whose
    alif stays after folding."""
    return rf"(?:ال)?(?:{_words([n.casefold() for n in nouns])})(?:ا(?=\s|$))?(?!\w)"


def _issued_by_en(lex: Lexicon) -> list[str]:
    """The English phrases of "issued by X" (not the bare "from", which names no issuer
    inside a statement's phrase: "the statement from Tuesday")."""
    return [w for w in lex.raw["en"]["issued_by"] if w != "from"]


def _issued_within(surface: str, *, start: int, language: str) -> Mention | None:
    """ "a joint statement issued by X" as one mention: the statement, spoken by its issuer."""
    lex = lexicon()
    folded, origin = fold_with_offsets(surface)
    noun = _patterns().statement_noun[language].search(folded)
    if noun is None:
        return None
    issued_words = lex.ar_issued_by if language == "ar" else _issued_by_en(lex)
    issued = re.search(rf"(?<!\w)(?:{_words(issued_words)})\s+", folded[noun.end() :])
    if issued is None and language == "en":
        # "issued on Tuesday by X", "released late on Monday by X": the day between
        issued = re.search(
            r"(?<!\w)(?:issued|released|published|put out)(?:\s+(?!by\b)[\w-]+){1,3}?\s+by\s+",
            folded[noun.end() :],
        )
    joint = bool(
        re.search(r"(?<!\w)(?:مشترك|المشترك|ثلاثي|الثلاثي|joint|trilateral)(?!\w)", folded)
    )
    if issued is None:
        return None
    a = noun.end() + issued.end()
    # (English: on the original text, where "U.S. State" shows its capitals)
    cut = re.search(
        # (and before "on behalf of": "وزعته الخارجية الأميركية باسم الدول الثلاث")
        r"[،,:]|(?<![A-Z])\.(?=\s|$)|(?<!\w)(?:مساء|صباح|يوم|امس|اليوم|ليل|on|late|early|this|last"
        r"|باسم|نيابه|in the name)(?!\w)",
        surface[a:] if language == "en" and len(surface) == len(folded) else folded[a:],
    )
    b = a + cut.start() if cut else len(folded)
    a, b = origin[a], origin[b]  # folded offsets back to the surface's
    issuer = parse_mention(surface[a:b], start=start + a, end=start + b, language=language)
    if not (issuer.roles or issuer.outlet or issuer.country):
        return None
    if not (issuer.country or issuer.person or issuer.outlet) and (
        _AR_DEFINITE if language == "ar" else _EN_DEFINITE
    ).match(fold(issuer.surface).strip()):
        issuer = replace(issuer, anaphoric=True)  # "البيان الصادر عن المكتب": the office named
    return Mention(
        start,
        start + len(surface),
        surface.strip(),
        language,
        roles=("statement",),
        joint=joint,
        issuer=issuer,
        country=issuer.country,
    )


# "His answer:", "Her verdict was blunt:", "Okello's message was simple:": the noun of what
# someone said, owned by them, then a colon (original text, at a sentence's start)
_EN_WHOSE_ANSWER = re.compile(
    r"\s*(?P<who>[Hh]is|[Hh]er|[A-Z][\w.'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w.'’-]+){0,3}(?=['’]s\s))"
    r"(?:['’]s)?\s+(?:answer|reply|response|message|verdict|assessment|explanation|conclusion"
    r"|warning|advice|prediction|diagnosis|take)(?:\s+(?:was|is|came|comes)(?:\s+[a-z]+){0,2})?"
    r"\s*:\s*"
)
_EN_OWN_STATEMENT = re.compile(
    r"(its|their|his|her)\s+(?:own\s+|brief\s+|written\s+|short\s+)?"
    r"(?:statement|communique|communiqué|readout|post|message|letter|release|account)"
)
# the surface of an empty mention for "الأخير" ("the latter"): the one named last before it
_LATTER, _LATTER_F = "الأخير", "الأخيرة"
_GENERIC_PERSON = re.compile(
    r"(?:the\s+)?(?:man|(?P<she>woman))|ال(?:رجل|شاب|(?P<she_ar>سيده|امراه|شابه|فتاه))"
    # "كتب الأخير": "the latter", the one just named
    r"|(?P<latter>ال(?:اخير|(?P<she_last>اخيره)))"
)
_EN_GROUP_MEMBER = re.compile(
    r"(?:(?:one|two|three|both|each|all|some|several|many|most)\s+of\s+(?:the\s+|those\s+|these\s+)?"
    r"(?:other\s+)?(?:them|officials|sources|diplomats|people|persons)"
    r"|the\s+(?:first|second|third|fourth|other|last)\s+(?:official|source|diplomat|person)"
    # "Syrian officials were less lyrical. One told Reuters that ...": one of those just named
    r"|one|another(?:\s+one)?"
    # "people familiar with the matter ... the person added": one of those sources
    r"|(?:the|that|this)\s+person)"
)


def _countries_together(phrase: str) -> bool:
    """ "israel and syria", "اسرائيل وسوريا" (folded): two countries named as one subject."""
    parts = re.split(r"\s+and\s+|\s+و(?=\S)", phrase.strip(), maxsplit=1)
    return len(parts) == 2 and all(
        len(part.split()) <= 2 and lexicon().country_of(part.strip()) for part in parts
    )


# a host or reporter passing on someone's words: "Nadia relays what", "the anchor reads what"
_EN_RELAYS_WHAT = re.compile(
    r"[^,;:\"“”]{1,40}?\s(?:relays|reads|recalls|repeats|recounts|quotes|cites|summari[sz]es"
    r"|paraphrases|passes on)\s+(?:out\s+)?what\s+",
    re.IGNORECASE,
)


def _subject_mention(
    text: str, folded: str, a: int, b: int, *, origin: list[int], base: int, language: str
) -> Mention:
    """A subject phrase (folded span a..b of the paragraph) as a mention, with its kind."""
    a, b = _trim(folded, a, b)
    relaying = _EN_RELAYS_WHAT.match(folded, a, b) if language == "en" else None
    if relaying:
        a = relaying.end()  # "Nadia relays what a Kenyan official told Reuters": the official
    surface = text[origin[a] : origin[b]] if b > a else ""
    if surface.count("«") != surface.count("»") or surface.count("“") != surface.count("”"):
        surface = re.sub(r"[«»“”]", "", surface)  # 'صحيفة «هآرتس»' trimmed at its closing mark
    start, end = base + origin[a], base + origin[b] if b > a else base + origin[a]
    phrase = folded[a:b]
    if not phrase or _EN_PRONOUN.match(phrase) or phrase in ("هو", "هي"):
        return Mention(start, end, surface, language, empty=True)
    owned = _EN_OWN_STATEMENT.fullmatch(phrase.casefold()) if language == "en" else None
    if owned:
        # "Its statement said", "his post said": the owner speaks, resolved as "it" or "he"
        owner = {"its": "it", "his": "he", "her": "she"}.get(owned.group(1), "they")
        return Mention(start, end, owner, language, empty=True)
    honorific = re.fullmatch(r"(?:سياد|معالي|فخام|سماح|سعاد|فضيل)(?:ته|ه|تها|ها)", phrase.strip())
    if honorific:
        # "ولفت سيادته إلى أن": "his excellency" is the person just quoted, like "he" (and a
        # cleric's "فضيلته", "his eminence")
        she = phrase.strip().endswith("ها")
        return Mention(start, end, "هي" if she else "هو", language, empty=True)
    if _countries_together(phrase.casefold()):
        # "Israel and Syria announced": the governments speak together, in their joint
        # statement (as "the three governments" do: parse_mention's _COLLECTIVE)
        return Mention(start, end, surface, language, roles=("statement",), joint=True)
    generic = _GENERIC_PERSON.fullmatch(phrase.casefold())
    if generic:
        # "وأضاف الرجل", "the woman said": the person just quoted or introduced, like "he"
        she = any(generic.group(g) is not None for g in ("she", "she_ar", "she_last"))
        pronoun = ("she" if she else "he") if language == "en" else ("هي" if she else "هو")
        if generic.group("latter"):
            pronoun = _LATTER_F if she else _LATTER
        return Mention(start, end, pronoun, language, empty=True)
    if _EN_GROUP_MEMBER.fullmatch(phrase.casefold()):
        # "one of the officials", "the second official", "both of the other officials": members
        # of the group just named (resolved by _resolve)
        return Mention(start, end, "one of them", language, empty=True)
    label = re.search(r".*:\s+", phrase) if language == "en" else None
    if label and label.end() < len(phrase):
        # "UPDATE: The ministry said", "ANCHOR: The ministry said": a label that names no
        # source (a lone word, or the report's own reporter) heads the sentence, and the subject
        # starts after its colon; a source's label ("Netanyahu's office: Israel stressed") is
        # who speaks for the line
        head = re.sub(r"[\s*_:-]+$", "", surface[: origin[a + label.end()] - origin[a]])
        named = parse_mention(head, start=start, end=start, language=language)
        if not (
            set(named.roles) - {"reporter"}
            or named.outlet
            or named.country
            or len(named.person) > 1
        ):
            return _subject_mention(
                text, folded, a + label.end(), b, origin=origin, base=base, language=language
            )
    relayed = re.search(r"(?<!\w)(?:نقل\w*|quoted|citing)\s.*?(?<!\w)(?:عن|from)\s+", phrase)
    if relayed and relayed.end() < len(phrase):
        # "ما نقلته وكالة رويترز عن مسؤول إسرائيلي": the official is the speaker
        return _subject_mention(
            text, folded, a + relayed.end(), b, origin=origin, base=base, language=language
        )
    what = re.match(r"ل?ما\s+(\S+)\s+(?:به\s+|عنه\s+)?", phrase)
    if what and re.sub(r"(?:ته|ه|ها)$", "", what.group(1)).lstrip("و") in lexicon().ar_verb_forms:
        # "بحسب ما أفاد به مصدر", "وفق ما ذكرته الصحيفة": the speaker follows the verb
        return _subject_mention(
            text, folded, a + what.end(), b, origin=origin, base=base, language=language
        )
    issued = _issued_within(surface, start=start, language=language)
    if issued is not None:
        return issued
    own_office = re.search(r"(?:^|\s)(?:و|ف)?((?:مكتب|ديوان)(?:ه|ها))(?:\s+قد)?$", phrase)
    if own_office and language == "ar":
        # "كان مكتبه قد أصدر بياناً": the office of the person just named (_resolve)
        at = base + origin[a + own_office.start(1)]
        return Mention(at, end, own_office.group(1), language, roles=("office",), anaphoric=True)
    came_from = re.match(r"(?:ال)?(?:صدر|صدرت|صادر|صادره)\s+عن(?:(?P<pronoun>ه|ها)|\s+)", phrase)
    if came_from and language == "ar":
        # "جاء في بيان صدر عنه أن": the statement of the one just named; "بيان صدر عن
        # وزارة الخارجية": the ministry's
        if came_from.group("pronoun") and came_from.end() == len(phrase):
            return Mention(start, end, surface, language, roles=("statement",), anaphoric=True)
        issuer = _subject_mention(
            text, folded, a + came_from.end(), b, origin=origin, base=base, language=language
        )
        if issuer.informative:
            return Mention(
                start,
                end,
                surface,
                language,
                roles=("statement",),
                issuer=issuer,
                country=issuer.country,
            )
    mention = parse_mention(surface, start=start, end=end, language=language)
    if mention.roles == ("statement",) and not (mention.person or mention.outlet):
        return replace(mention, country=None, anaphoric=True)  # "يضيف البيان": the statement
    if language == "ar" and phrase.startswith("لل"):
        phrase = "ا" + phrase[1:]  # للمسؤول = ل + المسؤول
    definite = (
        (
            _AR_DEFINITE.match(phrase)
            and (
                not mention.country
                or _outlet_noun(mention)
                # "المسؤول الأميركي" after "مسؤول رفيع في إدارة ترامب": an unnamed official
                # with a nationality points back as in English ("the U.S. official"); a title
                # with one holder ("الوزير السوري") names its holder instead
                or bool(set(mention.roles[:1]) & ANONYMOUS_ROLES)
            )
        )
        if language == "ar"
        else _EN_DEFINITE.match(phrase)
    )
    if (
        language == "ar"
        and not definite
        and re.fullmatch(r"\w+\s+ال\w+", phrase)
        and len(mention.roles) >= 2
        and not mention.country
    ):
        # "رئيس اللجنة" (head of the committee): a title in construct with a body, definite by
        # it, points back at the holder named before ("رئيس اللجنة X")
        definite = True
    definite = bool(definite) and not mention.person and not mention.outlet
    # only a speaker noun points back at a speaker ("the official", الصحيفة), not "the talks"
    definite = definite and bool(mention.roles or _outlet_noun(mention))
    if definite:
        mention = replace(mention, anaphoric=True)
    if not mention.informative and not definite:
        # a subject with no role, country, outlet or name: most likely not a speaker phrase
        return replace(mention, empty=len(phrase.split()) > 6)
    return mention


# --- one sentence ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    content: list[Span]  # paragraph-local original offsets
    subject: Mention
    cue: Span
    new_speaker: bool = False
    last_quote: int = -1  # where the document's last quote so far started
    relay: Mention | None = None  # who passed the words on ("according to the ministry, X said")
    feminine: bool = False  # an Arabic verb in the feminine ("وذكرت أن"): its subject is too


@dataclass(frozen=True)
class _Folded:
    """A paragraph folded once (ingest.normalize.fold_with_offsets), for all its sentences."""

    folded: str
    origin: list[int]  # original index of each folded index
    to_folded: dict[int, int]  # folded index of an original index

    @classmethod
    def of(cls, para: str) -> _Folded:
        folded, origin = fold_with_offsets(para)
        folded = mark_explained(para, folded, origin)  # "وبيّن", not "وبين" (between)
        return cls(folded, origin, {o: i for i, o in enumerate(origin)})


class _Sentence:
    def __init__(
        self, text: str, span: Span, quotes: list[Span], base: int, paragraph: _Folded
    ) -> None:
        self.text = text  # the paragraph
        self.start, self.end = span
        self.quotes = [q for q in quotes if span[0] <= q[0] < span[1]]
        self.base = base
        self.folded, self.origin = paragraph.folded, paragraph.origin
        self.to_folded = paragraph.to_folded

    def head(self, end: int) -> _Sentence:
        """The same sentence up to `end` (original offset)."""
        out = copy.copy(self)
        out.end = end
        out.quotes = [q for q in self.quotes if q[1] <= end]
        return out

    def tail(self, start: int) -> _Sentence:
        """The same sentence from `start` (original offset) on."""
        out = copy.copy(self)
        out.start = start
        out.quotes = [q for q in self.quotes if q[0] >= start]
        return out

    def f(self, original: int) -> int:
        while original not in self.to_folded and original < len(self.text):
            original += 1
        return self.to_folded.get(original, len(self.folded))

    def o(self, folded_index: int) -> int:
        return self.origin[min(folded_index, len(self.origin) - 1)]

    def quotes_from(self, original: int) -> list[Span]:
        return [q for q in self.quotes if q[0] >= original]

    def mention(self, fa: int, fb: int, language: str) -> Mention:
        m = _subject_mention(
            self.text, self.folded, fa, fb, origin=self.origin, base=self.base, language=language
        )
        if language == "en" and m.roles and not (m.country or m.person or m.outlet):
            # "On the Syrian side, a government official told Reuters": the side is his country
            side = _EN_ON_THE_SIDE.match(self.folded, self.f(self.start), fa)
            code = lexicon().country_of(side.group("adjective")) if side else None
            if code:
                m = replace(m, country=code)
        return m

    def suffix_subject(self, fpos: int, suffix: str) -> Mention:
        """The speaker just named, by an Arabic pronoun suffix ("نُقل عنه", "على حد تعبيرها",
        "ومما قاله"): an empty subject of that suffix at folded position `fpos`."""
        at = self.base + self.o(fpos)
        return Mention(at, at, suffix, "ar", empty=True)


# a sentence's opening "On the Kenyan side," (folded text)
_EN_ON_THE_SIDE = re.compile(r"\s*(?:and\s+|but\s+)?on\s+the\s+(?P<adjective>[a-z]+)\s+side\s*,\s*")
# ("agreed to meet so that deals could be struck": "so that", "now that" open no speech)
# ("followed the envoy's remarks through that period": after a preposition "that" is a
# determiner, never the particle)
_EN_PREPOSITIONS_BEFORE_THAT = (
    "through", "during", "over", "at", "for", "since", "after", "before", "by", "with", "from",
    "of", "on", "about", "into", "to", "under", "within", "across", "against", "beyond", "in",
    "until", "throughout", "toward", "towards", "around", "behind", "upon",
)  # fmt: skip
_EN_THAT = re.compile(
    r"(?<!\w)(?<!\bso\s)(?<!\bsuch\s)(?<!\bnow\s)(?<!\bgiven\s)(?<!\bprovided\s)"
    + "".join(rf"(?<!\b{p}\s)" for p in _EN_PREPOSITIONS_BEFORE_THAT)
    + r"that\s+"
)
# a speaker's own phrasing noted after the quote: «...»، على حد تعبيرها
_AR_POSTPOSED = re.compile(
    r"^(?:علي|على) حد (?:تعبير|قول)\S*$|^(?:بحسب|حسب|وفق) (?:تعبير|قول)\S*$"
    r"|^كما (?:قال|قالت|اضاف|اضافت|وصف|وصفت)\S*$"
    # «...»، في مقابلة مع صحيفة إسرائيلية: where it was said
    r"|^(?:في|خلال) (?:مقابله|تصريح\S*|حديث|كلمه|لقاء|منشور|تغريده)(?: \S+){0,6}$"
)
_CLAUSE_REACH = 90  # folded characters a reporting clause may run on before its speech starts


def _content_after(
    s: _Sentence, fpos: int, p: _Patterns, *, arabic: bool, marked: bool = False
) -> list[Span] | None:
    """The reported words after a reporting clause, from folded position `fpos`: after the
    first quotation mark, colon or complementiser (أن / إن / that) within the clause's reach,
    else the rest of the sentence."""
    se = s.f(s.end)
    lead = re.match(r"^[\s،,:]*", s.folded[fpos:se]).end()  # type: ignore[union-attr]
    after = fpos + lead
    reach = min(se, after + _CLAUSE_REACH)
    marks = []
    quote = re.search(r"[\"«“‘„]|(?<=\s)'(?=\w)", s.folded[after:reach])
    if quote:
        marks.append((after + quote.start(), "quote"))
    colon = re.search(r":", s.folded[after:reach])
    if colon:
        marks.append((after + colon.start(), "colon"))
    particle = (p.ar_particle if arabic else _EN_THAT).search(s.folded, after, reach)
    # the English verb the words follow: "said" takes its speech bare, "told X" too
    after_said = not arabic and re.search(r"(?<!\w)(?:said|says|say)\s*$", s.folded[:fpos])
    after_said_or_told = not arabic and re.search(
        r"(?<!\w)(?:said|says|say|told|tells)(?:\s+\S+)?\s*$", s.folded[:fpos]
    )
    if (
        particle
        and after_said
        and re.match(r"[\w'’-]+\s*(?:[.,;:!?]|$)", s.folded[particle.end() : se])
    ):
        # "said Kampala shared that concern.": one word after "that" is no clause, and "said"
        # reports the whole of it
        particle = None
    if (
        particle
        and after_said
        and (
            re.search(
                r"(?<!\w)(?:was|were|is|are|had|has|have|would|will|could|did)(?!\w)",
                s.folded[after : particle.start()],
            )
            or p.en_verb.search(s.folded, after, particle.start())
        )
        # ("said he was confident that A": the speaker's own frame, then the words)
        and not re.match(r"\s*(?:he|she|they|it|we|i)\s", s.folded[after : particle.start()])
    ):
        # "said the US had also suggested that A": the speech began right after "said", and
        # the "that" is its own clause's
        particle = None
    if (
        particle
        and after_said_or_told
        and (
            # "said incidents of that kind were": after a preposition, "that" points at a noun
            re.search(
                r"(?<!\w)(?:of|in|at|on|for|to|by|with|from|about)\s*$",
                s.folded[: particle.start()],
            )
            # "said Kenya wanted cooperation that would": a clause with a verb of its own
            # already runs, and "that" opens a relative clause inside it
            or re.search(
                r"(?:[A-Z][\w'’-]+|(?<!\w)(?:he|she|it|they|we|i))\s+[a-z]{2,}ed\s+\w",
                s.text[s.o(after) : s.o(particle.start())],
            )
        )
    ):
        particle = None
    if (
        particle
        and not arabic
        and re.search(
            r"(?<![\w'’-])(?:a|an|the|its|their|his|her|our|this|these|those|some|any|every|no)"
            r"(?:\s+[\w'’-]+){1,3}\s*$",
            s.folded[after : particle.start()],
        )
        and re.match(
            r"\s*(?:would|will|could|can|should|might|must|may|was|were|is|are|had|has|have"
            r"|[a-z]{3,}ed)\s",
            s.folded[particle.end() : se],
        )
    ):
        # "announced a deal that would open the border", "said the body welcomed any step that
        # lowered tension": "that" after a noun phrase, with a verb and no subject after it, is
        # the noun's relative pronoun, no start of speech
        particle = None
    if (
        particle
        and not arabic
        and re.search(r"\S\s+and\s*$", s.folded[after : particle.start()])
        and (
            re.search(
                r"(?<!\w)(?:was|were|is|are|had|has|have|would|will|could|did)(?!\w)",
                s.folded[after : particle.start()],
            )
            or p.en_verb.search(s.folded, after, particle.start())
        )
    ):
        # "told Y the talks were useful and that B", "quoted Y as saying A and that B": the
        # first reported clause goes without its "that"; the speech began right after the verb
        particle = None
    if (
        particle
        and not arabic
        and len(s.folded[after : particle.start()].split()) > 5
        and not (
            marked
            and re.match(
                r"[\s,]*(?:in|on|at|during|after|through|via|before|following|issued|released"
                r"|published|distributed)\s",
                s.folded[after : particle.start()],
            )
            and not re.search(
                r"(?<!\w)(?:was|were|is|are|had|has|have|would|will|could|did|to)(?!\w)",
                s.folded[after : particle.start()],
            )
        )
    ):
        # "said X had met Y on Monday and that ...": the speech began right after "said";
        # "reported hours earlier that ...", "told broadcaster Z that ...": after "that"
        # (not "announced in a joint statement issued in the name of both that A": a verb
        # that needs its "that" has no speech before it without a finite verb of its own)
        particle = None
    if particle:
        marks.append((particle.start(), "particle"))
    if quote and particle:
        inner = s.quotes_from(s.o(after + quote.start()))
        short = inner and len(s.text[inner[0][0] : inner[0][1]].split()) <= 3
        if short and particle.start() > after + quote.start():
            # لـ"الشرق الأوسط" إن ...: a quoted name, not the speech; the speech follows إن
            marks = [m for m in marks if m[1] != "quote"]
    if quote and particle and not arabic and particle.start() > after + quote.start():
        inner = s.quotes_from(s.o(after + quote.start()))
        gap = s.folded[s.f(inner[0][1]) : particle.start()] if inner else "x"
        if not gap.strip(" \"”’'") and re.match(
            r"(?:a|an|the|its|their|his|her)\s", s.folded[after : after + quote.start()]
        ):
            # 'It announces a "joint fusion mechanism" that will ...': "that" opens a relative
            # clause of the quoted noun; the quoted words are the speech
            return [inner[0]]
    if quote and not arabic and not marked and not particle:
        lead_in = s.folded[after : after + quote.start()]
        inner = s.quotes_from(s.o(after + quote.start()))
        # 'said a "joint fusion mechanism" would give A': a quoted subject and its verb
        subject_quoted = (
            lead_in.strip() in ("a", "an", "the", "its", "their", "this")
            and bool(inner)
            and re.match(
                r"[\"”’'»]?\s+(?:[\w'’-]+\s+){0,3}?(?:would|will|could|can|should|might|must|may"
                r"|was|were|is|are|had|has|have|did|does)\s",
                s.folded[s.f(inner[0][1]) : se],
            )
            is not None
        )
        # (not 'explained his reasoning in one line: "A"', whose quote the colon announces)
        if (len(lead_in.split()) >= 2 or subject_quoted) and not lead_in.rstrip().endswith(":"):
            # 'said the cell was "a plumbing fix"', 'said Damascus would not move on the bigger
            # "strategic files" until ...': a clause around a quoted phrase is the speech, whole
            return [(s.o(after), s.end)]
    if marks:
        at, kind = min(marks)
        if kind == "particle":
            end = particle.end()  # type: ignore[union-attr]
            opening = re.match(r"\s*[\"«“„]", s.folded[end:se])
            quoted = s.quotes_from(s.o(end)) if opening else []
            tail = s.text[quoted[-1][1] : s.end].strip(" \"»”'.،,") if quoted else ""
            if (
                quoted
                and s.f(quoted[0][0]) <= end + opening.end()  # type: ignore[union-attr]
                and _AR_POSTPOSED.match(fold(tail))
            ):
                # أن «المياه قضية وجودية»، على حد تعبيرها: the quoted words, not the tail
                return [(q[0], q[1]) for q in quoted]
            return [(s.o(end), s.end)]
        quote_follows = re.match(r":\s*[\"“]", s.folded[at:se]) is not None
        if (
            kind == "colon"
            and not arabic
            and len(s.folded[after:at].split()) > 3
            # ('explained his reasoning in one line: "A"': the quoted words are the speech)
            and not (quote_follows and s.quotes and s.quotes[-1][1] >= s.end - 2)
        ):
            # "It says the talks focused on three things: A, B and C": the clause is the speech
            return [(s.o(after), s.end)]
        if kind == "colon":
            nxt = re.match(r"[\s]*", s.folded[at + 1 : se]).end()  # type: ignore[union-attr]
            at2 = at + 1 + nxt
            if at2 < se and s.folded[at2] in _QUOTE_CHARS:
                at = at2
            else:
                return [(s.o(at2), s.end)]
        quoted = s.quotes_from(s.o(at))
        if quoted:
            return [(q[0], q[1]) for q in quoted]
    if (
        marked
        and not arabic
        and re.search(_EN_BARE_CLAUSE_VERB, s.folded[:fpos])
        and _EN_BARE_CLAUSE.match(s.text, s.o(after), s.end)
    ):
        # "predicted the border would reopen", "acknowledged the gaps were wide": a verb that
        # reports only with its "that" also reports a finite clause that goes without it
        return [(s.o(after), s.end)]
    if after >= se - 1 or marked:
        return None  # `marked`: the verb needs "that", a colon or a quote to report speech
    if arabic and _AR_TOPIC.match(s.folded, after, se):
        return None  # "كشفت عن اتصال مباشر", "أعلنت عن خلية": what it disclosed, not its words
    return [(s.o(after), s.end)]


# the verbs that need their "that" (`_EN_NEEDS_MARK`) and may go without it before a finite
# clause, over folded text before the words
_EN_BARE_CLAUSE_VERB = (
    r"(?<![\w-])(?:acknowledged|acknowledges|announced|announces|affirmed|affirms|reaffirmed"
    r"|reaffirms|agreed|denied|denies|predicted|predicts|estimated|signaled|signalled|signals"
    r"|promised|promises|pledged|vowed|mentioned|mentions|believes|thinks|suspects)\s*$"
)
# a clause's subject (a pronoun, a determiner's noun phrase or a capitalised name), then its
# finite verb, with no punctuation between: "the gaps were", "Kampala would", "they want"
_EN_BARE_CLAUSE = re.compile(
    r"(?:(?:he|she|it|they|we|i|there)"
    r"|(?:the|a|an|its|their|his|her|our|this|these|those|both|some|no)"
    r"(?:\s+(?!(?:that|which|who|whose|where|when)(?![\w'’-]))[\w'’-]+){1,4}?"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"\s+(?:would|will|could|can|should|might|must|may|was|were|is|are|had|has|have|did|does"
    r"|do|want|wanted|wants|needed|needs|remained|remains)(?![\w'’-])"
)


# عن after a reporting verb names the topic (كشف عن، أعلن عن، تحدث عن), unless a clause follows
# it (كشف عن أن ...), over folded text
_AR_TOPIC = re.compile(r"عن\s+(?!ان(?:ه|ها|هم)?(?!\w))")
_IN_A_STATEMENT = re.compile(r"(?<!\w)(?:في\s+بيان|in\s+a\s+(?:written\s+)?statement)(?!\w)")
_AR_WHAT_X_SAID = re.compile(
    r"(?<!\w)ما\s+(?:قاله|قالته|ذكره|ذكرته|اكده|اكدته|كتبه|كتبته|اعلنه|اعلنته|اوضحه|اوضحته)\s+"
    r"(?P<who>[^،,.:]{2,60}?)(?:\s+ل\S+(?:\s*[«\"“][^»\"”]{1,30}[»\"”])?)?"
    # ("والأهم ما قاله مسؤول سوري لوكالة «رويترز»: A": a colon, then his words)
    r"(?:\s*[،,]?\s+(?:من\s+)?(?:ان|بان)\s+|\s*:\s*)"
)
# "ما نقلته صحيفة X عن Y من أن A", "ما أورده موقع X نقلاً عن مسؤول، من أن A": what an outlet
# relayed (from Y), then its content
_AR_WHAT_X_RELAYED = re.compile(
    r"(?<!\w)ما\s+(?:نقله|نقلته|اورده|اوردته|نشره|نشرته)\s+"
    r"(?P<who>[^،,.:]{2,90}?)(?:\s*[،,]?\s+(?:من\s+)?(?:ان|بان)\s+|\s*:\s*)"
)
# "ومما قاله: «A»": among what he, just named, said
# ("ومما قاله يومها:", "among what he said then": a time adverb may follow the verb)
_AR_AMONG_WHAT_SAID = re.compile(
    r"\s*[وف]?مما\s+(?:قاله|قالته|قالوه)"
    r"(?:\s+(?:يومها|يومذاك|حينها|حينذاك|انذاك|وقتها|عندها|امس|يومئذ|حينئذ))?\s*:\s*"
)


# verbs of telling someone, whose object (who was told) follows them: أبلغ وكالة «سانا» أن
_AR_TELLING = re.compile(r"[وف]?(?:ابلغ|ابلغت|ابلغوا|اخبر|اخبرت|اخبروا)")
# verbs of describing or deeming, whose object follows them: وصف X بأنه، اعتبر X
_AR_DESCRIBING = re.compile(r"[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف|يصفون|اعتبر|اعتبرت|يعتبر|تعتبر)")
# "أما X ف<verb>", "أما X، الذي ...، ف<verb>": the fronted topic, up to a relative clause
# after it (folded text before the verb)
_AR_TOPIC_THEN_FA = re.compile(
    r"\s*و?اما\s+(?P<who>[^،,]+?)\s*(?:[،,]\s*(?:الذي|التي|الذين)\s[^،,]*[،,]\s*)?$"
)


def _arabic(s: _Sentence, p: _Patterns) -> list[_Found]:
    found: list[_Found] = []
    sf, se = s.f(s.start), s.f(s.end)
    marker = p.ar_marker.match(s.folded[sf:se])
    new_speaker = bool(marker)
    scan = sf + (marker.end() if marker else 0)

    among = _AR_AMONG_WHAT_SAID.match(s.folded, scan, se)
    if among:
        said_by = {"قالته": "ها", "قالوه": "هم"}.get(among.group().split()[-1].strip(": "), "ه")
        spoken = [(q[0], q[1]) for q in s.quotes] or [(s.o(among.end()), s.end)]
        return [
            _Found(
                spoken,
                s.suffix_subject(among.start(), said_by),
                (s.o(among.start()), s.o(among.end())),
            )
        ]
    what = _AR_WHAT_X_SAID.search(s.folded, scan, se) or _AR_WHAT_X_RELAYED.search(
        s.folded, scan, se
    )
    if (
        what
        and what.re is _AR_WHAT_X_RELAYED
        and p.ar_according.search(s.folded, max(scan, what.start() - 12), what.start() + 1)
    ):
        what = None  # "أفادت مصادر، وفق ما نقلته «النهار»، بأن A": the sources' words, relayed
    if what:
        # "وأقرأ ما قاله مسؤول سوري لرويترز، من أن A": the official's words are A
        who_at = what.start("who")
        who_end = _mention_end(s.folded, who_at, what.end("who"))
        relay = re.search(r"(?<!\w)(?:نقلا\s+)?عن\s+", s.folded[who_at:who_end])
        if what.re is _AR_WHAT_X_RELAYED and relay:
            # "ما نقلته صحيفة X عن الشيخ Y من أن A", "ما أورده موقع X نقلاً عن مسؤول، من أن A":
            # the one it was taken from speaks A
            who_at += relay.end()
        sayer = s.mention(who_at, who_end, "ar")
        if sayer.informative:
            cited = _Found([(s.o(what.end()), s.end)], sayer, (s.o(what.start()), s.o(what.end())))
            # "وأوضح المسؤول أن A، وذلك رداً على ما أورده موقع X من أن B": A is the official's,
            # before the report he answers
            lead = re.search(
                r"[،,]\s*(?:وذلك\s+)?(?:رد|ردا|تعقيبا|تعليقا)?\s*(?:علي\s+)?$",
                s.folded[scan : what.start()],
            )
            answering = s.head(s.o(scan + lead.start() if lead else what.start()))
            own = (
                [f for f in _arabic(answering, p) if f.content]
                if answering.end > answering.start
                else []
            )
            return [*own, cited]

    first_quote = s.quotes[0] if s.quotes else None
    if first_quote and s.f(first_quote[0]) - scan <= 2:
        after = s.f(first_quote[1]) + 1
        clause = re.match(r"[\s،,]*", s.folded[after:se])
        verb_after = p.ar_verb.match(s.folded, after + clause.end())  # type: ignore[union-attr]
        these_words = re.match(
            r"(?:ب(?:هذه|تلك)\s+(?:العباره|العبارات|الكلمات|الجمله|الكلمه)|بهذا\s+(?:الوصف|التعبير|الكلام)"
            r"|هكذا|بهذه\s+الطريقه|بهذا(?=\s+\S+\s))"
            r"\s+\S+\s+",
            s.folded[after + clause.end() : se],  # type: ignore[union-attr]
        )
        if these_words and not verb_after:
            # «...»، بهذه العبارة لخّص الشيباني موقف بلاده، مضيفاً أن ...: whatever the verb
            pos = after + clause.end() + these_words.end()  # type: ignore[union-attr]
            subject_end = _subject_end(s, pos, se, p)
            what = re.search(r"\s(?:ما|كيف|حال|موقف)\s", s.folded[pos:subject_end])
            if what:
                subject_end = pos + what.start()  # "هكذا تلخّص X ما خرجت به الجولة": X
            subject = s.mention(pos, subject_end, "ar")
            if subject.informative:
                summed = [q for q in s.quotes if not _AR_TO_NAMED.search(s.text, 0, q[0])]
                adding = re.search(
                    r"(?<!\w)(?:مضيفا|مضيفه|موكدا|موكده|مشيرا|مشيره"
                    # "..., قبل أن يضيف أن B", "..., وقال فيه أيضاً إن B"
                    r"|قبل\s+ان\s+(?:يضيف|تضيف)|و(?:قال|قالت|اضاف|اضافت)\s+(?:فيه|فيها)"
                    r"(?:\s+ايضا)?)\s+(?:ب?ان|الي\s+ان)\s+",
                    s.folded[subject_end:se],
                )
                if adding:
                    summed.append((s.o(subject_end + adding.end()), s.end))
                return [_Found(summed, subject, (s.o(after), s.o(subject_end)))]
        came_after = p.ar_came_in.match(s.folded, after + clause.end())  # type: ignore[union-attr]
        if came_after and not came_after.group("that") and not verb_after:
            # "«A»، جاء في بيان للخارجية الكينية صدر بعد اللقاء": the statement, as its issuer
            end = _mention_end(s.folded, came_after.start("noun"), se)
            when_issued = re.search(
                r"\s(?:صدر|صدرت|الصادر|الصادره|نشر\S*|وزع\S*|الذي|التي|بعد|عقب|امس|مساء|صباح|يوم)"
                r"(?!\w)",
                s.folded[came_after.start("noun") : end],
            )
            whole = end
            end = came_after.start("noun") + when_issued.start() if when_issued else end
            statement = s.mention(came_after.start("noun"), end, "ar")
            if statement.issuer is None and not statement.roles[1:] and when_issued:
                # "«A»، جاء في البيان الثلاثي الذي نشرته الخارجية": the statement, by the issuer
                # its relative clause names
                statement = s.mention(came_after.start("noun"), whole, "ar")
                end = whole
            if statement.roles[:1] == ("statement",) and (statement.issuer or statement.roles[1:]):
                spoken = [q for q in s.quotes if not _AR_TO_NAMED.search(s.text, 0, q[0])]
                return [_Found(spoken, statement, (s.o(came_after.start()), s.o(end)))]
        if verb_after:
            pos = verb_after.end()
            subject_end = _subject_end(s, pos, se, p)
            subject = s.mention(pos, subject_end, "ar")
            # ('«A»، يقول مسؤول لـ«هآرتس»': the outlet's name in marks is not the words)
            spoken = [q for q in s.quotes if not _AR_TO_NAMED.search(s.text, 0, q[0])]
            who_also = re.match(r"\s*[،,]\s*(?:الذي|التي|الذين)\s+", s.folded[subject_end:se])
            also = who_also and p.ar_verb.match(s.folded, subject_end + who_also.end())
            that = also and re.match(
                r"(?:\s+(?:ايضا|كذلك))?\s+(?:(?:علي|الي)\s+)?(?:ان|بان|انه|انها)(?!\w)\s*",
                s.folded[also.end() : se],
            )
            if subject.informative and also and that:
                # "«A»، يضيف البيان، الذي شدد كذلك على أن B": the relative clause reports B,
                # said by the same speaker (its words in marks inside B are part of it)
                at = s.o(also.end() + that.end())
                spoken = [q for q in spoken if q[1] <= at] + [(at, s.end)]
            return [_Found(spoken, subject, (s.o(verb_after.start()), s.o(subject_end)))]

    # "بيان مشترك ... جاء فيه أن", "أصدر المكتب بياناً قال فيه إن": the statement speaks
    came_in_it = re.search(r"(?<!\w)[وف]?(?:جاء|ورد)\s+(?:فيه|فيها)(?!\w)", s.folded[scan:se])
    if not came_in_it:
        verb_in_it = p.ar_verb_in_it.search(s.folded[scan:se])
        if verb_in_it and re.search(
            r"(?<!\w)(?:ال)?بيانا?(?!\w)", s.folded[scan : scan + verb_in_it.start()]
        ):
            came_in_it = verb_in_it
        else:
            # "نشرت الخارجية بياناً ثلاثياً أفاد بأن": the statement's own verb, right after it
            stated = p.ar_statement_verb.search(s.folded[scan:se])
            if stated:
                came_in_it = p.ar_verb_form.match(s.folded[scan:se], stated.start("verb"))
    if came_in_it:
        # "بيان مشترك ... جاء فيه أن": the statement just named
        at = scan + came_in_it.end()
        content = _content_after(s, at, p, arabic=True)
        statement = Mention(
            s.base + s.o(scan + came_in_it.start()),
            s.base + s.o(at),
            s.text[s.o(scan + came_in_it.start()) : s.o(at)],
            "ar",
            roles=("statement",),
            anaphoric=True,
        )
        nouns = list(
            re.finditer(  # "ببيان ثلاثي جاء فيه": the noun after its clitic
                r"(?<!\w)(?:[وبل]|لل)?(?P<noun>(?:ال)?بيانا?)(?!\w)",
                s.folded[scan : scan + came_in_it.start()],
            )
        )
        if nouns:
            noun = nouns[-1]
            named = s.mention(scan + noun.start("noun"), scan + came_in_it.start(), "ar")
            if named.roles[:1] == ("statement",) and not (named.issuer or named.joint):
                publisher = _publisher(s, sf, scan + noun.start("noun"), "ar")
                if publisher is not None:
                    named = replace(
                        named, issuer=publisher, country=publisher.country, anaphoric=False
                    )
            if named.roles[:1] == ("statement",) and (
                named.issuer or named.joint or named.roles[1:] or named.person
            ):
                # "بيان مشترك أصدرته الخارجية، جاء فيه ...", "بيان قصير لمكتب X، أكد فيه"
                statement = named
        if content:
            return [_Found(content, statement, (s.o(scan + came_in_it.start()), s.o(at)))]

    came = p.ar_came_in.search(s.folded, scan, se)
    if came and came.start() - sf < 20:
        if came.group("that"):
            return []  # "جاء ذلك في بيان ...": a lead-in, narration about the statement
        pos = came.end()
        subject_end = _subject_end(s, pos, se, p)
        subject = s.mention(pos, subject_end, "ar")
        with_issuer = s.mention(came.start("noun"), subject_end, "ar")
        if p.ar_issued.match(s.folded, pos + 1) and with_issuer.issuer is None:
            # "جاء في البيان الصادر عن المكتب": the issuer's name runs past "عن"
            subject_end = max(subject_end, _mention_end(s.folded, pos, se))
            with_issuer = s.mention(came.start("noun"), subject_end, "ar")
        if with_issuer.issuer is not None:
            # "جاء في بيان ثلاثي أصدرته الخارجية أن": the statement, spoken by its issuer (not
            # "ثلاثي أصدرته" as part of a name)
            subject = with_issuer
        elif subject.empty or not subject.informative:
            # "جاء في البيان الثلاثي الذي وزعته الخارجية أن": the statement and who issued it
            subject = s.mention(came.start("noun"), _mention_end(s.folded, came.end(), se), "ar")
            subject_end = max(subject_end, s.f(subject.end - s.base))
        content = _content_after(s, subject_end, p, arabic=True)
        if content:
            found.append(
                _Found(
                    content,
                    replace(subject, roles=subject.roles or ("statement",)),
                    (s.o(came.start()), s.o(subject_end)),
                )
            )
        return found

    according = p.ar_according.search(s.folded, scan, se)
    verb = p.ar_verb.search(s.folded, scan, se)
    if according and (verb is None or according.start() < verb.start()):
        # "وبحسب ما قاله لـ«درب» الباحث X": the outlet told is no part of who
        told = re.match(
            # "بحسب ما نقلته الوكالة العربية السورية للأنباء عن المصدر نفسه": the source
            r"\s*ما\s+نقل\S*\s+[^،,.:]{2,60}?\s+عن\s+|"
            r"\s*(?:ما\s+\S+(?:\s+به)?\s+)?(?:لـ?\s*[«\"“][^»\"”]{1,40}[»\"”]\s*"
            r"|[«\"“][^»\"”]{1,40}[»\"”]\s*عن\s+)?",
            s.folded[according.end() : se],
        )  # "بحسب ما قاله لـ«درب» X": what X said, to whom; "بحسب ما نقلت «رويترز» عن X"
        who = according.end() + (told.end() if told else 0)
        if re.match(r"ل(?!ل)\S{3,}", s.folded[who:se]) and s.folded[who - 2 : who].strip() == "ا":
            who += 1  # "وفقاً لمصادر": the preposition of "according to", not the name
        m_end = _mention_end(s.folded, who, se)
        in_marks = re.match(r"[«\"“][^»\"”،,]{1,40}[»\"”]", s.folded[who:se])
        if in_marks:
            m_end = who + in_marks.end()  # "ووفق «سانا»، A": the outlet's name in its marks
        spoke = re.search(
            r"\s(?:تحدث|تحدثت|تحدثوا|قال|قالت|طلب|طلبت|فضل|فضلت)(?!\w)", s.folded[who:m_end]
        )
        # "لمصادر مطلعة تحدثت إلى ...": who, not what they did
        subject = s.mention(who, who + spoke.start() if spoke else m_end, "ar")
        # (or "فبحسب بيانه"، "وفق تصريحاتها": their statement, by the same suffix)
        suffix = re.match(
            r"(?:بيان|بيانات|تصريح|تصريحات|روايت|قول|كلام|حديث|تقدير|منشور|تغريدت)?"
            r"(ه|ها|هم|هما)(?!\w)",
            s.folded[who:se],
        )
        holder = _owner_before(s) if suffix and suffix.end(1) - suffix.start() > 3 else None
        if holder is not None:
            # "يقرأ مكتب X الجولة بعين أخرى. فبحسب بيانه، A": the office named just before,
            # whatever its verb
            subject = holder
        elif suffix:
            # "«A»، على حد تعبيره", "على حد قولها": the speaker just named, by a pronoun suffix
            subject = s.suffix_subject(who, suffix.group(1))
        if according.start() - scan <= 2:
            adjunct = re.match(
                r"\s+(?:علي|في|عبر|عقب|بعد|خلال|امام|من|ل\S+)\s[^،,.:]{0,60}(?=[،,])",
                s.folded[m_end:se],
            )
            if adjunct:
                # "وبحسب ما كتبه X على منصة «إكس» عقب اللقاء، A": where and when, then A
                m_end += adjunct.end()
                closing = re.match(r"[^،,]{0,40}?(?=[،,])", s.folded[m_end:se])
                m_end += closing.end() if closing else 0
            rest = re.match(r"^[\s،,]*(?:(?:ف|)ان(?:ه|ها)?\s+)?", s.folded[m_end:se])
            start = m_end + rest.end()  # type: ignore[union-attr]
            then = re.search(r"[،,]\s*فان(?:ه|ها)?\s+", s.folded[m_end:se])
            if then and s.folded[m_end : m_end + 1] in '"«“':
                # "ووفقاً لمصادر تحدثت إلى «العربي الجديد»، فإن A": A follows "فإن"
                start = m_end + then.end()
            content = [(s.o(start), s.end)]
        elif then_that := re.match(
            r"[^،,.:«»\"“”]{0,60}?[،,]\s*ب?(?:ان|انه|انها)(?!\w)\s*", s.folded[m_end:se]
        ):
            # "غير أنه أُفيد، وفق ما أوردته القناة قبل ساعات، بأن A": the aside names who, and
            # "بأن" opens what they said
            content = [(s.o(m_end + then_that.end()), s.end)]
            held = _AR_HELD_BEFORE_ASIDE.fullmatch(s.folded, scan, according.start())
            holder = s.mention(held.start("who"), held.end("who"), "ar") if held else None
            if held is not None and holder is not None and holder.roles and _person_like(holder):
                # "كان مسؤول رفيع يأمل، وفق ما نقله موقع X، أن A": the official hoped A, and
                # the outlet only relays it
                return [
                    _Found(
                        content,
                        holder,
                        (s.o(held.start("who")), s.o(m_end)),
                        new_speaker,
                        relay=subject,
                    )
                ]
        else:
            content = [(s.start, s.o(according.start()))]
        return [_Found(content, subject, (s.o(according.start()), s.o(m_end)), new_speaker)]

    while verb is not None:
        if not _verb_position(s, verb, scan):
            verb = p.ar_verb.search(s.folded, verb.end(), se)
            continue
        name = verb.group("verb")
        pos = verb.end()
        # the outlet the words were given to or relayed by, named before the speaker
        medium = s.folded[scan : verb.start()]
        relayed_from = ""
        if name.startswith(("نقل", "نسب")) or name in ("ينقل", "تنقل"):
            # "نقلت X عن Y قوله" / "نسبت X إلى Y قوله" / "تنقل X عن Y أن": Y is the speaker
            to = "الي" if name.startswith("نسب") else "عن"
            about = re.match(
                # (the first "عن": "نقلت عن مسؤول ... من دون أن تكشف عن": the official's)
                rf"[\s،,]*(?:(?P<by>[^:]{{0,80}}?)[\s،,\"»”]+)??{to}\s+",
                s.folded[pos:se],
            )
            if about:
                # "نقلت سانا عن", "كانت سانا قد نقلت يوم الاثنين عن"
                medium = f"{medium} {about.group('by') or ''}"
                pos += about.end()
            elif pronoun := re.match(rf"\s*{to}(ه|ها|هم|هما)(?=\s)", s.folded[pos:se]):
                # "كما نُقل عنه أن A": relayed from the speaker just named
                relayed_from = pronoun.group(1)
                pos += pronoun.end()
            elif name in ("ينقل", "تنقل"):
                # "تنقّل الملف بين العواصم" (it moved between): the same letters, no one relayed
                verb = p.ar_verb.search(s.folded, verb.end(), se)
                continue
        # "وقال أمس لرويترز وزير الخارجية إن": a time phrase before or after the outlet told,
        # then the subject (or none: "فقد قال مطلع كانون الأول إن", he said)
        when = AR_TIME_ADVERBIAL.match(s.folded, pos, se)
        pos = when.end() if when else pos
        to_outlet = re.match(r"\s*لل([^\s:،,]+)\s*", s.folded[pos:se])
        to_named = re.match(r"\s*لـ?\s*[«\"“][^»\"”]{1,40}[»\"”]\s*", s.folded[pos:se])
        if to_outlet and (
            to_outlet.group(1) in lexicon().outlet_nouns_ar
            or "ال" + to_outlet.group(1) in lexicon().outlet_nouns_ar
            or to_outlet.group(1) in ("صحفيين", "صحافيين", "صحافه", "اعلاميين")  # "to reporters"
        ):
            pos += to_outlet.end()  # "قال للصحيفة إن": to whom, not who
        elif to_named:
            pos += to_named.end()  # "وقالت لـ«الوطن»: «...»": the outlet told
        when = AR_TIME_ADVERBIAL.match(s.folded, pos, se)
        pos = when.end() if when else pos
        if re.fullmatch(r"ابلغ(?:ت|وا)?|اخبر(?:ت|وا)?", name):
            # "بيد أن مسؤولاً سورياً أبلغ (وكالة) رويترز أن": the outlet told, not who told it
            told_end = _mention_end(s.folded, pos, se)
            paren = re.match(r"\s*\S+\s*\([^()\s]{2,30}\)", s.folded[pos:se])
            told_end = max(told_end, pos + paren.end()) if paren else told_end
            addressee = s.mention(pos, told_end, "ar")
            if addressee.outlet and not (addressee.roles or addressee.person):
                pos = told_end
        inner_marker = p.ar_marker.match(s.folded[pos:se].lstrip())
        if inner_marker:
            new_speaker = True
            pos += len(s.folded[pos:se]) - len(s.folded[pos:se].lstrip()) + inner_marker.end()
        placed = _AR_PLACE_AFTER_VERB.match(s.folded, pos, se)
        if (
            placed is not None
            and not s.mention(pos, _subject_end(s, pos, se, p), "ar").informative
            # (no subject before the verb: not "وكانت الخارجية قد أعلنت في بيان ... أن")
            and not s.mention(
                max(scan, s.folded.rfind("،", scan, verb.start()) + 1), verb.start(), "ar"
            ).informative
        ):
            # "وقال في ختام الجولة مسؤول كيني إن", "أعلن في ختامها بيان صادر عن X أن": where or
            # when it was said, between the verb and its subject (the shortest such phrase)
            ends = [pos + m.end() for m in re.finditer(r"\S(?=\s)", s.folded[pos : placed.end()])]
            for end in [*(e for e in ends if e > pos + 4), placed.end()]:
                later_end = _subject_end(s, end, se, p)
                later = s.mention(end, later_end, "ar")
                if (
                    later.informative
                    and not later.anaphoric
                    # (a role, a medium, a country or a full name: not "في بيان مسائي", an
                    # adjective read as a one-word name)
                    and (later.roles or later.outlet or later.country or len(later.person) >= 2)
                    # (its words follow it, in the same clause: "... مسؤول كيني إن A")
                    and (particle := p.ar_particle.search(s.folded, later_end, se)) is not None
                    and not re.search(r"[،,.:؛]", s.folded[later_end : particle.start()])
                ):
                    pos = end
                    break
        aside = _AR_ASIDE_AFTER_VERB.match(s.folded, pos, se)
        if aside is not None and not p.ar_particle.match(s.folded, aside.end(), se):
            # "وأكدت، في ساعة متأخرة ...، وكالة الأنباء (سانا) أن": an aside between the verb
            # and its subject
            later = s.mention(aside.end(), _subject_end(s, aside.end(), se, p), "ar")
            if later.informative and not later.anaphoric:
                pos = aside.end()
        subject_end = _subject_end(s, pos, se, p)
        asked_of = _AR_REQUEST.fullmatch(verb.group("verb")) and re.search(
            r"(?<=\s)(?:بال|الي\s|علي\s)", s.folded[pos:subject_end]
        )
        if asked_of:
            # "وطالب الشيخ X الإدارة الأمريكية بالعمل على": who was asked, and to do what,
            # follow the subject; the subject is its first noun phrase
            subject_end = pos + asked_of.start()
            opening = pos + len(s.folded[pos:subject_end]) - len(s.folded[pos:subject_end].lstrip())
            first = _role_pattern("ar").match(s.folded, opening, subject_end)
            if first:
                subject_end = first.end()
        subject = _own_words_subject(s, pos, subject_end) or s.mention(pos, subject_end, "ar")
        if verb.group("purpose") and _AR_TO_SAY.fullmatch(name) and not subject.informative:
            # "عاد باراك ليصف الجولة بأنها": after "to describe", its object; the subject is
            # the one before (read below, as for a verb with no subject after it)
            at = s.base + s.o(pos)
            subject = Mention(at, at, "", "ar", empty=True)
        apposed = re.match(
            # (after the role's body: "المندوب الدائم لكينيا لدى الأمم المتحدة، السفير X:")
            r"(?P<body>\s+(?:لدي|في)\s+[^،,:\"«“.]{2,40}?)?[،,]\s*(?P<title>\S+\s+)?"
            r"(?P<name>[^\s،,:\"«“\d]+(?:\s+[^\s،,:\"«“\d]+){1,2})\s*[،,:]",
            s.folded[subject_end:se],
        )
        if (
            apposed
            and apposed.group("title")
            and fold(apposed.group("title").strip()) not in (_ar_role_forms())
        ):
            apposed = None  # a first word that is no title belongs to the name: three words
        if apposed and subject.roles and not subject.person:
            # "وأكدت المتحدثة باسم الرئيس، جين أوتينو، أن": the role, then its holder's name
            name_end = subject_end + apposed.end("name")
            name = s.mention(subject_end + apposed.start("name"), name_end, "ar")
            if (
                len(name.person) >= 2
                and not (name.roles or name.country or name.outlet or name.anaphoric)
                and not AR_TIME_ADVERBIAL.fullmatch(" " + apposed.group("name"))
            ):
                if apposed.group("body") or apposed.group("title"):
                    # the holder named after the role's body or with a title: that person,
                    # with the role and the country the role phrase gave
                    subject = replace(
                        name,
                        start=subject.start,
                        # (an anonymous role, "المندوب", "المسؤول", is no title of a named one)
                        roles=() if set(subject.roles[:1]) & ANONYMOUS_ROLES else subject.roles,
                        country=subject.country,
                        qualifier=subject.qualifier,
                    )
                else:
                    subject = s.mention(pos, name_end, "ar")
                subject_end = name_end
        owned = _possessed_role(s.folded[pos:subject_end])
        if owned and not subject.country:
            # "أما باريس ... فقد أفادت خارجيتها": "its foreign ministry", the country named last
            # before the verb
            owner = [
                code
                for word in s.folded[scan : verb.start()].split()
                for code in [_place_of(word)]
                if code
            ]
            if owner:
                subject = replace(subject, roles=(owned,), country=owner[-1], person=())
        if (
            _AR_GOES_ON.fullmatch(verb.group("verb"))
            and re.match(r"\s*ال", s.folded[pos:subject_end])
            and subject.roles
            and subject.roles[0] in _DESCRIBED_ROLES
            and not (subject.person or subject.outlet)
        ):
            # "وتابع الأكاديمي المغربي": the one who goes on, described, not someone new
            subject = replace(subject, anaphoric=True)
        if relayed_from:
            subject_end = pos
            subject = s.suffix_subject(pos, relayed_from)
        fronted = _AR_TOPIC_THEN_FA.match(s.folded[scan : verb.start()])
        if (
            fronted
            and s.folded[verb.start() : verb.start() + 1] == "ف"
            and _AR_DESCRIBING.fullmatch(verb.group("verb"))
            and not subject.empty
        ):
            # "أما المبعوث X فوصف نتائج الاجتماع بأنها «A»": the topic "أما" fronts is the
            # subject of the verb its "ف" opens; the noun after the verb is its object
            describer = s.mention(scan + fronted.start("who"), scan + fronted.end("who"), "ar")
            if describer.informative:
                subject = describer
        pluperfect = _AR_PLUPERFECT_SUBJECT.search(s.folded, scan, verb.start())
        if (
            pluperfect is not None
            and pluperfect.end() == verb.start()
            and (
                _AR_DESCRIBING.fullmatch(verb.group("verb"))
                or _AR_TELLING.fullmatch(verb.group("verb"))
            )
        ):
            # "وكان براك قد وصف نتائج باريس بأنها «A»", "وكان مصدر حكومي قد أبلغ وكالة «سانا»
            # أن A": the subject stands between "كان" and "قد", and the noun after the verb is
            # its object
            before_verb = s.mention(pluperfect.start("who"), pluperfect.end("who"), "ar")
            if before_verb.informative:
                subject = before_verb
        if re.match(r"\s*ما\s", s.folded[pos:se]):
            # "وصف ما جرى بأنه": the verb's object ("what happened"), the subject unnamed
            subject = Mention(s.base + s.o(pos), s.base + s.o(pos), "", "ar", empty=True)
        demonstrative = re.match(r"\s*(?:هذه|هذا|هذان|هاتان|تلك|ذلك|هولاء)\s", s.folded[pos:se])
        # ("ويُعتقد أن": "it is believed", read as the passive when no subject follows)
        impersonal = verb.group("verb").lstrip("وف") in ("يذكر", "يشار", "يعتقد") and re.match(
            r"\s*(?:الي\s+)?(?:ان|بان)\s", s.folded[pos:se]
        )
        if demonstrative and subject.roles and subject.roles[0] != "statement":
            # "وأشارت هذه الأوساط إلى أن": "these circles", the speakers just named
            subject = replace(subject, anaphoric=True)
            demonstrative = None
        about_it = re.match(r"\s*(?:عن|في|ب)(?:ه|ها|هم|هما)(?!\w)", s.folded[pos:se]) and re.search(
            r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين)\s+$", s.folded[scan : verb.start()]
        )
        if demonstrative or impersonal or about_it:
            # "الآلية التي أُعلن عنها": a relative clause about a thing, no one speaking;
            # "وتكشف هذه التصريحات الفارق ...": the report comments on what was said;
            # "ويُذكر أن", "ويُشار إلى أن": "it is worth noting that", the report's own words
            verb = p.ar_verb.search(s.folded, verb.end(), se)
            continue
        relative = re.search(
            r"[،,]?\s*(?:الذي|التي)\s*(?:كان\S*\s+(?:قد\s+)?)?$", s.folded[scan : verb.start()]
        )
        if relative:
            # "المبعوث الأميركي توم برّاك، الذي كتب أن ...", "توم باراك الذي وصف نتائج اللقاء
            # بأنها": the person the clause is about speaks (not the verb's object); after a
            # thing ("اللقاء الذي كتب باراك عقبه") the subject follows the verb
            comma = scan + relative.start()
            antecedents = list(_role_pattern("ar").finditer(s.folded, scan, comma))
            if antecedents and comma - antecedents[-1].end() <= 2:
                last = antecedents[-1]
                candidate = s.mention(
                    last.start(), _mention_end(s.folded, last.start(), comma), "ar"
                )
                if candidate.informative and _person_like(candidate):
                    subject = candidate
            elif antecedents and comma - antecedents[-1].end() <= 60:
                # "اجتمع براك بالزعيم الروحي للطائفة الشيخ موفق طريف، الذي كتب أنه ...": the
                # name that ends the phrase before the relative, not the clause's subject
                last = antecedents[-1]
                candidate = s.mention(last.start(), comma, "ar")
                if len(candidate.person) >= 2 and _person_like(candidate):
                    # by name alone: the words before it may be another's title ("المبعوث
                    # الكيني في كيسومو بالشيخ ..."), which must not become this person's
                    subject = replace(candidate, roles=(), country=None, outlet=None)
            statements = list(_patterns().statement_noun["ar"].finditer(s.folded, scan, comma))
            if (
                subject.empty
                and not subject.surface
                and not (statements and comma - statements[-1].start() <= 40)
                and s.folded[comma : comma + 1] in "،,"
            ):
                # "برعاية توم باراك، الذي كتب أن", "بحضور باراك، الذي كتب أن": the name that
                # ends the phrase before the relative (a one-word name resolves to its full
                # form later)
                window = max(scan, s.folded.rfind(" ", scan, max(scan, comma - 40)) + 1)
                candidate = s.mention(window, comma, "ar")
                name_at = (
                    s.folded.rfind(fold(candidate.person[0]), window, comma)
                    if candidate.person
                    else -1
                )
                if name_at >= 0 and not re.search(r"[،,.]", s.folded[name_at:comma]):
                    candidate = s.mention(name_at, comma, "ar")
                    if candidate.person and not (
                        candidate.roles or candidate.country or candidate.outlet
                    ):
                        subject = candidate
            if subject.empty and statements and comma - statements[-1].start() <= 40:
                # "بيان مكتب نتنياهو، الذي قال إن": the statement speaks, as its issuer
                candidate = s.mention(statements[-1].start(), comma, "ar")
                if candidate.informative:
                    subject = candidate
        if subject.empty and not subject.surface:
            before = s.folded[scan : verb.start()]
            connectives = list(
                re.finditer(r"(?<!\w)(?:ان|لكن|غير|حيث|بينما|اذ)(?:ه|ها|هم)?(?!\w)\s*", before)
            )  # "لكنها حذّرت": "but she warned"
            svo_start = scan + connectives[-1].end() if connectives else scan
            chose = _ar_chose_subject(s, scan, verb)
            if chose is not None:
                subject = chose
            # "وكان المصدر قد أوضح": the auxiliaries are not part of the subject
            aux = re.match(r"\s*(?:(?:و|ف)?(?:كان|كانت)\s+)?", s.folded[svo_start : verb.start()])
            svo_start += aux.end() if aux else 0
            svo_end = verb.start()
            tail = re.search(r"\s+(?:قد|لقد)\s*$", s.folded[svo_start:svo_end])
            svo_end = svo_start + tail.start() if tail else svo_end
            if verb.group("purpose"):
                # "خرج الوزير X من الاجتماع ليقول إن": the subject of the verb before it, without
                # that verb or where he came from
                topic_first = re.match(
                    r"\s*و?اما\s+(?P<who>[^،,]+?)\s+ف\S+\s*$", s.folded[svo_start:svo_end]
                )
                if topic_first:
                    # "أما X فيعود ليحذّر من أن": the topic, without the verb its "ف" opens
                    svo_end = svo_start + topic_first.end("who")
                else:
                    main = re.match(r"\s*(?:ثم\s+)?(?!ال)[^\s،,]+\s+", s.folded[svo_start:svo_end])
                    svo_start += main.end() if main else 0
                    cut = p.ar_cut.search(s.folded, svo_start, svo_end)
                    svo_end = cut.start() if cut else svo_end
            before = s.folded[svo_start:svo_end]
            label = before.rfind(":")
            if label >= 0:
                # "[07:02:10] المراسل: المسؤول أوضح أن": the label before the colon is who
                # speaks the line, not the subject of its verb
                svo_start += label + 1
                before = before[label + 1 :]
            apposed = re.search(r"[،,]\s*(?:وهو|وهي)\s+(?P<name>[^،,]{3,40}?)\s*[،,]", before)
            if apposed:
                # "أما الوزير الفرنسي، وهو جان نويل بارو، فأكد ...": the name in apposition,
                # with the role of the noun it names
                candidate = s.mention(
                    svo_start + apposed.start("name"), svo_start + apposed.end("name"), "ar"
                )
                head = s.mention(svo_start, svo_start + apposed.start(), "ar")
                if candidate.person:
                    subject = replace(
                        candidate,
                        roles=candidate.roles or head.roles,
                        country=candidate.country or head.country,
                    )
            clitic = re.match(r"\s*[وف](?=ال)", before)  # "فالبيان يقول إن"
            if clitic:
                svo_start += clitic.end()
                before = before[clitic.end() :]
            aside = re.search(
                r"[،,]\s*(?:من\s+جهت|من\s+ناحيت|بدور)(?:ه|ها|هم|هما)\s*[،,]?\s*$", before
            )
            if aside:
                # "مكتب بنيامين نتنياهو، من جهته، يؤكد": "for its part" ends the subject
                svo_end = svo_start + aside.start()
                before = before[: aside.start()]
                new_speaker = True
            topic = re.match(r"\s*و?اما\s+", before)  # "أما مكتب رئيس الوزراء ... فذكر"
            if topic:
                svo_start += topic.end()
                before = before[topic.end() :]
            floor = scan
            adverbial = _AR_ADVERBIAL.match(before)
            if adverbial:
                # "وبشأن حماية الدروز، تقول إن", "وحين سألناها عن ...، أجابت بأن": the phrase
                # before the comma says when or about what, and names no subject
                svo_start += adverbial.end()
                floor = svo_start
                before = before[adverbial.end() :]
            relative = re.match(r"([^،,]+)[،,]\s*(?:الذي|التي|الذين)\s[^.]*[،,]\s*$", before)
            if relative:
                # "كان المبعوث توم باراك، الذي أدار الجولات الثلاث، قد قال": the relative
                # clause is about the subject, not part of it
                svo_end = svo_start + relative.end(1)
                before = relative.group(1)
            earlier = re.search(
                r"(?<!\w)[وف]?(?:سبق|يسبق)\s+(?P<who>ل\S+(?:\s+\S+){0,6}?)\s+ان\s*$",
                s.folded[scan : verb.start()],
            )
            if subject.empty and earlier:
                # "وسبق للرئيس X أن أوضح أن": "X had made clear before", X speaks
                candidate = s.mention(scan + earlier.start("who"), scan + earlier.end("who"), "ar")
                if candidate.informative:
                    subject = candidate
            spoken_in = re.match(
                r"\s*[وف]*(?:في|خلال)\s+(?:مقابله|حديث|حوار|تصريحات?|لقاء|كلمه|اتصال|موتمر)\S*\s",
                before,
            )  # "ففي مقابلة مع صحيفة «X» وصف": where he spoke, not who
            # (a topic, "أما X فقال", is a whole noun phrase with its titles and places)
            longest = 12 if topic else 7
            if (
                subject.empty
                and before.strip()
                and len(before.split()) <= longest
                and not spoken_in
            ):
                candidate = s.mention(svo_start, svo_end, "ar")
                if candidate.informative:
                    subject = candidate
            elif (
                subject.empty
                and before.strip()
                and len(before.split()) <= 10
                and not re.search(r"[،,]", before)
                and not spoken_in
            ):
                # "وكان مندوب كينيا الدائم لدى الأمم المتحدة موسى كاماو قد أكد": a long title
                # that ends with a full name is still the subject
                candidate = s.mention(svo_start, svo_end, "ar")
                if (
                    candidate.roles
                    and len(candidate.person) >= 2
                    and _person_like(candidate)
                    and before.split()[-1] == fold(candidate.person[-1])
                ):
                    subject = candidate
            if subject.empty and not spoken_in:
                # "البيان الثلاثي الذي وزعته وزارة الخارجية مساء الثلاثاء أكد أن": a statement
                # and its issuer, longer than a subject may run
                issued = _statement_with_issuer(s, svo_start, svo_end)
                if issued is not None:
                    subject = issued
            # "أما مكتب X فاختار ...، إذ قال": a topic ends before its "ف"
            topic_of = re.match(r"\s*و?اما\s+(.+?)\s+ف\S", s.folded[floor : verb.start()])
            limit = floor + topic_of.end(1) if topic_of else verb.start()
            if subject.empty and not new_speaker:
                # "غير أن مسؤولاً سورياً قطع الطريق على الفكرة، فقال ...": the clause's subject
                introduced = _role_pattern("ar").search(s.folded, floor, verb.start())
                if introduced and introduced.start() < limit:
                    candidate = s.mention(
                        introduced.start(),
                        _role_phrase_end(
                            s.folded,
                            introduced.start(),
                            _mention_end(s.folded, introduced.start(), limit),
                        ),
                        "ar",
                    )
                    candidate = _role_in_narration(s, introduced.start(), candidate)
                    if candidate.informative and _person_like(candidate):
                        subject = candidate
            explains = re.search(r"[،,]\s*(?:اذ|حيث)\s+$", s.folded[floor : verb.start()])
            if subject.empty and explains:
                # "حرص مكتب رئيس الوزراء على إبراز ...، إذ قال في بيان إن": the clause explains
                # the sentence's own; its verb's subject, right after that verb, speaks
                lead = re.match(
                    r"\s*(?:[^\s،,.]+\s+[^\s،,.]+\s*[،,]\s*)?[وف]?[^\s،,.«»\"]+\s+",
                    s.folded[floor:],
                )
                if lead:
                    at = floor + lead.end()
                    introduced = _role_pattern("ar").match(s.folded, at, verb.start())
                    if introduced and at < limit:
                        candidate = s.mention(
                            at,
                            _role_phrase_end(s.folded, at, _mention_end(s.folded, at, limit)),
                            "ar",
                        )
                        candidate = _role_in_narration(s, at, candidate)
                        if candidate.informative:
                            subject = candidate
            if subject.empty and not new_speaker and not spoken_in:
                # "وكانت القناة 12 قد سبقت الإعلان بساعات، إذ ذكرت أن ...": the outlet the
                # clause is about
                outlet = _outlet_before(s, floor, verb.start())
                if outlet is not None:
                    subject = outlet
        clause_end = _skip_medium(s, subject_end, se, p)
        aside = re.match(r"\s*[،,]", s.folded[clause_end:se])
        when = aside and AR_TIME_ADVERBIAL.match(s.folded, clause_end + aside.end(), se)
        if when and re.match(r"\s*[،,]", s.folded[when.end() : se]):
            clause_end = when.end()  # "أعلنت الوكالة، مساء الثلاثاء، أن": when, then what
        content = _content_after(s, clause_end, p, arabic=True)
        bare_countries = subject.country and not (subject.roles or subject.person or subject.outlet)
        if content and bare_countries:
            # "أعلنت الولايات المتحدة وإسرائيل وسوريا، في بيان ثلاثي نشرته الخارجية الأمريكية، أن":
            # the statement speaks, as its issuer
            between = s.text[s.o(subject_end) : content[0][0]]
            issued = _issued_within(between, start=s.base + s.o(subject_end), language="ar")
            if issued is not None:
                subject = issued
        if content and subject.roles[:1] == ("statement",) and subject.issuer is None:
            # "وأكد البيان الذي وزعته وزارة الخارجية أن": the statement and, in the relative
            # clause after it, who issued it (the subject stopped at "الذي")
            at = subject.start - s.base
            issued = _issued_within(s.text[at : content[0][0]], start=subject.start, language="ar")
            if issued is not None and issued.issuer is not None:
                subject = issued
        subject = _with_medium_country(subject, s.text[s.o(subject_end) : s.o(clause_end) + 40])
        if re.search(
            r"(?<!\w)(?:ل|لقناه|لوكاله|لصحيفه|وكاله|قناه|صحيفه|جريده|موقع|اذاعه|تلفزيون)", medium
        ):
            # "في تصريح لقناة «الإخبارية السورية»، أكد مصدر حكومي", "نقلت سانا عن مصدر"
            subject = _with_medium_country(subject, medium)
        if content:
            # "أفادت الوكالة، نقلاً عن مصدر حكومي، بأن ...": the agency relays the source's words
            relay = re.search(
                r"(?<!\w)(?:نقلا عن|نقلا ل|بحسب|وفقا ل|استنادا الي)\s*",
                s.folded[subject_end : s.f(content[0][0])],
            )
            if relay:
                a = subject_end + relay.end()
                relayed = s.mention(a, _mention_end(s.folded, a, s.f(content[0][0])), "ar")
                relays = subject.empty or subject.outlet or _outlet_noun(subject)
                if (
                    relays
                    and (relayed.informative or relayed.anaphoric)
                    and not _cited_group(relayed)
                ):
                    subject = _with_medium_country(relayed, subject.surface)
        nested = _ar_relayed_speaker(s, s.f(content[0][0])) if content else None
        if nested is not None and content is not None and len(content) == 1:
            # "وقالت الصحيفة إن مسؤولاً أوغندياً أبلغها أن A": the official speaks A
            inner, inner_at = nested
            return [
                *found,
                _Found([(s.o(inner_at), content[0][1])], inner, (s.o(verb.start()), s.o(inner_at))),
            ]
        seen_in = re.match(r"\s*في\s+[^«\"“،,.:؛]{2,60}?(?=[«\"“])", s.folded[clause_end:se])
        if seen_in and re.fullmatch(r"(?:راي|رات|راوا|يري|تري|يرون)", name):
            # "ورأى المسؤول في المبادرة «فرصة تاريخية»، مؤكداً أن B": what the speaker sees in
            # something, in marks, is their words (with what the clause after it reports)
            at = s.o(clause_end + seen_in.end())
            marked = [q for q in s.quotes if abs(q[0] - at) <= 2]
            if marked and (not content or marked[0][1] <= content[0][0]):
                content = [marked[0], *(content or [])]
        if (
            content
            and not (subject.informative or subject.empty or subject.anaphoric)
            and re.fullmatch(r"(?:وصف|وصفت|وصفوا|يصف|تصف|يصفون)", name)
            and re.fullmatch(r"\s*ال\S+(?:\s+ال\S+)?\s*", s.folded[pos:subject_end])
            and re.match(r"\s*ب", s.folded[subject_end:se])
        ):
            # "ووصف المبادرة بأنها «A»": after a verb of describing, a definite noun that is no
            # speaker is the thing described, and the one who describes it goes on, unnamed
            subject = Mention(s.base + s.o(pos), s.base + s.o(pos), "", "ar", empty=True)
            marked = [q for q in s.quotes if abs(q[0] - content[0][0]) <= 2]
            if marked:
                content = [marked[0]]  # "بأنها «فرصة» لدفع الحوار": the words in the marks
        answered = _ar_answered_speaker(s, content[0]) if content and len(content) == 1 else None
        if answered is not None and content and (subject.informative or subject.anaphoric):
            # "وقال المسؤول إن «A»، في رد على مسؤول سوري كان قد أبلغ رويترز بأن B": B is the
            # other official's, told before, and the words up to the comma the speaker's
            other, own_end, other_at = answered
            return [
                *found,
                _Found([(content[0][0], own_end)], subject, (s.o(verb.start()), s.o(clause_end))),
                _Found([(other_at, content[0][1])], other, (s.o(verb.start()), s.o(clause_end))),
            ]
        if (
            content
            and not (subject.informative or subject.empty or subject.anaphoric)
            and _AR_BARE_HEAD.fullmatch(s.folded[pos:subject_end].strip())
            and not _outlet_noun(subject)
        ):
            # "وأضافت الهيئة أن A": a bare definite noun may point back at a body named before
            # by it ("هيئة الإذاعة الكينية"); resolving it says whether one was
            subject = replace(subject, anaphoric=True)
        recalled = _ar_nested_report(s, content, p) if content and len(content) == 1 else None
        if recalled is not None:
            # "وذكّرت الصحيفة بأن مكتب X كان قد أعلن أن A": A is the office's, told before
            return [*found, *recalled]
        if content and (subject.informative or subject.empty or subject.anaphoric or new_speaker):
            found.append(
                _Found(
                    content,
                    subject,
                    (s.o(verb.start()), s.o(clause_end)),
                    new_speaker,
                    feminine=name in lexicon().ar_feminine_verbs,
                )
            )
            return found
        verb = p.ar_verb.search(s.folded, verb.end(), se)
    return found or _arabic_colon_then_marks(s, scan)


# "ثم عاد الوزير X في منتدى Y ليضع النقاط على الحروف: «A»": a clause whose verb has a person
# after it, then a colon that opens words in marks running to the sentence's end (folded)
# (the clause opens with "و", "ف" or "ثم" on its verb, as narration does; a headline's
# "أهالي القرية يترقبون الجولة: «A»" does not)
_AR_VERB_THEN_WHO = re.compile(r"\s*(?:ثم\s+|[وف](?:قد\s+)?(?=\S{3}))[^\s،,.:«»\"]{3,}\s+(?=\S)")


def _ar_nested_report(s: _Sentence, content: list[Span], p: _Patterns) -> list[_Found] | None:
    """The words a reporting clause gives may open with a reporting clause of their own in the
    pluperfect, its subject first ("وذكّرت الصحيفة بأن مكتب X كان قد أعلن أن A"): A is that
    subject's, said before, and the outer speaker only recalls it. (An account in the plain past,
    "أوضح المصدر أن الوفد أكد أن A", stays the outer speaker's: it tells what happened.)"""
    cf = s.f(content[0][0])
    verb = p.ar_verb.search(s.folded, cf, min(s.f(s.end), cf + 80))
    if verb is None or verb.group("clitic") or verb.group("purpose"):
        return None
    if not p.ar_particle.match(s.folded, verb.end() + 1):
        return None  # only "أعلن أن": a verb with its own "that" right after it
    inner = re.fullmatch(
        r"\s*(?P<who>[^،,.:؛\"«“]{3,60}?)\s+(?:كان|كانت|كانوا)\s+قد\s+",
        s.folded[cf : verb.start()],
    )
    if inner is None:
        return None
    who = s.mention(cf + inner.start("who"), cf + inner.end("who"), "ar")
    if not who.informative or who.empty:
        return None
    clause = copy.copy(s)
    clause.start = content[0][0]
    found = _arabic(clause, p)
    if len(found) != 1 or not found[0].subject.informative:
        return None
    return found


# a subject and the verb it governs before an aside on who relayed it ("كان مسؤول رفيع يأمل، وفق
# ما نقله موقع X، أن A"), the verb any verb of hoping or thinking, perhaps after an opening
# phrase ("بين الجولتين، ") (folded text)
_AR_HELD_BEFORE_ASIDE = re.compile(
    r"(?:[^،,.:؛\"«“]{0,40}[،,])?\s*(?:[وف]?(?:كان|كانت|كانوا)\s+)?(?P<who>[^،,.:؛\"«“]{3,60}?)\s+[يت]\S{2,}\s*[،,]?\s*"
)


# "نشر المحلل X ما قال إنها مسودة A": a verb, its subject, then "what he said was" and the words
# (folded text)
_AR_WHAT_HE_SAID_IT_WAS = re.compile(
    r"\s*(?:[وف]?(?:قد|لقد)\s+)?[وف]?\S{3,}\s+(?P<who>[^،,.:؛]{3,80}?)\s+"
    r"ما\s+(?:قال|قالت|قالوا)\s+(?:انه|انها|انهم)\s+"
)


def _arabic_what_he_said_it_was(s: _Sentence) -> list[_Found]:
    """ "فقد نشر المحلل X ما قال إنها مسودة A": the subject of the verb says the thing it
    published or showed is A ("what he said was A"); the words after إنها are his."""
    sf, se = s.f(s.start), s.f(s.end)
    found = _AR_WHAT_HE_SAID_IT_WAS.match(s.folded, sf, se)
    if found is None or found.end() >= se:
        return []
    who = s.mention(found.start("who"), found.end("who"), "ar")
    if not who.informative:
        return []
    return [_Found([(s.o(found.end()), s.end)], who, (s.o(found.start("who")), s.o(found.end())))]


def _arabic_colon_then_marks(s: _Sentence, scan: int) -> list[_Found]:
    """A narrated clause with a person as its subject, then a colon and words in marks that end
    the sentence: the marks hold that person's words (the colon introduces speech)."""
    sf, se = s.f(s.start), s.f(s.end)
    colon = s.folded.find(":", scan, se)
    if colon < 0 or not s.quotes:
        return []
    quote = s.quotes[-1]
    opens = re.match(r":\s*[«\"“]", s.folded[colon:se])
    if (
        not opens
        or abs(s.f(quote[0]) - (colon + opens.end())) > 1
        or s.o(se) - quote[1] > 3
        or len(s.quotes) > 1
        or re.search(r"[«»\"“”]", s.folded[sf:colon])
    ):
        return []
    lead = _AR_VERB_THEN_WHO.match(s.folded, scan, colon)
    if lead is None:
        return []
    who_end = _role_phrase_end(s.folded, lead.end(), _mention_end(s.folded, lead.end(), colon))
    subject = s.mention(lead.end(), who_end, "ar")
    if not (subject.informative and _person_like(subject)) or subject.outlet:
        return []
    return [_Found([quote], subject, (s.o(lead.start()), s.o(colon + 1)))]


_AR_HAD_TOLD = re.compile(
    r"[،,]\s*(?P<lead>[^،,.«»\"“”]{0,40}?(?<!\w)(?:علي|الي|مع))\s+(?P<who>\S+(?:\s+\S+){0,3}?)\s+(?:كان|كانت|كانوا)\s+قد\s+"
    r"(?:ابلغ|قال|صرح|اكد|افاد|ذكر)\S*(?:\s+[^\s،,.]+){0,2}?\s+ب?(?:ان|انه|انها)\s+"
)


def _ar_answered_speaker(s: _Sentence, span: Span) -> tuple[Mention, int, int] | None:
    """Words that end with a reply to someone who "had told" something ("«A»، في رد على مسؤول
    سوري كان قد أبلغ رويترز بأن B"): that someone, where the first words end and where B starts
    (paragraph offsets)."""
    a, b = s.f(span[0]), s.f(span[1])
    told = _AR_HAD_TOLD.search(s.folded, a, b)
    if told is None:
        return None
    who = s.mention(told.start("who"), told.end("who"), "ar")
    if not (who.roles or who.person) or who.anaphoric or not _person_like(who):
        return None
    return who, s.o(told.start()), s.o(told.end())


def _ar_relayed_speaker(s: _Sentence, fpos: int) -> tuple[Mention, int] | None:
    """Reported words that open with who told them to the one reporting ("مسؤولاً أوغندياً
    أبلغها أن A", "مسؤولين سوريين أبلغوه أن A"): that speaker, and where A starts (folded).
    Only a person, a role or an outlet relays words; a country alone does not."""
    se = s.f(s.end)
    for word in itertools.islice(re.finditer(r"[^\s،,.:«»\"“”]+", s.folded[fpos:se]), 1, 8):
        # (only a verb that says the relayer was told: "أبلغها", "أبلغوه", "أخبرني"; "قال إن
        # الوفد شدد على أن A" stays the first speaker's report)
        told = re.fullmatch(r"(?:ابلغ|اخبر|افاد)(?:ت|وا|و)?(?:ه|ها|هم|ني|نا)", word.group())
        if told is None:
            continue
        particle = re.match(
            r"\s+(?:\S+\s+){0,2}?(?:ب?ان|انه|انها)\s+", s.folded[fpos + word.end() : se]
        )
        before = s.folded[fpos : fpos + word.start()]
        if particle is None or re.search(r"[،,.:«»\"“”]", before):
            return None
        aux = re.search(r"\s+(?:كان|كانت|كانوا)\s+قد\s*$", before)
        who = s.mention(fpos, fpos + (aux.start() if aux else len(before.rstrip())), "ar")
        if not (who.roles or who.person or who.outlet) or who.anaphoric:
            return None
        return who, fpos + word.end() + particle.end()
    return None


def _outlet_before(s: _Sentence, start: int, end: int) -> Mention | None:
    """The first outlet named in folded s.folded[start:end], as a mention."""
    lex = lexicon()
    best: tuple[int, int, str] | None = None
    for outlet in lex.outlets:
        for form in [a.removeprefix("ال") for a in outlet.ar]:
            hit = _outlet_pattern(form, "ar").search(s.folded, start, end)
            if hit and (best is None or hit.start() < best[0]):
                best = (hit.start(), hit.end(), outlet.key)
    if best is None:
        return None
    a, b = s.o(best[0]), s.o(best[1])
    return Mention(s.base + a, s.base + b, s.text[a:b], "ar", outlet=best[2])


def _with_medium_country(subject: Mention, medium: str) -> Mention:
    """An unnamed official or source speaking to a national outlet ("a government source told
    SANA") is of that outlet's country."""
    if subject.country or not set(subject.roles) & ANONYMOUS_ROLES:
        return subject
    named = lexicon().outlets_in(medium)
    country = next((o.country for o in named if o.country), None)
    if not named:
        # "told Syrian state television": a national medium that is not a named outlet (while
        # "وكالة الصحافة الفرنسية", AFP, is a named international one: its source is no French)
        lex = lexicon()
        nouns = lex.outlet_nouns_ar if subject.language == "ar" else lex.outlet_nouns_en
        forms = _words([n.casefold() for n in nouns])
        noun = (
            # "لقناة «الإخبارية السورية»": in Arabic the adjective follows the noun
            re.search(rf"(?<!\w)(?:ل|ال)?(?:{forms})((?:\s+\S+){{1,3}})", fold(medium))
            if subject.language == "ar"
            else re.search(rf"((?:\S+\s+){{1,3}})(?:ال)?(?:{forms})(?!\w)", fold(medium))
        )
        if noun is not None:
            phrase = parse_mention(
                noun.group(1).strip(' «»"“”'), start=0, end=0, language=subject.language
            )
            country = phrase.country
    return replace(subject, country=country) if country else subject


# the pluperfect's subject, between "كان" and "قد", right before its verb: "وكان براك قد وصف"
_AR_PLUPERFECT_SUBJECT = re.compile(
    r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?P<who>[^\s،,.:؛\"«“](?:[^،,.:؛\"«“]{0,58}?[^\s،,.:؛\"«“])?)"
    r"\s+قد\s+"
)

# particles a verb may follow that make it no relative clause's: negation, "قد", "إلا"
_AR_PARTICLES = frozenset(
    {"لم", "لن", "لا", "ما", "قد", "ان", "الا", "اذ", "ثم", "كما", "حتي", "لكن"}
)


# "to say", "to describe", "to stress", "to announce" after a verb of going or returning:
# "خرج الوزير ليقول", "عاد باراك ليصف الجولة بأنها"
_AR_TO_SAY = re.compile(r"(?:ي|ت)(?:قول|صف|صفه|صفها|وكد|علن)")


def _verb_then_named_subject(s: _Sentence, verb: re.Match[str]) -> bool:
    """After the verb, a person (by name or title) and, within a few words, "أن"/"إن"."""
    se = s.f(s.end)
    particle = _patterns().ar_particle.search(s.folded, verb.end(), min(se, verb.end() + 80))
    if particle is None:
        return False
    end = _subject_end(s, verb.end(), particle.start(), _patterns())
    who = s.mention(verb.end(), end, "ar")
    return bool(who.person or (who.roles and set(who.roles) & _NAMED_ROLES))


_AR_CHOSE_TO = re.compile(
    r"\s*[وف]?[^\s،,.«»\"]+\s+(?P<who>[^،,.«»\"]+?)(?:\s*[،,][^.«»\"]*[،,])?\s+(?:علي\s+)?ان\s*"
)


def _ar_chose_subject(s: _Sentence, scan: int, verb: re.Match[str]) -> Mention | None:
    """ "آثر مكتب الرئيس، في بيان، أن يشدد على أن A", "حرص الوزير على أن يؤكد أن A": the "أن"
    of a verb of choosing or caring, then the reporting verb it governs, in the subjunctive;
    that first verb's subject (right after it) speaks. A phrase before a comma may open the
    sentence ("وعلى الضفة الأخرى، آثر ...")."""
    if verb.group("clitic") or not re.match(r"[يت]", verb.group("verb")):
        return None
    starts = [scan] + [m.end() for m in re.finditer(r"[،,]", s.folded[scan : verb.start()])]
    for start in starts:
        at = start if start == scan else scan + start
        chose = _AR_CHOSE_TO.fullmatch(s.folded, at, verb.start())
        if chose:
            candidate = s.mention(chose.start("who"), chose.end("who"), "ar")
            if candidate.informative:
                return candidate
    return None


def _owner_before(s: _Sentence) -> Mention | None:
    """The speaker a statement noun's pronoun suffix points back at ("بيانه"): the last role
    phrase of the paragraph before this sentence, when it is an institution or a person."""
    phrases = list(_role_pattern("ar").finditer(s.folded, 0, s.f(s.start)))
    if not phrases:
        return None
    m = s.mention(phrases[-1].start(), phrases[-1].end(), "ar")
    return m if m.roles and not m.anaphoric and not set(m.roles) & ANONYMOUS_ROLES else None


def _verb_position(s: _Sentence, verb: re.Match[str], scan: int) -> bool:
    """A reporting verb opens its clause (وقال, "، قال", the sentence's first word) or follows
    its subject (المسؤول قال); elsewhere the same letters are usually a noun (على ذكر)."""
    if verb.group("verb") in ("نص", "نصت") and not re.match(
        r"(?:\s+\S+){0,4}?\s+علي\s", s.folded[verb.end() :]
    ):
        return False  # "نص" reports only as "نص على" (stipulated); else it is "the text"
    if _PUBLISHES.fullmatch(verb.group("verb")):
        # "نشر على حسابه في منصة إكس أن A" reports; "نشر قوات على الحدود" deploys troops,
        # and "نشرت بياناً: A", "نشر ما قال إنها A" are the statement's and the verb's
        that = re.match(r"[^.،,:«»\"]{0,80}?(?<!\w)(?:ب?ان|انه|انها)(?!\w)", s.folded[verb.end() :])
        if that is None or re.search(r"(?<!\w)(?:(?:ال)?بيان|ما)(?!\w)|بيانا", that.group()):
            return False
    if verb.group("clitic") or verb.start() <= scan + 1:
        return True
    before = s.folded[scan : verb.start()].rstrip()
    if (
        not before
        or before[-1] in "،,:;"
        or re.search(
            r"(?<!\w)(?:كما|هذا|ثم|قد|وقد|فقد|حتي|عندما|بينما|فيما|حين|بعدما|اذ|حيث|الذي|التي"
            # "بعد أن أعلن بيان مشترك أن": after the statement said; "غير أنه قال": he said
            r"|(?:بعد|قبل|منذ) ان|(?:غير|الا) ان(?:ه|ها|هم)|لكن(?:ه|ها|هم)"
            # "سبق أن قال الوزير إن", "وكان قد سبق له أن صرّح": he had said before
            r"|[وف]?سبق (?:(?:له|لها|لهم) )?ان"
            # "وهو يؤكد أن", "وهي ترى أن": the pronoun of the speaker just quoted, then the verb
            r"|[وف](?:هو|هي))$",
            before,
        )
    ):
        return True
    if (
        verb.group("purpose")
        and _AR_TO_SAY.fullmatch(verb.group("verb"))
        and 0 < len(before.split()) <= 10
        and "،" not in before
    ):
        # "ثم عاد باراك في كانون الثاني ليصف الجولة بأنها": "to describe", after the verb and
        # the subject it completes (the purpose rule finds that subject)
        return True
    if re.fullmatch(r"وصف(?:ت)?(?:ه|ها)", verb.group("verb")) and re.search(r"\w$", before):
        return True  # "في لقاء وصفته الخارجية بأنه «A»": a relative clause about the noun before
    if re.search(r"(?<!\w)ان$", before) and _ar_chose_subject(s, scan, verb) is not None:
        return True  # "آثر المكتب، في بيان، أن يشدد على أن": the verb the subject chose
    if _AR_TIME_ADVERB.fullmatch(before + " ") or AR_TIME_PHRASE.fullmatch(before):
        return True  # "يومها كتب توم باراك أن", "وفي أيلول الماضي زعمت": a time, then the verb
    if _AR_IN_TIME.fullmatch(before):
        return (
            True  # "وفي اليوم ذاته نقلت الوكالة عن", "وفي اليوم التالي كتب": a day, then the verb
        )
    # "بعد الجولة الأخيرة قال أوتينو إن": a time phrase with no comma, then the verb
    if re.fullmatch(r"\s*[وف]?(?:بعد|قبل|خلال|عقب|اثر|في ختام|في اعقاب)(?:\s+\S+){1,3}", before):
        return True
    if re.search(r"(?<!\w)(?:ماذا|لماذا|هل|كيف|متي)$", before):
        return False  # "ماذا قالت المصادر عن ...": a question, not a report
    words = before.split()
    if words and words[-1] in ("علي", "في", "من", "عن", "الي", "مع", "حول", "بعد", "قبل"):
        return False  # "على ذكر": a preposition's noun, not a verb
    if (
        words
        and not words[-1].startswith("ال")
        # (a noun, not a particle: "ولم تذكر الوكالة ...", "وعلى ذكر الرئيس أن")
        and re.sub(r"^[وف]", "", words[-1]) not in _AR_GOVERNED | _AR_PARTICLES
        and _verb_then_named_subject(s, verb)
    ):
        # "في لقاء قال باراك حينها إنه", "سبقه اجتماع كتب الوسيط X في أعقابه أن": a relative
        # clause of an indefinite noun, its verb, its named subject, then "that"
        return True
    clitic = re.match(r"\s*[وف](?=ال)", s.folded[scan : verb.start()])  # "فالبيان يقول"
    start = scan + (clitic.end() if clitic else 0)
    contrast = re.match(
        r"\s*(?:غير|الا|بيد|بل)\s+ان\s+|\s*و?لكن\s+", s.folded[start : verb.start()]
    )
    if not contrast:
        # the clause after the last comma is read as a sentence of its own: "لم يرد فيه أي
        # تعهد، بل إن المسؤول نفسه قال إن" (a contrast opens it), "في باريس، الوزير قال إن"
        comma = max(before.rfind("،"), before.rfind(","))
        if comma >= 0:
            start = scan + comma + 1
            contrast = re.match(r"\s*(?:(?:غير|الا|بيد|بل)\s+ان|و?لكن)\s+", s.folded[start:])
            words = s.folded[start : verb.start()].split()
    if contrast:
        # "غير أن الصحيفة ترى أن A": the subject after the contrast, a noun that points back
        subject = s.mention(start + contrast.end(), verb.start(), "ar")
        return 0 < len(words) <= 8 and (subject.informative or subject.anaphoric)
    if 8 < len(words) <= 14 and _statement_with_issuer(s, start, verb.start()) is not None:
        return True  # "البيان الثلاثي الذي وزعته وزارة الخارجية مساء الثلاثاء أكد أن"
    said = _AR_BY_SAYING.search(s.folded, start, verb.start()) or _patterns().ar_verb.search(
        s.folded, start, verb.start()
    )
    if said and re.search(r"(?<!\w)ب?(?:ان|انه|انها)(?!\w)", s.folded[said.start() : verb.start()]):
        return False  # "اكتفى المكتب بالقول إن كينيا شددت على": a verb inside the words reported
    # (a subject with its title: "الخبير في الشؤون السورية الدكتور أمير زوهار حذّر")
    return 0 < len(words) <= 8 and s.mention(start, verb.start(), "ar").informative


def _statement_with_issuer(s: _Sentence, fa: int, fb: int) -> Mention | None:
    """The statement the folded span names, with the issuer its relative clause names
    ("البيان الثلاثي الذي وزعته وزارة الخارجية مساء الثلاثاء"); None for anything else."""
    a, b = s.o(fa), s.o(fb)
    first = fa + len(s.folded[fa:fb]) - len(s.folded[fa:fb].lstrip())
    # (on the span alone: its noun may follow a clitic, "فالبيان")
    if not _patterns().statement_noun["ar"].match(s.folded[first:fb]):
        return None
    issued = _issued_within(s.text[a:b], start=s.base + a, language="ar")
    if issued is None or issued.issuer is None or issued.issuer.anaphoric:
        return None
    return issued


def _mention_end(folded: str, start: int, end: int) -> int:
    pos = start
    while True:
        stop = re.search(
            r"[،,:;\"«“]|(?<!\.\w)(?<!\s\w)\.(?=\s|$)|(?<!\w)(?:ف?ان|انه|انها|فان)(?!\w)"
            r"|(?<=\S)\s+(?=(?:علي|خلال|عقب|بعد|قبل|مساء|صباح|يوم|امس|on|at|after)\s)",
            folded[pos:end],
        )
        if stop is None:
            return end
        at = pos + stop.start()
        named = _AR_QUOTED_NAME.match(folded, at, end)
        if named is None or not re.search(rf"(?<!\w)(?:{_AR_OUTLET_NOUNS})\s*$", folded[start:at]):
            return at
        pos = named.end()  # "بحسب موقع «أكسيوس»، A": the outlet's name in its marks


# a short name in quotation marks ("«هآرتس»", '"الوطن"'), folded text
_AR_QUOTED_NAME = re.compile(r"[\"«“][^\"«»“”\s]+(?:\s[^\"«»“”\s]+){0,3}[\"»”]")
_AR_OUTLET_NOUNS = "صحيفه|جريده|موقع|وكاله|قناه|اذاعه|مجله|تلفزيون|شبكه|هيئه البث|افتتاحيه"


# a phrase of time or topic that opens the sentence, up to its comma: "وبشأن ...،", "وحين ...،"
_AR_ADVERBIAL = re.compile(
    r"\s*[وف]?(?:بشان|حول|عن|وعن|فيما يخص|فيما يتعلق|في ما يتعلق|بخصوص|ردا علي|حين|عندما|"
    r"لدي|لما|وحين|بعد|قبل|خلال|امام|في معرض)\s.*[،,]\s*$"
)
_AR_TIME_ADVERB = re.compile(
    r"\s*[وف]?(?:يومها|يومذاك|حينها|حينذاك|انذاك|وقتها|عندها|امس|اليوم|لاحقا|مجددا|بدوره|بدورها)\s+"
)
# "وفي اليوم ذاته", "في مساء اليوم نفسه", "وفي اليوم التالي": a time after "في" that opens the
# sentence before its reporting verb (the time an anaphor, "the same day", or the next)
_AR_IN_TIME = re.compile(
    r"\s*[وف]?في\s+(?:"
    + AR_TIME_ADVERBIAL.pattern
    + r"|(?:اليوم|الليله|الصباح|المساء|الاسبوع|الشهر|العام)\s+(?:التالي|التاليه|السابق|السابقه))\s*"
)
# a factbox line's bold lead and its aside: "- **Name, title**, on 3 May, in Kisumu: A" (its
# opening marks may be stripped already)
_BOLD_LEAD = re.compile(
    r"(?:[-*•]\s+)?(?:\*\*|__)?(?P<label>[^*_:\"“”]{3,80}?)(?:(?:\*\*|__)\s*"
    r"(?:,(?P<aside>[^:\"“”]{3,200}?))?:"  # (or none: "- **SANA**: A")
    r"|(?P<inside>:(?:\*\*|__)))\s*(?=\S)"  # (or the colon inside the bold: "- **Name:** A")
)
# just before a name in marks: "لـ«", "لوكالة «", "لصحيفة «"
_AR_TO_NAMED = re.compile(
    r"(?<!\w)(?:لـ|ل|ل(?:صحيف|جريد|وكال|قنا|اذاع|إذاع|مجل)[ةه]|لموقع"
    # (or a name after the noun that names it: "على منصة «إكس»", "عبر حسابه على «تلغرام»")
    r"|[وبل]?(?:ال)?(?:منص[ةه]|منصات|حساب\w*|تطبيق|برنامج)(?:\s+(?:على|في))?)\s*[«\"“]$"
)
# "بالقول إن", "سارع إلى القول لرويترز إنه": by saying (to the outlet named)
_AR_BY_SAYING = re.compile(
    # (and "حرص على التأكيد أن": on stressing that)
    # ("واختتم البيان بالتأكيد على أن": by stressing that)
    # ("يحرص المكتب على التذكير بأن", "عاد الوزير إلى التأكيد أن")
    r"(?<!\w)(?:بالقول|الي\s+(?:القول|التاكيد|التشديد)"
    r"|علي\s+(?:التاكيد|التشديد|القول|التوضيح|التذكير)"
    r"|(?:بالتاكيد|بالتشديد)(?:\s+علي)?|بالاشاره\s+الي)"
    r"(?:\s+ل(?!ان)\S+(?:\s+(?!ان|انه|انها)\S+)?(?=\s+ان))?"
    r"\s*(?:(?:ب?ان|ب?انه|ب?انها)(?!\w)|:)?\s*"
)


_AR_OWN_WORDS = re.compile(
    r"\s*(?:مقال|حديث|كلمت|تصريح|تصريحات|بيان|رسالت|منشور|تغريدت|مقابلت|مداخلت|افتتاحيت|تقرير|خطاب)"
    r"(ه|ها|هم)\s*"
)


def _own_words_subject(s: _Sentence, a: int, b: int) -> Mention | None:
    """ "وختم مقاله بالقول": after the verb, his own article (folded s.folded[a:b]) and no
    subject: he, just named, speaks."""
    own = _AR_OWN_WORDS.fullmatch(s.folded, a, b)
    if own is None:
        return None
    return s.suffix_subject(a, own.group(1))


def _arabic_by_saying(s: _Sentence) -> list[_Found]:
    """ "اكتفى المتحدث بالقول إن A", "ردّ الوزير بالقول إن A", "البيان، الذي اكتفى بالقول إن A":
    whatever the verb, "by saying" reports A, said by the verb's subject."""
    sf, se = s.f(s.start), s.f(s.end)
    saying = _AR_BY_SAYING.search(s.folded, sf, se)
    if saying is None or saying.end() >= se:
        return []
    start = max(
        sf, s.folded.rfind("،", sf, saying.start()) + 1, s.folded.rfind(",", sf, saying.start()) + 1
    )
    clause_end = saying.start()
    clause = s.folded[start:clause_end]
    if not clause.strip() and start > sf:
        # "حرص الرئيس X، عقب لقائه ...، على التأكيد أن": the clause before the aside
        clause_end = max(s.folded.rfind("،", sf, start - 1), s.folded.rfind(",", sf, start - 1))
        start = max(
            sf, s.folded.rfind("،", sf, clause_end) + 1, s.folded.rfind(",", sf, clause_end) + 1
        )
        clause = s.folded[start:clause_end]
    when = list(re.finditer(r"(?<!\w)(?:حين|عندما|لما|بعدما|اذ|حيث|بينما|فيما)\s+", clause))
    if when:
        # "أكثر مما حصلنا عليه حين اكتفت «سانا» بالقول": the clause after the conjunction
        start += when[-1].end()
        clause = s.folded[start:clause_end]
    # "يومها اكتفت «سانا» بالقول": a time adverb before the verb is neither verb nor subject
    when_then = _AR_TIME_ADVERB.match(clause)
    if when_then:
        start += when_then.end()
        clause = s.folded[start:clause_end]
    contrast = re.match(r"\s*(?:و?لكن|غير\s+ان|الا\s+ان|بيد\s+ان)\s+", clause)
    if contrast:
        start += contrast.end()  # "لكن مسؤولاً سورياً سارع إلى القول": subject, then verb
        clause = s.folded[start:clause_end]
    particle = re.match(r"\s*(?:و|ف)?(?:كما|ثم|قد|لقد)\s+(?=\S+\s+\S)", clause)
    if particle:
        start += particle.end()  # "كما اكتفى المكتب بالقول": the particle is not the verb
        clause = s.folded[start:clause_end]
    verb = re.match(r"\s*(?:الذي|التي)?\s*\S+\s*", clause)  # the verb, whatever it is
    subject_at = start + (verb.end() if verb else 0)
    subject = s.mention(subject_at, clause_end, "ar")
    subject = _own_words_subject(s, subject_at, clause_end) or subject
    topic = re.match(r"\s*و?اما\s+(?P<who>.+?)\s+ف\S+\s*$", clause)
    if topic:
        # "أما المكتب فاكتفى بالقول": the topic is the subject, its verb follows with ف
        subject = s.mention(start + topic.start("who"), start + topic.end("who"), "ar")
    last = re.search(r"\s+\S+\s*$", clause)
    if contrast and last:
        before_verb = s.mention(start, start + last.start(), "ar")
        if before_verb.informative:
            subject = before_verb
    if re.match(r"\s*(?:الذي|التي)\s", clause) and start > sf:
        # "البيان المشترك، الذي اكتفى بالقول": the noun before the relative clause
        head = max(sf, s.folded.rfind("،", sf, start - 1) + 1)
        nouns = list(_patterns().statement_noun["ar"].finditer(s.folded, head, start - 1))
        nouns = nouns or list(_role_pattern("ar").finditer(s.folded, head, start - 1))
        subject = s.mention(nouns[-1].start() if nouns else head, start - 1, "ar")
    if (
        not subject.informative
        and not subject.anaphoric
        and re.fullmatch(r"\s*و\S+\s*", clause)
        and start > sf
        and (
            before := _AR_SUBJECT_FIRST_CLAUSE.fullmatch(
                s.folded, max(sf, s.folded.rfind("،", sf, start - 1) + 1), start - 1
            )
        )
    ):
        # "بل إن مكتب X لم يؤكد قيام اللجنة، واكتفى بالقول إن A": a verb joined by و to the
        # clause before shares its subject
        shared = s.mention(before.start("who"), before.end("who"), "ar")
        if shared.informative:
            subject = shared
    if not (subject.informative or subject.anaphoric or subject.empty):
        return []
    return [_Found([(s.o(saying.end()), s.end)], subject, (s.o(start), s.o(saying.end())))]


# a clause with its subject first, then a negated verb or a particle ("بل إن مكتب X لم يؤكد
# ...", "المكتب لم يعلق على ...") (folded text)
_AR_SUBJECT_FIRST_CLAUSE = re.compile(
    r"\s*(?:[وف]?(?:بل|لكن|غير|الا)\s+)?(?:ان\s+)?(?P<who>[^،,.:؛\"«“]{3,80}?)\s+"
    r"(?:لم|لا|لن|قد)\s+[^،,]*"
)


# "أبدى الوزير ثقته بأن A", "وأبدت تفاؤلها بأن A", "أبدى المسؤول قلقه من أن A": a speaker
# expresses a belief, worry or optimism, and the clause after أن is what they said (folded text)
_AR_EXPRESSED_BELIEF = re.compile(
    r"(?<!\w)(?P<verb>[وف]?(?:ابدي|ابدت|ابدوا|ابديا))\s+"
    r"(?P<who>[^،,.:؛\"«“]{0,70}?)\s*(?:[،,][^،,.:]{0,50}[،,]\s*)?"
    r"(?P<noun>ثقت|تفاول|قلق|خشيت|اقتناع|يقين)(?P<suffix>ه|ها|هم|هما)\s+"
    r"(?:ب|من\s+|في\s+)?(?:ان|انه|انها|انهم)(?!\w)\s*"
)


def _arabic_expressed_belief(s: _Sentence) -> list[_Found]:
    """ "أبدى ترامب ثقته بأن A": the one who expressed the belief speaks A; with no one named
    between ("وأبدى ثقته بأن A"), the speaker just named, by the noun's pronoun suffix."""
    sf, se = s.f(s.start), s.f(s.end)
    m = _AR_EXPRESSED_BELIEF.search(s.folded, sf, se)
    if m is None or m.end() >= se or any(a <= s.o(m.start()) < b for a, b in s.quotes):
        return []
    before = s.folded[sf : m.start()]
    if re.search(r"(?<!\w)(?:الذي|التي|الذين)\s*$", before):
        return []  # "القلق الذي أبدته ...": a relative clause about a noun, no words
    if m.group("who").strip():
        subject = s.mention(m.start("who"), m.end("who"), "ar")
        if not (subject.informative or subject.anaphoric):
            return []
    else:
        subject = s.suffix_subject(m.start("noun"), m.group("suffix"))
    return [
        _Found(
            [(s.o(m.end()), s.end)],
            subject,
            (s.o(m.start()), s.o(m.end())),
            feminine=m.group("verb").lstrip("وف") == "ابدت",
        )
    ]


_AR_PARTICIPLE = re.compile(
    r"[،,]\s*(?:مضيفا|مضيفه|مشيرا|مشيره|موكدا|موكده|لافتا|لافته|موضحا|موضحه|معتبرا|معتبره"
    r"|واصفا|واصفه|محذرا|محذره|منوها|منوهه|قايلا|قايله|مشددا|مشدده|مبينا|مبينه|متهما|متهمه)"
    r"(?:\s+\S+){0,3}?\s+(?:ب?ان|انه|انها|بانه|بانها|الي\s+ان)\s+"
    # "داعياً الحكومة إلى A", "داعيةً إياه إلى A": calling on someone to do A, in their words
    r"|[،,]\s*(?:داعيا|داعيه)(?:\s+\S+){0,3}?\s+الي\s+(?!ان\s)"
    # "متحدثاً عن ضرورة A": speaking of A, a noun phrase that gives what was said
    r"|[،,]\s*(?:متحدثا|متحدثه)\s+عن\s+(?=\S)"
)


# a sentence that opens with a time clause: "حين أعلنت الوزارة أن A، كان الوزير ...", "When the
# envoy posted that A, I confess ..." (folded text)
_TIME_CLAUSE = re.compile(
    r"\s*[وف]?(?:حين|حينما|عندما|لما|بعدما|بعد\s+ان|منذ\s+ان|ما\s+ان|when|once|as\s+soon\s+as)\s"
)


def _within_time_clause(s: _Sentence, item: _Found) -> _Found:
    """The item, its words ending at the first comma outside quotation marks when its reporting
    clause sits in a time clause that opens the sentence: what follows the comma is the main
    clause, the reporter's ("حين كتب باراك أن A، بدا الرجل كمن يعلن النصر")."""
    opening = _TIME_CLAUSE.match(s.folded, s.f(s.start))
    if not item.content or opening is None:
        return item
    between = s.folded[opening.end() : s.f(item.cue[0])]
    if len(between.split()) > 4 or re.search(r"[،,]", between):
        return item  # "وحين سألناها عن ...، أجابت بأن A": the main clause reports
    a, b = item.content[-1]
    if (
        len(item.content) > 1
        or item.cue[0] > a
        or any(q[0] < b and a < q[1] for q in s.quotes if q[0] <= a)
    ):
        return item  # (words in marks from their start, or the clause after them: theirs)
    for m in re.finditer(r"[،,]", s.text[a:b]):
        at = a + m.start()
        inside = [q for q in s.quotes if q[0] <= at < q[1]]
        if inside:
            # 'that he had sat down with "the Syrians in Paris," I confess': the comma that
            # closes the marks ends the words
            if s.text[at + 1 : inside[0][1] + 1].strip(" \"”’'»") == "":
                return replace(item, content=[(a, inside[0][1])])
            continue
        return replace(item, content=[(a, at)]) if at > a else item
    return item


def _asks_unquoted(s: _Sentence, found: list[_Found]) -> bool:
    """A sentence that is a question, its found words outside quotation marks: "وما هو جدول
    الأعمال بحسب الرواية السورية؟" asks what the account says; it reports nothing."""
    if not s.text[s.start : s.end].rstrip(" \"'»”)*_").endswith(("?", "؟")):
        return False
    return not any(
        any(qa <= a and b <= qb for qa, qb in s.quotes) for f in found for a, b in f.content
    )


def _with_participle_tail(s: _Sentence, found: list[_Found]) -> list[_Found]:
    """ "«A»، قال مسؤول للموقع ذاته، مضيفاً أن B": B, after the participle that ends the last
    reporting clause, is that clause's speaker's too."""
    last = found[-1]
    after = max([last.cue[1], *(b for _, b in last.content)])
    tail = _AR_PARTICIPLE.search(s.folded, s.f(after), s.f(s.end))
    if tail is None or s.o(tail.end()) >= s.end:
        return found
    if any(a < s.end and b > s.o(tail.start()) for f in found for a, b in f.content):
        return found  # (its words are some clause's already)
    return [*found[:-1], replace(last, content=[*last.content, (s.o(tail.end()), s.end)])]


def _arabic_participle(s: _Sentence, p: _Patterns) -> list[_Found]:
    """ "دافع الوزير عن القرار، معتبراً في بيان أن A": whatever the main verb, the participle
    after it reports A, said by the main verb's subject (a sentence that opens with its verb)."""
    sf, se = s.f(s.start), s.f(s.end)
    participle = _AR_PARTICIPLE.search(s.folded, sf, se)
    if participle is None or participle.end() >= se:
        return []
    # ("في المقابل، ركّز X على ...، متحدثاً عن": past a marker of a new speaker)
    marker = p.ar_marker.match(s.folded[sf:se])
    sf += marker.end() if marker else 0
    lead = _AR_TIME_ADVERB.match(s.folded, sf, participle.start())
    at = lead.end() if lead else sf
    comma = re.search(r"[،,]", s.folded[at : participle.start()])
    if comma and _AR_ADVERBIAL.match(s.folded[at : at + comma.end()]):
        at += comma.end()  # "وبعد أيام من الجولة، دافع X ...": past the opening adverbial
    # ("ولم يتوقف الوزير عند هذا الحد، إذ ...": the verb after its negation)
    verb = re.match(r"\s*(?:[وف]?(?:لم|لن|لا)\s+)?\S+\s*", s.folded[at : participle.start()])
    subject_at = at + (verb.end() if verb else 0)
    subject_end = _subject_end(s, subject_at, participle.start(), p)
    what = re.search(r"\S\s+(?:ما|مما)\s", s.folded[subject_at:subject_end])
    if what:
        subject_end = subject_at + what.start() + 1  # "وانتقد طريف ما سماه ...، داعيا": its object
    subject = s.mention(subject_at, subject_end, "ar")
    if not subject.informative:
        return []
    return [
        _Found(
            [(s.o(participle.end()), s.end)],
            subject,
            (s.o(participle.start()), s.o(participle.end())),
        )
    ]


# "بعد ساعات من إعلان وزارة الخارجية، في بيان مشترك، أن A": a reporting verb's noun, its
# subject in the genitive, then the words (folded text)
_AR_VERBAL_NOUN_REPORT = re.compile(
    r"(?<!\w)(?:[وبل]|لل)?(?:اعلان|تاكيد|تصريح|اعتبار|كشف|اشاره)\s+"
    r"(?P<who>(?!ال(?:يوم|امس)\b)[^،,.:؛\"«“]{3,70}?)\s*(?:[،,][^،,.]{0,50}[،,]\s*)?"
    r"(?:الي\s+)?(?:ب?ان|انه|انها|بانه|بانها)\s+"
)


# "أصدر مكتب X بياناً يرسم ما تريده إسرائيل: «A»": a statement issued, then its words after
# the colon (folded text)
_AR_ISSUED_THEN_COLON = re.compile(
    r"(?<!\w)[وف]?(?:اصدر|اصدرت|نشر|نشرت|وزع|وزعت)\s+(?P<who>[^،,.:؛\"«“]{3,60}?)\s+"
    r"(?:بيانا|البيان|بلاغا|تعميما)(?!\w)[^:.؛\"«“]{0,80}:\s*"
)


# "وكان مكتب X قد أصدر مساء الثلاثاء بياناً مقتضباً، أكد فيه أن A" / "أصدر مكتب X بياناً، قال
# فيه إن A": a statement issued, then what its issuer "said in it" (folded text)
# (and in the present, a live ticker's tense: "مكتب X يصدر بياناً يقول فيه إن A")
_AR_ISSUED = r"(?:اصدر|اصدرت|نشر|نشرت|وزع|وزعت|يصدر|تصدر|ينشر|تنشر|يوزع|توزع)"
_AR_ISSUED_WHEN = r"(?:(?:مساء|صباح|ظهر|فجر|ليله|يوم|امس|اليوم|الليله)\S*(?:\s+[^\s،,.]+)?\s+)?"
_AR_IN_IT = (
    r"(?:بيانا|بلاغا|تعميما)(?:\s+[^\s،,.:؛\"«“]+){0,2}\s*[،,]?\s*[وف]?"
    r"(?:(?:اكد|قال|ذكر|اوضح|اعلن|شدد|اشار)ت?|[يت](?:وكد|قول|ذكر|وضح|علن|شدد|شير))"
    r"\s+(?:فيه|فيها)\s+(?:الي\s+|علي\s+)?"
    r"(?:(?:ان|بان)(?!\w)\s*)?"
)
_AR_ISSUED_IN_IT = (
    re.compile(
        rf"\s*(?:[وف]?(?:كان|كانت)\s+)?(?P<who>[^،,.:؛\"«“]{{3,60}}?)\s+(?:قد\s+)?{_AR_ISSUED}"
        rf"\s+{_AR_ISSUED_WHEN}{_AR_IN_IT}"
    ),
    re.compile(
        rf"\s*[وف]?{_AR_ISSUED}\s+(?P<who>[^،,.:؛\"«“]{{3,60}}?)\s+{_AR_ISSUED_WHEN}{_AR_IN_IT}"
    ),
)


def _arabic_issued_in_it(s: _Sentence) -> list[_Found]:
    """ "كان مكتب X قد أصدر بياناً مقتضباً، أكد فيه أن A": the issuer says A (its statement's
    adjective is no name)."""
    sf, se = s.f(s.start), s.f(s.end)
    for pattern in _AR_ISSUED_IN_IT:
        m = pattern.match(s.folded, sf, se)
        if m is None or m.end() >= se:
            continue
        who = s.mention(m.start("who"), m.end("who"), "ar")
        if who.roles or who.outlet or who.country or len(who.person) >= 2:
            return [_Found([(s.o(m.end()), s.end)], who, (s.o(m.start()), s.o(m.end())))]
    return []


# "في البيان المشترك الذي وزعته الخارجية الأميركية، جاء أن A": the statement fronted, then
# "جاء / ورد أن" (folded text)
_AR_FRONTED_STATEMENT = re.compile(
    r"\s*[وف]?في\s+(?P<noun>(?:ال)?(?:بيان|بلاغ)[^،,.:؛\"«“]{0,140}?)\s*[،,]\s*"
    r"(?:جاء|ورد)\s+(?:فيه\s+)?(?:ان|بان)(?!\w)\s*"
)


def _arabic_fronted_statement(s: _Sentence) -> list[_Found]:
    """ "في البيان ... الذي وزعته X، جاء أن A": the statement speaks, as its issuer (or as the
    institution it is the statement of: "في بيان وزارة الخارجية، جاء أن")."""
    sf, se = s.f(s.start), s.f(s.end)
    m = _AR_FRONTED_STATEMENT.match(s.folded, sf, se)
    if m is None or m.end() >= se:
        return []
    a, b = s.o(m.start("noun")), s.o(m.end("noun"))
    who = _issued_within(s.text[a:b], start=s.base + a, language="ar") or s.mention(
        m.start("noun"), m.end("noun"), "ar"
    )
    if not (who.issuer is not None or who.roles[1:] or who.country or who.outlet):
        return []  # "في البيان، جاء أن": which statement is the resolver's, not this rule's
    return [_Found([(s.o(m.end()), s.end)], who, (s.o(m.start()), s.o(m.end())))]


def _arabic_named_clause(s: _Sentence, pattern: re.Pattern[str]) -> list[_Found]:
    """A reporting construction whose `pattern` names the speaker in its "who" group and ends
    where the words begin: "بعد ساعات من إعلان وزارة الخارجية، في بيان ثلاثي، أن A" (the
    noun of a reporting verb, `_AR_VERBAL_NOUN_REPORT`), "أصدر مكتب نتنياهو بياناً يرسم ما
    تريده إسرائيل: «A»" (a statement issued, then a colon, `_AR_ISSUED_THEN_COLON`). The
    speaker must name a role, an outlet, a country or a full name."""
    sf, se = s.f(s.start), s.f(s.end)
    m = pattern.search(s.folded, sf, se)
    if m is None or m.end() >= se or any(a <= s.o(m.start()) < b for a, b in s.quotes):
        return []
    subject = s.mention(m.start("who"), m.end("who"), "ar")
    if not (subject.roles or subject.outlet or subject.country or len(subject.person) >= 2):
        return []
    return [_Found([(s.o(m.end()), s.end)], subject, (s.o(m.start()), s.o(m.end())))]


# "عاجل | مصدر حكومي سوري: A", "مسؤول سوري لرويترز: A": a news-ticker head, then the words
_AR_LABEL_HEAD = re.compile(
    r"\s*(?:\**\s*(?:عاجل|خاص|تحديث|متابعه|[\d٠-٩]{1,2}[:.][\d٠-٩]{2})\s*\**\s*[|:\-–—]?\s*){0,2}"
    r"(?:\*\*)?[\"“«]?(?P<who>[^:|،,.؟?!«»\"“”*()]{3,60}?(?:[\"“«][^:|،,.؟?!«»\"“”]{2,30}[\"”»]"
    # (a word or two after the quoted name: 'موقع "واي نت" العبري: A')
    r"(?:\s+[^\s:|،,.؟?!«»\"“”*()]+){0,2})?)"
    # where or to whom, in brackets: "شيخ من السويداء (لموقعنا، طالباً عدم ذكر اسمه): A"
    r"[\"”»]?(?:\s*\((?P<note>[^()\n]{2,80})\))?"
    # where it was said, after a comma: "وزير الخارجية التركي هاكان فيدان، من باريس: A"
    r"(?:\s*[،,]\s*(?:من|في)\s+[^:|،,.؟?!«»\"“”*()\n]{2,30}?"
    # or a roundup's asides, before words in marks: "توم براك، المبعوث إلى سوريا، في مقابلة مع
    # صحيفة «جيروزاليم بوست»: «A»", "المحللة X، لـ«الساحل نت»: «A»"
    r"|(?P<aside>(?:\s*[،,]\s*[^:|،,.؟?!\n]{2,90}?){1,2})(?=\s*:\s*\**\s*[«\"“]))?"
    # (or a dash before the words in marks: "مكتب رئيس الوزراء – «A»", a roundup's line)
    r"\s*(?:\*\*\s*:|:\s*\*\*|:|\s[–—-]\s*(?=[«\"“]))\s*"
)
# a label headed by a leader's title, then a description or a place: "شيخ درزي من السويداء"
_AR_LEADER_HEAD = re.compile(
    r"\s*(?:[-–•]\s+)?(?:شيخ|زعيم|وجيه|احد\s+(?:وجهاء|شيوخ|زعماء))(?:\s+\S+)?\s+(?:من|في)\s"
)
# a Markdown key-facts item's bold label: "- **النتيجة:** A", "**Outcome**: A"
_BOLD_LABEL = re.compile(r"[\s*_•-]*\*\*[^*\n]{1,40}?(?::\s*\*\*|\*\*\s*:)\s*")


# "نشر", "تنشر": a verb of publishing, which reports only with a complementiser after it
_PUBLISHES = re.compile(r"[يت]?نشر(?:ت|وا)?")


def _reports_alone(verb: re.Match[str]) -> bool:
    """Whether a reporting verb found by `ar_verb` makes the words around it a reporting
    clause by itself: not a verb of publishing ("الخارجية تنشر بياناً: A" names who published
    the words below)."""
    return not _PUBLISHES.fullmatch(verb["verb"])


def _arabic_ticker(s: _Sentence, p: _Patterns, mentions: list[Mention]) -> list[_Found]:
    """ "عاجل | مصدر حكومي سوري: A", "بيان مشترك: A": a head naming a speaker (a role, an
    outlet or a statement, never a bare word: "الخلاصة: A" is the reporter's), a colon, and
    the speaker's words to the end of the sentence. A head with a verb is a reporting clause,
    and the other rules read it."""
    sf, se = s.f(s.start), s.f(s.end)
    head = _AR_LABEL_HEAD.match(s.folded, sf, se)
    if head is None or head.end() >= se:
        return []
    if any(_reports_alone(v) for v in p.ar_verb.finditer(head.group("who"))):
        return []
    a, b = head.start("who"), head.end("who")
    noun_first = (
        _role_pattern("ar").match(s.folded, a, b)
        or p.statement_noun["ar"].match(s.folded, a, b)
        # "شيخ من السويداء (لموقعنا): «A»": a roundup's label may be headed by a leader's title,
        # which running text reads only before a name
        or _AR_LEADER_HEAD.match(s.folded, a, b)
    )
    surname = s.folded[a:b].strip().removeprefix("ال")
    if noun_first is None and head.group("aside"):
        # "توم براك، المبعوث الأميركي إلى سوريا، ...: «A»": a full name, then its title
        named = s.mention(a, b, "ar")
        aside = s.folded[head.start("aside") : head.end("aside")]
        at = head.end("aside") - len(aside.lstrip(" \t،,"))  # past the comma that opens it
        title = _role_pattern("ar").match(s.folded, at, head.end("aside"))
        if len(named.person) >= 2 and not named.roles and title is not None:
            return [_Found([(s.o(head.end()), s.end)], named, (s.o(a), s.o(head.end())))]
    if noun_first is None and " " not in surname and surname in _surnames(mentions):
        # "حلبي: A" in an interview write-up: a person the report has named in full
        who = s.mention(a, b, "ar")
        return [_Found([(s.o(head.end()), s.end)], who, (s.o(a), s.o(head.end())))]
    relayed = re.fullmatch(r"\s*(?P<by>\S.{1,40}?)\s+عن\s+(?P<src>\S.{2,50})", s.folded[a:b])
    if noun_first is None and relayed:
        # "رويترز عن مسؤول سوري: A": the outlet relays the official's words
        by = s.mention(a + relayed.start("by"), a + relayed.end("by"), "ar")
        src = s.mention(a + relayed.start("src"), a + relayed.end("src"), "ar")
        if by.outlet and not by.roles and src.roles and src.informative:
            return [_Found([(s.o(head.end()), s.end)], src, (s.o(a), s.o(head.end())), relay=by)]
    inner = p.ar_verb.search(s.folded, head.end(), se)
    if (
        inner is not None
        and len(s.folded[head.end() : inner.start()].split()) <= 6
        and p.ar_particle.search(s.folded, inner.end(), min(se, inner.end() + 60))
    ):
        # "[07:02:10] المراسل: المسؤول أوضح أن A", "أكسيوس: مسؤول أمريكي قال إن A": the line
        # reports someone else's words, and the reporting clause in it says whose
        return []
    if noun_first is None and s.folded[a] not in "وف":
        who = s.mention(a, b, "ar")
        # (four words: 'موقع "واي نت" العبري')
        if who.outlet and not who.roles and len(s.folded[a:b].split()) <= 4:
            # "«أكسيوس»: A", "القناة 12 الإسرائيلية: A": an outlet speaking in its own name
            return [_Found([(s.o(head.end()), s.end)], who, (s.o(a), s.o(head.end())))]
    conjunction = s.folded[a] in "وف" and s.folded[a:b].split()[0] not in _role_words("ar")
    if noun_first is None or conjunction:
        # "وجاء في البيان: A", "تعليمات إلى المساعد: A": no head naming a speaker (وزير's و is
        # its own letter, no conjunction)
        return []
    issues = re.search(
        r"\s+[وف]?(?:ت|ي)?(?:نشر|صدر|اصدر|وزع)\S{0,2}\s+(?:بيانا|البيان|بلاغا)(?:\s+\S+){0,3}\s*$",
        s.folded[a:b],
    )
    if issues:
        b = a + issues.start()  # "الخارجية الأمريكية تنشر بياناً ثلاثياً: A": its issuer
    medium = p.ar_medium.search(s.folded, a, b)
    if medium is not None and medium.end() == b:
        b = medium.start()  # "مسؤول سوري لرويترز": the official, who spoke to Reuters
    who = s.mention(a, b, "ar")
    if not (who.roles or who.outlet or who.joint) or not who.informative:
        return []
    line_end = s.text.find("\n", s.o(head.end()), s.end)  # a ticker line ends its words
    end = line_end if line_end > 0 else s.end
    return [_Found([(s.o(head.end()), end)], who, (s.o(a), s.o(head.end())))]


# an aside set off by commas right after a verb, before its subject (folded text)
# ("كتب عقبه، في تدوينة ...، المبعوث أن": after an adverb with a pronoun, "after it")
# "في ختام الجولة", "في ختامها", "في تصريح لاحق" after a reporting verb (folded): one to three
# words after "في", none of them a preposition (not "في مقابلة مع قناة X", told to whom)
_AR_PLACE_AFTER_VERB = re.compile(
    r"\s+في\s+(?:(?!(?:مع|عن|الي|علي|من|لدي|امام|ان|بان|انه)\s)[^\s،,.:؛\"«“]+\s+){0,2}"
    r"(?!(?:مع|عن|الي|علي|من|لدي|امام|ان|بان|انه)\s)[^\s،,.:؛\"«“]+(?=\s)"
)
_AR_ASIDE_AFTER_VERB = re.compile(
    r"(?:\s+\S{2,}(?:ه|ها|هم))?\s*[،,]\s*[^،,.:؛]{3,140}?[،,]\s*(?=\S)"
)


# "أمام" / "لدى" after a subject's first word: before whom, or on what occasion, it was said (as
# its first word, "إمام" folds the same and is the speaker: "قال إمام المسجد")
_AR_BEFORE = re.compile(r"\S\s+(?:امام|لدي)(?!\w)")
_AR_TO_REPORTERS = re.compile(r"(?<!\w)لل(?:صحفيين|صحافيين|صحافه|اعلاميين|مراسلين)(?!\w)")


_AR_POSSESSED = re.compile(r"(?!ال)\w{2,}(?:ها|هم|هما|ه)")  # بلاده، حكومتها (not حكومة)
_AR_GOVERNED = frozenset({"علي", "عن", "في", "الي", "من", "مع", "تجاه", "ازاء"})


def _verbal_noun_object(s: _Sentence, pos: int, end: int) -> int:
    """Where a verbal noun's object phrase starts inside the would-be subject of a reporting
    verb with no complementiser: "أكد الوزير جان بارو التزامَ بلاده بـ..." (the minister's
    commitment is his words), "جدد المتحدث رفضه لأي ...". A noun with a possessive suffix
    marks it (a name never carries one): the noun before it ("التزام بلاده"), or itself
    after a definite role ("المتحدث رفضه لـ"; "وزير خارجيته" is still a title). `end` when
    none is found."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", s.folded[pos:end])]
    original = [
        re.sub(r"[\u064b-\u0652\u0640]", "", s.text[s.o(pos + a) : s.o(pos + b)]) for a, b in words
    ]

    def possessed(k: int) -> bool:
        return k < len(words) and _AR_POSSESSED.fullmatch(original[k]) is not None

    # (each word parsed once: the checks below ask of a word and of its neighbours)
    roles = [bool(s.mention(pos + a, pos + b, "ar").roles) for a, b in words]

    def role_word(k: int) -> bool:
        return roles[k]

    stop = function_words()

    def candidate(k: int) -> bool:
        word = s.folded[pos + words[k][0] : pos + words[k][1]]
        if word in stop or role_word(k):
            return False
        # an article, except in the verbal noun of form VIII (التزام, not the noun "الشرع")
        return not word.startswith("ال") or re.fullmatch(r"ا\wت\wا\w", word) is not None

    def own(k: int) -> bool:
        """A possessed verbal noun after a definite subject: "المتحدث رفضه لأي"."""
        if not (possessed(k) and candidate(k)):
            return False
        if original[k - 1].startswith("ال") or not role_word(k - 1):
            plain = original[k].endswith("ه") and not original[k].endswith(("ها", "هم", "هما"))
            ahead = re.match(r"\s*(\S*)", s.folded[pos + words[k][1] :])
            following = ahead.group(1) if ahead else ""  # past `end`: "تشديده على"
            governed = following in _AR_GOVERNED or following.startswith("ل")
            return not plain or governed  # "رفضه لأي", never the name "نبيه" alone
        return False

    for k in range(1, len(words)):
        construct = not original[k - 1].startswith("ال") and role_word(k - 1)  # وزير خارجية بلاده
        before_possessed = candidate(k) and possessed(k + 1) and not own(k + 1) and not construct
        if (own(k) or before_possessed) and s.mention(pos, pos + words[k][0], "ar").informative:
            return pos + words[k][0]
    return end


def _subject_end(s: _Sentence, pos: int, se: int, p: _Patterns) -> int:
    """Where the subject after a reporting verb ends."""
    text = s.folded
    limit = se
    candidates = []
    # "فأكد بحسب البيان": an "according to" phrase is no part of the subject
    for pattern in (
        p.ar_particle,
        p.ar_tail,
        p.ar_in_statement,
        p.ar_medium,
        p.ar_according,
        p.ar_own_words,
    ):
        m = pattern.search(text, pos, limit)
        if m:
            candidates.append(m.start())
    punct = re.search(r"[،,:\"«“]", text[pos:limit])
    named = _AR_QUOTED_NAME.match(text, pos + punct.start(), limit) if punct else None
    if (
        punct
        and named
        # (or after its description: "وكالة الأنباء الكينية الرسمية «كنا»")
        and re.fullmatch(
            rf"\s*(?:(?:{_AR_OUTLET_NOUNS})(?:\s+\S+){{0,4}}\s+)?", text[pos : pos + punct.start()]
        )
    ):
        # "ذكرت «يديعوت أحرونوت» أن", "قالت صحيفة «هآرتس» إن": a name in quotation marks is
        # the subject, not the words
        punct = re.search(r"[،,:\"«“]", text[named.end() : limit])
        punct_at = named.end() + punct.start() if punct else None
    else:
        punct_at = pos + punct.start() if punct else None
    if punct_at is not None:
        candidates.append(punct_at)
    told = re.search(r"\s+لـ?\s*[\"«“]", text[pos:limit])  # 'هالة منصور لـ"الشام الجديد"'
    reporters = _AR_TO_REPORTERS.search(text, pos, limit)  # "وقال المبعوث للصحافيين أمام ..."
    if reporters:
        candidates.append(reporters.start())
    if told:
        candidates.append(pos + told.start())
    this = re.search(r"\S\s+(?:ذلك|هذا|هذه|تلك|هذين|هاتين)\s", text[pos:limit])
    if this:
        candidates.append(pos + this.start() + 1)  # "ووصف موقع «X» ذلك الاجتماع بأنه": its object
    itself = re.search(r"(?<!\w)(?:نفسه|نفسها|ذاته|ذاتها|عينه|عينها)(?!\w)", text[pos:limit])
    if itself:
        candidates.append(pos + itself.end())  # "واتهم المسؤول نفسه كينيا": its object follows
    described = re.match(r"\s*(?P<head>ال\S+)\s+(?P<object>ال\S+[^ي\s]ه)(?=\s|$)", text[pos:limit])
    if (
        described
        and not described.group("head").endswith("ه")
        and described.group("head") in _ar_role_forms()
        and described.group("object") not in _ar_role_forms()
    ):
        # "ويصف المسؤول المبادرة الأمريكية بأنها": after a masculine role, a feminine noun (no
        # nisba adjective agreeing with it) is the verb's object
        candidates.append(pos + described.start("object") - 1)
    owned = re.search(r"(?<=\S)\s+(?!ال)[^\s\d،,:]{2,}(?:ها|هم|هما)(?!\w)", text[pos:limit])
    if owned:
        candidates.append(pos + owned.start())  # "وختمت القناة 12 تقريرها بالقول": its object
    end = min(candidates) if candidates else limit
    cut = p.ar_cut.search(text, pos, end)
    named_after = cut is not None and re.match(
        # "الباحث في الشؤون السورية سامر الحلبي", "الباحثة في معهد الشرق للدراسات هالة
        # منصور": a field or an institute, then the name (never "في المكتب البيضاوي في 16 تموز")
        r"في\s+(?:(?:ال\S+|معهد|مركز|جامعه|كليه|قسم|للدراسات|للابحاث)\s+){1,4}"
        # ("الباحث في الشؤون السورية في مركز بيروت للدراسات الإقليمية وليد شمس الدين": the
        # field, then the institute by its own name)
        r"(?:في\s+(?:معهد|مركز|جامعه|كليه|قسم)\s+(?:\S+\s+){0,4}?)?"
        # (a preposition is a whole word: "فيصل" is a name)
        r"(?!(?:ال\S*|في|من|علي|الي|عن|مع|لل\S*)(?:\s|$))[^\d\s]+(?:\s+[^\d\s]+){0,2}\s*$",
        text[cut.start() : end],
    )
    if (
        cut is not None
        and not named_after
        and re.search(r"(?<!\w)(?:ال)?مقيم(?:ه|ون|ين)?\s+$", text[pos : cut.start()])
    ):
        # "الكاتب السوري المقيم في باريس عمر الحسيني": where he lives, then his name
        named_after = re.match(r"في\s+\S+(?:\s+[^\d\s]+){1,3}\s*$", text[cut.start() : end])
    while (
        cut is not None
        and (member := _ar_member_of().match(text, cut.start(), end))
        and set(s.mention(pos, cut.start(), "ar").roles[:1]) & ANONYMOUS_ROLES
    ):
        # "مسؤول رفيع في إدارة الرئيس الكيني": the body an official belongs to is part of who
        # (not "قال للصحفيين في المكتب البيضاوي", where he said it)
        cut = p.ar_cut.search(text, member.end(), end)
    if cut and cut.start() >= pos and not named_after:
        end = cut.start()  # "أعلن خلال منتدى ...": the subject stops before the adjunct
    audience = _AR_BEFORE.search(text, pos, end)
    if audience:
        end = audience.start() + 1  # "قال الرئيس X أمام وفد من الصحفيين": to whom, not who
    elif (
        (before := re.match(r"\s*(?:امام|لدي)(?!\w)", text[pos:end]))
        and not s.text[s.o(pos) : s.o(pos + before.end())].strip().startswith("إ")
        and not re.match(r"\s+(?:ال)?(?:مسجد|جامع)", text[pos + before.end() : end])
    ):
        # "وقال أمام البرلمان إن": to whom; the subject is the one just named (never "قال إمام
        # المسجد", whose first word folds the same)
        end = pos
    if not p.ar_particle.search(text, pos, se):
        end = _verbal_noun_object(s, pos, end)
    words = text[pos:end].split()
    if len(words) > 12:
        return pos
    return end


@lru_cache(maxsize=1)
def _ar_member_of() -> re.Pattern[str]:
    """ "في وزارة الخارجية", "في الحكومة", "في إدارة": an institution after "في" (the lexicon's
    institution roles, and "إدارة", an administration)."""
    forms = {
        fold(form)
        for r in lexicon().roles
        if r.key in INSTITUTION_ROLES and r.key != "statement"
        for form in r.ar
    } | {"اداره", "الاداره"}
    return re.compile(rf"في\s+(?:{_words(sorted(forms, key=len, reverse=True))})(?!\w)")


@lru_cache(maxsize=1)
def _ar_role_forms() -> frozenset[str]:
    """The lexicon's Arabic role words, folded ("المسؤول", "المصدر", "الوزير" ...)."""
    return frozenset(fold(form) for r in lexicon().roles for form in r.ar)


def _skip_medium(s: _Sentence, pos: int, se: int, p: _Patterns) -> int:
    """Past "لوكالة رويترز", "في بيان", "قائلا" and the like, to where the speech starts."""
    text = s.folded
    for _ in range(4):
        stripped = re.match(r"\s*", text[pos:se]).end()  # type: ignore[union-attr]
        at = pos + stripped
        moved = False
        for pattern in (p.ar_medium, p.ar_in_statement, p.ar_tail):
            m = pattern.match(text, at, se)
            if m:
                pos = m.end()
                # the outlet's name after its noun: لوكالة رويترز (not "لوكالة رويترز بأن")
                name = re.match(
                    r"\s*[^\s،,:\"«“]+(?:\s+(?!ان|انه|انها|بان(?:ه|ها)?(?!\w))[^\s،,:\"«“]+)?",
                    text[pos:se],
                )
                if (
                    pattern is p.ar_medium
                    and name
                    and not p.ar_particle.match(text, pos + name.start() + 1)
                ):
                    nxt = pos + name.end()
                    if not p.ar_particle.match(
                        text,
                        pos + len(re.match(r"\s*", text[pos:]).group()),  # type: ignore[union-attr]
                    ):  # type: ignore[union-attr]
                        pos = nxt if _outlet_like(text[pos:nxt]) else pos
                moved = True
                break
        if not moved:
            break
    return pos


def _outlet_like(words: str) -> bool:
    lex = lexicon()
    w = words.strip()
    return (
        any(w.endswith(a) or a.endswith(w) for o in lex.outlets for a in o.ar)
        or len(w.split()) <= 2
    )


_EN_OWNER = r"(?P<who>his|her|their|(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?(?:'s|’s))"
# "In his words, A", "In the official's view, A" (folded text: lowercase)
_EN_IN_WORDS = re.compile(
    rf"in\s+{_EN_OWNER}\s+(?:own\s+)?(?:words|view|opinion|assessment|estimation|telling|reading|"
    r"judgment|judgement|analysis)\s*,\s*"
    # "In his account, A", "By her own reckoning, A": the one just quoted goes on ("In that
    # official's account, the prime minister attached one condition: A" tells another's words)
    r"|(?:in|by)\s+(?P<pronoun>his|her|their)\s+(?:own\s+)?(?:account|reckoning)\s*,\s*"
)
# "The posts, in her view, were A": an aside after the clause's subject (folded text)
_EN_IN_VIEW_ASIDE = re.compile(
    r",\s*in\s+(?P<pronoun>his|her|their)\s+(?:own\s+)?(?:words|view|opinion|assessment"
    r"|estimation|reading|judgment|judgement)\s*,\s*"
)
# "As the envoy sees it, A", "As Otieno put it, A" (folded text)
_EN_AS_SEES = re.compile(
    r"as\s+(?P<who>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?)\s+(?:sees|saw|see|puts|put|reads|read)"
    r"\s+it\s*,\s*"
)
# "His account was that A", "The envoy's view is that A"
_EN_VIEW_WAS = re.compile(
    rf"{_EN_OWNER}\s+(?:account|view|assessment|argument|position|message|verdict|conclusion|line|"
    r"point|take|reading|answer|reply|response|explanation)\s+(?:was|is|remained|remains)\s+that\s+"
)


# "a Syrian official's remark that A", "Netanyahu's insistence that A" (folded text)
_EN_NOMINAL_SPEECH = re.compile(
    r"(?P<who>(?:(?:a|an|the)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?)(?:'s|’s)\s+"
    r"(?:remark|comment|claim|assertion|warning|insistence|argument|suggestion|promise|pledge|"
    r"contention|complaint|admission|prediction)s?\s+that\s+"
)


# "The joint statement describes ...", "The State Department's joint statement, issued on
# Tuesday, spoke of ..." (folded text): a statement's verbs of content, at the sentence start
_EN_STATEMENT_DESCRIBES = re.compile(
    r"\s*(?P<who>(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:statement|readout|communique|declaration)"
    r"(?:\s+of\s+[\w ]{3,30}?)?)(?:\s*,[^,;]{3,120},)?\s+(?:also\s+)?"
    r"(?:describes|described|spoke\s+of|speaks\s+of|talks\s+about|talked\s+about|refers\s+to|"
    r"referred\s+to|calls\s+for|called\s+for|mentions|mentioned|promises|promised|"
    r"commits\s+\w+\s+to|committed\s+\w+\s+to)\s+"
)
_EN_TOOK_TO_SAY = re.compile(
    r"\s(?:used|uses|took\s+to|takes\s+to|went\s+on|turned\s+to)\s[^.;]{0,60}?\bto\s+"
    r"(?:announce|say|declare|write|post|state|confirm|insist|warn|stress|argue|claim)\s+that\s+"
)
_EN_WITH_TELLING = re.compile(
    r"(?<!\w)with\s+(?P<who>[^,;:]{3,60}?)\s+(?:telling|saying|insisting|arguing|warning|noting|"
    r"stressing|adding)\s+(?:[\w.-]+\s+){0,2}?that\s+"
)
# 'Tom Barrack, US envoy: "A"' (original text, the whole head before the colon)
_EN_NAME_LABEL = re.compile(
    r"\s*(?:[-*•]\s*)?(?:\*\*|__)?(?P<who>[A-Z][\w'’.-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'’.-]+){1,3}"
    r"(?:\*\*|__)?,\s+(?P<role>[^,:\"“*_]{2,60}))(?:\*\*|__)?\s*"
)
# 'Tom Barrack, on X: "A"', '**Tom Barrack**, in a statement: "A"': where, not who
_EN_LABEL_WHERE = re.compile(
    r"(?:on|via|in)\s+(?:X|Twitter|Facebook|Telegram|Instagram|Truth Social|a\s+(?:statement|post"
    r"|tweet|video|interview|briefing))\s*",
    re.IGNORECASE,
)
# "Oyelaran's answer was careful:" (original text)
_EN_ANSWER_WAS = re.compile(
    r"\s*(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})(?:'s|’s)\s+"
    r"(?:answer|reply|response|verdict|message)\s+(?:was|is)\b"
)


def _statement_marks(s: _Sentence, language: str) -> list[_Found]:
    """'The joint statement released by the ministry commits both sides to a "liaison cell"',
    "تحدث البيان الثلاثي عن «صفحة جديدة»": short words in quotation marks, in a sentence that
    names a statement before them and reports no one, are quoted from that statement."""
    marks = [
        (a, b)
        for a, b in s.quotes
        # (not an outlet's name in its marks: "بحسب موقع «أكسيوس»")
        if not re.search(rf"(?:{_AR_OUTLET_NOUNS}|\bل)\s*[\"«“]?$", s.folded[: s.f(a)])
    ]
    if not marks or any(len(s.text[a:b].split()) >= _MIN_SPEECH_WORDS * 2 for a, b in marks):
        return []
    fa, first = s.f(s.start), s.f(marks[0][0])
    nouns = list(_patterns().statement_noun[language].finditer(s.folded, fa, first))
    if not nouns:
        return []
    at = nouns[-1].start()
    statement = _issued_within(
        s.text[s.o(at) : s.o(first)], start=s.base + s.o(at), language=language
    ) or s.mention(at, _mention_end(s.folded, at, first), language)
    if statement.roles[:1] != ("statement",) or not (
        statement.joint
        or statement.issuer
        or statement.roles[1:]
        or statement.country
        or statement.anaphoric  # "the statement": the one named before, resolved as a subject
    ):
        return []  # "a statement" names no one
    return [_Found(marks, statement, (s.o(at), s.o(nouns[-1].end())))]


def _english_statement_content(s: _Sentence) -> list[_Found]:
    """ "The joint statement, issued by the State Department, describes a cell for A": what a
    statement describes, speaks of or calls for is its own words (in the reporter's sentence,
    not in a speaker's turn, where it is the speaker's reading of the statement)."""
    sf, se = s.f(s.start), s.f(s.end)
    describes = _EN_STATEMENT_DESCRIBES.match(s.folded, sf, se)
    if describes is None or describes.end() >= se:
        return []
    statement = s.mention(describes.start("who"), describes.end("who"), "en")
    named = statement.joint or statement.issuer or statement.roles[1:] or statement.country
    if statement.roles[:1] != ("statement",) or not named:
        return []  # a bare "the statement" names no one
    return [
        _Found(
            [(s.o(describes.end()), s.end)],
            statement,
            (s.o(describes.start("who")), s.o(describes.end())),
        )
    ]


# "the envoy", "a senior Kenyan official", after a connective: up to four words after a
# determiner, each followed by a space
_EN_DETERMINED_PHRASE = re.compile(
    r"\s*(?:(?:but|and|yet|still)\s+)?(?P<np>(?:the|this|a|an)\s+(?P<words>(?:[\w'’-]+\s+){1,4}))",
    re.I,
)


def _english_nominal(s: _Sentence) -> list[_Found]:
    """Speech reported as a noun, when the sentence has no reporting clause: "pressed him on a
    Syrian official's remark that A" credits A to the official."""
    sf, se = s.f(s.start), s.f(s.end)
    for m in _EN_NOMINAL_SPEECH.finditer(s.folded, sf, se):
        words = m.group("who").split()
        original = s.text[s.o(m.start("who")) : s.o(m.end("who"))].split()
        # the owner: from the last article ("him on a Syrian official's"), else the capitalised
        # name before "'s" ("read out Netanyahu's")
        articles = [i for i, w in enumerate(words) if w in ("a", "an", "the")]
        first = articles[-1] if articles else len(words) - 1
        while not articles and first > 0 and original[first - 1][:1].isupper():
            first -= 1
        a = m.start("who") + len(" ".join(words[:first])) + (1 if first else 0)
        if not s.folded[sf:a].strip():
            continue  # "Netanyahu's insistence that A has not changed": where A ends is unclear
        owner = s.mention(a, m.end("who"), "en")
        if owner.informative or owner.anaphoric:
            return [_Found([(s.o(m.end()), s.end)], owner, (s.o(a), s.o(m.end())))]
    took = _EN_TOOK_TO_SAY.search(s.folded, sf, se)
    if took:
        # "Secretary of State Marco Rubio used his own X account to announce that A": the
        # subject of "used", after any opening phrase ("A week earlier, ...")
        start = max(sf, s.folded.rfind(",", sf, took.start()) + 1)
        user = s.mention(start, took.start(), "en")
        if user.informative or user.anaphoric:
            return [_Found([(s.o(took.end()), s.end)], user, (s.o(start), s.o(took.end())))]
    telling = _EN_WITH_TELLING.search(s.folded, sf, se)
    if telling:
        # "..., with deputy spokesman Grant Sorensen telling reporters that A"
        teller = s.mention(telling.start("who"), telling.end("who"), "en")
        if teller.informative or teller.anaphoric:
            return [
                _Found(
                    [(s.o(telling.end()), s.end)],
                    teller,
                    (s.o(telling.start()), s.o(telling.end())),
                )
            ]
    colon = re.search(r":\s*[\"“‘']", s.text[s.start : s.end])
    if colon and s.quotes and s.quotes[-1][0] - (s.start + colon.end()) <= 1:
        # 'Bennington opened her testimony with a guarded summary: "A"', 'He explained his
        # reasoning in one line: "A"': the sentence's subject says A
        head = s.text[s.start : s.start + colon.start()]
        named = _EN_NAMED_SUBJECT.match(head)
        # ('But he was very clear: "A"': after a connective)
        pronoun: re.Match[str] | None = re.match(
            r"\s*(?:(?:but|and|yet|still)\s+)?(he|she)\s", head, re.IGNORECASE
        )
        answer = _EN_ANSWER_WAS.match(head)
        # 'His words: "A"', 'In her words: "A"': the one just named
        owned = re.fullmatch(
            r"\s*(?:in\s+)?(his|her)\s+(?:own\s+)?(?:words|message|verdict|answer|reply)\s*",
            head,
            re.IGNORECASE,
        )
        pronoun = pronoun or owned
        label = _EN_NAME_LABEL.fullmatch(head)
        # 'The envoy was blunt: "A"': a speaker named before, now by role
        # (the phrase ends at the first of its first four words that is a role word)
        phrase = _EN_DETERMINED_PHRASE.match(head)
        role_word = (
            next(
                (
                    w
                    for w in re.finditer(r"[\w'’-]+", phrase.group("words"))
                    if _is_role_word(w.group().casefold())
                ),
                None,
            )
            if phrase
            else None
        )
        who: Mention | None = None
        if phrase and role_word and not label:
            a, b = s.start + phrase.start("np"), s.start + phrase.start("words") + role_word.end()
            role = s.mention(s.f(a), s.f(b), "en")
            if role.anaphoric or (role.country and role.roles and _person_like(role)):
                # (or a role with its country: 'The Kenyan minister was blunt: "A"')
                spoken = [q for q in s.quotes if q[0] >= s.start + colon.start()]
                return [_Found(spoken, role, (s.start, s.start + colon.end()))]
        if label:
            # 'Tom Barrack, US envoy: "A"': a signature before the words
            a, b = s.start + label.start("who"), s.start + label.end("who")
            signed = s.mention(s.f(a), s.f(b), "en")
            who = signed if signed.roles and signed.person else None
            if who is None and _EN_LABEL_WHERE.fullmatch(label.group("role")):
                alone = s.mention(s.f(a), s.f(a + len(label.group("who").split(",")[0])), "en")
                who = alone if len(alone.person) >= 2 else None
        elif named:
            a, b = s.start + named.start("name"), s.start + named.end("name")
            who = s.mention(s.f(a), s.f(b), "en")
        elif answer:
            a, b = s.start + answer.start("who"), s.start + answer.end("who")
            who = s.mention(s.f(a), s.f(b), "en")
        elif pronoun:
            a = s.start + pronoun.start(1)
            said = {"his": "he", "her": "she"}.get(pronoun.group(1).casefold(), pronoun.group(1))
            who = Mention(s.base + a, s.base + a + 2, said.casefold(), "en", empty=True)
        if who is not None and (who.empty or (who.informative and _person_like(who))):
            spoken = [q for q in s.quotes if q[0] >= s.start + colon.start()]
            return [_Found(spoken, who, (s.start, s.start + colon.end()))]
    return []


# '- **[02:15]** Hannah sets the scene: "A"', 'Peter on the July meeting: "A"', 'Peter: "A"': a
# podcast's or a feature's label, by the first or last name of a person named in full before;
# a script's 'KHOURY: "A"' in capitals, by the surname of a person named so in a cue line
_EN_SHORT_NAME_LABEL = re.compile(
    r"\s*(?:[-*•]\s*)?(?:\*\*|__)?\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:\*\*|__)?\s*)?"
    r"(?:(?P<name>[A-Z][a-z'’-]+)(?:\s+(?:on|about)\s+[^:\"“]{2,60}|(?:\s+[a-z][a-z'’-]*){1,5})?"
    r"|(?P<capitals>[A-Z][A-Z'’-]+))"
    r"\s*(?:\*\*|__)?\s*"
)


def _english_short_name_label(s: _Sentence, full_names: dict[str, tuple[str, ...]]) -> list[_Found]:
    """A head of one name and a colon before a quotation, the name the given name or the
    surname of exactly one person the report names in full (`full_names`): their words."""
    colon = re.search(r":\s*[\"“‘']", s.text[s.start : s.end])
    if colon is None or not s.quotes or s.quotes[0][0] - (s.start + colon.end()) > 1:
        return []
    head = _EN_SHORT_NAME_LABEL.fullmatch(s.text, s.start, s.start + colon.start())
    group = "name" if head is not None and head.group("name") else "capitals"
    if head is None or head.group(group) not in full_names:
        return []
    a, b = s.start + head.start(group), s.start + head.end(group)
    who = Mention(s.base + a, s.base + b, head.group(group), "en")
    who = replace(who, person=full_names[head.group(group)])
    spoken = [q for q in s.quotes if q[0] >= s.start + colon.start()]
    return [_Found(spoken, who, (a, s.start + colon.end()))]


# a time stamp that opens a podcast's or a live blog's item: "**[31:00]**", "[06:40:12]"
_EN_LEADING_STAMP = re.compile(r"[\s*_]*\[?\d{1,2}:\d{2}(?::\d{2})?\](?:\*\*|__)?\s*")


# a person's full name in an English report (original text): two or three capitalised words,
# or, in a script's or a transcript's cue line, in capitals ("[SOT — DR. MAYA SALEH, ANALYST]")
_EN_FULL_NAME = re.compile(
    r"(?<![\w'’-])[A-Z][a-z'’-]+(?:\s+(?:(?:al|el|bin|ben|de|van|von)[- ])?[A-Z][a-z'’-]+){1,2}"
    r"(?![\w'’-])"
    r"|(?<![\w'’-])[A-Z][A-Z'’-]+(?:[ \t]+(?:(?:AL|EL|BIN|BEN|DE|VAN|VON)[- ])?[A-Z][A-Z'’-]+){1,2}"
    r"(?![\w'’-])"
)


def english_full_names(text: str) -> dict[str, tuple[str, ...]]:
    """The people an English report names in full, by given name and by surname, for a later
    "Hannah:" or "Yusuf says": {"Hannah": ("Hannah", "Coles"), "Coles": (...)}. A name two
    people share, or that is also a place, a role or an institution, maps to no one. A name
    written in capitals is found by its surname in capitals, for a script's "KHOURY:" label:
    {"KHOURY": ("Nadia", "Khoury")}."""
    found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in _EN_FULL_NAME.finditer(text):
        capitals = m.group().isupper()
        name = m.group().title() if capitals else m.group()
        parsed = parse_mention(name, start=m.start(), end=m.end(), language="en")
        if len(parsed.person) < 2 or parsed.roles or parsed.country or parsed.outlet:
            continue
        if len(parsed.person) != len(m.group().split()):
            continue  # "Key Moments Hannah": not all of it is a name
        if capitals:
            found[parsed.person[-1].upper()].add(parsed.person)
            continue
        for word in (parsed.person[0], parsed.person[-1]):
            found[word].add(parsed.person)
    return {w: next(iter(p)) for w, p in found.items() if len(p) == 1}


_EN_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])|\n+")
_EN_IN_MARKS = re.compile(r"[\"“][^\"“”\n]*[\"”]")
_EN_HONORIFIC = re.compile(r"(?<!\w)(?P<title>Mr|Mrs|Ms|Miss)\.?\s+(?P<name>[A-Z][a-z'’-]+)")
_EN_GENDERED_PRONOUN = re.compile(
    # "her" after a verb of telling or asking is someone else: "Kamau told her that"
    r"(?<!\w)(?:(?P<m>he|his|himself)|(?P<f>she|hers|herself)"
    r"|(?<!told )(?<!asked )(?<!pressed )(?<!thanked )(?<!met )(?P<her>her))(?!\w)",
    re.IGNORECASE,
)


def english_genders(text: str, full_names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """The grammatical gender an English report gives the people it names in full, by
    surname ("m" or "f"), for "he said" and "she said": from a title (Mr, Ms, Mrs, Miss) or
    from a sentence that names one of them, and no one else before, then says "he"/"his" or
    "she"/"her" outside quotation marks. A person with evidence both ways has none."""
    seen: dict[str, set[str]] = defaultdict(set)
    for m in _EN_HONORIFIC.finditer(text):
        person = full_names.get(m.group("name"))
        if person is not None:
            seen[person[-1]].add("m" if m.group("title") == "Mr" else "f")
    for sentence in _EN_SENTENCE_END.split(text):
        narration = _EN_IN_MARKS.sub(" ", sentence)
        named = [
            (w.start(), full_names[w.group()])
            for w in re.finditer(r"[A-Z][a-z'’-]+", narration)
            if w.group() in full_names
        ]
        if not named:
            continue
        for pronoun in _EN_GENDERED_PRONOUN.finditer(narration, named[0][0]):
            before = {person for at, person in named if at < pronoun.start()}
            if len(before) == 1:
                seen[next(iter(before))[-1]].add("m" if pronoun.group("m") else "f")
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def _gender_agrees(m: Mention, pronoun: str, genders: dict[str, str]) -> bool:
    """Whether "he" or "she" (`pronoun`) may stand for `m`: unless the report has given the
    person named the other gender (`genders`, from english_genders)."""
    gender = "m" if pronoun.lower() == "he" else "f"
    return not m.person or genders.get(m.person[-1], gender) == gender


# "Axios, which first reported that A, said B", "a government source, who says A": a noun
# phrase and a relative clause that reports its words (folded text)
_EN_RELATIVE_SPEECH = re.compile(
    r",\s+(?:which|who)\s+(?:(?:first|later|also|has|had|earlier)\s+){0,2}"
    r"(?:(?:said|says|told\s+[\w.'’-]+(?:\s+[\w.'’-]+)?)\s+(?:that\s+)?"
    # (other verbs report words only with "that": "which first reported the names" does not)
    r"|(?:reported|reports|added|adds|argued|argues|insisted|insists|warned|warns|noted|notes|"
    r"confirmed|confirms)\s+that\s+)"
)
_EN_NP_START = re.compile(r"(?<!\w)(?:the|a|an)\s+")


def _english_relative_speech(s: _Sentence) -> list[_Found]:
    """Speech reported in a relative clause, credited to the noun phrase it hangs on: the
    phrase runs back to its determiner (or its capitalised words), the speech to the clause's
    comma or the sentence's end."""
    sf, se = s.f(s.start), s.f(s.end)
    found = []
    for rel in _EN_RELATIVE_SPEECH.finditer(s.folded, sf, se):
        before = s.folded[max(sf, rel.start() - 60) : rel.start()]
        starts = list(_EN_NP_START.finditer(before))
        if starts:
            a = rel.start() - len(before) + starts[-1].start()
        else:
            words = re.search(r"(?:[\w.'’-]+\s+){0,3}[\w.'’-]+$", before)
            if words is None:
                continue
            a = rel.start() - len(before) + words.start()
        who = s.mention(a, rel.start(), "en")
        if not who.informative:
            continue
        # a relative clause on the sentence's subject (or on "according to X") interrupts it,
        # and its speech ends at the next comma ("Axios, which reported that A, said B"); on a
        # phrase later in the sentence it ends the sentence ("a statement released by the
        # State Department, which said the cell would handle A, B and C")
        opening = s.folded[sf:a].strip(" \"“'‘*_-")
        interrupts = not opening or re.search(r"(?:^|,\s*)according(?:\s+to)?$", opening)
        comma = s.folded.find(",", rel.end(), se)
        end = comma if comma > 0 and interrupts else se
        if len(s.folded[rel.end() : end].split()) < 3:
            continue
        found.append(_Found([(s.o(rel.end()), s.o(end))], who, (s.o(a), s.o(rel.end()))))
    return found


# "The official accused Kenya of stalling on the files": an accusation reports the speaker's
# claim, the gerund's clause, with no "that" (folded text). Only the sentence's own subject
# (a noun phrase or a pronoun, after an opening time) accuses: "the charge of stalling" or
# "accused of fraud" (no gerund) report no words.
_EN_ACCUSED = re.compile(
    r"\s+(?:(?:has|have|had|also|again|repeatedly|publicly|openly|then|later|earlier)\s+){0,3}"
    r"(?:accused|accuses)\s+(?:[\w.'’-]+\s+){1,5}?of\s+(?=[a-z'’-]+ing(?!\w))"
)
# where the accusation's clause ends: a coordinated verb that reports more, a clause, the end
_EN_ACCUSED_END = re.compile(
    r",\s+(?:and|but|while|which|who|saying|adding)\s|\s+(?:and|but)\s+(?:also\s+)?"
    r"(?P<said>said|says|added|adds|warned|warns|insisted|insists|argued|argues)"
    r"(?:\s+that)?\s+|[;:(\u2014]|\s[-\u2013]\s"
)


def _english_accusation(s: _Sentence) -> list[_Found]:
    """An accusation's claim ("X accused Y of A"), credited to the sentence's subject, and the
    words of a verb coordinated with it ("... of A and said B")."""
    sf, se = s.f(s.start), s.f(s.end)
    opening = _EN_OPENING.match(s.folded, sf)
    a = sf
    if opening is not None:
        comma = s.folded.find(",", sf, sf + 60)
        a = comma + 1 if comma > 0 else a
    verb = _EN_ACCUSED.search(s.folded, a, se)
    if verb is None or any(q[0] < s.o(verb.end()) for q in s.quotes_from(s.start)):
        return []
    subject_text = s.folded[a : verb.start()]
    if not subject_text.strip() or len(subject_text.split()) > 14:
        return []
    # "Peter Okello, the Kenyan envoy, accused": the name before its apposition
    b = a + subject_text.index(",") if "," in subject_text else verb.start()
    who = s.mention(a + len(subject_text) - len(subject_text.lstrip()), b, "en")
    if not (who.informative or who.empty):
        return []
    end = _EN_ACCUSED_END.search(s.folded, verb.end(), se)
    claim_end = end.start() if end is not None else se
    claim_end = len(s.folded[:claim_end].rstrip(' .,!?"”'))
    if len(s.folded[verb.end() : claim_end].split()) < 2:
        return []
    found = [_Found([(s.o(verb.end()), s.o(claim_end))], who, (s.o(a), s.o(verb.end())))]
    if end is not None and end.group("said"):
        said_end = len(s.folded[:se].rstrip(" .,!?"))
        if len(s.folded[end.end() : said_end].split()) >= 2:
            found.append(
                _Found([(s.o(end.end()), s.o(said_end))], who, (s.o(end.start()), s.o(end.end())))
            )
    return found


# "It was reported by Axios that", "it has been confirmed by the ministry that" (folded text)
_EN_PASSIVE_BY = re.compile(
    r"(?<!\w)(?:it|this)\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:reported|announced|said|stated|claimed|confirmed|disclosed|revealed)\s+by\s+"
    r"(?P<who>[^,;:\"“]{2,60}?)\s*,?\s+that\s+"
)

# 'The mood was described as "friendly" by a Ugandan official': the quoted words are the agent's
_EN_PASSIVE_NAMED_BY = re.compile(
    r"(?<!\w)(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:described|called|termed|dubbed|hailed)\s+(?:as\s+)?(?P<q>[\"“][^\"”]{1,80}[\"”])\s*,?"
    r"\s+by\s+(?P<who>[^,;:\"“.]{2,60}?)(?=\s*(?:[,.;]|$)|\s+(?:who|which|at|in|on|after)\s)"
)


# '"A," the statement read.': a written text "reads" its words (original text, the sentence's
# end)
_EN_STATEMENT_READ = re.compile(
    r"(?:,\s*[\"”’']|[\"”’']\s*,?)\s*(?P<who>(?:the|its|their|that|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|text|communiqu[eé]|readout|declaration|message|post|letter|release|note))"
    r"\s+(?:read|reads)\s*[.!]?\s*$",
    re.IGNORECASE,
)


# A quoted phrase that a speaker gives something as its name, and the words before it (folded
# text, anchored at the quotation mark): 'called the result "groundbreaking"', 'hailing it as
# "a turning point"', 'reached for the phrase "A"', "Barrack's description of the talks as "A""
_EN_LABELLING = re.compile(
    r"(?<!\w)(?:(?P<verb>called|calls|calling|hailed|hails|hailing|described|describes|describing"
    r"|termed|terming|dubbed|dubbing|branded|branding|labell?ed|labell?ing|praised|praising"
    r"|welcomed|welcoming)(?:\s+(?![\"“‘])[^,;:\"“”‘’()]{1,60}?)?\s+(?:as\s+)?"
    r"|(?P<chose>reached\s+for|reaching\s+for|used|using|chose|choosing|picked|borrowed)\s+"
    r"the\s+(?:phrase|word|term|expression|label)\s+"
    r"|(?P<noun>description|characteri[sz]ation|assessment)\s+of\s+[^,;:\"“”‘’()]{1,60}?\s+as\s+)"
    r"$"
)
_EN_ADVERBS_BEFORE = re.compile(
    r"(?:\s+(?:later|also|then|nonetheless|nevertheless|still|even|once|himself|herself|openly"
    r"|publicly|repeatedly|promptly|quickly|already|has|had|have))*\s*$"
)
_EN_WHO_BEFORE = re.compile(r",?\s+who\s*$")
_EN_POSSESSIVE_END = re.compile(r"['’]s?(?:\s+(?:later|own|earlier|first|initial))?\s*$")


def _english_labelled_phrases(s: _Sentence, found: list[_Found]) -> list[_Found]:
    """Words in quotation marks that someone named something with ("X called it 'A'", "X, who
    hailed it as 'A'", "calling it 'A'" after "he went further", "X's description of it as
    'A'"): the speaker is the labelling verb's subject, found back across a relative clause
    or from the clause a participle hangs on. Quotes another rule has credited are left."""
    sf = s.f(s.start)
    out: list[_Found] = []
    for a, b in s.quotes:
        if any(x < b and a < y for item in found for x, y in item.content):
            continue
        fa = s.f(a) - 1  # the opening mark
        head = _EN_LABELLING.search(s.folded, sf, fa)
        if head is None:
            continue
        before = s.folded[sf : head.start()]
        if head.group("noun"):
            owner = _EN_POSSESSIVE_END.search(before)
            if owner is None:
                continue
            start = _np_start(before[: owner.start()])
            names = list(re.finditer(r"[\w.'’-]+", before[start : owner.start()]))
            capitalised = [w for w in names if s.text[s.o(sf + start + w.start())].isupper()]
            if capitalised and capitalised[-1] is names[-1]:
                # "Listeners discussed Otieno's description": the capitalised words before 's
                first = len(names) - 1
                while first > 0 and names[first - 1] in capitalised and len(names) - first < 4:
                    first -= 1
                start += names[first].start()
            who = s.mention(sf + start, sf + owner.start(), "en")
        else:
            before = before[: _EN_ADVERBS_BEFORE.search(before).start()]  # type: ignore[union-attr]
            relative = _EN_WHO_BEFORE.search(before)
            if relative is not None:
                # "The envoy, who later called it 'A'", "X, the envoy who has mediated since
                # July, later called it 'A'" is read below
                before = before[: relative.start()]
            elif (head.group("verb") or head.group("chose") or "").endswith("ing"):
                # "In January he went further, calling it 'A'": the main clause's subject
                comma = before.rfind(",")
                if comma == -1:
                    continue
                before = before[:comma]
                pronoun = re.search(r"(?<!\w)(he|she|they)\s+\w+(?:\s+\w+)?\s*$", before)
                if pronoun is not None:
                    at = s.base + s.o(sf + pronoun.start(1))
                    who = Mention(at, at, pronoun.group(1), "en", empty=True)
                    out.append(_Found([(a, b)], who, (s.o(sf + pronoun.start(1)), s.o(fa))))
                    continue
                clause = re.match(r"\s*(?:[\w'’.-]+\s+){1,8}?(?=[a-z]+ed\s|[a-z]+s\s)", before)
                if clause is None:
                    continue
                before = clause.group().rstrip()
            else:
                who_clause = re.search(r"\s+who\s+[^,;:\"“”]{3,80}$", before)
                if who_clause is not None:
                    before = before[: who_clause.start()]  # "The envoy who has mediated ..."
            start = _np_start(before)
            pronoun_first = re.search(
                r"(?:^\s*|[,;:]\s*|\s(?:and|but)\s+)(he|she)((?:\s+[\w'’-]+){1,5})\s*$", before
            )
            if pronoun_first is not None and "who" not in pronoun_first.group(2).split():
                # "He has in the past described X as 'A'": the pronoun, then time words
                start = pronoun_first.start(1)
                before = before[: pronoun_first.end(1)]
            who = s.mention(sf + start, sf + len(before), "en")
            aside = re.search(r",\s*(?:speaking|who|asking|declining|citing)\b[^,]*,?\s*$", before)
            if not who.informative and aside is not None:
                # "The same official, speaking on condition of anonymity, reached for ...": the
                # phrase before the aside
                before = before[: aside.start()]
                start = _np_start(before)
                who = s.mention(sf + start, sf + len(before), "en")
            apposed = re.search(r"([\w.'’-]+(?:\s+[\w.'’-]+){0,3}),\s*$", before[:start])
            if who.anaphoric and relative is not None and apposed is not None:
                # "Paul Otieno, the Kenyan envoy, who called it 'A'": the person the
                # description is in apposition to
                named = s.mention(sf + apposed.start(1), sf + len(before), "en")
                if named.person:
                    start, who = apposed.start(1), named
        if who.informative or (who.empty and who.surface.lower() in ("he", "she")):
            out.append(_Found([(a, b)], who, (s.o(sf + start), s.o(fa))))
    return out


def _np_start(before: str) -> int:
    """Where the noun phrase that ends `before` starts: after the last clause boundary (a
    comma, colon, "that", "and" ...), at the first determiner there, else at the boundary."""
    boundary = max(
        (m.end() for m in re.finditer(r"(?:^|[,;:]|\s(?:that|which|and|but|while))\s+", before)),
        default=0,
    )
    determiner = _EN_NP_START.search(before, boundary)
    return determiner.start() if determiner else boundary


_EN_FINITE = re.compile(
    r"(?<!\w)(?:must|will|would|shall|should|can|could|may|might|is|are|was|were|has|have|had"
    r"|does|do|did|won['’]t|can['’]t|isn['’]t|wasn['’]t|doesn['’]t|don['’]t)(?!\w)",
    re.IGNORECASE,
)
_EN_CLAUSE_THEN_COLON = re.compile(r"[^:\"“”‘’]{3,140}?:\s+(?=\S)")


# a named person's verdict, view or answer before a colon: "Nasser's verdict ... was blunt:"
_EN_NAMED_VERDICT = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?=['’]s\s+(?:verdict|view|assessment|answer|reply"
    r"|response|message|advice|conclusion|summary)\b)"
)


def _english_clause_then_colon(s: _Sentence) -> list[_Found]:
    """ "A government source quoted by SANA had already set the bar: A", "The envoy was blunt:
    A": a sentence whose subject is a speaker and whose short clause ends in a colon announces
    that speaker's words (no rule has read a reporting verb in it)."""
    colon = _EN_CLAUSE_THEN_COLON.match(s.text, s.start, s.end)
    if colon is None or len(s.text[colon.end() : s.end].split()) < _MIN_SPEECH_WORDS:
        return []
    # ('put the goal more plainly: "We want fewer surprises."': words in marks need no
    # auxiliary to be a statement)
    marked = s.text[colon.end() : colon.end() + 1] in '"“'
    if not marked and not _EN_FINITE.search(s.text, colon.end(), s.end):
        return []  # "X replaced him with a three-man team: A, B and C" lists, says nothing
    lead = re.match(r"[\s*_>-]*(?:(?:But|And|Yet|So)\s+)?", s.text[s.start : colon.end()])
    at = s.start + (lead.end() if lead else 0)
    role = _role_pattern("en").match(s.text, at, colon.end()) or (
        # "Wanjiru's verdict on the new cell was blunt: 'A'": a named person's answer
        _EN_NAMED_VERDICT.match(s.text, at, colon.end()) if marked else None
    )
    if role is None:
        return []
    # (a relative clause between commas is no part of the clause's length: "A senior
    # official, who spoke on condition of anonymity ..., put the goal more plainly:")
    rest = re.sub(r",\s*who\s[^,]{3,120},", " ", s.text[role.end() : colon.end() - 1])
    if len(rest.split()) > 10 or re.search(r"(?<!\w)that(?!\w)", rest) or not rest.strip():
        return []
    who = s.mention(s.f(at), s.f(role.end()), "en")
    if not who.informative or (who.roles[:1] == ("statement",) and not who.issuer):
        return []
    return [_Found([(colon.end(), s.end)], who, (at, colon.end()))]


# the reporter's comment appended to reported words: "..., a view shared by Uganda", "... --
# a claim Uganda denied" (original text)
_EN_APPENDED_COMMENT = re.compile(
    r"\s*(?:,|--|—|–)\s*(?:a|an)\s+(?:view|claim|position|assertion|sentiment|assessment"
    r"|argument|stance|charge|allegation|contention|line)\s+(?:that\s+|which\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:shared|echoed|rejected|disputed|denied|dismissed|repeated"
    r"|contested|questioned|challenged|backed|endorsed|supported|seconded|made)\b"
)


def _without_appended_comment(s: _Sentence, found: list[_Found]) -> list[_Found]:
    """Each found span cut before a comment the reporter appended outside any quotation
    marks ("A, a view shared by Uganda": the view is the speaker's, the sharing is not)."""
    out = []
    for item in found:
        content = []
        for a, b in item.content:
            cut = _EN_APPENDED_COMMENT.search(s.text, a, b)
            if cut is not None and not any(x <= cut.start() < y for x, y in s.quotes):
                b = cut.start()
            if b > a:
                content.append((a, b))
        out.append(replace(item, content=content) if content else item)
    return out


def _reported_after_colon(s: _Sentence, p: _Patterns, item: _Found) -> list[_Found]:
    """ "This time Nairobi confirmed the meeting itself: the state broadcaster KBC reported
    that A": words after a colon that hold a reporting clause of their own, with its own
    subject, are that clause's, not the announcer's."""
    start = item.content[0][0]
    if not s.text[s.start : start].rstrip().endswith(":") or len(item.content) != 1:
        return [item]
    label = s.text[s.start : start].rstrip().rstrip(":").strip(" *_-").casefold()
    if p.en_verb.search(s.folded, s.f(s.start), s.f(start)) is None and label not in _RELAYING:
        # "- Netanyahu's office: Israel stressed A" is a label's, not a clause's; a journalist's
        # ("CORRESPONDENT: The office issued a statement saying A") relays the clause's
        return [item]
    after = s.tail(start)
    inner = _english_clauses(after, p)
    if not inner or not all(f.subject.informative for f in inner):
        return [item]
    return _without_appended_comment(after, inner)


def _english(s: _Sentence, p: _Patterns) -> list[_Found]:
    found = _without_appended_comment(s, _english_clauses(s, p))
    found += _english_labelled_phrases(s, found)
    found = [f for item in found for f in _reported_after_colon(s, p, item)]
    if not found:
        found = _english_clause_then_colon(s)
    read = _EN_STATEMENT_READ.search(s.text, s.start, s.end)
    if read is not None and not found:
        spoken = [q for q in s.quotes if s.start <= q[0] and q[1] <= read.start("who")]
        text = s.mention(s.f(read.start("who")), s.f(read.end("who")), "en")
        if spoken and (text.informative or text.anaphoric):
            return [_Found(spoken, text, (read.start("who"), read.end()))]
    named_by = _EN_PASSIVE_NAMED_BY.search(s.folded, s.f(s.start), s.f(s.end))
    if named_by is None:
        return found
    agent = s.mention(named_by.start("who"), named_by.end("who"), "en")
    inner = s.quotes_from(s.o(named_by.start("q")))
    if not (agent.informative and inner):
        return found
    a, b = inner[0]
    if any(x < b and a < y for item in found for x, y in item.content):
        return found  # its words are already someone's
    # 'The mood was described as "friendly" by an official, who said A': the quoted words are
    # the agent's, whatever the rest of the sentence reports
    clause = (s.o(named_by.end("q")), s.o(named_by.end("who")))
    return [_Found([(a, b)], agent, clause), *found]


# an aside with its verb before its subject, inside the clause it reports: "The islands, says
# Jane Akello, a researcher at the institute, are not for sale." (original text)
_EN_INVERTED_ASIDE = re.compile(
    r"[\s\"“]*(?P<a>[A-Z][^,;:\"“”]{1,120}?),\s+(?:says|said|adds|added|argues|argued|notes|noted"
    r"|warns|warned|insists|insisted|explains|explained)\s+(?P<who>[^,;:\"“”]{2,80}?)"
    # (the rest of the clause goes on with its verb: not ", who added that", not a closing
    # apposition ", a State Department spokesperson.")
    r"(?:,\s+(?:a|an|the)\s[^,;:\"“”]{2,100})?,\s+"
    r"(?P<b>(?!(?:a|an|the|whose|which|that|and|but|as|while|when|adding|noting|saying)\b)"
    r"[a-z][^\"“”]*)"
)
# ... or the aside closes the sentence with a relative clause on its speaker: "A, said the
# sources, who requested anonymity." (but "who added that B" reports B: another rule's)
_EN_RELATIVE_ON_SPEAKER = re.compile(
    r"who\s+(?!(?:also\s+)?(?:added|said|says|adds|noted|stressed|warned|argued)\b)"
)


# reporting verbs that take their words without "that": "he said Israel would", "told Reuters A"
_BARE_CLAUSE_VERBS = frozenset(
    ("said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "posted")
)


def _english_clauses(s: _Sentence, p: _Patterns) -> list[_Found]:
    sf, se = s.f(s.start), s.f(s.end)
    text = s.folded
    # an interviewer's turn marker ("Q:") and a leading conjunction are no part of the subject
    head = re.match(
        r"^[\s\"“”«»*_]*(?:(?:q|question)\s*[:.]\s*(?:\*\*|__)?\s*)?(?:and |but |however, )?",
        text[sf:se],
    )
    sentence_start = sf + head.end()  # type: ignore[union-attr]

    aside_match = _EN_INVERTED_ASIDE.fullmatch(s.text, s.o(sentence_start), s.end)
    if aside_match is not None and not any(
        a < aside_match.end("a") and aside_match.start("a") < b for a, b in s.quotes
    ):
        # "The islands, says Jane Akello, a researcher, are not for sale.": the clause the
        # inverted aside interrupts is the speaker's, both of its parts
        aside_who = s.mention(s.f(aside_match.start("who")), s.f(aside_match.end("who")), "en")
        relative = aside_match.group("b").startswith("who")
        if aside_who.informative and (
            not relative or _EN_RELATIVE_ON_SPEAKER.match(aside_match.group("b"))
        ):
            after_aside: list[Span] = [] if relative else [(aside_match.start("b"), s.end)]
            return [
                _Found(
                    [(aside_match.start("a"), aside_match.end("a")), *after_aside],
                    aside_who,
                    (aside_match.end("a"), aside_match.start("b")),
                )
            ]
    said_noun = _EN_WHOSE_ANSWER.match(s.text, s.o(sentence_start), s.end)
    if said_noun is not None and said_noun.end() < s.end:
        # "His answer: 'Not before June.'", "Okello's verdict was blunt: the talks had failed":
        # what someone's answer (verdict, message) was, after the colon, is their words
        a, b = s.f(said_noun.start("who")), s.f(said_noun.end("who"))
        pronoun = said_noun.group("who").casefold()
        owner = (
            Mention(
                s.base + s.o(a),
                s.base + s.o(b),
                "she" if pronoun == "her" else "he",
                "en",
                empty=True,
            )
            if pronoun in ("his", "her")
            else s.mention(a, b, "en")
        )
        if owner.empty or (owner.informative and (owner.person or owner.roles)):
            spoken = [(said_noun.end(), s.end)]
            marked = [q for q in s.quotes if q[0] >= said_noun.end()]
            if marked and not s.text[said_noun.end() : marked[0][0]].strip(" \"“'‘"):
                spoken = marked
            return [_Found(spoken, owner, (s.o(sentence_start), said_noun.end()))]
    by_agent = _EN_PASSIVE_BY.search(text, sentence_start, se)
    if by_agent:
        # "It was reported by Axios that A": the agent speaks
        agent = s.mention(by_agent.start("who"), by_agent.end("who"), "en")
        if agent.informative and by_agent.end() < se:
            return [
                _Found(
                    [(s.o(by_agent.end()), s.end)],
                    agent,
                    (s.o(by_agent.start()), s.o(by_agent.end())),
                )
            ]

    # "...," X said.  /  "...," said X.  /  "..." — X.
    first_quote = s.quotes[0] if s.quotes else None
    if first_quote and s.f(first_quote[0]) - sf <= 2:
        after = s.f(first_quote[1]) + 1
        tail = text[after:se]
        dash = re.match(
            r"^[\s,>]*(?:[—–]|(?<=\s)-(?=\s))\s*(?P<who>[^.,\"“”]{3,80}?)\s*(?:,[^\"“”]*)?\.?\s*$",
            tail,
        )  # '"..." — a Syrian source, speaking to the paper': the signature ends at its comma
        if dash:
            signed = s.mention(after + dash.start("who"), after + dash.end("who"), "en")
            if signed.informative:
                return [_Found(list(s.quotes), signed, (s.o(after), s.end))]
        bracket = re.match(r"^[\s,.>]*\((?P<who>[^,()]{3,80})(?:,[^()]*)?\)\.?\s*$", tail)
        if bracket:
            # '“A.” (Grace Akello, Ugandan water minister, on X)': the signature in brackets
            # (or on a block quote's next line: '> "A."' over '> (Grace Akello, on X)')
            signed = s.mention(after + bracket.start("who"), after + bracket.end("who"), "en")
            if signed.informative:
                return [_Found(list(s.quotes), signed, (s.o(after), s.end))]
        m = re.match(
            rf"^[\s,]*(?:(?P<verb>{_words(lexicon().en_verbs)})\s+(?P<subj>(?:[^,.;]|\.(?=\w|\s+\w))+)|(?P<subj2>(?:[^.;\"“]|\.(?=\w))+?)\s+(?P<verb2>{_words(lexicon().en_verbs)}))(?=[\s,.;:]|$)",
            tail,
        )
        if m:
            sa, sb = (
                (m.start("subj"), m.end("subj"))
                if m.group("subj")
                else (m.start("subj2"), m.end("subj2"))
            )
            subject_text = tail[sa:sb]
            cut = sa + len(_cut_en_subject(subject_text))
            apposed_name = _EN_APPOSED_NAME.match(s.text, s.o(after + cut), s.end)
            if apposed_name is not None and re.match(r"\s*(?:the|a|an)\s", subject_text):
                # '"A," the Kenyan envoy, Jane Mwangi, said': the name in apposition is the
                # role's, one subject
                cut = s.f(apposed_name.end()) - after
            sb = cut
            subject = _relative_issuer(s, s.mention(after + sa, after + sb, "en"), after + sb)
            content = [q for q in s.quotes]
            adding = _EN_ADDING.search(text, after + m.end(), se)
            if adding:
                # '"...," X said, adding that B': all of B, with any phrase it puts in marks
                # ('adding that the administration wanted to "see the cell work first"')
                content = [q for q in content if q[0] < s.o(adding.end())]
                content.append((s.o(adding.end()), s.end))
            return [_Found(content, subject, (s.o(after + m.start()), s.o(after + m.end())))]

    how = _EN_IS_HOW.match(s.text, s.start, s.end)
    if how and any(s.f(a) - sf <= 2 for a, _ in s.quotes):
        # '"Groundbreaking" is how Tom Barrack describes the outcome'
        describer = s.mention(s.f(how.start("who")), s.f(how.end("who")), "en")
        if describer.informative:
            return [_Found([s.quotes[0]], describer, (how.start("is"), how.end()))]
    in_words = None
    comma_at = text.find(",", sentence_start, min(se, sentence_start + 40))
    for n, start in enumerate((sentence_start, comma_at + 1)):
        # (the first try is the sentence's start, even at a paragraph's offset 0)
        if n == 1 and not (comma_at > 0 and _EN_OPENING.match(text, sentence_start)):
            break  # "Back in July, Barrack's line was that A": past an opening adverbial
        start += len(text[start:se]) - len(text[start:se].lstrip())
        in_words = (
            _EN_IN_WORDS.match(text, start, se)
            or _EN_VIEW_WAS.match(text, start, se)
            or _EN_AS_SEES.match(text, start, se)
        )
        if in_words:
            break
    if in_words:
        # "In his words, Israel had to ...", "In the official's view, A", "His account was that
        # A": what follows is theirs
        at = in_words.end()
        owned_by = in_words.group("who") or in_words.groupdict().get("pronoun") or ""
        if owned_by in ("his", "her", "their"):
            owner = Mention(
                s.base + s.o(sentence_start),
                s.base + s.o(at),
                {"his": "he", "her": "she"}.get(owned_by, "they"),
                "en",
                empty=True,
            )
        else:
            possessive = owned_by.endswith(("'s", "’s"))  # not "As Otieno sees it"
            owner = s.mention(in_words.start("who"), in_words.end("who") - 2 * possessive, "en")
        if owner.empty or owner.informative or owner.anaphoric:
            return [_Found([(s.o(at), s.end)], owner, (s.o(sentence_start), s.o(at)))]
    aside = _EN_IN_VIEW_ASIDE.search(text, sentence_start, se)
    if (
        aside is not None
        and re.search(r"\w", text[sentence_start : aside.start()])
        and len(text[sentence_start : aside.start()].split()) <= 8
        and not re.search(r"[\"“”]", text[sentence_start : aside.start()])
    ):
        # "The posts, in her view, were 'built to inflame'": both sides of the aside are hers
        owner = Mention(
            s.base + s.o(aside.start()),
            s.base + s.o(aside.end()),
            {"his": "he", "her": "she"}.get(aside.group("pronoun"), "they"),
            "en",
            empty=True,
        )
        return [
            _Found(
                [(s.o(sentence_start), s.o(aside.start())), (s.o(aside.end()), s.end)],
                owner,
                (s.o(aside.start()), s.o(aside.end())),
            )
        ]
    according = (
        p.en_according.search(text, sentence_start, se)
        or _EN_PER.match(text, sentence_start, se)
        or _EN_PER_ASIDE.search(text, sentence_start, se)
    )
    if according and _EN_OWN_REMARKS.match(text, according.end(), se):
        # '"X called it "A", according to an interview he gave the Post': the source is the
        # speaker's own words, and the clause before it says whose
        according = None
    if according:
        after = according.end()
        original = s.text[s.o(after) : s.end]
        stop = re.search(r"[,;:\"“]|(?<![A-Z])\.(?=\s|$)|\s(?=(?:on|after|at)\s)", original)
        m_end = s.f(s.o(after) + stop.start()) if stop else se
        subject = s.mention(after, m_end, "en")
        wide = re.search(r"[,;:\"“]|(?<![A-Z])\.(?=\s|$)", original)
        wide_end = s.o(after) + wide.start() if wide else s.end
        issued = _issued_within(
            s.text[s.o(after) : wide_end], start=s.base + s.o(after), language="en"
        )
        if issued is not None and issued.issuer is not None and subject.issuer is None:
            # "according to a statement published on Tuesday by the State Department": its issuer
            subject, m_end = issued, s.f(wide_end)
        usable = subject.informative or subject.anaphoric  # "according to the same report"
        if usable and according.start() - sentence_start <= 1:
            # (past a relative clause on the source: "According to Axios, which first reported
            # the meeting, a senior official said A")
            rest = re.match(
                # (past the rest of the source's phrase: "According to two people briefed on
                # the talks, A")
                r"^(?:\s+(?:on|after|at)\s[^,;:\"“]{1,60}(?=,))?"
                r"[\s,]*(?:(?:which|who)\s[^,;\"“]{3,80},\s*)?"
                # (or past the source's apposition: "According to SANA, the state news agency,")
                r"(?:(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,4}(?:news\s+)?(?:agency|broadcaster"
                r"|newspaper|daily|channel|website|network|station|outlet|monitor)\s*,\s*)?"
                r"(?:that\s+)?",
                text[m_end:se],
            )
            at = m_end + rest.end()  # type: ignore[union-attr]
            nested = _relayed_speaker(s, at)
            if (
                nested is not None
                and subject.roles[:1] == ("statement",)
                and len(nested[0].person) < 2
            ):
                # "According to the statement, the delegation stressed A": the statement tells
                # what its own side did, from "the delegation" on (a person it names would speak
                # for himself)
                return [_Found([(s.o(at), s.end)], subject, (s.o(according.start()), s.o(at)))]
            if nested is not None:
                # "According to the ministry, Barrot said A": Barrot speaks, the ministry relays
                inner, inner_at = nested
                return [
                    _Found(
                        [(s.o(inner_at), s.end)],
                        inner,
                        (s.o(according.start()), s.o(inner_at)),
                        relay=subject,
                    )
                ]
            return [
                _Found(
                    [(s.o(m_end + rest.end()), s.end)],  # type: ignore[union-attr]
                    subject,
                    (s.o(according.start()), s.o(m_end)),
                )
            ]  # type: ignore[union-attr]
        colon = re.match(r"\s*:\s*(?=\S)", text[m_end:se])
        if usable and colon:
            # "Key line, according to the statement: A": the words follow the colon
            return [
                _Found(
                    [(s.o(m_end + colon.end()), s.end)],
                    subject,
                    (s.o(according.start()), s.o(m_end)),
                )
            ]
        if usable:
            content = [(s.start, s.o(according.start()))]
            if (
                text[m_end : m_end + 1] == ","
                and text[m_end + 1 : se].strip(' ."”')
                # (not "..., according to the statement, which was released by X": a relative
                # clause about the source is the reporter's)
                # ("..., which called it a 'joint fusion mechanism'": its quoted words stay)
                and not (
                    re.match(r"\s*(?:which|who|whose|whom)\b", text[m_end + 1 : se])
                    and not re.search(r"[\"“”]", text[m_end + 1 : se])
                )
            ):
                # "The talks, according to X, will resume": the words around the aside
                content.append((s.o(m_end + 1), s.end))
            return [_Found(content, subject, (s.o(according.start()), s.o(m_end)))]

    told_by = re.search(
        r"\b(?:was|were)\s+told\s+by\s+(?P<who>[^,]{3,80}?)\s+that\s+", text[sentence_start:se]
    )
    if told_by:
        # "Reporters were told by a senior official that ...": the official speaks
        teller = s.mention(
            sentence_start + told_by.start("who"), sentence_start + told_by.end("who"), "en"
        )
        if teller.informative:
            at = sentence_start + told_by.end()
            return [
                _Found([(s.o(at), s.end)], teller, (s.o(sentence_start + told_by.start()), s.o(at)))
            ]
    impersonal = re.match(
        r"it\s+was\s+(?:also\s+)?(?:stated|said|added|noted|announced)"
        r"(?:(?:\s+(?:in|by)\s+[^,]{1,60}?)?\s+that\s+|\s+)",
        text[sentence_start:se],
    )
    if impersonal:
        # "It was also stated that ...": the statement being reported goes on
        at = sentence_start + impersonal.end()
        nobody = Mention(
            s.base + s.o(sentence_start), s.base + s.o(sentence_start), "", "en", empty=True
        )
        return [_Found([(s.o(at), s.end)], nobody, (s.o(sentence_start), s.o(at)))]

    quoted_as = p.en_quoted_as.search(text, sentence_start, se) or p.en_quoted_x_as.search(
        text, sentence_start, se
    )
    if quoted_as:
        who = p.en_quoted_x_as.search(text, sentence_start, se)
        passive = (
            text[who.start() - 5 : who.start()].strip().endswith(("was", "were", "is", "are"))
            and not text.startswith(("quoting", "citing"), who.start())
            if who
            else False
        )
        if who and not passive:  # "is quoted as saying" is the subject's; "is quoting X as" X's
            # "SANA quoted a government source as saying": a source of SANA's country
            subject = _with_medium_country(
                s.mention(who.start("who"), who.end("who"), "en"),
                s.text[s.o(sentence_start) : s.o(who.start("who"))],
            )
        else:
            subject = s.mention(sentence_start, quoted_as.start(), "en")
        content = _content_after(s, quoted_as.end(), p, arabic=False)  # type: ignore[assignment]
        if who and who.group("naming"):
            content = s.quotes_from(s.o(who.end()))
        if content:
            return [_Found(content, subject, (s.o(quoted_as.start()), s.o(quoted_as.end())))]

    lead = _BOLD_LEAD.match(text, sentence_start, se)
    if lead and lead.group("inside"):
        # "- **Name, title:** A" is a label only with no reporting clause of its own after it
        # ("- **An official:** Speaking to Reuters, the official argues that A": the clause's)
        clause = any(
            not any(a <= s.o(v.start()) < b for a, b in s.quotes)
            for v in p.en_verb.finditer(text, lead.end(), se)
        )
        lead = None if clause else lead
    if lead:
        # "- **Kenya's foreign ministry**, on 3 May, after the vote: A": a factbox's bold
        # lead names who speaks, its aside says when and where, and A is theirs
        named = s.mention(lead.start("label"), lead.end("label"), "en")
        if not (named.roles or named.outlet or len(named.person) >= 2):
            named = replace(named, person=())  # "- **Fishing quotas**, ...:" heads a topic
        at = lead.end()
        own_clause = any(
            s.text[s.o(v.start())].islower()
            and not any(a <= s.o(v.start()) < b for a, b in s.quotes)
            and len(text[at : v.start()].split()) <= 4
            for v in p.en_verb.finditer(text, at, se)
        )  # "- **X**, on 3 May: the ministry said that A": its own clause speaks
        if (named.person or named.roles or named.outlet) and not own_clause:
            # 'X: "A"' is the quotation; 'X: Israel "underlined ...", and A' all of it
            quoted_only = text[at : at + 1] in "\"“‘'«"
            content = (s.quotes_from(s.o(at)) if quoted_only else []) or [(s.o(at), s.end)]
            return [_Found(content, named, (s.o(sentence_start), s.o(at)))]
        verb = p.en_verb.search(text, at, se)
        if (named.person or named.roles or named.outlet) and verb:
            subject = s.mention(at, verb.start(), "en")
            pronoun = re.fullmatch(r"\s*(?:he|she|it|they)\s*", text[at : verb.start()])
            said = _content_after(s, verb.end(), p, arabic=False)
            if (subject.anaphoric or pronoun) and said:
                # "- **X**, on 4 May: the ministry said A": the lead is who "the ministry" is
                return [_Found(said, named, (s.o(at), s.o(verb.end())))]
    colon = re.match(
        # (the medium after a comma: "- A Ugandan official, to Reuters: A")
        r"([^:,;\"“”]{3,80}(?:,\s+(?:to|in comments to|speaking to|in an interview with|on)"
        r"\s[^:,;\"“”]{2,40})?"
        # ("Syrian official (to Reuters, anonymously):": a bracketed aside may hold commas)
        r"|[^:,;\"“”()]{3,60}\([^()\n]{2,80}\)[*_]*)"
        # (the colon may sit inside the bold: "- **Peter Okello, Kenyan envoy:** A")
        r":(?:\*\*|__)?\s*(?=\S)",
        text[sentence_start:se],
    )
    if colon:
        # a label's own aside is no part of the name: "**Syrian official (to Reuters)**:",
        # "An Israeli official, to Axios:"
        aside = re.search(
            r"\s*\([^()]{2,80}\)[*_]*\s*$|,\s+(?:to|in comments to|speaking to"
            r"|in an interview with|on)\s[^:,;\"“”]{2,40}$",
            colon.group(1),
        )
        name_end = sentence_start + (aside.start() if aside else colon.end(1))
        named = s.mention(sentence_start, name_end, "en")
        label = s.text[s.o(sentence_start) : s.o(name_end)].strip(" *_")
        speaker_like = (named.person or named.roles or named.outlet) and not (
            label.isupper() and " " not in label and not (named.roles or named.outlet)
        )  # "UPDATE:", "BREAKING:" are a live blog's labels, not names
        if re.match(
            r"(?:after|before|beyond|inside|behind|across|amid|despite|without|towards?|into|"
            r"from|under|over|since|until)\s",
            label.casefold(),
        ):
            speaker_like = False  # "After Paris: Can a hotline hold?" is a headline, not a name
        title_words = all(
            w[:1].isupper() or _is_role_word(w.casefold()) or w in ("of", "for", "the", "to")
            for w in s.text[s.o(sentence_start) : s.o(name_end)].replace("*", " ").split()
        )  # a name and title only: "After the meeting he wrote:" is a clause
        lone = " " not in label and not (named.roles or named.outlet)
        at = sentence_start + colon.end()
        if (
            lone
            and not s.quotes_from(s.o(at))  # "Leiter: “...”" is a name with its words
            and not re.search(rf"\b{re.escape(label)}\b(?!\W{{0,3}}:)", s.text)
        ):
            speaker_like = False  # a factbox's "- Withdrawal:" heads a topic, not a speaker
        reported = any(
            s.text[s.o(v.start())].islower()
            and not any(a <= s.o(v.start()) < b for a, b in s.quotes)
            and (
                v.group("verb") in _BARE_CLAUSE_VERBS
                or re.search(r"\bthat\b|[:\"“”‘’]|\b(?:as|it|them)\b", text[v.end() : se])
                is not None
            )
            for v in p.en_verb.finditer(text, at, se)
        )  # "- Sharaa: In a speech, President al-Sharaa said that ...": its own clause speaks
        # (not "- The ministry: Uganda stressed the safety of fishermen", "the two sides agreed
        # to meet": a verb that reports speech only with "that", a mark or a complement ("called
        # it", "described X as"), and has none, is the label's words)
        if speaker_like and title_words and len(colon.group(1).split()) <= 10 and not reported:
            second = text.rfind(":", at, se)
            if second > at and not s.quotes_from(s.o(at)):
                # "- Rubio: Asked about the strikes, Rubio was blunt: A": the words are A
                at = second + 1 + len(text[second + 1 : se]) - len(text[second + 1 : se].lstrip())
            marked = s.quotes_from(s.o(at))
            if marked and not re.fullmatch(r"[\s*_]*[\"“‘']?", s.text[s.o(at) : marked[0][0]]):
                # "- A Ugandan official, to Reuters: There will be no "final map" without A":
                # words that open unmarked, with a term in marks inside, are all the label's
                marked = []
            content = marked or [(s.o(at), s.end)]
            return [_Found(content, named, (s.o(sentence_start), s.o(at)))]

    verbs = [
        v
        for v in p.en_verb.finditer(text, sentence_start, se)
        if not any(a <= s.o(v.start()) < b for a, b in s.quotes)
    ]
    verbs.sort(key=lambda v: not _closes_sentence(s, v, p))
    for verb in verbs:
        if not s.text[s.o(verb.start())].islower():
            continue  # "the United States", "Says Who": a name, not a reporting verb
        if re.match(
            r"\s+(?:not\s+to\s+be\s+(?:named|identified)|for\s+anonymity)", text[verb.end() :]
        ):
            continue  # "The official, who asked not to be named, said A": not what was asked
        if re.search(
            r"(?<!\w)what\s+(?:he|she|they|it)\s+(?:has\s+|had\s+)?$", text[: verb.start()]
        ):
            continue  # "give up what he called its 'A', he said": the phrase is labelled elsewhere
        if (
            verb.group("verb") == "went on"
            and not (
                re.match(r"\s*(?:to\s+say|,|:)", text[verb.end() :])
                # '"A", the source went on.': a clause that closes the sentence after a comma
                or (
                    re.fullmatch(r"\s*[.!]?\s*", text[verb.end() : se])
                    and re.search(
                        r",\s*[\"”’']?\s*[^,]{1,60}$", text[sentence_start : verb.start()]
                    )
                )
            )
        ):
            continue  # "went on X late Thursday", "went on television": no speech
        # "The Nation has the first read-out: an official says A": a lead-in that ends with a
        # colon is no part of the subject
        lead_in = max(
            (
                c.end()
                for c in re.finditer(r":\s+", text[sentence_start : verb.start()])
                if not any(a <= s.o(sentence_start + c.start()) < b for a, b in s.quotes)
            ),
            default=0,
        )
        lead_words = text[sentence_start : sentence_start + lead_in]
        if lead_in and (
            len(lead_words.split()) <= 3
            or "**" in lead_words
            or not s.mention(sentence_start + lead_in, verb.start(), "en").informative
        ):
            # "X framed the round in other terms: it says A": X is "it"; "- **X**: Israel
            # stressed A" is X's label over X's words
            lead_in = 0
        segments = _segments(text, sentence_start + lead_in, verb.start())
        if len(segments) > 1 and _EN_PLACES_JOINED.fullmatch(
            s.text[s.o(segments[-2][0]) : s.o(segments[-1][1])]
        ):
            # "Activists in Quneitra and Daraa say": one subject, the places its modifier
            segments = [*segments[:-2], (segments[-2][0], segments[-1][1])]
        if len(segments) > 1 and _countries_together(
            text[segments[-2][0] : segments[-1][1]].casefold()
        ):
            # "Israel and Syria announced": one subject, the two countries together
            segments = [*segments[:-2], (segments[-2][0], segments[-1][1])]
        every_segment = segments  # (the opening dropped below may end with a name)
        dated = _EN_DATED_NAME.match(s.text, s.o(segments[0][0]), s.o(segments[0][1]))
        if len(segments) > 2 and dated:
            # "In September Ahmed al-Sharaa, Syria's president, said": the name after the date
            segments = [(s.f(dated.start("name")), segments[0][1]), *segments[1:]]
        elif len(segments) > 2 and _EN_OPENING.match(text[segments[0][0] : segments[0][1]]):
            # "Late on Tuesday, Tom Barrack, the envoy, posted": the time is no part of who
            segments = segments[1:]
        clause_start, clause_end = segments[-1]
        fronted = segments[0][0] + _cue_length(text, segments[0][0])
        if (
            len(segments) > 1
            and fronted > segments[0][0]
            and text[clause_start:clause_end].strip()
            and (cited_first := s.mention(fronted, segments[0][1], "en")).informative
            and not _cited_group(cited_first)
        ):
            # "Quoting an unnamed government source, SANA said A": the source one outlet
            # quotes speaks A, as in "SANA, citing a source, said A"
            clause_start, clause_end = fronted, segments[0][1]
        after_verb = text[verb.end() : se].strip(' ."”')
        who_added = _EN_WHO_ADDED.search(text, verb.end(), se)
        if (
            who_added is not None
            and not text[clause_start:clause_end].strip()
            and len(segments) > 1
            and verb.group("verb") in _EN_INVERTING
        ):
            # "A, said the official, who added that B": A and B are the official's
            named = s.mention(verb.end(), who_added.start(), "en")
            if (
                named.informative
                and len(text[verb.end() : who_added.start()].split()) <= 10
                and who_added.end() < se
            ):
                return [
                    _Found(
                        [(s.start, s.o(segments[-1][0])), (s.o(who_added.end()), s.end)],
                        named,
                        (s.o(verb.start()), s.o(who_added.end())),
                    )
                ]
        if not text[clause_start:clause_end].strip() and len(segments) > 1 and after_verb:
            inverted = s.mention(verb.end(), se, "en")
            finite = re.search(
                r"\b(?:had|has|have|was|were|is|are|will|would|could|should|did|does|that)\b",
                after_verb,
            )
            cited = any(re.match(r"(?:citing|quoting) ", text[g[0] : g[1]]) for g in segments)
            relative = re.match(r"\s*(?:who|which)\b", text[segments[-2][0] : segments[-2][1]])
            # (or a participle's phrase: "Ruto, speaking in Mombasa after ..., said Kenya ...")
            aside = _EN_ASIDE.fullmatch(text, *segments[-2]) or _EN_PARTICIPLE_ASIDE.match(
                text, *segments[-2]
            )
            # ("..., said in a statement.": a preposition's phrase is where, not who)
            medium = re.match(
                r"\s*(?:in|on|at|by|during|after|before|from|to|via|with|through|over)\s",
                text[verb.end() : se],
            )
            if (
                not relative  # "A diplomat, who asked not to be named, said the side ..."
                and not aside  # "Museveni, for his part, said Uganda wanted ..."
                and not medium
                and verb.group("verb") in _EN_INVERTING
                and inverted.informative
                and len(after_verb.split()) <= 10
                and not finite
                and not cited
            ):
                # "The talks were useful, said a Syrian official."
                return [
                    _Found([(s.start, s.o(segments[-1][0]))], inverted, (s.o(verb.start()), s.end))
                ]
        apposed_subject = _en_closing_apposed_subject(s, segments, verb, se)
        if apposed_subject is not None:
            return [apposed_subject]
        coordinated = (
            len(segments) > 1
            and not text[clause_start:clause_end].strip()
            and re.fullmatch(r"\s+and\s+", text[segments[-2][1] : clause_start]) is not None
        )
        # "It gave no date, but said A": the clause after the comma opens with its conjunction
        but = len(segments) > 1 and re.fullmatch(
            r"\s*(?:but|yet)\s*", text[clause_start:clause_end]
        )
        first_verb = (
            re.match(
                # ("In the caption he thanked France and said A": past a short opening phrase)
                r"\s*(?:(?:in|on|at|after|during|later|earlier)\s+(?:(?!which\b|whom\b)[\w'’-]+\s+)"
                r"{1,3}?)?(?:he|she|they|it)\b",
                text[segments[-2][0] : segments[-2][1]],
            )
            if coordinated or but
            else None
        )
        # ("Okello declined to give a date, but said A": a named subject with its own verb, as
        # after "and")
        acting_but = _acting_segment(s, segments[:-1]) if but and not first_verb else None
        coordinated = (
            coordinated
            or bool(
                but
                and (
                    first_verb
                    # (not when that verb itself reports: "acknowledged that A, but insisted B"
                    # is read from its first verb)
                    or (
                        acting_but is not None
                        and not (
                            p.en_verb.search(text, *acting_but)
                            and re.search(r"(?<!\w)that(?!\w)", text[acting_but[0] : acting_but[1]])
                        )
                    )
                )
            )
        )
        if coordinated and first_verb:
            # "Asked who would call first, she laughed and said A": the first verb's subject
            clause_start = segments[-2][0] + first_verb.end() - len(first_verb.group().strip())
            clause_end = segments[-2][0] + first_verb.end()
        elif (
            coordinated
            and (acting := _acting_segment(s, segments[:-1])) is not None
            and s.mention(acting[0], _en_subject_end(s, acting), "en").informative
        ):
            # "Nour Haddad paused and said A", "Barrack hosted Dermer and Shaibani and wrote A":
            # the subject of the last segment that has a verb of its own
            clause_start, clause_end = acting[0], _en_subject_end(s, acting)
        elif (
            len(segments) > 2
            and text[clause_start:clause_end].strip() == "and"
            and "," in text[segments[-2][1] : clause_start]
            and (
                # the subject's own verb in its segment, or an aside ("for its part") after it
                (
                    s.text[s.o(segments[0][0])].isupper()
                    and s.folded[_en_subject_end(s, segments[0]) : segments[0][1]].strip() != ""
                )
                or (len(segments) > 3 and _EN_ASIDE.fullmatch(text, *segments[1]) is not None)
            )
            and s.mention(segments[0][0], _en_subject_end(s, segments[0]), "en").informative
        ):
            # "X, for its part, framed the round around A, and said B", "X hosted Y and Z in
            # the city, and wrote afterwards that B": after ", and" the verb shares the
            # sentence's subject
            clause_start, clause_end = segments[0][0], _en_subject_end(s, segments[0])
        elif not _EN_AUXILIARY.sub("", text[clause_start:clause_end]).strip() and len(segments) > 1:
            # "X, who spoke on condition of anonymity, said" / "SANA, citing a source, said" /
            # "X, for its part, has said"
            citing = [
                g
                for g in segments
                if re.match(r"(?:citing|quoting) ", text[g[0] : g[1]])
                # ("Axios, citing Israeli officials, reported": the outlet tells what a group
                # told it)
                and not _cited_group(s.mention(g[0] + _cue_length(text, g[0]), g[1], "en"))
            ]
            clause_start, clause_end = (
                (citing[-1][0] + _cue_length(text, citing[-1][0]), citing[-1][1])
                if citing
                else segments[0]
            )
            apposed = segments[1] if len(segments) > 2 and not citing else None
            if apposed and re.fullmatch(
                r"\s*(?:[A-Z][\w'’.-]+\s+){0,2}(?:(?:al|el)-)?[A-Z][\w'’-]+\s*",
                s.text[s.o(apposed[0]) : s.o(apposed[1])],
            ):
                # "The envoy, Tom Barrack, said", "Syria's state news agency, Sana, said": the
                # role and the name in apposition are one
                clause_end = apposed[1]
            elif apposed and re.match(
                r"\s*(?:issued|released|published|put out|distributed)\s+by\s",
                text[apposed[0] : apposed[1]],
            ):
                # "The January statement, issued by the State Department on behalf of the
                # three, said": the statement and its issuer are one subject
                clause_end = apposed[1]
        if re.match(r"\s*which\b", text[clause_start:clause_end]) and len(segments) > 1:
            # "... beyond a statement from the PM's office, which said A": the statement speaks
            antecedent = _EN_STATEMENT_FROM.search(text, *segments[-2])
            owned = re.search(
                r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:statement|readout|post)\b",
                text[segments[-2][0] : segments[-2][1]],
            )
            if antecedent is not None:
                clause_start, clause_end = antecedent.start("who"), antecedent.end("who")
            elif owned is not None and segments[0][0] < segments[-2][0] + owned.start():
                # "Netanyahu's office referred questions to its Tuesday statement, which said
                # A": the statement's owner, the sentence's subject, speaks
                clause_start, clause_end = segments[0][0], _en_subject_end(s, segments[0])
            else:
                continue
        relative_who = re.match(r"\s*who\b", text[clause_start:clause_end]) is not None
        if relative_who and len(segments) > 1:
            clause_start, clause_end = segments[-2]  # "Barrack, who had said ..."
            earlier = [g for g in every_segment if g[1] <= clause_start]
            name_before = (
                _EN_NAME_BEFORE_TITLE.search(s.text, s.o(earlier[-1][0]), s.o(earlier[-1][1]))
                if earlier and re.match(r"\s*(?:the|a|an)\s", text[clause_start:clause_end])
                else None
            )
            if name_before:
                # "... met Bishop John Okello, the leader of Uganda's Anglicans, who said": the
                # person named, not the title in apposition
                clause_start, clause_end = s.f(name_before.start()), s.f(name_before.end())
            else:
                ending = _EN_SEGMENT_ENDS_WITH_NAME.search(
                    s.text, s.o(clause_start), s.o(clause_end)
                )
                if ending is not None and s.f(ending.start("name")) > clause_start:
                    # "The delegation was led by Mudavadi, who described A": the relative's
                    # antecedent is the name right before its comma, not the clause's subject
                    clause_start, clause_end = s.f(ending.start("name")), s.f(ending.end("name"))
        pronoun = re.search(
            # ("He once predicted", "she also told": an adverb between the pronoun and its verb)
            r"(?<!\w)(?P<p>he|she|they|it)(?:\s+(?:once|also|later|then|again|already|still|even"
            r"|first|often|never|previously|repeatedly|publicly|privately|recently|further"
            r"|nonetheless|nevertheless))?\s*$",
            text[clause_start:clause_end],
        )
        if pronoun:
            # "After the meeting he wrote"
            clause_start, clause_end = (
                clause_start + pronoun.start(),
                clause_start + pronoun.end("p"),
            )
        subject_text = text[clause_start:clause_end]
        embedded = re.search(
            r"\b(?:in which|during which|where|when|after|while|because|since)\s+(?=\S)",
            subject_text,
        )
        opening = re.match(r"\s*(?:after|before|during|in|at|following)\s+which\s+", subject_text)
        if opening:
            embedded = opening  # "..., after which the Syrian foreign ministry said": the ministry
        if embedded and (opening or len(subject_text.split()) > 10):
            # "a channel relayed a report in which a government source said ...": the clause's
            # own subject
            clause_start += embedded.end()
            subject_text = text[clause_start:clause_end]
        # "A Western diplomat who was briefed on both days described ...": the relative clause
        # is about the subject, not part of its name
        subject_text = re.sub(r"\s+who\s.*$", " ", subject_text)
        issued = (
            _issued_within(subject_text, start=0, language="en")
            if len(subject_text.split()) > 10
            else None
        )
        if issued is not None and issued.issuer is not None:
            # "A joint statement released by the US State Department on Tuesday said", "The
            # January statement, issued by the State Department on behalf of the three, said":
            # the statement and its issuer, without the day or the principals
            subject_text = subject_text[: issued.issuer.end]
        # "a Syrian government source quoted by the state news agency SANA": the medium it spoke
        # through is no part of the subject's length
        core = re.sub(
            r"\s+(?:quoted|cited|interviewed|speaking|talking)\s+(?:by|to|with)\s.*$",
            "",
            subject_text,
        )
        role_place = _EN_ROLE_THEN_PLACE.match(core)
        if role_place is not None and _is_role_word(role_place.group("role")):
            core = role_place.group("head")  # (its place is no part of the subject's length)
        if not subject_text.strip() or (len(core.split()) > 10 and issued is None):
            continue
        if _EN_NEGATED.search(subject_text) or re.match(
            r"\s*(?:neither|no|none|whether|if)\b", subject_text
        ):
            continue  # "did not say", "Neither account says", "Whether X confirms": no speech
        subject_text = _EN_AUXILIARY.sub("", subject_text)
        subject = s.mention(clause_start, clause_start + len(subject_text), "en")
        role_place = _EN_ROLE_THEN_PLACE.match(subject_text)
        if role_place is not None and _is_role_word(role_place.group("role")):
            # "A senior official in the administration of US President Donald Trump": the role
            # speaks, and the place it works in gives its country, never its name
            role_head = s.mention(clause_start, clause_start + role_place.end("head"), "en")
            workplace = s.mention(
                clause_start + role_place.start("place"), clause_start + len(subject_text), "en"
            )
            subject = replace(role_head, country=role_head.country or workplace.country)

        parenthetical = re.match(r"\s*(?:,|[.!?]?\s*$)", text[verb.end() : se]) is not None
        # (", he said," or a closing ", he charged.": the words before are his, not a name)
        if (
            subject.empty
            and pronoun
            and segments[0][0] < clause_start
            and not parenthetical
            and not _EN_OPENING.match(text[segments[0][0] : segments[0][1]])
        ):
            # "Netanyahu's office, in a statement, framed the round ...: it says ...": the
            # sentence's own subject, named before the pronoun
            first = s.mention(segments[0][0], _en_subject_end(s, segments[0]), "en")
            he = pronoun.group().strip() in ("he", "she")
            if first.informative and (_person_like(first) if he else _institution(first)):
                subject = first
        speech_start = s.start
        colon_at = text.find(":", sentence_start, clause_start)
        if (
            subject.empty
            and pronoun
            and parenthetical
            and colon_at > sentence_start
            and not any(a <= s.o(colon_at) < b for a, b in s.quotes)
        ):
            # "A Kenyan official went further in comments to Reuters: the talks cannot A, he
            # said, until B": "he" is the subject of the clause the colon ends
            first = s.mention(sentence_start, _en_subject_end(s, (sentence_start, colon_at)), "en")
            he = pronoun.group().strip() in ("he", "she")
            if first.informative and (_person_like(first) if he else _institution(first)):
                subject = first
                speech_start = s.o(colon_at + 1)
        trade_only = subject.roles == ("professional",) and not (subject.country or subject.person)
        if (
            trade_only or not (subject.informative or subject.empty or subject.anaphoric)
        ) and _EN_EPITHET.match(subject_text.strip()):
            # "The former real estate investor warned that": a description of the person the
            # report is about (by a trade at most, never a country or a name), resolved as "he"
            subject = replace(subject, surface="he", empty=True)
        if not (subject.informative or subject.empty or subject.anaphoric):
            statement = next(
                (
                    m
                    for g in segments[:-1]
                    if (m := _EN_IN_STATEMENT.match(text[g[0] : g[1]])) is not None
                ),
                None,
            )
            if statement is None:
                continue
            subject = s.mention(
                segments[0][0] + statement.start("noun"),
                segments[0][0] + statement.end("noun"),
                "en",
            )
        bare_country = subject.country and not (subject.roles or subject.person or subject.outlet)
        if bare_country and re.search(
            r",\s+[^,]{3,80}\s(?:said|says|told|added)\b", text[verb.end() : se]
        ):
            continue  # "Israel emphasised A, Netanyahu's office said": the office speaks
        pos = verb.end()
        together = subject.joint and _countries_together(subject.surface.casefold())
        if bare_country or together:
            # "Israel and Syria said in a joint statement issued by the State Department that":
            # the statement speaks, as its issuer
            window = s.text[s.o(pos) : s.end]
            that = re.search(r"\sthat\s", window)
            window = window[: that.start()] if that else window[:120]
            issued = _issued_within(window, start=s.base + s.o(pos), language="en")
            if issued is not None:
                subject = issued
                pos = s.f(s.o(pos) + len(window))
        subject = _with_medium_country(subject, text[segments[0][0] : se])
        if verb.group("verb") in ("told", "tells"):
            nouns = _words(lexicon().outlet_nouns_en)
            medium = re.match(
                # "told Reuters", "told the Jerusalem Post", "told state news agency SANA"
                rf"\s*(?:the\s+)?(?:(?:[a-z]+\s+){{0,2}}(?:{nouns})(?=\s+[A-Z]))?"
                r"\s*[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)*",
                s.text[s.o(pos) :],
            )
            pronoun_medium = medium and re.match(
                r"\s*(?:them|him|her|us|me|you)\s+[A-Z]", medium.group()
            )
            if medium and pronoun_medium:
                # "told them Okello led A": a pronoun is the whole medium, and the name after
                # it opens the speech
                medium = re.match(r"\s*\w+", medium.string)
            elif medium and len(medium.group().split()) > 1:
                # "told the Monitor Kenya had to share A": a name right before a finite verb is the
                # speech's subject, not part of the medium
                finite = re.match(
                    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|must|did|does"
                    r"|can|may|might|wanted|wants)\b",
                    s.text[s.o(pos) + medium.end() :],
                )
                last = re.search(r"\s+[\w.'’-]+$", medium.group())
                if finite and last:
                    medium = re.match(re.escape(medium.group()[: last.start()]), medium.string)
            if medium:
                pos = s.f(s.o(pos) + medium.end())
                # "told the council today": when, not the speech
                when = re.match(
                    r"\s+(?:today|yesterday|tonight|(?:this|last)\s+(?:week|morning|afternoon"
                    r"|evening|night))\b",
                    s.text[s.o(pos) :],
                )
                if when:
                    pos = s.f(s.o(pos) + when.end())
        citing_after = re.match(
            r"\s*,\s*(?:citing|quoting)\s+(?P<who>[^,]{3,80}),\s*(?=that\s)", text[pos:se]
        )
        if citing_after:
            # "Yedioth Ahronoth reported, citing a senior official, that A": the official's A
            relayed = s.mention(
                pos + citing_after.start("who"), pos + citing_after.end("who"), "en"
            )
            if (relayed.informative or relayed.anaphoric) and not _cited_group(relayed):
                subject = _with_medium_country(relayed, subject.surface)
            if relayed.informative or relayed.anaphoric:
                pos += citing_after.end()
        skip = p.en_skip.match(text, pos)
        # "The survey, it said, also found A": an adverb after the clause's closing comma is
        # the resumed speech's, not the clause's
        resumed_adverb = (
            re.fullmatch(
                r"\s*,\s*(?:also|too|again|later|then|separately|repeatedly|publicly|privately)"
                r"\s*",
                skip.group(),
            )
            if skip
            else None
        )
        unskipped = pos
        if skip:
            pos = skip.end()
        tail = text[pos:se].strip(' ."”')
        adding = re.match(
            r"\s*,?\s*(?:(?:adding|noting|saying|stressing|insisting)\s+(?:that\s+)?"
            rf"|(?:{_EN_THAT_PARTICIPLES})\s+that\s+)",
            text[pos:se],
        )
        if adding and segments[-1][0] > sentence_start:
            # "A, X said in a statement, adding that B": both A and B are X's
            return [
                _Found(
                    [(s.start, s.o(segments[-1][0])), (s.o(pos + adding.end()), s.end)],
                    subject,
                    (s.o(clause_start), s.o(pos)),
                )
            ]
        colon = re.match(r"\s*:\s*(?=\S)", text[pos:se])
        if (
            colon
            and segments[-1][0] > sentence_start
            and clause_start == segments[-1][0]
            and len(segments) > 2  # ("X, the envoy, said:": a name and its role)
            and ":" not in text[sentence_start : segments[-1][0]]
            and not _EN_OPENING.match(text, segments[0][0])
            and not _EN_LEAD_ADVERBIAL.match(text, segments[0][0])
            and not s.quotes
        ):
            # "The team came with one request, an official said: A": the clause before the
            # reporting clause is the source's account too
            return [
                _Found(
                    [(s.start, s.o(segments[-1][0])), (s.o(pos + colon.end()), s.end)],
                    subject,
                    (s.o(clause_start), s.o(pos)),
                )
            ]
        # "A, Tom Barrack said, but he gave no date": a new clause of the reporter's
        new_clause = (
            re.match(
                r"(?:\s+(?:on|at|in|after|late|early)\s+[^,]{1,30})?"  # "told reporters on Tuesday"
                r"\s*,?\s*(?:but|and|although|though|while|whereas|yet)\s+(?:he|she|they|"
                r"(?:did|would|could)\s+not|declined|refused|gave\s+no|offered\s+no)\s",
                text[pos:se],
            )
            or re.match(
                # "A, the ministry said in a statement, while Kenya called them B": a new subject
                r"(?:\s+(?:on|at|in|after|late|early)\s+[^,]{1,30})?\s*,?\s*(?:while|whereas)\s+[A-Z]",
                s.text[s.o(pos) : s.end],
            )
        )
        if resumed_adverb and segments[-1][0] > sentence_start and tail.strip(", "):
            pos = unskipped
        if (
            segments[-1][0] > sentence_start
            # (or a comma the skipped words end with: "A, he wrote at the time, B")
            and (
                # (or a semicolon: "A, she has said; B" goes on with her words)
                re.match(r"\s*[,;]", text[pos:se])
                or re.fullmatch(
                    r"\s*(?:at the time|afterwards?|yesterday|later|last \w+|this \w+)\s*,\s*",
                    text[unskipped:pos],
                )
            )
            and tail.strip(", ")
            and not new_clause
            and (
                not (adjunct := _EN_ADJUNCT.match(text, pos))
                # "The meeting ended, the source added, with both sides ...": indirect speech
                # the clause interrupts goes on ('"A," he said, with a smile' does not)
                or (
                    adjunct.group().strip(" ,") == "with"
                    and not s.quotes
                    and text[sentence_start : segments[-1][0]].rstrip().endswith(",")
                )
                # "In July, she recalls, the first meeting was convened to A": a subject with
                # its finite verb, not the reporter's apposition (", the first sign of B")
                or (
                    adjunct.group().strip(" ,").startswith("the")
                    and _EN_FINITE.search(text, adjunct.end(), se) is not None
                )
            )
        ):
            # "The new government, he says, has made plain ..."
            comma = re.match(r"\s*[,;]\s*", text[pos:se])
            resume = pos + (comma.end() if comma else 0)
            return [
                _Found(
                    [(speech_start, s.o(segments[-1][0])), (s.o(resume), s.end)],
                    subject,
                    (s.o(clause_start), s.o(pos)),
                )
            ]
        adjunct_only = re.match(
            r"\s*(?:at|in|on|after|during|before|from|with|following|amid|ahead)\b", text[pos:se]
        ) and not re.search(r"\bthat\b|[\"“:]", text[pos:se])
        # (only after a speech verb: "the sides agreed on a plan" is no closing clause)
        adjunct_only = adjunct_only and (
            verb.group("verb") in _EN_INVERTING
            or verb.group("verb") == "announced"
            # "..., a Syrian official told Reuters on condition of anonymity."
            or (verb.group("verb") in ("told", "tells") and len(tail.split()) <= 6)
        )
        if segments[-1][0] > sentence_start and (
            not tail or adjunct_only or _EN_ADJUNCT.match(text, pos) or new_clause
        ):
            # "The talks were useful, a Syrian official said."
            # (a segment may open with the closing mark of a quote whose comma ended the one
            # before: 'could work "the same day," he said')
            gap = text[segments[-1][0] : clause_start]
            opens_clause = clause_start == segments[-1][0] or (
                clause_start > segments[-1][0] and re.fullmatch(r"\s*[\"”’']\s*", gap) is not None
            )
            before = segments[-1][0] if opens_clause else segments[0][0]
            spoken = [(speech_start, s.o(before))]
            marked = [q for q in s.quotes if speech_start <= q[0] and q[1] <= s.o(before)]
            if marked and _EN_LEAD_TO_QUOTE.fullmatch(s.text, speech_start, marked[0][0]):
                # 'The message was blunt: "A," an official said', 'Asked about it, "A," he
                # said': the reporter's lead-in is no part of the quotation
                spoken = marked
            described = _EN_DESCRIBING_AS.match(text, pos, se)
            if described:
                # "..., the official said, describing the body as the engine of the process"
                spoken.append((s.o(described.end()), s.end))
            return [_Found(spoken, subject, (s.o(clause_start), s.o(pos)))]
        if verb.group("verb") in ("believes", "thinks", "suspects") and not subject.person:
            # "Jane Wambui, who teaches ..., believes A" reports an analyst's view; "The
            # President believes A" inside a spokesman's answer is the spokesman's words
            continue
        if verb.group("verb") in _EN_NAMING_VERBS and re.match(r"\s*that\s", text[pos:se]):
            # 'Mwangi calls that demand "the real headline"': a naming verb's "that" points,
            # it opens no speech (the words in marks are the labelled-phrase rule's)
            continue
        content = _content_after(  # type: ignore[assignment]
            s, pos, p, arabic=False, marked=verb.group("verb") in _EN_NEEDS_MARK
        )
        described_as = verb.group("verb") in ("described", "describes") and _EN_DESCRIBED_AS.match(
            text, pos, se
        )
        if (
            content is None
            and described_as
            # (a speaker, not "people I trust described the mood as ..." inside an answer)
            and (subject.informative or re.fullmatch(r"(?i)it|he|she", subject.surface))
        ):
            # "It described the new cell as a platform for resolving disputes": what it is called,
            # unquoted, is the speech
            content = [(s.o(described_as.end()), s.end)]
        if (
            content
            and re.match(
                # ("warned against expecting A": what is warned against, no words; "said the
                # same thing to X": a pro-form for words reported elsewhere)
                r"\s*(?:(?:to|of|about|from|against|little|nothing|much)\s|the\s+same(?:\s+things?)?"
                r"(?=[\s,.;])(?!\s+(?:day|night|morning|afternoon|evening|week|month|year|time)\b))",
                s.text[content[0][0] : content[0][1]],
            )
            and not any(a <= content[0][0] < b for a, b in s.quotes)  # not '"to turn a page"'
            # ("said that nothing would move": the words after "that" are speech)
            and not re.search(r"(?<!\w)that\s*$", s.folded[pos : s.f(content[0][0])])
        ):
            continue  # "agreed to set up", "warned of", "has said little": no reported speech
        nested = _relayed_speaker(s, s.f(content[0][0])) if content else None
        if (
            nested is not None
            and _person_like(subject)
            and not subject.outlet
            # ("The Monitor reported that ...": a name with "the" is a title, no person)
            and not (re.match(r"(?i)the\s", subject.surface) and not subject.roles)
        ):
            # "An Israeli official told Axios that Syrian negotiators had said A": a person's
            # account of what others said is the person's own statement (an outlet relays)
            nested = None
        if nested is not None and content is not None and len(content) == 1:
            # "Axios reported that an Israeli official had said A": the official speaks
            inner, inner_at = nested
            return [
                _Found([(s.o(inner_at), content[0][1])], inner, (s.o(clause_start), s.o(inner_at)))
            ]
        if content and verb.group("verb") in _EN_NEEDS_MARK:
            # "he called them 'historic' and said A": the second verb's words are his too
            end = s.f(content[-1][1])
            # ('called it "positive," saying B': the comma inside the marks ends the words)
            also = _EN_AND_SAID.search(text, end - (text[end - 1 : end] == ","), se)
            if also and not any(a >= s.o(also.end()) for a, _ in content):
                content = [*content, (s.o(also.end()), s.end)]
        if content and relative_who:
            # "Barrack, who had said A, did not comment on Tuesday": A ends with the clause
            main = _EN_MAIN_RESUMES.search(s.text, content[-1][0], content[-1][1])
            if main:
                content = [*content[:-1], (content[-1][0], main.start())]
        if content:
            return [_Found(content, subject, (s.o(clause_start), s.o(pos)))]
    saying = re.search(
        rf"(?:,|\s+by)\s+(?P<how>saying|adding|{'|'.join(_EN_NAMING)})\s+(?:that\s+)?"
        # "Channel 12 went further, reporting that A": these report only with their "that"
        r"|,\s+(?P<how_that>reporting|arguing|insisting|warning|noting|stressing|explaining|"
        r"claiming|asserting|acknowledging|conceding|underlining|emphasi[sz]ing|reiterating)"
        r"\s+that\s+"
        # ('X defended the push, telling "Sunday Edition" that A': the one told is no speaker)
        r"|,\s+(?P<how_told>telling|informing)\s+[^,;:]{2,60}?\s+that\s+"
        # "X spent much of the year insisting that A": time spent saying it
        r"|\s+spent\s+[^,;:\"“]{0,40}?\s+(?P<how_spent>insisting|arguing|warning"
        r"|saying|claiming|explaining|stressing|predicting|promising)\s+that\s+",
        text[sentence_start:se],
    ) or _EN_DOCUMENT_SAYING.search(text[sentence_start:se])
    naming = saying is not None and saying.groupdict().get("how") in _EN_NAMING
    # "..., calling the channel 'groundbreaking'": only the quoted words are speech
    spoken = (
        [(a, b) for a, b in s.quotes if a >= s.o(sentence_start + saying.end())]
        if saying is not None and naming
        else [(s.o(sentence_start + saying.end()), s.end)]
        if saying is not None
        else []
    )
    if saying and spoken:
        # "Defence Minister X defended the policy, saying that ...": the sentence's subject speaks
        leads = _segments(text, sentence_start, sentence_start + saying.start())
        # ("X, the envoy who has travelled between A, B and C, spent the year insisting that":
        # the time is the sentence subject's, not the last name before the verb)
        # ("The statement, released by X in the names of A, B and C, opens by saying that": a
        # verb with no subject of its own after the commas is the first segment's)
        last_words = s.text[s.o(leads[-1][0]) : s.o(leads[-1][1])].split() if leads else []
        predicate_only = (
            len(leads) > 1
            and bool(last_words)
            and last_words[0][:1].islower()
            # (not "the State Department released ...": an article or a role opens a subject)
            and last_words[0].casefold() not in _english_modifiers()
            and last_words[0].casefold() not in _EN_SUBJECT_OPENERS
            and not _is_role_word(last_words[0].casefold())
        )
        if predicate_only:
            # ... or a name in apposition to it ("The chairman, Sen. John Otieno, closed the
            # session by saying"), up to the first segment that opens in lower case
            lower = next(
                (
                    i
                    for i, (a, b) in enumerate(leads[1:], 1)
                    if s.text[s.o(a) : s.o(b)].lstrip()[:1].islower()
                ),
                len(leads),
            )
            order = list(reversed(leads[:lower]))
        else:
            order = leads[:1] if saying.groupdict().get("how_spent") else list(reversed(leads))
        for lead_start, lead_end in order:
            # the clause's subject: its words up to the first lowercase word that is not a role
            words = s.text[s.o(lead_start) : s.o(lead_end)].split()
            # ("a senior Ugandan official had sounded cautious, saying": its article opens it)
            article = 1 if words and words[0].casefold() in ("a", "an", "the") else 0
            opens_with_pronoun = bool(words) and words[0].casefold() in ("he", "she")
            n = article
            while n < min(len(words), 8) and (
                words[n][:1].isupper()
                or (n > 0 and words[n].isdigit())  # "Channel 12"
                or _is_role_word(words[n].casefold())
                or (words[n].casefold() in _english_modifiers() and n + 1 < len(words))
            ):
                n += 1
            if n == article or opens_with_pronoun:
                n = 0  # an article and no more; "She went further, saying A": a pronoun
            pronoun = re.search(r"(?:^|\s)(?:he|she)\s", text[lead_start:lead_end])
            if n == 0 and pronoun is None:
                continue
            if n == 0 and pronoun is not None:
                # "In January he went further, calling ...": "he" is resolved like a subject
                at = lead_start + pronoun.end() - 1 - len(pronoun.group().strip())
                candidate = s.mention(at, at + len(pronoun.group().strip()), "en")
                return [_Found(spoken, candidate, (s.o(at), s.o(lead_end)))]
            subject_end = lead_start + len(" ".join(words[:n]))
            candidate = s.mention(lead_start, subject_end, "en")
            if (
                candidate.informative
                and (
                    candidate.person
                    or candidate.roles
                    or candidate.outlet
                    # "Uganda struck the depot, saying it was acting to protect civilians": a
                    # country that acts and says why speaks as its government ("Syrian activists
                    # greeted it, warning that": an adjective, of a noun that is no speaker)
                    or (
                        candidate.country
                        and n <= 3
                        and _names_country_en(" ".join(words[:n]))
                        # (its verb next: "Kenya and Uganda in Kisumu" is no clause of its own)
                        and not (n < len(words) and words[n].casefold() in _EN_NOT_A_VERB)
                    )
                )
            ):
                return [_Found(spoken, candidate, (s.o(lead_start), s.o(subject_end)))]
    return []


# an unnamed role and where it works: "a senior official in the administration of X", "an
# aide at the ministry"
_EN_ROLE_THEN_PLACE = re.compile(
    r"\s*(?P<head>(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>[a-z]+))"
    r"\s+(?:in|at|with|within|close\s+to)\s+(?P<place>.+)$"
)


# a clause that ends with a person's name, after a preposition or a verb ("was led by Musalia
# Mudavadi", "met Jane Mwangi"), before a relative "who"
_EN_SEGMENT_ENDS_WITH_NAME = re.compile(
    r"\s(?:by|met|with|from|to|and|hosted|received|of)\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}"
    r"(?:(?:al|el)-)?[A-Z][\w'’-]+)\s*$"
)


# words that open a subject, not a predicate: "..., the State Department released"
_EN_SUBJECT_OPENERS = frozenset(
    ("a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
     "he", "she", "it", "they", "we", "both", "each", "one", "two", "three", "several", "some")
)  # fmt: skip


# "according to an interview he gave the Post", "remarks she made on Sunday": the source is the
# words of someone the sentence has named (folded text)
_EN_OWN_REMARKS = re.compile(
    r"(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:interview|remarks|comments|speech|post"
    r"|statement|briefing)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?(?:gave|made|delivered"
    r"|granted|posted|published|issued|wrote)\b"
)


# "released a joint statement on Tuesday saying A": the statement says it (tried after ", by
# saying", so "The statement closes by saying A" keeps the statement as its speaker)
_EN_DOCUMENT_SAYING = re.compile(
    r"\b(?:statement|readout|communiqu[eé]|post)\s+(?:[^,;:\"“]{0,40}?\s+)?(?P<how_doc>saying)"
    r"\s+(?:that\s+)?"
)


_EN_RELAYED = re.compile(
    r"(?P<who>[^,;:\"“”]{2,60}?)\s+(?:had\s+|has\s+)?"
    r"(?:(?:said|says|told|added)\s+(?!on\s|upon\s)(?:that\s+)?"
    # ("had insisted on a withdrawal" is a demand, "had stressed trade" a topic: these two relay
    # words only with their "that")
    r"|(?:insisted|stressed)\s+that\s+)(?=\S)"
)


def _relayed_speaker(s: _Sentence, fpos: int) -> tuple[Mention, int] | None:
    """Reported words that open with their own reporting clause ("an Israeli official had
    said A"): its speaker, and where A starts (folded). A country alone relays no words."""
    inner = _EN_RELAYED.match(s.folded, fpos, s.f(s.end))
    if inner is None:
        return None
    who = s.mention(inner.start("who"), inner.end("who"), "en")
    if not who.informative or not (who.roles or (who.person and not who.country)):
        return None
    return who, inner.end()


def _acting_segment(s: _Sentence, segments: list[Span]) -> Span | None:
    """Of the segments joined by "and" before a verb, the last that opens with a capitalised
    name followed by words of its own (its verb): "Shaibani" alone is an object."""
    for segment in reversed(segments):
        if not s.text[s.o(segment[0])].isupper():
            continue
        own = s.folded[_en_subject_end(s, segment) : segment[1]].strip()
        if own and not re.fullmatch(
            r"(?:together|alone|both|too|jointly|separately|respectively|as well)", own
        ):  # ("hosted A and B together": an adverb is no verb of B's)
            return segment
    return None


def _en_subject_end(s: _Sentence, segment: Span) -> int:
    """Where a segment's leading noun phrase ends: its capitalised, role and modifier words."""
    words = s.text[s.o(segment[0]) : s.o(segment[1])].split()
    if len(words) > 1 and words[0].endswith("ing") and words[1][:1].islower():
        return segment[0]  # "Recalling the two meetings, ..., he said": a participle, no name
    n = 0
    while n < min(len(words), 8) and (
        words[n][:1].isupper()
        or re.match(r"(?:al|el|ad|as|ash|an|ar)-[A-Z]", words[n]) is not None  # "al-Shaibani"
        or _is_role_word(words[n].casefold())
        or words[n].casefold() in _english_modifiers()
    ):
        n += 1
    return segment[0] + len(" ".join(words[:n]))


def _closes_sentence(s: _Sentence, verb: re.Match[str], p: _Patterns) -> bool:
    """ "..., the State Department said." / "..., said a Syrian official.": a reporting clause
    set off by a comma that ends the sentence, so the words before it are the speech."""
    text, se = s.folded, s.f(s.end)
    before = text[s.f(s.start) : verb.start()]
    comma = before.rfind(",")
    if comma == -1 or not before[:comma].strip(" \"'“”‘’"):
        return False
    subject_words = before[comma + 1 :].split()
    if subject_words[:1] in (["whatever"], ["what"], ["whoever"], ["regardless"]):
        return False  # ", whatever the diplomats said in Paris.": no reporting clause
    after = text[verb.end() : se]
    skip = p.en_skip.match(after)
    if verb.group("verb") in ("told", "tells"):
        # "..., a Syrian official told Reuters on condition of anonymity.": the medium may
        # carry an adjunct of its own (when, where, how)
        medium = re.match(
            r"\s*(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?"
            r"(?:,?\s+(?:on|in|by|at|after|during|over|via|late|earlier|from)\s+[\w.'’-]+"
            r"(?:\s+[\w.'’-]+){0,4}?)?(?=[\s,.]*$)",
            after,
        )
        if medium:
            return len(subject_words) <= 10
    # "..., she said, describing it as 'A'": a participle that goes on after the clause
    going_on = re.match(
        r"\s*,\s+(?:describing|calling|adding|noting|stressing|citing|referring|pointing"
        # (", it said, and pushed for B": the speech's second predicate)
        r"|and\s+(?!(?:he|she|they|it|we|i)\b)[a-z]+ed)\b",
        after,
    )
    if going_on and subject_words and len(subject_words) <= 3:
        return "that" not in subject_words
    rest = after[skip.end() :] if skip else after
    words = re.findall(r"[\w'’-]+", rest)
    if not subject_words:  # inverted: ", said X."
        return (
            verb.group("verb") in _EN_INVERTING
            and 0 < len(words) <= 10
            and not re.search(r"\b(?:that|had|has|was|were|is)\b", rest)
        )
    return (
        len(subject_words) <= 10
        and len(words) <= 4
        and "that" not in words
        and "that" not in subject_words  # "..., noting that officials had denied it."
        # (", while Kenya called them 'a first step'": a new subject's clause, not one closing
        # the words before it)
        and subject_words[:1] not in (["while"], ["whereas"])
    )


# an adverbial that opens a sentence before its subject: "Last week, X said:", "When asked, X
# said:" (folded text)
_EN_LEAD_ADVERBIAL = re.compile(
    r"\s*(?:when|as|once|while|since|if|though|although|because|following|according|last|this"
    r"|that|next|earlier|later|yesterday|today|tonight|days?|weeks?|months?|years?|hours?)\b"
)
# participles that name what they quote: "..., calling the channel 'groundbreaking'"
_EN_NAMING = ("calling", "describing", "hailing", "terming", "dubbing")
# an aside between a subject and its verb: "X, for his part, said", "X, in turn, said"
_EN_ASIDE = re.compile(
    r"\s*(?:for\s+(?:his|her|its|their)\s+part|in\s+(?:(?:his|her|its|their)\s+)?turn|"
    r"meanwhile|however|too|also|instead|by\s+contrast|in\s+response|separately)\s*"
)


_EN_PARTICIPLE_ASIDE = re.compile(
    r"\s*(?:speaking|writing|addressing|talking|appearing|responding|testifying|asked|"
    r"interviewed|pressed)\s"
)


# Verbs that may come before their subject: "..., said a Syrian official." ("called the outcome
# X" is no inversion)
# an inverted reporting clause's relative clause that reports more: "..., said the official,
# who added that B" (folded text)
_EN_WHO_ADDED = re.compile(
    r",\s*who\s+(?:also\s+)?(?:added|said|noted|stressed|insisted|warned|argued|explained)"
    r"\s+(?:that\s+)?(?=\S)"
)


def _en_closing_apposed_subject(
    s: _Sentence, segments: list[Span], verb: re.Match[str], se: int
) -> _Found | None:
    """ "A, Peter Okello, the Kenyan envoy, said." / "A, a Western diplomat, who asked not to be
    named, said." / "A, a third source, a Western diplomat briefed by X, said.": a closing
    reporting clause whose subject stands between commas, in apposition or with an aside, and
    whose verb (one of `_EN_INVERTING`, or "told" and its medium) ends the sentence. The speech
    is the clause before the subject; the speaker, the subject's segment that names a person,
    else its last informative one. None for any other shape (folded offsets throughout)."""
    text = s.folded
    clause_start, clause_end = segments[-1]
    if len(segments) < 3 or _EN_AUXILIARY.sub("", text[clause_start:clause_end]).strip():
        return None
    after = text[verb.end() : se].strip(' ."”')
    told = verb.group("verb") in ("told", "tells") and re.fullmatch(
        r"(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}", after
    )
    if verb.group("verb") not in _EN_INVERTING and not told:
        return None
    # "..., said, with the Americans steering both delegations away from A": indirect speech
    # the clause interrupts goes on (as after a closing clause's subject, `_EN_ADJUNCT`)
    going_on = re.match(r"\s*,\s*(?=with\s)", text[verb.end() : se]) if not s.quotes else None
    # ('..., said in a post on X.', '..., said in a statement.': where it was said)
    where = re.fullmatch(r"(?:in|on|at|during|after|via|late|earlier)\s+[^,;:]{2,60}", after)
    if after and not told and not going_on and not where:
        return None
    if s.mention(segments[0][0], _en_subject_end(s, segments[0]), "en").informative:
        return None  # "Peter Okello, the Kenyan envoy, said A": the usual opening subject
    subject = [
        i
        for i in range(1, len(segments) - 1)
        if s.mention(segments[i][0], segments[i][1], "en").informative
    ]
    if not subject:
        return None
    first = subject[0]
    for i in range(first + 1, len(segments) - 1):
        # each segment after the subject's first is another name for it or an aside
        if i in subject:
            continue
        if not (
            re.match(r"\s*(?:who|which)\b", text[segments[i][0] : segments[i][1]])
            or _EN_ASIDE.fullmatch(text, *segments[i])
            or _EN_PARTICIPLE_ASIDE.match(text, *segments[i])
        ):
            return None
    if not re.search(r"\w", text[segments[0][0] : segments[first][0]]):
        return None
    mentions = [s.mention(segments[i][0], segments[i][1], "en") for i in subject]
    named = [m for m in mentions if m.person]
    speaker = named[0] if named else mentions[-1]
    spoken = [(s.start, s.o(segments[first][0]))]
    if going_on:
        spoken.append((s.o(verb.end() + going_on.end()), s.end))
    return _Found(spoken, speaker, (s.o(segments[first][0]), s.o(verb.end())))


_EN_INVERTING = frozenset(
    [
        "said",
        "says",
        "added",
        "adds",
        "wrote",
        "writes",
        "explained",
        "continued",
        "continues",
        "replied",
        "asked",
        "insisted",
        "argued",
        "noted",
        "warned",
        "acknowledged",
        "concluded",
        "recalled",
        "countered",
        "stressed",
    ]
)
# An opening phrase before a sentence's subject: a time, or what the speaker was doing
_EN_MONTHS_DAYS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# "In September Ahmed al-Sharaa", "On Monday Musa Otieno", "On January 5 Tom Barrack": a date
# with no comma, then the name (original text)
_EN_DATED_NAME = re.compile(
    rf"\s*(?:(?:[Ll]ate|[Ee]arly|[Ll]ater|[Ee]arlier)\s+)?(?:[Oo]n|[Ii]n|[Bb]y)\s+"
    rf"(?:{_EN_MONTHS_DAYS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?P<name>[A-Z][\w'’.-]+"
    r"(?:\s+(?:(?:al|el|bin|de|van)[- ])?[A-Z][\w'’.-]+){0,3})\s*$"
)
_EN_OPENING = re.compile(
    r"\s*(?:(?:late|early|later|earlier|back)\s+)?(?:on|in|at|by|during|after|before|hours|days)\s"
    r"|\s*(?:late|early|later|earlier|afterwards|meanwhile|separately|elsewhere|however|also"
    r"|still|instead|likewise|similarly|nonetheless|nevertheless|publicly|privately)\s*$"
    r"|\s*(?:speaking|writing|talking|asked|interviewed|pressed|questioned|challenged"
    r"|briefing|addressing|responding|commenting|reacting|testifying)\s",
    re.IGNORECASE,
)
# A reporter's lead-in before a quotation that a closing reporting clause owns: a clause that
# ends with a colon, or an "Asked about ...," opening
_EN_LEAD_TO_QUOTE = re.compile(
    r"(?:[^\"“”]*:\s*|\s*(?:asked|pressed|questioned|challenged)\s[^\"“”:;]*,\s*)[\"“‘']?",
    re.IGNORECASE,
)
# verbs that give something a name ("called it 'historic'"): never followed by a "that" of
# speech
_EN_NAMING_VERBS = frozenset(
    ("called", "calls", "termed", "terms", "dubbed", "dubs", "branded", "brands", "labelled",
     "labeled", "labels")
)  # fmt: skip
# Verbs that report speech only with "that", a colon or a quotation: "agreed at the talks to
# set up a cell", "called the outcome a breakthrough" report no words
_EN_NEEDS_MARK = frozenset(
    [
        "acknowledged",
        "announced",  # "announced a liaison cell rather than a pact" reports no words
        "announces",
        "affirmed",  # "reaffirmed their commitment to A" reports no words
        "affirms",
        "reaffirmed",
        "reaffirms",
        "agreed",
        "called",
        "calls",
        "asked",  # '"A timetable for what?" Sela asked', but not "asked not to be named"
        "asks",
        "believes",  # "believes that A", "thinks the sides are A", but not "believes in A"
        "thinks",
        "suspects",
        "denied",  # "denied that troops crossed", but not "denied the claim"
        "denies",
        "dismissed",  # 'dismissed the report as "fiction"', but not "dismissed the idea"
        "dismisses",
        "branded",
        "brands",
        "labelled",
        "labeled",
        "hailed",  # "hailed the accord as 'a turning point'", but not "hailed the accord"
        "hails",
        "termed",
        "dubbed",
        "promised",
        "promises",
        "pledged",
        "vowed",
        "urged",
        "urges",
        "accused",
        "records",  # "the statement records that A", but not "records the names"
        "recorded",
        "continued",
        "continues",  # '"A," the statement continues, "B"', but not "continues its patrols"
        "goes on",
        "described",
        "describes",
        "predicted",
        "estimated",
        "signaled",
        "signalled",
        "posted",
        "asked",
        "asks",
        "wondered",
        "expressed",
        "mentioned",
        "mentions",
        "speaks of",
        "spoke of",
        "referred to",
        "refers to",
        "rejected the idea",
        "rejected suggestions",
        "rejected claims",
        "dismissed suggestions",
        "dismissed the idea",
        "dismissed claims",
        # "The ministry then spelled out Kenya's price: A", but not "set out for Kisumu" or "laid
        # out a plan": the terms set out are speech only with a colon, a quote or "that"
        "spelled out",
        "spelt out",
        "set out",
        "laid out",
        # "complained about delays", "repeated the offer", "answered questions": speech only
        # with "that", a colon or a quote
        "complained",
        "complains",
        "objected",
        "protested",
        "lamented",
        "laments",
        "boasted",
        "assured",
        "assures",
        "hinted",
        "hints",
        "joked",
        "quipped",
        "retorted",
        "clarified",
        "recounted",
        "repeated",
        "repeats",
        "cautions",
        "predicts",
        "observes",
        "remarks",
        "declares",
        "contends",
        "alleges",
        "reveals",
        "discloses",
        "reiterates",
        "reads",  # 'The last line of the statement reads: "A"', but not "reads the papers"
    ]
)
_EN_IS_HOW = re.compile(
    r"\s*[\"“‘'][^\"”’]+[\"”’'][,.]?\s+(?P<is>(?:is|was)\s+how)\s+(?P<who>[^,.;]{3,80}?)(?:,[^,]*,)?"
    r"\s+(?:describes|described|puts|put|calls|called|sees|saw|characterizes|characterized)\b"
)
_EN_MAIN_RESUMES = re.compile(
    r",\s+(?:did|does|do|is|was|were|has|had|have|will|would|could|can|declined|refused|"
    r"said|told|added)\b"
)
_EN_AND_SAID = re.compile(
    r"[\"”’']?(?:\s+(?:and|but)\s+(?:also\s+)?(?:said|says|added|insisted|warned|noted|stressed"
    r"|argued|(?:told|tells)\s+[^,;:\"“”]{2,40}?(?=\s+that\s)"
    # ('described the outcome as "groundbreaking" and stated that B': with their "that" only)
    r"|(?:stated|explained|emphasi[sz]ed|affirmed|underlined|underscored|maintained|asserted"
    r"|cautioned|predicted|pointed\s+out|acknowledged|conceded)(?=\s+that\s))"
    # ('called the talks "A" in an interview, where she said B')
    # ('called the session "positive," saying B': the comma may sit inside the marks)
    r"|,[\"”’']?\s+(?:saying|adding|insisting|warning|noting|stressing"
    # ('called the talks "groundbreaking," telling the Post that B')
    r"|(?:telling|informing)\s+[^,;:\"“”]{2,60}?(?=\s+that\s))"
    r"|,\s+where\s+(?:he|she|they)\s+(?:also\s+)?(?:said|added|argued))\s+(?:that\s+)?(?=\S)"
)
# a person's name that ends a phrase (original text): "met Sheikh Muwaffaq Tarif"
_EN_NAME_BEFORE_TITLE = re.compile(
    r"(?<![\w'’-])(?:(?:Mr|Mrs|Ms|Dr|Sheikh|Bishop|Rabbi|General)\.?\s+)?"
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|de|van)[- ])?[A-Z][\w'’.-]+){1,3}\s*$"
)
_EN_DESCRIBING_AS = re.compile(
    r"\s*,\s*(?:describing|characteri[sz]ing)\s+[^,;:\"“]{1,60}?\s+as\s+(?=\S)"
)
# "described the new cell as a platform ...": the object, then "as" and unquoted words
_EN_DESCRIBED_AS = re.compile(r"\s+[^,;:\"“”]{1,60}?\s+as\s+(?=[^\s\"“‘'])")
# participles that go on with a speaker's words after their "that": "..., X said, underlining
# that B" (folded text)
_EN_THAT_PARTICIPLES = (
    r"underlining|underscoring|emphasi[sz]ing|explaining|reiterating|affirming|asserting"
    r"|pointing\s+out|indicating|acknowledging|conceding|claiming|recalling|observing|cautioning"
    r"|arguing|warning"
)
_EN_ADDING = re.compile(
    r"\s*,\s*(?:(?:adding|noting|stressing|insisting|warning|arguing)\s+(?:that\s+)?"
    rf"|(?:{_EN_THAT_PARTICIPLES})\s+that\s+)(?=\S)"
)
# what may follow a closing reporting clause without being speech: ", X said, speaking on
# condition of anonymity", ", X told Reuters on Tuesday, hours after ..."
_EN_ADJUNCT = re.compile(
    # (", a modest result from ...": the reporter's apposition after the clause; ", without
    # naming them": what the speaker left out, but not ", without a timeline", which is speech)
    r"\s*(?:,\s*|(?<=,\s))(?:\w+ing|after|before|hours|days|weeks|minutes|shortly|soon|amid|as|while|when|a|an|"
    # (not "at least", "at most": "The cell, she said, at least gives A" goes on with her words)
    r"since|during|ahead|despite|who|which|where|according|in|on|at(?!\s+(?:least|most|best|worst)\b)"
    r"|from|with|without\s+\w+ing"
    # (", the first sign of movement in months": the reporter's apposition, as with "a")
    r"|the\s+(?:first|latest|last|second|third|biggest|clearest|strongest|most|only)"
    r")\b"
)
_EN_PER = re.compile(r"per\s+(?=\S)")  # "Per the Israeli official, ..." (sentence start only)
_EN_PER_ASIDE = re.compile(r"(?<=,\s)per\s+(?=\S)")  # "The aim, per the same report, is ..."
_EN_IN_STATEMENT = re.compile(
    r"^\s*in\s+(?P<noun>(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|communique|communiqué|readout))\s*$",
    re.IGNORECASE,
)


_EN_NEGATED = re.compile(
    r"\b(?:not|n't|never|declined to|refused to|would not|could not|no longer)\s*$", re.IGNORECASE
)
_EN_STATEMENT_FROM = re.compile(
    r"\b(?:statement|readout|communiqu[eé])\s+(?:issued\s+)?(?:from|by)\s+(?P<who>[^,;]{3,80}?)\s*$"
)
_EN_AUXILIARY = re.compile(
    r"(?:\s*\b(?:has|have|had|was|were|is|are|also|later|then|repeatedly|previously|often"
    r"|long|already|publicly|privately|further|nonetheless|nevertheless)\b)+\s*$"
)


_EN_PLACES_JOINED = re.compile(
    # ("the Ministry of Foreign Affairs and Expatriates said": a body's name may hold "and")
    r"[^,;]*\b(?:in|of|from|near|across|around)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+and\s+[A-Z][\w'’-]*\s*"
)


def _segments(text: str, start: int, end: int) -> list[Span]:
    """Comma- and conjunction-separated stretches of text[start:end], in order."""
    cuts = [
        (start + m.start(), start + m.end())
        for m in re.finditer(r"(?:[,;]\s*|\s(?:and|but|while|as)\s+)", text[start:end])
    ]
    out, cursor = [], start
    for a, b in cuts:
        out.append((cursor, a))
        cursor = b
    out.append((cursor, end))
    return out


_EN_NOT_A_VERB = frozenset({"in", "on", "at", "of", "for", "with", "to", "from", "and", "by", "as"})


@lru_cache(maxsize=1)
def _country_names_en() -> frozenset[str]:
    lex = lexicon()
    names = {c.en.casefold() for c in lex.countries.values()}
    names |= {
        a.casefold() for aliases in lex.raw["country_aliases"].values() for a in aliases["en"]
    }
    adjectives = {f.casefold() for forms in lex.raw["demonyms_en"].values() for f in forms}
    return frozenset(names - adjectives)


def _names_country_en(phrase: str) -> bool:
    """Whether an English phrase ends with a country's name ("Uganda", "the United States"), not
    its adjective ("Ugandan")."""
    words = phrase.casefold().removesuffix("'s").split()
    return any(" ".join(words[-k:]) in _country_names_en() for k in (1, 2, 3))


@lru_cache(maxsize=2)
def _role_words(language: str) -> frozenset[str]:
    """The lexicon's role words in one language, as written there (Arabic folded, English
    casefolded)."""
    return frozenset(
        w
        for r in lexicon().roles
        for f in (r.ar if language == "ar" else r.en)
        for w in f.casefold().split()
    )


@lru_cache(maxsize=1)
def _english_modifiers() -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon().raw["en"]["modifiers"][:14])


def _is_role_word(word: str) -> bool:
    return word in _role_words("en") or word in ("'s", "’s")


@lru_cache(maxsize=1024)
def _outlet_pattern(form: str, language: str) -> re.Pattern[str]:
    prefix = "(?:ال|ل|لل|ب)?" if language == "ar" else ""
    return re.compile(rf"(?<![\w]){prefix}{re.escape(form)}(?!\w)")


# ", Jane Mwangi" in apposition after a role, up to its closing comma or the end (original text)
_EN_APPOSED_NAME = re.compile(
    r",\s+(?:[A-Z][\w'’.-]+\s+){0,2}(?:(?:al|el)-)?[A-Z][\w'’-]+(?=\s*[,.]|\s*$)"
)


def _cut_en_subject(subject: str) -> str:
    cut = re.search(r",|\s(?:in a|in an|on|who|told|to|after|during|adding)\s", subject)
    return subject[: cut.start()] if cut else subject


# A new reporting clause inside a quote's span ("adding that", مضيفاً أن). "and that" / "وأن"
# only coordinate one clause of indirect speech, which stays whole (eval/corpora/ANNOTATION.md).
_CONNECTIVE = re.compile(
    r"[,،]?\s*(?:(?:adding|noting|saying|stressing|warning|insisting|arguing)\s+(?:that\s+)?"
    r"|(?:but|and)\s+(?:also\s+)?(?:said|insisted|warned|noted|stressed|argued|added"
    r"|acknowledged|conceded|predicted)\s+(?:that\s+)?"
    r"|(?:مضيفا|مضيفه|مشيرا|مشيره|موكدا|موكده|لافتا|لافته|موضحا|موضحه|معتبرا|معتبره|واصفا|واصفه)"
    r"(?:\s+\S+){0,2}?\s+(?:ب?ان|انه|انها|بانه|بانها|الي\s+ان)\s+)"
)


# the reporter's remark on the words just reported: "، وهي عبارة ...", "، وهو تعبير ...", or
# on what the speaker left out: "، من دون أن تكشف عن مضمونه", "، دون أن يحدد موعداً"
_AR_ON_THE_WORDING = re.compile(
    r"[،,]\s*(?:(?:وهي|وهو)\s+(?:عباره|كلمه|جمله|صيغه|تعبير|تطور)"
    r"|(?:من\s+)?(?:دون|بدون)\s+ان\s+(?:ي|ت)(?:كشف|حدد|خوض|ذكر|وضح|فصح|دلي|تطرق)(?:وا|ا)?)(?!\w)"
)


def _split_connectives(
    para: str, spans: list[Span], paragraph: _Folded, p: _Patterns, quotes: list[Span]
) -> list[Span]:
    """ "A, adding that B" / "A، مضيفاً أن B": the same speaker's two clauses, without the
    connective, which is the reporter's."""
    folded, origin, to_folded = paragraph.folded, paragraph.origin, paragraph.to_folded
    out: list[Span] = []
    for a, b in spans:
        fa = to_folded.get(a)
        fb = to_folded.get(b, len(folded))
        if fa is None:
            out.append((a, b))
            continue
        comment = _AR_ON_THE_WORDING.search(folded, fa, fb)
        if comment and not any(qa <= origin[comment.start()] < qb for qa, qb in quotes):
            # "..., وهي عبارة تقرأ فيها دمشق ذريعة": the reporter on the words, not the words
            b, fb = origin[comment.start()], comment.start()
        cursor = a
        cuts = sorted(
            [*_CONNECTIVE.finditer(folded, fa, fb), *p.ar_and_verb.finditer(folded, fa, fb)],
            key=lambda m: m.start(),
        )
        for m in cuts:
            if m.start() == fa:
                continue
            if not re.match(r"[,،]?\s*saying", m.group()):
                out.append((cursor, origin[m.start()]))
            # "confirmed the meeting to AP, saying B": what came before "saying" is no speech
            cursor = origin[m.end()] if m.end() < len(origin) else b
        out.append((cursor, b))
    return out


def _split_contrasts(
    spans: list[Span], quotes: list[Span], paragraph: _Folded, p: _Patterns
) -> list[Span]:
    """ "صرّح X بأن A، فيما قال Y إن B": a second reporting clause, after فيما / بينما / في حين,
    starts a sentence of its own."""
    folded, origin = paragraph.folded, paragraph.origin
    cuts = (
        [  # (where the first clause ends, where the second starts), original offsets
            (origin[m.start()], origin[m.end() - 1] + 1)
            for m in re.finditer(r"[،,]\s*(?:فيما|بينما|في حين)\s+", folded)
            if m.end() < len(origin) and p.ar_verb.match(folded, m.end())
        ]
        + [
            # "لم تعلّق الحكومة، لكن مسؤولاً سورياً تحدث لرويترز قال إن A": a contrast whose own
            # subject and reporting verb follow
            (origin[m.start()], origin[m.start(1) if m.group(1) else m.start(2)])
            for m in re.finditer(
                # "...؛ فالرئيس X قال إن A": a semicolon before a clause of its own, too
                r"[،,]\s*((?:و?لكن|غير\s+ان|الا\s+ان|بيد\s+ان)\s+)|[؛;]\s*()",
                folded,
            )
            if m.end() < len(origin)
            and (
                any(
                    re.match(
                        r"\s+(?:\S+\s+){0,3}?(?:ب?ان|انه|انها)\s", folded[v.end() : v.end() + 50]
                    )
                    for v in p.ar_verb.finditer(folded, m.end(), min(len(folded), m.end() + 120))
                )
                # "...؛ فبحسب المرصد، A": an "according to" clause of its own
                or (not m.group(1) and p.ar_according.match(folded, m.end()) is not None)
            )
        ]
    )
    out: list[Span] = []
    for a, b in spans:
        cursor = a
        for end, at in sorted(cuts):
            if cursor < at < b and not any(qa <= at < qb for qa, qb in quotes):
                out.append((cursor, end))
                cursor = at
        out.append((cursor, b))
    return out


# ", while a European diplomat briefed on the talks said that B", ", and Mr. Barrack, who
# attended, added that B": a second subject with a reporting verb and "that" of its own
_EN_SECOND_CLAUSE = re.compile(
    r"(?:,\s+(?:while|whereas|and|but|though|although|even\s+as)|;)\s+"
    # (after a time or place: ", and in early May Ruto set out his terms: B")
    r"(?=(?:(?:in|on|by|at|after|later|then)\s+(?:[\w-]+\s+){1,3}?(?=[A-Z]))?"
    r"(?:a|an|the|another|[A-Z])[^,;\"“”]{0,60}?"
    r"(?:,[^,;\"“”]{0,60},\s*)?(?:said|says|added|adds|told\s+[^,;]{1,40}?|tells\s+[^,;]{1,40}?"
    r"|noted|notes|argued|argues|warned|warns|cautioned|cautions|insisted|insists|stressed"
    r"|stresses|set\s+out|spelled\s+out|laid\s+out)"
    # ("that" may go: ", while the ministry said the talks were useful")
    r"\s+(?:that\s)?(?!on\b|upon\b|for\b))"
)


def _split_en_contrasts(
    para: str, spans: list[Span], quotes: list[Span], p: _Patterns
) -> list[Span]:
    """ "X said A, while Y said that B": the second reporting clause starts a sentence of its
    own, so B is Y's, not X's."""
    out: list[Span] = []
    for a, b in spans:
        cursor = a
        for m in _EN_SECOND_CLAUSE.finditer(para, a, b):
            at = m.end()
            if any(qa <= m.start() < qb for qa, qb in quotes):
                continue
            if not (
                p.en_verb.search(para, cursor, m.start())
                # ("A, according to a joint statement, even as an official warned that B")
                or p.en_according.search(para[cursor : m.start()].casefold())
            ):
                continue  # the first clause reports nothing: "Israel and Syria met, and X said"
            out.append((cursor, m.start()))
            cursor = at
        out.append((cursor, b))
    return out


# --- a whole document --------------------------------------------------------------------------


@dataclass(frozen=True)
class Turn:
    answer: bool  # the interviewee's turn (an answer, or a paragraph that goes on with one)
    offset: int  # where its words start in the paragraph, after the "A:" marker


_TURN = re.compile(
    # (the interviewer and the guest by role: "المحاور:", "الضيف:")
    r"\s*(?:\*\*|__)?(?P<who>Q|A|Question|Answer|س|ج|سؤال|جواب|المحاور|المحاوره|المحاورة|الضيف"
    r"|الضيفه|الضيفة)\s*(?:\*\*|__)?\s*[:：.\-–—]"
    r"\s*(?:\*\*|__)?\s*",
    re.IGNORECASE,
)


_BOLD_QUESTION = re.compile(r"\s*(\*\*|__)[^*_\n]{5,300}[?؟]\s*\1\s*")


# a paragraph that is one question and nothing else ("What changed between the rounds?")
# (no label: "Q: ...?", "MAYA ORTIZ: ...?" are a transcript's turns)
_PLAIN_QUESTION = re.compile(r"\s*[^\s\"“”«»*_#>|\[(-][^\n\"“”«».!؟?:]{4,250}[?؟]\s*")
# the paragraph before an interview's first question announces it: "Excerpts from the
# interview follow:", "وفي ما يلي مقتطفات من الحوار:" (folded text)
_INTERVIEW_INTRO = re.compile(
    # (not "لقاء" or "الحوار" alone: the meeting, the dialogue between the two countries)
    r"\b(?:interview(?:ed)?|spoke\s+(?:with|to)|in\s+conversation\s+with|excerpts|edited\s+for"
    r"|q\s*&\s*a)\b|(?:حاور|مقابله|مقتطفات|من الحوار|نص الحوار)",
    re.IGNORECASE,
)


def _question_turns(paragraphs: list[Block], questions: set[int]) -> list[tuple[int, str, int]]:
    """From the first question on, each paragraph as a question ("q") or as an answer ("a"),
    by start: (start, kind, 0)."""
    turns: list[tuple[int, str, int]] = []
    for block in paragraphs:
        if block.start in questions:
            turns.append((block.start, "q", 0))
        elif turns:
            turns.append((block.start, "a", 0))
    return turns


def _plain_interview(text: str, blocks: list[Block]) -> set[int]:
    """The question paragraphs (by start) of an interview set as plain paragraphs: questions
    that are paragraphs of their own, each followed by its answer, after a paragraph that
    announces the interview ("... interviewed Dr X. Excerpts follow:"). An explainer's question
    headings answer the reader, and have no such announcement. Empty when the layout is not
    that."""
    questions = [
        i for i, b in enumerate(blocks) if _PLAIN_QUESTION.fullmatch(text[b.start : b.end])
    ]
    if len(questions) < 2 or questions[0] == 0:
        return set()
    intro = blocks[questions[0] - 1]
    if not _INTERVIEW_INTRO.search(fold(text[intro.start : intro.end])):
        return set()
    if any(i + 1 >= len(blocks) or i + 1 in questions for i in questions):
        return set()  # a question with no answer after it
    return {blocks[i].start for i in questions}


def interview_turns(text: str, blocks: tuple[Block, ...]) -> dict[int, Turn]:
    """A Q&A interview's turns, by paragraph start: "Q:"/"A:" (س:/ج:) paragraphs, and the
    unmarked paragraphs between an answer and the next question, which go on with the answer.
    Empty unless the report has at least one question and two answers."""
    marked: list[tuple[int, str, int]] = []
    for block in blocks:
        if block.kind != "text":
            continue
        m = _TURN.match(text, block.start, block.end)
        if m:
            answers = ("a", "answer", "ج", "جواب", "الضيف", "الضيفه", "الضيفة")
            kind = "a" if m.group("who").casefold() in answers else "q"
            marked.append((block.start, kind, m.end() - block.start))
    bold = [
        b for b in blocks if b.kind == "text" and _BOLD_QUESTION.fullmatch(text[b.start : b.end])
    ]
    paragraphs = [b for b in blocks if b.kind == "text"]
    if len(marked) >= 2 and all(
        k == "q" and any(b.start == start for b in bold) for start, k, _ in marked
    ):
        # "**Q: What is it, really?**" over answers with no "A:": each bold question's unmarked
        # paragraphs are its answer (a transcript's "QUESTION:" turns are answered by name)
        marked = _question_turns(paragraphs, {start for start, _, _ in marked})
    if not marked:
        # "**What is that in practice?**" (or a plain question after a paragraph that announces
        # the interview) and the paragraphs below it: a Q&A interview's turns
        questions = (
            {b.start for b in bold} if len(bold) >= 2 else _plain_interview(text, paragraphs)
        )
        marked = _question_turns(paragraphs, questions)
    if sum(k == "a" for _, k, _ in marked) < 2 or not any(k == "q" for _, k, _ in marked):
        return {}
    turns = {start: Turn(kind == "a", offset) for start, kind, offset in marked}
    by_start = {start: kind for start, kind, _ in marked}
    in_answer = False
    for block in blocks:
        if block.kind != "text":
            continue
        marker = by_start.get(block.start)
        if marker is not None:
            in_answer = marker == "a"
        elif in_answer and any(start > block.start and k == "q" for start, k, _ in marked):
            turns[block.start] = Turn(True, 0)
    return turns


# "DEPUTY SPOKESPERSON:", "MR. PRICE:", "QUESTION:": a transcript's speaker labels, in capitals
_LABEL = re.compile(
    # a recording's timestamp may come first: "[00:01:12] KARIM HADDAD:", "(18:02) المذيعة:"
    r"\s*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*[-–—]?\s*)?"
    r"(?:[-–•]\s+)?"  # a list's marker: "- **Peter Mugisha, Okello's spokesman:** A"
    r"(?:\*\*|__)?(?P<label>(?:[A-Z][A-Z.'’-]*\s+){0,4}[A-Z][A-Z.'’-]+"
    # or in title case: "**Al-Monitor:**", "Barrack:"
    r"|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]+"
    # or in Arabic script: "حلبي:", "المراسل طارق سليمان:", "عرب 48:"
    # (not a ticker's tag, "**عاجل** | سانا: A", which the ticker rule reads)
    # (a title's abbreviation first: "د. سامر الحلبي:")
    r"|(?!(?:عاجل|خاص|تحديث|متابعة)[\s*|:])(?:[دم]\.\s?)?"
    r"[\u0621-\u064a][^\s:،,.؟!«»\"“”]*(?:\s+[^\s:،,.؟!«»\"“”]+){0,3})"
    r"(?:\s*\((?P<note>[^()]{1,60})\))?"  # "MAYA ORTIZ (host):"
    # "DANA WHITFIELD, HOST:", "Henry Okello, Uganda's foreign minister:"
    r"(?:,\s+(?P<role>[A-Z][A-Z .'’-]{1,30}|(?:[A-Za-z.'’-]+\s+){0,5}[A-Za-z.'’-]+))?"
    r"(?(note)|(?:\s*\([^()]{1,60}\))?)"  # "DONALD TRUMP, U.S. PRESIDENT (Dec. 29):"
    r"(?:\*\*|__)?\s*:(?!\d)\s*(?:\*\*|__)?\s*(?=\S|$)"  # (the words may start below)
)
_QUESTION_LABELS = ("Q", "QUESTION", "QUESTIONER", "REPORTER", "JOURNALIST")


def _interviewee(mentions: list[Mention], spoken: list[Span]) -> Mention | None:
    """Who answers an interview's questions: the person its introduction names most often
    (the first of them on a tie), a named one before an unnamed one, and never one named inside
    someone's words (`spoken`: quoted spans, document offsets). An unnamed one is a spokesperson
    or another office holder, not an anonymous source."""
    people = [
        m for m in mentions if _person_like(m) and not any(a <= m.start < b for a, b in spoken)
    ]
    named = [m for m in people if m.person]
    if not named:
        # "The spokesperson opened the briefing ...": the one office holder the readout names
        holders = [m for m in people if m.roles and not set(m.roles) & ANONYMOUS_ROLES]
        if len({m.roles for m in holders}) == 1:
            return holders[0]
        return None  # an explainer's "سؤال/جواب" answers nobody's questions but the reader's
    counts = Counter(fold(m.person[-1]) for m in named)  # by surname
    best = max(counts.values())
    return next(m for m in named if counts[fold(m.person[-1])] == best)


# an interview's introduction naming its guest: "Guest: Dr Maya Saleh, senior fellow at ...",
# "الضيف: د. مايا صالح"
_GUEST_LABEL = re.compile(
    r"(?im)^[ \t*_]*(?:guest|interviewee|الضيف|ضيف الحلقه|ضيفنا)[ \t*_]*:[ \t*_]*"
    r"(?P<who>[^,،\n(]{3,60}?)[ \t*_]*(?=[,،\n(]|$)"
)


def _guest(text: str, end: int) -> Mention | None:
    """The guest an interview's introduction (the text before `end`, its first question) names
    in a "Guest:" line, when that names a person."""
    folded, origin = fold_with_offsets(text[:end])
    m = _GUEST_LABEL.search(folded)
    if m is None:
        return None
    a, b = origin[m.start("who")], origin[m.end("who")]
    who = parse_mention(text[a:b], start=a, end=b, language=detect_language(text[a:b]))
    return who if who.person and _person_like(who) else None


# after a speaker's quotation, a participle that goes on with their words: '«A»، مضيفاً أن B',
# '"A," adding that B' (folded text)
_PARTICIPLE_AFTER_QUOTE = re.compile(
    r"\s*[»\"”]?\s*[،,]?\s*[»\"”]?\s*(?:(?:مضيفا|مضيفه|موكدا|موكده|مشيرا|مشيره|لافتا|لافته|موضحا"
    r"|موضحه|معتبرا|معتبره|مشددا|مشدده)\s+(?:الي\s+)?(?:ان|انه|انها|بان)"
    r"|(?:adding|noting|stressing|insisting|warning|arguing)(?:\s+that)?)\s+"
)


def _with_participle_after(s: _Sentence, item: _Found) -> _Found:
    """The item, with the words of a participle clause after its last quotation ('قال X:
    «A»، مضيفاً أن B': B is X's too), up to the end of the sentence `s`."""
    if not item.content:
        return item
    fe = s.f(s.end)
    m = _PARTICIPLE_AFTER_QUOTE.match(s.folded, s.f(item.content[-1][1]), fe)
    if m is None or m.end() >= fe:
        return item
    return replace(item, content=[*item.content, (s.o(m.end()), s.end)])


def _label_key(m: Mention) -> tuple[tuple[str, ...], str, str | None]:
    # ("الوفد السوري:" and "الوفد الإسرائيلي:" are two labels, not one used twice)
    return (m.roles, fold(m.person[-1]) if m.person else "", m.country)


def _arabic_label(label: str, *, start: int) -> Mention:
    """A speaker label in Arabic script: its role, outlet or country as running text would
    give them, and its other words as the name ("المراسل طارق سليمان", "حلبي"). A label with a
    reporting verb or a particle is a sentence ("وقال المسؤول:"), and names nobody."""
    words = label.split()
    folded = [fold(w) for w in words]
    if len(words) > 4 or any(
        ((v := _patterns().ar_verb.fullmatch(w)) and _reports_alone(v))
        or w in ("ان", "انه", "انها", "ما", "لا", "لم")
        for w in folded
    ):
        return Mention(start, start, "", "ar", empty=True)
    parsed = parse_mention(label, start=start, end=start + len(label), language="ar")
    if parsed.informative:
        return parsed
    return replace(parsed, person=tuple(words))


_AR_SAME = re.compile(r"\s+(?:ذاته|نفسه|ذاتها|نفسها)$")


def _label_antecedent(label: Mention, earlier: list[Mention]) -> Mention:
    """ "المصدر ذاته: A", "الموقع نفسه: A", "المصدر الحكومي: A": an Arabic label that points
    back (a definite role or outlet noun, no country, no name) is the last earlier speaker it
    fits (`earlier`: the speakers so far, in order); any other label is its own speaker."""
    surface = fold(label.surface).strip()
    same = _AR_SAME.search(surface)
    head = surface[: same.start()] if same else surface
    if (
        label.language != "ar"
        or not head.startswith("ال")
        or len(head.split()) > 2
        or label.country
        or (label.person and not same)
    ):
        return label
    outlet_noun = re.fullmatch(rf"ال(?:{_AR_OUTLET_NOUNS})", head) is not None
    for m in reversed(earlier):
        if outlet_noun and (m.outlet or _outlet_noun(m)) and not m.roles:
            return m
        if (
            label.roles
            and set(label.roles) <= set(m.roles)
            and not m.person
            and (not label.qualifier or label.qualifier == m.qualifier)
        ):
            return m
    return label


def _named_in_note(m: re.Match[str]) -> bool:
    """Whether a transcript label is a role with its holder's name in brackets after it, in
    capitals as the label is: "ANCHOR (MAYA ELLISON):", "CORRESPONDENT (TOM REID):"."""
    note = m.group("note")
    if note is not None and m.group("label").casefold() in _CLIP_LABELS:
        # "CLIP (MUDAVADI):", "SOT (Tom Barrack):": a recording of the person in brackets
        return re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}", note) is not None
    return (
        note is not None
        and re.fullmatch(r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3}", note) is not None
        and (
            _is_role_word(m.group("label").casefold())
            or m.group("label").casefold() in _BROADCAST_ROLES
        )
    )


# a page's own capitalised labels, never a speaker's name: "UPDATE: A", "CORRECTION: A"
_PAGE_LABELS = frozenset(
    (
        "update",
        "updated",
        "breaking",
        "note",
        "correction",
        "clarification",
        "analysis",
        "context",
        "background",
        "watch",
        "listen",
        "read",
        "claim",
        "verdict",
        "rating",
        "summary",
        "editor",
        "disclaimer",
        "source",
        "sources",
        "photo",
        "video",
        "caption",
    )
)

# a broadcast script's labels for a recording of someone: "CLIP (MUDAVADI):"
_CLIP_LABELS = frozenset(("clip", "soundbite", "sound bite", "sot", "actuality", "audio", "tape"))

# a broadcast's roles, which label a transcript's turns: "ANCHOR (MAYA ELLISON):"
_BROADCAST_ROLES = frozenset(
    ("anchor", "host", "co-host", "presenter", "moderator", "interviewer", "newsreader", "guest")
)
# ... those who speak in their own voice, where a programme's host or anchor reads the
# outlet's own account (the development gold holds "HOST:" turns as narration in 3 sets of 4)
_TALK_ROLES = frozenset(("moderator", "interviewer"))
# ... the journalists among them, whose turns relay what others said ("CORRESPONDENT: The
# office issued a statement saying A")
_RELAYING = (_BROADCAST_ROLES - {"guest"}) | {"correspondent", "reporter"}


def _in_running_text(word: str, text: str) -> bool:
    """Whether the report uses a label's word outside its labels ("Delaney" in "Mark Delaney
    spent twenty years ...", not "DELANEY:")."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)(?!\W{{0,3}}:)", text) is not None


def transcript_turns(text: str, blocks: tuple[Block, ...]) -> dict[int, tuple[Mention, int]]:
    """A transcript's turns, by paragraph start: the speaker its capitalised label names, and
    where the words start. "QUESTION:" turns are a reporter's. Unlabelled paragraphs between
    one turn and the next go on with the turn before them.

    Empty unless at least three paragraphs carry labels, one of them twice (or three of them
    speakers, a roundup of who said what), and at least one label names a speaker (so a live
    blog's "UPDATE:" is no transcript)."""
    labelled: list[tuple[int, Mention | None, int]] = []
    matches = [
        (block, m)
        for block in blocks
        if block.kind == "text" and (m := _LABEL.match(text, block.start, block.end)) is not None
    ]
    # "WHITFIELD:" after "DANA WHITFIELD, HOST:": a lone word that ends a fuller label is a name
    surnames = {
        m.group("label").split()[-1].casefold()
        for _, m in matches
        if len(m.group("label").split()) > 1
    } | {m.group("note").split()[-1].casefold() for _, m in matches if _named_in_note(m)}
    # "الحكم: خاطئ", "Verdict: False", "إعداد: فريق التحقق": a label whose every value is a
    # few words, and no sentence ("النيل اليوم: لماذا؟" is a host's turn), is a field of the
    # page, not a speaker's turn
    short: dict[str, list[bool]] = defaultdict(list)
    for block, m in matches:
        value = text[m.end() : block.end].strip()
        words = len(re.findall(r"\w+", value))  # (none: the words start below)
        short[fold(m.group("label"))].append(
            0 < words <= 3 and not re.search(r"[.?!؟…]\W*$", value)
        )
    fields = {label for label, values in short.items() if all(values)}
    # "ASHWORTH:" among "DELANEY:" and "OREN:": a panel's host the introduction never names is
    # a name like the others, when at least two other capitalised one-word labels are names the
    # report uses and this one labels two turns or more ("UPDATE:" once is no one's)
    caps = Counter(
        m.group("label")
        for _, m in matches
        if re.fullmatch(r"[A-Z][A-Z'’-]+", m.group("label"))
        and m.group("label").casefold() not in _PAGE_LABELS | _BROADCAST_ROLES | _RELAYING
        and fold(m.group("label")) not in fields
    )
    named_caps = {
        label
        for label in caps
        if label.casefold() in surnames or _in_running_text(label.title(), text)
    }
    if len(named_caps) >= 2:
        surnames |= {label.casefold() for label, n in caps.items() if n >= 2}
    for block, m in matches:
        label = m.group("label")
        named = _named_in_note(m)
        if named and fold(label) not in fields:
            # "ANCHOR (MAYA ELLISON):": a role, then the name of who holds it: the name speaks
            name = m.group("note")
            holder = parse_mention(
                name.title(), start=m.start("note"), end=m.end("note"), language="en"
            )
            if holder.person:
                labelled.append((block.start, holder, m.end() - block.start))
                continue
        if fold(label) in fields:
            labelled.append((block.start, None, m.end() - block.start))
            continue
        if label.rstrip(".").upper() in _QUESTION_LABELS:
            speaker = parse_mention("a reporter", start=block.start, end=block.start, language="en")
            note = m.group("note")
            outlet = (
                parse_mention(
                    f"a reporter from {note}", start=block.start, end=block.start, language="en"
                )
                if note
                else None
            )
            if outlet is not None and outlet.outlet and not outlet.person:
                # "QUESTION (Reuters):": a reporter of that outlet, not every questioner at once
                speaker = outlet
        else:
            # parsed as written in running text: "Deputy Spokesperson", "Mr. Price"
            speaker = parse_mention(
                re.sub(r"['’]S\b", "'s", label.title()),  # "NETANYAHU'S OFFICE"
                start=m.start("label"),  # (the match's offsets are the text's already)
                end=m.end("label"),
                language="en",
            )
            arabic = bool(re.match(r"[\u0621-\u064a]", label))
            if arabic:
                speaker = _arabic_label(label, start=m.start("label"))
            lone = not (speaker.roles or speaker.outlet) and len(label.split()) == 1
            if not (speaker.roles or speaker.person or speaker.outlet) or (
                # "UPDATE:", "BREAKING:": a lone word is a name only when the report uses it
                # (or a briefing's role: "MODERATOR:" speaks; a programme's "HOST:",
                # "PRESENTER:" read the outlet's own account)
                lone
                and label.casefold() not in surnames
                and label.casefold() not in _TALK_ROLES
                and not _in_running_text(label if arabic else label.title(), text)
            ):
                speaker = None
        labelled.append((block.start, speaker, m.end() - block.start))
    labels = Counter(
        _label_key(x) for _, x, _ in labelled if x is not None and x.roles != ("reporter",)
    )
    # (or a roundup: "UGANDAN OFFICIAL (to Reuters): A", then the next speaker's line, each once)
    speakers = sum(
        1
        for _, x, _ in labelled
        if x is not None
        and x.roles != ("reporter",)
        and (x.roles or x.outlet or len(x.person) > 1)
        and x.language == "en"  # (an Arabic ticker's "عاجل | X:" lines are the ticker rule's)
    )
    # (or a broadcast script: "PRESENTER:" twice around a correspondent's and a clip's turns)
    hosted = sum(1 for _, m in matches if m.group("label").casefold() in _BROADCAST_ROLES) >= 2
    if (
        len(labelled) < 3
        or not labels
        or (max(labels.values()) < 2 and speakers < 3 and not hosted)
    ):
        return {}
    turns = {start: (who, offset) for start, who, offset in labelled if who is not None}
    label_starts = {start for start, _, _ in labelled}
    # "DANA WHITFIELD, HOST:" and "WHITFIELD:" are one speaker's labels
    by_name = Counter(_label_key(x) for _, x, _ in labelled if x is not None)
    current: Mention | None = None
    last_label = labelled[-1][0]
    for block in blocks:
        if block.kind != "text" or block.start > last_label:
            continue
        if block.start in turns:
            current = turns[block.start][0]
            if by_name[_label_key(current)] < 2:
                current = None  # a headline's "Druze researcher: «...»" takes no turns
        elif block.start in label_starts:
            current = None  # a label that names no speaker ends the turn
        elif current is not None and not re.fullmatch(
            r"\s*[(\[].*[)\]]\s*", text[block.start : block.end]
        ):
            turns[block.start] = (current, 0)  # (a bracketed note is the programme's, not a turn)
    return turns


def _names_speaker(para: str, p: _Patterns) -> bool:
    """Whether a paragraph has a reporting clause of its own with a speaker named ("-
    Netanyahu's office said ..."), not only a verb-like word ("2. يجدد الطرفان التزامهما")."""
    quotes = quote_mark_spans(para)
    folded = _Folded.of(para)
    arabic = detect_language(para) == "ar"
    for sentence in sentence_spans(para, quotes):
        s = _Sentence(para, sentence, quotes, 0, folded)
        for item in _arabic(s, p) if arabic else _english(s, p):
            if item.subject.informative and not _COLLECTIVE.match(fold(item.subject.surface)):
                return True
    return False


def _heading_text(heading: str) -> Span:
    """Where a subheading's words are, without its Markdown marks and a closing colon."""
    return len(heading) - len(heading.lstrip(" #*_")), len(heading.rstrip(" #*_:"))


def _heading_speaker(text: str, block: Block) -> Mention | None:
    """An English subheading that introduces an unnamed speaker ("**A Syrian official, speaking
    to Reuters**"): a factbox's section, whose "the official said" points back at it."""
    heading = text[block.start : block.end]
    a, b = _heading_text(heading)
    cut = re.search(r"\s*[,(]", heading[a:b])
    b = a + cut.start() if cut else b
    if b - a < 2 or len(heading[a:b].split()) > 8 or detect_language(heading[a:b]) != "en":
        return None
    mention = parse_mention(heading[a:b], start=block.start + a, end=block.start + b, language="en")
    if not mention.informative or not mention.roles or mention.plural:
        return None
    unnamed = re.match(r"(?i)an?\s", heading[a:b]) is not None and not mention.person
    # (or an office or a ministry, a leader's too: "**Prime Minister X's office**", whose "the
    # office said" is X's office, not every office at once; a name only, not a headline:
    # "Netanyahu's office issues readout")
    named_only = all(
        w[:1].isupper() or w.casefold() in _HEADING_NAME_WORDS for w in heading[a:b].split()
    )
    return mention if unnamed or (_institution(mention) and named_only) else None


# the lower-case words of a speaker's name in a heading: "Prime Minister X's office"
_HEADING_NAME_WORDS = frozenset(
    ("of", "the", "for", "and", "office", "ministry", "spokesman", "spokeswoman", "spokesperson")
)


def _heading_outlet(text: str, block: Block) -> Mention | None:
    """A subheading that is only an outlet's name ("## هآرتس", "Channel 12"): a press review's
    section, whose "the paper said" points back at it."""
    heading = text[block.start : block.end]
    a, b = _heading_text(heading)
    if b - a < 2 or len(heading[a:b].split()) > 5:
        return None
    language = detect_language(heading[a:b])
    mention = parse_mention(
        heading[a:b], start=block.start + a, end=block.start + b, language=language
    )
    if mention.roles or not (mention.outlet or _outlet_noun(mention)):
        return None
    words = heading[a:b].split()
    named = (
        not fold(words[0]).startswith("ال")  # "صحيفة ذا نيشن", not "القناة الدبلوماسية"
        if language == "ar"
        else all(w[:1].isupper() or w[:1].isdigit() for w in words)  # not "The Paris channel"
    )
    return mention if mention.outlet or named else None


# A Markdown table of who said what: a column of speakers and a column of their words, named
# by the header row (the words of such headers, in both languages)
_TABLE_SPEAKER = re.compile(
    r"(?:speaker|who|source|said by|person|المتحدث|القائل|الجهه|المصدر|من قال|الشخصيه)",
    re.IGNORECASE,
)
_TABLE_WORDS = re.compile(
    r"(?:what (?:they|he|she|it) said|said|says|quotes?|key (?:quote|line)s?|statement|remarks"
    r"|in (?:their|his|her|its) (?:own )?words|ماذا قال\S*|ما قال\S*|ماذا يقول\S*|التصريحات?"
    r"|الاقتباس|ابرز ما (?:قيل|قال\S*)|القول|قال)",
    re.IGNORECASE,
)
_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?(?:-{3,}:?)?\s*")


def _table_cells(para: str, a: int, b: int) -> list[Span]:
    """The cells of the table row para[a:b] ("| x | y |"), trimmed, as offsets into para."""
    bars = [i for i in range(a, b) if para[i] == "|"]
    return [_trim(para, x + 1, y) for x, y in itertools.pairwise(bars)]


def _table_quotes(para: str, base: int) -> list[Quote] | None:
    """A who-said-what table ("| Speaker | Round | What they said |", "| الجهة | ماذا قالت |"):
    each row's words cell, credited to the speaker its speaker cell names (a parenthetical
    such as "(to AP)" says to whom). None when the paragraph is no such table."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", para)]
    if len(lines) < 3 or not all(para[a:b].strip().startswith("|") for a, b in lines):
        return None
    if not _TABLE_RULE.fullmatch(para[lines[1][0] : lines[1][1]].strip()):
        return None
    headers = [fold(para[x:y].strip("*_ ")) for x, y in _table_cells(para, *lines[0])]
    who = next((i for i, h in enumerate(headers) if _TABLE_SPEAKER.fullmatch(h)), None)
    said = next((i for i, h in enumerate(headers) if _TABLE_WORDS.fullmatch(h)), None)
    if who is None or said is None or who == said:
        return None
    language = detect_language(para)
    quotes = []
    for a, b in lines[2:]:
        cells = _table_cells(para, a, b)
        if len(cells) != len(headers):
            continue
        (wa, wb), (qa, qb) = cells[who], cells[said]
        named = re.sub(r"\s*\([^()]*\)\s*$", "", para[wa:wb]).strip("*_ ")
        start = wa + para[wa:wb].find(named) if named else wa
        speaker = parse_mention(
            named, start=base + start, end=base + start + len(named), language=language
        )
        words = para[qa:qb].strip('*_"“”«» ')
        if not speaker.informative or not words:
            continue
        at = qa + para[qa:qb].find(words)
        quotes.append(Quote(base + at, base + at + len(words), speaker, (base + wa, base + wb)))
    return quotes


# a roundup's "MAYA OKELLO, senior fellow at ..., said": a person's name in capitals
_NAME_IN_CAPITALS = re.compile(r"(?:[A-Z][A-Z'’-]+[ \t]+){1,3}[A-Z][A-Z'’-]+(?=[ \t]*,)")


def _names_in_capitals(text: str, blocks: tuple[Block, ...]) -> str:
    """The text with a paragraph's opening name in capitals read as a name ("MAYA OKELLO," as
    "Maya Okello,"): the same length, so every offset holds. A run with a word the lexicon
    knows ("U.S. STATE DEPARTMENT", "A SYRIAN OFFICIAL") or a word of no name is left as it
    is."""
    lex = lexicon()
    known = lex.name_stopwords() | lex.phrase_words()
    out = text
    for block in blocks:
        if block.kind != "text":
            continue
        run = _NAME_IN_CAPITALS.match(text, block.start, block.end)
        if run is None or any(
            w.casefold() in known or lex.country_of(w.casefold()) for w in run.group().split()
        ):
            continue
        out = out[: run.start()] + run.group().title() + out[run.end() :]
    return out


def attribute(
    text: str,
    blocks: tuple[Block, ...],
    *,
    language: str,
    list_items: frozenset[int] = frozenset(),
) -> DocumentAttribution:
    """Find every quote in the report's text blocks and resolve its speaker.

    `language` is the report's main language; each paragraph is read by the rules of its own.
    `list_items` are the starts of blocks that are list items: after "X said:" they carry X's
    words.
    """
    p = _patterns()
    text = _names_in_capitals(text, blocks) if language == "en" else text
    result = DocumentAttribution()
    current: Mention | None = None
    announced = False  # the last paragraph ended "X said:" with the words still to come
    label_over = False  # the last paragraph was a label line over words in marks
    listing = False  # inside the list an announcement introduced
    turns = interview_turns(text, blocks)
    first_question = min((start for start, t in turns.items() if not t.answer), default=0)
    transcript = {} if turns else transcript_turns(text, blocks)
    labels_used = Counter(fold(who.surface) for who, offset in transcript.values() if offset)
    full_names = english_full_names(text) if language == "en" else {}
    genders = english_genders(text, full_names) if full_names else {}
    turn_spans: set[Span] = set()
    read: list[Span] = []  # the sentences read so far, as document offsets
    interviewee: Mention | None = None
    marked: list[Span] = []  # the words in quotation marks so far (document offsets)
    # a feature's opening quotation, before anyone is named: its speaker is introduced after it
    # ('"That used to be my brother's field." / Fayez Abu Khalil, 61, has farmed ...')
    lede: list[Span] = []
    # a live blog's entry "Our correspondent, X, writes:" announces every paragraph below it,
    # up to the next time stamp or heading
    live = any(b.kind == "timestamp" for b in blocks) or (
        len(re.findall(r"(?m)^[\s*_#\[]*\d{1,2}[:.]\d{2}\b", text)) >= 2
    )
    dispatch = False
    previous_end = 0
    credited: set[int] = set()  # credit lines read with the quotation above them
    full_text: Mention | None = None  # under "Text of the statement": its issuer's words
    for index, block in enumerate(blocks):
        if block.start in credited:
            continue
        if block.kind in ("subheading", "title"):
            full_text = _full_text_issuer(text, block, result.mentions)
        if dispatch and re.search(r"\d{1,2}[:.]\d{2}", text[previous_end : block.start]):
            dispatch = announced = False  # the next entry's time stamp, on this block's line
        previous_end = block.end
        if block.kind == "subheading":
            outlet = _heading_outlet(text, block)
            if outlet is not None:
                result.mentions.append(outlet)  # "## هآرتس", then "قالت الصحيفة إن": Haaretz
            introduced = _heading_speaker(text, block)
            if introduced is not None:
                result.mentions.append(introduced)  # "**A Syrian official, to Reuters**"
        if block.kind != "text":
            if dispatch:
                dispatch = announced = False  # the entry has ended
            continue
        para = text[block.start : block.end]
        if is_injection(para):
            continue
        if full_text is not None:
            a, b = _trim(para, 0, len(para))
            if b > a:
                result.quotes.append(Quote(block.start + a, block.start + b, full_text, (0, 0)))
            continue
        credit = _credit_line(text, block, blocks[index + 1 : index + 2], p, result.mentions)
        if credit is not None:
            # a pull quote, then "— Tom Barrack, US envoy" on the line below: the credit's
            who, spans, below = credit
            result.mentions.append(who)
            result.quotes += [Quote(a, b, who, (who.start, who.end)) for a, b in spans]
            marked += spans
            credited.add(below.start)
            current, announced = who, False
            continue
        table = _table_quotes(para, block.start)
        if table is not None:
            # "| Speaker | Round | What they said |": each row's words are its speaker's
            result.quotes += table
            result.mentions += [q.speaker for q in table]
            continue
        # a transcript's turn: its words are the labelled speaker's, except the speech it reports
        turn_speaker, turn_offset = transcript.get(block.start, (None, 0))
        if turn_speaker is not None:
            turn_speaker = _label_antecedent(turn_speaker, [q.speaker for q in result.quotes])
            current, announced = turn_speaker, False
            if turn_offset and labels_used[fold(turn_speaker.surface)] == 1:
                # a roundup's label names its speaker: "ISRAELI OFFICIAL (to Axios): A, the
                # official said" (a transcript's "KARIM HADDAD: He said" is about another)
                result.mentions.append(turn_speaker)
        turn = turns.get(block.start)
        answering = turn is not None and turn.answer  # an interview's answer
        if turn is not None and turn.answer:
            # the person the introduction (before the first question) names, never one an
            # answer mentions
            interviewee = (
                interviewee
                or _guest(text, first_question)
                or _interviewee([m for m in result.mentions if m.start < first_question], marked)
            )
            if interviewee is not None:
                turn_speaker, turn_offset = interviewee, turn.offset
                current, announced = interviewee, False
        listed = block.start in list_items
        if listing and not listed:
            announced = listing = False  # the announced list has ended
        # an embedded post under "X posted:" is its header's holder's, whoever announced it
        posted = _post_header(text, block, result.mentions)
        if posted is not None:
            announced = False
        if (
            announced
            and current is not None
            and (
                not _reports_speech(para, p)
                # a block quote under "X put out its reading:" is X's words, whatever clauses
                # they hold ("> ... Kenya made clear that A")
                or _in_block_quote(text, block.start)
                or (listing and listed and not _names_speaker(para, p))
                # (a dispatch's paragraph quotes nobody: "What is missing is telling")
                or (dispatch and not _names_speaker(para, p) and not quote_mark_spans(para))
            )
        ):
            # the words "X said in a statement:" announced: list items, or the next paragraph;
            # past the first item, an item is the list's own ("2. يجدد الطرفان التزامهما")
            a, b = _trim(para, 0, len(para))
            if b > a:
                result.quotes.append(Quote(block.start + a, block.start + b, current, (0, 0)))
            announced = listing = listed
            announced = announced or dispatch
            continue
        dispatch = False
        if not listed:
            announced = False  # a list item with its own "X said" leaves the list announced
        labelled = _label_line(text, block, p, result.mentions) or posted
        if labelled is not None:
            # "Tom Barrack, US envoy (@handle) - July 24, 2025:" over the words in marks
            who, spans = labelled
            result.mentions.append(who)
            for a, b in spans:
                result.quotes.append(Quote(a, b, who, (who.start, who.end)))
            marked += spans
            current, announced = who, False
            label_over = not spans  # a label alone is over the next block's words
            continue
        if label_over and current is not None:
            # the words below a label line, in their marks whatever verbs they hold
            label_over = False
            spans = [_trim(para, a, b) for a, b in quote_mark_spans(para)]
            spans = [(block.start + a, block.start + b) for a, b in spans if b > a]
            result.quotes += [Quote(a, b, current, (0, 0)) for a, b in spans]
            marked += spans
            continue
        para_language = detect_language(para) if para.strip() else language
        para_mentions = len(result.mentions)  # where this paragraph's mentions begin
        quotes = quote_mark_spans(para)
        marked += [(block.start + a, block.start + b) for a, b in quotes]
        sentences = sentence_spans(para, quotes)
        folded_para = _Folded.of(para)
        if para_language == "ar":
            sentences = _split_contrasts(sentences, quotes, folded_para, p)
        else:
            sentences = _split_en_contrasts(para, sentences, quotes, p)
        if turn_speaker is not None:
            sentences = [(max(a, turn_offset), b) for a, b in sentences if b > turn_offset]
        for sentence in sentences:
            stamp = _EN_LEADING_STAMP.match(para, *sentence) if para_language != "ar" else None
            if stamp is not None and stamp.end() < sentence[1]:
                sentence = (stamp.end(), sentence[1])  # '- **[31:00]** "A," Peter says.'
            s = _Sentence(para, sentence, quotes, block.start, folded_para)
            read.append((block.start + sentence[0], block.start + sentence[1]))
            found = (
                (_arabic_ticker(s, p, result.mentions) or _arabic(s, p))
                if para_language == "ar"
                else _english(s, p)
            )
            ticked = found[-1].content[-1][1] if para_language == "ar" and found else sentence[1]
            if ticked < sentence[1] and para[ticked : ticked + 1] == "\n":
                # "مسؤول سوري: A" on its line, then "قال مسؤول سوري إن B" on the next with no
                # full stop between: the next line is a sentence of its own
                rest = _Sentence(para, (ticked + 1, sentence[1]), quotes, block.start, folded_para)
                found = found + _arabic(rest, p)
            label = _BOLD_LABEL.match(para, *sentence)
            if (
                label is not None
                and label.end() < sentence[1]
                and any(a < label.end() for f in found for a, _ in f.content)
            ):
                # "- **النتيجة:** بحسب البيان ..., A": a label the rules took for words is no
                # part of them (nor of the sentence the rules read)
                unlabelled = (label.end(), sentence[1])
                s = _Sentence(para, unlabelled, quotes, block.start, folded_para)
                sentence = unlabelled
                found = _arabic(s, p) if para_language == "ar" else _english(s, p)
            if para_language == "ar":
                found = _arabic_issued_in_it(s) or found
            if found and para_language == "ar":
                found = _with_participle_tail(s, found)
            if found and _asks_unquoted(s, found):
                found = []  # "ما الذي يعنيه أن تعلن دمشق ذلك؟": a question reports no one
            found = [_within_time_clause(s, f) for f in found]
            if not found and para_language == "ar":
                found = (
                    _arabic_by_saying(s)
                    or _arabic_expressed_belief(s)
                    or _arabic_fronted_statement(s)
                    or _arabic_participle(s, p)
                    or _arabic_what_he_said_it_was(s)
                    or _arabic_named_clause(s, _AR_VERBAL_NOUN_REPORT)
                    or _arabic_named_clause(s, _AR_ISSUED_THEN_COLON)
                    or (_statement_marks(s, "ar") if turn_speaker is None else [])
                )
            if para_language != "ar":
                nominal = _english_nominal(s)
                if nominal and (not found or found[-1].content[0][0] == nominal[0].content[0][0]):
                    # "Reporters asked about Barrack's promise that A": the "that" is the
                    # noun's, and A is Barrack's, not the askers'
                    found = nominal
            if not found and turn_speaker is None and para_language != "ar":
                found = (
                    _english_statement_content(s)
                    or _english_short_name_label(s, full_names)
                    or _statement_marks(s, "en")
                )
            if para_language != "ar":
                # speech in a relative clause or an accusation, where no other reading took it
                for finder in (_english_relative_speech, _english_accusation):
                    taken = [span for f in found for span in f.content]
                    found = found + [
                        r
                        for r in finder(s)
                        if not any(a < r.content[0][1] and r.content[0][0] < b for a, b in taken)
                    ]
            relayed_on = (
                not found
                and turn_speaker is not None
                and current is not None
                and not _same(current, turn_speaker)
                and result.quotes
                and result.quotes[-1].start >= block.start
                and len(s.quotes) == 1
                and not _QUOTE_MARKS_AND_SPACE.sub(
                    "", para[sentence[0] : s.quotes[0][0]] + para[s.quotes[0][1] : sentence[1]]
                )
            )
            if relayed_on and current is not None:
                # 'KAMAU: A diplomat told me A. "B," he said. "C."': the words in marks that
                # follow, a sentence of their own, go on being the diplomat's
                a, b = _trim(para, *s.quotes[0])
                if b > a:
                    result.quotes.append(Quote(block.start + a, block.start + b, current, (0, 0)))
                continue
            if not found and turn_speaker is not None:
                a, b = _trim(para, *sentence)
                if b > a:
                    result.quotes.append(
                        Quote(block.start + a, block.start + b, turn_speaker, (0, 0))
                    )
                    turn_spans.add((block.start + a, block.start + b))
                _register_narration_mentions(s, result, para_language)
                current = turn_speaker
                continue
            if not found:
                announced = False
                lone = [
                    q
                    for q in s.quotes
                    if len(para[q[0] : q[1]].split()) >= _MIN_SPEECH_WORDS
                    # '"A," he said. "Not peace."': a quote that is the whole sentence is speech
                    or not _QUOTE_MARKS_AND_SPACE.sub(
                        "", para[sentence[0] : q[0]] + para[q[1] : sentence[1]]
                    )
                ]
                opens = lone and para[sentence[0] : lone[0][0]].strip(" \"'«“‘„*_-–—و") == ""
                line_start = text.rfind("\n", 0, block.start) + 1
                if not lone and (
                    para.lstrip().startswith(">")
                    or text[line_start : block.start].strip().startswith(">")
                ):
                    # a Markdown block quote with no reporting clause: the words of whoever the
                    # text before it was about ("Kamau is less sure. ... > Committees ...")
                    start = (
                        sentence[0]
                        + len(para[sentence[0] : sentence[1]])
                        - len(para[sentence[0] : sentence[1]].lstrip(" >"))
                    )
                    lone, opens = [(start, sentence[1])], True
                last = result.quotes[-1].start if result.quotes else -1
                spoken = [
                    (q.start, q.end)
                    for q in result.quotes[-12:]
                    if (q.start, q.end) not in turn_spans
                ]
                # '"A," Ruto said, referring to Uganda's president, Yoweri Museveni. "B"': a
                # person named in the sentence that quoted the last words is no new speaker
                quoting = next((r for r in reversed(read) if r[0] <= last < r[1]), (last, last))
                introduced = next(
                    (
                        m
                        for m in reversed(result.mentions)
                        if m.start > last
                        and m.start < block.start + sentence[0]
                        and (_person_like(m) or _institution(m))
                        # "... sign a joint statement," he said. "...": not a new speaker
                        and not any(a <= m.start < b for a, b in spoken)
                        and not quoting[0] <= m.start < quoting[1]
                    ),
                    None,
                )
                if opens and introduced is not None:
                    current = introduced  # "The envoy struck an upbeat tone. «...»"
                if opens and current is not None:
                    for q in lone:
                        a, b = _trim(para, *q)
                        result.quotes.append(
                            Quote(block.start + a, block.start + b, current, (0, 0))
                        )
                elif (
                    opens
                    and current is None
                    and not result.quotes
                    # (the whole paragraph in marks: not a headline's or standfirst's quote)
                    and sum(b - a for a, b in lone) >= 0.8 * len(para.strip())
                ):
                    lede += [
                        (block.start + a, block.start + b)
                        for a, b in (_trim(para, *q) for q in lone)
                        if b > a
                    ]
                before = len(result.mentions)
                _register_narration_mentions(s, result, para_language)
                newcomer = (
                    next(
                        (
                            m
                            for m in result.mentions[before:]
                            if len(m.person) >= 2 and _person_like(m)
                        ),
                        None,
                    )
                    if lede and current is None and not result.quotes
                    else None
                )
                if newcomer is not None:
                    # the first person the narration names after the opening words spoke them
                    result.quotes += [Quote(a, b, newcomer, (0, 0)) for a, b in lede]
                    current, lede = newcomer, []
                # (a footnote marker may follow the colon: "went further:[4]")
                bare = re.sub(r"(?:\[\d{1,3}\])+$", "", para.rstrip())
                ends = sentence[1] >= len(bare) and bare.endswith(":")
                if ends and not s.quotes:
                    # "SANA, citing a government source:", "The joint statement is out, issued by
                    # the State Department. Key points:" announce the list below
                    head = re.sub(
                        r"(?:\[\d{1,3}\])+$", "", para[sentence[0] : sentence[1]].rstrip()
                    ).rstrip(":")
                    citing = re.search(
                        r"(?:,\s*|\s)(?:citing|quoting|نقلا عن|نقلاً عن)\s+(.+)$", head
                    )
                    named = (
                        _with_medium_country(  # "SANA, citing a government source:"
                            s.mention(
                                s.f(sentence[0] + citing.start(1)),
                                s.f(sentence[1]) - 1,
                                para_language,
                            ),
                            head[: citing.start()],
                        )
                        if citing
                        else next(
                            (
                                m
                                for i, m in reversed(
                                    list(enumerate(result.mentions))[para_mentions:]
                                )
                                # this sentence's speaker, or a statement the paragraph named
                                # ("The joint statement is out ... Key points:")
                                if (i >= before and (_person_like(m) or _institution(m)))
                                or m.roles[:1] == ("statement",)
                            ),
                            None,
                        )
                    )
                    verb = (p.ar_verb if para_language == "ar" else p.en_verb).search(fold(head))
                    if verb and not citing:
                        # "The Syrian foreign ministry said:" with its words below (the whole
                        # subject, not the last role word registered in it: "The Kenyan prime
                        # minister's office said:" is not some "office")
                        lead = head[: verb.start()]
                        comma = max(lead.rfind(","), lead.rfind("،"))  # "In a readout, X said:"
                        subject = s.mention(
                            s.f(sentence[0] + comma + 1),
                            s.f(sentence[0] + verb.start()),
                            para_language,
                        )
                        unnamed = named is None or not named.informative
                        if subject.informative and (
                            unnamed or (subject.roles and subject.country and not subject.person)
                        ):
                            named = subject
                        elif unnamed and (
                            subject.anaphoric
                            or re.fullmatch(
                                r"\s*(?:he|she|هو|هي)\s*", subject.surface, re.IGNORECASE
                            )
                        ):
                            # "He put it this way:": the one just spoken of
                            named = next(
                                (m for m in reversed(result.mentions[:before]) if _person_like(m)),
                                current,
                            )
                    if named is None and not verb and _SPEECH_LABEL.search(fold(head)):
                        # "Reuters has spoken to a Syrian official. Key lines:": a bare label
                        # announces the words of the one the paragraph has just named
                        # (the one spoken to, an outlet, is not: "spoke to Reuters")
                        named = next(
                            (
                                m
                                for m in reversed(result.mentions[para_mentions:])
                                if _person_like(m)
                            ),
                            None,
                        )
                    if named is not None and (named.informative or named.issuer or named.joint):
                        current, announced = named, True
                        dispatch = live and sentence[0] == 0  # the entry's whole first line
                continue
            # "X said in a statement that the sides agreed to:" announces the list below
            announced = para[: sentence[1]].rstrip().endswith(":") and sentence[1] >= len(
                para.rstrip()
            )
            dispatch = announced and live and sentence[0] == 0
            found = [_with_participle_after(s, item) for item in found]
            main_speaker: Mention | None = None  # the sentence's own speaker, not one it cites
            for item in found:
                last = result.quotes[-1].start if result.quotes else -1
                subject = item.subject
                bare_name = subject.person and not (
                    subject.roles
                    or subject.outlet
                    or subject.country
                    # "ومن جهته، أفاد موقع «واينت» بأن": an outlet by its noun, however unknown
                    or re.match(rf"\W*(?:ال)?(?:{_AR_OUTLET_NOUNS})\s", fold(subject.surface))
                )
                if item.new_speaker and bare_name and not _known_person(subject, result.mentions):
                    # "ومن جانبه، وصف نتائج الجولة بأنها ...": after من جانبه / بدوره the subject
                    # is the pronoun; the words after the verb are its object, not a new name.
                    # "من جهته، وصف برّاك نتائج اللقاء": unless its first word is a known name
                    first_name = replace(subject, person=subject.person[:1])
                    item = replace(
                        item,
                        subject=first_name
                        if _known_person(first_name, result.mentions)
                        else replace(subject, person=(), empty=True),
                    )
                if _OWN_BODY.fullmatch(subject.surface) and item.cue[0] > sentence[0]:
                    # "X, the foreign minister, met Y, and his ministry said": the person this
                    # sentence names before the clause owns the body
                    owner_clause = _Sentence(
                        para, (sentence[0], item.cue[0]), quotes, block.start, folded_para
                    )
                    _register_narration_mentions(owner_clause, result, para_language)
                speaker = _resolve(
                    replace(item, last_quote=last),
                    result.mentions,
                    current,
                    tuple(
                        (q.start, q.end)
                        for q in result.quotes[-12:]
                        if (q.start, q.end) not in turn_spans  # a turn is no quotation
                    ),
                    sentences=read,
                    at=block.start + item.cue[0],
                    genders=genders,
                )
                if (
                    speaker is not None
                    and speaker is current
                    and item.subject.empty
                    and para_language == "ar"
                    and _unnamed_source_since(text, last, block.start + item.cue[0], current)
                ):
                    # "غير أن دبلوماسياً غربياً خفّض سقف التوقعات. وقال لـ«الصحيفة»": an unnamed
                    # source the narration has introduced since the last quote may be who "قال"
                    # is; never credit the last speaker with the words (they stay the report's)
                    speaker = None
                if speaker is None:
                    continue
                if item.relay is not None and item.relay.informative:
                    result.mentions.append(item.relay)  # "French firms, the ministry added, ..."
                if not speaker.empty:
                    # mentioned again here, at its reporting clause
                    at = block.start + item.cue[0]
                    result.mentions.append(replace(speaker, start=at, end=max(at, speaker.end)))
                    lead = para[item.cue[0] : item.content[0][0]] if item.content else ""
                    if speaker.roles[:1] != ("statement",) and _IN_A_STATEMENT.search(fold(lead)):
                        # "قال مكتب نتنياهو في بيان إن ...": the statement, for a following
                        # "وأضاف البيان"
                        result.mentions.append(
                            Mention(at, at, "", para_language, roles=("statement",), issuer=speaker)
                        )
                own_side = (
                    turn_speaker is not None
                    # (an office or a ministry: a person's or a journalist's turn may tell
                    # what their country says, "Israel says A")
                    and _institution(turn_speaker)
                    and "reporter" not in turn_speaker.roles
                    and turn_speaker.outlet is None
                    and speaker.country is not None
                    and not (speaker.roles or speaker.person or speaker.outlet)
                    and turn_speaker.country in (None, speaker.country)
                    and not _same(speaker, turn_speaker)
                )
                if (
                    answering
                    and turn_speaker is not None
                    and item.subject.empty
                    and not item.subject.surface
                    and _same(speaker, turn_speaker)
                ) or own_side:
                    # "ج: ... وحضور رئيس الاستخبارات يؤكد أن A": a clause with no subject of its
                    # own in an interview's answer is the answer's, whole (not "A: He said B",
                    # a reporter's account of the answer); "**مكتب X:** ..., وشددت إسرائيل على
                    # A": a speaker's label over its country's stress is the speaker's summary
                    # of its side (a journalist's "CORRESPONDENT: Kenya said A" relays Kenya)
                    a, b = _trim(para, *sentence)
                    if b > a and turn_speaker is not None:
                        result.quotes.append(
                            Quote(block.start + a, block.start + b, turn_speaker, (0, 0))
                        )
                        turn_spans.add((block.start + a, block.start + b))
                    current = turn_speaker
                    continue
                for a, b in _split_connectives(para, item.content, folded_para, p, quotes):
                    a, b = _trim(para, a, min(b, sentence[1]) if b <= sentence[1] else b)
                    if para_language != "ar":
                        b = _before_declining(para, a, b, quotes)
                    if b > a:
                        result.quotes.append(
                            Quote(
                                block.start + a,
                                block.start + b,
                                speaker,
                                (block.start + item.cue[0], block.start + item.cue[1]),
                            )
                        )
                current = speaker
                if _EMBEDDED_REPORT.match(fold(para[item.cue[0] : item.cue[1]])):
                    # "قال المسؤول إن A، رداً على ما أورده موقع X من أن B. وأشار إلى أن C": C
                    # is the official's; X is only cited inside his sentence
                    current = main_speaker or speaker
                else:
                    main_speaker = speaker
            _register_narration_mentions(s, result, para_language)
    return result


# a report cited inside another speaker's sentence: "ما أورده موقع X من أن" (folded text)
_EMBEDDED_REPORT = re.compile(
    r"\W*(?:(?:رد|ردا|تعقيبا|تعليقا)\s+)?(?:علي\s+)?ما\s+(?:اورد|نقل|ذكر|نشر|قال|كشف|اعلن|تداول)\S*"
)


# the reporter's account of what the speaker would not say, after the speech: "X said A and
# declined to discuss a timetable", "..., but refused to give a date"
_EN_DECLINING = re.compile(
    r"\s*,?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?(?:declined|refused|would\s+not|did\s+not)"
    r"\s+(?:to\s+)?(?:comment|discuss|say|give|elaborate|specify|confirm|name|provide|offer"
    r"|answer|address)\b"
)


def _before_declining(para: str, a: int, b: int, quotes: list[Span]) -> int:
    """The end of the reported words a:b, before the reporter's "and declined to ..." that
    follows them outside any quotation marks."""
    for m in _EN_DECLINING.finditer(para, a, b):
        if not any(qa <= m.start() < qb for qa, qb in quotes):
            return _trim(para, a, m.start())[1]
    return b


def _in_block_quote(text: str, start: int) -> bool:
    """Whether the paragraph at `start` is a Markdown block quote (its line opens with ">",
    which the layout keeps out of the paragraph)."""
    return text[text.rfind("\n", 0, start) + 1 : start].lstrip().startswith(">")


def _reports_speech(para: str, p: _Patterns) -> bool:
    """Whether a paragraph has a reporting clause of its own ("- A Syrian official said ...")."""
    folded, origin = fold_with_offsets(para)
    folded = mark_explained(para, folded, origin)
    same = len(folded) == len(para)
    english = any(
        (not same or para[v.start()].islower())  # "the United States" is a name
        and (
            v.group("verb") not in _EN_NEEDS_MARK
            or re.match(r"\s+(?:that\b|[:\"“])", folded[v.end() :])  # "agreed to": no speech
        )
        for v in p.en_verb.finditer(folded)
    )
    return bool(english or p.ar_verb.search(folded) or p.en_according.search(folded))


# a heading over a statement's own text: "Text of the statement", "Full text", "نص البيان"
_FULL_TEXT_HEADING = re.compile(
    r"[\s#*_]*(?:(?:the\s+)?(?:full\s+)?text\s+of\s+the\s+(?:joint\s+)?statement"
    r"|(?:the\s+)?(?:statement\s+in\s+full|full\s+text|statement\s+text)"
    r"|(?:وفيما\s+يلي\s+)?(?:ال)?نص\s+(?:ال)?(?:كامل\s+)?(?:ل)?(?:ال)?بيان(?:\s+(?:ال)?كامل)?"
    r"|(?:ال)?نص\s+(?:ال)?كامل)[\s:*_]*",
    re.IGNORECASE,
)


def _full_text_issuer(text: str, block: Block, mentions: list[Mention]) -> Mention | None:
    """Under a heading that announces a statement's own text ("Text of the statement"), the
    statement the report named last before it ("a statement issued by Syria's foreign
    ministry"), whose words the paragraphs below are, up to the next heading. None for any
    other heading, or when no statement with an issuer was named."""
    if _FULL_TEXT_HEADING.fullmatch(text, block.start, block.end) is None:
        return None
    before = [m for m in mentions if m.start < block.start]
    statement = next(
        (m for m in reversed(before) if m.roles[:1] == ("statement",) and m.issuer is not None),
        None,
    )
    if statement is not None:
        return statement
    # "The following is our translation of a statement issued by Syria's foreign ministry":
    # the speaker named last in the paragraph that announces the statement
    lead = text.rfind("\n\n", 0, block.start - 2)
    speakers = [m for m in before if m.start > lead and (m.roles or m.outlet or m.country)]
    if speakers and re.search(r"(?i)statement|بيان", text[lead + 1 : block.start]):
        return speakers[-1]
    return None


def _register_narration_mentions(s: _Sentence, result: DocumentAttribution, language: str) -> None:
    """Statements announced in narration ("a joint statement issued by X") and outlets named
    anywhere ("told SANA") are antecedents for "the statement", "the agency"."""
    lex = lexicon()
    sf, se = s.f(s.start), s.f(s.end)
    text = s.folded
    for outlet in lex.outlets:
        for form in [f.casefold() for f in outlet.en] + [a.removeprefix("ال") for a in outlet.ar]:
            hit = _outlet_pattern(form, language).search(text[sf:se])
            if hit and (language == "ar" or s.text[s.o(sf + hit.start())].isupper()):
                a, b = sf + hit.start(), sf + hit.end()
                result.mentions.append(
                    Mention(
                        s.base + s.o(a),
                        s.base + s.o(b),
                        s.text[s.o(a) : s.o(b)],
                        language,
                        outlet=outlet.key,
                    )
                )
                break
    if language == "ar":
        # "نقلت صحيفة «النهار» اللبنانية عن ...": an outlet the lexicon does not list, named
        # with its noun, is what "الصحيفة" points back at
        for named in re.finditer(
            rf"(?<!\w)[لبو]?(?P<noun>(?:{_AR_OUTLET_NOUNS})\s*[«\"“][^»\"”]{{1,30}}[»\"”]"
            r"(?:\s+ال\S+)?)",
            text[sf:se],
        ):
            a, b = sf + named.start("noun"), sf + named.end()  # past a clitic: لصحيفة
            mention = s.mention(a, b, language)
            if mention.outlet is None and not mention.roles and _outlet_noun(mention):
                result.mentions.append(mention)
    _register_role_phrases(s, result, language, sf, se)
    if language == "en":
        _register_named_subject(s, result)
    if language == "ar":
        _register_ar_named_subject(s, result, sf, se)
    _register_known_names(s, result, sf, se)
    for noun in _patterns().statement_noun[language].finditer(text[sf:se]):
        at = sf + noun.start()
        window = text[at : min(se, at + 120)]
        issued_words = lex.ar_issued_by if language == "ar" else _issued_by_en(lex)
        issued = re.search(rf"(?<!\w)(?:{_words(issued_words)})\s+", window)
        joint = bool(
            re.search(
                r"(?<!\w)(?:مشترك|المشترك|ثلاثي|الثلاثي|joint|trilateral)(?!\w)",
                text[max(sf, at - 8) : at + 30],
            )
        )
        issuer = None
        if issued:
            a = at + issued.end()
            # "issued on Tuesday evening by Syria's foreign ministry": past the time, its issuer
            timed = re.match(r"(?:on|late|early|this|last)\s[^,.;]{0,40}?\bby\s+", text[a:se])
            a += timed.end() if timed and language == "en" else 0
            b = _mention_end(text, a, se)
            cut = re.search(
                r"(?<!\w)(?:مساء|صباح|يوم|امس|اليوم|ليل|on|late|early|this|last|باسم|نيابه"
                r"|in the name)(?!\w)",
                text[a:b],
            )
            b = a + cut.start() if cut else b
            issuer = s.mention(a, b, language)
            if not (issuer.roles or issuer.outlet or issuer.country):
                issuer = None  # "issued on Tuesday": no issuer named
        if issuer is None:
            issuer = _publisher(s, sf, at, language)
        if issuer is None and language == "en":
            issuer = _relative_clause_issuer(s, at + len(noun.group()))
        if issuer is None and language == "en":
            issuer = _own_statement_issuer(s, sf, at, se)
        if issuer or joint:
            mention = Mention(
                s.base + s.o(at),
                s.base + s.o(at + len(noun.group())),
                s.text[s.o(at) : s.o(at + len(noun.group()))],
                language,
                roles=("statement",),
                joint=joint,
                issuer=issuer,
                country=issuer.country if issuer else None,
            )
            result.mentions.append(mention)


_PUBLISH_AR = r"(?:و|ف)?(?:اصدر|اصدرت|يصدر|تصدر|نشر|نشرت|ينشر|تنشر|وزع|وزعت|يوزع|توزع)"
_PUBLISH_EN = r"(?:issued|issues|released|releases|published|publishes|put out|puts out)"


_EN_RELATIVE_ISSUER = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?P<who>(?:[^\s,;]+\s+){0,5}?[^\s,;]+)"
    # ("a joint statement the U.S. State Department released": a contact clause, its subject
    # a name)
    r"|(?P<named>the\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*))\s+"
    r"(?:published|issued|released|put out|distributed)\b"
)
# a person described by what they do: "the former real estate investor", "the veteran negotiator"
_EN_EPITHET = re.compile(
    r"^the\s+(?:[a-z-]+\s+){0,3}[a-z-]+(?:er|or|ist|ian|ant|ent)$", re.IGNORECASE
)


def _relative_clause_issuer(s: _Sentence, fpos: int) -> Mention | None:
    """Who the relative clause at folded offset `fpos` says published a statement: ", which the
    State Department published" -> the State Department; None when there is none."""
    found = _EN_RELATIVE_ISSUER.match(s.text, s.o(fpos))
    if found is None:
        return None
    group = "who" if found.group("who") else "named"
    who = s.mention(s.f(found.start(group)), s.f(found.end(group)), "en")
    return who if who.roles or who.outlet or who.country else None


def _relative_issuer(s: _Sentence, mention: Mention, fpos: int) -> Mention:
    """'the statement, which the State Department published': a statement, with its issuer."""
    if mention.roles[:1] != ("statement",) or mention.issuer:
        return mention
    who = _relative_clause_issuer(s, fpos)
    if who is None:
        return mention
    return replace(mention, issuer=who, country=who.country, anaphoric=False)


def _own_statement_issuer(s: _Sentence, sf: int, at: int, se: int) -> Mention | None:
    """ "In its own statement on Tuesday, the Prime Minister's Office struck a cautious note":
    the subject after the comma issued the statement named at folded offset `at`."""
    if not re.search(
        r"(?<!\w)in\s+(?:its|his|her|their)\s+(?:own\s+)?(?:\w+\s+)?$", s.folded[sf:at]
    ):
        return None
    comma = s.folded.find(",", at, se)
    if comma < 0:
        return None
    subject = re.match(
        r"\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+(?:'s|’s)?(?:\s+[A-Z][\w'’-]*)*",
        s.text[s.o(comma + 1) : s.end],
    )
    if subject is None or not subject.group().strip():
        return None
    a = comma + 1
    b = s.f(s.o(a) + subject.end())
    who = s.mention(a, b, "en")
    return who if (who.roles or who.outlet or who.country or who.person) else None


def _publisher(s: _Sentence, sf: int, at: int, language: str) -> Mention | None:
    """Who the sentence says published the statement named at folded offset `at`:
    "أصدر مكتب X بياناً", "الخارجية تنشر بياناً", "X issued a statement". None when no one is."""
    before = s.folded[sf:at]
    if language == "ar":
        vso = re.search(rf"(?<!\w){_PUBLISH_AR}\s+(?P<who>(?:\S+\s+){{1,6}}?)$", before)
        # (a ticker's "عاجل |" before the subject is no part of it)
        svo = re.search(rf"(?P<who>(?:[^\s،,:.|]+\s+){{1,5}}?){_PUBLISH_AR}\s+$", before)
    else:
        vso = None
        svo = re.search(
            rf"(?P<who>(?:[^\s,;:]+\s+){{1,6}}?){_PUBLISH_EN}\s+(?:a|an|its|the|their|his|her)"
            r"\s+(?:[\w-]+\s+){0,2}$",
            before,
        )
    for found in (vso, svo):
        if found is None:
            continue
        a, b = sf + found.start("who"), sf + found.end("who")
        who = s.mention(a, b, language)
        if who.roles or who.outlet or who.country or who.person:
            return who
    return None


def _outlet_noun(m: Mention) -> bool:
    return any(_is_outlet_noun(w) for w in fold(m.surface).split())


def _is_outlet_noun(word: str) -> bool:
    """A folded word is a medium's noun: صحيفة, لقناة, الموقع, newspaper."""
    nouns = _outlet_nouns()
    return word in nouns or word.removeprefix("ال") in nouns or _ar_base(word, first=True) in nouns


@lru_cache(maxsize=1)
def _outlet_nouns() -> frozenset[str]:
    """The lexicon's nouns for a medium, in both languages (folded, lowercase)."""
    lex = lexicon()
    return frozenset(lex.outlet_nouns_ar) | {n.casefold() for n in lex.outlet_nouns_en}


# ranks before a role ("Principal Deputy Spokesperson Tommy Pigott"): never a name
_EN_RANKS = ("deputy", "principal", "acting", "assistant", "associate", "vice", "interim", "chief")


@lru_cache(maxsize=2)
def _role_pattern(language: str) -> re.Pattern[str]:
    lex = lexicon()
    if language == "ar":
        forms = [f for r in lex.roles for f in r.ar if r.key not in ("statement", "leader")]
        return re.compile(
            # "المبعوث الأمريكي توم باراك", "المبعوث إلى سوريا توم باراك": a destination
            # (إلى / لدى + one word, after a nationality or not) may sit between role and name
            # "مكتب رئيس الوزراء بنيامين نتنياهو": a role of a role takes no name word
            rf"(?<!\w)(?:و|ل|ب)?(?:{_words(forms)})ا?(?:\s+(?:{_words(forms)}))?(?!\w)"
            rf"(?P<to>(?:\s+[^\s،,.:\"«“]+)?\s+(?:الي|لدي)\s+[^\s،,.:\"«“]+)?"
            rf"(?:\s+[^\s،,.:\"«“]+){{0,3}}"  # a nationality, then a first and a last name
        )
    forms = [f.casefold() for r in lex.roles for f in r.en if r.key not in ("statement",)]
    # "a senior Israeli security official": ranks and qualifiers among the capitalised words
    lower = _words(
        [
            *lex.raw["en"]["modifiers"][:14],
            *(f for q in lex.raw["qualifiers"] if q["key"] != "joint" for f in q["en"]),
            *_EN_RANKS,
        ]
    )
    return re.compile(
        # "Tom Barrack, the U.S. envoy", "Foreign Minister Asaad al-Shaibani", "a Syrian official"
        rf"(?<!\w)(?:(?:[A-Z][\w'’-]+\s+){{1,2}}(?:al-|el-)?[A-Z][\w'’-]+,\s+(?:the|a|an)\s+)?"
        rf"(?:(?:[A-Z][\w.'’-]*|(?:{lower}))\s+){{0,4}}(?i:{_words(forms)})(?!\w)"
        # "the deputy spokesman, Tommy Pigott": a full name in apposition
        rf"(?:,\s+[A-Z][\w'’-]+(?:\s+(?:al-|el-|ad-|as-)?[A-Z][\w'’-]+){{1,2}}(?=[\s,.;])"
        rf"|(?:\s+(?:al-|el-|ad-|as-)?[A-Z][\w'’-]+){{0,3}})",
    )


_EN_NAMED_SUBJECT = re.compile(  # (matched at a sentence's start: no "^", which pos defeats)
    # "The short version: Tom Barrack went ...", "Across the line, Avi Mizrahi, a reserve major"
    r"[\s\"“]*(?:[A-Z][^:.\"“”]{0,30}:\s+|(?:Later|Earlier|Afterwards|Meanwhile|Nearby|Then"
    # (or a host's vocative: "Mark, Tom Barrack has been the driving force here")
    r"|Today|Yesterday),\s+|[A-Z][a-z]{2,},\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+\s+[a-z])"
    # ("Standing in his field near the lake, Peter Okello points up at ...", "Asked if the
    # border would reopen, Peter Okello shrugged": a participle's phrase opens it)
    r"|[A-Z][a-z]{2,}(?:ing|ed)\s[^,:.\"“”]{1,60},\s+"
    r"|(?:In|On|At|Across|Back in|Inside|Outside|For|In the)\s"
    # "The border had exploded, and Tom Barrack managed ...": the subject of a second clause
    # ("On a cold morning in this farming village in Kenya's Busia county, X points")
    r"[^,:.\"“”]{1,80},\s+|[^:.;\"“”]{1,120}?(?:,\s+(?:and|but)|;)\s+){0,2}(?:(?:Sen|Rep|Gov|Gen|Col|Lt|Maj|Capt|Prof|Amb|Senator|Representative|"
    r"Governor|General|Colonel|Ambassador|Professor|Sheikh|Rabbi)\.?\s+)?(?P<name>(?P<honorific>(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'’-]+"
    r"(?(honorific)|\s+(?:(?:Abu|Abi|Abdel|Abdul|Bin|Ibn)\s+)?(?:(?:al|el|bin|ben|de|van|von)[- ])?"
    r"[A-Z][\w'’-]+))"
    r"(?=\s+[a-z]|,\s+[a-z][^,]{0,140},\s+[a-z])"
)


# a person named in full as the subject of a time clause, in a sentence whose main clause is
# about no one: "The corridor was almost empty by the time Asaad al-Shaibani came out."
_EN_SUBORDINATE_SUBJECT = re.compile(
    # (past a dateline: "KAMPALA -- ")
    r"[\s\"“]*(?:[A-Z][A-Z .,]{1,40}\s*[-–—]+\s*)?(?P<head>[A-Z][^:.;\"“”]{0,120}?)"
    r"\s(?:by\s+the\s+time|when|after|once|until|before)\s+"
    r"(?P<name>(?:(?P<honorific>(?!)))?[A-Z][a-z'’-]+\s+(?:(?:Abu|Abdel|Abdul|Bin|Ibn)\s+)?"
    r"(?:(?:al|el|bin|ben|de|van|von)[- ])?[A-Z][\w'’-]+)(?=\s+[a-z])"
)


def _subordinate_subject(s: _Sentence) -> re.Match[str] | None:
    """`_EN_SUBORDINATE_SUBJECT` in the sentence, when its main clause names no one and has no
    pronoun of a person (in "He left before Ruto arrived", "he" is someone named earlier)."""
    found = _EN_SUBORDINATE_SUBJECT.match(s.text, s.start, s.end)
    if found is None:
        return None
    head = found.group("head")
    if re.search(r"(?<!\w)(?:he|she|they|his|her|their|i|we)(?!\w)", head, re.IGNORECASE):
        return None
    if any(w[:1].isupper() for w in head.split()[1:]):
        return None
    return found


# "Salma, 31, teaches at the village school": a first name and an age introduce a person
_EN_AGED_NAME = re.compile(
    r"[\s\"“]*(?P<name>[A-Z][a-z'’-]{2,}(?:\s+(?:(?:Abu|Bin|Ibn)\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]+)?)"
    r",\s+\d{1,3},\s"
)


def _surnames(mentions: list[Mention]) -> frozenset[str]:
    """The folded surnames (without the article) of the people named in full so far."""
    return frozenset(fold(m.person[-1]).removeprefix("ال") for m in mentions if len(m.person) >= 2)


# the reporter's own question to a named person: "I asked Tariq Haddad ...", "We spoke to ..."
_EN_ASKED_NAME = re.compile(
    # ("Our correspondent in the Golan spoke to ...": the outlet's own reporter asking)
    r"(?:(?<!\w)(?:I|We|we|[Oo]ur\s+(?:[\w-]+\s+)?(?:correspondent|reporter|team|producer)s?"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)"
    r"\s+(?:asked|spoke\s+(?:to|with)|interviewed"
    r"|put\s+(?:it|that|the\s+question)\s+to)\s+"
    # (or a host's "But listen to Gideon Saar this week.")
    r"|(?<![\w'’])[Ll]isten\s+to\s+)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ben|de|van|von)[- ])?[A-Z][\w'’-]+){1,2})"
)
# "Jean-Noël Barrot, Minister for Europe and Foreign Affairs, met ...": a name, then its
# capitalised title set off by commas, then the verb
_EN_TITLED_SUBJECT = re.compile(
    r"[\s\"“]*(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ben|de|van|von)[- ])?[A-Z][\w'’-]+){1,2})"
    r",\s+(?:the\s+)?(?P<title>[A-Z][^,.;:\"“”]{2,80}?),\s+[a-z]"
)


# ... and a long title, with commas of its own, before a reporting verb: "Khaled Khiari,
# Assistant Secretary-General for the Middle East, Asia and the Pacific in ..., recalled that"
_EN_LONG_TITLED_SUBJECT = re.compile(
    r"[\s\"“]*(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ben|de|van|von)[- ])?[A-Z][\w'’-]+){1,2})"
    r",\s+(?:the\s+)?(?P<title>[A-Z][^.;:\"“”]{2,200}?),\s+(?:[a-z]+ly\s+)?"
    r"(?:said|says|told|recalled|added|noted|stressed|warned|argued|explained|reported|"
    r"announced|insisted|urged|welcomed)\b"
)


def _register_named_subject(s: _Sentence, result: DocumentAttribution) -> None:
    """A person named as a sentence's subject with no title ("Asaad al-Shaibani did not
    travel ...", "Salma, 31, teaches ...") is the antecedent of a following "he said"."""
    aged = _EN_AGED_NAME.match(s.text, s.start, s.end)
    if aged is not None:
        a, b = aged.start("name"), aged.end("name")
        named = parse_mention(s.text[a:b], start=s.base + a, end=s.base + b, language="en")
        if named.person and not (named.roles or named.outlet or named.country):
            result.mentions.append(named)
        return
    asked = _EN_ASKED_NAME.search(s.text, s.start, s.end)
    if asked is not None:
        # "I asked Tariq Haddad what he made of it." and, below, his words in a block quote
        a, b = asked.start("name"), asked.end("name")
        named = parse_mention(s.text[a:b], start=s.base + a, end=s.base + b, language="en")
        if len(named.person) >= 2 and not (named.roles or named.outlet or named.country):
            result.mentions.append(named)
    titled = _EN_TITLED_SUBJECT.match(s.text, s.start, s.end) or _EN_LONG_TITLED_SUBJECT.match(
        s.text, s.start, s.end
    )
    if titled is not None:
        # "Jean-Noël Barrot, Minister for Europe and Foreign Affairs, met ...": the antecedent
        # of a later "the Minister said", with the title's role
        a, b = titled.start("name"), titled.end("name")
        named = parse_mention(s.text[a:b], start=s.base + a, end=s.base + b, language="en")
        ta, tb = titled.start("title"), titled.end("title")
        # "Assistant Secretary-General for the Middle East, Asia and the Pacific in the
        # Department of ...": the title's head comes before what it is for
        complement = re.search(r",|\s(?:for|in|at)\s", s.text[ta:tb])
        tb = ta + complement.start() if complement else tb
        conjoined = re.search(r"\s(?:and|as well as)\s", s.text[ta:tb])
        tb = ta + conjoined.start() if conjoined else tb  # "X's ambassador and the head of ..."
        title = parse_mention(s.text[ta:tb], start=s.base + ta, end=s.base + tb, language="en")
        if (
            len(named.person) >= 2
            and not (named.roles or named.outlet or named.country)
            and title.roles
            and set(title.roles) & _PERSON_ROLES
            and not title.outlet  # (its capitalised words are no name: "Foreign Affairs")
        ):
            result.mentions.append(
                replace(title, start=named.start, surface=s.text[a:tb], person=named.person)
            )
            return
    found = _EN_NAMED_SUBJECT.match(s.text, s.start, s.end) or _subordinate_subject(s)
    if found is None:
        return
    a, b = found.start("name"), found.end("name")
    if any(m.start < s.base + b and s.base + a < m.end for m in result.mentions[-8:]):
        return
    named = parse_mention(s.text[a:b], start=s.base + a, end=s.base + b, language="en")
    honorific = found.group("honorific") is not None  # "Mr. Barrack, by contrast, has ..."
    if (len(named.person) == 1 if honorific else len(named.person) in (2, 3)) and not (
        named.roles or named.outlet or named.country
    ):
        result.mentions.append(named)


# a narrative sentence that opens with its verb, perhaps after an opening phrase and a negation,
# then a two-word name ("في المقابل، لم يترك X Y مجالاً للالتباس") (folded text)
_AR_VERB_THEN_NAME = re.compile(
    r"\s*(?:[^،,.:؛\"«“]{0,40}[،,]\s*)?(?:[وف]?(?:لم|لا|لن|ما|قد|لقد)\s+)?[وف]?[يت]\S{2,}\s+"
    r"(?P<name>(?!ال)\S{2,}\s+\S{3,})(?=\s)"
)


def _register_ar_named_subject(s: _Sentence, result: DocumentAttribution, sf: int, se: int) -> None:
    """ "في المقابل، لم يترك X Y مجالاً للالتباس. فقد قال إن A": a person named in full as the
    subject of a narrative verb is the antecedent of the next "he said", when the paragraph
    names them again by that surname (a pair of common nouns is rarely repeated so)."""
    found = _AR_VERB_THEN_NAME.match(s.folded, sf, se)
    if found is None:
        return
    a, b = found.start("name"), found.end("name")
    named = s.mention(a, b, "ar")
    surname = fold(named.person[-1]) if named.person else ""
    if (
        len(named.person) != 2
        or named.roles
        or named.outlet
        or named.country
        or surname in lexicon().ar_modifiers
        or len(re.findall(rf"(?<!\w)(?:ل|و|ب)?{re.escape(surname)}(?!\w)", s.folded)) < 2
    ):
        return
    result.mentions.append(named)


# an unnamed source introduced in narration, nominative or accusative, with its adjective
# ("دبلوماسياً غربياً", "مسؤول إسرائيلي") (folded text)
_AR_UNNAMED_SOURCE = re.compile(r"(?<!\w)(?P<role>مسؤول|مصدر|دبلوماسي)ا?\s+\S+")
_AR_UNNAMED_ROLE = {"مسؤول": "official", "مصدر": "source", "دبلوماسي": "diplomat"}


def _unnamed_source_since(text: str, last: int, at: int, current: Mention | None) -> bool:
    """Whether the narration between the last quotation (document offset `last`) and `at`
    introduces an unnamed source that is not the current speaker's kind."""
    if current is None or last < 0 or at <= last:
        return False
    window = fold(text[last:at])
    # (past the last quotation's own closing marks and clause)
    window = window[window.find("\n") + 1 :] if "\n" in window else ""
    found = _AR_UNNAMED_SOURCE.search(window)
    if found is None:
        return False
    return current.roles[:1] != (_AR_UNNAMED_ROLE[found.group("role")],)


def _register_known_names(s: _Sentence, result: DocumentAttribution, sf: int, se: int) -> None:
    """A person named again in narration ("Barrack has been the upbeat voice") is the antecedent
    of a following "he said", as much as when first introduced."""
    known: dict[str, Mention] = {}
    for m in result.mentions:
        if m.person:
            known[fold(m.person[-1]).removeprefix("ال")] = m
    if not known:
        return
    for word in re.finditer(r"[\w'’-]+", s.folded[sf:se]):
        name = word.group().removesuffix("'s").removesuffix("’s").removeprefix("ال")
        name = re.sub(r"^(?:al|el)-", "", name)
        named = known.get(name) or known.get("al-" + name)
        if named is not None:
            at = s.base + s.o(sf + word.start())
            result.mentions.append(replace(named, start=at, end=at + len(word.group())))


def _role_in_narration(s: _Sentence, at: int, candidate: Mention) -> Mention:
    """A role phrase the narration opens with, as the subject of a later reporting verb:
    "ولم يُخفِ المسؤول انتقاده ...، إذ قال" is "the official" named before (the word after an
    anonymous role is its verb's object, not a name)."""
    if (
        candidate.person
        and candidate.roles
        and not set(candidate.roles) & _NAMED_ROLES
        and s.folded.startswith("ال", at)
    ):
        return replace(candidate, person=(), anaphoric=True)
    place = lexicon().place(candidate.country) if candidate.country else None
    if (
        place is not None
        and candidate.roles
        and not candidate.person
        and s.folded.startswith("ال", at)
        and fold(place.ar) in fold(candidate.surface).split()[1:]
    ):
        # "واتهم المسؤول كينيا بأنها تماطل": a definite role takes no country's name after it
        # (that is "المسؤول الكيني"); the name is the verb's object, and the role points back
        return replace(candidate, country=None, anaphoric=True)
    return candidate


def _role_phrase_end(folded: str, start: int, end: int) -> int:
    """Where an Arabic role phrase found in narration ends: before a preposition, a
    complementiser or a relative ("المسؤول انتقاده للجانب الإسرائيلي": the official, not an
    Israeli one)."""
    stop = re.search(
        r"\s(?:قوله|قولها|ب?(?:ان|انه|انها|انهم)|ل\S*|في|عن|من|علي|الي|الذي|التي|لم|ما)(?!\w)",
        folded[start:end],
    )
    return start + stop.start() if stop else end


def _predicative(text: str, a: int, b: int) -> bool:
    """Whether the role phrase text[a:b] says what someone is or was ("he learned English as a
    literature student", "worked as an envoy", "became a minister"), not who acts: no reporting
    verb of its own follows (", as a Ugandan official told Reuters" is a subject)."""
    before = text[max(0, a - 40) : a]
    if not re.search(
        r"(?<!\w)(?:as|became|becomes|become)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$", before
    ):
        return False
    return not _patterns().en_verb.match(fold(text[b : b + 40]).lstrip(" ,"))


def _register_role_phrases(
    s: _Sentence, result: DocumentAttribution, language: str, sf: int, se: int
) -> None:
    """People named in narration ("a Syrian official who spoke to Reuters") are antecedents
    for a following "he said"."""
    pattern = _role_pattern(language)
    source = s.folded if language == "ar" else s.text
    start, end = (sf, se) if language == "ar" else (s.o(sf), s.o(se))
    for hit in pattern.finditer(source, start, end):
        if language == "ar":
            skip = hit.end("to") - hit.start() if hit.group("to") else 0
            end_f = _role_phrase_end(s.folded, hit.start() + skip, hit.end())
            a, b = s.o(hit.start()), s.o(end_f)
        else:
            a, b = hit.start(), hit.end()
            comma = s.text.find(",", a, b)
            possessive = s.text[b : b + 2] in ("'s", "’s")
            if comma > 0 and (possessive or s.text[a:b].split()[0].casefold() in function_words()):
                # "Roman Gofman, the prime minister's secretary": not the prime minister;
                # "In Jerusalem, a government spokesperson": a place, not a name in apposition
                a = comma + 1 + len(s.text[comma + 1 : b]) - len(s.text[comma + 1 : b].lstrip())
        surface = s.text[a:b]
        mention = parse_mention(surface, start=s.base + a, end=s.base + b, language=language)
        if language == "ar" and not set(mention.roles) & _NAMED_ROLES:
            mention = replace(mention, person=())  # words after "حكومة ملتزمة" are no name
        determiner = language == "en" and re.search(
            r"(?<!\w)(?:the|that|this)\s+$", s.text[max(0, a - 6) : a], re.IGNORECASE
        )
        definite = (
            re.match(r"(?:ال|لل|وال|(?:the|that|this|these|those)\s)", fold(surface)) or determiner
        ) and not mention.person
        known = any(m.start < mention.end and mention.start < m.end for m in result.mentions[-8:])
        if language == "en" and _predicative(s.text, a, b):
            continue  # "the English he learned as a literature student": what he was, not who
        if mention.informative and not definite and not known:
            result.mentions.append(mention)
        elif definite and not known and mention.roles:
            # "The diplomat was blunter about the risks": the one named before is the topic
            # again, and the antecedent of a following "he said"
            anaphor = replace(mention, anaphoric=True)
            antecedent = next(
                (m for m in reversed(result.mentions) if _compatible(anaphor, m)), None
            )
            if antecedent is not None:
                result.mentions.append(replace(antecedent, start=mention.start, end=mention.end))
            elif mention.informative and _institution(mention) and mention.roles[0] != "statement":
                # "The Prime Minister's Office moved quickly": an institution is named with
                # "the"; introduced here, it is the antecedent of a following "It said"
                result.mentions.append(mention)
            elif (
                mention.roles == ("spokesperson",)
                and not (mention.country or mention.outlet)
                and not any(m.person for m in result.mentions)
            ):
                # "The spokesperson opened the briefing": the one a readout is about, named by
                # office, when no one has been named before ("Tommy Pigott ... The spokesman
                # declined" is Pigott; an unnamed "the official" introduces nobody)
                result.mentions.append(mention)


def _known_person(m: Mention, mentions: list[Mention]) -> bool:
    """Whether the report has named this person before (by their last name)."""
    last = fold(m.person[-1]).removeprefix("ال") if m.person else ""
    return bool(last) and any(
        fold(x.person[-1]).removeprefix("ال") == last for x in mentions if x.person
    )


# roles a report describes a named expert by after naming them ("Dr X, a professor at ...
# ... the Moroccan academic went on")
_DESCRIBED_ROLES = frozenset({"analyst", "academic", "writer"})
# Arabic verbs of asking someone to act (folded): طالب X بـ، دعا X إلى، حث X على
_AR_REQUEST = re.compile(r"[وف]?(?:طالب|يطالب|دعا|دعت|يدعو|حث|يحث|ناشد|يناشد)ت?")
# Arabic verbs of going on speaking (folded): أضاف، تابع، استطرد، مضى، ختم
_AR_GOES_ON = re.compile(r"[وف]?(?:اضاف|تابع|استطرد|مضي|مض|ختم|يضيف|يتابع|يستطرد)ت?")


_SAME = re.compile(r"(?<!\w)(?:ذات(?:ه|ها)|نفس(?:ه|ها)|same)(?!\w)", re.IGNORECASE)


def _compatible(anaphor: Mention, antecedent: Mention) -> bool:
    if (
        anaphor.roles[:1]
        and anaphor.roles[0] in _DESCRIBED_ROLES
        and len(antecedent.person) >= 2
        and antecedent.roles == anaphor.roles[:1]
        and not (antecedent.outlet or antecedent.issuer)
        and antecedent.country in (None, anaphor.country)
    ):
        # "the Kenyan academic" after "Dr Kibet Mwangi, a professor at ...": the expert named
        # before, with no country of their own
        return True
    if anaphor.outlet is None and not anaphor.roles:
        # "the station" after "Army Radio": an outlet the lexicon lists, or a name that ends
        # with an outlet noun
        named_outlet = antecedent.outlet is not None or (
            bool(antecedent.person) and _outlet_noun(antecedent) and not antecedent.roles
        )
        return _outlet_noun(anaphor) and named_outlet
    if anaphor.country and anaphor.country != antecedent.country:
        return False  # "the Egyptian minister" is not the minister named with no country
    if anaphor.qualifier and antecedent.qualifier not in (None, anaphor.qualifier):
        return False  # "the security official" is not the diplomatic official
    if anaphor.qualifier and not antecedent.qualifier and antecedent.country:
        return False  # "the senior security official" is not "a Syrian official" named before
    if anaphor.roles:
        head = anaphor.roles[0]
        if head == "statement" and anaphor.joint and not antecedent.joint:
            return False  # "the joint statement" is not the office's own statement
        if any(
            r == head or (r.endswith("-" + head) and r != "prime-" + head) for r in antecedent.roles
        ):
            return True  # "the minister" points back at "the foreign minister"
        if head == "diplomat" and antecedent.qualifier == "diplomatic":
            return True  # "الدبلوماسي" points back at "مصدر دبلوماسي غربي", a diplomat too
        if head == "source" and not antecedent.person and set(antecedent.roles) & ANONYMOUS_ROLES:
            return True  # "المصدر نفسه", "the source" after "a diplomat who asked not to be named"
        return bool(head == "statement" and (antecedent.issuer or "statement" in antecedent.roles))
    return antecedent.outlet is not None


# a bare definite noun for a body, one word ("الهيئة", "الجمعية"): the head of a body named
# before, if any (folded)
_AR_BARE_HEAD = re.compile(
    r"ال(هييه|جمعيه|منظمه|رابطه|نقابه|موسسه|شبكه|حركه|جماعه|مجموعه|مركز|اتحاد|تجمع|ايتلاف|جبهه"
    r"|منصه)"
)


def _description_words(m: Mention) -> frozenset[str]:
    """A mention's words, folded, without determiners, the Arabic article or a clitic."""
    words = set()
    for w in fold(m.surface).casefold().split():
        w = w.strip(".,،'’\"«»")
        if m.language == "ar" and len(w) > 4:
            w = re.sub(r"^[وف]?(?:ال)?", "", w)
        if w and w not in ("the", "that", "this", "these", "those", "same"):
            words.add(w)
    return frozenset(words)


def _described_alike(anaphor: Mention, m: Mention) -> bool:
    """Whether an anaphor says more than its role and every word of it describes a mention
    before it ("the informed sources" and "Informed sources")."""
    words = _description_words(anaphor)
    return len(words) > 1 and words <= _description_words(m)


def _resolve(
    item: _Found,
    mentions: list[Mention],
    current: Mention | None,
    spoken: tuple[tuple[int, int], ...] = (),
    *,
    sentences: list[Span] | None = None,
    at: int | None = None,
    genders: dict[str, str] | None = None,
) -> Mention | None:
    """The speaker a reporting clause's subject stands for. `spoken`: the speech found so far
    (document offsets); a person named inside someone's words is not who "he" refers to.
    `sentences`: the sentences read so far (document offsets, in order): "he" is the subject of
    the last sentence that names a person, not its object ("Tarif met Barrack. He wrote").
    `genders`: surname -> "m" or "f" (english_genders); "she" never stands for a man."""
    subject = item.subject
    if subject.issuer is not None and subject.issuer.anaphoric:
        # "the statement issued by the office": the office named before
        named = [m for m in mentions if _compatible(subject.issuer, m)]
        if named:
            issuer = _topic(named, sentences, at)
            return replace(subject, issuer=issuer, country=issuer.country)
    if subject.empty and subject.language == "en" and re.match(r"(?i)(?:he|she)$", subject.surface):
        people = [
            m for m in mentions if _person_like(m) and not any(a <= m.start < b for a, b in spoken)
        ]
        if not people:
            return current
        # "Pressed by Okafor, Bennington offered a verdict. 'A,' she said": not a person the
        # report calls "he"
        gender = "m" if subject.surface.lower() == "he" else "f"
        agreeing = [m for m in people if _gender_agrees(m, subject.surface, genders or {})]
        people = agreeing or people
        topic = _topic(people, sentences, at)
        around = next((b for b in reversed(sentences or []) if b[0] <= topic.start < b[1]), None)
        if around is not None and topic.person and (genders or {}).get(topic.person[-1]) is None:
            # ... and of two people that sentence names, the one the report has called "she"
            known = [
                m
                for m in people
                if around[0] <= m.start < around[1]
                and m.person
                and (genders or {}).get(m.person[-1]) == gender
            ]
            if known and (at is None or known[0].start < at):
                topic = known[0]
        if (
            current is not None
            and _gender_agrees(current, subject.surface, genders or {})
            and around is not None
            and spoken
            and around[0] <= spoken[-1][0] < around[1]
            and any(_same(m, current) for m in people if around[0] <= m.start < around[1])
        ):
            # "After a session with Rubio, the envoy Kamau wrote that A. He said B": the one who
            # has just spoken in that sentence, not the first person it names
            return current
        return topic
    if subject.empty and subject.language == "en" and re.match(r"(?i)it$", subject.surface):
        for m in reversed(mentions):
            if m.start <= item.last_quote:
                break
            if _institution(m):
                return m  # "X published a statement. ... It says ..."
        if current is not None and not _person_like(current):
            return current  # "The statement said ... It added that ..."
        for m in reversed(mentions):
            if _institution(m):
                return m
        return current
    if subject.empty and subject.surface in (_LATTER, _LATTER_F):
        # "وقد حضر باراك الجولتين. «A»، كتب الأخير": the latter is the one named last, not the
        # speaker just quoted (nor a name inside someone's words)
        named = [
            m
            for m in mentions
            if m.start < subject.start
            and not m.empty
            and not any(a <= m.start < b for a, b in spoken)
            and (_feminine(m) if subject.surface == _LATTER_F else not _feminine(m))
        ]
        return named[-1] if named else current
    if subject.empty and subject.surface == "one of them":
        group = next((m for m in reversed(mentions) if set(m.roles) & ANONYMOUS_ROLES), None)
        # "one of them", "the person added": the group's words (a member is not named apart)
        return replace(group, person=()) if group is not None else current
    if subject.empty and item.feminine and current is not None and _masculine(current):
        # "نقلت القناة عن مسؤول قوله إن A. وذكرت أن B": a feminine verb's subject is the
        # channel, not the official
        feminine = next((m for m in reversed(mentions) if _feminine(m)), None)
        if feminine is not None:
            return feminine
    if subject.empty:
        if item.new_speaker:
            for m in reversed(mentions):
                if current is None or not _same(m, current):
                    return m
        if subject.language == "ar" and sentences is not None:
            # "أما الناشطة رنا أبو حمدان فأعربت عن أملها ... وقالت لـ«الوطن»: «...»": a person
            # the narration has introduced since the last quote, not the last quote's speaker
            fresh = [
                m
                for m in mentions
                if _person_like(m)
                and m.start > item.last_quote
                and (at is None or m.start < at)
                and not any(a <= m.start < b for a, b in spoken)
            ]
            if fresh and (current is None or not any(_same(m, current) for m in fresh)):
                return _topic(fresh, sentences, at)
        return current
    for anaphor in (subject, subject.issuer):
        if anaphor is not None and (own := _OWN_BODY.fullmatch(anaphor.surface)):
            office = _own_office(
                mentions, current, sentences=sentences, at=at, ministry=bool(own.group("ministry"))
            )
            if office is not None:
                if anaphor is subject:
                    return office
                return replace(subject, issuer=office, country=office.country)
    head = _AR_BARE_HEAD.fullmatch(fold(subject.surface)) if subject.language == "ar" else None
    if subject.anaphoric and head and not subject.informative and not _outlet_noun(subject):
        # "ذكرت هيئة الإذاعة الكينية أن A. وأضافت الهيئة أن B": the bare head noun of a body
        # the report has named ("الهيئة", "الجمعية", "المنظمة") points back at it
        return next(
            (
                m
                for m in reversed(mentions)
                if fold(m.surface).split()[:1] == [head.group(1)] and (m.person or m.outlet)
            ),
            None,
        )
    if subject.anaphoric:
        compatible = [m for m in mentions if _compatible(subject, m)]
        # ("A, according to two Kenyan officials. B, the officials said": not the "Ugandan
        # negotiators" their own words named)
        # (English only: an Arabic span may still run over its sentence-final "بحسب ما نقلت
        # الخارجية", whose ministry "الوزارة" then means)
        if subject.language == "en":
            compatible = [
                m for m in compatible if not any(a <= m.start < b for a, b in spoken)
            ] or compatible
        sources = [m for m in compatible if "source" in m.roles]
        if subject.roles[:1] == ("source",) and sources:
            compatible = sources  # "the source" is a source named before, if there is one
        # "The informed sources" / "المصادر المطلعة", "the senior official": of the ones named
        # before, those the same words described ("Informed sources", "A senior Kenyan
        # official", not "Officials in Nairobi" named since), if any
        # (a role's: "the news agency" describes any agency, not the last "news agency")
        if subject.roles:
            compatible = [m for m in compatible if _described_alike(subject, m)] or compatible
        if compatible and subject.roles[:1] == ("statement",) and not subject.issuer:
            # "The statement says": a statement named before, unless an institution has spoken
            # since ("In a statement, the ministry says A. The statement says B")
            latest = next((m for m in reversed(mentions) if _institution(m)), None)
            if (
                latest is not None
                and latest.start > compatible[-1].start
                and not subject.joint
                # (one that has spoken, or is named for whom it is: not "a liaison office" or
                # "told Reuters" in between)
                and (
                    (current is not None and _same(latest, current))
                    or (latest.outlet is None and bool(latest.person or latest.country))
                )
            ):
                return latest
        subject_before = _named_in_previous_sentence(mentions, sentences, at)
        for m in reversed(compatible):
            if (
                m.person
                and subject_before is not None
                and fold(m.person[-1]) == fold(subject_before.person[-1])
            ):
                # "Tom Barrack has posted on X. The envoy wrote that": the envoy the sentence
                # before names, though another envoy was named since his first mention
                return m
        if compatible:
            # "وكان الشيباني قد التقى الوزير رون ديرمر ... وختم الوزير حديثه": the subject of
            # the last sentence naming one, not its object
            found = _topic(compatible, sentences, at)
            body = subject.roles[0] if subject.roles else None
            if (
                body in INSTITUTION_ROLES
                and found.roles[:1]
                and found.roles[0] in ANONYMOUS_ROLES
                and body in found.roles[1:]
            ):
                # "صرح مصدر في وزارة الخارجية ... وأكدت الخارجية في بيان أن": the ministry the
                # source was in, not its source
                return replace(
                    found,
                    roles=found.roles[found.roles.index(body) :],
                    plural=False,
                    qualifier=None,
                )
            if found.outlet and (found.roles or found.person) and not subject.roles:
                # "An official quoted by Channel 12 said A. The channel also reported B": the
                # channel, not the official it quoted
                return replace(found, roles=(), person=(), qualifier=None, issuer=None)
            return found
        if current is not None and _compatible(subject, current):
            return current
        if (
            subject.roles[:1] == ("source",)
            and current is not None
            and not compatible
            and _SAME.search(fold(subject.surface))
        ):
            # "وأوضحت الوكالة أن A. ووفق المصدر ذاته، B": with no source named before, "the same
            # source" is whoever was just quoted (an agency, a statement)
            return current
        if subject.roles[:1] == ("statement",) and not (subject.joint or subject.issuer):
            # "In a statement, Netanyahu's office says A. ... The statement says B": the
            # statement of the institution that spoke last
            if current is not None and _institution(current):
                return current
            return next((m for m in reversed(mentions) if _institution(m)), subject)
    if len(subject.person) == 1 and not (subject.roles or subject.outlet):
        # "أما سلمى فتقول", "وتابعت الخطيب": a person named before in full, now by the first
        # or the last name
        given = fold(subject.person[0])
        for m in reversed(mentions):
            if (
                len(m.person) >= 2
                and given in (fold(m.person[0]), fold(m.person[-1]))
                and _person_like(m)  # not "the office of Prime Minister X"
            ):
                return m
    return subject


# "مكتبه", "his office"; "وزارته", "her ministry": the body of the person just named
_OWN_BODY = re.compile(
    r"(?:(?i:and|but)\s+)?"
    r"(?:(?:مكتب|ديوان)(?:ه|ها)|(?i:his|her)\s+office|(?P<ministry>وزارت(?:ه|ها)|(?i:his|her)\s+ministry))"
)


def _own_office(
    mentions: list[Mention],
    current: Mention | None,
    *,
    sentences: list[Span] | None,
    at: int | None,
    ministry: bool = False,
) -> Mention | None:
    """ "مكتبه" ("his office"): the office of the person the report has just named or quoted;
    "وزارته" ("his ministry"): the ministry a named minister heads ("the French foreign
    minister ... his ministry": France's foreign ministry). None when it has named no one (or,
    for a ministry, no minister with a country)."""
    people = [m for m in mentions if _person_like(m) and m.person and (at is None or m.start < at)]
    owner = current if current is not None and _person_like(current) else None
    if people and (owner is None or people[-1].start > owner.start):
        owner = _topic(people, sentences, at)
    if owner is None:
        return None
    if ministry:
        heads = [r for r in owner.roles if r.endswith("minister") and r != "prime-minister"]
        if not heads or not owner.country:
            return None
        body = heads[0].removesuffix("minister") + "ministry"
        known = {r.key for r in lexicon().roles}
        return replace(
            owner, roles=(body if body in known else "ministry",), person=(), anaphoric=False
        )
    return replace(owner, roles=("office", *owner.roles), surface=f"مكتب {owner.surface}")


def _cue_length(text: str, at: int) -> int:
    """The length of the "citing " or "quoting " that opens a segment at `at`."""
    cue = re.match(r"(?:citing|quoting)\s+", text[at:])
    return cue.end() if cue else 0


def _cited_group(relayed: Mention) -> bool:
    """Sources an outlet cites as a group ("citing Israeli officials", "نقلاً عن مصدرين
    مطلعين", "نقلاً عن مصادره", "an official and a source"): the outlet, not they, speaks the
    words it reports; a single cited source speaks them itself."""
    folded = fold(relayed.surface).casefold()
    return (
        relayed.plural
        or re.search(r"(?<!\w)(?:مصادره|مصادرها|its (?:own )?sources|their sources)(?!\w)", folded)
        is not None
        or re.search(r"\sو(?:ال)?(?:مصدر|مصادر|مسوول|دبلوماسي)|\sand\s", folded) is not None
    )


def _named_in_previous_sentence(
    mentions: list[Mention], sentences: list[Span] | None, at: int | None
) -> Mention | None:
    """The first person named in the last sentence that ends before `at` (its subject, not
    the person it names after: "وكان الشيباني قد التقى الوزير رون ديرمر")."""
    if not sentences or at is None:
        return None
    before = [b for b in sentences if b[1] <= at]
    if not before:
        return None
    a, b = before[-1]
    named = [m for m in mentions if a <= m.start < b and m.person]
    return min(named, key=lambda m: m.start) if named else None


def _head_word(m: Mention) -> str:
    words = fold(m.surface).split()
    return words[0].removeprefix("ال") if words else ""


def _feminine(m: Mention) -> bool:
    """An Arabic mention a feminine verb agrees with: an outlet, or a head noun in ة (القناة،
    الوزارة، الخارجية، المتحدثة)."""
    if m.language != "ar" or m.issuer is not None:
        return False
    return m.outlet is not None or _head_word(m).endswith("ه")


def _masculine(m: Mention) -> bool:
    """An Arabic mention a feminine verb cannot agree with: a head noun such as مسؤول،
    مصدر، وزير، مكتب (a person's name may be a woman's: never counted)."""
    if m.language != "ar" or m.outlet is not None or m.person or not m.roles or m.plural:
        return False  # (a plural agrees with a feminine verb: "مصادر ... ولفتت إلى أن")
    head = _head_word(m)
    return bool(head) and not head.endswith(("ه", "ات")) and m.roles[0] != "statement"


def _topic(people: list[Mention], sentences: list[Span] | None, at: int | None) -> Mention:
    """Who a pronoun or a subjectless verb points back at, among `people` (in the order they
    were found): the subject, that is the first person named, of the last sentence naming one.
    A mention after `at` (a name registered ahead of the clause) is never what it points at."""
    people = [m for m in people if at is None or m.start < at] or people
    latest = people[-1]
    around = next((b for b in reversed(sentences or []) if b[0] <= latest.start < b[1]), None)
    if around is None:
        return latest
    named = [m for m in people if around[0] <= m.start < around[1] and (at is None or m.start < at)]
    return min(named, key=lambda m: m.start) if named else latest


_NAMED_ROLES = {
    "minister",
    "foreign-minister",
    "defense-minister",
    "strategic-affairs-minister",
    "prime-minister",
    "president",
    "envoy",
    "spokesperson",
    "leader",
    "analyst",
    "academic",
    "writer",
    "resident",
    "lawmaker",
    "professional",
}
_PERSON_ROLES = _NAMED_ROLES | ANONYMOUS_ROLES


def _institution(m: Mention) -> bool:
    head = m.roles[0] if m.roles else None
    return bool(m.outlet or m.issuer or head in INSTITUTION_ROLES)


# A label line over a quotation: who (a name, a role, an outlet), then optionally an
# apposition after a comma, an account's handle in brackets and a date after a dash, then a
# colon that ends the line: "توم باراك، المبعوث الأميركي (@USAMBTurkiye) - 24 تموز 2025:",
# "Netanyahu's office (@IsraeliPM) - Jan. 6, 2026:". The next line opens a quotation.
_LABEL_LINE = re.compile(
    r"[ \t*_•-]*(?P<who>[^\n:«»\"“”(),،|\d*]{3,60}?)[ \t*_]*"
    r"(?:[،,][^\n:«»\"“”()]{0,120}?)?[ \t]*(?:\(\s*@[\w.]+\s*\)[ \t]*)?"
    r"(?:[-–—|][^\n:«»\"“”]{0,40}?)?[ \t*_]*:[ \t*_]*(?:\n[ \t]*(?=[«\"“„])|$)"
)


def _label_speaker(text: str, a: int, b: int, mentions: list[Mention]) -> Mention | None:
    """The speaker a label names at text[a:b] (a label line's or an embedded post's header): a
    role, an outlet, a full name or a name the report has already given in full. None for an
    anaphor or a label that names no one."""
    who = parse_mention(text[a:b], start=a, end=b, language=detect_language(text[a:b]))
    known = bool(who.person) and _known_person(who, mentions)
    if who.anaphoric or not (who.roles or who.outlet or len(who.person) >= 2 or known):
        return None
    return who


# a credit line under a pull quote: a dash, then who ("— Syrian official, speaking to Reuters")
_CREDIT = re.compile(r"[—–―-]\s*(?P<who>[^\n.!?؟«»\"“”:]{3,120}?)\s*")


def _credit_line(
    text: str, block: Block, below: tuple[Block, ...], p: _Patterns, mentions: list[Mention]
) -> tuple[Mention, list[Span], Block] | None:
    """A block that is wholly a quotation, with a credit line below it (a dash and a speaker,
    no reporting verb): the speaker, the quotation's span (document offsets) and the credit's
    block. None otherwise."""
    if not below or below[0].kind != "text":
        return None
    para = text[block.start : block.end]
    spans = quote_mark_spans(para)
    if len(spans) != 1 or spans[0][0] != 1 or len(para) - spans[0][1] > 2:
        return None
    # (the layout may have taken the dash for a list marker: it lies between the blocks)
    line_start = text.rfind("\n", block.end, below[0].start) + 1
    if not line_start:
        return None  # (the credit is on a line of its own)
    credit = _CREDIT.fullmatch(text, line_start, below[0].end)
    if credit is None:
        return None
    words = fold(credit.group("who"))
    if (p.ar_verb if detect_language(words) == "ar" else p.en_verb).search(words):
        return None
    who = _label_speaker(text, credit.start("who"), credit.end("who"), mentions)
    if who is None:
        return None
    a, b = _trim(para, *spans[0])
    return who, [(block.start + a, block.start + b)], below[0]


def _label_line(
    text: str, block: Block, p: _Patterns, mentions: list[Mention]
) -> tuple[Mention, list[Span]] | None:
    """A block that is a label line naming a speaker and, below it, words in quotation marks:
    the speaker and the spans of those words (document offsets; none when the words are the
    next block's, which it announces). None when the label has a reporting verb (the clause
    rules read "X said:") or names no one ("Key points:")."""
    para = text[block.start : block.end]
    m = _LABEL_LINE.match(para)
    if m is None or (m.end() == len(para) and text[block.end :].lstrip()[:1] not in '«"“„'):
        return None
    label = para[: m.end()]
    language = detect_language(m.group("who"))
    verb = p.ar_verb if language == "ar" else p.en_verb
    if verb.search(fold(label)):
        return None
    who = _label_speaker(text, block.start + m.start("who"), block.start + m.end("who"), mentions)
    if who is None:
        return None
    spans = []
    for qa, qb in quote_mark_spans(para[m.end() :]):
        ta, tb = _trim(para, m.end() + qa, m.end() + qb)
        if tb > ta:
            spans.append((block.start + ta, block.start + tb))
    return (who, spans) if spans or m.end() == len(para) else None


# an embedded post's header line: "Tom Barrack (@USAMBTurkiye) · Jul 24, 2025", "> Jane Mwangi
# @KenyaEnvoy · 2h" (the post's text follows it)
_POST_HEADER = re.compile(
    r"[ \t>]*(?P<who>[^\n@()<>:«»\"“”]{3,60}?)[ \t]*\(?@[\w.]{2,30}\)?[ \t]*[·•|–—-][^\n]{1,40}\n"
)


def _post_header(
    text: str, block: Block, mentions: list[Mention]
) -> tuple[Mention, list[Span]] | None:
    """A block that opens with an embedded post's header line (who, @handle, date): its
    holder and the lines of the post below it (document offsets, without "> " markers)."""
    para = text[block.start : block.end] + "\n"
    m = _POST_HEADER.match(para)
    if m is None:
        return None
    who = _label_speaker(text, block.start + m.start("who"), block.start + m.end("who"), mentions)
    if who is None:
        return None
    spans = []
    for line in re.finditer(r"[^\n]+", para[m.end() :]):
        body = re.match(r"[ \t>]*", line.group())
        la = m.end() + line.start() + body.end()  # type: ignore[union-attr]
        ta, tb = _trim(para, la, m.end() + line.end())
        if tb > ta:
            spans.append((block.start + ta, block.start + tb))
    return (who, spans) if spans else None


# a label over a list of someone's words, no verb in it: "Key lines:", "Main quotes:",
# "أبرز التصريحات:", "ومما قاله:"
_SPEECH_LABEL = re.compile(
    r"^\W*(?:\w+\s+){0,2}(?:lines|quotes|remarks|comments|excerpts)\W*$"
    r"|^\W*(?:\S+\s+){0,2}(?:التصريحات|تصريحاته|تصريحاتها|اقواله|اقوالها|مقتطفات|ما قاله|ما قالته)"
    r"\W*$",
    re.IGNORECASE,
)


def _person_like(m: Mention) -> bool:
    if m.roles and m.roles[0] in ("office", "statement", "ministry", "foreign-ministry"):
        return False
    return bool(m.person) or bool(set(m.roles) & _PERSON_ROLES)


def _same(a: Mention, b: Mention) -> bool:
    return (a.roles, a.country, a.person, a.outlet, a.issuer) == (
        b.roles,
        b.country,
        b.person,
        b.outlet,
        b.issuer,
    )


def _possessed_role(phrase: str) -> str | None:
    """The role key of a one-word Arabic role noun with a possessive suffix (folded): خارجيتها
    ("its foreign ministry") -> foreign-ministry, حكومته -> government."""
    m = re.fullmatch(r"\s*[وف]?(?P<stem>\S{2,}?)(?P<t>ت)?(?:ه|ها|هم|هما)\s*", phrase)
    if m is None:
        return None
    stem = m.group("stem") + ("ه" if m.group("t") else "")
    for role in lexicon().roles:
        if stem in role.ar or "ال" + stem in role.ar:
            return role.key
    return None


def _place_of(word: str) -> str | None:
    """The country a folded word names, by its name or its principal city (باريس -> FR)."""
    lex = lexicon()
    for form in (word, word.removeprefix("و"), word.removeprefix("ل"), word.removeprefix("ب")):
        form = form.strip("،,.:؛")
        code = lex.country_of(form) or lex.capital_of(form)
        if code and code not in lex.regions:
            return code
    return None
