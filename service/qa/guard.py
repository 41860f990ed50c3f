"""The grounding guard for LLM answers: every sentence must cite a passage it was given.

Sentences without a marker are dropped; a marker to a passage that was not given means the
model is making things up, and the whole answer is rejected. Optionally each kept sentence
must also be semantically close to the passages it cites (a cross-lingual embedding check).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

_MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")
_SENTENCE = re.compile(r"[^.!?؟\n]*?(?:[.!?؟]+(?:\s*(?:\[\d+(?:\s*,\s*\d+)*\]))*|\n|$)")


class GuardRejected(Exception):
    """The answer cannot be trusted at all (for example, it cites a passage it was not given)."""


@dataclass
class Guarded:
    text: str  # the kept sentences, markers renumbered 1..m in order of first use
    used: list[int]  # passage numbers (1-based, as given) in the order of the new markers
    kept: int
    dropped: int
    kept_share: float  # share of the answer's characters that survived
    dropped_sentences: list[str] = field(default_factory=list)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def markers(sentence: str) -> list[int]:
    return [int(n) for group in _MARKER.findall(sentence) for n in re.split(r"\s*,\s*", group)]


def guard(
    text: str,
    *,
    passages: int,
    support: Callable[[str, list[int]], float] | None = None,
    min_support: float = 0.0,
) -> Guarded:
    """Keep only the cited, supported sentences of `text`; raise GuardRejected on a bad marker."""
    kept: list[tuple[str, list[int]]] = []
    dropped: list[str] = []
    for sentence in sentences(text):
        cited = markers(sentence)
        invalid = [n for n in cited if not 1 <= n <= passages]
        if invalid:
            raise GuardRejected(f"cites passage(s) {invalid} but only 1..{passages} were given")
        body = _MARKER.sub("", sentence).strip()
        if not cited or not body:
            dropped.append(sentence)
            continue
        if support is not None and support(body, cited) < min_support:
            dropped.append(sentence)
            continue
        kept.append((sentence, cited))

    order: list[int] = []
    for _, cited in kept:
        for n in cited:
            if n not in order:
                order.append(n)
    renumber = {old: new for new, old in enumerate(order, 1)}

    def _rewrite(match: re.Match[str]) -> str:
        return "".join(f"[{renumber[int(n)]}]" for n in re.split(r"\s*,\s*", match.group(1)))

    out = " ".join(_MARKER.sub(_rewrite, s) for s, _ in kept)
    total = sum(len(s) for s in sentences(text)) or 1
    return Guarded(
        text=out,
        used=order,
        kept=len(kept),
        dropped=len(dropped),
        kept_share=sum(len(s) for s, _ in kept) / total,
        dropped_sentences=dropped,
    )
