"""The reranker: reorders the fused candidates by a logistic model over general features and
their pairwise products.

No multilingual cross-encoder installs here with its weights, so the evidence each ranking
gives (the fused rank, each model's cosine, BM25, how many of the question's words a passage
holds, whether it is the asked speaker's words or the asked month's) is weighed by a linear
model trained on the development corpora (`python -m eval.reranker`, which writes
service/qa/reranker.json with its training sets and its leave-one-corpus-out figures). The
features describe a question and a passage in general, never one report: a report it was not
trained on is scored the same way.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from service.qa.retrieve import Hit

WEIGHTS = Path(__file__).with_name("reranker.json")
# The model is trained on the fused top DEPTH of each question (more examples of passages that
# do not answer), and reorders the fused top WITHIN: it never brings in a passage the fusion
# ranked lower. Over 22 development corpora (leave one corpus out, 622 questions), reordering
# the top 20 instead of the top 5 took recall@5 from 0.772 to 0.815 (0.657 -> 0.731 on the
# seven newest corpora) and MRR@10 from 0.655 to 0.673, at a cost on the bundled set (recall@5
# 0.945 -> 0.927, 2 of its 110 questions) and on cross-language recall@1 (python -m
# eval.reranker writes these figures into reranker.json).
DEPTH = 20
WITHIN = 20
# ... except when no candidate is in the question's language (an English question over Arabic
# reports only): cross-language cosines sit on a scale the model saw little of, and reordering
# the top 20 of those cost the bundled set recall@5 0.945 -> 0.927 where the top 5 gave 0.955
# (the same comparison; the development corpora's figures do not change)
CROSS_LANGUAGE_WITHIN = 5

FEATURES = (
    "inverse_rank",  # 1 / the passage's rank in the fused ranking
    "similarity",  # the first model's cosine
    "similarity_gap",  # ... minus the best candidate's
    "further_similarity",  # the second model's cosine (0 with one model)
    "further_gap",  # ... minus the best candidate's
    "keyword",  # BM25 score over the best candidate's (0 when none matched)
    "coverage",  # share of the question's words (weighted by idf) the passage holds
    "same_language",  # the passage is in the question's language
    "narration",  # the reporter's words, not a speaker's
    "named_speaker",  # the words of a speaker the question names
    "asked_period",  # about the month the question names
    "length",  # log(1 + characters)
    # the question asks who did something, not who said it ("Who led ...?"): with its products,
    # the reporter's narration, where a delegation's head is named, counts for more. Over the
    # 37 training corpora left out one at a time (963 questions, 83 of them asking who acted),
    # recall@5 0.823 -> 0.830, MRR@10 0.674 -> 0.676 (over all 46 development corpora 0.839 ->
    # 0.843, 0.688 -> 0.692; /tmp probe over `eval.reranker.collect`, the column zeroed for
    # "without")
    "asks_who_acted",
    # 1 / the passage's rank among the candidates by each signal: a passage one signal ranks
    # first stays in view where the fusion ranked it low (the same leave-one-corpus-out
    # comparison as below, top 20 reordered: MRR@10 0.666 -> 0.673, recall@1 0.558 -> 0.566)
    "similarity_rank",
    "further_rank",
    "keyword_rank",
    "coverage_rank",
)
_RANKED = ("similarity", "further_similarity", "keyword", "coverage")


@dataclass(frozen=True)
class Asked:
    """What the features read from the question."""

    language: str
    speakers: frozenset[str]
    month: int | None
    words: dict[str, float]  # the question's keyword tokens and their idf
    who_acted: bool = False  # `asks_who_acted`: "Who led ...?", not "Who said ...?"


@dataclass(frozen=True)
class Passage:
    """What the features read from a candidate beside its hit."""

    language: str
    month: int | None
    tokens: frozenset[str]


def features(hits: list[Hit], *, asked: Asked, passage: Callable[[Hit], Passage]) -> np.ndarray:
    """One row per hit, one column per name in FEATURES: shape (len(hits), len(FEATURES))."""
    if not hits:
        return np.zeros((0, len(FEATURES)), dtype=np.float64)
    best_similarity = max(h.similarity for h in hits)
    best_further = max(_further(h) for h in hits)
    best_keyword = max(h.keyword for h in hits) or 1.0
    total = sum(asked.words.values()) or 1.0
    rows = []
    for rank, hit in enumerate(hits, 1):
        p = passage(hit)
        rows.append(
            (
                1.0 / rank,
                hit.similarity,
                hit.similarity - best_similarity,
                _further(hit),
                _further(hit) - best_further,
                hit.keyword / best_keyword,
                sum(w for t, w in asked.words.items() if t in p.tokens) / total,
                float(p.language == asked.language),
                float(hit.chunk.speaker_id.startswith("report:")),
                float(hit.chunk.speaker_id in asked.speakers),
                float(asked.month is not None and p.month == asked.month),
                math.log1p(len(hit.chunk.text)),
                float(asked.who_acted),
            )
        )
    x = np.asarray(rows, dtype=np.float64)
    ranks = [
        1.0 / (np.argsort(np.argsort(-x[:, FEATURES.index(f)], kind="stable")) + 1) for f in _RANKED
    ]
    return np.hstack([x, np.stack(ranks, axis=1)])


def _further(hit: Hit) -> float:
    return hit.part_similarities[1] if len(hit.part_similarities) > 1 else 0.0


def terms(names: tuple[str, ...] = FEATURES) -> tuple[str, ...]:
    """The model's inputs: each feature, then each product of two ("a*b", "a*a"), in the order
    `expand` computes them (scikit-learn's PolynomialFeatures(2) order)."""
    i, j = _pairs(len(names))
    return (*names, *(f"{names[a]}*{names[b]}" for a, b in zip(i, j, strict=True)))


@functools.lru_cache(maxsize=4)
def _pairs(width: int) -> tuple[np.ndarray, np.ndarray]:
    """The column pairs (a <= b) of `width` features, row by row: computed once, not per
    question (np.triu_indices takes about 30 µs, most of the reranker's time)."""
    return np.triu_indices(width)


def expand(x: np.ndarray) -> np.ndarray:
    """(n, F) -> (n, F + F(F+1)/2): the features and their pairwise products. A linear model
    over these weighs one signal by another (a cosine counts for more when the passage is in
    the question's language): over 37 development corpora left out one at a time (963
    questions), recall@5 0.766 -> 0.792 and MRR@10 0.617 -> 0.637 against the features alone
    fitted on the same corpora, and 0.666 -> 0.689 recall@5 on the 15 newest (python -m
    eval.reranker; /tmp probe for the comparison; a gradient-boosted tree model gave 0.773 /
    0.628). Features tried and left out, no gain: whether the passage is itself a question,
    and whether it gives the time, number or place the question asks for (0.792 / 0.639)."""
    i, j = _pairs(x.shape[1])
    return np.hstack([x, x[:, i] * x[:, j]])


class Reranker:
    """A logistic model over the features and their pairwise products (`expand`); its
    probability that a passage answers becomes the hit's score, and the hits are reordered by
    it."""

    def __init__(self, *, weights: dict[str, float], intercept: float) -> None:
        names = terms()
        missing = [t for t in names if t not in weights]
        if missing:
            raise ValueError(
                f"reranker weights lack {missing[:3]}: retrain (python -m eval.reranker)"
            )
        self.coef = np.asarray([weights[t] for t in names], dtype=np.float64)
        self.intercept = intercept

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> Reranker:
        """The trained model; raises OSError or ValueError for a missing or stale file."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=data["weights"], intercept=float(data["intercept"]))

    def logits(self, x: np.ndarray) -> np.ndarray:
        """x: (n, len(FEATURES)) -> (n,) log-odds that each passage answers."""
        return expand(x) @ self.coef + self.intercept  # type: ignore[no-any-return]

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """x: (n, len(FEATURES)) -> (n,) probabilities in (0, 1)."""
        return 1.0 / (1.0 + np.exp(-self.logits(x)))  # type: ignore[no-any-return]

    def rerank(
        self, hits: list[Hit], x: np.ndarray, *, within: int = WITHIN, speakers_first: bool = False
    ) -> list[Hit]:
        """Every hit scored by its probability; the first `within` reordered by it (ties keep
        the fused order), the rest left in the fused order. With `speakers_first` (the question
        asks for a named speaker's words: "What did X say ...", "According to X, ..."), that
        speaker's words stay ahead of others' even where those share more of its words."""
        p = self.probabilities(x)
        scored = [dataclasses.replace(h, score=float(s)) for h, s in zip(hits, p, strict=True)]
        first = order(p, x, within=within, speakers_first=speakers_first)
        return [scored[i] for i in first] + scored[len(first) :]


def order(scores: np.ndarray, x: np.ndarray, *, within: int, speakers_first: bool) -> np.ndarray:
    """The indices of the first `within` rows (CROSS_LANGUAGE_WITHIN when no row is in the
    question's language), best score first (ties keep the fused order); with `speakers_first`,
    the asked speaker's words ahead of the rest. scores: (n,), x: (n, len(FEATURES))."""
    if not x[:, FEATURES.index("same_language")].any():
        within = min(within, CROSS_LANGUAGE_WITHIN)
    if speakers_first:
        return np.lexsort((-scores[:within], -x[:within, FEATURES.index("named_speaker")]))
    return np.argsort(-scores[:within], kind="stable")
