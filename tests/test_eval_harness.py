"""The evaluation harness as someone else runs it: their deployment (keys, a rate limit, a
URL written with /v1), their dataset (malformed lines), their gate. Real servers on loopback.

Exit status: 0 all answered, 1 an item failed or a metric regressed, 2 nothing was asked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from eval.__main__ import _parser, main
from eval.client import base_url, retry_after
from eval.dataset import DEFAULT_DATASET
from tests.conftest import (
    ROOT,
    VENV_BIN,
    free_port,
    running_service,
    service_env,
    talksqa,
)

KEY = "harness-key-0123456789"
SOURCE = "paris-talks.ar"
GOOD: dict[str, Any] = {
    "id": "mine-1",
    "language": "en",
    "category": "factoid",
    "messages": [{"role": "user", "content": "Where did the officials meet?"}],
    "answerable": True,
    "evidence": [{"source_id": SOURCE, "start": 105, "end": 175, "speaker": "x"}],
    "reference": "In Paris.",
    "key_facts": [["في باريس"]],
}


def bundled(n: int) -> list[dict[str, Any]]:
    lines = DEFAULT_DATASET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


def write_set(path: Path, items: list[Any]) -> Path:
    path.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    return path


def harness(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# -- a malformed dataset: one line, no traceback, nothing asked --------------------------------

MALFORMED = [
    (
        "answerable as a string",
        {**GOOD, "answerable": "false"},
        'answerable: must be true or false, not "false"',
    ),
    (
        "messages as a string",
        {**GOOD, "messages": "Where did the officials meet?"},
        'messages: must be a list, not "Where did the officials meet?"',
    ),
    (
        "start as a string",
        {**GOOD, "evidence": [{"source_id": SOURCE, "start": "105", "end": 175}]},
        'evidence[0].start: must be an integer, not "105"',
    ),
    (
        "end as a string",
        {**GOOD, "evidence": [{"source_id": SOURCE, "start": 105, "end": "175"}]},
        'evidence[0].end: must be an integer, not "175"',
    ),
    (
        "key_facts as a flat list",
        {**GOOD, "key_facts": ["في باريس", "غائب تماما"]},
        'key_facts: must be a list of groups: [["a"], ["b"]] when every phrase must appear, '
        '[["a", "b"]] when one of them is enough',
    ),
    (
        "an empty key fact",
        {**GOOD, "key_facts": [["في باريس", ""]]},
        "key_facts[0][1]: must not be empty",
    ),
    (
        "an unknown language",
        {**GOOD, "language": "fr"},
        'language: must be "ar" or "en", not "fr"',
    ),
    (
        "no question last",
        {**GOOD, "messages": [{"role": "assistant", "content": "Paris."}]},
        "messages: the last message must be the user's",
    ),
    (
        "answerable with no evidence",
        {**GOOD, "evidence": []},
        "evidence: an answerable item needs evidence (the spans that answer it)",
    ),
    (
        "end before start",
        {**GOOD, "evidence": [{"source_id": SOURCE, "start": 175, "end": 105}]},
        "evidence[0]: end (105) must be greater than start (175)",
    ),
    (
        "not an object",
        ["Where did the officials meet?"],
        'item: must be an object, not ["Where did the officials meet?"]',
    ),
]


@pytest.mark.parametrize(
    ("item", "problem"), [(i, p) for _, i, p in MALFORMED], ids=[n for n, _, _ in MALFORMED]
)
def test_a_malformed_line_is_one_line_and_nothing_is_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], item: Any, problem: str
) -> None:
    # line 2 is the bad one: the good line before it shows the number is the file's line
    dataset = write_set(tmp_path / "mine.jsonl", [GOOD, item])
    # a dead URL: had anything been asked, the error would be a connection's, not the line's
    url = f"http://127.0.0.1:{free_port()}"
    code, out, err = harness(capsys, "--url", url, "--dataset", dataset, "--out", tmp_path)
    assert (code, out, err) == (2, "", f"{dataset}:2: {problem}\n")


def test_json_that_does_not_parse_and_an_empty_file_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(GOOD) + '\n{"id": "mine-2",\n', encoding="utf-8")
    code, _, err = harness(capsys, "--dataset", broken, "--out", tmp_path)
    expected = "item: not valid JSON: Expecting property name enclosed in double quotes"
    assert (code, err) == (2, f"{broken}:2: {expected} (column 17)\n")

    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    code, _, err = harness(capsys, "--dataset", empty, "--out", tmp_path)
    assert (code, err) == (2, f"{empty}: no items: the file is empty (one JSON object per line)\n")


@pytest.mark.parametrize(
    ("evidence", "problem"),
    [
        (
            {"source_id": SOURCE, "start": 105, "end": 99999},
            f'evidence[0].end: 99999 is past the end of "{SOURCE}" (LENGTH characters)',
        ),
        (
            {"source_id": SOURCE, "start": 99990, "end": 99999},
            f'evidence[0].start: 99990 is past the end of "{SOURCE}" (LENGTH characters)',
        ),
        (
            {"source_id": "someone-elses-report", "start": 1, "end": 5},
            f'evidence[0].source_id: no source "someone-elses-report" on URL (it has: {SOURCE})',
        ),
        (
            {"source_id": SOURCE, "quote": "words the report never wrote"},
            f'evidence[0].quote: not found in "{SOURCE}": "words the report never wrote"',
        ),
    ],
    ids=["end past the document", "start past the document", "unknown source", "absent quote"],
)
def test_evidence_is_checked_against_the_services_sources(
    server: str,
    corpus_text: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    evidence: dict[str, Any],
    problem: str,
) -> None:
    dataset = write_set(
        tmp_path / "mine.jsonl", [GOOD, {**GOOD, "id": "b", "evidence": [evidence]}]
    )
    code, out, err = harness(capsys, "--url", server, "--dataset", dataset, "--out", tmp_path)
    problem = problem.replace("LENGTH", str(len(corpus_text))).replace("URL", server)
    assert (code, out, err) == (2, "", f"{dataset}:2: {problem}\n")
    assert not (tmp_path / "latest.json").exists()


# -- the target: dead, guarded, rate-limited, written with /v1 -------------------------------


def test_a_dead_url_is_one_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    done = talksqa("eval", "--url", url, "--out", str(tmp_path), env=service_env())
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"{url}/v1/sources: cannot connect: ")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.fixture(scope="module")
def guarded(built_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A deployment as others run one: API keys, a rate limit a run will hit, and a shorter
    question limit (so one item of a set fails for real, with a 422)."""
    root = tmp_path_factory.mktemp("guarded-eval")
    shutil.copytree(built_index, root / "index", ignore=shutil.ignore_patterns("*.lock"))
    env = service_env(
        TALKSQA_INDEX_DIR=str(root / "index"),
        TALKSQA_API_KEYS=json.dumps([KEY]),
        TALKSQA_RATE_LIMIT="3/second",
        TALKSQA_MAX_QUESTION_CHARS="300",
    )
    with running_service(env, log=root / "service.log") as url:
        yield url


