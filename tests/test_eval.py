"""The gold dataset is sound, and the service holds the committed evaluation baseline."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from eval.client import InProcess
from eval.dataset import DatasetError, load_dataset
from eval.gate import compare, load_baseline
from eval.metrics import key_fact_score, summarize, token_f1
from eval.run import run
from ingest.normalize import normalize
from service.qa.engine import Engine
from service.settings import Settings


def test_dataset_spans_are_exact_and_counts_are_met(corpus_text: str) -> None:
    items = load_dataset()
    assert len(items) >= 80
    for item in items:
        for e in item.evidence:
            span = corpus_text[e.start : e.end]
            assert span and span == span.strip(), item.id
        for group in item.key_facts:
            assert any(normalize(alt) in normalize(corpus_text) or alt.isascii() for alt in group)
    answerable = [i for i in items if i.answerable and len(i.messages) == 1]
    assert sum(i.language == "ar" for i in answerable) >= 30
    assert sum(i.language == "en" for i in answerable) >= 30
    assert sum(not i.answerable for i in items) >= 15
    assert sum(i.category == "multi_turn" for i in items) >= 10
    assert sum(i.category == "adversarial" for i in items) >= 5


def test_answer_metrics_on_arabic_normalised_text() -> None:
    assert key_fact_score("قال: «في باريس»", [["في باريس"]]) == 1.0
    assert key_fact_score("الامريكيه", [["الأمريكية"], ["غائب"]]) == 0.5
    assert token_f1("اجتمعوا في باريس", "اجتمعوا في باريس") == 1.0
    assert token_f1("", "شيء") == 0.0


@pytest.mark.slow
def test_evaluation_holds_the_baseline(
    built_index: Path, embeddings: object, tmp_path: Path
) -> None:
    """The CI regression gate: every gated metric within tolerance of eval/baseline.json."""
    engine = Engine(Settings(index_dir=built_index), embeddings=embeddings)  # type: ignore[arg-type]
    target = InProcess(engine)
    summary = summarize(run(load_dataset(), target), target.source_text)
    assert summary["citations"]["verbatim"] == 1.0
    assert summary["errors"] == 0
    failures = compare(summary, load_baseline())
    assert not failures, "regressions against eval/baseline.json:\n" + "\n".join(failures)


def test_judges_are_optional_and_say_why(built_index: Path, embeddings: object) -> None:
    from eval.judges import LLMCitationSupport, NLICitationSupport, run_judges
    from tests.fake_llm import fake_llm_server

    engine = Engine(Settings(index_dir=built_index), embeddings=embeddings)  # type: ignore[arg-type]
    items = [i for i in load_dataset() if i.answerable][:3]
    outcomes = run(items, InProcess(engine))
    skipped = run_judges([LLMCitationSupport(None), NLICitationSupport(None)], outcomes)
    assert skipped == {
        "llm-citation-support": {
            "skipped": "no judge LLM configured (python -m eval --judge-llm URL)"
        },
        "nli-citation-support": {
            "skipped": "no NLI model configured (python -m eval --judge-nli PATH)"
        },
    }
    scores = {}
    with fake_llm_server() as (url, script):
        for verdict in ("Yes.", "No."):  # a judge that always agrees, then one that never does
            script.mode = verdict
            scores[verdict] = run_judges([LLMCitationSupport(url)], outcomes)
    agreed, refused = (s["llm-citation-support"] for s in scores.values())
    assert agreed["claims"] == refused["claims"] >= 3, scores
    assert (agreed["supported"], refused["supported"]) == (1.0, 0.0), scores


def test_heldout_dataset_is_sound(corpus_text: str) -> None:
    """A second set, written without sight of the service's rules, to check they generalise."""
    items = load_dataset(Path(__file__).resolve().parent.parent / "eval/datasets/heldout.jsonl")
    assert len(items) == 60 and len({i.id for i in items}) == 60
    for item in items:
        assert item.id.startswith("ho-")
        for e in item.evidence:
            span = corpus_text[e.start : e.end]
            assert span and span == span.strip() and "\n\n" not in span, item.id
    assert sum(not i.answerable for i in items) == 20


