"""The service's search as a LangChain retriever, for users who compose their own chains.

Kept out of service/qa/retrieve.py: importing langchain_core.retrievers pulls in runnables, tracers
and langsmith, about a third of the server's import time, and serving never needs it.
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from service.qa.retrieve import HybridSearch


class TalksRetriever(BaseRetriever):
    """The same search as a LangChain retriever, for users who compose their own chains."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    search: HybridSearch
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        return [
            LCDocument(
                page_content=hit.chunk.text,
                id=hit.chunk_id,
                metadata={
                    **hit.chunk.to_metadata(),
                    "similarity": hit.similarity,
                    "score": hit.score,
                },
            )
            for hit in self.search.search(query, k=self.k).hits
        ]
