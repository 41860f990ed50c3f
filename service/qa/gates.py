"""Gates: independent checks that may stop an answer before anything is quoted.

Each gate is a small class with one method, `check(question, language, hits)`, that returns a
`Refusal` when the passages cannot answer the question, else None. The answerer runs them in
order and the first refusal wins; each one can be tested with a few hand-made hits, no index.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ingest.dates import is_day_of_month, months
from ingest.lexicon import INSTITUTION_ROLES
from ingest.normalize import (
    ENGLISH_STOPWORDS,
    detect_language,
    keyword_tokens,
    normalize,
    strip_diacritics,
)
from service.qa.asked_speaker import UnquotedSpeaker
from service.qa.entities import UnknownEntities
from service.qa.glossary import ArabicSynonyms, Glossary
from service.qa.retrieve import TOP_FEW, Hit, KeywordIndex

# Questions asking for a number or a date need a number or a date in the quote to be answered.
ASKS_NUMBER = re.compile(
    r"\bhow (?:many|much)\b|\b(?:the )?(?:value|cost|amount|size|number) of\b"
    # "How large is the budget?", "How big a force": a size asked for
    r"|\bhow (?:large|big|sizeable|sizable)\b"
    r"|(?:^|\s)(?:كم|عدد)(?:\s|$)|(?:^|\s)(?:ما|كم)\s+(?:هي\s+|هو\s+)?(?:قيمة|قيمه|تكلفة|تكلفه|حجم)(?:\s|$)",
    re.IGNORECASE,
)
ASKS_TIME = re.compile(
    r"^\W*(?:and |so |but )?when\b|\b(?:what|which|by what) (?:date|day|time|month|year)\b"
    # (تاريخي/تاريخية, "historic", is an adjective, not a date)
    r"|(?:^|\s)(?:متى|موعد|تاريخ(?!ي)|(?:و|ف|ب)?الموعد)",
    re.IGNORECASE,
)
# "next meeting", "the coming round", "متى سيعقد": a time that lies ahead of the statements
_PLAINLY_FUTURE = re.compile(
    r"\b(?:next|upcoming|coming|future|will|going to)\b"
    r"|(?:^|\s)(?:سوف|رح|سي\w+|ست\w+)|(?:القادم|المقبل)",
    re.IGNORECASE,
)
# ... or a plan, which may lie in the past ("When was the meeting originally scheduled?")
ASKS_FUTURE = re.compile(rf"{_PLAINLY_FUTURE.pattern}|\b(?:planned|scheduled)\b", re.IGNORECASE)
# "When was the meeting originally scheduled?": a past question, whatever its "scheduled" says
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)


def asks_about_the_future(question: str) -> bool:
    """Whether a question asks about what lies ahead ("When will ...", "متى ستعقد", "the next
    round"), not about a plan in the past ("When was it originally scheduled?")."""
    bare = strip_diacritics(question)
    if _PLAINLY_FUTURE.search(bare):
        return True
    return ASKS_FUTURE.search(bare) is not None and not _PAST_AUXILIARY.search(bare)


HAS_FUTURE_TIME = re.compile(
    r"(?:الأسبوع|الشهر|العام|السنة|الجولة|الاجتماع|اللقاء|الأيام|الأشهر|الأسابيع)\s+"
    r"(?:ال)?(?:مقبل|قادم)|غدا|بعد غد"
    r"|\b(?:next|coming|upcoming)\s+(?:week|month|year|round|meeting|session|\w+day)\b|\btomorrow\b"
    # a date after a future verb: "will arrive in June", "is due to meet by March"
    r"|\b(?:will|would|shall|is to|are to|expected|scheduled|planned|due)\b[^.]{0,60}?"
    # (a year alone is no time ahead: "since December 2024" answers no "when will")
    r"\b(?:in|by|before|from|until|on)\s+(?:early\s+|late\s+|mid-)?(?:20\d\d|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b|\bwithin\s+(?:\w+\s+)?(?:days|weeks|months)\b",
    re.IGNORECASE,
)
# "Why did X refuse...": a why-question presupposes an event; if a word of it appears nowhere
# in the statements (in either language), the event is not in them either.
# (لِمَ asks why only where the question starts with it: elsewhere لم negates, as in "ما لم",
# "unless", and "لم يذكر", "did not mention")
ASKS_WHY = re.compile(
    r"\bwhy\b|(?:^|\s)(?:لماذا|ليش|ليه)(?:\s|$)|^\W*(?:و|ف)?لم(?:\s|$)", re.IGNORECASE
)
SCAFFOLD = frozenset(
    [
        "why",
        "did",
        "does",
        "do",
        "say",
        "said",
        "says",
        "tell",
        "told",
        "talk",
        "talked",
        "talks",
        "happen",
        "happened",
        "exactly",
        "really",
        "so",
        "then",
        "not",
        "no",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
    ]
)
SCAFFOLD_AR = frozenset(
    normalize(w)
    for w in [
        "يقول",
        "تقول",
        "يقولون",
        "قال",
        "قالت",
        "قالوا",
        "ذكر",
        "ذكرت",
        "صرح",
        "صرحت",
        "حدث",
        "جرى",
        "فعلا",
        "بالضبط",
        "بالتحديد",
        "إذن",
        "اذن",
    ]
)
# "can't", "won't", "didn't": an auxiliary with its negation is grammar, not the event
NEGATED_AUXILIARY = re.compile(r"[A-Za-z]+n['’]t", re.IGNORECASE)
# distinct English stems a corpus needs before an English word it lacks counts as unstated:
# fewer than the shortest English development report (140)
ENGLISH_VOCABULARY = 100
# "What is the name of...", "ما اسم": the statements name only a few people.
# (Arabic: with a clitic or the article before it, never inside a name such as قاسم)
ASKS_NAME = re.compile(
    r"\bnames?\b|(?:^|\s)(?:و|ف|ب|ل)?(?:ال)?(?:اسم|أسماء|اسماء)(?:ه|ها|هم|هما)?(?!\w)",
    re.IGNORECASE,
)
# a number in digits, or a number word (whole words: "ستعقد", a future verb, is no "ست")
HAS_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)?|[٠-٩]+"
    r"|(?:^|(?<=\W))(?:و|ب|ل)?(?:ال)?(?:واحد|واحدة|اثنان|اثنين|اثنتان|اثنتين|ثلاث|ثلاثة|ثلاثون"
    r"|ثلاثين|أربع|أربعة|أربعون|أربعين|خمس|خمسة|خمسون|خمسين|ست|ستة|ستون|ستين|سبع|سبعة|سبعون"
    r"|سبعين|ثماني|ثمانية|ثمانون|ثمانين|تسع|تسعة|تسعون|تسعين|عشر|عشرة|عشرون|عشرين|مئة|مائة"
    r"|مئات|ألف|آلاف|مليون|ملايين|مليار|عدة|بضع|بضعة|عشرات)(?!\w)"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?"
    r"|dozens?|several|a few)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
