"""With API keys set: the service's own pages, and a third-party page whose backend hands the
widget a token, in a real Chromium against a real server; no header alone opens the API."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.conftest import running_service, service_env
from tests.test_widget import (  # noqa: F401  (fixtures, used by name)
    EN_QUESTION,
    ThirdPartySite,
    ask,
    console,
    finished_answer,
    page,
    third_party,
)

KEY = "site-backend-key-7"
ASK = {"messages": [{"role": "user", "content": EN_QUESTION}]}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def keyed(
    built_index: Path,
    third_party: ThirdPartySite,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    root = tmp_path_factory.mktemp("keyed")
    shutil.copytree(built_index, root / "index", ignore=shutil.ignore_patterns("*.lock"))
    env = service_env(
        TALKSQA_INDEX_DIR=str(root / "index"),
        TALKSQA_API_KEYS=json.dumps([KEY]),
        TALKSQA_CORS_ORIGINS=json.dumps([third_party.origin]),
    )
    with running_service(env, log=root / "server.log") as url:
        yield url


def test_with_keys_the_demo_page_and_the_source_viewer_work(
    page: Page,  # noqa: F811
    keyed: str,
    console: list[str],  # noqa: F811
) -> None:
    refused = httpx.post(f"{keyed}/v1/chat", json=ASK)
    assert refused.status_code == 401  # the keys are on: the pages work by their token
    [source] = httpx.get(f"{keyed}/v1/sources", headers={"Authorization": f"Bearer {KEY}"}).json()[
        "sources"
    ]

    page.goto(keyed + "/")
    ask(page, EN_QUESTION)
    answer = finished_answer(page)
    answer.locator("[data-citation]").first.click()
    panel = page.locator("talks-chat .cite")
    expect(panel.locator(".source")).to_have_text(source["title"])  # not the source id

    with page.context.expect_page() as opened:
        panel.get_by_role("link").click()
    viewer = opened.value
    expect(viewer.locator("article mark")).to_have_count(1)
    assert viewer.locator("article mark").text_content() == panel.locator(".quote").text_content()
    expect(viewer.locator("h1")).to_have_text(source["title"])
    expect(viewer.locator("#status")).to_be_hidden()
    assert console == []


def test_a_third_party_page_uses_the_token_its_backend_fetched(
    page: Page,  # noqa: F811
    keyed: str,
    third_party: ThirdPartySite,  # noqa: F811
) -> None:
    # The site's backend: it calls POST /v1/tokens with its key (here once, ahead of time)
    # and serves the token to its own pages.
    issued = httpx.post(f"{keyed}/v1/tokens", headers={"Authorization": f"Bearer {KEY}"})
    (third_party.root / "talks-token.json").write_text(issued.text, encoding="utf-8")
    for name, attribute in [
        ("with-token.html", ' data-token-url="/talks-token.json"'),
        ("without-token.html", ""),
    ]:
        (third_party.root / name).write_text(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>'
            f'</head><body><script src="{keyed}/widget.js" data-mode="inline"{attribute}>'
            "</script></body></html>",
            encoding="utf-8",
        )

    page.goto(f"{third_party.origin}/without-token.html")
    ask(page, EN_QUESTION)
    expect(page.locator("talks-chat [data-error]")).to_have_attribute("data-error", "unauthorized")
    expect(page.locator("talks-chat [data-error]")).to_contain_text("a valid API key is required")

    page.goto(f"{third_party.origin}/with-token.html")
    ask(page, EN_QUESTION)
    expect(finished_answer(page)).to_contain_text("According to a Syrian official")


def test_without_keys_the_pages_need_no_token(server: str) -> None:
    reply = httpx.get(f"{server}/page-token")
    assert reply.status_code == 204 and reply.content == b""
    assert reply.headers["cache-control"] == "no-store"
    issued = httpx.post(f"{server}/v1/tokens")  # any caller: a token works, and is not needed
    assert issued.status_code == 200 and issued.json()["expires_in"] == 900
    asked = httpx.get(f"{server}/v1/sources", headers={"Authorization": "Bearer made-up"})
    assert asked.status_code == 200  # without keys, no header is checked: the address counts
