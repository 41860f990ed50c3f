"""Canonical speaker ids (ingest/speakers.py)."""

from __future__ import annotations

from ingest.attribute import parse_mention
from ingest.speakers import SpeakerRegistry


def test_two_unknown_arabic_speakers_are_two_ids() -> None:
    # mentions with no role, country, outlet or name were all "speaker-speaker" (their
    # Arabic surfaces slugged to nothing), so two unknown speakers shared one id
    a = parse_mention("الجلسات", start=0, end=7, language="ar")
    b = parse_mention("الملفات", start=10, end=17, language="ar")
    registry = SpeakerRegistry([a, b])
    ids = {registry.speaker(a).id, registry.speaker(b).id}
    assert len(ids) == 2 and "speaker-speaker" not in ids
