"""A citation quotes the sentence that answers, not its whole chunk; "U.S." ends no sentence.
The report is invented for this test (none is an evaluation item)."""

from __future__ import annotations

import pytest

from service.qa.engine import Engine
from tests.conftest import ask, engine_over

REPORT = (
    "NAIROBI, June 3 - Kenya and Uganda ended a round of river talks on Tuesday.\n\n"
    'A Kenyan official said: "The river gauges will report every week. The dam inspectors '
    'will arrive in June. The U.S. team will chair the first meeting."\n\n'
    "The Jerusalem Post reported that the gauges were bought in Haifa.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Engine:  # type: ignore[no-untyped-def]
    return engine_over({"nairobi.txt": REPORT}, tmp_path_factory, embeddings)


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("When will the dam inspectors arrive?", "The dam inspectors will arrive in June"),
        ("Who will chair the first meeting?", "The U.S. team will chair the first meeting"),
    ],
)
def test_the_quote_is_the_sentence_that_answers(engine: Engine, question: str, quote: str) -> None:
    r = ask(engine, question)
    assert not r.abstained and r.citations
    first = r.citations[0]
    assert first.quote == quote, first.quote
    text = engine.loaded().snapshot.documents["nairobi"].text
    assert text[first.start : first.end] == first.quote


def test_a_name_an_english_report_uses_is_not_absent(engine: Engine) -> None:
    # "Jerusalem" is in the gazetteer by its Arabic forms too; the English report names it
    r = ask(engine, "What did the Jerusalem Post report?")
    assert not r.abstained, r.reason
    assert r.citations[0].quote == "the gauges were bought in Haifa"
