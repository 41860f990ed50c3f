"""Attribution accuracy on an annotated corpus (format: eval/corpora/ANNOTATION.md).

- quoted: the share of gold quoted characters whose speaker the ingest credits correctly. Gold
  speaker keys and the ingest's canonical ids are different vocabularies, so they are matched
  one to one over the whole corpus (greedily, by overlapping characters, the usual many-to-one
  evaluation made one to one): a speaker split into two ids, or two speakers merged into one,
  loses the characters of the smaller part.
- narration: the share of characters outside every gold quote that the ingest leaves to the
  report (structure and planted instructions included).
- injections: planted instructions credited to any speaker (must be 0), and planted
  instructions that reach the index at all (any chunk overlaps them: must be 0, since a chunk
  can be quoted as the report's narration).

Only letters and digits count, so quotation marks, spaces and punctuation at a span's edges do
not move the figures.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.chunk import chunk_document
from ingest.load import load_corpus
from ingest.schema import Document
from service.settings import Settings

CORPORA = Path(__file__).with_name("corpora")
BASELINE = Path(__file__).with_name("attribution_baseline.json")
# the service's default chunk size (which paragraphs are indexed does not depend on it)
CHUNK_SIZE: int = Settings.model_fields["chunk_size"].default


class GoldError(ValueError):
    pass


@dataclass
class _Doc:
    id: str
    language: str
    text: str
    gold: list[str | None]  # per character: gold speaker key, or None for narration
    system: list[str | None]  # per character: canonical speaker id, or None for the report
    injections: list[tuple[int, int]] = field(default_factory=list)
    chunks: list[tuple[int, int]] = field(default_factory=list)  # what the index holds


def _locate(text: str, needle: str, occurrence: int, where: str) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start == -1:
            raise GoldError(f"{where}: text not found (occurrence {occurrence}): {needle[:60]!r}")
    return start, start + len(needle)


def _counts(ch: str) -> bool:
    return ch.isalnum()


def load_gold(corpus: Path, docs: dict[str, Document]) -> list[_Doc]:
    out = []
    for path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = docs.get(gold["source_id"])
        if doc is None:
            raise GoldError(f"{path}: no report with source id {gold['source_id']!r}")
        text = doc.text
        labels: list[str | None] = [None] * len(text)
        for q in gold.get("quotes", []):
            a, b = _locate(text, q["text"], int(q.get("occurrence", 1)), str(path))
            for i in range(a, b):
                labels[i] = q["speaker"]
        system: list[str | None] = [None] * len(text)
        for statement in doc.statements:
            for quote in statement.quotes:
                for i in range(quote.start, quote.end):
                    system[i] = quote.speaker_id
        injections = [
            _locate(text, x["text"], int(x.get("occurrence", 1)), str(path))
            for x in gold.get("injections", [])
        ]
        chunks = [(c.start, c.end) for c in chunk_document(doc, size=CHUNK_SIZE)]
        out.append(
            _Doc(
                doc.id, gold.get("language", doc.language), text, labels, system, injections, chunks
            )
        )
    if not out:
        raise GoldError(f"{corpus}: no gold files")
    return out


def one_to_one(overlap: Counter[tuple[str, str]]) -> dict[str, str]:
    """Gold keys -> system ids, greedily by overlap, each id used once (a speaker split into two
    ids, or two speakers merged into one, loses the smaller part)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for (gold, system), _ in overlap.most_common():
        if gold not in mapping and system not in taken:
            mapping[gold] = system
            taken.add(system)
    return mapping


def score(docs: list[_Doc]) -> dict[str, Any]:
    overlap: Counter[tuple[str, str]] = Counter()
    for d in docs:
        for ch, g, s in zip(d.text, d.gold, d.system, strict=True):
            if g is not None and s is not None and _counts(ch):
                overlap[(g, s)] += 1
    mapping = one_to_one(overlap)

    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    injected = indexed = 0
    for d in docs:
        c = by_lang[d.language]
        for ch, g, s in zip(d.text, d.gold, d.system, strict=True):
            if not _counts(ch):
                continue
            if g is None:
                c["narration"] += 1
                c["narration_ok"] += s is None
            else:
                c["quoted"] += 1
                c["quoted_ok"] += s is not None and mapping.get(g) == s
                c["quoted_missed"] += s is None
        for a, b in d.injections:
            injected += any(s is not None for s in d.system[a:b])
            indexed += any(start < b and a < end for start, end in d.chunks)

    def summary(c: Counter[str]) -> dict[str, Any]:
        return {
            "quoted": round(c["quoted_ok"] / c["quoted"], 4) if c["quoted"] else None,
            "narration": round(c["narration_ok"] / c["narration"], 4) if c["narration"] else None,
            "quoted_missed": round(c["quoted_missed"] / c["quoted"], 4) if c["quoted"] else None,
            "quoted_chars": c["quoted"],
            "narration_chars": c["narration"],
        }

    total: Counter[str] = Counter()
    for c in by_lang.values():
        total.update(c)
    return {
        "all": summary(total),
        "by_language": {lang: summary(c) for lang, c in sorted(by_lang.items())},
        "injections_quoted": injected,
        "injections_indexed": indexed,
        "injections": sum(len(d.injections) for d in docs),
        "documents": len(docs),
        "speaker_mapping": mapping,
        "gold_speakers": len({g for d in docs for g in d.gold if g is not None}),
        "ids_per_gold_speaker": _fragmentation(docs),
    }


def _fragmentation(docs: list[_Doc]) -> float:
    """Mean number of ingest ids a gold speaker's quoted characters are spread over."""
    spread: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for g, s in zip(d.gold, d.system, strict=True):
            if g is not None and s is not None:
                spread[g].add(s)
    return round(sum(len(v) for v in spread.values()) / len(spread), 2) if spread else 0.0


def evaluate_corpus(corpus: Path) -> dict[str, Any]:
    """Ingest-side attribution of `corpus/reports`, scored against `corpus/gold`."""
    docs = {d.id: d for d in load_corpus([corpus / "reports"])}
    return score(load_gold(corpus, docs))


def format_table(results: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| set | language | quoted chars to the right speaker | quoted chars left as narration | narration left to the report | planted instructions quoted | indexed |",  # noqa: E501
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        for lang, s in [("all", r["all"]), *r["by_language"].items()]:
            lines.append(
                f"| {name} | {lang} | {_pct(s['quoted'])} of {s['quoted_chars']} | "
                f"{_pct(s['quoted_missed'])} | "
                f"{_pct(s['narration'])} of {s['narration_chars']} | "
                f"{r['injections_quoted'] if lang == 'all' else ''} | "
                f"{r['injections_indexed'] if lang == 'all' else ''} |"
            )
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"
