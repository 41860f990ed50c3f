"""The composition root: builds the embedder, the index's lifecycle, request validation and the
answering orchestration once, in the app's lifespan (heavy objects never at import time), and
gives callers (the HTTP layer, the CLI, the evaluation) one object to hold.
"""

from __future__ import annotations

import threading
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from ingest.embed import CachedQueryEmbeddings, embedder_id, make_embedder
from ingest.read import IndexSnapshot
from ingest.store import IndexStore, open_store
from service.models import ChatRequest, ChatResponse
from service.qa.answer import AnswerPolicy, ExtractiveAnswerer, Frames
from service.qa.answering import Answering
from service.qa.batching import MicroBatchingEmbeddings
from service.qa.entities import UnknownEntities, country_entities, load_gazetteer
from service.qa.glossary import ArabicSynonyms, Glossary
from service.qa.index import INGEST_HINT, STORE_HINT, LiveIndex, Loaded
from service.qa.llm import LLMAnswerer
from service.qa.rerank import Reranker
from service.qa.retrieve import HybridSearch, Retrieval
from service.qa.validate import EXTRACTIVE, LLM, RequestValidator
from service.settings import Settings

__all__ = ["EXTRACTIVE", "INGEST_HINT", "LLM", "STORE_HINT", "Engine", "Loaded"]


# Names of the region's diplomacy that CLDR has no entry for (scope stated in the file)
DOMAIN_NAMES = Path(__file__).with_name("domain_names.json")


class Engine:
    """Composes the parts; each method hands over to the part whose job it is."""

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
        # every country (CLDR, through Babel), and the operator's own names when a file is set
        self.entities = (
            country_entities()
            + load_gazetteer(DOMAIN_NAMES)
            + (load_gazetteer(settings.gazetteer) if settings.gazetteer else [])
        )
        # per-corpus word lists are the operator's, named by settings; none by default
        self.glossary = Glossary.load(settings.glossary) if settings.glossary else None
        self.synonyms = ArabicSynonyms.load(settings.synonyms) if settings.synonyms else None
        self.llm = LLMAnswerer(settings) if settings.llm_base_url else None
        self.reranker = Reranker.load() if settings.rerank else None
        self.index = LiveIndex(
            settings, store=self.store, embedder=self.embedder, build=self._build
        )
        self.requests = RequestValidator(settings, llm_configured=self.llm is not None)
        self.answering = Answering(
            settings,
            index=self.index,
            requests=self.requests,
            embeddings=self.embeddings,
            llm=self.llm,
        )
        warm = getattr(base, "warm", None)
        self.warming: threading.Thread | None = None
        if warm is not None:  # load the model while the index is read, not in the first request
            self.warming = threading.Thread(target=warm, daemon=True, name="talksqa-warm")
            self.warming.start()

    def _build(self, snapshot: IndexSnapshot) -> Loaded:
        """One generation's search and answerer."""
        search = HybridSearch(
            snapshot,
            self.embeddings,
            hybrid=self.settings.hybrid,
            glossary=self.glossary,
            synonyms=self.synonyms,
            reranker=self.reranker,
        )
        answerer = ExtractiveAnswerer(
            snapshot=snapshot,
            frames=self.frames,
            policy=AnswerPolicy(
                min_similarity=self.settings.min_similarity,
                include_margin=self.settings.include_margin,
                include_share=self.settings.include_share if self.reranker else None,
                cover_share=self.settings.cover_share,
                min_probability=self.settings.include_min_probability,
                max_citations=self.settings.max_citations,
            ),
            unknown=UnknownEntities(self.entities, [d.text for d in snapshot.documents.values()]),
            keywords=search.keywords,
            keyword_query=search.keyword_query,
            glossary=self.glossary,
            synonyms=self.synonyms,
            named_speakers=search.named_speakers,
        )
        return Loaded(snapshot, search, answerer)

    # -- the index (LiveIndex) -------------------------------------------------------------
    def refresh(self) -> None:
        self.index.refresh()

    def loaded(self) -> Loaded:
        return self.index.loaded()

    def ready(self) -> bool:
        return self.index.ready()

    def problem(self) -> str:
        return self.index.problem()

    def degraded(self) -> tuple[float, str] | None:
        return self.index.degraded()

    def store_hint(self) -> str:
        return self.index.store_hint()

    def search(self, loaded: Loaded, queries: list[str], *, k: int) -> Retrieval:
        return self.index.search(loaded, queries, k=k)

    # -- requests (RequestValidator) --------------------------------------------------------
    def validate(self, request: ChatRequest) -> int:
        return self.requests.validate(request)

    def models(self) -> list[str]:
        return self.requests.models()

    def answers_with_llm(self, request: ChatRequest) -> bool:
        return self.requests.model(request) == LLM

    # -- answering (Answering) --------------------------------------------------------------
    async def check(self, request: ChatRequest) -> None:
        await self.answering.check(request)

    def chat(self, request: ChatRequest) -> ChatResponse:
        return self.answering.chat(request)

    async def achat(self, request: ChatRequest) -> ChatResponse:
        return await self.answering.achat(request)

    async def astart(
        self, request: ChatRequest
    ) -> tuple[ChatResponse, Coroutine[Any, Any, ChatResponse] | None]:
        return await self.answering.astart(request)
