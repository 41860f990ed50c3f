"""/docs and /redoc render in a real Chromium with every request off the service's own address
refused: their scripts and styles come from the package, not a CDN."""

from __future__ import annotations

from urllib.parse import urlparse

from playwright.sync_api import Browser, Page, Route, expect


def _offline_page(browser: Browser, server: str) -> tuple[Page, list[tuple[str, str]]]:
    """A page whose requests reach the service only; the others are aborted and listed (resource
    type, URL)."""
    page = browser.new_context(locale="en-US").new_page()
    page.set_default_timeout(20_000)
    refused: list[tuple[str, str]] = []
    ours = urlparse(server).netloc

    def only_ours(route: Route) -> None:
        if urlparse(route.request.url).netloc == ours:
            route.continue_()
        else:
            refused.append((route.request.resource_type, route.request.url))
            route.abort("internetdisconnected")

    page.route("**/*", only_ours)
    return page, refused


def test_swagger_ui_renders_offline(browser: Browser, server: str) -> None:
    page, refused = _offline_page(browser, server)
    page.goto(server + "/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Talks Q&A")
    expect(page.locator(".opblock-summary-path", has_text="/v1/chat").first).to_be_visible()
    assert refused == []
    page.context.close()


def test_redoc_renders_offline(browser: Browser, server: str) -> None:
    page, refused = _offline_page(browser, server)
    page.goto(server + "/redoc")
    expect(page.locator("h1", has_text="Talks Q&A")).to_be_visible()
    expect(page.get_by_text("/v1/chat", exact=False).first).to_be_attached()
    # ReDoc's "API docs by Redocly" footer shows the vendor's logo from its site: a picture the
    # page does without (refused here, and the page rendered); nothing it runs on comes from off
    assert [url for kind, url in refused if kind != "image"] == []
    page.context.close()
