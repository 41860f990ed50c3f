"""Arabic-aware text normalisation, shared by ingest (keyword index) and service (queries).

Both sides must normalise identically or keyword search silently stops matching, so this is the
one place that does it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width and bidi control characters: invisible, and a favourite way to hide payloads.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_TOKEN = re.compile(r"[\w]+", re.UNICODE)
# Arabic-Indic and extended Arabic-Indic digits to ASCII.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Harakat, tanween, shadda, sukun, superscript alef (U+064B-U+0652, U+0670) and tatweel (U+0640).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")
# One character to one character (or to nothing): the fold behind `fold_with_offsets`.
_CHAR_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ة": "ه", "ى": "ي", "ـ": None}
)

# Function words that carry no topic (normalised forms). Kept short on purpose: BM25's IDF does
# the rest, and over-aggressive lists drop the negations that matter in a statement.
_ARABIC_STOPWORDS_RAW = (
    "في من على إلى الى عن مع أن إن ان او أو ما ماذا هل هذا هذه ذلك تلك التي الذي الذين كان "
    "كانت قد تم ثم كل بين عند حول لا لم لن به بها له لها هو هي هم و ف ب ل ك أي اي كيف متى "
    "لماذا أين اين منذ خلال بعد قبل حيث أنه انه أنها إنه"
)
ENGLISH_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "what",
        "who",
        "whom",
        "which",
        "when",
        "where",
        "why",
        "how",
        "did",
        "do",
        "does",
        "said",
        "say",
        "says",
        "about",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "as",
        "into",
        "than",
        "then",
        "there",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "we",
        "you",
        "i",
        "me",
        "my",
        "our",
        "your",
        "any",
    ]
)


def normalize_arabic(text: str) -> str:
    """Fold the spellings Arabic writers use interchangeably, so they compare equal.

    Removes diacritics and tatweel, folds alef/hamza forms to bare alef, ta marbuta to ha,
    alef maqsura to ya, and Arabic-Indic digits to ASCII.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _TASHKEEL.sub("", text)
    text = re.sub("[أإآٱ]", "ا", text)
    text = text.replace("ؤ", "و").replace("ئ", "ي")
    text = text.replace("ة", "ه").replace("ى", "ي")
    return text.translate(_DIGITS)


def strip_diacritics(text: str) -> str:
    """Arabic text without its short vowels, shadda and tatweel ("ستُعقد" -> "ستعقد"), every
    other character kept: for patterns written in undotted letters."""
    return _TASHKEEL.sub("", text)


ARABIC_STOPWORDS = frozenset(normalize_arabic(w) for w in _ARABIC_STOPWORDS_RAW.split())


def normalize(text: str) -> str:
    """Normalise any question or passage for matching: Arabic folding plus case folding."""
    return normalize_arabic(text).casefold()


def detect_language(text: str) -> str:
    """'ar' when at least as many words are Arabic as Latin (names mix in both ways), else 'en'."""
    words = text.split()
    arabic = sum(1 for w in words if _ARABIC_LETTER.search(w))
    latin = sum(1 for w in words if _LATIN_LETTER.search(w) and not _ARABIC_LETTER.search(w))
    return "ar" if arabic > 0 and arabic >= latin else "en"


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize` without NFKC, keeping where each folded character came from.

    Returns (folded, origin) with len(origin) == len(folded) + 1: folded[i] is text[origin[i]],
    and origin[-1] == len(text), so a span (a, b) of the folded text is text[origin[a]:origin[b]]
    (trimmed of any dropped marks at its ends). Rules match the folded text; citations keep the
    original characters.
    """
    return _fold_cached(text)


@lru_cache(maxsize=4096)
def _fold_cached(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = _ONE_CHAR.get(char)
        if folded is None:
            folded = char.translate(_CHAR_FOLD).translate(_DIGITS).casefold()
            if _TASHKEEL.match(char) or _INVISIBLE.match(char):
                folded = ""
            elif len(folded) != 1:
                folded = char
            _ONE_CHAR[char] = folded
        if folded:
            out.append(folded)
            origin.append(i)
    origin.append(len(text))
    return "".join(out), origin


_ONE_CHAR: dict[str, str] = {}  # each character's fold, computed once


def typed_text(text: str) -> str:
    """What a user typed, in the form every rule reads: compatibility forms folded (NFKC:
    Arabic presentation forms copied from a PDF become letters), a zero-width non-joiner read
    as the word break it shows ("كم\u200cعدد" is two words), other invisible characters,
    Arabic short vowels and tatweel removed ("مَا اسْمُ" = "ما اسم"). Letters, hamza forms and
    case are kept: the answer may quote the question's words."""
    text = unicodedata.normalize("NFKC", text).replace("\u200c", " ")
    text = _CONTROL.sub(" ", text)  # a NUL or other control character is no text
    return _TASHKEEL.sub("", _INVISIBLE.sub("", text))


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("arabic")


@lru_cache(maxsize=1)
def _english_stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("english")


def keyword_tokens(text: str) -> list[str]:
    """Tokens for the keyword index: normalised, stop words dropped, light (Snowball) stemming."""
    tokens = _TOKEN.findall(normalize(text))
    arabic = [t for t in tokens if _ARABIC_LETTER.search(t) and t not in ARABIC_STOPWORDS]
    other = [t for t in tokens if not _ARABIC_LETTER.search(t) and t not in ENGLISH_STOPWORDS]
    stems = _stemmer().stemWords(arabic) if arabic else []
    stems += _english_stemmer().stemWords(other) if other else []
    return [s for s in stems if s]