def test_a_key_is_needed_and_sent_from_the_option_or_the_environment(
    guarded: str, tmp_path: Path
) -> None:
    dataset = write_set(tmp_path / "mine.jsonl", bundled(2))
    args = ["eval", "--url", guarded, "--dataset", str(dataset), "--out", str(tmp_path)]
    refused = talksqa(*args, env=service_env())
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == (
        f"{guarded}/v1/sources: 401 unauthorized: a valid API key is required: "
        "pass --api-key KEY or set TALKSQA_EVAL_API_KEY\n"
    )
    by_option = talksqa(*args, "--api-key", KEY, env=service_env())
    assert by_option.returncode == 0, by_option.stderr
    by_env = talksqa(*args, env=service_env(TALKSQA_EVAL_API_KEY=KEY))
    assert by_env.returncode == 0, by_env.stderr
    assert KEY not in by_env.stdout + by_env.stderr + (tmp_path / "latest.json").read_text()


def errors_counted(url: str, code: str) -> float:
    """The service's own count of error responses with this code (GET /metrics)."""
    prefix = f'talksqa_errors_total{{code="{code}"}} '
    lines = httpx.get(url + "/metrics").text.splitlines()
    return sum(float(line[len(prefix) :]) for line in lines if line.startswith(prefix))


