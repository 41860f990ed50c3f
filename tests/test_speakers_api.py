"""Speakers across reports: canonical ids in citations and GET /v1/speakers, and one statement
carried by two reports cited once (real embedder, real Chroma, the real app)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from langchain_core.embeddings import Embeddings

from ingest.build import build_index
from ingest.embed import DEFAULT_EMBEDDER
from ingest.store import EmbeddedStore
from service.settings import Settings
from tests.conftest import running_service, service_env

REPORTS = {
    "ar-wire.txt": (
        "اجتمع وزيرا خارجية البلدين في جنيف يوم الأحد.\n\n"
        'وقال المتحدث باسم الخارجية النرويجية في بيان: "ستبدأ لجنة مشتركة لإدارة المياه '
        'عملها في الأول من آذار المقبل".\n\n'
        "من جهته، قال وزير الخارجية الأردني إن بلاده ترحب بأي اتفاق يحفظ حقوق الطرفين."
    ),
    "en-wire.md": (
        "# Ministers meet in Geneva\n\n"
        "The two foreign ministers met in Geneva on Sunday.\n\n"
        '"A joint water management committee will start work on March 1," the Norwegian '
        "foreign ministry spokesperson said in a statement.\n\n"
        "Separately, a Jordanian official told reporters that the talks had been useful."
    ),
}


@pytest.fixture(scope="module")
def client(
    tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings
) -> Iterator[httpx.Client]:
    root = tmp_path_factory.mktemp("speakers")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in REPORTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(
        [corpus],
        store=EmbeddedStore(root / "index"),
        embeddings=embeddings,
        embedder=DEFAULT_EMBEDDER,
        chunk_size=Settings().chunk_size,
    )
    env = service_env(TALKSQA_INDEX_DIR=str(root / "index"), TALKSQA_DATA_DIR=str(corpus))
    with (
        running_service(env, log=root / "server.log") as url,
        httpx.Client(base_url=url, timeout=30) as http,
    ):
        yield http


def test_speakers_endpoint_lists_one_speaker_across_reports(client: httpx.Client) -> None:
    speakers = client.get("/v1/speakers").json()["speakers"]
    by_source = {s["id"]: {st["source_id"] for st in s["statements"]} for s in speakers}
    shared = [sid for sid, sources in by_source.items() if sources == {"ar-wire", "en-wire"}]
    assert len(shared) == 1, by_source  # the Norwegian spokesperson, in both reports
    speaker = next(s for s in speakers if s["id"] == shared[0])
    assert speaker["label_en"] and not any("\u0600" <= ch <= "\u06ff" for ch in speaker["label_en"])
    sources = client.get("/v1/sources").json()["sources"]
    assert {s["language"] for s in sources} == {"ar", "en"}


def test_a_statement_in_two_reports_is_cited_once_in_the_question_language(
    client: httpx.Client,
) -> None:
    reply = client.post(
        "/v1/chat",
        json={
            "messages": [
                {
                    "role": "user",
                    "content": "What did the Norwegian spokesperson say about the water committee?",
                }
            ]
        },
    ).json()
    assert not reply["abstained"], (reply["reason"], reply["nearest"][:1])
    first = reply["citations"][0]
    assert first["source_id"] == "en-wire" and "March 1" in first["quote"]
    assert [a["source_id"] for a in first["also_in"]] == ["ar-wire"]
    assert first["speaker_id"] == first["also_in"][0]["speaker_id"]
    assert not any(c["source_id"] == "ar-wire" and "آذار" in c["quote"] for c in reply["citations"])