HAS_TIME = re.compile(
    r"\d|مساء|صباح|اليوم|أمس|غدا|الأسبوع|الشهر|العام|ديسمبر|يناير|فبراير|مارس|أبريل|مايو|يونيو|"
    r"يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|"
    r"أشهر|شهر|أيام|سنوات|الفور|فوري"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|tomorrow|yesterday|tonight|morning|evening|night|week|weeks|"
    r"weekly|month|months|year|years|days?|hours?|immediately|soon|later)\b",
    re.IGNORECASE,
)

# The passages an answer would quote (the selector's choice), for gates that read the quote.
SelectFn = Callable[[str, str, list[Hit]], list[Hit]]
KeywordQuery = Callable[[str], str | None]


@dataclass(frozen=True)
class Refusal:
    """Why the answer abstains: `entity` (in the question's language) names what the statements
    never mention, or is empty; `reason` is the English explanation reported to the client."""

    entity: str
    reason: str
    frame: str = "abstain_entity"  # the frame that words it (prompts/extractive.*.json)


class Gate(Protocol):
    def check(self, question: str, language: str, hits: list[Hit]) -> Refusal | None: ...


class UnknownEntityGate:
    """The question names a place, body or person (from the gazetteer) the corpus never does."""

    def __init__(self, unknown: UnknownEntities) -> None:
        self.unknown = unknown

    def check(self, question: str, language: str, hits: list[Hit]) -> Refusal | None:
        entity = self.unknown.find(question)
        if entity is None:
            return None
        label = entity.label_ar if language == "ar" else entity.label_en
        return Refusal(label, f"the statements do not mention {entity.label_en}")


class UnquotedSpeakerGate:
    """The question asks for the words or position of someone no report quotes ("What did
    Turkey's president say"): any quote would be someone else's words offered as theirs."""

    def __init__(self, unquoted: UnquotedSpeaker) -> None:
        self.unquoted = unquoted

    def check(self, question: str, language: str, hits: list[Hit]) -> Refusal | None:
        found = self.unquoted.check(question)
        if found is None:
            return None
        who, reason = found
        return Refusal(who, reason, frame="abstain_unquoted")


class SimilarityGate:
    """No passage is similar enough, unless one of the fused top few shares a rare word with
    the question (a short follow-up, "and if disputes arise?", can be far in meaning yet name
    the one word only the right passage uses; the reranker may have put it second)."""

    def __init__(
        self,
        *,
        min_similarity: float,
        keywords: KeywordIndex | None = None,
        keyword_query: KeywordQuery | None = None,
    ) -> None:
        self.min_similarity = min_similarity
        self.keywords = keywords
        self.keyword_query = keyword_query

    def check(self, question: str, language: str, hits: list[Hit]) -> Refusal | None:
        best = max(h.similarity for h in hits)
        if best < self.min_similarity and not any(
            self.shares_a_rare_word(question, h) for h in hits[:TOP_FEW]
        ):
            return Refusal("", f"no passage is similar enough (best {best:.2f})")
        return None

    def shares_a_rare_word(self, question: str, hit: Hit) -> bool:
        if self.keywords is None or self.keyword_query is None:
            return False
        searched = self.keyword_query(question)
        if not searched:
            return False
        return bool(
            self.keywords.informative(searched)
            & self.keywords.tokens.get(hit.chunk_id, frozenset())
        )


