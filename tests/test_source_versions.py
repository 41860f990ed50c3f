"""Stale citations: a client keeps a citation, the document changes (a line added at the top)
and is re-ingested. The citation's source_version still reads the text it quoted while a
retained index generation holds it, and is a 410 after; the source viewer, in a real Chromium,
marks the quote in the cited version or says that version is gone instead of marking other
words. A real server on loopback; the re-ingests are real ingests into its index."""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langchain_core.embeddings import Embeddings
from playwright.sync_api import Page, expect

from ingest.build import build_index
from ingest.embed import DEFAULT_EMBEDDER
from ingest.store import KEEP_GENERATIONS, EmbeddedStore
from service.settings import Settings
from tests.conftest import CORPUS, running_service, service_env
from tests.test_widget import EN_QUESTION, page  # noqa: F401  (fixtures, used by name)

pytestmark = pytest.mark.slow

SOURCE = "paris-talks.ar"


class Corpus:
    """A private copy of the corpus, its index, and a server on them."""

    def __init__(self, root: Path, embeddings: Embeddings) -> None:
        self.dir = root / "corpus"
        shutil.copytree(CORPUS, self.dir)
        self.report = self.dir / f"{SOURCE}.txt"
        self.store = EmbeddedStore(root / "index")
        self.embeddings = embeddings
        self.url = ""

    def ingest(self) -> None:
        time.sleep(1.1)  # generation names sort by their second: one ingest per second
        build_index(
            [self.dir],
            store=self.store,
            embeddings=self.embeddings,
            embedder=DEFAULT_EMBEDDER,
            chunk_size=Settings().chunk_size,
        )

    def change(self, line: str) -> None:
        """A line added at the top, re-ingested, and served."""
        self.report.write_text(line + "\n\n" + self.report.read_text("utf-8"), encoding="utf-8")
        self.ingest()
        current = self.store.current()
        deadline = time.monotonic() + 30
        while httpx.get(self.url + "/readyz").json().get("generation") != current:
            assert time.monotonic() < deadline, "the service did not pick up the new index"
            time.sleep(0.1)


@pytest.fixture(scope="module")
def corpus(embeddings: Embeddings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    root = tmp_path_factory.mktemp("versions")
    corpus = Corpus(root, embeddings)
    corpus.ingest()
    env = service_env(TALKSQA_INDEX_DIR=str(root / "index"), TALKSQA_REFRESH_SECONDS="0.1")
    with running_service(env, log=root / "server.log") as url:
        corpus.url = url
        yield corpus


def cited(url: str) -> dict[str, Any]:
    reply = httpx.post(
        f"{url}/v1/chat", json={"messages": [{"role": "user", "content": EN_QUESTION}]}, timeout=30
    )
    return next(c for c in reply.json()["citations"] if "المستحيل" in c["quote"])


def viewer_link(url: str, citation: dict[str, Any]) -> str:
    return (
        f"{url}/sources/{citation['source_id']}?start={citation['start']}&end={citation['end']}"
        f"&version={citation['source_version']}"
    )


def test_citations_and_sources_name_the_version_of_the_text(corpus: Corpus) -> None:
    citation = cited(corpus.url)
    source = httpx.get(f"{corpus.url}/v1/sources/{SOURCE}").json()
    assert source["version"] == hashlib.sha256(source["text"].encode("utf-8")).hexdigest()
    assert citation["source_version"] == source["version"] and source["current"] is True
    assert source["text"][citation["start"] : citation["end"]] == citation["quote"]
    [summary] = httpx.get(f"{corpus.url}/v1/sources").json()["sources"]
    assert summary["version"] == source["version"]
    same = httpx.get(f"{corpus.url}/v1/sources/{SOURCE}", params={"version": source["version"]})
    assert same.json() == source

    malformed = httpx.get(f"{corpus.url}/v1/sources/{SOURCE}", params={"version": "abc"})
    assert malformed.status_code == 422
    assert malformed.json() == {
        "error": {
            "code": "invalid_request",
            "message": "query.version: String should match pattern '^[0-9a-f]{64}$'",
            "hint": "see the API schema at /docs",
        }
    }


def test_a_stale_citation_reads_its_version_while_kept_then_is_gone(
    corpus: Corpus,
    page: Page,  # noqa: F811
) -> None:
    old = cited(corpus.url)
    corpus.change("تحديث: أضيفت هذه الفقرة بعد النشر.")
    now = httpx.get(f"{corpus.url}/v1/sources/{SOURCE}").json()
    assert now["version"] != old["source_version"]
    assert now["text"][old["start"] : old["end"]] != old["quote"]  # the offsets moved
    assert cited(corpus.url)["source_version"] == now["version"]

    kept = httpx.get(f"{corpus.url}/v1/sources/{SOURCE}", params={"version": old["source_version"]})
    assert kept.status_code == 200
    body = kept.json()
    assert body["current"] is False and body["version"] == old["source_version"]
    assert body["text"][old["start"] : old["end"]] == old["quote"]

    page.goto(viewer_link(corpus.url, old))
    expect(page.locator("article mark")).to_have_count(1)
    assert page.locator("article mark").text_content() == old["quote"]
    expect(page.locator("#about")).to_contain_text("the document has changed since")

    # Further changes push the cited generation out of the retained ones.
    for n in range(KEEP_GENERATIONS - 1):
        corpus.change(f"تحديث رقم {n + 2}.")
    gone = httpx.get(f"{corpus.url}/v1/sources/{SOURCE}", params={"version": old["source_version"]})
    assert gone.status_code == 410
    assert gone.json() == {
        "error": {
            "code": "source_version_gone",
            "message": f"version {old['source_version'][:12]}… of source '{SOURCE}' is no "
            "longer kept: the source has changed since it was cited",
            "hint": f"read the current text at GET /v1/sources/{SOURCE}",
        }
    }
    unknown = httpx.get(
        f"{corpus.url}/v1/sources/no-such-report", params={"version": old["source_version"]}
    )
    assert unknown.status_code == 410
    assert unknown.json()["error"]["hint"] == "list sources at GET /v1/sources"

    page.goto(viewer_link(corpus.url, old))
    status = page.locator("#status")
    expect(status).to_have_attribute("data-state", "version-gone")
    expect(status).to_contain_text("quoted from an earlier version of the document")
    expect(page.locator("article")).to_be_visible()
    expect(page.locator("article mark")).to_have_count(0)  # no other words are marked
    expect(page.locator("article")).to_contain_text("تحديث رقم")  # the current text
