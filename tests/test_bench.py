"""The benchmark runs end to end (`--quick`) and writes readable, well-formed reports.

Only the structure is checked: the machine is shared, so no timing is ever asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eval.bench_data import QuestionPool, default_pool, generate_corpus
from ingest.load import load_corpus
from tests.conftest import ROOT

PNG = b"\x89PNG\r\n\x1a\n"


def test_question_pool_hands_out_each_question_once() -> None:
    pool, counts = default_pool()
    assert counts["eval"] >= 80 and counts["generated"] >= 4000
    first = pool.take_eval(10) + pool.take(500)
    second = pool.take(500)
    assert len(set(first + second)) == 1010
    again, _ = default_pool()
    assert again.take_eval(10) + again.take(500) == first  # deterministic
    with pytest.raises(ValueError):
        QuestionPool(["a"], ["b"]).take(2)


def test_generated_corpus_is_deterministic_and_sized(tmp_path: Path) -> None:
    a = generate_corpus(tmp_path / "a", factor=10)
    b = generate_corpus(tmp_path / "b", factor=10)
    bundled = sum(len(d.text) for d in load_corpus([ROOT / "data" / "corpus"]))
    assert a == b and a["chars"] >= 10 * bundled
    texts_a = sorted(p.read_text(encoding="utf-8") for p in (tmp_path / "a").glob("*.txt"))
    texts_b = sorted(p.read_text(encoding="utf-8") for p in (tmp_path / "b").glob("*.txt"))
    assert texts_a == texts_b
    docs = load_corpus([tmp_path / "a"])
    assert len(docs) == a["documents"]
    assert all(len(d.statements) >= 2 for d in docs)  # speakers still found, as in real reports


@pytest.mark.slow
def test_quick_bench_writes_its_reports(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "eval.bench",
            "--quick",
            "--out",
            str(out),
            "--work",
            str(tmp_path / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    for name in ("bench.json", "bench.md", "bench_latency.png", "bench_scale.png"):
        assert (out / name).stat().st_size > 0, name
    for name in ("bench_latency.png", "bench_scale.png"):
        assert (out / name).read_bytes()[:8] == PNG

    r = json.loads((out / "bench.json").read_text(encoding="utf-8"))
    serving = r["serving"]
    floor = serving["floor"]
    assert 0 < floor["p50_ms"] <= floor["p99_ms"]
    for system in ("service", "stock"):
        for c in ("1", "8", "32"):
            run = serving[system][c]
            assert run["concurrency"] == int(c)
            assert run["ok"] + run["errors"] == run["sent"] > 0
            assert run["distinct_questions"] == run["sent"]
            assert 0 < run["p50_ms"] <= run["p95_ms"] <= run["p99_ms"]
            assert run["rps"] > 0
        assert serving[system]["repeated"]["distinct_questions"] == 1
        assert serving["memory"][system]["peak_rss_mb"] > 0
    # the service was always asked questions it had not seen: no run shares one with another
    assert serving["service"]["1"]["server_p50_ms"]["embed_ms"] > 0
    assert serving["cold_start"]["service"][0]["ready_seconds"] > 0
    rows = r["ingest"]["rows"]
    assert [row["factor"] for row in rows] == [1, 10]
    assert rows[1]["chunks"] > rows[0]["chunks"]
    assert all(row["unchanged_embedded"] == 0 and row["changed_embedded"] > 0 for row in rows)
    scale = r["scale"]
    assert [row["target_chunks"] for row in scale] == [100, 1000]
    assert scale[0]["chunks"] == 100 and scale[1]["chunks"] >= 900
    assert all(row["service"]["errors"] == 0 and row["service"]["ok"] > 0 for row in scale)
    assert len(r["targets"]) >= 10
    assert all(t["met"] is None or isinstance(t["met"], bool) for t in r["targets"])
    assert sum(t["met"] is not None for t in r["targets"]) >= 5  # most targets were measured

    md = (out / "bench.md").read_text(encoding="utf-8")
    assert md.startswith("# Benchmark")
    for heading in ("## Targets", "## Latency over HTTP", "## Ingest", "## Scale"):
        assert heading in md
