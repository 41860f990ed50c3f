"""The reranker: its features on hand-made hits, its model as shipped, and its place in search.

The reports are invented for these tests (talks between Kenya and Uganda on a lake); none is an
evaluation item.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import numpy as np
import pytest

from ingest.schema import Chunk
from service.qa.rerank import DEPTH, FEATURES, WEIGHTS, WITHIN, Asked, Passage, Reranker, features
from service.qa.retrieve import Hit
from tests.conftest import engine_over

ROOT = Path(__file__).resolve().parents[1]


def hit(text: str, *, n: int, speaker_id: str, similarity: float, further: float) -> Hit:
    chunk = Chunk(
        doc_id="lake",
        statement_id=f"s{n}",
        speaker=speaker_id,
        speaker_en=speaker_id,
        paragraph=n + 1,
        start=0,
        end=len(text),
        text=text,
        speaker_id=speaker_id,
    )
    return Hit(
        chunk_id=f"c{n}",
        chunk=chunk,
        similarity=similarity,
        keyword=0.0,
        score=1.0 / (n + 1),
        part_similarities=(similarity, further),
    )


NARRATION = hit(
    "Kenya and Uganda met in Kisumu this week to talk about the lake.",
    n=0,
    speaker_id="report:lake",
    similarity=0.50,
    further=0.80,
)
ANSWER = hit(
    "the fishing quota for the lake would be shared equally from June",
    n=1,
    speaker_id="kenyan-minister",
    similarity=0.48,
    further=0.81,
)
ASKED = Asked(
    language="en",
    speakers=frozenset({"kenyan-minister"}),
    month=None,
    words={"fish": 2.0, "quota": 3.0, "lake": 0.5},
)


def passage(h: Hit) -> Passage:
    return Passage(
        language="en",
        month=None,
        tokens=frozenset(re.findall(r"\w+", h.chunk.text.replace("fishing", "fish"))),
    )


def test_each_feature_reads_the_hit_and_the_question() -> None:
    x = features([NARRATION, ANSWER], asked=ASKED, passage=passage)
    assert x.shape == (2, len(FEATURES))
    col = {name: x[:, i] for i, name in enumerate(FEATURES)}
    assert col["inverse_rank"].tolist() == [1.0, 0.5]
    assert col["similarity_gap"].tolist() == pytest.approx([0.0, -0.02])
    assert col["further_gap"].tolist() == pytest.approx([-0.01, 0.0])
    assert col["narration"].tolist() == [1.0, 0.0]
    assert col["named_speaker"].tolist() == [0.0, 1.0]
    # the narration holds "lake" (0.5 of 5.5), the answer all three words
    assert col["coverage"].tolist() == pytest.approx([0.5 / 5.5, 1.0])
    assert col["same_language"].tolist() == [1.0, 1.0]
    # each signal's rank among the candidates: the narration is nearer by the first model,
    # the answer by the second and by the words it holds
    assert col["similarity_rank"].tolist() == [1.0, 0.5]
    assert col["further_rank"].tolist() == [0.5, 1.0]
    assert col["coverage_rank"].tolist() == [0.5, 1.0]


def test_the_shipped_model_puts_the_asked_speaker_s_answer_before_the_narration() -> None:
    x = features([NARRATION, ANSWER], asked=ASKED, passage=passage)
    reranked = Reranker.load().rerank([NARRATION, ANSWER], x)
    assert Reranker.load().rerank([NARRATION, ANSWER], x, within=1)[0].chunk_id == "c0"
    assert [h.chunk_id for h in reranked] == ["c1", "c0"]
    assert 0.0 < reranked[1].score < reranked[0].score < 1.0


def test_a_model_file_that_lacks_a_feature_is_refused(tmp_path: Path) -> None:
    stale = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    del stale["weights"][FEATURES[-1]]
    path = tmp_path / "reranker.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    with pytest.raises(ValueError, match="retrain"):
        Reranker.load(path)


def test_the_shipped_model_was_trained_on_development_corpora_only() -> None:
    trained = json.loads(WEIGHTS.read_text(encoding="utf-8"))["trained_on"]["corpora"]
    assert "heldout" not in trained
    assert all((ROOT / "eval" / "corpora" / name / "questions.jsonl").is_file() for name in trained)


REPORTS = {
    "lake-wire.txt": (
        "KISUMU, May 4 (Wire) - Kenya and Uganda held talks on Lake Victoria on Monday.\n\n"
        'The Kenyan fisheries minister said: "The quota will be shared equally from June."\n\n'
        "A Ugandan official said the patrol boats would stay on their own side of the lake.\n"
    ),
    "lake-feature.txt": (
        "Fishermen in Kisumu have waited years for the two governments to agree on the lake.\n\n"
        "The talks were held behind closed doors, and the delegations left without a word.\n\n"
        "Boats from both countries crowd the same waters every night, and nets are often cut.\n\n"
        "Prices at the Kisumu market rose twice last year as the catch fell.\n\n"
        "The lake's level has dropped, and the beaches where boats land have moved.\n\n"
        "The two fisheries departments last met three years ago, without result.\n"
    ),
}


@pytest.fixture(scope="module")
def lake(tmp_path_factory, embeddings):  # type: ignore[no-untyped-def]
    return engine_over(REPORTS, tmp_path_factory, embeddings)


def test_search_reorders_the_fused_top_k_by_probability(lake, embeddings) -> None:  # type: ignore[no-untyped-def]
    from service.qa.engine import Engine

    question = "What did the Kenyan minister say about the fishing quota?"
    plain = Engine(lake.settings.model_copy(update={"rerank": False}), embeddings=embeddings)
    candidates = plain.search(plain.loaded(), [question], k=DEPTH).hits
    reranked = lake.search(lake.loaded(), [question], k=DEPTH).hits
    # the fused top WITHIN (here every candidate), reordered: nothing the fusion ranked lower
    # comes in
    top = candidates[:WITHIN]
    assert len(candidates) > 1
    assert sorted(h.chunk_id for h in reranked[:WITHIN]) == sorted(h.chunk_id for h in top)
    assert [h.chunk_id for h in reranked[WITHIN:]] == [h.chunk_id for h in candidates[WITHIN:]]
    # each score is the model's probability for that candidate, from features over the top DEPTH
    search = plain.loaded().search
    named = search.named_speakers.find(question)
    p = Reranker.load().probabilities(search.features(question, candidates, named=named))
    assert [h.score for h in reranked[:WITHIN]] == pytest.approx(sorted(p[:WITHIN], reverse=True))
    # the rest keep their place, scored on the same scale (the selector compares the scores)
    assert [h.score for h in reranked[WITHIN:]] == pytest.approx(list(p[WITHIN:]))
    assert all(len(h.part_similarities) == 2 for h in reranked)  # each model's cosine
    assert "quota" in reranked[0].chunk.text


def test_a_when_question_quotes_a_passage_of_the_top_few_that_gives_a_time() -> None:
    from service.qa.gates import AsksTimeGate
    from service.qa.select import AnswerPolicy, Selector

    best = hit(
        "the committee on the lake would meet to share out the quota",
        n=0,
        speaker_id="kenyan-minister",
        similarity=0.45,
        further=0.82,
    )
    dated = hit(
        "The committee will meet in Kisumu on Monday, officials said.",
        n=1,
        speaker_id="report:lake",
        similarity=0.40,
        further=0.80,
    )
    best = dataclasses.replace(best, score=0.9)
    dated = dataclasses.replace(dated, score=0.1)  # far below the share a further quote needs

    def selector(answer_types: list[AsksTimeGate]) -> Selector:
        policy = AnswerPolicy(
            min_similarity=0.12, include_margin=0.02, max_citations=1, include_share=0.4
        )
        return Selector(
            policy=policy,
            snapshot=None,  # type: ignore[arg-type]  # select() reads no text beyond the hits
            keywords=None,
            keyword_query=lambda q: None,
            answer_types=answer_types,
        )

    question = "When will the lake committee meet?"
    assert selector([]).select(question, "en", [best, dated]) == [best]
    time = AsksTimeGate(lambda q, lang, hits: hits[:1])
    # the answer is full (one quote): the dated passage takes the last place
    assert selector([time]).select(question, "en", [best, dated]) == [dated]
    # a question that asks no time keeps the chosen passages
    assert selector([time]).select("Who will sit on the committee?", "en", [best, dated]) == [best]


def test_a_how_long_question_quotes_a_passage_of_the_top_few_that_gives_an_amount_of_time() -> None:
    from service.qa.gates import AsksDuration
    from service.qa.select import AnswerPolicy, Selector

    best = dataclasses.replace(
        hit(
            "اختتمت في كيسومو جولة المحادثات حول البحيرة",
            n=0,
            speaker_id="report:lake",
            similarity=0.45,
            further=0.82,
        ),
        score=0.9,
    )
    lasting = dataclasses.replace(
        hit(
            "وقالت الوكالة إن الجولة استمرت يومين في كيسومو",
            n=1,
            speaker_id="kna",
            similarity=0.40,
            further=0.80,
        ),
        score=0.1,
    )
    dated = dataclasses.replace(
        hit(
            "وعقدت الجولة في 12 آذار 2026 في كيسومو",
            n=2,
            speaker_id="report:lake",
            similarity=0.40,
            further=0.80,
        ),
        score=0.1,
    )
    policy = AnswerPolicy(min_similarity=0.12, include_margin=0.02, max_citations=1)
    selector = Selector(
        policy=policy,
        snapshot=None,  # type: ignore[arg-type]  # select() reads no text beyond the hits
        keywords=None,
        keyword_query=lambda q: None,
        answer_types=[AsksDuration()],
    )
    question = "كم يوماً استمرت جولة كيسومو؟"
    # an Arabic dual ("يومين") is an amount of time; a date is none
    assert selector.select(question, "ar", [best, dated, lasting]) == [lasting]
    assert selector.select(question, "ar", [best, dated]) == [best]
    assert selector.select("ما الذي بحثته الجولة؟", "ar", [best, lasting]) == [best]


def test_an_asked_speaker_s_words_stay_first_when_the_question_asks_for_them() -> None:
    closer = hit(
        "the fish quota on the lake will be shared from June, the Ugandan official said",
        n=0,
        speaker_id="ugandan-official",
        similarity=0.60,
        further=0.86,
    )
    asked = hit(
        "we will keep talking with our neighbours",
        n=1,
        speaker_id="kenyan-minister",
        similarity=0.30,
        further=0.79,
    )
    x = features([closer, asked], asked=ASKED, passage=passage)
    model = Reranker.load()
    # the model alone prefers the closer words ...
    assert [h.chunk_id for h in model.rerank([closer, asked], x)] == ["c0", "c1"]
    # ... but "What did the Kenyan minister say ...?" is answered from the minister's words
    first = model.rerank([closer, asked], x, speakers_first=True)
    assert [h.chunk_id for h in first] == ["c1", "c0"]


def test_only_the_top_few_are_reordered_when_no_candidate_is_in_the_question_s_language() -> None:
    from service.qa.rerank import CROSS_LANGUAGE_WITHIN, order

    x = np.zeros((8, len(FEATURES)))
    scores = np.arange(8, dtype=np.float64)  # the model prefers the fused order's last
    assert order(scores, x, within=WITHIN, speakers_first=False).tolist() == list(
        reversed(range(CROSS_LANGUAGE_WITHIN))
    )
    x[6, FEATURES.index("same_language")] = 1.0  # one candidate in the question's language
    assert order(scores, x, within=WITHIN, speakers_first=False).tolist() == list(
        reversed(range(8))
    )


def test_each_expanded_column_is_the_feature_or_the_product_its_term_names() -> None:
    from service.qa.rerank import expand, terms

    rng = np.random.default_rng(7)
    x = rng.normal(size=(3, len(FEATURES)))
    column = {t: expand(x)[:, i] for i, t in enumerate(terms())}
    assert len(column) == len(FEATURES) + len(FEATURES) * (len(FEATURES) + 1) // 2
    value = {f: x[:, i] for i, f in enumerate(FEATURES)}
    for term, got in column.items():
        a, _, b = term.partition("*")
        assert got == pytest.approx(value[a] * value[b] if b else value[a])


def test_a_further_quote_needs_the_probability_floor_as_well_as_its_share_of_the_best() -> None:
    from service.qa.select import AnswerPolicy, Selector

    best = dataclasses.replace(
        hit(
            "the quota on the lake will be shared from June, the Kenyan minister said",
            n=0,
            speaker_id="kenyan-minister",
            similarity=0.50,
            further=0.84,
        ),
        score=0.5,
    )
    further = dataclasses.replace(
        hit(
            "Uganda's fisheries office said the June date was agreed in Kisumu",
            n=1,
            speaker_id="ugandan-fisheries-office",
            similarity=0.49,
            further=0.83,
        ),
        score=0.25,  # half the best's probability: within the share of 0.35
    )

    def chosen(*, floor: float, share: float | None) -> list[str]:
        policy = AnswerPolicy(
            min_similarity=0.12,
            include_margin=0.02,
            max_citations=3,
            include_share=share,
            min_probability=floor,
        )
        selector = Selector(
            policy=policy,
            snapshot=None,  # type: ignore[arg-type]  # select() reads no text beyond the hits
            keywords=None,
            keyword_query=lambda q: None,
        )
        return [
            h.chunk_id for h in selector.select("When is the quota shared?", "en", [best, further])
        ]

    assert chosen(floor=0.2, share=0.35) == ["c0", "c1"]
    assert chosen(floor=0.3, share=0.35) == ["c0"]  # close in share, unlikely on its own
    # without the reranker there is no probability: the cosine margin alone decides
    assert chosen(floor=0.3, share=None) == ["c0", "c1"]