class QuoteGate:
    """A gate on what the answer would quote: the question asks for something (`asks`) that
    the selected passages' text must contain (`has`)."""

    asks: re.Pattern[str]
    has: re.Pattern[str]
    reason: str

    def __init__(self, select: SelectFn) -> None:
        self.select = select

    def asked(self, question: str) -> bool:
        return bool(self.asks.search(strip_diacritics(question)))

    def check(self, question: str, language: str, hits: list[Hit]) -> Refusal | None:
        if not self.asked(question):
            return None
        quoted = " ".join(h.chunk.text for h in self.select(question, language, hits))
        return (
            None if self.answers(question, strip_diacritics(quoted)) else Refusal("", self.reason)
        )

    def answers(self, question: str, quoted: str) -> bool:
        return self.has.search(quoted) is not None


class AsksNumberGate(QuoteGate):
    """ "How many ...": the quote must hold a number (digits or a number word, in English or
    Arabic) other than a year and other than the numbers the question gives itself ("How
    long did the July 24 meeting last?" is not answered by "July 24")."""

    asks = ASKS_NUMBER
    has = HAS_NUMBER
    reason = "the question asks for a number the passages do not give"

    def answers(self, question: str, quoted: str) -> bool:
        return gives_number(question, quoted)


# "How long did it last?", "كم ساعة استغرق", "كم من الوقت": an amount of time asked for
_ASKS_DURATION = re.compile(
    r"\bhow long\b|(?:^|\s)كم\s+(?:من\s+الوقت|(?:يوم|ساع|شهر|أسبوع|اسبوع|سن|عام|دقيق|دام|استمر"
    r"|استغرق)\w*)",
    re.IGNORECASE,
)


class AsksDuration:
    """ "How long ...", "كم ساعة ...": an amount of time asked for, and whether a text gives
    one (a number with its unit, or an Arabic dual: "يومين"). Not a gate (a number gate
    refuses the Arabic ones): the selector quotes a passage that gives the time when the best
    ones do not."""

    def asked(self, question: str) -> bool:
        return bool(_ASKS_DURATION.search(strip_diacritics(question)))

    def answers(self, question: str, quoted: str) -> bool:
        return gives_number(question, quoted)


def gives_number(question: str, quoted: str) -> bool:
    """Whether `quoted` gives the number a "how many" question asks for (AsksNumberGate): not
    a year, not a number the question gives itself, not a date or a name's number."""
    bare = strip_diacritics(question)
    given = {normalize(m.group(0)) for m in HAS_NUMBER.finditer(bare)}
    counted = _counted(bare)
    # "how long did it last", "كم دامت": an amount of time ("عدة أشهر", "three hours")
    # answers; "how many people" is not answered by "after two days of talks"
    time_answers = not _names_what_it_counts(bare)
    if time_answers and _DUAL_UNIT.search(normalize(quoted)):
        return True  # "ستمتد يومين", "ساعتين": an Arabic dual is a count of two
    for m in HAS_NUMBER.finditer(quoted):
        number = m.group(0).strip()
        if _YEAR.fullmatch(number) or normalize(number) in given:
            continue
        label = _LABEL.search(quoted, max(0, m.start() - 40), m.start())
        if label or is_day_of_month(quoted, m.start(), m.end()):
            continue  # "on July 24", "Channel 13": a date or a name, not a count
        if number[:1].isdigit() or number[:1] in "٠١٢٣٤٥٦٧٨٩":
            return True
        # a number word ("the two sides", "one of them") counts only beside what is
        # counted ("six inspectors", "ستة مفتشين")
        near = normalize(quoted[max(0, m.start() - 40) : m.end() + 40])
        # ("المواقع العسكرية التسعة": the counted noun with its article, the number after it)
        words = [_without_article(w) for w in re.findall(r"\w+", near)]
        if counted and any(w.startswith(counted) for w in words):
            return True
        if time_answers and _UNIT.match(quoted, m.end()):
            return True
    return False


# a number that names something (a capitalised English word right before it, not at a
# sentence's start): "Channel 13", "Resolution 2254", "Route 60"
_LABEL = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s+$")
_UNIT = re.compile(
    r"\s+(?:(?:و|ال)?(?:أشهر|اشهر|شهور|أيام|ايام|ساعات|سنوات|أعوام|اعوام|أسابيع|اسابيع|دقائق|مرات"
    r"|يوم|شهر|ساعة|ساعه|سنة|سنه|عام|أسبوع|اسبوع|دقيقة|دقيقه|مرة|مره)"
    r"|(?:months?|days?|hours?|years?|weeks?|minutes?|times)\b)",
    re.IGNORECASE,
)
# an Arabic dual of a unit of time ("يومين", "ساعتان", "الشهرين"), normalised: two of it
_DUAL_UNIT = re.compile(
    r"(?<!\w)[وفب]?(?:ال)?(?:يوم|ساعت|شهر|اسبوع|عام|سنت|دقيقت|مرت)(?:ين|ان)(?!\w)"
)


