"""`python -m eval`: score the service on a gold dataset, in-process or over HTTP."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eval.client import InProcess, OverHttp, Target
from eval.dataset import DEFAULT_DATASET, load_dataset
from eval.gate import BASELINE, baseline_from, compare, load_baseline
from eval.judges import LLMCitationSupport, NLICitationSupport, Ragas, run_judges
from eval.metrics import summarize
from eval.report import write
from eval.run import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__)
    parser.add_argument("--url", help="a running service (default: in-process engine)")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--out", type=Path, default=Path("eval/reports"))
    parser.add_argument("--top-k", type=int, default=10)
    parser.add_argument("--check", action="store_true", help="fail on a regression vs baseline")
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    parser.add_argument(
        "--update-baseline",
        action="store_true",
        help="write this run as the new baseline (a deliberate commit)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        help="an annotated corpus folder (eval/corpora/NAME): ingest its reports into a "
        "temporary index and ask its questions.jsonl; adds speaker accuracy",
    )
    parser.add_argument(
        "--attribution",
        action="store_true",
        help="score who-said-what on every annotated corpus under eval/corpora (ingest only, "
        "no index): quoted characters to the right speaker, narration left to the report; "
        "with --check, fail below eval/attribution_baseline.json",
    )
    judges = parser.add_argument_group("optional judges (skipped, with the reason, when unset)")
    judges.add_argument("--judge-llm", help="OpenAI-compatible URL: LLM citation support, ragas")
    judges.add_argument("--judge-model", default="default", help="model name for --judge-llm")
    judges.add_argument("--judge-nli", help="a local NLI cross-encoder folder: citation support")
    args = parser.parse_args(argv)
    if args.attribution:
        return _attribution(args.out, check=args.check, update=args.update_baseline)

    mapping: dict[str, str] | None = None  # gold speaker keys -> ingest ids (corpus runs)
    if args.corpus:
        return _corpus_run(args)
    items = load_dataset(args.dataset)
    target: Target
    if args.url:
        target = OverHttp(args.url)
    else:
        from service.engine import Engine
        from service.logs import configure
        from service.settings import get_settings

        configure("WARNING", as_json=False)
        engine = Engine(get_settings())
        engine.loaded()  # fail early, with the service's own message, when there is no index
        target = InProcess(engine)
    outcomes = run(items, target, top_k=args.top_k)
    summary = summarize(outcomes, target.source_text, speaker_mapping=mapping)
    summary["judges"] = run_judges(
        [
            LLMCitationSupport(args.judge_llm, model=args.judge_model),
            NLICitationSupport(args.judge_nli),
            Ragas(args.judge_llm),
        ],
        outcomes,
    )
    for name, result in summary["judges"].items():
        if "skipped" in result:
            print(f"judge {name}: skipped: {result['skipped']}", file=sys.stderr)
    summary["target"] = target.name
    summary["dataset"] = str(args.dataset)
    paths = write(summary, outcomes, args.out)
    print(paths["md"].read_text(encoding="utf-8"))
    print(f"wrote {', '.join(str(p) for p in paths.values())}")

    if args.update_baseline:
        args.baseline.write_text(json.dumps(baseline_from(summary), indent=2) + "\n")
        print(f"baseline updated: {args.baseline}")
    if args.check:
        failures = compare(summary, load_baseline(args.baseline))
        for failure in failures:
            print(f"REGRESSION {failure}", file=sys.stderr)
        if failures:
            return 1
        print("no regression against the baseline")
    return 0


def _corpus_run(args: argparse.Namespace) -> int:
    """Score a multi-report corpus end to end: ingest, ask, compare speakers with the gold."""
    import logging
    import tempfile

    from eval.attribution import evaluate_corpus
    from ingest.build import build_index
    from ingest.embed import make_embedder
    from ingest.load import load_corpus
    from ingest.store import open_store
    from service.engine import Engine
    from service.settings import get_settings

    logging.basicConfig(level=logging.ERROR)
    corpus: Path = args.corpus
    texts = {d.id: d.text for d in load_corpus([corpus / "reports"])}
    items = load_dataset(corpus / "questions.jsonl", texts=texts)
    mapping = evaluate_corpus(corpus)["speaker_mapping"]
    with tempfile.TemporaryDirectory(prefix="talksqa-eval-") as tmp:
        settings = get_settings().model_copy(
            update={"index_dir": Path(tmp), "chroma_url": None, "data_dir": corpus / "reports"}
        )
        build_index(
            [corpus / "reports"],
            store=open_store(
                index_dir=settings.index_dir, chroma_url=None, prefix=settings.collection_prefix
            ),
            embeddings=make_embedder(settings.embedder),
            embedder=settings.embedder,
            chunk_size=settings.chunk_size,
        )
        engine = Engine(settings)
        engine.loaded()
        target = InProcess(engine)
        outcomes = run(items, target, top_k=args.top_k)
        summary = summarize(outcomes, target.source_text, speaker_mapping=mapping)
    summary["target"] = f"in-process ({corpus.name})"
    summary["dataset"] = str(corpus / "questions.jsonl")
    paths = write(summary, outcomes, args.out)
    print(paths["md"].read_text(encoding="utf-8"))
    print(f"wrote {', '.join(str(p) for p in paths.values())}")
    return 0


def _attribution(out: Path, *, check: bool, update: bool) -> int:
    import logging

    from eval.attribution import (
        BASELINE as ATTRIBUTION_BASELINE,
    )
    from eval.attribution import (
        CORPORA,
        evaluate_corpus,
        format_table,
    )

    logging.basicConfig(level=logging.ERROR)
    results = {
        corpus.name: evaluate_corpus(corpus)
        for corpus in sorted(CORPORA.iterdir())
        if any((corpus / "gold").glob("*.json"))
    }
    table = format_table(results)
    print(table)
    out.mkdir(parents=True, exist_ok=True)
    (out / "attribution.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    (out / "attribution.md").write_text(table + "\n")
    floors = {
        name: {"quoted": r["all"]["quoted"], "narration": r["all"]["narration"]}
        for name, r in results.items()
    }
    if update:
        ATTRIBUTION_BASELINE.write_text(json.dumps(floors, indent=2) + "\n")
        print(f"baseline updated: {ATTRIBUTION_BASELINE}")
    if not check:
        return 0
    failures = [
        f"{name}: planted instructions quoted {r['injections_quoted']} times"
        for name, r in results.items()
        if r["injections_quoted"]
    ]
    baseline = json.loads(ATTRIBUTION_BASELINE.read_text()) if ATTRIBUTION_BASELINE.exists() else {}
    tolerance = 0.005
    for name, floor in baseline.items():
        for metric, value in floor.items():
            got = floors.get(name, {}).get(metric)
            if value is not None and (got is None or got < value - tolerance):
                failures.append(f"{name} {metric}: {got} < baseline {value}")
    for failure in failures:
        print(f"REGRESSION {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
