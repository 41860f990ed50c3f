"""ragas's non-LLM metrics on a running Talks Q&A service, through its OpenAI-compatible API.

Runs in its own environment (ragas 0.4.3 needs openai<2 through instructor; the project's test
tools use openai 3):

    python -m venv .ragas && .ragas/bin/pip install 'ragas==0.4.3' 'langchain-community==0.4.1' \
        'rapidfuzz>=3.9'                     # or: pip install 'talksqa[ragas]'
    RAGAS_DO_NOT_TRACK=true .ragas/bin/python eval/examples/ragas_nonllm.py \
        --url http://127.0.0.1:8000 --limit 20

It imports nothing from this project. For each answerable item of a gold set (the harness's
JSONL format, evidence as offsets) it asks /v1/chat/completions with the extension parameter
`include_retrieved`, and builds ragas samples from the reply:

- `response`: the assistant message;
- `retrieved_contexts`: the top-level `retrieved[].text`, the ranked passages the answer drew on;
- `reference_contexts`: the gold evidence spans, `text[start:end]` of GET /v1/sources/{id};
- `reference`: the item's reference answer.

It prints one JSON object: the mean of each metric, and the number of samples.
"""

from __future__ import annotations

import argparse
import json
import math
import warnings
from pathlib import Path
from typing import Any

import httpx
from openai import OpenAI
from ragas import EvaluationDataset, SingleTurnSample, evaluate

with warnings.catch_warnings():
    # ragas 0.4.3 deprecates these imports for ragas.metrics.collections, which lacks them
    warnings.simplefilter("ignore", DeprecationWarning)
    from ragas.metrics import (
        NonLLMContextPrecisionWithReference,
        NonLLMContextRecall,
        NonLLMStringSimilarity,
    )

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "talks.jsonl"


def samples(url: str, *, api_key: str, dataset: Path, limit: int) -> list[SingleTurnSample]:
    base = url.rstrip("/").removesuffix("/v1")
    client = OpenAI(base_url=base + "/v1", api_key=api_key, max_retries=3)
    headers = {"Authorization": f"Bearer {api_key}"}
    texts: dict[str, str] = {}
    found = []
    for line in dataset.read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip() else None
        if not item or not item["answerable"] or not item.get("reference"):
            continue
        spans = [e for e in item["evidence"] if "start" in e]
        if not spans:
            continue
        for e in spans:
            if e["source_id"] not in texts:
                reply = httpx.get(f"{base}/v1/sources/{e['source_id']}", headers=headers)
                texts[e["source_id"]] = reply.raise_for_status().json()["text"]
        completion = client.chat.completions.create(
            model="talksqa-extractive",
            messages=item["messages"],
            extra_body={"include_retrieved": True},
        )
        extra: dict[str, Any] = completion.model_extra or {}
        found.append(
            SingleTurnSample(
                user_input=item["messages"][-1]["content"],
                response=completion.choices[0].message.content or "",
                retrieved_contexts=[r["text"] for r in extra["retrieved"]],
                reference_contexts=[texts[e["source_id"]][e["start"] : e["end"]] for e in spans],
                reference=item["reference"],
            )
        )
        if len(found) == limit:
            break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="the service")
    parser.add_argument("--api-key", default="unused", help="a key, when the service needs one")
    parser.add_argument("--dataset", type=Path, default=DATASET, help="a gold set (JSONL)")
    parser.add_argument("--limit", type=int, default=20, help="answerable items to ask")
    args = parser.parse_args()
    found = samples(args.url, api_key=args.api_key, dataset=args.dataset, limit=args.limit)
    if not found:
        raise SystemExit(f"{args.dataset}: no answerable item with offsets and a reference")
    result = evaluate(
        EvaluationDataset(samples=found),
        metrics=[
            NonLLMContextPrecisionWithReference(),
            NonLLMContextRecall(),
            NonLLMStringSimilarity(),
        ],
        show_progress=False,
        raise_exceptions=True,
    )
    frame = result.to_pandas()
    names = ["non_llm_context_precision_with_reference", "non_llm_context_recall"]
    names.append("non_llm_string_similarity")
    means = {n: round(float(frame[n].mean()), 4) for n in names}
    assert all(not math.isnan(v) for v in means.values()), means
    print(json.dumps({**means, "samples": len(found)}))


if __name__ == "__main__":
    main()
