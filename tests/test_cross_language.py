"""An answer only a report in the other language gives is still found. The reports are invented
for this test (none is an evaluation item)."""

from __future__ import annotations

import pytest

from service.qa.engine import Engine
from tests.conftest import chroma_searched, engine_over

REPORTS = {
    "river-wire.txt": (
        "KAMPALA, March 3 (Wire) - Kenya and Uganda held a second day of talks on the Nile "
        "basin on Tuesday.\n\n"
        "The Kenyan envoy said the delegations had agreed to share rainfall readings and "
        "to keep talking about the dams.\n\n"
        "A Ugandan official said the talks were useful but that the dams remained the "
        "hardest question.\n"
    ),
    "river-feature.txt": (
        "For a decade Kenya and Uganda have argued about water. This week in Kampala they "
        "argued less.\n\n"
        "Farmers along the river say the rains have been late for three years running, and "
        "the talks are watched closely in the villages.\n\n"
        "Nobody expects the dams question to be settled soon, a Western diplomat said.\n"
    ),
    "river-schedule.txt": (
        "The delegations will meet again in Nairobi next month, the Kenyan envoy said.\n\n"
        "A joint meeting of the two ministers is planned for the summer.\n\n"
        "The envoys meet every few weeks, officials said, though no date was set.\n\n"
        "The technical teams met twice in Kampala during the talks.\n\n"
        "A committee of engineers met on Monday to discuss the dams.\n\n"
        "The next round of meetings will be held after the rains, a Ugandan official said.\n"
    ),
    "river-analysis.txt": (
        "The Kampala talks mattered less for what they produced than for the fact that both "
        "governments admitted they had happened.\n\n"
        "Analysts said the next test would be the dry season, when the river is lowest.\n"
    ),
    "lajna.txt": (
        "قال مسؤول أوغندي لصحيفة محلية إن اللجنة الفنية المشتركة ستجتمع في كمبالا مرة كل "
        "شهر لمراجعة منسوب المياه.\n\n"
        "وأضاف المسؤول أن الاجتماع الأول سيعقد مطلع نيسان.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Engine:  # type: ignore[no-untyped-def]
    return engine_over(REPORTS, tmp_path_factory, embeddings)


def test_an_english_question_finds_the_answer_only_an_arabic_report_gives(
    engine: Engine,
) -> None:
    loaded = engine.loaded()
    # the English reports' talk of meetings outranks the Arabic answer on cosine alone (7th)
    r = engine.search(loaded, ["When will the first meeting of the committee be held?"], k=5)
    assert "lajna" in [h.chunk.doc_id for h in r.hits], [h.chunk.text for h in r.hits]


def test_the_other_language_pool_with_chroma_s_own_search(
    engine: Engine, embeddings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    hnsw = chroma_searched(engine, embeddings, monkeypatch)
    r = hnsw.search(hnsw.loaded(), ["When will the first meeting of the committee be held?"], k=5)
    assert "lajna" in [h.chunk.doc_id for h in r.hits]


def test_an_index_in_one_language_has_no_other_language_ranking(built_index, embeddings) -> None:  # type: ignore[no-untyped-def]
    # the bundled report is Arabic: an English question's "other language" would be the whole
    # index again, counted twice
    from service.settings import Settings

    bundled = Engine(Settings(index_dir=built_index), embeddings=embeddings)
    search = bundled.loaded().search
    vector = embeddings.embed_query("What did the Syrian official say about withdrawal?")
    assert search._other_language(vector, 20, "en") == []
