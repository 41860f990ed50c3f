"""The LLM answerer behind its grounding guard, against scripted OpenAI-compatible replies."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from service.models import ChatRequest
from service.qa.engine import Engine
from service.qa.guard import GuardRejected, guard
from service.settings import Settings
from tests.fake_llm import Script, fake_llm_server


def test_guard_drops_uncited_sentences_and_renumbers() -> None:
    g = guard("First claim [3]. Uncited claim. Second claim [1][3].", passages=3)
    assert g.text == "First claim [1]. Second claim [2][1]."
    assert g.used == [3, 1] and g.kept == 2 and g.dropped == 1
    with pytest.raises(GuardRejected, match="9"):
        guard("Claim [9].", passages=3)
    assert guard("الجملة الأولى [1]؟ جملة بلا مصدر.", passages=1).kept == 1


@pytest.fixture(scope="module")
def llm() -> Iterator[tuple[str, Script]]:
    with fake_llm_server() as served:
        yield served


@pytest.fixture(scope="module")
def engine(llm, built_index, embeddings):  # type: ignore[no-untyped-def]
    url, _ = llm
    return Engine(
        Settings(index_dir=built_index, llm_base_url=url, llm_timeout=1.5), embeddings=embeddings
    )


QUESTION = {"messages": [{"role": "user", "content": "What did the Syrian official say?"}]}


def ask(engine: Engine, script: Script, mode: str, body: dict = QUESTION) -> object:  # type: ignore[type-arg]
    script.mode = mode
    return engine.chat(ChatRequest.model_validate(body))


def test_verified_answer_cites_given_passages(engine: Engine, llm) -> None:  # type: ignore[no-untyped-def]
    r = ask(engine, llm[1], "good")
    assert r.model == "talksqa-llm" and r.grounding == "verified"
    assert "[1]" in r.answer and r.citations
    text = engine.loaded().snapshot.documents["paris-talks.ar"].text
    assert all(text[c.start : c.end] == c.quote for c in r.citations)
    assert [c.n for c in r.citations] == list(range(1, len(r.citations) + 1))


def test_injected_uncited_claim_is_dropped(engine: Engine, llm) -> None:  # type: ignore[no-untyped-def]
    r = ask(engine, llm[1], "inject")
    assert r.grounding == "verified"
    assert "withdraw fully" not in r.answer


@pytest.mark.parametrize("mode", ["invented", "unmarked", "slow", "500"])
def test_bad_or_failed_llm_falls_back_to_quotes(engine: Engine, llm, mode: str) -> None:  # type: ignore[no-untyped-def]
    r = ask(engine, llm[1], mode)
    assert r.grounding == "fallback" and r.reason and "LLM answer not used" in r.reason
    assert r.answer.startswith("According to")  # the extractive frame
    assert "withdraw fully" not in r.answer


def test_llm_refusal_abstains(engine: Engine, llm) -> None:  # type: ignore[no-untyped-def]
    r = ask(engine, llm[1], "refuse")
    assert r.abstained and r.nearest and not r.citations


def test_unanswerable_never_reaches_the_llm(engine: Engine, llm) -> None:  # type: ignore[no-untyped-def]
    script = llm[1]
    before = script.calls
    r = ask(
        engine, script, "good", {"messages": [{"role": "user", "content": "What did Iran say?"}]}
    )
    assert r.abstained and script.calls == before


def test_extractive_model_can_still_be_chosen(engine: Engine, llm) -> None:  # type: ignore[no-untyped-def]
    r = ask(engine, llm[1], "good", {**QUESTION, "model": "talksqa-extractive"})
    assert r.model == "talksqa-extractive" and r.grounding == "extractive"
    assert engine.models() == ["talksqa-llm", "talksqa-extractive"]
