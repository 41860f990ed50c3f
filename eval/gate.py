"""The regression gate: compare a run with the committed baseline, metric by metric.

Quality metrics may not fall below the baseline by more than the tolerance. Latency is not
gated here: on a shared machine it is measured and reported (make bench), not asserted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BASELINE = Path(__file__).with_name("baseline.json")
# (path in latest.json, higher is better)
GATED = [
    ("retrieval.recall@1", True),
    ("retrieval.recall@5", True),
    ("retrieval.mrr@10", True),
    ("retrieval.ndcg@10", True),
    ("retrieval.by_language.ar.recall@5", True),
    ("retrieval.by_language.en.recall@5", True),
    ("citations.precision", True),
    ("citations.recall", True),
    ("citations.verbatim", True),
    ("answers.key_fact", True),
    ("answers.f1", True),
    ("abstention.correct_refusal", True),
    ("abstention.false_refusal", False),
    ("abstention.hallucination", False),
    ("errors", False),
]


def _get(data: dict[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        data = data.get(part) if isinstance(data, dict) else None  # type: ignore[assignment]
    return data


def compare(summary: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Human-readable regressions; empty when the run holds the baseline."""
    tolerance = float(baseline.get("tolerance", 0.02))
    failures = []
    for path, higher_is_better in GATED:
        expected, actual = _get(baseline["metrics"], path), _get(summary, path)
        if expected is None:
            continue
        if actual is None:
            failures.append(f"{path}: missing (baseline {expected})")
            continue
        drop = (expected - actual) if higher_is_better else (actual - expected)
        allowed = 0 if path in ("citations.verbatim", "errors") else tolerance
        if drop > allowed + 1e-9:
            failures.append(
                f"{path}: {actual} vs baseline {expected} (worse by {drop:.4f}, "
                f"tolerance {allowed})"
            )
    return failures


def baseline_from(summary: dict[str, Any], tolerance: float = 0.02) -> dict[str, Any]:
    metrics: dict[str, Any] = {}
    for path, _ in GATED:
        node = metrics
        parts = path.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = _get(summary, path)
    dataset = Path(str(summary.get("dataset") or "")).name or None
    return {
        "tolerance": tolerance,
        "dataset": dataset,
        "dataset_sha256": summary.get("dataset_sha256"),
        "metrics": metrics,
    }


def dataset_mismatch(
    baseline: dict[str, Any], *, sha256: str, dataset: Path, baseline_path: Path
) -> str | None:
    """Why this baseline cannot gate this dataset (made for another set, or records none),
    or None. Scores on two different sets are not comparable: a gate must not pretend."""
    recorded = baseline.get("dataset_sha256")
    if recorded == sha256:
        return None
    fix = "write one for it with --update-baseline --baseline FILE, then gate with --baseline FILE"
    if not recorded:
        return f"{baseline_path} records no dataset hash, so it cannot gate {dataset}: {fix}"
    made_for = baseline.get("dataset") or "another dataset"
    return (
        f"{baseline_path} was made for {made_for} (sha256 {recorded[:12]}…), not for {dataset} "
        f"(sha256 {sha256[:12]}…): {fix}"
    )


def load_baseline(path: Path = BASELINE) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
