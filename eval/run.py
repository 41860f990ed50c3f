"""Run a dataset against a target and collect outcomes (never stops on one failing item)."""

from __future__ import annotations

from eval.client import RequestFailed, Target
from eval.dataset import Item
from eval.metrics import Outcome


def run(items: list[Item], target: Target, *, top_k: int = 10) -> list[Outcome]:
    outcomes = []
    for item in items:
        try:
            response, ms = target.chat(item.messages, top_k=top_k)
            outcomes.append(Outcome(item, response, ms))
        except RequestFailed as exc:  # already in words: "401 unauthorized: ..."
            outcomes.append(Outcome(item, None, 0.0, error=str(exc)))
        except Exception as exc:  # one bad item must not hide the others' numbers
            outcomes.append(Outcome(item, None, 0.0, error=f"{type(exc).__name__}: {exc}"))
    return outcomes
