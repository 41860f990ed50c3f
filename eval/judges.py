"""Optional judges, behind one interface. None is needed for CI: the deterministic metrics are
the gate. A judge that is not configured says so and why, instead of failing or guessing.

- `llm-citation-support`: ALCE-style citation support judged by an OpenAI-compatible LLM: for
  each answer sentence and the passages it cites, "is it supported?".
- `nli-citation-support`: the same with a local NLI cross-encoder (sentence-transformers).

ragas is not a judge here: its non-LLM metrics run on the service's output over HTTP
(eval/examples/ragas_nonllm.py), in an environment of their own.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from typing import Any, Protocol

from eval.metrics import Outcome

_MARKER = re.compile(r"\[(\d+)\]")


class Judge(Protocol):
    name: str

    def unavailable(self) -> str | None:
        """Why this judge cannot run here, or None when it can."""

    def score(self, outcomes: list[Outcome]) -> dict[str, Any]: ...


def claims(outcome: Outcome) -> list[tuple[str, list[str]]]:
    """(sentence, quotes it cites) for every cited line of an answered item."""
    if outcome.response is None or outcome.abstained:
        return []
    quotes = {c["n"]: c["quote"] for c in outcome.citations}
    found = []
    for line in outcome.response["answer"].split("\n"):
        cited = [quotes[int(n)] for n in _MARKER.findall(line) if int(n) in quotes]
        if cited:
            found.append((_MARKER.sub("", line).strip(), cited))
    return found


@dataclass
class LLMCitationSupport:
    base_url: str | None
    model: str = "default"
    api_key: str = "none"
    name: str = "llm-citation-support"

    def unavailable(self) -> str | None:
        if not self.base_url:
            return "no judge LLM configured (python -m eval --judge-llm URL)"
        if importlib.util.find_spec("langchain_openai") is None:
            return "langchain-openai is not installed (pip install 'talksqa[llm]')"
        return None

    def score(self, outcomes: list[Outcome]) -> dict[str, Any]:
        from langchain_openai import ChatOpenAI

        llm = ChatOpenAI(
            base_url=self.base_url,
            model=self.model,
            api_key=self.api_key,
            temperature=0,
            max_retries=0,
            timeout=60,
        )
        verdicts = []
        for outcome in outcomes:
            for sentence, quotes in claims(outcome):
                prompt = (
                    "Passages:\n"
                    + "\n".join(f"- {q}" for q in quotes)
                    + f"\n\nStatement: {sentence}\n\nDo the passages fully support the "
                    "statement? Answer yes or no."
                )
                reply = str(llm.invoke(prompt).content).strip().lower()
                verdicts.append(reply.startswith("yes") or reply.startswith("نعم"))
        return {
            "supported": round(sum(verdicts) / len(verdicts), 4) if verdicts else None,
            "claims": len(verdicts),
        }


@dataclass
class NLICitationSupport:
    model_path: str | None
    name: str = "nli-citation-support"

    def unavailable(self) -> str | None:
        if not self.model_path:
            return "no NLI model configured (python -m eval --judge-nli PATH)"
        if importlib.util.find_spec("sentence_transformers") is None:
            return "sentence-transformers is not installed (pip install 'talksqa[st]')"
        return None

    def score(self, outcomes: list[Outcome]) -> dict[str, Any]:
        from sentence_transformers import CrossEncoder

        model = CrossEncoder(str(self.model_path), device="cpu")
        pairs = [(" ".join(quotes), sentence) for o in outcomes for sentence, quotes in claims(o)]
        if not pairs:
            return {"supported": None, "claims": 0}
        labels = model.predict(pairs).argmax(axis=1)
        entail = [str(model.config.id2label[int(i)]).lower().startswith("entail") for i in labels]
        return {"supported": round(sum(entail) / len(entail), 4), "claims": len(entail)}


def run_judges(judges: list[Judge], outcomes: list[Outcome]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for judge in judges:
        reason = judge.unavailable()
        if reason:
            results[judge.name] = {"skipped": reason}
            continue
        try:
            results[judge.name] = judge.score(outcomes)
        except Exception as exc:  # a judge is advice: its failure never fails the evaluation
            results[judge.name] = {"skipped": f"failed: {type(exc).__name__}: {exc}"}
    return results
