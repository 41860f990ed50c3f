"""OpenAI-compatible API and streaming, through the official clients, against a real uvicorn."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

QUESTION = "What did the Syrian official say was impossible?"


def test_openai_client_plain_and_streaming(server: str) -> None:
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(base_url=server + "/v1", api_key="unused")
    assert [m.id for m in client.models.list()] == ["talksqa-extractive"]

    completion = client.chat.completions.create(
        model="talksqa-extractive", messages=[{"role": "user", "content": QUESTION}]
    )
    content = completion.choices[0].message.content
    citations = completion.model_extra["citations"]
    assert "[1]" in content and citations
    assert any("المستحيل" in c["quote"] for c in citations)

    stream = client.chat.completions.create(
        model="talksqa-extractive",
        messages=[{"role": "system", "content": "be brief"}, {"role": "user", "content": QUESTION}],
        stream=True,
    )
    chunks = list(stream)
    assert len({c.id for c in chunks}) == 1
    assert chunks[0].model_extra["citations"] == citations  # citations ride the first chunk
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == content
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_langchain_chat_openai_plain_and_streaming(server: str) -> None:
    langchain_openai = pytest.importorskip("langchain_openai")
    model = langchain_openai.ChatOpenAI(
        base_url=server + "/v1", api_key="unused", model="talksqa-extractive"
    )
    answer = model.invoke(QUESTION)
    assert "[1]" in answer.content
    streamed = "".join(str(part.content) for part in model.stream(QUESTION))
    assert streamed == answer.content


def test_completions_follow_the_standard_shape(server: str) -> None:
    body = httpx.post(
        server + "/v1/chat/completions",
        json={
            "model": "talksqa-extractive",
            "messages": [{"role": "user", "content": [{"type": "text", "text": QUESTION}]}],
            "max_tokens": 5,
            "temperature": 0.2,
            "tools": [],
            "user": "bot-7",
        },
    ).json()
    assert body["object"] == "chat.completion" and body["id"].startswith("chatcmpl-")
    assert body["choices"][0]["finish_reason"] == "length"
    assert len(body["choices"][0]["message"]["content"].split()) == 5
    assert body["usage"]["completion_tokens"] == 5 and body["grounding"] == "extractive"
    bad = httpx.post(server + "/v1/chat/completions", json={"messages": []})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"
    # A boolean temperature is refused, not read as 0 (found by schemathesis in CI).
    not_a_number = httpx.post(
        server + "/v1/chat/completions",
        json={"messages": [{"role": "user", "content": QUESTION}], "temperature": False},
    )
    assert not_a_number.status_code == 422
    assert not_a_number.json()["error"]["message"].startswith("temperature: ")


def _sse(text: str) -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    events = []
    for block in text.replace("\r\n", "\n").strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        events.append((fields.get("event", "message"), json.loads(fields["data"])))
    return events


def test_chat_stream_events(server: str) -> None:
    with httpx.stream(
        "POST",
        server + "/v1/chat",
        json={"stream": True, "messages": [{"role": "user", "content": QUESTION}]},
    ) as reply:
        assert reply.headers["content-type"].startswith("text/event-stream")
        events = _sse(reply.read().decode("utf-8"))
    names = [name for name, _ in events]
    assert names[0] == "meta" and names[-1] == "done" and set(names[1:-1]) == {"delta"}
    meta, done = events[0][1], events[-1][1]
    assert meta["citations"] and meta["id"] == done["id"]
    text = "".join(data["text"] for name, data in events if name == "delta")
    assert text == done["answer"]
    for name, data in events:  # whole words: no delta splits a [n] marker or a word
        if name == "delta":
            assert data["text"].strip() and " " not in data["text"].strip()


def test_stream_errors_before_streaming_are_plain_json(server: str) -> None:
    reply = httpx.post(server + "/v1/chat", json={"stream": True, "messages": []})
    assert reply.status_code == 422 and reply.json()["error"]["code"] == "invalid_request"


def test_openai_parameters_are_honoured_or_refused_by_name(server: str) -> None:
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(base_url=server + "/v1", api_key="unused", max_retries=0)
    messages = [{"role": "user", "content": QUESTION}]

    plain = client.chat.completions.create(model="talksqa-extractive", messages=messages)
    assert plain.usage is not None and plain.usage.completion_tokens > 0
    assert plain.usage.total_tokens == plain.usage.prompt_tokens + plain.usage.completion_tokens

    # stop: the answer ends before the first stop sequence it contains
    full = plain.choices[0].message.content
    stop_at = full.index("[1]")
    stopped = client.chat.completions.create(
        model="talksqa-extractive", messages=messages, stop=["[1]"]
    )
    assert stopped.choices[0].message.content == full[:stop_at].rstrip()
    assert stopped.choices[0].finish_reason == "stop"

    # usage in a final streamed chunk, when asked
    chunks = list(
        client.chat.completions.create(
            model="talksqa-extractive",
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens > 0
    assert all(c.usage is None for c in chunks[:-1])

    for extra, param in [
        ({"n": 3}, "n"),
        ({"response_format": {"type": "json_object"}}, "response_format"),
        ({"logprobs": True}, "logprobs"),
    ]:
        with pytest.raises(openai.BadRequestError) as refused:
            client.chat.completions.create(model="talksqa-extractive", messages=messages, **extra)
        error = refused.value.body
        assert refused.value.status_code == 400
        assert error["param"] == param and error["code"] == "unsupported_parameter"
        assert error["type"] == "invalid_request_error"


def test_langchain_stream_usage(server: str) -> None:
    langchain_openai = pytest.importorskip("langchain_openai")
    model = langchain_openai.ChatOpenAI(
        base_url=server + "/v1", api_key="unused", model="talksqa-extractive", stream_usage=True
    )
    total = None
    for part in model.stream(QUESTION):
        total = part if total is None else total + part
    assert total is not None and total.usage_metadata is not None
    assert total.usage_metadata["output_tokens"] > 0


UNANSWERABLE = "What did Iran say?"


def test_an_abstention_keeps_citations_empty_and_nearest_apart(server: str) -> None:
    """As on /v1/chat: an abstention cites nothing, and the closest passages are `nearest`, so
    a client that counts citations does not mistake them for an answer's sources."""
    messages = [{"role": "user", "content": UNANSWERABLE}]
    chat = httpx.post(server + "/v1/chat", json={"messages": messages}).json()
    assert chat["abstained"] is True and chat["citations"] == [] and chat["nearest"]

    body = httpx.post(
        server + "/v1/chat/completions", json={"model": "talksqa-extractive", "messages": messages}
    ).json()
    assert body["abstained"] is True
    assert body["citations"] == [] and body["nearest"] == chat["nearest"]
    assert body["choices"][0]["message"]["content"] == chat["answer"]

    with httpx.stream(
        "POST", server + "/v1/chat/completions", json={"messages": messages, "stream": True}
    ) as reply:
        text = reply.read().decode("utf-8").replace("\r\n", "\n")
    assert text.rstrip().endswith("data: [DONE]")
    first = json.loads(text.split("\n\n")[0].split("data: ", 1)[1])
    assert first["object"] == "chat.completion.chunk"
    assert first["citations"] == [] and first["nearest"] == chat["nearest"]

    answered = httpx.post(
        server + "/v1/chat/completions", json={"messages": [{"role": "user", "content": QUESTION}]}
    ).json()
    assert answered["abstained"] is False and answered["citations"]
    assert answered["nearest"] == []


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/chat"])
def test_an_unknown_model_is_openais_404_model_not_found(server: str, path: str) -> None:
    reply = httpx.post(
        server + path,
        json={"model": "gpt-4o", "messages": [{"role": "user", "content": QUESTION}]},
    )
    assert reply.status_code == 404
    assert reply.headers["x-error-code"] == "model_not_found"
    assert reply.json() == {
        "error": {
            "code": "model_not_found",
            "message": "the model 'gpt-4o' does not exist on this service",
            "hint": "use one of: talksqa-extractive (GET /v1/models)",
            "param": "model",
            "type": "invalid_request_error",
        }
    }
    # the LLM answerer is a known name, but not offered by a service without an LLM
    unconfigured = httpx.post(
        server + path,
        json={"model": "talksqa-llm", "messages": [{"role": "user", "content": QUESTION}]},
    )
    assert unconfigured.status_code == 404
    assert unconfigured.json()["error"]["code"] == "model_not_found"


