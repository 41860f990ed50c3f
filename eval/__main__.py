"""`python -m eval` (or `talksqa eval`): score the service on a gold dataset, in-process or over
HTTP. `python -m eval spans --help`: evidence offsets of a quoted phrase.

Exit status: 0 every item was answered (and, with --check, nothing regressed); 1 an item failed
or a metric regressed (the report names which); 2 nothing was asked: the dataset, the target or
the baseline cannot be used (one line each, no traceback).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from eval.client import (
    DEFAULT_RETRIES,
    MAX_WAIT_SECONDS,
    HarnessSettings,
    InProcess,
    OverHttp,
    RequestFailed,
    Target,
    TargetUnavailable,
)
from eval.dataset import (
    DEFAULT_DATASET,
    DatasetError,
    ParsedDataset,
    parse_dataset,
    resolve,
    strict,
)
from eval.gate import BASELINE, baseline_from, compare, dataset_mismatch, load_baseline

EXTRA_MODULES = ("ir_measures", "matplotlib")  # the `eval` extra
MAX_PROBLEMS = 50


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=(__doc__ or "").split("\n\n")[0].replace("\n", " "),
        epilog="exit status: 0 all answered and no regression; 1 an item failed or a metric "
        "regressed; 2 nothing was asked (dataset, target or baseline unusable). "
        "Format and a walk-through: eval/README.md.",
    )
    parser.add_argument(
        "--url",
        help="a running service's address, with or without /v1 (default: the local index, "
        "in-process, as TALKSQA_INDEX_DIR names it)",
    )
    parser.add_argument(
        "--api-key",
        help="bearer key sent to --url (default: the TALKSQA_EVAL_API_KEY environment variable)",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=DEFAULT_RETRIES,
        help="times a 429 or 503 is retried, after the Retry-After the service asks for "
        f"(default: {DEFAULT_RETRIES}; a wait over {MAX_WAIT_SECONDS:.0f} s fails the item)",
    )
    parser.add_argument(
        "--dataset",
        type=Path,
        default=DEFAULT_DATASET,
        help="a JSONL gold set, checked line by line before the first question "
        "(format: eval/README.md; default: the bundled eval/datasets/talks.jsonl)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("eval/reports"),
        help="folder for latest.json, latest.md, latest.png and latest.items.jsonl "
        "(default: eval/reports)",
    )
    parser.add_argument(
        "--top-k",
        type=int,
        default=10,
        help="passages retrieved per question; retrieval metrics read the first 10 (default: 10)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 on a regression against --baseline; refused (exit 2) when the baseline "
        "was made for another dataset",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=BASELINE,
        help="the baseline --check compares with and --update-baseline writes "
        "(default: eval/baseline.json, made for the bundled set)",
    )
    parser.add_argument(
        "--update-baseline",
        action="store_true",
        help="write this run as the baseline, with the dataset's sha256 (a deliberate commit; "
        "not written when an item failed)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        help="an annotated corpus folder (eval/corpora/NAME): ingest its reports into a "
        "temporary index and ask its questions.jsonl; adds speaker accuracy",
    )
    parser.add_argument(
        "--strict-evidence",
        action="store_true",
        help="score against each evidence entry's own span only, ignoring its `alternatives` "
        "(the same answer in other reports)",
    )
    parser.add_argument(
        "--attribution",
        action="store_true",
        help="score who-said-what on every annotated corpus under eval/corpora (ingest only, "
        "no index): quoted characters to the right speaker, narration left to the report; "
        "with --check, fail below eval/attribution_baseline.json",
    )
    judges = parser.add_argument_group("optional judges (skipped, with the reason, when unset)")
    judges.add_argument("--judge-llm", help="OpenAI-compatible URL: LLM citation support")
    judges.add_argument("--judge-model", default="default", help="model name for --judge-llm")
    judges.add_argument("--judge-nli", help="a local NLI cross-encoder folder: citation support")
    return parser


def _refuse(problems: list[str]) -> int:
    """Why nothing was asked, one line a problem, and exit status 2."""
    for problem in problems[:MAX_PROBLEMS]:
        print(problem, file=sys.stderr)
    if len(problems) > MAX_PROBLEMS:
        print(f"... and {len(problems) - MAX_PROBLEMS} more problems", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None, *, prog: str = "python -m eval") -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["spans"]:
        from eval.spans import main as spans

        return spans(argv[1:], prog=prog)
    args = _parser(prog).parse_args(argv)
    missing = [m for m in EXTRA_MODULES if importlib.util.find_spec(m) is None]
    if missing:
        return _refuse(
            [
                f"the evaluation needs the eval extra ({', '.join(missing)} missing): "
                "pip install 'talksqa[eval]' (in a clone: make install-eval)"
            ]
        )
    if args.retries < 0:
        return _refuse(["--retries: give 0 or more"])
    if args.attribution:
        return _attribution(args.out, check=args.check, update=args.update_baseline)
    if args.corpus:
        return _corpus_run(args)
    return _dataset_run(args)


def _gate_baseline(args: argparse.Namespace, parsed: ParsedDataset) -> dict[str, Any] | str:
    """The baseline --check will compare with, or why it cannot (before anything is asked)."""
    try:
        baseline = load_baseline(args.baseline)
    except OSError as exc:
        return f"{args.baseline}: cannot read the baseline: {exc.strerror or exc}"
    except ValueError as exc:
        return f"{args.baseline}: not a baseline (invalid JSON: {exc})"
    mismatch = dataset_mismatch(
        baseline, sha256=parsed.sha256, dataset=args.dataset, baseline_path=args.baseline
    )
    return mismatch or baseline


class _Texts:
    """The target's document texts for the verbatim check; a text that cannot be fetched any
    more (the service went away mid-run) is recorded, and its citations count as not verbatim."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.failed: dict[str, str] = {}

    @property
    def failures(self) -> list[str]:
        return [f"source {source_id}: {error}" for source_id, error in self.failed.items()]

    def __call__(self, source_id: str) -> str:
        if source_id in self.failed:
            return ""
        try:
            return self.target.source_text(source_id)
        except RequestFailed as exc:
            self.failed[source_id] = str(exc)
            return ""


