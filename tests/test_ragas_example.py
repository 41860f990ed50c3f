"""ragas's non-LLM metrics on the service's output (eval/examples/ragas_nonllm.py), against a
real server. ragas 0.4.3 needs openai<2 (through instructor) while the dev tools use openai 3,
so it lives in an environment of its own and this test runs only where ragas is installed."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

SCRIPT = ROOT / "eval" / "examples" / "ragas_nonllm.py"


def test_ragas_non_llm_metrics_run_on_the_service_output(server: str) -> None:
    if importlib.util.find_spec("ragas") is None:
        pytest.skip(
            "ragas is not installed in this environment; it needs openai<2, so it goes in its "
            "own: pip install 'talksqa[ragas]' (see eval/examples/ragas_nonllm.py)"
        )
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--url", server, "--limit", "5"],
        cwd=ROOT,
        env={**os.environ, "RAGAS_DO_NOT_TRACK": "true"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    scores = json.loads(done.stdout.strip().splitlines()[-1])
    assert scores["samples"] == 5
    metrics = {k: v for k, v in scores.items() if k != "samples"}
    assert set(metrics) == {
        "non_llm_context_precision_with_reference",
        "non_llm_context_recall",
        "non_llm_string_similarity",
    }
    assert all(0.0 <= v <= 1.0 for v in metrics.values()), scores
    # the retrieved passages contain the gold spans for some of the five: recall is not zero
    assert metrics["non_llm_context_recall"] > 0, scores
