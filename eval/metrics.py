"""Deterministic metrics over (item, response) pairs: no LLM, no network.

Retrieval uses ir-measures (pytrec_eval underneath): a gold evidence span is "found" at the
rank of the first retrieved chunk that overlaps it, so Recall@k is the share of gold spans
covered by the top k chunks and MRR/nDCG reward covering them early.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import ir_measures
from ir_measures import RR, R, nDCG

from eval.dataset import Evidence, Item
from ingest.normalize import normalize

RETRIEVAL_MEASURES = {
    "recall@1": R @ 1,
    "recall@3": R @ 3,
    "recall@5": R @ 5,
    "mrr@10": RR @ 10,
    "ndcg@10": nDCG @ 10,
}


@dataclass
class Outcome:
    item: Item
    response: dict[str, Any] | None
    latency_ms: float
    error: str | None = None

    @property
    def abstained(self) -> bool:
        return self.response is None or bool(self.response.get("abstained"))

    @property
    def citations(self) -> list[dict[str, Any]]:
        return [] if self.response is None else list(self.response.get("citations") or [])


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _copies(citation: dict[str, Any]) -> list[dict[str, Any]]:
    """A citation's quote and the copies of the same statement it lists (`also_in`): the
    answer shows the user every one of them."""
    return [citation, *(citation.get("also_in") or [])]


def covers(passage: dict[str, Any], evidence: Evidence) -> bool:
    """A passage (source_id, start, end) overlaps the evidence span or one of its
    alternatives (the same part of the answer in another report)."""
    return any(
        passage["source_id"] == g.source_id
        and _overlaps(passage["start"], passage["end"], g.start, g.end)
        for g in evidence.spans
    )


def _on_gold(citation: dict[str, Any], item: Item) -> bool:
    return any(covers(copy, g) for copy in _copies(citation) for g in item.evidence)


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(statistics.fmean(values), 4) if values else None


def retrieval(outcomes: list[Outcome]) -> dict[str, Any]:
    def compute(subset: list[Outcome]) -> dict[str, Any]:
        qrels, run = [], []
        for o in subset:
            if not o.item.answerable:
                continue
            for i, _ in enumerate(o.item.evidence):
                qrels.append(ir_measures.Qrel(o.item.id, f"gold{i}", 1))
            seen: set[int] = set()
            for rank, passage in enumerate((o.response or {}).get("retrieved") or [], 1):
                score = 1.0 / rank
                hit = [
                    i for i, g in enumerate(o.item.evidence) if i not in seen and covers(passage, g)
                ]
                seen.update(hit)
                for i in hit:
                    run.append(ir_measures.ScoredDoc(o.item.id, f"gold{i}", score))
                if not hit:
                    run.append(ir_measures.ScoredDoc(o.item.id, f"miss{rank}", score))
        if not qrels:
            return {name: None for name in RETRIEVAL_MEASURES} | {"n": 0}
        per_query: dict[str, dict[str, float]] = defaultdict(dict)
        for metric in ir_measures.iter_calc(list(RETRIEVAL_MEASURES.values()), qrels, run):
            per_query[metric.query_id][str(metric.measure)] = metric.value
        queries = {q.query_id for q in qrels}
        result: dict[str, Any] = {
            name: round(statistics.fmean(per_query[q].get(str(m), 0.0) for q in queries), 4)
            for name, m in RETRIEVAL_MEASURES.items()
        }
        result["n"] = len(queries)
        return result

    overall = compute(outcomes)
    overall["by_language"] = {
        lang: compute([o for o in outcomes if o.item.language == lang]) for lang in ("ar", "en")
    }
    return overall


def citations(outcomes: list[Outcome], source_text: Callable[[str], str]) -> dict[str, Any]:
    cited = [(o, c) for o in outcomes if not o.abstained for c in o.citations]
    answerable = [o for o in outcomes if o.item.answerable]
    verbatim = [
        source_text(c["source_id"])[c["start"] : c["end"]] == c["quote"]
        for o in outcomes
        for c in o.citations + list((o.response or {}).get("nearest") or [])
    ]
    return {
        "precision": _mean(1.0 if _on_gold(c, o.item) else 0.0 for o, c in cited),
        "recall": _mean(
            1.0 if (not o.abstained and any(_on_gold(c, o.item) for c in o.citations)) else 0.0
            for o in answerable
        ),
        "verbatim": _mean(1.0 if ok else 0.0 for ok in verbatim),
        "n_citations": len(cited),
    }


_WORD = re.compile(r"\w+", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(normalize(re.sub(r"\[\d+\]", " ", text)))


def token_f1(answer: str, reference: str) -> float:
    a, r = Counter(_tokens(answer)), Counter(_tokens(reference))
    common = sum((a & r).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(r.values())
    return 2 * precision * recall / (precision + recall)


def key_fact_score(answer: str, groups: list[list[str]]) -> float:
    if not groups:
        return 1.0
    text = normalize(answer)
    return sum(any(normalize(alt) in text for alt in group) for group in groups) / len(groups)


def item_scores(o: Outcome) -> dict[str, float | int | None]:
    """One item's scores, by the definitions the aggregates use; None where a score does not
    apply (a failed request, an unanswerable item, no key facts or no reference written)."""
    item = o.item
    if o.error is not None:
        return dict.fromkeys(ITEM_SCORES)
    answered = not o.abstained
    answer = str((o.response or {}).get("answer") or "")
    on_gold = [_on_gold(c, item) for c in o.citations] if answered else []
    retrieved = (o.response or {}).get("retrieved") or []

    ranks = [r for r, p in enumerate(retrieved, 1) if any(covers(p, g) for g in item.evidence)]
    top5 = retrieved[:5]
    scores: dict[str, float | int | None] = {
        "right_decision": 1.0 if o.abstained != item.answerable else 0.0,
        "citation_precision": (sum(on_gold) / len(on_gold)) if on_gold else None,
        "citation_recall": None,
        "key_fact": None,
        "f1": None,
        "first_gold_rank": None,
        "recall@5": None,
    }
    if item.answerable:
        scores["citation_recall"] = 1.0 if any(on_gold) else 0.0
        if item.key_facts:
            scores["key_fact"] = key_fact_score(answer, item.key_facts) if answered else 0.0
        if item.reference:
            scores["f1"] = token_f1(answer, item.reference) if answered else 0.0
        scores["first_gold_rank"] = ranks[0] if ranks else None
        scores["recall@5"] = sum(any(covers(p, g) for p in top5) for g in item.evidence) / len(
            item.evidence
        )
    return scores


ITEM_SCORES = (
    "right_decision",
    "citation_precision",
    "citation_recall",
    "key_fact",
    "f1",
    "first_gold_rank",
    "recall@5",
)


def _mean_of(outcomes: list[Outcome], score: str) -> float | None:
    values = [item_scores(o)[score] for o in outcomes]
    return _mean(float(v) for v in values if v is not None)


def answers(outcomes: list[Outcome]) -> dict[str, Any]:
    """Key facts and token F1 over answerable items (an abstention scores 0); an item with no
    key facts (or no reference) is left out of that mean rather than scored 1."""
    return {"key_fact": _mean_of(outcomes, "key_fact"), "f1": _mean_of(outcomes, "f1")}


def abstention(outcomes: list[Outcome]) -> dict[str, Any]:
    unanswerable = [o for o in outcomes if not o.item.answerable]
    answerable = [o for o in outcomes if o.item.answerable]
    correct = _mean(1.0 if o.abstained else 0.0 for o in unanswerable)
    corrected = [o for o in unanswerable if o.abstained and o.item.correction]
    return {
        "correct_refusal": correct,
        # a refused false premise whose nearest sources include a span that corrects it
        "correction_shown": _mean(
            1.0
            if any(
                covers(passage, g)
                for passage in (o.response or {}).get("nearest") or []
                for g in o.item.correction
            )
            else 0.0
            for o in corrected
        ),
        "n_corrections": len(corrected),
        "false_refusal": _mean(1.0 if o.abstained else 0.0 for o in answerable),
        "hallucination": None if correct is None else round(1 - correct, 4),
        "n_unanswerable": len(unanswerable),
        "n_answerable": len(answerable),
    }


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return round(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo), 3)


def latency(outcomes: list[Outcome]) -> dict[str, Any]:
    times = [o.latency_ms for o in outcomes if o.response is not None]
    stages: dict[str, Any] = {}
    for stage in ("embed_ms", "search_ms", "answer_ms", "total_ms"):
        values = [
            float(o.response["timings"][stage])
            for o in outcomes
            if o.response is not None and "timings" in o.response
        ]
        stages[stage] = {"p50": _percentile(values, 0.5), "p95": _percentile(values, 0.95)}
    return {"p50": _percentile(times, 0.5), "p95": _percentile(times, 0.95), "stages": stages}


def by_category(outcomes: list[Outcome]) -> dict[str, Any]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.item.category].append(o)
    table = {}
    for category, group in sorted(groups.items()):
        table[category] = {
            "n": len(group),
            "decision": _mean_of(group, "right_decision"),
            "citation_recall": _mean_of(group, "citation_recall"),
            "key_fact": _mean_of(group, "key_fact"),
        }
    return table


def evidence_speaker_mapping(
    items: list[Any], spans: list[tuple[str, int, int, str]]
) -> dict[str, str]:
    """Gold speaker keys -> the service's speaker ids, for a dataset whose evidence names its
    speakers: each key goes to the id the service credits with most of that key's evidence
    characters, one to one, greedily by overlap (as the attribution evaluation matches them).
    A key whose evidence the service credits to nobody stays unmapped, and scores as wrong."""
    by_source: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for source_id, start, end, speaker_id in spans:
        by_source[source_id].append((start, end, speaker_id))
    overlap: Counter[tuple[str, str]] = Counter()
    for item in items:
        for g in (span for evidence in item.evidence for span in evidence.spans):
            if not g.speaker or g.speaker == "report":
                continue
            for start, end, speaker_id in by_source.get(g.source_id, []):
                shared = min(end, g.end) - max(start, g.start)
                if shared > 0:
                    overlap[(g.speaker, speaker_id)] += shared
    from eval.attribution import one_to_one

    return one_to_one(overlap)


def speakers(outcomes: list[Outcome], mapping: dict[str, str]) -> dict[str, Any]:
    """Does the answer name the right speaker? For each answerable item whose gold evidence
    names a speaker: right when a citation on that evidence credits the same speaker (the gold
    key mapped to the ingest's id by the attribution evaluation; "report" = narration).
    Abstentions and answers that miss the evidence count as wrong."""

    def right(o: Outcome) -> float:
        for g in (span for evidence in o.item.evidence for span in evidence.spans):
            for c in (copy for citation in o.citations for copy in _copies(citation)):
                if c["source_id"] != g.source_id or not _overlaps(
                    c["start"], c["end"], g.start, g.end
                ):
                    continue
                sid = str(c.get("speaker_id", ""))
                if g.speaker == "report":
                    if sid.startswith("report:"):
                        return 1.0
                elif mapping.get(g.speaker) == sid:
                    return 1.0
        return 0.0

    def named(o: Outcome) -> float:
        """The answer's first quote is credited to a gold speaker of the question, whichever
        report it comes from (several reports carry the same words)."""
        if o.abstained or not o.citations:
            return 0.0
        sid = str(o.citations[0].get("speaker_id", ""))
        for g in (span for evidence in o.item.evidence for span in evidence.spans):
            if g.speaker == "report" and sid.startswith("report:"):
                return 1.0
            if g.speaker != "report" and mapping.get(g.speaker) == sid:
                return 1.0
        return 0.0

    scored = [o for o in outcomes if o.item.answerable and any(g.speaker for g in o.item.evidence)]
    by_language: dict[str, list[float]] = defaultdict(list)
    for o in scored:
        by_language[o.item.language].append(right(o))
    return {
        "right_speaker": _mean(right(o) for o in scored),
        "first_quote_speaker": _mean(named(o) for o in scored),
        "by_language": {k: _mean(v) for k, v in sorted(by_language.items())},
        "n": len(scored),
    }


def summarize(
    outcomes: list[Outcome],
    source_text: Callable[[str], str],
    *,
    speaker_mapping: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The aggregates over the items that were answered; a failed request (connection refused,
    401, 5xx) is counted in `errors` and scored nowhere, so it cannot pass for a refusal."""
    scored = [o for o in outcomes if o.error is None]
    extra = {} if speaker_mapping is None else {"speakers": speakers(scored, speaker_mapping)}
    return {
        **extra,
        "n": len(outcomes),
        "errors": len(outcomes) - len(scored),
        "n_scored": len(scored),
        "retrieval": retrieval(scored),
        "citations": citations(scored, source_text),
        "answers": answers(scored),
        "abstention": abstention(scored),
        "latency_ms": latency(scored),
        "by_category": by_category(scored),
    }
