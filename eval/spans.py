"""`python -m eval spans SOURCE_ID "PHRASE"` (or `talksqa eval spans`): the evidence offsets of
a quoted phrase, as a dataset line wants them, computed on the text the service answers from.

The text comes from a running service (`--url`), or from the corpus read exactly as ingest
reads it (`--corpus`, default: the configured data_dir), so the offsets are the service's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eval.client import HarnessSettings, OverHttp, RequestFailed, TargetUnavailable


def find(text: str, phrase: str, *, occurrence: int = 1) -> tuple[int, int] | None:
    """(start, end) of the phrase's `occurrence`-th appearance in text, or None."""
    start = -1
    for _ in range(occurrence):
        start = text.find(phrase, start + 1)
        if start == -1:
            return None
    return start, start + len(phrase)


def _corpus_texts(corpus: Path | None) -> dict[str, str]:
    from ingest.load import discover, read_document

    if corpus is None:
        from service.settings import get_settings

        corpus = get_settings().data_dir
    texts = {}
    for path, root in discover([corpus]):
        read = read_document(path, root=root)
        if read is not None:
            texts[read.document.id] = read.document.text
    return texts


def main(argv: list[str], *, prog: str = "python -m eval") -> int:
    parser = argparse.ArgumentParser(
        prog=f"{prog} spans",
        description="Print the evidence offsets of each PHRASE in SOURCE_ID as a JSON object "
        '({"source_id", "start", "end", "speaker"}) to paste into a dataset line.',
    )
    parser.add_argument("source_id", help="the document's id, as GET /v1/sources lists it")
    parser.add_argument("phrase", nargs="+", help="the exact words, copied from the document")
    parser.add_argument(
        "--occurrence",
        type=int,
        default=1,
        help="which appearance of the phrase, when it occurs more than once (default: 1)",
    )
    parser.add_argument("--speaker", default="", help="the speaker id to record with the span")
    parser.add_argument(
        "--url",
        help="read the document from a running service (its address, with or without /v1)",
    )
    parser.add_argument(
        "--api-key",
        help="bearer key for --url (default: the TALKSQA_EVAL_API_KEY environment variable)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        help="without --url: a corpus file or folder, read as ingest reads it "
        "(default: TALKSQA_DATA_DIR, data/corpus)",
    )
    args = parser.parse_args(argv)
    if args.occurrence < 1:
        parser.error("--occurrence counts from 1")
    try:
        if args.url:
            key = args.api_key or HarnessSettings().key()
            target = OverHttp(args.url, api_key=key, retries=2)
            try:
                text = target.source_text(args.source_id)
            finally:
                target.close()
        else:
            texts = _corpus_texts(args.corpus)
            if args.source_id not in texts:
                known = ", ".join(sorted(texts)) or "none"
                print(
                    f"no source {args.source_id!r} in the corpus (it has: {known})", file=sys.stderr
                )
                return 1
            text = texts[args.source_id]
    except (RequestFailed, TargetUnavailable) as exc:
        print(f"{args.source_id}: {exc}", file=sys.stderr)
        return 1
    missing = 0
    for phrase in args.phrase:
        span = find(text, phrase, occurrence=args.occurrence)
        count = text.count(phrase)
        if span is None:
            missing += 1
            found = f"it occurs {count} times" if count else "copy it exactly from the document"
            print(f"not in {args.source_id}: {phrase!r} ({found})", file=sys.stderr)
            continue
        if count > 1:
            print(
                f"{phrase[:40]!r} occurs {count} times; this is occurrence {args.occurrence} "
                "(--occurrence picks another)",
                file=sys.stderr,
            )
        start, end = span
        evidence = {"source_id": args.source_id, "start": start, "end": end}
        if args.speaker:
            evidence["speaker"] = args.speaker
        print(json.dumps(evidence, ensure_ascii=False))
    return 1 if missing else 0
