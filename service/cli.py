"""The operators' command line: `talksqa ingest`, `talksqa serve`, `talksqa ask`, and
`talksqa eval` (the evaluation harness, `python -m eval`, for those who installed the eval
extra)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ingest.build import build_index
from ingest.embed import EmbedderError, embedder_id, make_embedder
from ingest.load import CorpusError
from ingest.parallel import ParallelEmbeddings
from ingest.progress import progress_for
from ingest.store import EmbeddedStore, IndexBusy, open_store
from service.errors import ApiError
from service.logs import configure
from service.models import ChatRequest, Message
from service.settings import Settings, get_settings

app = typer.Typer(add_completion=False, help="Talks Q&A: grounded answers from the statements.")
log = logging.getLogger("talksqa")


def _settings() -> Settings:
    try:
        return get_settings()
    except Exception as exc:  # pydantic's ValidationError: show it, not a traceback
        typer.echo(f"invalid configuration: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (default: data_dir)")
    ] = None,
) -> None:
    """Index the reports (idempotent: only new or changed chunks are embedded)."""
    settings = _settings()
    configure(settings.log_level, as_json=False)
    try:
        report = build_index(
            paths or [settings.data_dir],
            store=open_store(
                index_dir=settings.index_dir,
                chroma_url=settings.chroma_url,
                prefix=settings.collection_prefix,
                lease_seconds=settings.ingest_lease_seconds,
                wait_seconds=settings.ingest_wait_seconds,
            ),
            embeddings=ParallelEmbeddings(
                make_embedder(settings.embedder),
                spec=settings.embedder,
                workers=settings.ingest_workers or os.cpu_count() or 1,
            ),
            embedder=embedder_id(settings.embedder),
            chunk_size=settings.chunk_size,
            progress=progress_for(sys.stderr),
        )
    except (CorpusError, EmbedderError, IndexBusy, OSError, ValueError) as exc:
        typer.echo(f"ingest failed: {exc}", err=True)
        if not paths and not settings.data_dir.exists():
            typer.echo(
                "name the reports' folder (talksqa ingest PATH), or set TALKSQA_DATA_DIR "
                "(relative paths are under TALKSQA_HOME)",
                err=True,
            )
        typer.echo("the previously published index (if any) is unchanged", err=True)
        raise typer.Exit(1) from None
    except Exception as exc:  # the store's own errors (a full disk inside Chroma, ...)
        log.debug("ingest failed", exc_info=True)
        typer.echo(f"ingest failed: {type(exc).__name__}: {exc}", err=True)
        typer.echo("the previously published index (if any) is unchanged", err=True)
        raise typer.Exit(1) from None
    state = "published" if report.changed else "already up to date"
    typer.echo(
        f"index {report.generation} {state}: {report.documents} documents, {report.chunks} "
        f"chunks ({report.embedded} embedded, {report.reused} reused, {report.removed} removed) "
        f"in {report.seconds:.2f}s"
    )
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address")] = None,
    port: Annotated[int | None, typer.Option(help="Port")] = None,
    workers: Annotated[
        int | None, typer.Option(help="Processes (more than 1 needs chroma_url)")
    ] = None,
) -> None:
    """Serve the HTTP API (and OpenAPI docs at /docs)."""
    settings = _settings()
    workers = workers or settings.workers
    problem = settings.workers_problem(workers)
    if problem:
        typer.echo(f"invalid configuration: {problem}", err=True)
        raise typer.Exit(2)
    with contextlib.ExitStack() as stack:
        if not settings.chroma_url:  # before uvicorn: refused at once, in one line
            try:
                stack.enter_context(EmbeddedStore(settings.index_dir).serve_lock())
            except IndexBusy as exc:
                typer.echo(
                    f"cannot serve: {exc}, another server; stop it first, or run several "
                    "servers over a Chroma server (set TALKSQA_CHROMA_URL)",
                    err=True,
                )
                raise typer.Exit(1) from None
        _run_uvicorn(settings, host=host, port=port, workers=workers)


def _run_uvicorn(settings: Settings, *, host: str | None, port: int | None, workers: int) -> None:
    import uvicorn

    uvicorn.run(
        "service.api.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        log_config=None,
        # uvicorn takes X-Forwarded-For from a loopback peer as the client's address unless told
        # not to: the service reads that header itself, only when TALKSQA_TRUST_FORWARDED_FOR
        # says so (otherwise any client could name a fresh address per request and dodge the
        # rate limit through a proxy on the same host)
        proxy_headers=settings.trust_forwarded_for,
        timeout_graceful_shutdown=10,
        # Longer than the idle timeout of the clients and proxies in front (60 s is common):
        # closing first races a client sending on the connection, which sees a reset (uvicorn's
        # 5 s default gave 1 reset in 2,000 requests at concurrency 32 in tests/test_load.py).
        timeout_keep_alive=settings.keep_alive_seconds,
    )


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in Arabic or English")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the whole response as JSON")
    ] = False,
) -> None:
    """Answer one question from the local index and print the answer and its citations."""
    from service.qa.engine import Engine

    settings = _settings()
    configure("WARNING", as_json=False)
    engine = Engine(settings)
    try:
        response = engine.chat(ChatRequest(messages=[Message(role="user", content=question)]))
    except ApiError as exc:
        typer.echo(f"{exc.message}" + (f" ({exc.hint})" if exc.hint else ""), err=True)
        # exiting while the warm-up thread is inside the model's native loader aborts (SIGABRT)
        if engine.warming is not None:
            engine.warming.join(timeout=60)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(response.model_dump(), ensure_ascii=False, indent=2))
        return
    typer.echo(response.answer)
    shown = response.citations or response.nearest
    if shown:
        typer.echo("\nNearest sources:" if response.abstained else "\nSources:")
    for c in shown:
        typer.echo(f"[{c.n}] {c.speaker_en} — {c.source_id}[{c.start}:{c.end}] (score {c.score})")
    sys.stdout.flush()


@app.command(
    "eval",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def evaluate(ctx: typer.Context) -> None:
    """Score a service or the local index on a gold dataset (talksqa eval --help)."""
    # The command line is where the parts are put together, so it may reach the harness; the
    # harness (eval/) drives service/ and is imported only here, when asked for.
    from eval.__main__ import main

    raise typer.Exit(main(list(ctx.args), prog="talksqa eval"))


if __name__ == "__main__":
    app()
