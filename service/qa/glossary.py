"""English questions, Arabic statements: a bilingual glossary turns an English question into the
Arabic words the statements use, so keyword search (BM25) helps English questions too.

The multilingual embedder matches across languages, but loosely (MRR 0.70 for English questions
against 0.84 for Arabic ones, with keyword search helping only the Arabic). No translation model
runs offline here, so an operator's glossary lists a corpus's content words and phrases with the
English a user would type for each (dictionary-based query translation, the classic
cross-language IR method). It is operator data, reviewed like prompts/; a new report needs its
new words added.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ingest.normalize import normalize

# The lists are operator data for one corpus, outside the package, named by TALKSQA_GLOSSARY /
# TALKSQA_SYNONYMS; off by default.
_WORD = re.compile(r"\w+")


class Glossary:
    """Finds the glossary's English phrases in a question, longest first, and gives their
    Arabic terms."""

    def __init__(self, terms: list[tuple[list[str], list[str]]]) -> None:
        self._arabic: dict[str, list[str]] = {}
        folded: list[str] = []
        exact: list[str] = []
        for english, arabic in terms:
            for phrase in english:
                cased = phrase != phrase.lower()  # "US" must not match the pronoun "us"
                self._arabic.setdefault(phrase, []).extend(arabic)
                (exact if cased else folded).append(phrase)
        # folded phrases are matched in the lower-cased question: a case-insensitive
        # alternation of ~1300 phrases costs several times more
        self._folded = _alternation(folded)
        self._exact = _alternation(exact)

    @classmethod
    def load(cls, path: Path) -> Glossary:
        """A JSON file: {"terms": [{"en": [English phrases], "ar": [Arabic terms]}]}."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls([(t["en"], t["ar"]) for t in data["terms"]])

    def _matches(self, question: str) -> list[tuple[int, int, str]]:
        """(start, end, glossary key) of each phrase found; positions in `question.lower()`."""
        found = []
        for pattern, text in ((self._folded, question.lower()), (self._exact, question)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                # "Israeli  withdrawal" is the phrase "israeli withdrawal"
                found.append((m.start(), m.end(), " ".join(m.group(0).split())))
        return sorted(found)

    def unmatched(self, question: str) -> list[str]:
        """The question's words (lower case) that no glossary phrase covers."""
        spans = [(a, b) for a, b, _ in self._matches(question)]
        return [
            m.group(0)
            for m in re.finditer(r"[a-z][a-z'-]*", question.lower())
            if not any(a <= m.start() < b for a, b in spans)
        ]

    def arabic(self, question: str) -> list[str]:
        """The Arabic terms for the English phrases of `question`, in the question's order."""
        terms = (t for _, _, key in self._matches(question) for t in self._arabic.get(key, []))
        return list(dict.fromkeys(terms))


def _alternation(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=len, reverse=True)  # "pull out" before "pull"
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


class ArabicSynonyms:
    """Arabic questions in words the report does not use (a synonym, a dialect form, another
    pattern of the root) get the report's own word added (synonyms.ar.json)."""

    def __init__(self, terms: list[tuple[list[str], list[str]]]) -> None:
        self._report: dict[str, list[str]] = {}
        for variants, report in terms:
            for variant in variants:
                v = normalize(variant)
                # with and without the article: "اجتماع" and "الاجتماع" are the same variant
                for key in (v, v[2:] if v.startswith("ال") else "ال" + v):
                    self._report.setdefault(key, []).extend(report)
        self._longest = max((k.count(" ") + 1 for k in self._report), default=1)

    @classmethod
    def load(cls, path: Path) -> ArabicSynonyms:
        """A JSON file: {"terms": [{"variants": [Arabic forms], "report": [corpus forms]}]}."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls([(t["variants"], t["report"]) for t in data["terms"]])

    def report_words(self, question: str) -> list[str]:
        """The report's forms for the synonyms in `question`, longest phrase first at each
        word: a dictionary lookup per word and phrase, not a regular expression per synonym."""
        words = _WORD.findall(normalize(question))
        found: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                rest = words[i + 1 : i + n]
                hit = next(
                    (
                        self._report[key]
                        for form in _forms(words[i])
                        if (key := " ".join([form, *rest])) in self._report
                    ),
                    None,
                )
                if hit is not None:
                    found += hit
                    i += n
                    break
            else:
                i += 1
        return list(dict.fromkeys(found))


def _forms(word: str) -> list[str]:
    """The word as written, then without the clitics it may carry: و ف, then ب ل ك
    ("وبالاجتماع" -> "بالاجتماع" -> "الاجتماع"; "للانسحاب" -> "الانسحاب")."""
    forms = [word]
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
        forms.append(word)
    if len(word) > 3 and word[0] in "بلك":
        bare = word[1:]
        forms.append("ا" + bare if bare.startswith("ل") else bare)
    return forms
