"""Citations as OpenAI's `url_citation` annotations, where OpenAI clients keep them.

promptfoo's OpenAI provider, the openai SDKs and LangChain keep `message.annotations` and drop
unknown top-level fields, so each `[n]` marker of the answer is also an annotation: the source
viewer link with the quoted span, the document's title, and where the marker sits in the
content. The detail (speaker, quote, offsets in the source) stays in the top-level citations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, Field

from service.models import Citation

MARKER = re.compile(r"\[(\d+)\]")


class URLCitation(BaseModel):
    url: str = Field(
        ..., description="The source viewer with the quoted span: /sources/{id}?start=&end="
    )
    title: str = Field(..., description="The document's title")
    start_index: int = Field(..., description="Where the [n] marker starts in the content")
    end_index: int = Field(..., description="Where the [n] marker ends: content[start:end]")


class Annotation(BaseModel):
    type: Literal["url_citation"] = "url_citation"
    url_citation: URLCitation


def source_link(base_url: str, citation: Citation) -> str:
    """The page that shows the source with the quote highlighted (what the widget links to)."""
    source = quote(citation.source_id, safe="")
    return f"{base_url.rstrip('/')}/sources/{source}?start={citation.start}&end={citation.end}"


def url_citations(
    content: str,
    citations: list[Citation],
    *,
    base_url: str,
    titles: Mapping[str, str],
) -> list[Annotation]:
    """One annotation per [n] marker in `content` (Python string offsets), in content order.

    A marker cut off by max_tokens or stop is not annotated; a marker with no citation
    (never written by the service) is skipped rather than pointed anywhere.
    """
    by_n = {c.n: c for c in citations}
    found = []
    for match in MARKER.finditer(content):
        citation = by_n.get(int(match.group(1)))
        if citation is None:
            continue
        found.append(
            Annotation(
                url_citation=URLCitation(
                    url=source_link(base_url, citation),
                    title=titles.get(citation.source_id, citation.source_id),
                    start_index=match.start(),
                    end_index=match.end(),
                )
            )
        )
    return found