def test_the_openai_client_sees_model_not_found(server: str) -> None:
    openai = pytest.importorskip("openai")
    client = openai.OpenAI(base_url=server + "/v1", api_key="unused", max_retries=0)
    known = [m.id for m in client.models.list()]
    with pytest.raises(openai.NotFoundError) as refused:
        client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": QUESTION}]
        )
    assert refused.value.code == "model_not_found" and refused.value.param == "model"
    for model in known:  # every listed id is served
        done = client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": QUESTION}]
        )
        assert done.model == model


def test_citations_are_url_citation_annotations_the_openai_client_parses(server: str) -> None:
    """promptfoo, the SDKs and LangChain keep `message.annotations` and drop unknown fields:
    each [n] marker is a url_citation there, pointing at the source viewer with the span."""
    openai = pytest.importorskip("openai")
    from openai.types.chat.chat_completion_message import Annotation, AnnotationURLCitation

    client = openai.OpenAI(base_url=server + "/v1", api_key="unused", max_retries=0)
    messages = [{"role": "user", "content": QUESTION}]
    titles = {
        s["source_id"]: s["title"] for s in httpx.get(server + "/v1/sources").json()["sources"]
    }

    completion = client.chat.completions.create(model="talksqa-extractive", messages=messages)
    message = completion.choices[0].message
    citations = {c["n"]: c for c in completion.model_extra["citations"]}
    annotations = message.annotations
    assert annotations and all(isinstance(a, Annotation) for a in annotations)
    assert all(isinstance(a.url_citation, AnnotationURLCitation) for a in annotations)
    seen = set()
    for a in annotations:
        marker = message.content[a.url_citation.start_index : a.url_citation.end_index]
        n = int(marker.strip("[]"))
        assert marker == f"[{n}]" and n in citations
        seen.add(n)
        cited = citations[n]
        assert a.url_citation.title == titles[cited["source_id"]]
        assert a.url_citation.url == (
            f"{server}/sources/{cited['source_id']}?start={cited['start']}&end={cited['end']}"
        )
        assert httpx.get(a.url_citation.url).status_code == 200  # the viewer page is there
        source = httpx.get(f"{server}/v1/sources/{cited['source_id']}").json()
        assert source["text"][cited["start"] : cited["end"]] == cited["quote"]
    assert seen == set(citations)  # every citation is annotated, nothing else is

    # Streamed: the annotations come in a delta after the content they index; the SDK's
    # stream helper accumulates them into the final message, parsed as on a plain response.
    with client.chat.completions.stream(model="talksqa-extractive", messages=messages) as stream:
        final = stream.get_final_completion()
    streamed = final.choices[0].message
    assert streamed.content == message.content
    assert [a.model_dump() for a in streamed.annotations or []] == [
        a.model_dump() for a in annotations
    ]

    # A marker cut off by `stop` is not annotated; an abstention has no annotations.
    stopped = client.chat.completions.create(
        model="talksqa-extractive", messages=messages, stop=["[1]"]
    )
    assert stopped.choices[0].message.annotations == []
    abstained = client.chat.completions.create(
        model="talksqa-extractive", messages=[{"role": "user", "content": UNANSWERABLE}]
    )
    assert abstained.model_extra["abstained"] is True
    assert abstained.choices[0].message.annotations == []


