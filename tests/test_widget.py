"""The chat widget in a real headless Chromium (Debian's, driven by Playwright) against a real
uvicorn serving the real index; a second loopback port plays the third-party site.

A missing browser fails these tests (install it with `make browser`); it never skips them.
Screenshots land in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page, Route, expect

from tests.conftest import ROOT, browser_page, free_port, running_service, service_env

ARTIFACTS = ROOT / "test-artifacts"

AR_QUESTION = "ماذا قال مكتب نتنياهو عن الأقلية الدرزية؟"
EN_QUESTION = "What did the Syrian official say was impossible?"
MARKUP = "<img src=x onerror=alert(1)><b>bold</b>"

# Every element of the page and of the widget's shadow root, for "was markup created?" checks.
ALL_ELEMENTS = """(selector) => {
  const roots = [document, ...[...document.querySelectorAll('talks-chat')].map(e => e.shadowRoot)];
  return roots.flatMap(r => [...r.querySelectorAll(selector)]).length;
}"""


# --- browser and pages -------------------------------------------------------------------


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    yield from browser_page(browser, "en-US")


@pytest.fixture
def console(page: Page) -> list[str]:
    """Errors the page reports: script errors, and any Content-Security-Policy violation."""
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


class ThirdPartySite:
    """Static pages on another origin (a second loopback port), each embedding the widget."""

    def __init__(self, root: Path) -> None:
        self.root = root
        handler = partial(_QuietHandler, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.pages = 0

    def page(self, *, script_from: str, data_api: str | None = None, inline: bool = False) -> str:
        """A page in Arabic whose only widget code is the one embedding tag."""
        self.pages += 1
        attributes = f' data-api="{data_api}"' if data_api else ""
        attributes += ' data-mode="inline"' if inline else ""
        html = (
            '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            "<title>موقع شريك</title></head><body><h1>موقع شريك</h1>"
            '<p><a href="#top">رابط في الصفحة</a></p>'
            f'<script src="{script_from}/widget.js"{attributes}></script>'
            "<footer>تذييل</footer></body></html>"
        )
        name = f"page{self.pages}.html"
        (self.root / name).write_text(html, encoding="utf-8")
        return f"{self.origin}/{name}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def third_party(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThirdPartySite]:
    site = ThirdPartySite(tmp_path_factory.mktemp("third-party"))
    yield site
    site.close()


@pytest.fixture(scope="module")
def partner_service(
    built_index: Path, third_party: ThirdPartySite, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A second service that lets the third-party origin call it (on its own index copy:
    an embedded index is served by one process only)."""
    root = tmp_path_factory.mktemp("partner")
    shutil.copytree(built_index, root / "index", ignore=shutil.ignore_patterns("*.lock"))
    env = service_env(
        TALKSQA_INDEX_DIR=str(root / "index"),
        TALKSQA_CORS_ORIGINS=json.dumps([third_party.origin]),
    )
    with running_service(env, log=root / "server.log") as url:
        yield url


# --- helpers -------------------------------------------------------------------------------


def ask(page: Page, question: str) -> None:
    box = page.locator("talks-chat textarea")
    box.fill(question)
    box.press("Enter")


def finished_answer(page: Page) -> Locator:
    """The latest assistant message, once its stream has ended."""
    answer = page.locator('talks-chat [data-role="assistant"]').last
    expect(answer).to_have_attribute("data-state", "done")
    return answer


def api_answer(server: str, question: str) -> dict[str, Any]:
    reply = httpx.post(
        f"{server}/v1/chat", json={"messages": [{"role": "user", "content": question}]}, timeout=30
    )
    return reply.json()  # type: ignore[no-any-return]


def shadow_focus(page: Page) -> str:
    """What has the keyboard focus inside the widget, as 'tag.class'."""
    return page.evaluate(
        """() => {
             const host = document.activeElement;
             const el = host && host.shadowRoot && host.shadowRoot.activeElement;
             return el ? `${el.localName}.${el.className}` : String(host && host.localName);
           }"""
    )


