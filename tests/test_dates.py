"""Months in text and questions, and a question naming a round answered from that round.
The reports are invented for this test (none is an evaluation item)."""

from __future__ import annotations

import pytest

from ingest.dates import (
    asked_period,
    date_prefix,
    is_date_line,
    months,
    nearest_year,
    report_month,
)
from ingest.layout import layout
from service.qa.engine import Engine
from tests.conftest import ask, chroma_searched, engine_over


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GENEVA, Jan 6 (Wire) - talks", [(1, None)]),
        ("In August 2025, the ministers met", [(8, 2025)]),
        ("مساء الثلاثاء 19 آب/أغسطس 2025 في جنيف", [(8, 2025)]),
        ("مطلع كانون الثاني/يناير 2026 بفريق جديد", [(1, 2026)]),
        ("we may meet again", []),
        ("زار أبي المدينة", []),
    ],
)
def test_months(text: str, expected: list[tuple[int, int | None]]) -> None:
    assert [(m.month, m.year) for m in months(text)] == expected


def test_asked_period() -> None:
    assert asked_period("Who led the delegation in the August 2025 round?") == (8, 2025)
    assert asked_period("ما الذي بحثه الوزيران في جولة كانون الثاني/يناير؟") == (1, None)
    assert asked_period("What changed between the March and June rounds?") is None
    assert asked_period("Who led the delegation?") is None


REPORTS = {
    "june-round.txt": (
        "GENEVA, June 12 (Wire) - Kenya and Uganda held a first round of river talks.\n\n"
        "The Kenyan envoy said the delegations had agreed to share gauge readings.\n"
    ),
    "march-round.txt": (
        "GENEVA, March 3 (Wire) - Kenya and Uganda met for river talks.\n\n"
        "The Kenyan envoy said the delegations had agreed to share rainfall readings.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Engine:  # type: ignore[no-untyped-def]
    return engine_over(REPORTS, tmp_path_factory, embeddings)


@pytest.mark.parametrize(("month", "source"), [("March", "march-round"), ("June", "june-round")])
def test_a_question_naming_a_round_is_answered_from_it(
    engine: Engine, month: str, source: str
) -> None:
    question = (
        f"What did the Kenyan envoy say the delegations agreed to share in the {month} round?"
    )
    r = ask(engine, question)
    assert not r.abstained and r.citations
    assert r.citations[0].source_id == source, [(c.source_id, c.quote) for c in r.citations]


def test_a_round_with_chroma_s_own_search(
    engine: Engine, embeddings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    hnsw = chroma_searched(engine, embeddings, monkeypatch)
    question = "What did the Kenyan envoy say the delegations agreed to share in the March round?"
    r = ask(hnsw, question)
    assert r.citations[0].source_id == "march-round"


@pytest.mark.parametrize(
    ("month", "written", "year"),
    [
        (8, (2026, 1), 2025),  # "the August meeting" in a January report: the last August
        (3, (2026, 1), 2026),  # "in March" in it: two months ahead, not ten months back
        (7, (2026, 1), 2025),  # six months either way: the past
        (1, (2026, 1), 2026),
        (12, (2025, 12), 2025),
    ],
)
def test_a_month_without_a_year_is_the_one_nearest_the_report(
    month: int, written: tuple[int, int], year: int
) -> None:
    assert nearest_year(month, written) == year


def test_a_report_is_dated_by_its_dateline_not_by_the_dates_it_names() -> None:
    text = "KAMPALA, 4 March 2026 - The envoys recalled the talks of December 2024 and July 2025."
    assert report_month(text, [(0, 21)]) == (2026, 3)
    assert report_month(text, []) is None  # the dates it names say only "after July 2025"
    assert report_month("KAMPALA, March 4 - talks resumed.", [(0, 17)]) is None


ROUNDS_BY_DATE = {
    # written in January 2026: "the August meeting" is August 2025
    "looking-back.txt": (
        "GENEVA, January 20, 2026 (Wire) - Kenya and Uganda resumed their river talks.\n\n"
        "At the August meeting, the Kenyan envoy said the delegations had agreed to share "
        "gauge readings.\n"
    ),
    # written in August 2026 about that month's meeting
    "this-august.txt": (
        "NAIROBI, August 14, 2026 (Wire) - Kenya and Uganda met again for river talks.\n\n"
        "At the August meeting, the Kenyan envoy said the delegations had agreed to share "
        "rainfall readings.\n"
    ),
}


def test_a_round_named_by_its_year_is_found_in_a_report_that_names_its_month_alone(
    tmp_path_factory: pytest.TempPathFactory, embeddings
) -> None:  # type: ignore[no-untyped-def]
    dated = engine_over(ROUNDS_BY_DATE, tmp_path_factory, embeddings)
    (doc,) = [d for d in dated.loaded().snapshot.documents.values() if d.id == "looking-back"]
    assert doc.date == "2026-01"
    for year, source in (("2025", "looking-back"), ("2026", "this-august")):
        question = (
            "What did the Kenyan envoy say the delegations agreed to share at the "
            f"August {year} meeting?"
        )
        r = ask(dated, question)
        assert r.citations and r.citations[0].source_id == source, [
            (c.source_id, c.quote) for c in r.citations
        ]


@pytest.mark.parametrize(
    ("line", "only_a_date"),
    [
        ("Wednesday, March 4, 2026 (all times EAT)", True),
        ("Updated: Mar 5, 2026 at 10:30 GMT", True),
        # a network's byline date, in its own time zone
        ("Updated 9:14 PM EST, Thu January 8, 2026", True),
        ("Posted 18:02 EAT, Wed March 4, 2026", True),
        ("الأربعاء 4 آذار/مارس 2026", True),
        ("The Nairobi talks ended on March 4, 2026.", False),
        ("كمبالا، 4 آذار/مارس 2026", False),  # a dateline names a place: the text follows it
        ("March 2026: the second round", False),
    ],
)
def test_a_line_that_only_gives_a_date(line: str, only_a_date: bool) -> None:
    assert is_date_line(line) is only_a_date


def test_a_date_line_is_structure_never_a_paragraph() -> None:
    live = (
        "Live: the Kisumu water talks\n\n"
        "Wednesday, March 4, 2026 (all times EAT)\n\n"
        "The Kenyan minister said the talks were useful.\n"
    )
    assert [live[b.start : b.end] for b in layout(live).paragraphs] == [
        "The Kenyan minister said the talks were useful."
    ]
    # a byline and its date on the next line: two lines, neither joined to the other
    byline = (
        "منصة «صدى البحيرة» – فريق التحرير\nالأربعاء 4 آذار/مارس 2026\n\n"
        "قال الوزير الأوغندي إن اللجنة ستجتمع.\n"
    )
    assert [byline[b.start : b.end] for b in layout(byline).paragraphs] == [
        "قال الوزير الأوغندي إن اللجنة ستجتمع."
    ]


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("July 25, 2025 - Axios reports that the talks lasted four hours.", 16),
        ("Jan. 7, 2026 – The State Department said", 15),
        ("24 تموز/يوليو 2025: كتب باراك أن", 20),
        ("July 25 was a long day.", 0),
        ("In July 2025 - a month of talks", 0),
    ],
)
def test_a_timeline_entrys_leading_date(line: str, length: int) -> None:
    assert date_prefix(line) == length