def _without_article(word: str) -> str:
    """An Arabic word without its clitic and article ("والمواقع" -> "مواقع")."""
    return re.sub(r"^[وفبل]?ال(?=\w{2})", "", word)


_COUNTED = re.compile(
    r"\bhow (?:many|much)\s+(?P<en>[a-z]+)|\b(?:number|amount) of (?:the )?(?P<of>[a-z]+)"
    r"|(?:^|\s)(?:كم\s+)?عدد\s+(?P<ar>\w+)|(?:^|\s)كم\s+(?P<kam>\w+)",
    re.IGNORECASE,
)


def _names_what_it_counts(question: str) -> bool:
    """Whether a "how many" question names the thing it counts ("how many officers", "number
    of staff", "عدد الموظفين"), not only a verb ("كم دامت", "كم استمر") or nothing ("how
    long")."""
    m = _COUNTED.search(question)
    return m is not None and bool(m.group("en") or m.group("of") or m.group("ar"))


def _counted(question: str) -> str:
    """The first letters of what a "how many" question counts ("officers" -> "offi",
    "المفتشين" -> "مفتش"), or "" when it names nothing."""
    m = _COUNTED.search(question)
    if m is None:
        return ""
    word = normalize(next(g for g in m.groups() if g))
    word = word.removeprefix("ال") if not word.isascii() else word
    return word[:4] if len(word) >= 3 else ""  # (a unit's stem still reads as a unit)


class AsksTimeGate(QuoteGate):
    """ "When ...": the quote must hold a time (a date, a weekday, "immediately", ...)."""

    asks = ASKS_TIME
    has = HAS_TIME
    reason = "the question asks for a time the passages do not give"


class AsksFutureTimeGate(QuoteGate):
    """ "When will the next round ...": the quote must hold a time that lies ahead."""

    asks = ASKS_TIME
    has = HAS_FUTURE_TIME
    reason = "the question asks when something will happen; the passages give no date"

    def asked(self, question: str) -> bool:
        return bool(ASKS_TIME.search(strip_diacritics(question))) and asks_about_the_future(
            question
        )


# "Where will ...", "In which city ...", "أين", "في أي مدينة": a place is asked for
ASKS_PLACE = re.compile(
    r"^\W*(?:and |so |but )?where\b(?!.*\bstands?\b)"
    r"|\b(?:in|at|from) (?:which|what) (?:city|town|country|capital|venue|hotel|place|location)\b"
    r"|\bwhich (?:city|town|country|capital|venue|hotel)\b"
    r"|(?:^|\s)(?:أين|اين|وين)(?:\s|$)"
    r"|في (?:أي|اي|أية|اية) (?:مدينة|مدينه|بلد|دولة|دوله|عاصمة|عاصمه|مكان|فندق|بلدة|بلده)",
    re.IGNORECASE,
)
# ... a venue inside a city ("Which Paris hotel hosted the talks?", "في أي فندق أو مبنى"): the
# city the talks were held in does not answer it
ASKS_VENUE = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:hotel|building|venue|palace)\b"
    r"|(?:^|\s)(?:أي|اي|أية|اية)\s+(?:فندق|مبنى|مبني|قصر|قاعة|قاعه)",
    re.IGNORECASE,
)
HAS_VENUE = re.compile(
    r"\b(?:hotels?|h[oô]tel|palace|building|venue|residence|embassy|ch[aâ]teau|hall)\b"
    r"|(?:^|\s)(?:و|ف|ب|في)?(?:ال)?(?:فندق|مبنى|مبني|قصر|قاعة|قاعه|سفارة|سفاره|مقر إقامة)",
    re.IGNORECASE,
)
# a place given in a passage without a gazetteer name: "in Paris", "at the embassy", "in a
# third country", "في باريس" (after في a noun without the article is most often a name)
HAS_PLACE = re.compile(
    r"\b(?:in|at|near|inside|outside|from)\s+(?!(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b)[A-Z][\w'-]+"
    r"|\b(?:in|at)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:country|city|capital|town|village|region"
    r"|embassy|hotel|ministry|palace|headquarters|base)\b"
    # (a noun with a possessive suffix is no place name: "في علاقاتهما", "in their relations")
    r"|(?:^|\s)في\s+(?!ال)(?![^\s\d]+(?:هما|هم|ها|كم|نا)(?:\s|$|[^\w]))[^\s\d]{3,}"
    r"|(?:^|\s)(?:في|من|إلى|الى)\s+(?:ال)?(?:مدينة|مدينه|عاصمة|عاصمه|دولة|دوله|بلد|منطقة|منطقه"
    r"|مقر|فندق|سفارة)"
    r"|(?:^|\s)(?:ب|وب)(?:ال)?(?:مدينة|مدينه|عاصمة|عاصمه|دولة|دوله|منطقة|منطقه)"
    # "يكون مقرها العاصمة الأردنية": a seat that is a capital or a city
    r"|(?:^|\s)(?:مقر|مقرها|مقره|مقرهما)\s+(?:ال)?(?:عاصمة|عاصمه|مدينة|مدينه)"
)