def _dataset_run(args: argparse.Namespace) -> int:
    from eval.judges import LLMCitationSupport, NLICitationSupport, run_judges
    from eval.metrics import evidence_speaker_mapping, summarize
    from eval.report import write
    from eval.run import run

    try:
        parsed = parse_dataset(args.dataset)
    except DatasetError as exc:
        return _refuse(exc.problems)
    baseline: dict[str, Any] | None = None
    if args.check and not args.update_baseline:
        gate = _gate_baseline(args, parsed)
        if isinstance(gate, str):
            return _refuse([gate])
        baseline = gate
    target: Target
    try:
        if args.url:
            key = args.api_key or HarnessSettings().key()
            target = OverHttp(args.url, api_key=key, retries=args.retries)
        else:
            target = InProcess.from_settings()
    except TargetUnavailable as exc:
        return _refuse([str(exc)])
    try:
        try:
            items = resolve(
                parsed,
                lengths=target.source_lengths(),
                source_text=target.source_text,
                target=target.name,
            )
        except TargetUnavailable as exc:
            return _refuse([str(exc)])
        except RequestFailed as exc:
            return _refuse([f"{target.name}: {exc}"])
        except DatasetError as exc:
            return _refuse(exc.problems)
        if args.strict_evidence:
            items = [strict(item) for item in items]
        mapping = None
        if any(g.speaker for item in items for g in item.evidence):
            # asked before the questions, while the rate limit has room
            try:
                mapping = evidence_speaker_mapping(items, target.speaker_spans())
            except RequestFailed as exc:
                print(f"speakers not scored: {target.name}: {exc}", file=sys.stderr)
        outcomes = run(items, target, top_k=args.top_k)
        texts = _Texts(target)
        summary = summarize(outcomes, texts, speaker_mapping=mapping)
        summary["judges"] = run_judges(
            [
                LLMCitationSupport(args.judge_llm, model=args.judge_model),
                NLICitationSupport(args.judge_nli),
            ],
            outcomes,
        )
    finally:
        target.close()
    for name, result in summary["judges"].items():
        if "skipped" in result:
            print(f"judge {name}: skipped: {result['skipped']}", file=sys.stderr)
    summary["target"] = target.name
    summary["dataset"] = str(args.dataset)
    summary["dataset_sha256"] = parsed.sha256
    paths = write(summary, outcomes, args.out)
    print(paths["md"].read_text(encoding="utf-8"))
    print(f"wrote {', '.join(str(p) for p in paths.values())}")

    failed = [f"FAILED {o.item.id}: {o.error}" for o in outcomes if o.error] + [
        f"FAILED {failure}" for failure in texts.failures
    ]
    for failure in failed:
        print(failure, file=sys.stderr)
    if failed:
        print(
            f"{summary['errors']} of {summary['n']} items failed: scores leave them out "
            f"(listed in {paths['md']})",
            file=sys.stderr,
        )
    if args.update_baseline:
        if failed:
            print(f"baseline not written: {len(failed)} failures", file=sys.stderr)
        else:
            args.baseline.write_text(json.dumps(baseline_from(summary), indent=2) + "\n")
            print(f"baseline updated: {args.baseline}")
            baseline = load_baseline(args.baseline) if args.check else None
    regressions: list[str] = []
    if args.check and baseline is not None:
        regressions = compare(summary, baseline)
        for regression in regressions:
            print(f"REGRESSION {regression}", file=sys.stderr)
        if not regressions:
            print("no regression against the baseline")
    return 1 if failed or regressions else 0


def _corpus_run(args: argparse.Namespace) -> int:
    """Score a multi-report corpus end to end: ingest, ask, compare speakers with the gold."""
    import logging
    import tempfile

    from eval.attribution import evaluate_corpus
    from eval.client import corpus_engine
    from eval.dataset import load_dataset
    from eval.metrics import summarize
    from eval.report import write
    from eval.run import run
    from ingest.load import load_corpus

    logging.basicConfig(level=logging.ERROR)
    corpus: Path = args.corpus
    texts = {d.id: d.text for d in load_corpus([corpus / "reports"])}
    try:
        items = load_dataset(corpus / "questions.jsonl", texts=texts)
    except DatasetError as exc:
        return _refuse(exc.problems)
    if args.strict_evidence:
        items = [strict(item) for item in items]
    mapping = evaluate_corpus(corpus)["speaker_mapping"]
    with tempfile.TemporaryDirectory(prefix="talksqa-eval-") as tmp:
        target = InProcess(corpus_engine(corpus, Path(tmp)))
        outcomes = run(items, target, top_k=args.top_k)
        summary = summarize(outcomes, target.source_text, speaker_mapping=mapping)
    summary["target"] = f"in-process ({corpus.name})"
    summary["dataset"] = str(corpus / "questions.jsonl")
    summary["dataset_sha256"] = parse_dataset(corpus / "questions.jsonl").sha256
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
    ] + [
        f"{name}: {r['injections_indexed']} planted instructions reach the index"
        for name, r in results.items()
        if r["injections_indexed"]
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
