"""English questions reach the Arabic statements' words through the bilingual glossary."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.normalize import keyword_tokens
from service.qa.engine import Engine
from service.qa.glossary import Glossary
from service.settings import Settings
from tests.conftest import GLOSSARY, REPORT, SYNONYMS


@pytest.fixture(scope="module")
def engine(built_index: Path, embeddings: object) -> Engine:
    # the glossary mechanism, with the word lists an operator wrote for the bundled report
    settings = Settings(index_dir=built_index, glossary=GLOSSARY, synonyms=SYNONYMS)
    return Engine(settings, embeddings=embeddings)  # type: ignore[arg-type]


def test_every_arabic_term_is_in_the_report_and_searchable() -> None:
    text = REPORT.read_text(encoding="utf-8")
    vocabulary = set(keyword_tokens(text))
    terms = json.loads(GLOSSARY.read_text(encoding="utf-8"))["terms"]
    assert len(terms) >= 100
    for term in terms:
        assert term["en"] and term["ar"]
        for arabic in term["ar"]:
            assert arabic in text, arabic
            assert set(keyword_tokens(arabic)) <= vocabulary, arabic


def test_phrases_match_whole_words_longest_first_and_us_is_not_the_pronoun() -> None:
    g = Glossary(
        [
            (["withdrawal", "israeli withdrawal"], ["للانسحاب الإسرائيلي الكامل"]),
            (["pull out"], ["للانسحاب"]),
            (["US", "united states"], ["الولايات المتحدة"]),
        ]
    )
    assert g.arabic("What about the Israeli  withdrawal?") == ["للانسحاب الإسرائيلي الكامل"]
    assert g.arabic("Will they PULL OUT?") == ["للانسحاب"]
    assert g.arabic("Tell us what the US said") == ["الولايات المتحدة"]
    assert g.arabic("withdrawals") == []  # whole words only
    assert g.arabic("Bonjour") == []


def test_an_english_question_is_also_searched_by_keywords(engine: Engine) -> None:
    search = engine.loaded().search
    arabic = search.keyword_query("ما موقف واشنطن من المحادثات؟")  # the question, and the
    assert arabic is not None and arabic.startswith("ما موقف واشنطن")  # report's words for it
    assert "الولايات المتحدة" in arabic
    translated = search.keyword_query("What did the Syrian official say about the timetable?")
    assert translated is not None and "جدول زمني" in translated
    hits = search.search("What did the Syrian official say about the timetable?", k=5).hits
    assert any(h.keyword > 0 and "جدول زمني" in h.chunk.text for h in hits[:3])


def test_arabic_synonyms_point_at_words_the_report_uses() -> None:
    from tests.conftest import SYNONYMS

    text = REPORT.read_text(encoding="utf-8")
    words = _as_words(text)
    terms = json.loads(SYNONYMS.read_text(encoding="utf-8"))["terms"]
    assert len(terms) >= 80
    for term in terms:
        for word in term["report"]:
            assert word in text, word
        for variant in term["variants"]:  # a variant the report used would need no help
            assert _as_words(variant) not in words, variant


def test_arabic_synonyms_match_whole_words_with_their_clitics() -> None:
    from service.qa.glossary import ArabicSynonyms

    s = ArabicSynonyms([(["لقاء", "عقد اجتماع"], ["اجتمع"]), (["المحادثات"], ["الحوار"])])
    assert s.report_words("وين صار اللقاء؟") == ["اجتمع"]
    assert s.report_words("متى عقد اجتماع باريس") == ["اجتمع"]
    assert s.report_words("وبالمحادثات") == ["الحوار"]  # و + ب + the article
    assert s.report_words("محادثات") == ["الحوار"]  # the variant without its article
    assert s.report_words("هل سيبقى البقاء؟") == []  # "بقاء" is not "لقاء" without its ل


def _as_words(text: str) -> str:
    """Normalised words between single spaces, so that `in` finds whole words only."""
    from ingest.normalize import normalize

    return " " + " ".join(re.findall(r"\w+", normalize(text))) + " "
