"""`python -m eval --attribution` scores who-said-what on the annotated corpora, as CI runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from eval.attribution import GoldError, _Doc, score


def test_attribution_report_and_gate(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "eval", "--attribution", "--check", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "attribution.json").read_text())
    assert {"dev", "heldout"} <= set(report)
    for result in report.values():
        assert result["injections_quoted"] == 0  # planted instructions are never anyone's words
        assert result["injections_indexed"] == 0  # ... nor the report's, as no chunk holds them
        assert result["all"]["quoted_chars"] > 0 and result["all"]["narration_chars"] > 0


def test_score_maps_speakers_one_to_one() -> None:
    text = "aaaa bbbb cccc"
    gold: list[str | None] = ["x"] * 4 + [None] + ["y"] * 4 + [None] * 5
    # the system merges x and y into one speaker: only the larger part can be right
    merged: list[str | None] = ["s"] * 9 + [None] * 5
    result = score([_Doc("d", "en", text, gold, merged)])
    assert result["all"]["quoted"] == 0.5
    assert result["all"]["narration"] == 1.0
    split = score([_Doc("d", "en", text, gold, ["s"] * 4 + [None] + ["t"] * 4 + ["u"] * 5)])
    assert split["all"]["quoted"] == 1.0 and split["all"]["narration"] == 0.0


def test_gold_text_must_be_in_the_report(tmp_path: Path) -> None:
    from eval.attribution import load_gold
    from ingest.load import load_corpus

    (tmp_path / "reports").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "reports" / "r.txt").write_text('قال مسؤول: "نص".', encoding="utf-8")
    (tmp_path / "gold" / "r.json").write_text(
        json.dumps({"source_id": "r", "quotes": [{"text": "غير موجود", "speaker": "x"}]}),
        encoding="utf-8",
    )
    docs = {d.id: d for d in load_corpus([tmp_path / "reports"])}
    try:
        load_gold(tmp_path, docs)
    except GoldError as exc:
        assert "not found" in str(exc)
    else:
        raise AssertionError("a gold quote missing from its report was accepted")


def test_corpus_run_scores_speakers_end_to_end(tmp_path: Path) -> None:
    """`python -m eval --corpus` ingests an annotated corpus with the real embedder into a
    temporary index and reports whether answers cite the right speaker."""
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "eval",
            "--corpus",
            "eval/corpora/dev",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    summary = json.loads((tmp_path / "latest.json").read_text())
    assert summary["errors"] == 0
    assert summary["speakers"]["n"] > 0
    assert "right speaker cited" in (tmp_path / "latest.md").read_text()
