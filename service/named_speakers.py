"""Which of the index's speakers a question names ("What did Netanyahu's office say ...",
"ماذا قال المسؤول السوري ...").

A speaker is known by every name the reports gave them (each quote records how its report named
its speaker) and by its two labels. A question names a speaker when it contains every word of one
of those names (compared as the keyword search compares words: normalised and stemmed, function
words dropped), and that name is specific: it has a word few speakers share, or two words.
When several speakers are named that way, the longest names win ("the Syrian official" is the
Syrian official, not every official).
"""

from __future__ import annotations

from collections import defaultdict

from ingest.normalize import keyword_tokens
from ingest.read import IndexSnapshot

# A name word shared by more than this share of the speakers ("official", "minister") does not
# single one out on its own.
_GENERIC_SHARE = 0.25


class NamedSpeakers:
    def __init__(self, snapshot: IndexSnapshot) -> None:
        names: dict[str, set[str]] = defaultdict(set)
        for doc in snapshot.documents.values():
            for statement in doc.statements:
                for q in statement.quotes:
                    if q.speaker_id.startswith("report:"):
                        continue
                    names[q.speaker_id].update(n for n in (q.mention, q.speaker, q.speaker_en) if n)
        self._names: dict[str, list[frozenset[str]]] = {}
        for speaker_id, surfaces in names.items():
            tokenised = {frozenset(keyword_tokens(f)) for f in surfaces}
            self._names[speaker_id] = [t for t in tokenised if t]
        share: dict[str, int] = defaultdict(int)
        for forms in self._names.values():
            for token in frozenset().union(*forms):
                share[token] += 1
        limit = max(1.0, _GENERIC_SHARE * len(self._names))
        self._generic = frozenset(t for t, n in share.items() if n > limit)

    def find(self, question: str) -> frozenset[str]:
        """The speaker ids the question names (empty when it names none)."""
        words = frozenset(keyword_tokens(question))
        best: dict[str, int] = {}
        for speaker_id, forms in self._names.items():
            for form in forms:
                specific = len(form) >= 2 or bool(form - self._generic)
                if specific and form <= words:
                    best[speaker_id] = max(best.get(speaker_id, 0), len(form))
        if not best:
            return frozenset()
        longest = max(best.values())
        return frozenset(s for s, n in best.items() if n == longest)
