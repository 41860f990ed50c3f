"""Write the evaluation as JSON (for machines), Markdown (for reviews) and a PNG (for people)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eval.metrics import Outcome, item_scores


def _fmt(value: Any) -> str:
    return "–" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def markdown(summary: dict[str, Any], outcomes: list[Outcome]) -> str:
    r, c, a, ab, lat = (
        summary[k] for k in ("retrieval", "citations", "answers", "abstention", "latency_ms")
    )
    lines = [
        f"# Evaluation: {summary['n']} items against {summary.get('target', '?')}",
        "",
        *(
            [
                f"**{summary['errors']} items failed** (listed below); scores are over the other "
                f"{summary['n'] - summary['errors']}.",
                "",
            ]
            if summary["errors"]
            else []
        ),
        "| block | metric | value |",
        "|---|---|---|",
    ]
    for name in ("recall@1", "recall@3", "recall@5", "mrr@10", "ndcg@10"):
        ar, en = r["by_language"]["ar"].get(name), r["by_language"]["en"].get(name)
        lines.append(f"| retrieval | {name} | {_fmt(r[name])} (ar {_fmt(ar)}, en {_fmt(en)}) |")
    for name in ("precision", "recall", "verbatim"):
        lines.append(f"| citations | {name} | {_fmt(c[name])} |")
    for name in ("key_fact", "f1"):
        lines.append(f"| answers | {name} | {_fmt(a[name])} |")
    for name in ("correct_refusal", "false_refusal", "hallucination"):
        lines.append(f"| abstention | {name} | {_fmt(ab[name])} |")
    lines.append(f"| latency | p50 / p95 ms | {_fmt(lat['p50'])} / {_fmt(lat['p95'])} |")
    if "speakers" in summary:
        sp = summary["speakers"]
        langs = ", ".join(f"{k} {_fmt(v)}" for k, v in sp["by_language"].items())
        lines.append(
            f"| speakers | right speaker cited ({sp['n']} items) | {_fmt(sp['right_speaker'])} "
            f"({langs}) |"
        )
        lines.append(
            f"| speakers | first quote by a gold speaker, any report | "
            f"{_fmt(sp.get('first_quote_speaker'))} |"
        )
    lines.append(f"| errors | items that failed | {summary['errors']} |")
    lines += [
        "",
        "## By category",
        "",
        "| category | n | right decision | citation recall | key facts |",
        "|---|---|---|---|---|",
    ]
    for name, row in summary["by_category"].items():
        lines.append(
            f"| {name} | {row['n']} | {_fmt(row['decision'])} | "
            f"{_fmt(row['citation_recall'])} | {_fmt(row['key_fact'])} |"
        )
    failed = [o for o in outcomes if o.error]
    if failed:
        lines += ["", f"## Failed items ({len(failed)}, scored nowhere)", ""]
        lines += [f"- `{o.item.id}`: {o.error}" for o in failed]
    wrong = [o for o in outcomes if not o.error and o.abstained == o.item.answerable]
    if wrong:
        lines += ["", "## Wrong decisions", ""]
        for o in wrong:
            what = "abstained" if o.abstained else "answered"
            lines.append(f"- `{o.item.id}` ({o.item.category}): {what} — {o.item.question}")
    return "\n".join(lines) + "\n"


def chart(summary: dict[str, Any], outcomes: list[Outcome], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    categories = list(summary["by_category"])
    fig, (bars, hist) = plt.subplots(1, 2, figsize=(13, 4.8), gridspec_kw={"width_ratios": [2, 1]})
    width = 0.27
    for offset, (key, label) in enumerate(
        [
            ("decision", "right decision"),
            ("citation_recall", "citation recall"),
            ("key_fact", "key facts"),
        ]
    ):
        values = [summary["by_category"][c][key] or 0 for c in categories]
        bars.bar(
            [i + (offset - 1) * width for i in range(len(categories))], values, width, label=label
        )
    bars.set_xticks(range(len(categories)), categories, rotation=30, ha="right")
    bars.set_ylim(0, 1.05)
    bars.set_title("Quality by question category")
    bars.legend(loc="lower left", fontsize=8)
    times = [o.latency_ms for o in outcomes if o.response is not None]
    hist.hist(times, bins=30, color="#4a7")
    hist.set_title("Latency per question (ms)")
    hist.set_xlabel("ms")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _cited(citation: dict[str, Any]) -> dict[str, Any]:
    keys = ("n", "source_id", "start", "end", "speaker_id", "quote", "score")
    return {k: citation.get(k) for k in keys}


def item_record(o: Outcome) -> dict[str, Any]:
    """One line of latest.items.jsonl: enough to read an item's result without the dataset or
    the service at hand (the question, the scores, where each citation points)."""
    response = o.response or {}
    return {
        "id": o.item.id,
        "category": o.item.category,
        "language": o.item.language,
        "question": o.item.question,
        "turns": len(o.item.messages),
        "answerable": o.item.answerable,
        "abstained": None if o.error else o.abstained,
        "error": o.error,
        "scores": {
            k: round(v, 4) if isinstance(v, float) else v for k, v in item_scores(o).items()
        },
        "latency_ms": round(o.latency_ms, 3),
        "answer": response.get("answer"),
        "reason": response.get("reason"),
        "citations": [_cited(c) for c in o.citations],
        "nearest": [_cited(c) for c in response.get("nearest") or []],
        # the ranking recall@k and MRR@10 read, as (source, span) only
        "retrieved": [
            {k: p.get(k) for k in ("source_id", "start", "end")}
            for p in (response.get("retrieved") or [])[:10]
        ],
        "gold": [
            {"source_id": g.source_id, "start": g.start, "end": g.end, "speaker": g.speaker}
            for g in o.item.evidence
        ],
    }


def write(summary: dict[str, Any], outcomes: list[Outcome], out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": out_dir / "latest.json",
        "md": out_dir / "latest.md",
        "png": out_dir / "latest.png",
        "items": out_dir / "latest.items.jsonl",
    }
    paths["json"].write_text(
        json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    paths["md"].write_text(markdown(summary, outcomes), encoding="utf-8")
    with paths["items"].open("w", encoding="utf-8") as handle:
        for o in outcomes:
            handle.write(json.dumps(item_record(o), ensure_ascii=False) + "\n")
    chart(summary, outcomes, paths["png"])
    return paths
