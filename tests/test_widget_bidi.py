"""Bidi punctuation in the widget, measured in Chromium: a quotation's marks stay beside its
own first and last words however it wraps, and names keep their own direction. The stream is
served by the browser (page.route): the real service's answers cannot be chosen to wrap."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from service.api.stream import word_pieces

# Invented: a wrapping Arabic quote with distinct first and last words, in an English answer.
FIRST, LAST = "نؤكد", "المنطقة"
QUOTE = (
    f"{FIRST} أن المحادثات تناولت ترتيبات أمنية في الجنوب وأن الطرفين اتفقا على مواصلة "
    f"الحوار برعاية دولية من أجل تثبيت الاستقرار وحماية المدنيين في {LAST}"
)
SPEAKER_AR = "المتحدث باسم الوزارة"
CITATION = {
    "n": 1,
    "source_id": "paris-talks.ar",
    "statement_id": "s",
    "speaker": SPEAKER_AR,
    "speaker_en": "the ministry spokesman",
    "quote": QUOTE,
    "start": 0,
    "end": len(QUOTE),
    "paragraph": 1,
    "chunk_id": "c",
    "score": 0.5,
}
META = {"id": "x", "language": "en", "nearest": [], "reason": None, "query": "q"}

# The viewport rectangle of the first occurrence of `needle` inside one text node of the
# latest assistant message (streamed words and marks are whole inside their text nodes).
RECT = """([needle, last]) => {
  const root = document.querySelector('talks-chat').shadowRoot;
  const msgs = root.querySelectorAll('[data-role="assistant"]');
  const scope = msgs[msgs.length - 1];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  let found = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = last ? node.data.lastIndexOf(needle) : node.data.indexOf(needle);
    if (at >= 0) { found = [node, at]; if (!last) break; }
  }
  if (!found) return null;
  const range = document.createRange();
  range.setStart(found[0], found[1]);
  range.setEnd(found[0], found[1] + needle.length);
  const r = range.getClientRects()[0];
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
}"""
LINES = """() => {
  const root = document.querySelector('talks-chat').shadowRoot;
  const msgs = root.querySelectorAll('[data-role="assistant"] .q');
  const q = msgs[msgs.length - 1];
  return new Set([...q.getClientRects()].map((r) => Math.round(r.top))).size;
}"""


def sse(*events: tuple[str, dict[str, Any]]) -> str:
    return "".join(f"event: {name}\r\ndata: {json.dumps(data)}\r\n\r\n" for name, data in events)


@pytest.fixture(params=[360, 520, 700])
def narrow(request: pytest.FixtureRequest, browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": request.param, "height": 900}, locale="en")
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def answer_with(page: Page, server: str, text: str, *, abstained: bool = False) -> None:
    meta = {**META, "abstained": abstained}
    meta.update(
        {"citations": [], "nearest": [CITATION]} if abstained else {"citations": [CITATION]}
    )
    words = [("delta", {"text": piece}) for piece in word_pieces(text)]
    body = sse(("meta", meta), *words, ("done", {"id": "x", "answer": text, "timings": {}}))
    page.route(
        "**/v1/chat",
        lambda route: route.fulfill(status=200, content_type="text/event-stream", body=body),
        times=1,
    )
    page.goto(server + "/")
    box = page.locator("talks-chat textarea")
    box.fill("What did the spokesman say?")
    box.press("Enter")
    expect(page.locator('talks-chat [data-role="assistant"][data-state="done"]')).to_have_count(1)


def rect(page: Page, needle: str, *, last: bool = False) -> dict[str, float]:
    found = page.evaluate(RECT, [needle, last])
    assert found is not None, needle
    return found  # type: ignore[no-any-return]


def same_line(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["top"] < b["bottom"] and b["top"] < a["bottom"]


def beside(mark: dict[str, float], word: dict[str, float], *, side: str) -> bool:
    """`mark` is on `side` of `word`, on its line, with no more than a space between them."""
    gap = mark["left"] - word["right"] if side == "right" else word["left"] - mark["right"]
    return same_line(mark, word) and -1 <= gap <= (word["bottom"] - word["top"])


@pytest.mark.parametrize(("open_mark", "close_mark"), [("“", "”"), ("«", "»")])
def test_a_wrapping_arabic_quote_keeps_its_marks_beside_its_own_first_and_last_words(
    narrow: Page, server: str, open_mark: str, close_mark: str
) -> None:
    text = f"The ministry spokesman said: {open_mark}{QUOTE}{close_mark} [1]. That was all."
    answer_with(narrow, server, text)
    assert narrow.evaluate(LINES) >= 2  # the quote does wrap at this width
    # Right to left inside the quote: the opening mark is right of its first word, the
    # closing mark left of its last word, each on that word's line.
    assert beside(rect(narrow, open_mark), rect(narrow, FIRST), side="right")
    assert beside(rect(narrow, close_mark), rect(narrow, LAST, last=True), side="left")


def test_the_nearest_list_isolates_the_speaker_and_the_quote_with_its_marks(
    narrow: Page, server: str
) -> None:
    answer_with(narrow, server, "No statement answers this.", abstained=True)
    item = narrow.locator("talks-chat [data-nearest] li").first
    assert item.locator("bdi").first.text_content() == "the ministry spokesman"
    quote = item.locator(".q")
    assert (quote.text_content() or "").startswith("“" + FIRST)
    assert (quote.text_content() or "").endswith("…”")
    assert beside(rect(narrow, "“"), rect(narrow, FIRST), side="right")