# a sentence about what lies ahead: a future verb or "next" ("will be based", "are set to
# resume", "ستعقد", "الجولة المقبلة")
FUTURE_MARKER = re.compile(
    r"\b(?:will|would|shall|is to|are to|set to|expected to|scheduled to|planned to|due to"
    # (Arabic: سـ before a present verb, not the nouns that begin so: سياسة، سيادة، سيطرة)
    # (or what is proposed or wanted: "want the cell based in Amman", "proposed hosting it")
    r"|next|upcoming|wants?|wanted|propos\w*|plans?|planned|intends?|intended)\b"
    r"|(?:^|\s)(?:و|ف)?س(?!ياس|ياد|يطر|يار|يناريو)(?:ي|ت|ن)[^\s.]{2,}"
    # ("اقترحت أن يكون مقرها عمّان": the subjunctive after أن, what is to be)
    r"|(?:^|\s)(?:سوف|[أا]ن\s+(?:ي|ت)(?:كون|صبح|نتقل|ستضيف|عقد))\s|(?:المقبل|القادم)"
    r"|(?:^|\s)(?:و|ف)?(?:[يت]?قترح|اقترح|مقترح|اقتراح)\S*",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"[^.!?؟\n]+")


class AsksPlaceGate(QuoteGate):
    """ "In which city will the cell be based?": the quote must give a place, a name of the
    gazetteer (countries, capitals, the region's cities) or one written as a name. Asked where
    something will be, the place must come with the future ("will be based in ..."): any
    report names the places the talks were held in."""

    asks = ASKS_PLACE
    has = HAS_PLACE
    reason = "the question asks for a place the passages do not give"

    def __init__(self, select: SelectFn, *, names_a_place: Callable[[str], bool]) -> None:
        super().__init__(select)
        self.names_a_place = names_a_place

    def asked(self, question: str) -> bool:
        return super().asked(question) or bool(ASKS_VENUE.search(strip_diacritics(question)))

    def answers(self, question: str, quoted: str) -> bool:
        if ASKS_VENUE.search(strip_diacritics(question)) and not HAS_VENUE.search(quoted):
            return False  # a hotel or a building is asked for, and none is named
        if asks_about_the_future(question):
            # where something will be: a place in a sentence about what lies ahead
            return any(
                FUTURE_MARKER.search(sentence) and self._gives_place(sentence)
                for sentence in _SENTENCES.findall(quoted)
            )
        return self._gives_place(quoted)

    def _gives_place(self, text: str) -> bool:
        return self.has.search(text) is not None or self.names_a_place(text)


# "Who has been appointed to head the cell?", "من سيرأس الخلية؟": who holds a post is asked
ASKS_APPOINTEE = re.compile(
    r"\bwho\s+(?:has\s+been|have\s+been|was|were|is|will\s+be|would\s+be)\s+"
    r"(?:appointed|named|chosen|picked|selected|tapped|nominated|designated)\b"
    r"|\bwho\s+(?:will|would|is\s+to|is\s+going\s+to)\s+(?:head|lead|chair|run|direct)\b"
    r"|(?:^|\s)(?:من|مَن)\s+(?:(?:تم|جرى)\s+)?(?:عين|عُين|عيّن|عُيّن|تعيين|اختير|اختيار|سمي|سمّي)"
    r"|(?:^|\s)(?:من|مَن)\s+(?:سيرأس|سيترأس|سيقود|سيدير|يرأس|يترأس|يقود|يدير)(?:\s|$)",
    re.IGNORECASE,
)
# ... answered only by a passage about an appointment or about who heads something
HAS_APPOINTEE = re.compile(
    r"\b(?:appoint\w*|nam(?:ed|ing)\s+(?:as|to)|chosen|picked|selected|tapped|nominat\w*"
    r"|designat\w*|head(?:s|ed|ing)?|lead(?:s|ing)?|led\s+by|chair\w*|run\s+by|direct(?:s|ed|or)"
    r"|represent(?:s|ed|ing)?)\b"
    r"|(?:^|\s)(?:و|ف)?(?:عين|عُين|عيّن|عُيّن|تعيين|اختير|اختيار|سمي|سمّي|يرأس|يترأس|ترأس|رئاسة|رئاسه"
    r"|يقود|قاد|بقيادة|بقياده|برئاسة|برئاسه|يدير|ادارة|إدارة|سيرأس|سيترأس|سيقود|سيدير|مثل|يمثل|مثّل)",
    re.IGNORECASE,
)


class AsksAppointeeGate(QuoteGate):
    """ "Who has been appointed to head the cell?": the quote must speak of an appointment or
    of who heads, leads or runs something; a passage that only describes the cell does not
    answer it."""

    asks = ASKS_APPOINTEE
    has = HAS_APPOINTEE
    reason = "the question asks who holds a post; the passages name no one appointed to it"


