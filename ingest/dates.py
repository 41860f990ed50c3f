"""Months a text names, in English and Arabic: the period a passage is about ("the August 2025
round", "جولة كانون الثاني/يناير 2026"), so that a question naming a round is answered from that
round's reports.

Month names are general calendar vocabulary: English (capitalised, so "may" the verb is no month),
the Arabic names used in Egypt and the Maghreb (يناير ...) and those used in the Levant and Iraq
(كانون الثاني ...). A bare آب (August, also "father") counts only before a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.normalize import normalize

_EN = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_AR = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}  # fmt: skip
_AR_NORMALISED = {normalize(k): v for k, v in _AR.items()}
_EN_MONTH = re.compile(
    r"\b(?P<m>" + "|".join(sorted(_EN, key=len, reverse=True)) + r")\b\.?(?:\s+\d{1,2}(?!\d),?)?"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?"
)
_AR_MONTH = re.compile(
    r"(?<!\w)[وب]?(?P<m>"
    + "|".join(re.escape(k) for k in sorted(_AR_NORMALISED, key=len, reverse=True))
    + r"|اب(?=\s*/|\s+(?:19|20)\d\d))(?!\w)(?:\s*/\s*\S+)?(?:\s+(?P<y>(?:19|20)\d\d))?"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ANY_MONTH = "|".join(
    re.escape(k) for k in sorted({*_EN, *_AR, *_AR_NORMALISED}, key=len, reverse=True)
)
# a timeline entry's date before a dash or a colon: "July 25, 2025 - ", "24 تموز 2025: "
_DATE_PREFIX = re.compile(
    r"\s*(?:\d{1,2}\s+)?(?:" + _ANY_MONTH + r")\.?(?:\s*/\s*\S+)?(?:\s+\d{1,2}(?!\d))?,?\s+"
    r"(?:19|20)\d\d\s*[-–—:]\s+(?=\S)"
)
_MONTH_AFTER = re.compile(r"\s*(?:ال)?(?:" + _ANY_MONTH + r")(?!\w)")
_MONTH_BEFORE = re.compile(r"(?<!\w)(?:" + _ANY_MONTH + r")\.?\s*$")


@dataclass(frozen=True)
class Month:
    at: int  # character offset of the mention (approximate for Arabic with diacritics)
    month: int
    year: int | None


def months(text: str) -> list[Month]:
    """Every month the text names, in order of position (English and Arabic alike)."""
    found = [
        Month(m.start(), _EN[m.group("m")], int(m.group("y")) if m.group("y") else None)
        for m in _EN_MONTH.finditer(text)
    ]
    folded = normalize(text)  # diacritics removed: positions are scaled back, approximately
    scale = len(text) / max(1, len(folded))
    for m in _AR_MONTH.finditer(folded):
        name = m.group("m")
        number = 8 if name == "اب" else _AR_NORMALISED[name]
        year = int(m.group("y")) if m.group("y") else None
        found.append(Month(round(m.start() * scale), number, year))
    return sorted(found, key=lambda x: x.at)


# weekday names and the words a date line carries beside its date ("Updated", "(all times GMT)",
# "الساعة 10:30 بتوقيت غرينتش"), folded
_DATE_LINE_WORDS = frozenset(
    normalize(w).casefold()
    for w in (
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"),
        *("الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
        *("at", "on", "updated", "published", "last", "gmt", "utc", "bst", "cet", "local"),
        *("posted", "first", "modified"),
        # time zones a byline's date gives ("Updated 9:14 PM EST, Thu January 8, 2026")
        *("et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "cest", "eet", "eest"),
        *("ist", "idt", "msk", "ast", "eat", "wat", "cat", "sast", "pkt", "gst", "aest", "aedt"),
        *("time", "am", "pm", "a.m", "p.m", "الساعة", "بتوقيت", "غرينتش", "صباحا", "مساء"),
        *("تحديث", "آخر", "نشر", "في"),
    )
)


def is_date_line(line: str) -> bool:
    """Whether a line gives only a date, with at most a weekday, a time and a note on the time
    zone: "Tuesday, January 6, 2026 (all times GMT)", "الثلاثاء 6 كانون الثاني/يناير 2026"."""
    text = re.sub(r"\([^()]*\)", " ", line)
    if len(text) > 80 or not months(text):
        return False
    rest = normalize(_EN_MONTH.sub(" ", text))
    rest = _AR_MONTH.sub(" ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in _DATE_LINE_WORDS]
    return not words


def is_day_of_month(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is the day of a date: a month name right after it
    ("24 July", "24 تموز/يوليو") or right before it ("July 24")."""
    return bool(_MONTH_AFTER.match(text, end)) or bool(
        _MONTH_BEFORE.search(text[max(0, start - 16) : start])
    )


def asked_period(question: str) -> tuple[int, int | None] | None:
    """The month (and year) a question names, if it names exactly one month."""
    named = {(m.month, m.year) for m in months(question)}
    if len({m for m, _ in named}) != 1:
        return None
    month = next(iter(named))[0]
    years = {y for _, y in named if y is not None} or {int(y) for y in _YEAR.findall(question)}
    return month, (years.pop() if len(years) == 1 else None)


