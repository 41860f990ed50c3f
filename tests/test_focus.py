"""A citation quotes the sentence that answers, not its whole chunk; "U.S." ends no sentence.
The report is invented for this test (none is an evaluation item)."""

from __future__ import annotations

import pytest

from ingest.build import build_index
from ingest.store import EmbeddedStore
from service.engine import Engine
from service.models import ChatRequest
from service.settings import Settings

REPORT = (
    "NAIROBI, June 3 - Kenya and Uganda ended a round of river talks on Tuesday.\n\n"
    'A Kenyan official said: "The river gauges will report every week. The dam inspectors '
    'will arrive in June. The U.S. team will chair the first meeting."\n\n'
    "The Jerusalem Post reported that the gauges were bought in Haifa.\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Engine:  # type: ignore[no-untyped-def]
    corpus = tmp_path_factory.mktemp("focus-corpus")
    (corpus / "nairobi.txt").write_text(REPORT, encoding="utf-8")
    root = tmp_path_factory.mktemp("focus-index") / "index"
    build_index(
        [corpus],
        store=EmbeddedStore(root),
        embeddings=embeddings,
        embedder="use-m3",
        chunk_size=Settings().chunk_size,
    )
    return Engine(Settings(index_dir=root), embeddings=embeddings)


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("When will the dam inspectors arrive?", "The dam inspectors will arrive in June"),
        ("Who will chair the first meeting?", "The U.S. team will chair the first meeting"),
    ],
)
def test_the_quote_is_the_sentence_that_answers(engine: Engine, question: str, quote: str) -> None:
    r = engine.chat(
        ChatRequest.model_validate({"messages": [{"role": "user", "content": question}]})
    )
    assert not r.abstained and r.citations
    first = r.citations[0]
    assert first.quote == quote, first.quote
    text = engine.loaded().snapshot.documents["nairobi"].text
    assert text[first.start : first.end] == first.quote


def test_a_name_an_english_report_uses_is_not_absent(engine: Engine) -> None:
    # "Jerusalem" is in the gazetteer by its Arabic forms too; the English report names it
    r = engine.chat(
        ChatRequest.model_validate(
            {"messages": [{"role": "user", "content": "What did the Jerusalem Post report?"}]}
        )
    )
    assert not r.abstained, r.reason
    assert r.citations[0].quote == "the gauges were bought in Haifa"