def test_raw_stream_sends_annotations_once_after_the_content(server: str) -> None:
    with httpx.stream(
        "POST",
        server + "/v1/chat/completions",
        json={"messages": [{"role": "user", "content": QUESTION}], "stream": True},
    ) as reply:
        text = reply.read().decode("utf-8").replace("\r\n", "\n")
    chunks = [
        json.loads(block.split("data: ", 1)[1])
        for block in text.strip().split("\n\n")
        if not block.endswith("[DONE]")
    ]
    deltas = [c["choices"][0]["delta"] for c in chunks]
    carrying = [i for i, d in enumerate(deltas) if "annotations" in d]
    assert len(carrying) == 1
    content = "".join(d.get("content") or "" for d in deltas)
    assert all(not d.get("content") for d in deltas[carrying[0] :])  # all content came before
    for a in deltas[carrying[0]]["annotations"]:
        assert a["type"] == "url_citation"
        span = a["url_citation"]
        assert content[span["start_index"] : span["end_index"]].startswith("[")


def test_include_retrieved_gives_each_passage_its_text(server: str) -> None:
    """RAG metrics need contexts: each retrieved passage carries its text, exactly the source's
    text[start:end], on /v1/chat and, as an extension field, on /v1/chat/completions."""
    openai = pytest.importorskip("openai")
    messages = [{"role": "user", "content": QUESTION}]
    chat = httpx.post(
        server + "/v1/chat", json={"messages": messages, "include_retrieved": True}
    ).json()
    retrieved = chat["retrieved"]
    source = httpx.get(server + "/v1/sources/paris-talks.ar").json()["text"]
    assert len(retrieved) == 5 and [r["rank"] for r in retrieved] == [1, 2, 3, 4, 5]
    for r in retrieved:
        assert r["source_id"] == "paris-talks.ar"
        assert r["text"] and r["text"] == source[r["start"] : r["end"]]

    client = openai.OpenAI(base_url=server + "/v1", api_key="unused", max_retries=0)
    completion = client.chat.completions.create(
        model="talksqa-extractive", messages=messages, extra_body={"include_retrieved": True}
    )
    assert completion.model_extra["retrieved"] == retrieved
    plain = client.chat.completions.create(model="talksqa-extractive", messages=messages)
    assert plain.model_extra["retrieved"] is None  # only when asked

    first = next(
        iter(
            client.chat.completions.create(
                model="talksqa-extractive",
                messages=messages,
                stream=True,
                extra_body={"include_retrieved": True},
            )
        )
    )
    assert first.model_extra["retrieved"] == retrieved  # beside the citations, first chunk

    refused = httpx.post(
        server + "/v1/chat/completions", json={"messages": messages, "include_retrieved": "yes"}
    )
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "invalid_request"


