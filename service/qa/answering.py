"""Answering a chat request: retrieval, the extractive answerer, and the optional LLM whose
answer is kept only when the guard verifies it against the passages; recent answers cached."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import threading
import time
from collections.abc import Coroutine
from typing import Any

import anyio
import anyio.to_thread
import numpy as np
from fastapi.concurrency import run_in_threadpool
from langchain_core.embeddings import Embeddings

from service.models import ChatRequest, ChatResponse, Citation, Retrieved, Timings
from service.qa.answer import Draft, citation_for
from service.qa.cache import AnswerCache, cache_key, from_cache
from service.qa.conversation import retrieval_queries
from service.qa.guard import GuardRejected, guard
from service.qa.index import LiveIndex, Loaded
from service.qa.llm import NOT_IN_STATEMENTS, LLMAnswerer, LLMFailure
from service.qa.retrieve import Retrieval
from service.qa.validate import EXTRACTIVE, LLM, RequestValidator
from service.settings import Settings

log = logging.getLogger(__name__)


class Answering:
    """Orchestrates one request's way: validate, retrieve, answer (extractive or LLM)."""

    def __init__(
        self,
        settings: Settings,
        *,
        index: LiveIndex,
        requests: RequestValidator,
        embeddings: Embeddings,
        llm: LLMAnswerer | None,
    ) -> None:
        self.settings = settings
        self.index = index
        self.requests = requests
        self.embeddings = embeddings
        self.llm = llm
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        # Answers in flight: enough that questions queue at the encoder and share its calls
        # (micro-batching), few enough that the event loop still gets the GIL. Measured on 2
        # cores: 4 gave 131 answers/s at concurrency 32; 32 gave ~185/s but starved the loop
        # until keep-alive connections were reset under load (tests/test_load.py); 4 per core
        # gives ~152-171/s with no resets. Recent answers are kept (same request, same index
        # generation, same answer).
        self._limiter = anyio.CapacityLimiter(4 * (os.cpu_count() or 1))
        self.cache = AnswerCache()

    def _sync_loop(self) -> asyncio.AbstractEventLoop:
        """One long-lived loop for synchronous callers (CLI, evaluation): the LLM client's
        connections belong to the loop that opened them, so a loop per call would break them."""
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(
                    target=self._loop.run_forever, daemon=True, name="talksqa-llm-loop"
                ).start()
            return self._loop

    async def check(self, request: ChatRequest) -> None:
        """Refuse now what answering would refuse first (a bad request, no index)."""
        self.requests.prepare(request)
        await run_in_threadpool(self.index.loaded)

    def chat(self, request: ChatRequest) -> ChatResponse:
        """Answer synchronously (the extractive path; an LLM request runs its own loop)."""
        if self.requests.model(request) == LLM:
            return asyncio.run_coroutine_threadsafe(self.achat(request), self._sync_loop()).result()
        started = time.perf_counter()
        p = self.requests.prepare(request)
        loaded = self.index.loaded()
        queries = retrieval_queries(p.messages)
        retrieval = self.index.search(loaded, queries, k=p.top_k)
        answer_started = time.perf_counter()
        draft = loaded.answerer.answer(
            question=p.question, language=p.language, hits=retrieval.hits
        )
        return _response(
            request,
            draft,
            language=p.language,
            query=queries[-1],
            retrieval=retrieval,
            model=EXTRACTIVE,
            grounding="extractive",
            started=started,
            answer_started=answer_started,
        )

    async def achat(self, request: ChatRequest) -> ChatResponse:
        """Answer without blocking the event loop; cancelling it stops the work."""
        if self.requests.model(request) == EXTRACTIVE:
            started = time.perf_counter()
            key = cache_key(request)
            fresh = self.index.fresh()
            cached = self.cache.get(self.index.version, key) if key and fresh else None
            if cached is not None:  # a widget's example buttons: no thread hop, no search
                return from_cache(cached, started=started)
            response = await anyio.to_thread.run_sync(self.chat, request, limiter=self._limiter)
            if key:
                self.cache.put(self.index.version, key, response)
            return response
        first, final = await self.astart(request)
        return first if final is None else await final

    async def astart(
        self, request: ChatRequest
    ) -> tuple[ChatResponse, Coroutine[Any, Any, ChatResponse] | None]:
        """What is known before the LLM is called, and the LLM's part still to run.

        The first response's citations are the passages the LLM will be given (numbered as it
        sees them), so a stream can show them at once; the second, awaited, is the answer.
        When nothing is left for the LLM (extractive model, retrieval abstained), it is None.
        """
        if self.requests.model(request) == EXTRACTIVE:
            return await self.achat(request), None
        assert self.llm is not None
        started = time.perf_counter()
        p = self.requests.prepare(request)
        question, language = p.question, p.language
        loaded = await run_in_threadpool(self.index.loaded)
        queries = retrieval_queries(p.messages)
        if len(queries) > 1:  # a follow-up: let the LLM write the standalone question
            with contextlib.suppress(LLMFailure, TimeoutError):
                condensed = await asyncio.wait_for(
                    self.llm.condense(p.messages), self.settings.llm_timeout
                )
                if condensed:
                    queries = [question, condensed]
        k = max(p.top_k, self.settings.llm_passages)
        retrieval = await run_in_threadpool(self.index.search, loaded, queries, k=k)
        answer_started = time.perf_counter()
        extractive = loaded.answerer.answer(
            question=question, language=language, hits=retrieval.hits
        )
        respond = functools.partial(
            _response,
            request,
            language=language,
            query=queries[-1],
            retrieval=retrieval,
            model=LLM,
            started=started,
            answer_started=answer_started,
        )
        if extractive.abstained:  # the LLM never gets to answer what retrieval rejected
            return respond(extractive, grounding="extractive"), None
        passages = retrieval.hits[: self.settings.llm_passages]
        quotes = [citation_for(h, n, loaded.snapshot) for n, h in enumerate(passages, 1)]

        async def finish() -> ChatResponse:
            draft, grounding = await self._llm_draft(loaded, question, language, quotes, extractive)
            return respond(draft, grounding=grounding)

        given = Draft("", False, citations=quotes)
        return respond(given, grounding="verified"), finish()

    async def _llm_draft(
        self,
        loaded: Loaded,
        question: str,
        language: str,
        quotes: list[Citation],
        extractive: Draft,
    ) -> tuple[Draft, str]:
        """The LLM's answer if the guard verifies it, else the extractive one ("fallback")."""
        assert self.llm is not None
        text = "\n".join(f"[{c.n}] ({c.speaker_en} / {c.speaker}): {c.quote}" for c in quotes)
        try:
            reply = await asyncio.wait_for(
                self.llm.answer(question=question, language=language, passages=text),
                self.settings.llm_timeout,
            )
            if NOT_IN_STATEMENTS in reply:
                frames = loaded.answerer.frames[language]
                return Draft(
                    f"{frames.abstain} {frames.nearest_intro}",
                    True,
                    nearest=quotes[:3],
                    reason="the LLM found no answer in the passages",
                ), "verified"
            vectors = await run_in_threadpool(
                self.embeddings.embed_documents, [c.quote for c in quotes]
            )
            guarded = guard(
                reply,
                passages=len(quotes),
                support=lambda body, cited: _support(self.embeddings, body, cited, vectors),
                min_support=self.settings.llm_min_support,
            )
        except (LLMFailure, GuardRejected, TimeoutError) as exc:
            log.warning("LLM answer rejected, falling back: %s", exc)
            return _with_reason(extractive, f"LLM answer not used: {exc}"), "fallback"
        if guarded.kept == 0 or guarded.kept_share < self.settings.llm_min_kept:
            log.warning(
                "LLM answer mostly uncited (%.0f%% kept), falling back", guarded.kept_share * 100
            )
            return _with_reason(
                extractive, "LLM answer not used: too few cited sentences"
            ), "fallback"
        citations = [
            quotes[old - 1].model_copy(update={"n": new}) for new, old in enumerate(guarded.used, 1)
        ]
        return Draft(guarded.text, False, citations=citations), "verified"