_AR_WEEKDAYS = "الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد"
_AR_FOLDED_MONTHS = "|".join(
    re.escape(k) for k in sorted({normalize(k) for k in _AR}, key=len, reverse=True)
)
_AR_DAY = rf"(?:امس|اليوم|غدا|(?:ال)?(?:{_AR_WEEKDAYS})(?:\s+(?:الماضي|المقبل|الفائت))?)"
_AR_PERIOD = r"(?:الاسبوع|الشهر|العام|السنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الجاري|الحالي|المقبل|نفسه|ذاته)"  # noqa: E501
# a time phrase that may stand between a verb and its subject ("وقال أمس وزير الخارجية إن",
# "وقال مطلع كانون الأول إن"), over text folded by `normalize`
AR_TIME_ADVERBIAL = re.compile(
    r"(?:\s*(?:"
    rf"{_AR_DAY}|{_AR_PERIOD}|لاحقا|مجددا|سابقا|الليله"
    r"|(?:مساء|صباح|ظهر|ظهيره|ليل|ليله|فجر|عشيه|غداه|يوم|مطلع|منتصف|اواخر|اوائل|نهايه|بدايه)\s+"
    rf"(?:{_AR_DAY}|{_AR_PERIOD}|الشهر|الاسبوع|العام|(?:{_AR_FOLDED_MONTHS})(?:\s*/\s*\S+)?|\d{{1,4}}(?:\s+(?:{_AR_FOLDED_MONTHS}))?)"
    r"|في\s+وقت\s+(?:سابق|لاحق|متاخر|مبكر)(?:\s+من\s+(?:اليوم|امس|الشهر|الاسبوع|العام|(?:ال)?(?:"
    + _AR_WEEKDAYS
    + r")))?"
    r")(?:\s+(?:نفسه|ذاته|نفسها|ذاتها))?(?!\w))+"
)
# "في أيلول الماضي", "في 19 آب/أغسطس 2025", "خلال الأسبوع الماضي": a time phrase after a
# preposition, which may open a sentence before its reporting verb ("وفي أيلول الماضي قالت
# الصحيفة إن"), over text folded by `normalize`
AR_TIME_PHRASE = re.compile(
    r"\s*[وف]?(?:في|خلال|منذ)\s+(?:"
    # "التاسع عشر من آب", "الأول من أيلول": an ordinal day in words, of the month
    r"(?:ال\S+(?:\s+(?:عشر|والعشرين|والثلاثين))?\s+من\s+)?"
    # (آب, folded اب, is also "father": a month before a day's number, "/", or "الماضي")
    rf"(?:\d{{1,2}}\s+(?:{_AR_FOLDED_MONTHS}|اب)|(?:{_AR_FOLDED_MONTHS}"
    r"|اب(?=\s*/|\s+(?:الماضي|المنصرم|الفائت|المقبل)(?!\w))))"
    r"(?:\s*/\s*\S+)?(?:\s+\d{4})?"
    r"(?:\s+(?:الماضي|المنصرم|الفائت|المقبل|نفسه|ذاته))?"
    # "منذ صباح أمس", "في مساء الاثنين": a part of a day
    rf"|(?:(?:مساء|صباح|ظهر|ليل|ليله|فجر)\s+)?(?:{_AR_PERIOD}|{_AR_DAY}))\s*"
)


def report_month(text: str, datelines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The (year, month) a report was written in, its document creation time: the first month
    with a year on a dateline or timestamp (`datelines`, spans of `text`); None when none
    gives a year. The dates a report's text names are no substitute: they bound its date from
    below only ("since December 2024" in a report written in January 2026)."""
    for start, end in datelines:
        for m in months(text[start:end]):
            if m.year is not None:
                return m.year, m.month
    return None


def nearest_year(month: int, reference: tuple[int, int]) -> int:
    """The year of a month named without one: the occurrence nearest the report's own month
    (`reference`, (year, month)), the past on a tie, as news temporal taggers resolve an
    underspecified date against the document creation time (HeidelTime's news documents).
    "August" in a January 2026 report is August 2025; "March" in it is March 2026."""
    year, ref = reference
    offsets = {y: (y - year) * 12 + month - ref for y in (year - 1, year, year + 1)}
    return min(offsets, key=lambda y: (abs(offsets[y]), offsets[y] > 0))


def parse_year_month(value: str | None) -> tuple[int, int] | None:
    """(year, month) of an ISO date ("2026-01-06", "2026-01"), else None."""
    m = re.match(r"\s*((?:19|20)\d\d)-(\d\d)", value or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return int(m.group(1)), int(m.group(2))


def date_prefix(line: str) -> int:
    """The length of a timeline entry's leading date and its dash or colon ("July 25, 2025 -
    Axios reports ...": 16), or 0 when the line opens with none."""
    found = _DATE_PREFIX.match(line)
    return found.end() if found else 0
