"""The reference a user would otherwise assemble: a stock LangChain RAG over the same chunks.

Off-the-shelf parts only: `langchain_chroma.Chroma` as the vector store (with our default
embedder, USE and e5 fused, as its `Embeddings`, so the embedder costs the same),
`as_retriever()`, and a trivial answer (the top document, no LLM), behind a small FastAPI
app run by uvicorn's defaults. It takes the same request as `/v1/chat` so the benchmark
drives both alike.

    python -m eval.stock_rag build --index var/index --persist var/stock
    python -m eval.stock_rag serve --persist var/stock --port 8100
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

COLLECTION = "talks"


class Message(BaseModel):
    role: str
    content: str


class ChatRequest(BaseModel):
    """The same request shape as the service's /v1/chat."""

    messages: list[Message]


def _vector_store(persist: Path, embeddings: Any) -> Any:
    from chromadb.config import Settings
    from langchain_chroma import Chroma

    return Chroma(
        collection_name=COLLECTION,
        embedding_function=embeddings,
        persist_directory=str(persist),
        client_settings=Settings(anonymized_telemetry=False),
    )


def build(*, index_dir: Path, persist: Path, embeddings: Any) -> int:
    """Load our index's chunks as LangChain Documents into a fresh Chroma store (embeds them)."""
    from chromadb.config import Settings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document

    from ingest.read import read_index
    from ingest.store import EmbeddedStore

    snapshot = read_index(EmbeddedStore(index_dir))
    documents = [
        Document(page_content=c.text, id=i, metadata=c.to_metadata())
        for i, c in snapshot.chunks.items()
    ]
    Chroma.from_documents(
        documents,
        embedding=embeddings,
        ids=list(snapshot.chunks),
        collection_name=COLLECTION,
        persist_directory=str(persist),
        client_settings=Settings(anonymized_telemetry=False),
    )
    return len(documents)


def create_app(persist: Path, *, k: int = 5) -> Any:
    from fastapi import FastAPI

    from ingest.embed import DEFAULT_EMBEDDER, make_embedder

    state: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = _vector_store(persist, make_embedder(DEFAULT_EMBEDDER))
        state["retriever"] = store.as_retriever(search_kwargs={"k": k})
        yield

    app = FastAPI(title="stock LangChain RAG", lifespan=lifespan)

    @app.post("/v1/chat")
    async def chat(body: ChatRequest) -> dict[str, Any]:
        question = body.messages[-1].content
        docs = await state["retriever"].ainvoke(question)
        top = docs[0] if docs else None
        return {
            "answer": top.page_content if top else "",
            "citations": [{"quote": d.page_content, **d.metadata} for d in docs],
        }

    @app.get("/readyz")
    async def readyz() -> dict[str, str]:
        return {"status": "ready"}

    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m eval.stock_rag",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the stock vector store from our index's chunks")
    b.add_argument("--index", type=Path, required=True)
    b.add_argument("--persist", type=Path, required=True)
    s = sub.add_parser("serve", help="serve the stock RAG")
    s.add_argument("--persist", type=Path, required=True)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8100)
    args = parser.parse_args(argv)
    if args.command == "build":
        from ingest.embed import DEFAULT_EMBEDDER, make_embedder

        n = build(
            index_dir=args.index, persist=args.persist, embeddings=make_embedder(DEFAULT_EMBEDDER)
        )
        print(f"stock store: {n} chunks in {args.persist}")
        return
    import uvicorn

    uvicorn.run(create_app(args.persist), host=args.host, port=args.port)


if __name__ == "__main__":
    main()