class AsksNameGate:
    """ "What is the name of the official ...": refused unless the question names someone the
    statements name. Only a person's name is asked this way: "the name of the mechanism" and
    "المتحدث باسم الخارجية" (spokesperson *for* the ministry) are answered as any question."""

    def __init__(self, unknown: UnknownEntities) -> None:
        self.unknown = unknown

    def check(self, question: str, language: str, hits: list[Hit]) -> Refusal | None:
        if asks_a_persons_name(question) and not self.unknown.names_a_named_person(question):
            return Refusal("", "the question asks for a name the statements do not give")
        return None


# words for a person that the news lexicon's roles do not list (it lists speakers' roles)
# words for a person that the news lexicon's roles (speakers' roles) do not list: titles of
# office and rank, general nouns for a person
_PERSON_NOUNS_EN = frozenset(
    {"person", "man", "woman", "people", "officer", "officers", "mayor", "governor", "master"}
    | {"director", "chairman", "chairwoman", "secretary", "general", "colonel", "admiral"}
    | {"commander", "judge", "captain", "member", "members"}
)
_PERSON_NOUN_STEMS_AR = ["شخص", "رجل", "امرأة", "ضابط", "مدير", "محافظ", "عمدة", "أمين"]
_PERSON_NOUN_STEMS_AR += ["قاضي", "لواء", "عقيد", "عميد", "سفير", "عضو", "أعضاء"]
_PERSON_NOUNS_AR = frozenset(
    normalize(w) for noun in _PERSON_NOUN_STEMS_AR for w in (noun, "ال" + noun)
)
_PRONOUN_BEFORE_NAME = re.compile(r"\b(?:his|her|their|your)\s+names?\b", re.IGNORECASE)
_INSTITUTION_ROLES = INSTITUTION_ROLES | {"army"}  # a body, never a person with a name


@functools.lru_cache(maxsize=1)
def _person_roles() -> tuple[frozenset[str], frozenset[str]]:
    """The news lexicon's words for a person's role (English, Arabic folded): an official, a
    minister, an envoy, an activist; not an office, a ministry or a government."""
    from ingest.lexicon import lexicon

    roles = [r for r in lexicon().roles if r.key not in _INSTITUTION_ROLES]
    en = frozenset(w.casefold() for r in roles for w in r.en if " " not in w)
    ar = frozenset(normalize(w) for r in roles for w in r.ar)
    return en | _PERSON_NOUNS_EN, ar | _PERSON_NOUNS_AR


def asks_a_persons_name(question: str) -> bool:
    """Whether the question asks for someone's name: "the name(s) of" a person's role, or a
    role's name ("the official's name", "ما اسم المسؤول", "أسماء أعضاء الوفد"), or a name with a
    possessive pronoun ("his name", "اسمه"). The role must come before any clause of its own
    ("the name the officials gave to ..." asks for no person's name)."""
    if _PRONOUN_BEFORE_NAME.search(question):
        return True
    en_roles, ar_roles = _person_roles()
    if any(w.casefold() in en_roles for w in _ROLE_BEFORE_NAME.findall(question)):
        return True
    for match in ASKS_NAME.finditer(question):
        word = match.group(0).strip()
        after = re.findall(r"\w+", question[match.end() :])
        if word.isascii():
            if after[:1] != ["of"]:
                continue
            phrase = list(itertools.takewhile(lambda w: w.casefold() not in _CLAUSE, after[1:7]))
            if any(w.casefold() in en_roles for w in phrase):
                return True
            continue
        if word.startswith(("ب", "وب")):
            continue  # باسم: "on behalf of", "in the name of"
        if re.search(r"(?:ه|ها|هم|هما)$", word):
            return True  # اسمه, أسماؤهم: a person's
        if any(normalize(w) in ar_roles for w in after[:2]):  # the noun it is joined to
            return True
    return False


_ROLE_BEFORE_NAME = re.compile(r"\b(\w+)(?:'s|s')\s+names?\b", re.IGNORECASE)
_CLAUSE = frozenset(["who", "that", "which", "whose", "did", "does", "do", "is", "was", "were"])


