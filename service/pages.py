"""Pages for people: the demo page, the embeddable widget script, and the source viewer."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