def test_llm_answers_are_annotated_by_their_renumbered_markers(
    index_copy: Path, tmp_path: Path
) -> None:
    """The LLM answerer's guard renumbers the markers it keeps: each annotation must still sit
    on a marker of the final content and point at that marker's citation. (A copy of the index:
    the session server holds the embedded one.)"""
    openai = pytest.importorskip("openai")
    pytest.importorskip("langchain_openai")
    from tests.conftest import running_service, service_env
    from tests.fake_llm import fake_llm_server

    with fake_llm_server() as (llm_url, script):
        script.mode = "inject"  # an uncited sentence is dropped, the cited ones stay
        env = service_env(TALKSQA_INDEX_DIR=str(index_copy), TALKSQA_LLM_BASE_URL=llm_url)
        with running_service(env, log=tmp_path / "server.log") as url:
            client = openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0)
            reply = client.chat.completions.create(
                model="talksqa-llm", messages=[{"role": "user", "content": QUESTION}]
            )
    assert reply.model_extra["grounding"] == "verified"
    message = reply.choices[0].message
    citations = {c["n"]: c for c in reply.model_extra["citations"]}
    assert "withdraw" not in message.content and len(citations) == 2
    markers = [m.group(0) for m in re.finditer(r"\[\d+\]", message.content)]
    spans = [(a.url_citation.start_index, a.url_citation.end_index) for a in message.annotations]
    assert [message.content[s:e] for s, e in spans] == markers == ["[1]", "[2]"]
    for a, marker in zip(message.annotations, markers, strict=True):
        cited = citations[int(marker.strip("[]"))]
        assert a.url_citation.url.endswith(
            f"/sources/{cited['source_id']}?start={cited['start']}&end={cited['end']}"
        )