@pytest.mark.slow
def test_the_eval_command_gates_and_writes_its_reports(built_index: Path, tmp_path: Path) -> None:
    """`python -m eval --check` as CI and `make eval` run it: reports written, gate passed."""
    import json
    import subprocess

    from tests.conftest import ROOT, VENV_BIN, service_env

    done = subprocess.run(
        [str(VENV_BIN / "python"), "-m", "eval", "--check", "--out", str(tmp_path)],
        env=service_env(TALKSQA_INDEX_DIR=str(built_index)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "no regression against the baseline" in done.stdout
    assert "judge llm-citation-support: skipped: no judge LLM configured" in done.stderr
    assert "ragas" not in done.stderr  # no stub judge that can only ever be skipped
    latest = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert {"n", "retrieval", "citations", "answers", "abstention", "latency_ms"} <= set(latest)
    assert (tmp_path / "latest.png").read_bytes().startswith(b"\x89PNG")


def test_gold_speaker_keys_are_matched_to_service_ids_one_to_one() -> None:
    from types import SimpleNamespace

    from eval.dataset import Evidence
    from eval.metrics import evidence_speaker_mapping

    def item(*evidence: tuple[str, int, int, str]) -> SimpleNamespace:
        return SimpleNamespace(evidence=[Evidence(s, a, b, k) for s, a, b, k in evidence])

    items = [
        item(("r1", 0, 10, "egypt-official"), ("r1", 20, 30, "jordan-ministry")),
        item(("r2", 0, 10, "egypt-official"), ("r2", 50, 60, "report")),
    ]
    spans = [
        ("r1", 0, 12, "egyptian-official"),
        ("r1", 18, 25, "egyptian-official"),  # the service credits part of Jordan's words wrongly
        ("r1", 25, 30, "jordanian-foreign-ministry"),
        ("r2", 0, 10, "egyptian-official"),
    ]
    mapping = evidence_speaker_mapping(items, spans)
    assert mapping == {
        "egypt-official": "egyptian-official",
        "jordan-ministry": "jordanian-foreign-ministry",
    }


def test_a_copy_listed_under_also_in_counts_on_the_gold_evidence() -> None:
    from eval.dataset import Evidence, Item
    from eval.metrics import Outcome, citations, item_scores

    item = Item(
        id="q1",
        language="en",
        category="factoid",
        messages=[{"role": "user", "content": "What did the ministry say?"}],
        answerable=True,
        evidence=[Evidence("report-b", 10, 40, "ministry")],
        reference="",
        key_facts=[],
        expected_speakers=[],
    )

    def outcome(also_in: list[dict[str, object]]) -> Outcome:
        cited = {"source_id": "report-a", "start": 0, "end": 30, "quote": "x" * 30}
        response = {"abstained": False, "answer": "", "citations": [cited | {"also_in": also_in}]}
        return Outcome(item, response, 1.0)

    copy = {"source_id": "report-b", "start": 12, "end": 38, "speaker_id": "ministry"}
    elsewhere = {"source_id": "report-b", "start": 50, "end": 60, "speaker_id": "ministry"}
    assert item_scores(outcome([copy]))["citation_recall"] == 1.0
    assert item_scores(outcome([elsewhere]))["citation_recall"] == 0.0
    assert citations([outcome([copy])], lambda _: "x" * 30)["precision"] == 1.0


def test_an_alternative_span_in_another_report_finds_the_evidence(tmp_path: Path) -> None:
    """An evidence entry's `alternatives` (the same answer in another report) count as finding
    it, for retrieval and citation alike; `strict` scores the entry's own span only."""
    import json

    from eval.dataset import strict
    from eval.metrics import Outcome, item_scores

    texts = {
        "nairobi-wire": "The ministry said the border would reopen on Monday.",
        "kampala-daily": "Officials confirmed that the border would reopen on Monday, a week late.",
    }
    line = {
        "id": "q1",
        "language": "en",
        "category": "factoid",
        "messages": [{"role": "user", "content": "When will the border reopen?"}],
        "answerable": True,
        "evidence": [
            {
                "source_id": "nairobi-wire",
                "quote": "the border would reopen on Monday",
                "speaker": "ministry",
                "alternatives": [
                    {
                        "source_id": "kampala-daily",
                        "quote": "the border would reopen on Monday",
                        "speaker": "officials",
                    }
                ],
            }
        ],
    }
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (item,) = load_dataset(path, texts=texts)
    (evidence,) = item.evidence
    assert [(g.source_id, g.start, g.end) for g in evidence.spans] == [
        ("nairobi-wire", 18, 51),
        ("kampala-daily", 25, 58),
    ]
    passage = {"source_id": "kampala-daily", "start": 0, "end": 60, "speaker_id": "officials"}
    response = {"abstained": False, "answer": "", "citations": [passage], "retrieved": [passage]}
    found = item_scores(Outcome(item, response, 1.0))
    assert (found["recall@5"], found["citation_recall"], found["first_gold_rank"]) == (1.0, 1.0, 1)
    missed = item_scores(Outcome(strict(item), response, 1.0))
    assert (missed["recall@5"], missed["citation_recall"]) == (0.0, 0.0)

    line["evidence"][0]["alternatives"][0]["quote"] = "the border reopened"  # type: ignore[index]
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        load_dataset(path, texts=texts)
    assert raised.value.problems == [
        f'{path}:1: evidence[0].alternatives[0].quote: not found in "kampala-daily": '
        '"the border reopened"'
    ]


def test_retrieval_summary_pools_ranks_into_recall_and_mrr() -> None:
    from eval.retrieval import summary

    assert summary([1, 3, None, 7]) == {"recall@1": 0.25, "recall@5": 0.5, "mrr@10": 0.369, "n": 4}


@pytest.mark.slow
def test_retrieval_ranks_every_answerable_question_of_a_corpus() -> None:
    import json

    from eval.retrieval import CORPORA, ranks

    corpus = CORPORA / "dev4"
    lines = [json.loads(line) for line in (corpus / "questions.jsonl").open(encoding="utf-8")]
    answerable = [q for q in lines if q["answerable"]]
    found = ranks(corpus)
    assert len(found["all"]) == len(answerable)
    assert len(found["ar"]) + len(found["en"]) == len(answerable)
    assert len(found["xl"]) == sum(q["category"] == "cross_language" for q in answerable)
    assert all(r is None or 1 <= r <= 10 for r in found["all"])
    assert any(r is not None for r in found["all"])


@pytest.mark.slow
def test_the_reranker_trainer_measures_on_corpora_left_out(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from eval.reranker import main
    from service.qa.rerank import FEATURES, Reranker, terms

    out = tmp_path / "reranker.json"
    assert main(["--corpus", "dev4", "--corpus", "dev5", "--out", str(out)]) == 0
    table = capsys.readouterr().out
    assert "| all |" in table and "| dev4 |" in table and "| dev5 |" in table
    written = json.loads(out.read_text(encoding="utf-8"))
    # one weight per feature and per product of two, and the service loads it as it is
    assert list(written["weights"]) == list(terms()) and len(terms()) > len(FEATURES)
    model = Reranker.load(out)
    assert model.probabilities(np.zeros((1, len(FEATURES)))).shape == (1,)
    assert written["trained_on"]["corpora"] == ["dev4", "dev5"]
    figures = written["leave_one_corpus_out"]["all"]
    # each corpus scored by a model fitted on the other: the same questions, fused and reranked
    assert figures["fused"]["questions"] == figures["reranked"]["questions"] > 0
    assert 0.0 < figures["reranked"]["recall@5"] <= 1.0


def test_a_refused_false_premise_is_scored_on_whether_its_nearest_sources_correct_it(
    tmp_path: Path,
) -> None:
    """An unanswerable item's `correction` spans are resolved like evidence; a refusal counts
    for `correction_shown` when one of its nearest sources overlaps one of them."""
    import json

    from eval.metrics import Outcome, abstention

    texts = {"nairobi-wire": "The ministry said the border would stay closed until the vote."}
    line = {
        "id": "q1",
        "language": "en",
        "category": "false_premise",
        "messages": [{"role": "user", "content": "Why did the ministry reopen the border?"}],
        "answerable": False,
        "correction": [
            {"source_id": "nairobi-wire", "quote": "the border would stay closed", "speaker": "m"}
        ],
    }
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (item,) = load_dataset(path, texts=texts)
    assert [(c.source_id, c.start, c.end) for c in item.correction] == [("nairobi-wire", 18, 46)]
    assert item.evidence == []

    def refused(start: int, end: int) -> Outcome:
        near = {"source_id": "nairobi-wire", "start": start, "end": end}
        return Outcome(item, {"abstained": True, "answer": "", "nearest": [near]}, 1.0)

    shown = abstention([refused(0, 30)])
    assert (shown["correct_refusal"], shown["correction_shown"]) == (1.0, 1.0)
    assert abstention([refused(47, 63)])["correction_shown"] == 0.0
    answered = Outcome(item, {"abstained": False, "answer": "", "citations": []}, 1.0)
    assert abstention([answered])["n_corrections"] == 0
