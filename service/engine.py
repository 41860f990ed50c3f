"""The question-answering engine: the index snapshot, the embedder, search and the answerer.

Built once in the app's lifespan (heavy objects never at import time). It notices a newly
published index generation and swaps to it between requests, so an ingest never needs a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import numpy as np
from fastapi.concurrency import run_in_threadpool
from langchain_core.embeddings import Embeddings

from ingest.embed import CachedQueryEmbeddings, embedder_id, make_embedder
from ingest.normalize import detect_language, strip_invisible
from ingest.read import IndexSnapshot, read_index
from ingest.store import IndexNotReady, IndexStore, open_store
from service.answer import AnswerPolicy, Draft, ExtractiveAnswerer, Frames, citation_for
from service.batching import MicroBatchingEmbeddings
from service.conversation import retrieval_queries
from service.entities import UnknownEntities, load_gazetteer
from service.errors import EmbedderMismatch, IndexUnavailable, InvalidRequest
from service.glossary import ArabicSynonyms, Glossary
from service.guard import GuardRejected, guard
from service.llm import NOT_IN_STATEMENTS, LLMAnswerer, LLMFailure
from service.models import ChatRequest, ChatResponse, Citation, Message, Retrieved, Timings
from service.retrieve import HybridSearch, Retrieval
from service.settings import Settings

log = logging.getLogger(__name__)
GAZETTEER = Path(__file__).with_name("gazetteer.json")
INGEST_HINT = "run: talksqa ingest (or make serve)"
STORE_HINT = "start or repair the {store}; the service reconnects by itself (no re-ingest needed)"
ANSWER_CACHE = 512
EXTRACTIVE = "talksqa-extractive"
LLM = "talksqa-llm"


class _Loaded:
    def __init__(
        self, snapshot: IndexSnapshot, search: HybridSearch, answerer: ExtractiveAnswerer
    ) -> None:
        self.snapshot = snapshot
        self.search = search
        self.answerer = answerer


class Engine:
    def __init__(
        self,
        settings: Settings,
        *,
        store: IndexStore | None = None,
        embeddings: Embeddings | None = None,
    ) -> None:
        self.settings = settings
        self.store = store or open_store(
            index_dir=settings.index_dir,
            chroma_url=settings.chroma_url,
            prefix=settings.collection_prefix,
        )
        self.embedder = embedder_id(settings.embedder)
        base = embeddings or make_embedder(settings.embedder)
        self.batching = MicroBatchingEmbeddings(base)
        self.embeddings = CachedQueryEmbeddings(self.batching)
        self.frames = {lang: Frames.load(settings.prompts_dir, lang) for lang in ("ar", "en")}
        self.entities = load_gazetteer(GAZETTEER)
        # per-corpus word lists are the operator's, named by settings; none by default
        self.glossary = Glossary.load(settings.glossary) if settings.glossary else None
        self.synonyms = ArabicSynonyms.load(settings.synonyms) if settings.synonyms else None
        self.llm = LLMAnswerer(settings) if settings.llm_base_url else None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loaded: _Loaded | None = None
        self._version: str | None = None
        self._problem: str = "the index has not been loaded yet"
        self._hint = INGEST_HINT  # what fixes self._problem
        # While the store is unreachable, a snapshot searched in memory keeps answering:
        # since when (monotonic), and why.
        self._stale_since: float | None = None
        self._store_problem: str | None = None
        self._checked = 0.0
        # Answers in flight: enough that questions queue at the encoder and share its calls
        # (micro-batching), few enough that the event loop still gets the GIL. Measured on 2
        # cores: 4 gave 131 answers/s at concurrency 32; 32 gave ~185/s but starved the loop
        # until keep-alive connections were reset under load (tests/test_load.py); 4 per core
        # gives ~152-171/s with no resets. Recent answers are kept (same request, same index
        # generation, same answer).
        self._limiter = anyio.CapacityLimiter(4 * (os.cpu_count() or 1))
        self._answers: OrderedDict[tuple[str | None, str], ChatResponse] = OrderedDict()
        warm = getattr(base, "warm", None)
        self.warming: threading.Thread | None = None
        if warm is not None:  # load the model while the index is read, not in the first request
            self.warming = threading.Thread(target=warm, daemon=True, name="talksqa-warm")
            self.warming.start()
        self._lock = threading.Lock()

    # -- the index ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the published generation if it changed since the last look (cheap when not)."""
        now = time.monotonic()
        if self._checked and now - self._checked < self.settings.refresh_seconds:
            return  # loaded or not, look again only after refresh_seconds (a failing load is slow)
        self._checked = now
        try:
            version = self.store.version()
        except Exception as exc:  # a Chroma server that went away
            self._unreachable(exc)
            return
        if self._stale_since is not None:
            log.warning(
                "index store reachable again after %.1fs", time.monotonic() - self._stale_since
            )
            self._stale_since = self._store_problem = None
        if version is not None and version == self._version and self._loaded is not None:
            return
        with self._lock:
            if version == self._version and self._loaded is not None:
                return
            try:
                snapshot = read_index(
                    self.store, exact_max_chunks=self.settings.exact_search_max_chunks
                )
            except IndexNotReady as exc:
                self._problem, self._hint = str(exc), INGEST_HINT
                self._loaded = None
                return
            except Exception as exc:
                if not self._store_answers():  # it went away while the index was read
                    self._unreachable(exc)
                    return
                self._problem, self._hint = f"the index could not be read: {exc}", INGEST_HINT
                self._loaded = None
                return
            if snapshot.manifest.embedder != self.embedder:
                self._problem = (
                    f"the index was built by {snapshot.manifest.embedder!r} but the service is "
                    f"configured with {self.embedder!r}"
                )
                self._loaded = None
                self._version = version
                return
            search = HybridSearch(
                snapshot,
                self.embeddings,
                hybrid=self.settings.hybrid,
                glossary=self.glossary,
                synonyms=self.synonyms,
            )
            answerer = ExtractiveAnswerer(
                snapshot=snapshot,
                frames=self.frames,
                policy=AnswerPolicy(
                    min_similarity=self.settings.min_similarity,
                    include_margin=self.settings.include_margin,
                    max_citations=self.settings.max_citations,
                ),
                unknown=UnknownEntities(
                    self.entities, [d.text for d in snapshot.documents.values()]
                ),
                keywords=search.keywords,
                keyword_query=search.keyword_query,
                glossary=self.glossary,
                synonyms=self.synonyms,
                named_speakers=search.named_speakers,
            )
            self._loaded = _Loaded(snapshot, search, answerer)
            self._version = version
            log.info("serving index %s (%d chunks)", snapshot.generation, len(snapshot.chunks))

    def _store_answers(self) -> bool:
        try:
            self.store.version()
        except Exception:
            return False
        return True

    def _unreachable(self, exc: Exception) -> None:
        """The store went away: keep a snapshot that searches in memory (degraded, stale but
        answering), drop one that needs the store; either way reconnect on a later look."""
        problem = f"the index store ({self.store.describe()}) is unreachable: {exc}"
        reset = getattr(self.store, "reset", None)
        if reset is not None:
            reset()
        loaded = self._loaded
        if loaded is not None and loaded.snapshot.vectors is not None:
            if self._stale_since is None:
                self._stale_since = time.monotonic()
                log.warning(
                    "%s; still answering from index %s in memory",
                    problem,
                    loaded.snapshot.generation,
                )
            self._store_problem = problem
            return  # self._version stays: the same generation back is not read again
        self._problem = problem
        self._hint = self.store_hint()
        self._loaded = None
        self._version = None

    def store_hint(self) -> str:
        return STORE_HINT.format(store=self.store.describe())

    def degraded(self) -> tuple[float, str] | None:
        """(seconds since the store was last reachable, why) while answering without it."""
        if self._stale_since is None or self._store_problem is None:
            return None
        return time.monotonic() - self._stale_since, self._store_problem

    def search(self, loaded: _Loaded, queries: list[str], *, k: int) -> Retrieval:
        """Search, turning a store failure into 503 (and a reconnect on the next request).

        A failure of the request itself (a value the embedder or the store refuses) is that
        request's error: while the store still answers, the loaded index stays, for everyone.
        """
        try:
            return loaded.search.search(queries, k=k)
        except Exception as exc:
            try:
                self.store.version()
            except Exception:
                pass  # the store is down: drop the index and reconnect, below
            else:
                raise
            log.warning("search failed: %s", exc)
            self._unreachable(exc)
            raise IndexUnavailable(self._problem, hint=self._hint) from exc

    def loaded(self) -> _Loaded:
        self.refresh()
        if self._loaded is None:
            if "built by" in self._problem:
                raise EmbedderMismatch(
                    self._problem,
                    hint="set TALKSQA_EMBEDDER to the index's embedder, or re-run: talksqa ingest",
                )
            raise IndexUnavailable(self._problem, hint=self._hint)
        return self._loaded

    def problem(self) -> str:
        return self._problem

    # -- answering ---------------------------------------------------------------------------
    def validate(self, request: ChatRequest) -> int:
        s = self.settings
        messages = request.messages
        if len(messages) > s.max_turns:
            raise InvalidRequest(
                f"too many messages: {len(messages)} > {s.max_turns}",
                hint="send only the recent turns of the conversation",
            )
        if messages[-1].role != "user":
            raise InvalidRequest(
                "the last message must be the user's question",
                hint='end "messages" with {"role": "user", ...}',
            )
        question = strip_invisible(messages[-1].content).strip()
        if not question:
            raise InvalidRequest("the question is empty", hint="type a question")
        if len(messages[-1].content) > s.max_question_chars:
            raise InvalidRequest(
                f"the question is too long: {len(messages[-1].content)} > "
                f"{s.max_question_chars} characters",
                hint="ask a shorter question",
            )
        for m in messages[:-1]:
            if len(m.content) > s.max_turn_chars:
                raise InvalidRequest(
                    f"an earlier message is too long: > {s.max_turn_chars} characters",
                    hint="trim the conversation history",
                )
        top_k = s.top_k if request.top_k is None else request.top_k
        if not 1 <= top_k <= s.max_top_k:
            raise InvalidRequest(
                f"top_k must be between 1 and {s.max_top_k}", hint="omit top_k to use the default"
            )
        return top_k

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

    def models(self) -> list[str]:
        """The answerers this service offers; the first is the default."""
        extractive = [EXTRACTIVE]
        return [LLM, *extractive] if self.llm is not None else extractive

    def _model(self, request: ChatRequest) -> str:
        if request.model == LLM and self.llm is None:
            raise InvalidRequest(
                f"model {LLM!r} is not configured on this service",
                hint=f"use {EXTRACTIVE!r}, or set TALKSQA_LLM_BASE_URL",
            )
        if request.model in (LLM, EXTRACTIVE):
            return request.model
        return self.models()[0]  # OpenAI clients send any model name: serve the default

    def answers_with_llm(self, request: ChatRequest) -> bool:
        return self._model(request) == LLM

    async def check(self, request: ChatRequest) -> None:
        """Refuse now what answering would refuse first (a bad request, no index)."""
        self._prepare(request)
        await run_in_threadpool(self.loaded)

    def _prepare(self, request: ChatRequest) -> tuple[int, list[Message], str, str]:
        top_k = self.validate(request)
        messages = [
            m.model_copy(update={"content": strip_invisible(m.content)})
            for m in request.messages
            if m.role != "system"
        ]
        question = messages[-1].content.strip()
        return top_k, messages, question, detect_language(question)

    def chat(self, request: ChatRequest) -> ChatResponse:
        """Answer synchronously (the extractive path; an LLM request runs its own loop)."""
        if self._model(request) == LLM:
            return asyncio.run_coroutine_threadsafe(self.achat(request), self._sync_loop()).result()
        started = time.perf_counter()
        top_k, messages, question, language = self._prepare(request)
        loaded = self.loaded()
        queries = retrieval_queries(messages)
        retrieval = self.search(loaded, queries, k=top_k)
        answer_started = time.perf_counter()
        draft = loaded.answerer.answer(question=question, language=language, hits=retrieval.hits)
        return self._response(
            request,
            draft,
            language=language,
            query=queries[-1],
            retrieval=retrieval,
            model=EXTRACTIVE,
            grounding="extractive",
            started=started,
            answer_started=answer_started,
        )

    async def achat(self, request: ChatRequest) -> ChatResponse:
        """Answer without blocking the event loop; cancelling it stops the work."""
        if self._model(request) == EXTRACTIVE:
            started = time.perf_counter()
            key = _cache_key(request)
            fresh = time.monotonic() - self._checked < self.settings.refresh_seconds
            cached = self._answers.get((self._version, key)) if key and fresh else None
            if cached is not None:  # a widget's example buttons: no thread hop, no search
                return _from_cache(cached, started=started)
            response = await anyio.to_thread.run_sync(self.chat, request, limiter=self._limiter)
            if key:
                with self._lock:
                    self._answers[(self._version, key)] = response
                    while len(self._answers) > ANSWER_CACHE:
                        self._answers.popitem(last=False)
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
        if self._model(request) == EXTRACTIVE:
            return await self.achat(request), None
        assert self.llm is not None
        started = time.perf_counter()
        top_k, messages, question, language = self._prepare(request)
        loaded = await run_in_threadpool(self.loaded)
        queries = retrieval_queries(messages)
        if len(queries) > 1:  # a follow-up: let the LLM write the standalone question
            with contextlib.suppress(LLMFailure, TimeoutError):
                condensed = await asyncio.wait_for(
                    self.llm.condense(messages), self.settings.llm_timeout
                )
                if condensed:
                    queries = [question, condensed]
        k = max(top_k, self.settings.llm_passages)
        retrieval = await run_in_threadpool(self.search, loaded, queries, k=k)
        answer_started = time.perf_counter()
        extractive = loaded.answerer.answer(
            question=question, language=language, hits=retrieval.hits
        )
        respond = functools.partial(
            self._response,
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
        loaded: _Loaded,
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
        self,
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


def _cache_key(request: ChatRequest) -> str | None:
    """Identical requests get identical answers from one index generation."""
    if request.stream:
        return None
    return request.model_dump_json()


def _from_cache(response: ChatResponse, *, started: float) -> ChatResponse:
    """The stored answer with this request's own timings: the first computation's would claim
    work that was not done."""
    total_ms = round((time.perf_counter() - started) * 1000, 3)
    timings = Timings(embed_ms=0, search_ms=0, answer_ms=0, total_ms=total_ms, cached=True)
    return response.model_copy(update={"timings": timings})


def _with_reason(draft: Draft, reason: str) -> Draft:
    return Draft(draft.answer, draft.abstained, draft.citations, draft.nearest, reason)


def _support(
    embeddings: Embeddings, sentence: str, cited: list[int], vectors: list[list[float]]
) -> float:
    """Cosine similarity of a sentence to the closest passage it cites (vectors are unit)."""
    v = np.asarray(embeddings.embed_query(sentence), dtype=np.float32)
    v /= np.linalg.norm(v) or 1.0
    return max(float(np.dot(v, np.asarray(vectors[n - 1], dtype=np.float32))) for n in cited)