class WhyPresuppositionGate:
    """ "Why did X refuse ...": refused when a word of the presupposed event appears nowhere in
    the statements, in any form the keyword search knows."""

    def __init__(
        self,
        *,
        keywords: KeywordIndex | None,
        glossary: Glossary | None = None,
        synonyms: ArabicSynonyms | None = None,
        english_vocabulary: int = ENGLISH_VOCABULARY,
    ) -> None:
        self.keywords = keywords
        self.glossary = glossary
        self.synonyms = synonyms
        # English words are looked up in the English reports' own words: only when the corpus
        # has English reports (`english_vocabulary` distinct English stems or more)
        english = (
            sum(1 for t in keywords.vocabulary if t.isascii() and t.isalpha()) if keywords else 0
        )
        self.reads_english = english >= english_vocabulary

    def check(self, question: str, language: str, hits: list[Hit]) -> Refusal | None:
        if ASKS_WHY.search(question) and (unstated := self.unstated_words(question, language)):
            return Refusal(
                "", f"the question presupposes what the statements never mention: {unstated}"
            )
        return None

    def unstated_words(self, question: str, language: str) -> list[str]:
        """Words of the question that the statements never use, in any form the keyword
        search knows (Arabic: the stemmed report, or a synonym of its words; English: the
        glossary, else the English reports' stemmed words). Question scaffolding, stop words
        and dates do not count."""
        if self.keywords is None:
            return []
        if language == "en" and self.glossary is not None:
            return [
                w
                for w in self.glossary.unmatched(question)
                if w not in ENGLISH_STOPWORDS and w not in SCAFFOLD
            ]
        if language == "en":
            if not self.reads_english:
                return []  # English words cannot be looked up in Arabic statements
            return [
                word
                for word in re.findall(r"[A-Za-z][\w'’-]*", question)
                if word.casefold() not in SCAFFOLD
                and not NEGATED_AUXILIARY.fullmatch(word)
                and not HAS_TIME.search(word)
                and not months(word)
                and any(t not in self.keywords.vocabulary for t in keyword_tokens(word))
            ]
        unstated = []
        # words of the question, whole: a shadda or other mark inside one ("وقّعت") is not a
        # word boundary
        for word in re.findall(r"[\w\u064b-\u0652\u0670]+", question):
            tokens = keyword_tokens(word)
            if not tokens or all(t in self.keywords.vocabulary for t in tokens):
                continue
            if normalize(word) in SCAFFOLD_AR or ASKS_WHY.search(word):
                continue
            if HAS_TIME.search(word) or re.search(r"\d", word) or months(word):
                continue  # "كانون الثاني 2026" dates the event; it is not the event
            if self.synonyms is None or not self.synonyms.report_words(word):
                unstated.append(word)
        return unstated


# "Why did <subject> <verb> ...": the auxiliary that opens a why-question about an event
_WHY_EVENT = re.compile(
    r"^\W*why\s+(?:did|does|do|has|have|had|would|will)\s+(?P<rest>.+?)[?.!\s]*$", re.IGNORECASE
)
_EN_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# a noun that ends the subject, by its form: "the Syrian delegation walk out", "the management"
_NOUN_SUFFIX = re.compile(
    r"(?:tion|sion|ment|ship|ity|ness|ance|ence|ism|ist|ary|ory|ery|try|cy|ers?|ors?)$",
    re.IGNORECASE,
)
_DETERMINER = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"])
# words between the subject and the event's verb: "Why did the Pentagon say it would send ..."
_BEFORE_VERB = SCAFFOLD | {"it", "they", "he", "she", "may", "might", "must", "be", "been"}
# ... and prepositions, which neither are the event nor name its object ("talks between A and B")
_PREPOSITIONS = frozenset(
    ["between", "of", "in", "at", "on", "from", "with", "for", "by", "to", "into", "during",
     "after", "before", "without", "against", "over", "about", "under", "within", "among"]
)  # fmt: skip
# a cue that the sentence around a verb does not assert it: "would not say whether any
# timetable had been agreed", "no timetable was agreed", "unless Israel agrees", "cannot move,
# he said, until Israel agrees" (a condition, not an event)
_NOT_ASSERTED = frozenset(
    [
        "not", "no", "never", "neither", "nor", "without", "whether", "if", "unless", "denied",
        "denies", "deny", "rejected", "refused", "nothing", "none", "yet", "until",
    ]
)  # fmt: skip
# the word after an event's noun that makes it state the event ("an agreement to set up")
_NOUN_COMPLEMENT = frozenset(["to", "on", "with", "from", "for", "over", "that"])
# a cue governs the rest of its clause ("would not say whether any timetable had been agreed")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\bbut\b")


@functools.lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    from ingest.lexicon import lexicon

    words = [w for r in lexicon().roles for w in r.en] + list(lexicon().en_statement_nouns)
    return frozenset(w.casefold() for w in words if " " not in w)


def _head_noun(word: str) -> bool:
    """A noun by the news lexicon or by its form ("delegation", "talks"; not "discuss")."""
    lower = word.casefold()
    return (
        lower in _role_nouns()
        or _NOUN_SUFFIX.search(lower) is not None
        or (lower.endswith("s") and not lower.endswith("ss"))
    )


def why_event(question: str) -> tuple[str, list[str]] | None:
    """The event an English why-question presupposes, as (verb lemma, object words): "Why did
    the Syrian delegation walk out of the talks?" -> ("walk", ["out"]). Capitalised words
    (names, places, months), dates, prepositions, scaffolding and stop words are left out of
    the object; None when the question is negated ("Why won't ...") or no verb is found."""
    m = _WHY_EVENT.match(question.strip())
    if m is None or NEGATED_AUXILIARY.search(question) or re.search(r"\bnot\b", question, re.I):
        return None
    words = _EN_WORD.findall(m["rest"])
    verb_at = None
    in_noun_phrase = False
    for i, word in enumerate(words):
        lower = word.casefold()
        if lower in _DETERMINER or word.endswith(("'s", "’s")) or word[0].isupper():
            in_noun_phrase = True
            continue
        if lower in _PREPOSITIONS:
            in_noun_phrase = True  # "the talks between Israel and Syria collapse"
            continue
        if in_noun_phrase and _head_noun(word) and i + 1 < len(words):
            in_noun_phrase = False  # the subject's head noun: the verb follows it
            continue
        if lower in ENGLISH_STOPWORDS or lower in _BEFORE_VERB:
            continue
        next_word = words[i + 1] if i + 1 < len(words) else ""
        if in_noun_phrase and next_word and _head_noun(next_word) and not next_word[0].isupper():
            continue  # an adjective before it: "the joint statement set"
        verb_at = i
        break
    if verb_at is None:
        return None
    verb = words[verb_at].casefold()
    if not keyword_tokens(verb):
        return None
    verb = (_verb_lemmas(verb) or (verb,))[0]  # "Why has Israel agreed" -> agree
    objects = [
        word
        for word in words[verb_at + 1 :]
        if not word[0].isupper()
        and word.casefold() not in SCAFFOLD
        and word.casefold() not in _PREPOSITIONS
        and not HAS_TIME.search(word)
        and not months(word)
        and keyword_tokens(word)
    ]
    return verb, list(dict.fromkeys(objects))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?;:])\s+|\n+", text) if s.strip()]


