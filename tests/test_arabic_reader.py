"""The Arabic reader's view, in Chromium against the real service: the citation popup names the
source by its Arabic title, and the source page speaks the reader's language, right to left."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import CORPUS, browser_page
from tests.test_widget import AR_QUESTION, EN_QUESTION, ask, finished_answer

SIDECAR = json.loads((CORPUS / "paris-talks.ar.meta.json").read_text(encoding="utf-8"))
TITLE, TITLE_AR = SIDECAR["title"], SIDECAR["title_ar"]


@pytest.fixture
def arabic_reader(browser: Browser) -> Iterator[Page]:
    yield from browser_page(browser, "ar")


def test_sources_carry_the_arabic_title(server: str) -> None:
    [source] = httpx.get(f"{server}/v1/sources").json()["sources"]
    assert (source["title"], source["title_ar"]) == (TITLE, TITLE_AR)
    one = httpx.get(f"{server}/v1/sources/{source['source_id']}").json()
    assert one["title_ar"] == TITLE_AR


def open_first_citation(page: Page, server: str, question: str) -> tuple[Page, str]:
    """Ask, open the answer's first citation and then its source page; (source page, title)."""
    page.goto(server + "/")
    ask(page, question)
    finished_answer(page).locator("[data-citation]").first.click()
    panel = page.locator("talks-chat .cite")
    expect(panel.locator(".source")).not_to_have_text("paris-talks.ar")  # the title has come
    title = panel.locator(".source").text_content() or ""
    with page.context.expect_page() as opened:
        panel.get_by_role("link").click()
    source = opened.value
    expect(source.locator("article mark")).to_have_count(1)
    return source, title


def test_an_arabic_answer_names_its_source_in_arabic_and_the_source_page_is_arabic(
    arabic_reader: Page, server: str
) -> None:
    source, title = open_first_citation(arabic_reader, server, AR_QUESTION)
    assert title == TITLE_AR
    assert "lang=ar" in source.url
    html = source.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    expect(source.locator("h1")).to_have_text(TITLE_AR)
    about = source.locator("#about").text_content() or ""
    assert about.startswith("المقطع المظلَّل هو المحارف ") and "highlighted" not in about
    assert source.title().startswith(TITLE_AR)


def test_an_english_answer_keeps_the_english_title_and_page(
    arabic_reader: Page, server: str
) -> None:
    # The widget passes the answer's language: an English question gets an English page even
    # in an Arabic browser.
    source, title = open_first_citation(arabic_reader, server, EN_QUESTION)
    assert title == TITLE and "lang=en" in source.url
    expect(source.locator("html")).to_have_attribute("dir", "ltr")
    expect(source.locator("h1")).to_have_text(TITLE)
    assert (source.locator("#about").text_content() or "").startswith(
        "The highlighted passage is characters "
    )


@pytest.mark.parametrize(
    ("locale", "lang", "heading"), [("ar", "ar", TITLE_AR), ("en-US", "en", TITLE)]
)
def test_without_lang_the_source_page_follows_the_browser_language(
    browser: Browser, server: str, locale: str, lang: str, heading: str
) -> None:
    for page in browser_page(browser, locale):
        page.goto(f"{server}/sources/paris-talks.ar?start=0&end=10")
        expect(page.locator("h1")).to_have_text(heading)
        expect(page.locator("html")).to_have_attribute("lang", lang)
        expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
