"""`python -m eval.retrieval`: retrieval alone over every development corpus at once.

For each corpus under eval/corpora that has questions (never `heldout`, whose items stay
unread), its reports are ingested into a temporary index and each answerable question is
searched as the service searches it. The rank of the first chunk that covers a gold evidence
span (or one of its alternatives) gives recall@1, recall@5 and MRR@10, pooled over the
corpora, per question language and for cross-language questions on their own. This is the
measurement behind the retrieval settings (the embedder, RRF's k, the cross-language offsets);
`python -m eval --corpus` scores one corpus end to end.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CORPORA = Path(__file__).with_name("corpora")
HELD_OUT = "heldout"


def searched(
    corpus: Path, *, k: int, embedder: str | None = None, rerank: bool | None = None
) -> Iterator[tuple[Any, Any, list[Any], list[bool]]]:
    """Each answerable question of a corpus (ingested into a temporary index), searched as the
    service searches it: (the item, the loaded index, its top `k` hits, whether each hit covers
    a gold evidence span or one of its alternatives)."""
    from eval.client import corpus_engine
    from eval.dataset import load_dataset
    from eval.metrics import covers
    from ingest.load import load_corpus

    texts = {d.id: d.text for d in load_corpus([corpus / "reports"])}
    items = load_dataset(corpus / "questions.jsonl", texts=texts)
    with tempfile.TemporaryDirectory(prefix="talksqa-retrieval-") as tmp:
        engine = corpus_engine(corpus, Path(tmp), embedder=embedder, rerank=rerank)
        loaded = engine.loaded()
        for item in items:
            if not item.answerable:
                continue
            hits = engine.search(loaded, [item.question], k=k).hits
            spans = [
                {"source_id": h.chunk.doc_id, "start": h.chunk.start, "end": h.chunk.end}
                for h in hits
            ]
            on_gold = [any(covers(span, g) for g in item.evidence) for span in spans]
            yield item, loaded, hits, on_gold


def groups_of(item: Any) -> list[str]:
    """The groups a question counts in: "all", its language, and "xl" for a cross-language one."""
    return ["all", item.language] + (["xl"] if item.category == "cross_language" else [])


def ranks(corpus: Path, *, embedder: str | None = None) -> dict[str, list[int | None]]:
    """Rank (1-10) of the first chunk covering the gold evidence, None when not in the top
    10, per group: "ar", "en" (the question's language), "xl" (cross-language), "all"."""
    out: dict[str, list[int | None]] = defaultdict(list)
    for item, _, _, on_gold in searched(corpus, k=10, embedder=embedder):
        rank = next((n for n, ok in enumerate(on_gold, 1) if ok), None)
        for group in groups_of(item):
            out[group].append(rank)
    return out


def summary(found: list[int | None]) -> dict[str, float | int]:
    """recall@1, recall@5, MRR@10 and n of a list of ranks."""
    n = len(found) or 1
    return {
        "recall@1": round(sum(r == 1 for r in found) / n, 3),
        "recall@5": round(sum(r is not None and r <= 5 for r in found) / n, 3),
        "mrr@10": round(sum(1 / r for r in found if r) / n, 3),
        "n": len(found),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.retrieval", description=__doc__)
    parser.add_argument(
        "--sets",
        nargs="*",
        help="corpus names under eval/corpora (default: every one with questions but heldout)",
    )
    parser.add_argument("--embedder", help="TALKSQA_EMBEDDER for this run (default: settings)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    names = args.sets or sorted(
        p.name for p in CORPORA.iterdir() if (p / "questions.jsonl").is_file()
    )
    names = [n for n in names if n != HELD_OUT]
    pooled: dict[str, list[int | None]] = defaultdict(list)
    for name in names:
        for group, found in ranks(CORPORA / name, embedder=args.embedder).items():
            pooled[group].extend(found)
    print(f"{len(names)} corpora: {' '.join(names)}")
    for group in ("all", "ar", "en", "xl"):
        s = summary(pooled.get(group, []))
        print(
            f"{group:4s} recall@1 {s['recall@1']:.3f}  recall@5 {s['recall@5']:.3f}  "
            f"MRR@10 {s['mrr@10']:.3f}  n={s['n']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