def sentences_around(text: str, *, start: int, end: int) -> str:
    """text[start:end] widened to whole sentences: back to the previous full stop or line
    break, on to the next one."""
    before = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n"))
    after = [i for i in (text.find(mark, end) for mark in (". ", "? ", "! ", "\n")) if i >= 0]
    return text[before + 1 : min(after, default=len(text)) + 1].strip()


class WhyEventGate:
    """ "Why did Israel agree to a timetable for withdrawal?": refused when no sentence of the
    retrieved passages asserts the presupposed event (`asserts`). English only, and only when
    the best passage is English: the Arabic stemmer does not bring a verb's tenses together
    (وافقت and توافق stay apart), so an Arabic event could not be found when it is stated."""

    def __init__(
        self,
        *,
        share: float = 0.5,
        passages: int = 10,
        context: Callable[[Hit], str] | None = None,
    ) -> None:
        self.share = share
        self.passages = passages
        # the text a passage is read in: its whole sentences in the document, when the caller
        # knows the documents (a chunk may end mid-sentence, at a speaker's turn)
        self.context = context or (lambda hit: hit.chunk.text)

    def check(self, question: str, language: str, hits: list[Hit]) -> Refusal | None:
        event = why_event(question) if language == "en" and hits else None
        if event is None:
            return None
        if detect_language(hits[0].chunk.text) != "en":
            return None  # the best passage may state it in Arabic: this gate reads English only
        verb, objects = event
        if any(
            self.asserts(s, verb, objects)
            for h in hits[: self.passages]
            for s in _sentences(self.context(h))
        ):
            return None
        return Refusal(
            "",
            "no statement says that the event the question presupposes happened: "
            + " ".join([verb, *objects]),
        )

    def asserts(self, sentence: str, verb: str, objects: list[str]) -> bool:
        """Whether `sentence` states the event: the verb (its stem, an irregular form such as
        "met" by lemminflect's English lemma tables, or its noun with a complement) with no
        negating cue before it in its clause, and enough of its object before it or after it
        up to the next negating cue ("agreed to set up a cell, even as Damascus said it won't
        go further without a timetable" agreed to no timetable)."""
        verb_stem = keyword_tokens(verb)
        clauses = _CLAUSE_BREAK.split(sentence)
        for n, clause in enumerate(clauses):
            words = _EN_WORD.findall(clause)
            for i, word in enumerate(words):
                after = words[i + 1].casefold() if i + 1 < len(words) else ""
                stem = keyword_tokens(word)
                if not (
                    stem == verb_stem
                    or verb in _verb_lemmas(word.casefold())
                    or _is_noun_of(stem, verb_stem, after)
                ):
                    continue
                if any(_negates(w) for w in words[:i]):
                    continue
                rest = [*words[i + 1 :], *_EN_WORD.findall(" ".join(clauses[n + 1 :]))]
                cut = next((j for j, w in enumerate(rest) if _negates(w)), len(rest))
                around = " ".join([*clauses[:n], *words[:i], *rest[:cut]])
                present = set(keyword_tokens(around))
                found = sum(1 for o in objects if set(keyword_tokens(o)) <= present)
                if found >= math.ceil(len(objects) * self.share):
                    return True
        return False


def _negates(word: str) -> bool:
    return word.casefold() in _NOT_ASSERTED or NEGATED_AUXILIARY.fullmatch(word) is not None


def _is_noun_of(stem: list[str], verb_stem: list[str], after: str) -> bool:
    """A word (its `stem`) is the noun of the verb with its complement after it ("an agreement
    to set up", "a withdrawal from"): it states the event as the verb would. A bare noun ("the
    1974 disengagement agreement") names a thing, and a short stem ("set") is no prefix."""
    return (
        bool(stem and verb_stem)
        and len(verb_stem[0]) >= 4
        and stem[0] != verb_stem[0]
        and stem[0].startswith(verb_stem[0])
        and after in _NOUN_COMPLEMENT
    )


@functools.lru_cache(maxsize=4096)
def _verb_lemmas(word: str) -> tuple[str, ...]:
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(word, upos="VERB").get("VERB", ()))
