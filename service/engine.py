"""The question-answering engine: the index snapshot, the embedder, search and the answerer.

Built once in the app's lifespan (heavy objects never at import time). It notices a newly
published index generation and swaps to it between requests, so an ingest never needs a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.embed import CachedQueryEmbeddings, embedder_id, make_embedder
from ingest.normalize import detect_language, strip_invisible
from ingest.read import IndexSnapshot, read_index
from ingest.store import IndexNotReady, IndexStore, open_store
from service.answer import AnswerPolicy, ExtractiveAnswerer, Frames
from service.conversation import retrieval_queries
from service.entities import UnknownEntities, load_gazetteer
from service.errors import EmbedderMismatch, IndexUnavailable, InvalidRequest
from service.models import ChatRequest, ChatResponse, Retrieved, Timings
from service.retrieve import HybridSearch
from service.settings import Settings

log = logging.getLogger(__name__)
GAZETTEER = Path(__file__).with_name("gazetteer.json")
INGEST_HINT = "run: talksqa ingest (or make serve)"


class _Loaded:
    def __init__(self, snapshot: IndexSnapshot, search: HybridSearch,
                 answerer: ExtractiveAnswerer) -> None:
        self.snapshot = snapshot
        self.search = search
        self.answerer = answerer


class Engine:
    def __init__(self, settings: Settings, *, store: IndexStore | None = None,
                 embeddings: Embeddings | None = None) -> None:
        self.settings = settings
        self.store = store or open_store(
            index_dir=settings.index_dir, chroma_url=settings.chroma_url,
            prefix=settings.collection_prefix,
        )
        self.embedder = embedder_id(settings.embedder)
        self.embeddings = CachedQueryEmbeddings(embeddings or make_embedder(settings.embedder))
        self.frames = {lang: Frames.load(settings.prompts_dir, lang) for lang in ("ar", "en")}
        self.entities = load_gazetteer(GAZETTEER)
        self._loaded: _Loaded | None = None
        self._version: str | None = None
        self._problem: str = "the index has not been loaded yet"
        self._lock = threading.Lock()

    # -- the index ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the published generation if it changed since the last look (cheap when not)."""
        try:
            version = self.store.version()
        except Exception as exc:  # a Chroma server that went away
            self._problem = f"the index store is unreachable: {exc}"
            self._loaded = None
            self._version = None
            return
        if version is not None and version == self._version and self._loaded is not None:
            return
        with self._lock:
            if version == self._version and self._loaded is not None:
                return
            try:
                snapshot = read_index(self.store)
            except IndexNotReady as exc:
                self._problem = str(exc)
                self._loaded = None
                return
            except Exception as exc:
                self._problem = f"the index could not be read: {exc}"
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
            search = HybridSearch(snapshot, self.embeddings, hybrid=self.settings.hybrid)
            answerer = ExtractiveAnswerer(
                snapshot=snapshot,
                frames=self.frames,
                policy=AnswerPolicy(
                    min_similarity=self.settings.min_similarity,
                    include_margin=self.settings.include_margin,
                    max_citations=self.settings.max_citations,
                ),
                unknown=UnknownEntities(self.entities,
                                        [d.text for d in snapshot.documents.values()]),
                keywords=search.keywords,
            )
            self._loaded = _Loaded(snapshot, search, answerer)
            self._version = version
            log.info("serving index %s (%d chunks)", snapshot.generation, len(snapshot.chunks))

    def loaded(self) -> _Loaded:
        self.refresh()
        if self._loaded is None:
            if "built by" in self._problem:
                raise EmbedderMismatch(
                    self._problem,
                    hint="set TALKSQA_EMBEDDER to the index's embedder, or re-run: talksqa ingest",
                )
            raise IndexUnavailable(self._problem, hint=INGEST_HINT)
        return self._loaded

    def problem(self) -> str:
        return self._problem

    # -- answering ---------------------------------------------------------------------------
    def validate(self, request: ChatRequest) -> int:
        s = self.settings
        messages = request.messages
        if len(messages) > s.max_turns:
            raise InvalidRequest(f"too many messages: {len(messages)} > {s.max_turns}",
                                 hint="send only the recent turns of the conversation")
        if messages[-1].role != "user":
            raise InvalidRequest("the last message must be the user's question",
                                 hint='end "messages" with {"role": "user", ...}')
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
            raise InvalidRequest(f"top_k must be between 1 and {s.max_top_k}",
                                 hint="omit top_k to use the default")
        return top_k

    def chat(self, request: ChatRequest) -> ChatResponse:
        started = time.perf_counter()
        top_k = self.validate(request)
        loaded = self.loaded()
        messages = [m.model_copy(update={"content": strip_invisible(m.content)})
                    for m in request.messages if m.role != "system"]
        question = messages[-1].content.strip()
        language = detect_language(question)
        queries = retrieval_queries(messages)
        retrieval = loaded.search.search(queries, k=top_k)
        answer_started = time.perf_counter()
        draft = loaded.answerer.answer(question=question, language=language, hits=retrieval.hits)
        done = time.perf_counter()
        return ChatResponse(
            answer=draft.answer,
            abstained=draft.abstained,
            language=language,  # type: ignore[arg-type]
            citations=draft.citations,
            nearest=draft.nearest,
            reason=draft.reason,
            query=queries[-1],
            timings=Timings(
                embed_ms=round(retrieval.embed_ms, 3),
                search_ms=round(retrieval.search_ms, 3),
                answer_ms=round((done - answer_started) * 1000, 3),
                total_ms=round((done - started) * 1000, 3),
            ),
            retrieved=[
                Retrieved(rank=rank, chunk_id=h.chunk_id, source_id=h.chunk.doc_id,
                          start=h.chunk.start, end=h.chunk.end,
                          similarity=round(h.similarity, 4), score=round(h.score, 6))
                for rank, h in enumerate(retrieval.hits, 1)
            ] if request.include_retrieved else None,
        )