def screenshot(target: Page | Locator, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    target.screenshot(path=ARTIFACTS / name)


# --- asking and reading answers ------------------------------------------------------------


@pytest.mark.slow
def test_arabic_question_streams_a_right_to_left_answer_with_citation_chips(
    page: Page, server: str, console: list[str]
) -> None:
    page.goto(server + "/")
    ask(page, AR_QUESTION)
    expect(page.locator('talks-chat [data-role="user"]')).to_have_attribute("dir", "rtl")
    answer = finished_answer(page)
    expect(answer).to_have_attribute("dir", "rtl")
    expect(answer).to_contain_text("الأقلية الدرزية")
    expected = api_answer(server, AR_QUESTION)
    chips = answer.locator("[data-citation]")
    expect(chips).to_have_count(len(expected["citations"]))
    assert "[1]" not in (answer.text_content() or "")  # every marker became a chip
    # The answer arrived as many appended text nodes, one or more per streamed word.
    text_nodes = answer.evaluate(
        "el => [...el.querySelectorAll('*')].flatMap(e => [...e.childNodes])"
        ".filter(n => n.nodeType === Node.TEXT_NODE).length"
    )
    assert text_nodes > len(expected["answer"].split()) / 2
    screenshot(page.locator("talks-chat"), "arabic-conversation.png")
    assert console == []


@pytest.mark.slow
def test_a_citation_chip_shows_the_quote_that_the_source_page_highlights(
    page: Page, server: str, console: list[str]
) -> None:
    page.goto(server + "/")
    ask(page, EN_QUESTION)
    expect(page.locator('talks-chat [data-role="user"]')).to_have_attribute("dir", "ltr")
    answer = finished_answer(page)
    expect(answer).to_have_attribute("dir", "ltr")
    expect(answer).to_contain_text("According to a Syrian official")
    citation = next(
        c for c in api_answer(server, EN_QUESTION)["citations"] if "المستحيل" in c["quote"]
    )
    [source] = httpx.get(f"{server}/v1/sources").json()["sources"]

    chip = answer.locator(f'[data-citation="{citation["n"]}"]')
    chip.click()
    panel = page.locator("talks-chat .cite")
    expect(panel).to_be_visible()
    assert panel.locator(".quote").text_content() == citation["quote"]
    expect(panel.locator(".speaker")).to_contain_text(citation["speaker_en"])  # English answer
    expect(panel.locator(".source")).to_have_text(source["title"])
    screenshot(page.locator("talks-chat"), "english-conversation.png")

    with page.context.expect_page() as opened:
        panel.get_by_role("link").click()
    source_page = opened.value
    mark = source_page.locator("article mark")
    expect(mark).to_have_count(1)
    assert mark.text_content() == panel.locator(".quote").text_content()
    expect(mark).to_be_in_viewport()
    expect(source_page.locator("article")).to_have_attribute("dir", "rtl")
    expect(source_page.locator("h1")).to_have_text(source["title"])
    screenshot(source_page, "source-page.png")

    # Escape closes the source panel and gives the focus back to the chip that opened it.
    page.bring_to_front()
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    assert shadow_focus(page) == "button.chip"
    assert console == []


@pytest.mark.slow
def test_an_abstention_says_so_and_offers_the_nearest_sources(
    page: Page, server: str, console: list[str]
) -> None:
    page.goto(server + "/")
    page.get_by_role("button", name="What did Iran say?").click()  # an example question
    answer = finished_answer(page)
    expect(answer).to_contain_text("The published statements do not mention Iran")
    nearest = api_answer(server, "What did Iran say?")["nearest"]
    chips = answer.locator("[data-nearest] [data-citation]")
    expect(chips).to_have_count(len(nearest))
    chips.first.click()
    panel = page.locator("talks-chat .cite")
    assert panel.locator(".quote").text_content() == nearest[0]["quote"]
    href = panel.get_by_role("link").get_attribute("href")
    assert href == (
        f"{server}/sources/{nearest[0]['source_id']}"
        f"?start={nearest[0]['start']}&end={nearest[0]['end']}"
        f"&version={nearest[0]['source_version']}&lang=en"  # the page speaks the answer's language
    )
    assert console == []


def sse(*events: tuple[str, dict[str, Any]]) -> str:
    return "".join(f"event: {name}\r\ndata: {json.dumps(data)}\r\n\r\n" for name, data in events)


@pytest.mark.slow
def test_markup_in_a_message_is_shown_as_text(page: Page, server: str, console: list[str]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    # The question is echoed as the user message.
    ask(page, MARKUP)
    user = page.locator('talks-chat [data-role="user"]')
    expect(user).to_have_text(MARKUP)
    assert user.text_content() == MARKUP
    finished_answer(page)
    # An answer, a quote and a speaker carrying markup: the real service never sends one, so
    # the browser serves this stream itself; the widget must still show it as text.
    citation = {
        "n": 1,
        "source_id": "paris-talks.ar",
        "statement_id": "s",
        "speaker": MARKUP,
        "speaker_en": MARKUP,
        "quote": MARKUP,
        "start": 0,
        "end": 5,
        "paragraph": 1,
        "chunk_id": "c",
        "score": 0.5,
    }
    stream = sse(
        (
            "meta",
            {
                "id": "x",
                "abstained": False,
                "language": "en",
                "citations": [citation],
                "nearest": [],
                "reason": None,
                "query": "q",
            },
        ),
        ("delta", {"text": f"According to {MARKUP}: “{MARKUP}” "}),
        ("delta", {"text": "[1]"}),
        ("done", {"id": "x", "answer": f"According to {MARKUP}: “{MARKUP}” [1]", "timings": {}}),
    )
    page.route(
        "**/v1/chat",
        lambda route: route.fulfill(status=200, content_type="text/event-stream", body=stream),
        times=1,
    )
    ask(page, "What did they say?")
    answer = finished_answer(page)
    expect(answer).to_contain_text(f"According to {MARKUP}: “{MARKUP}”")
    answer.locator('[data-citation="1"]').click()
    assert page.locator("talks-chat .cite .quote").text_content() == MARKUP
    expect(page.locator("talks-chat .cite .speaker")).to_contain_text(MARKUP)
    assert page.evaluate(ALL_ELEMENTS, "img, b") == 0
    assert dialogs == []
    assert console == []


@pytest.mark.slow
def test_history_is_sent_and_clear_starts_over(page: Page, server: str, console: list[str]) -> None:
    page.goto(server + "/")
    ask(page, AR_QUESTION)
    first = finished_answer(page)
    with page.expect_request(lambda r: r.url.endswith("/v1/chat")) as sent:
        ask(page, "وماذا قال المسؤول السوري؟")
    messages = sent.value.post_data_json["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user"]
    assert messages[0]["content"] == AR_QUESTION
    assert messages[1]["content"] == api_answer(server, AR_QUESTION)["answer"]
    assert first.text_content()  # shown while the follow-up runs
    expect(page.locator('talks-chat [data-role="assistant"]')).to_have_count(2)
    finished_answer(page)

    page.get_by_role("button", name="Clear conversation").click()
    expect(page.locator("talks-chat [data-role]")).to_have_count(0)
    assert shadow_focus(page) == "textarea."
    with page.expect_request(lambda r: r.url.endswith("/v1/chat")) as sent:
        ask(page, EN_QUESTION)
    assert len(sent.value.post_data_json["messages"]) == 1
    finished_answer(page)
    assert console == []


# --- errors, retry, stop -------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("status", "headers", "shown"),
    [
        (429, {"Retry-After": "7"}, "Please try again in 7 seconds"),
        (500, {}, "the service failed to answer"),
    ],
)
def test_rate_limits_and_server_errors_offer_a_retry(
    page: Page, server: str, status: int, headers: dict[str, str], shown: str
) -> None:
    # The service has no rate limit to trip and no failure to trigger on demand: the browser
    # answers this one request itself, and the retry goes to the real service.
    body = {
        "error": {
            "code": "rate_limited" if status == 429 else "internal_error",
            "message": "the service failed to answer; it was logged",
            "hint": None,
        }
    }
    page.route(
        "**/v1/chat",
        lambda route: route.fulfill(
            status=status, headers=headers, content_type="application/json", body=json.dumps(body)
        ),
        times=1,
    )
    page.goto(server + "/")
    ask(page, EN_QUESTION)
    error = page.locator("talks-chat [data-error]")
    expect(error).to_contain_text(shown)
    expect(page.locator('talks-chat [data-role="assistant"]')).to_have_count(0)
    error.get_by_role("button", name="Retry").click()
    expect(error).to_have_count(0)
    expect(finished_answer(page)).to_contain_text("According to a Syrian official")
    expect(page.locator('talks-chat [data-role="user"]')).to_have_count(1)


@pytest.mark.slow
def test_a_refused_question_shows_the_service_message_and_keeps_the_question(
    page: Page, server: str
) -> None:
    page.goto(server + "/")
    too_long = "x" * 2001
    ask(page, too_long)
    error = page.locator("talks-chat [data-error]")
    expect(error).to_contain_text("the question is too long: 2001 > 2000 characters")
    expect(error).to_contain_text("ask a shorter question")
    expect(error.get_by_role("button", name="Retry")).to_have_count(0)
    expect(page.locator("talks-chat textarea")).to_have_value(too_long)


@pytest.mark.slow
def test_a_service_that_is_down_shows_an_error_with_retry(
    page: Page, server: str, third_party: ThirdPartySite
) -> None:
    nothing_there = f"http://127.0.0.1:{free_port()}"
    page.goto(third_party.page(script_from=server, data_api=nothing_there))
    page.locator("talks-chat .bubble").click()
    ask(page, EN_QUESTION)
    error = page.locator("talks-chat [data-error]")
    expect(error).to_contain_text("تعذّر الوصول إلى الخدمة")  # the page is Arabic: so is the widget
    expect(error.get_by_role("button", name="إعادة المحاولة")).to_be_visible()


@pytest.mark.slow
def test_stop_aborts_the_answer_in_flight(page: Page, server: str, console: list[str]) -> None:
    held: list[Route] = []
    page.route("**/v1/chat", lambda route: held.append(route))  # hangs until stopped
    page.goto(server + "/")
    ask(page, EN_QUESTION)
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_be_visible()
    expect(page.get_by_role("button", name="Send")).to_be_hidden()
    for _ in range(200):  # in flight: the request has reached the network (slow on a busy CI)
        if held:
            break
        page.wait_for_timeout(25)
    stop.click()
    answer = page.locator('talks-chat [data-role="assistant"]')
    expect(answer).to_have_attribute("data-state", "stopped")
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    assert shadow_focus(page) == "textarea."  # the focus left the vanished Stop button
    assert len(held) == 1
    page.unroute_all(behavior="ignoreErrors")
    # The next question is answered normally, without the stopped one in its history.
    with page.expect_request(lambda r: r.url.endswith("/v1/chat")) as sent:
        ask(page, AR_QUESTION)
    assert len(sent.value.post_data_json["messages"]) == 1
    finished_answer(page)


# --- embedding on another origin, keyboard --------------------------------------------------


@pytest.mark.slow
def test_an_allowed_origin_embeds_the_bubble_and_chats_by_keyboard_only(
    page: Page, partner_service: str, third_party: ThirdPartySite, console: list[str]
) -> None:
    # One tag, no data-api: the widget calls the origin it was loaded from.
    page.goto(third_party.page(script_from=partner_service))
    bubble = page.locator("talks-chat .bubble")
    expect(bubble).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Tab")  # the page's own link
    page.keyboard.press("Tab")
    assert shadow_focus(page) == "button.bubble"
    page.keyboard.press("Enter")
    expect(page.locator("talks-chat [role=dialog]").first).to_be_visible()
    assert shadow_focus(page) == "textarea."

    page.keyboard.type("ماذا قال مكتب نتنياهو")
    page.keyboard.press("Shift+Enter")  # a new line, not a send
    page.keyboard.type("عن الأقلية الدرزية؟")
    expect(page.locator("talks-chat textarea")).to_have_value(
        "ماذا قال مكتب نتنياهو\nعن الأقلية الدرزية؟"
    )
    expect(page.locator('talks-chat [data-role="user"]')).to_have_count(0)
    page.keyboard.press("Enter")
    user = page.locator('talks-chat [data-role="user"]')
    expect(user).to_have_attribute("dir", "rtl")
    assert user.text_content() == "ماذا قال مكتب نتنياهو\nعن الأقلية الدرزية؟"
    answer = finished_answer(page)
    expect(answer).to_have_attribute("dir", "rtl")
    expect(answer).to_contain_text("الأقلية الدرزية")
    expect(answer.locator("[data-citation]").first).to_be_visible()
    screenshot(page, "arabic-bubble-on-another-origin.png")

    page.keyboard.press("Escape")
    expect(page.locator("talks-chat #panel")).to_be_hidden()
    expect(bubble).to_have_attribute("aria-expanded", "false")
    assert shadow_focus(page) == "button.bubble"
    assert console == []


@pytest.mark.slow
def test_an_origin_that_is_not_allowed_is_refused(
    page: Page, server: str, third_party: ThirdPartySite
) -> None:
    # The session service allows no other origin (TALKSQA_CORS_ORIGINS defaults to []).
    page.goto(third_party.page(script_from=server, data_api=server))
    page.locator("talks-chat .bubble").click()
    ask(page, EN_QUESTION)
    expect(page.locator("talks-chat [data-error]")).to_contain_text("تعذّر الوصول إلى الخدمة")
    expect(page.locator('talks-chat [data-role="assistant"]')).to_have_count(0)


@pytest.mark.slow
def test_one_tag_can_place_the_widget_inline(
    page: Page, partner_service: str, third_party: ThirdPartySite
) -> None:
    page.goto(third_party.page(script_from=partner_service, inline=True))
    chat = page.locator("talks-chat")
    expect(chat).to_have_attribute("inline", "")
    expect(chat.locator("[role=log]")).to_be_visible()
    expect(chat.locator(".bubble")).to_have_count(0)
    # Placed where the tag is: between the tag and the page's footer.
    assert page.evaluate("document.querySelector('script + talks-chat + footer') !== null")
    ask(page, EN_QUESTION)
    expect(finished_answer(page)).to_contain_text("According to a Syrian official")


# --- how the pages and the script are served -------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/sources/paris-talks.ar?start=1&end=5"])
def test_pages_send_a_strict_content_security_policy(server: str, path: str) -> None:
    reply = httpx.get(server + path)
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "text/html; charset=utf-8"
    assert reply.headers["x-content-type-options"] == "nosniff"
    policy = reply.headers["content-security-policy"]
    csp = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert csp["script-src"] == "'self'"
    assert csp["connect-src"] == "'self'"
    assert "unsafe-inline" not in policy
    assert "<script>" not in reply.text and " style=" not in reply.text  # nothing inline


def test_widget_script_is_small_javascript_with_a_short_cache(server: str) -> None:
    reply = httpx.get(server + "/widget.js")
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "application/javascript; charset=utf-8"
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["cache-control"] == "public, max-age=300"
    assert len(reply.content) < 30_000
    # Text nodes only: no way of parsing a string as markup appears in the script.
    assert not re.search(r"(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write", reply.text)


def test_pages_stay_out_of_the_api_schema_and_static_names_are_plain(server: str) -> None:
    paths = httpx.get(server + "/openapi.json").json()["paths"]
    assert not [p for p in paths if not p.startswith(("/v1/", "/healthz", "/readyz"))]
    assert httpx.get(server + "/static/demo.js").status_code == 200
    missing = httpx.get(server + "/static/nope.js")
    assert missing.status_code == 404
    assert missing.json() == {
        "error": {
            "code": "not_found",
            "message": "no static file 'nope.js'",
            "hint": "see the demo page at /",
        }
    }
    assert httpx.get(server + "/static/..%2Fapp.py").status_code == 404