def _response(
    request: ChatRequest,
    draft: Draft,
    *,
    language: str,
    query: str,
    retrieval: Retrieval,
    model: str,
    grounding: str,
    started: float,
    answer_started: float,
) -> ChatResponse:
    done = time.perf_counter()
    return ChatResponse(
        answer=draft.answer,
        abstained=draft.abstained,
        language=language,  # type: ignore[arg-type]
        citations=draft.citations,
        nearest=draft.nearest,
        reason=draft.reason,
        query=query,
        model=model,
        grounding=grounding,  # type: ignore[arg-type]
        timings=Timings(
            embed_ms=round(retrieval.embed_ms, 3),
            search_ms=round(retrieval.search_ms, 3),
            answer_ms=round((done - answer_started) * 1000, 3),
            total_ms=round((done - started) * 1000, 3),
        ),
        retrieved=[
            Retrieved(
                rank=rank,
                chunk_id=h.chunk_id,
                source_id=h.chunk.doc_id,
                start=h.chunk.start,
                end=h.chunk.end,
                text=h.chunk.text,
                similarity=round(h.similarity, 4),
                score=round(h.score, 6),
            )
            for rank, h in enumerate(retrieval.hits, 1)
        ]
        if request.include_retrieved
        else None,
    )


def _with_reason(draft: Draft, reason: str) -> Draft:
    return Draft(draft.answer, draft.abstained, draft.citations, draft.nearest, reason)


def _support(
    embeddings: Embeddings, sentence: str, cited: list[int], vectors: list[list[float]]
) -> float:
    """Cosine similarity of a sentence to the closest passage it cites (vectors are unit)."""
    v = np.asarray(embeddings.embed_query(sentence), dtype=np.float32)
    v /= np.linalg.norm(v) or 1.0
    return max(float(np.dot(v, np.asarray(vectors[n - 1], dtype=np.float32))) for n in cited)