def test_a_rate_limit_is_waited_out_and_a_failed_item_fails_the_run(
    guarded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Twelve questions against 3 a second: every 429 is retried after its Retry-After, so all
    are answered but the one the service refuses (too long), which the report names."""
    limited_before = errors_counted(guarded, "rate_limited")
    items = bundled(12)
    items[4] = {**items[4], "messages": [{"role": "user", "content": "Why? " * 100}]}
    dataset = write_set(tmp_path / "mine.jsonl", items)
    code, _, err = harness(
        capsys, "--url", guarded + "/v1", "--api-key", KEY, "--dataset", dataset,
        "--out", tmp_path,
    )  # fmt: skip
    assert code == 1
    failure = (
        f"FAILED {items[4]['id']}: 422 invalid_request: the question is too long: 500 > 300 "
        "characters"
    )
    assert failure in err.splitlines(), err
    assert "1 of 12 items failed" in err and "429" not in err
    assert errors_counted(guarded, "rate_limited") > limited_before  # the limit was hit
    summary = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert summary["errors"] == 1 and summary["n_scored"] == 11
    assert summary["abstention"]["n_answerable"] + summary["abstention"]["n_unanswerable"] == 11
    report = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert f"- `{items[4]['id']}`: 422 invalid_request" in report
    assert "1 items failed" in report


@pytest.fixture
def strictly_limited(built_index: Path, tmp_path: Path) -> Iterator[str]:
    """A deployment whose limit a run always hits, however fast or slow the machine answers:
    4 requests a minute per key (3 a second, like `guarded`'s, may never be reached when each
    answer takes longer than a third of a second)."""
    shutil.copytree(built_index, tmp_path / "index", ignore=shutil.ignore_patterns("*.lock"))
    env = service_env(
        TALKSQA_INDEX_DIR=str(tmp_path / "index"),
        TALKSQA_API_KEYS=json.dumps([KEY]),
        TALKSQA_RATE_LIMIT="4/minute",
    )
    with running_service(env, log=tmp_path / "service.log") as url:
        yield url


def test_with_no_retries_a_rate_limited_item_fails(
    strictly_limited: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = write_set(tmp_path / "mine.jsonl", bundled(8))
    code, _, err = harness(
        capsys, "--url", strictly_limited, "--api-key", KEY, "--retries", "0",
        "--dataset", dataset, "--out", tmp_path,
    )  # fmt: skip
    failed = [line for line in err.splitlines() if line.startswith("FAILED ")]
    assert code == 1 and failed
    assert all(": 429 rate_limited: too many requests" in line for line in failed), failed


@pytest.mark.parametrize("suffix", ["", "/", "/v1", "/v1/"])
def test_the_base_url_is_taken_with_or_without_v1(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    dataset = write_set(tmp_path / "mine.jsonl", bundled(3))
    code, out, err = harness(
        capsys, "--url", server + suffix, "--dataset", dataset, "--out", tmp_path
    )
    assert code == 0, err
    assert f"3 items against {server}\n" in out
    assert json.loads((tmp_path / "latest.json").read_text())["errors"] == 0


def test_base_url_and_retry_after_parsing() -> None:
    for written in ("http://h:1", "http://h:1/", "http://h:1/v1", "http://h:1/v1/"):
        assert base_url(written) == "http://h:1"
    assert base_url("https://h/talksqa/v1") == "https://h/talksqa"
    assert retry_after("7") == 7.0 and retry_after("-3") == 0.0
    assert retry_after(None) is None and retry_after("soon") is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: now
    later = retry_after("Fri, 01 Jan 2100 00:00:00 GMT")
    assert later is not None and later > 10**9


@pytest.mark.slow
def test_a_service_still_starting_is_waited_for(tmp_path: Path) -> None:
    """503 index_not_ready, as while a deployment ingests: retried with backoff, then asked."""
    index = tmp_path / "index"
    env = service_env(TALKSQA_INDEX_DIR=str(index))
    with running_service(env, log=tmp_path / "service.log") as url:
        dataset = write_set(tmp_path / "mine.jsonl", bundled(3))
        with subprocess.Popen(
            [str(VENV_BIN / "talksqa"), "eval", "--url", url, "--dataset", str(dataset),
             "--out", str(tmp_path / "out")],
            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ) as harness_run:  # fmt: skip
            ingest = talksqa("ingest", env=env)
            assert ingest.returncode == 0, ingest.stderr
            out, err = harness_run.communicate(timeout=120)
        not_ready = errors_counted(url, "index_not_ready")
    assert harness_run.returncode == 0, err
    assert not_ready >= 1  # the harness was told 503 at least once, and waited
    assert "3 items against" in out


# -- the gate and the reports ------------------------------------------------------------------


def test_check_refuses_a_baseline_made_for_another_dataset(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = write_set(tmp_path / "mine.jsonl", bundled(4))
    code, out, err = harness(
        capsys, "--url", server, "--dataset", dataset, "--out", tmp_path, "--check"
    )
    bundled_baseline = ROOT / "eval" / "baseline.json"
    sha = json.loads(bundled_baseline.read_text())["dataset_sha256"]
    assert sha == __import__("hashlib").sha256(DEFAULT_DATASET.read_bytes()).hexdigest()
    assert (code, out) == (2, "")
    assert err.startswith(f"{bundled_baseline} was made for talks.jsonl (sha256 {sha[:12]}…), ")
    assert err.count("\n") == 1 and "--update-baseline --baseline FILE" in err

    mine = tmp_path / "mine.baseline.json"
    args = ["--url", server, "--dataset", dataset, "--out", tmp_path, "--baseline", mine]
    code, out, err = harness(capsys, *args, "--update-baseline")
    assert code == 0, err
    assert json.loads(mine.read_text())["dataset"] == "mine.jsonl"
    code, out, err = harness(capsys, *args, "--check")
    assert code == 0 and "no regression against the baseline" in out, err


def test_items_jsonl_has_the_question_the_scores_and_where_citations_point(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus_text: str
) -> None:
    items = bundled(3) + [json.loads(line) for line in DEFAULT_DATASET.read_text().splitlines()
                          if json.loads(line)["answerable"] is False][:1]  # fmt: skip
    dataset = write_set(tmp_path / "mine.jsonl", items)
    code, _, err = harness(capsys, "--url", server, "--dataset", dataset, "--out", tmp_path)
    assert code == 0, err
    records = [
        json.loads(line) for line in (tmp_path / "latest.items.jsonl").read_text().splitlines()
    ]
    assert [r["id"] for r in records] == [i["id"] for i in items]
    for record, item in zip(records, items, strict=True):
        assert record["question"] == item["messages"][-1]["content"]
        assert set(record["scores"]) >= {"right_decision", "citation_recall", "key_fact", "f1"}
        for c in record["citations"] + record["nearest"]:
            assert corpus_text[c["start"] : c["end"]] == c["quote"] and c["source_id"] == SOURCE
        for passage in record["retrieved"]:
            assert set(passage) == {"source_id", "start", "end"} and passage["source_id"] == SOURCE
    answered, refused = records[0], records[-1]
    assert answered["citations"] and answered["scores"]["citation_recall"] in (0.0, 1.0)
    assert 5 <= len(answered["retrieved"]) <= 10
    assert refused["abstained"] and refused["citations"] == [] and refused["nearest"]
    assert refused["scores"]["key_fact"] is None  # nothing to find in a refusal's key facts


def test_an_item_without_key_facts_is_not_scored_one(tmp_path: Path) -> None:
    from eval.dataset import load_dataset
    from eval.metrics import Outcome, answers, item_scores

    dataset = write_set(tmp_path / "mine.jsonl", [{**GOOD, "key_facts": []}])
    [item] = load_dataset(dataset)
    outcome = Outcome(item, {"answer": "Something else entirely.", "abstained": False}, 1.0)
    assert item_scores(outcome)["key_fact"] is None
    assert answers([outcome])["key_fact"] is None


# -- the offsets helper and the documentation -------------------------------------------------


def test_spans_computes_offsets_from_a_quoted_phrase(
    server: str, corpus_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    phrase = "في باريس"
    start = corpus_text.index(phrase)
    expected = {"source_id": SOURCE, "start": start, "end": start + len(phrase)}
    code, out, _ = harness(capsys, "spans", SOURCE, phrase)  # the corpus, as ingest reads it
    assert code == 0 and json.loads(out) == expected
    code, out, _ = harness(
        capsys, "spans", "--url", server + "/v1", "--speaker", "us", SOURCE, phrase
    )
    assert code == 0 and json.loads(out) == {**expected, "speaker": "us"}
    code, out, err = harness(capsys, "spans", SOURCE, "words the report never wrote")
    assert (code, out) == (1, "")
    assert err == (
        f"not in {SOURCE}: 'words the report never wrote' (copy it exactly from the document)\n"
    )


def test_the_eval_subcommand_is_the_harness(tmp_path: Path) -> None:
    done = talksqa("eval", "--help", env=service_env())
    assert done.returncode == 0 and done.stdout.startswith("usage: talksqa eval ")
    spans = talksqa("eval", "spans", "--help", env=service_env())
    assert spans.returncode == 0 and spans.stdout.startswith("usage: talksqa eval spans ")


def test_every_option_is_described_in_help_and_in_the_readme() -> None:
    readme = (ROOT / "eval" / "README.md").read_text(encoding="utf-8")
    parser = _parser("python -m eval")
    for action in parser._actions:
        if not action.option_strings or action.dest == "help":
            continue
        assert action.help, action.option_strings
        assert f"`{action.option_strings[0]}" in readme, action.option_strings[0]
    for path in ("eval/datasets/talks.jsonl", "eval/baseline.json", "eval/examples/mine.jsonl"):
        assert path in readme and (ROOT / path).exists(), path
