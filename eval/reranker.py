"""`python -m eval.reranker`: trains the reranker on the development corpora and measures it.

For each corpus under eval/corpora that has questions (never `heldout`, whose items stay
unread), its reports are ingested into a temporary index and each answerable question is
searched with the reranker off: the fused top DEPTH candidates, their features (computed by the
service's own `HybridSearch.features`) and whether each covers the gold evidence (or one of its
alternatives). A logistic regression (scikit-learn) is then
- fitted once per corpus on all the others, and scored on the corpus left out: recall@1,
  recall@5 and MRR@10 of the fused order and of that order with its top 5 reranked (as the
  service does), pooled, per question language and for cross-language questions on their own;
- fitted on every corpus, and written with those figures to service/qa/reranker.json
  (`--out`), unless `--dry-run`.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

CORPORA = Path(__file__).with_name("corpora")
HELD_OUT = "heldout"


@dataclass
class Question:
    corpus: str
    groups: list[str]  # "all", the question's language, and "xl" for a cross-language one
    x: np.ndarray  # (candidates, features)
    y: np.ndarray  # (candidates,) 1.0 where the candidate covers the gold evidence
    speakers_first: bool  # the question asks for a named speaker's words


def collect(corpus: Path) -> list[Question]:
    """Every answerable question of one corpus with its candidates' features and labels."""
    from eval.retrieval import groups_of, searched
    from service.qa.rerank import DEPTH

    out = []
    for item, loaded, hits, on_gold in searched(corpus, k=DEPTH, rerank=False):
        named = loaded.search.named_speakers.asked(item.question)
        x = loaded.search.features(item.question, hits, named=named)
        y = np.asarray(on_gold, dtype=np.float64)
        first = loaded.search.asks_named_words(item.question, named=named)
        out.append(Question(corpus.name, groups_of(item), x, y, first))
    return out


def fit(questions: list[Question]) -> Any:
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([q.x for q in questions if len(q.y)])
    y = np.concatenate([q.y for q in questions if len(q.y)])
    return LogisticRegression(C=1.0, max_iter=5000).fit(x, y)


def _first(labels: np.ndarray) -> int | None:
    found = np.flatnonzero(labels[:10])
    return int(found[0]) + 1 if len(found) else None


def summary(found: list[int | None]) -> dict[str, float | int]:
    n = len(found)
    return {
        "questions": n,
        "recall@1": round(sum(r == 1 for r in found) / n, 3) if n else 0.0,
        "recall@5": round(sum(r is not None and r <= 5 for r in found) / n, 3) if n else 0.0,
        "mrr@10": round(sum(1 / r for r in found if r) / n, 3) if n else 0.0,
    }


def leave_one_corpus_out(questions: list[Question]) -> dict[str, dict[str, Any]]:
    """Fused and reranked figures, each corpus scored by a model fitted on the others."""
    from service.qa.rerank import WITHIN, order

    fused: dict[str, list[int | None]] = defaultdict(list)
    reranked: dict[str, list[int | None]] = defaultdict(list)
    for corpus in sorted({q.corpus for q in questions}):
        model = fit([q for q in questions if q.corpus != corpus])
        for q in questions:
            if q.corpus != corpus:
                continue
            # as Reranker.rerank orders them: the fused top WITHIN only
            first = order(
                model.decision_function(q.x), q.x, within=WITHIN, speakers_first=q.speakers_first
            )
            for group in [*q.groups, corpus]:
                fused[group].append(_first(q.y))
                reranked[group].append(_first(np.concatenate([q.y[first], q.y[len(first) :]])))
    return {g: {"fused": summary(fused[g]), "reranked": summary(reranked[g])} for g in fused}


def main(argv: list[str] | None = None) -> int:
    from service.qa.rerank import FEATURES, WEIGHTS

    parser = argparse.ArgumentParser(prog="python -m eval.reranker", description=__doc__)
    parser.add_argument("--corpus", action="append", help="a corpus name (default: all)")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="where the model is written")
    parser.add_argument("--dry-run", action="store_true", help="measure only, write nothing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    names = args.corpus or sorted(
        p.name for p in CORPORA.iterdir() if (p / "questions.jsonl").is_file()
    )
    names = [n for n in names if n != HELD_OUT]
    questions = [q for name in names for q in collect(CORPORA / name)]
    figures = leave_one_corpus_out(questions)
    print("| group | questions | fused R@1 | R@5 | MRR@10 | reranked R@1 | R@5 | MRR@10 |")
    print("|---|---|---|---|---|---|---|---|")
    for group in ["all", "ar", "en", "xl", *names]:
        if group not in figures:
            continue
        f, r = figures[group]["fused"], figures[group]["reranked"]
        print(
            f"| {group} | {f['questions']} | {f['recall@1']} | {f['recall@5']} | {f['mrr@10']} "
            f"| {r['recall@1']} | {r['recall@5']} | {r['mrr@10']} |"
        )
    if args.dry_run:
        return 0
    model = fit(questions)
    import sklearn

    args.out.write_text(
        json.dumps(
            {
                "model": f"sklearn.linear_model.LogisticRegression (C=1.0), sklearn "
                f"{sklearn.__version__}",
                "command": "python -m eval.reranker",
                "trained_on": {
                    "corpora": names,
                    "questions": len(questions),
                    "candidates": int(sum(len(q.y) for q in questions)),
                },
                "weights": {
                    f: round(float(w), 6) for f, w in zip(FEATURES, model.coef_[0], strict=True)
                },
                "intercept": round(float(model.intercept_[0]), 6),
                "leave_one_corpus_out": figures,
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
