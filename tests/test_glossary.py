"""English questions reach the Arabic statements' words through the bilingual glossary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.normalize import keyword_tokens
from service.engine import Engine
from service.glossary import GLOSSARY, Glossary
from service.settings import Settings
from tests.conftest import REPORT


@pytest.fixture(scope="module")
def engine(built_index: Path, embeddings: object) -> Engine:
    return Engine(Settings(index_dir=built_index), embeddings=embeddings)  # type: ignore[arg-type]


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
    assert search.keyword_query("ماذا قال المسؤول السوري؟") == "ماذا قال المسؤول السوري؟"
    translated = search.keyword_query("What did the Syrian official say about the timetable?")
    assert translated is not None and "جدول زمني" in translated
    hits = search.search("What did the Syrian official say about the timetable?", k=5).hits
    assert any(h.keyword > 0 and "جدول زمني" in h.chunk.text for h in hits[:3])
