"""A citation quotes one speaker's words and never the reporter's words between two of them.
The reports are invented for this test (none is an evaluation item)."""

from __future__ import annotations

import pytest

from ingest.chunk import chunk_document
from ingest.load import load_corpus
from service.qa.engine import Engine
from service.qa.select import speech_runs
from tests.conftest import ask, engine_over

REPORT = (
    '"This is a gauge agreement, not a peace agreement," Amina Otieno, who advised two water '
    "ministers for a decade and now teaches at Makerere University, said by phone from Kampala. "
    '"Gauges matter. But nobody should mistake a gauge for a border deal."\n'
)


def test_speech_runs_stop_at_the_reporters_words() -> None:
    text = '"A b," she said. "C d."'
    spans = ((1, 4), (18, 21))
    assert speech_runs(text, spans) == [(1, 4), (18, 21)]
    assert speech_runs("A b. C d.", ((0, 4), (5, 9))) == [(0, 9)]


def test_a_chunk_s_quotable_spans_leave_out_the_reporting_clause(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "gauges.txt").write_text(REPORT, encoding="utf-8")
    doc = load_corpus([tmp_path])[0]
    chunks = chunk_document(doc, size=400)
    spoken = [doc.text[a:b] for c in chunks for a, b in c.sentences]
    assert spoken and all("Makerere" not in s and "said by phone" not in s for s in spoken)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Engine:  # type: ignore[no-untyped-def]
    return engine_over({"gauges.txt": REPORT}, tmp_path_factory, embeddings)


@pytest.mark.parametrize(
    "question",
    [
        "What did Amina Otieno call the agreement?",
        "ماذا قالت أمينة أوتينو عن الاتفاق؟",  # no word in common: every stretch, each on its own
    ],
)
def test_answers_quote_the_speaker_and_not_the_lead_in(engine: Engine, question: str) -> None:
    r = ask(engine, question)
    assert not r.abstained and r.citations
    for c in r.citations:
        assert "Makerere" not in c.quote and "said by phone" not in c.quote
        assert c.speaker_id == "otieno"
    assert any("gauge agreement" in c.quote for c in r.citations)


EXPLAINER = (
    "Lake talks: what do we know?\n\n"
    "Kenyan and Ugandan officials held three rounds of talks in Arusha.\n\n"
    "When did the lake talks start?\n\n"
    "The first meeting was held on the evening of March 3, two weeks after the clashes.\n"
)


@pytest.fixture(scope="module")
def explainer(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Engine:  # type: ignore[no-untyped-def]
    return engine_over({"explainer.txt": EXPLAINER}, tmp_path_factory, embeddings)


def test_the_reporters_own_questions_are_never_quoted_as_answers(explainer: Engine) -> None:
    r = ask(explainer, "When did the lake talks start?")
    assert not r.abstained and r.citations
    assert all(not c.quote.rstrip().endswith("?") for c in r.citations)
    assert any("March 3" in c.quote for c in r.citations)
