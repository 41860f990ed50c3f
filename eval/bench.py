"""`python -m eval.bench` (`make bench`): the service beside its physical floor and a stock RAG.

One command, one run, one machine, the same questions for every system:

- the floor: the bare query embedding (the default embedder's embed_query, USE and e5, no
  cache) plus the bare Chroma query of the same index (the precomputed vector, the service's
  n_results), in-process;
- the service end to end over HTTP (`talksqa serve` on a free loopback port, keep-alive httpx)
  at concurrency 1, 8 and 32, with questions it has never seen (its query-embedding cache
  cannot help), and a repeated question (a widget's example buttons);
- a stock LangChain RAG (eval/stock_rag.py) served the same way, on the same questions;
- cold start, ingest throughput (bundled corpus and 10x/100x/1000x generated ones, re-ingest
  unchanged, one document changed), latency at 1e2..1e5 chunks, peak RSS of the server.

Every figure is reported with the floor measured in the same run, and as a ratio to it: the
machine is shared and noisy, ratios are what carry over. `--quick` is a smoke run (~2 min);
`--full` also runs the 1000x ingest when the measured throughput says it takes over 10 min.
Writes eval/reports/bench.json, bench.md, bench_latency.png and bench_scale.png.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eval import bench_http as http
from eval.bench_data import (
    CORPUS,
    QuestionPool,
    build_scaled_index,
    change_one_document,
    chunk_texts,
    default_pool,
    generate_corpus,
)
from eval.bench_report import write
from ingest.embed import DEFAULT_EMBEDDER, make_embedder

log = logging.getLogger("bench")
CHUNK_SIZE = 240  # the service's default TALKSQA_CHUNK_SIZE
TOP_K = 5  # the service's default TALKSQA_TOP_K
INGEST_BUDGET_SECONDS = 600.0  # beyond this, the 1000x ingest runs only with --full
# The service runs with its defaults except these: the index folder (set per run) and the
# per-client rate limit, off because the benchmark is one client sending thousands of requests.
SERVICE_OVERRIDES = {"TALKSQA_RATE_LIMIT": ""}


def service_env(index: Path) -> dict[str, str]:
    return http.clean_env(TALKSQA_INDEX_DIR=str(index), **SERVICE_OVERRIDES)


@dataclass(frozen=True)
class Plan:
    """How much of everything a run does."""

    c1_eval: int  # evaluation questions sent at concurrency 1 (all of them in a full run)
    c1_generated: int
    c8: int
    c32: int
    warmup: int
    repeated: int
    cold_starts: int
    ingest_factors: tuple[int, ...]
    scales: tuple[int, ...]
    scale_questions: int
    throughput_sample: int  # chunks embedded to measure the bare embedding throughput


FULL = Plan(
    c1_eval=10_000,
    c1_generated=150,
    c8=1200,
    c32=1600,
    warmup=16,
    repeated=300,
    cold_starts=3,
    ingest_factors=(1, 10, 100, 1000),
    scales=(100, 1000, 10_000, 100_000),
    scale_questions=150,
    throughput_sample=1024,
)
QUICK = Plan(
    c1_eval=20,
    c1_generated=10,
    c8=64,
    c32=96,
    warmup=8,
    repeated=40,
    cold_starts=1,
    ingest_factors=(1, 10),
    scales=(100, 1000),
    scale_questions=20,
    throughput_sample=128,
)


def service_depth(k: int, chunks: int) -> int:
    """How many neighbours the service asks Chroma for (service/qa/retrieve.py, HybridSearch)."""
    return min(max(k * 4, 20), chunks)


def loadavg() -> list[float]:
    try:
        return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    except OSError:
        return []


# -- the floor ---------------------------------------------------------------------------------
def floor(
    index_dir: Path, questions: list[str], *, embedder: Any, top_k: int = TOP_K
) -> dict[str, Any]:
    """Bare embed + bare Chroma query of the index at `index_dir`, per question, in-process."""
    from chromadb.api.client import SharedSystemClient

    from ingest.store import EmbeddedStore

    store = EmbeddedStore(index_dir)
    generation = store.current()
    assert generation is not None, f"no index at {index_dir}"
    collection = store.client(generation).get_collection(
        store.chunks_name(generation), embedding_function=None
    )
    n = collection.count()
    depth = service_depth(top_k, n)
    embedder.embed_query("warm up")
    collection.query(
        query_embeddings=[np.asarray(embedder.embed_query("warm"), np.float32)],
        n_results=depth,
        include=["distances"],
    )
    embed_ms: list[float] = []
    query_ms: list[float] = []
    total_ms: list[float] = []
    for question in questions:
        t0 = time.perf_counter()
        vector = embedder.embed_query(question)
        t1 = time.perf_counter()
        collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=depth,
            include=["distances"],
        )
        t2 = time.perf_counter()
        embed_ms.append((t1 - t0) * 1000)
        query_ms.append((t2 - t1) * 1000)
        total_ms.append((t2 - t0) * 1000)
    del collection, store
    SharedSystemClient.clear_system_cache()
    return {
        "chunks": n,
        "n_results": depth,
        "questions": len(questions),
        "embed": http.stats(embed_ms),
        "query": http.stats(query_ms),
        "total": http.stats(total_ms),
        "samples_ms": [round(x, 3) for x in total_ms],
    }


def pooled_floor(*passes: dict[str, Any]) -> dict[str, Any]:
    samples = [x for p in passes for x in p["samples_ms"]]
    return {
        **http.stats(samples),
        "passes": [p["total"]["p50_ms"] for p in passes],
        "embed_p50_ms": float(np.median([p["embed"]["p50_ms"] for p in passes])),
        "query_p50_ms": float(np.median([p["query"]["p50_ms"] for p in passes])),
        "implied_rps_one_core": round(1000 / float(np.mean(samples)), 1),
        "samples_ms": samples,
    }


# -- phases ------------------------------------------------------------------------------------
def ingest_cli(index_dir: Path, *, log_path: Path) -> float:
    """`talksqa ingest` of the bundled corpus as an operator runs it (with interpreter start)."""
    env = http.clean_env(TALKSQA_INDEX_DIR=str(index_dir), TALKSQA_LOG_LEVEL="WARNING")
    started = time.perf_counter()
    with open(log_path, "ab") as out:
        subprocess.run(
            [str(http.VENV_BIN / "talksqa"), "ingest", str(CORPUS)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=True,
            cwd=http.ROOT,
        )
    return time.perf_counter() - started


BLOCKS = 6


def interleaved(
    servers: tuple[http.Server, ...], questions: list[str], *, concurrency: int
) -> dict[str, http.LoadResult]:
    """Each system answers the same questions in alternating blocks, the order swapped every
    block, so that a shift in the shared machine's load (other processes, CPU clock) falls on
    both: run one after the other, the concurrency-1 ratio swung from 0.65x to 1.16x."""
    size = max(concurrency, -(-len(questions) // BLOCKS))
    merged = {
        s.name: http.LoadResult(concurrency, 0, [], distinct=len(set(questions))) for s in servers
    }
    for number, start in enumerate(range(0, len(questions), size)):
        block = questions[start : start + size]
        for server in servers if number % 2 == 0 else servers[::-1]:
            merged[server.name].add(http.load(server.url, block, concurrency=concurrency))
    return merged


def serving(
    plan: Plan, pool: QuestionPool, *, work: Path, embedder: Any, profile: Path | None
) -> dict[str, Any]:
    """Floor, service and stock RAG over HTTP at each concurrency, repeated question, memory."""
    from eval import stock_rag

    index = work / "index"
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    cli_first = ingest_cli(index, log_path=logs / "ingest.log")
    cli_again = ingest_cli(index, log_path=logs / "ingest.log")
    stock_dir = work / "stock"
    stock_rag.build(index_dir=index, persist=stock_dir, embeddings=embedder)
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()

    c1 = pool.take_eval(plan.c1_eval) + pool.take(plan.c1_generated)
    runs = {1: c1, 8: pool.take(plan.c8), 32: pool.take(plan.c32)}
    warm = {c: pool.take(plan.warmup) for c in runs}
    log.info("floor (pass 1) on %d questions", len(c1))
    floor_before = floor(index, c1, embedder=embedder)

    result: dict[str, Any] = {
        "cli_ingest": {"first_seconds": round(cli_first, 3), "again_seconds": round(cli_again, 3)},
        "questions": {c: {"sent": len(q), "distinct": len(set(q))} for c, q in runs.items()},
        "service": {},
        "stock": {},
    }
    env = service_env(index)
    with contextlib.ExitStack() as stack:
        service = stack.enter_context(
            http.serve("service", http.talksqa_command(), env=env, log=logs / "service.log")
        )
        stock = stack.enter_context(
            http.serve(
                "stock", http.stock_command(stock_dir), env=http.clean_env(), log=logs / "stock.log"
            )
        )
        result["memory_after_ready"] = {
            "service": http.memory(service.pid),
            "stock": http.memory(stock.pid),
        }
        for c, questions in runs.items():
            log.info("concurrency %d: %d questions, in alternating blocks", c, len(questions))
            for server in (service, stock):  # open the connections, unmeasured
                http.load(server.url, warm[c], concurrency=c)
            with _profiling(profile if c == 8 else None, pid=service.pid) as prof:
                merged = interleaved((service, stock), questions, concurrency=c)
            for server in (service, stock):
                run = merged[server.name]
                summary = run.summary()
                summary["latencies_ms"] = [round(x, 3) for x in run.latencies_ms]
                summary["loadavg"] = loadavg()
                result[server.name][str(c)] = summary
            if prof is not None and prof.exists():
                result["profile_c8"] = summarize_profile(prof)
        example = c1[0]
        for server in (service, stock):
            rep = http.repeated(server.url, example, n=plan.repeated)
            result[server.name]["repeated"] = {
                **rep.summary(),
                "question": example,
                "latencies_ms": [round(x, 3) for x in rep.latencies_ms],
            }
        result["memory"] = {"service": http.memory(service.pid), "stock": http.memory(stock.pid)}
    log.info("floor (pass 2)")
    floor_after = floor(index, c1, embedder=embedder)
    result["floor"] = pooled_floor(floor_before, floor_after)
    result["floor"]["embed_only_p50_ms"] = result["floor"].pop("embed_p50_ms")
    result["floor"]["chroma_query_p50_ms"] = result["floor"].pop("query_p50_ms")
    result["floor"]["chunks"] = floor_before["chunks"]
    result["floor"]["questions"] = len(c1)
    result["floor"]["n_results"] = floor_before["n_results"]
    result["cold_start"] = cold_start(plan, index, stock_dir, logs=logs, question=c1[1])
    return result


def cold_start(
    plan: Plan, index: Path, stock_dir: Path, *, logs: Path, question: str
) -> dict[str, Any]:
    """Process start to /readyz 200, and to the first answer, for the service and the stock RAG."""
    out: dict[str, Any] = {"service": [], "stock": []}
    env = service_env(index)
    for i in range(plan.cold_starts):
        for name, command, e in (
            ("service", http.talksqa_command(), env),
            ("stock", http.stock_command(stock_dir), http.clean_env()),
        ):
            with http.serve(name, command, env=e, log=logs / f"cold-{name}-{i}.log") as server:
                began = time.perf_counter() - server.ready_seconds
                first = http.first_answer_seconds(server.url, question, started=began)
                out[name].append(
                    {
                        "ready_seconds": round(server.ready_seconds, 3),
                        "first_answer_seconds": round(first, 3),
                    }
                )
            log.info(
                "cold start %s: %.2fs to ready, %.2fs to first answer",
                name,
                server.ready_seconds,
                first,
            )
    for name in ("service", "stock"):
        out[f"{name}_median_ready_seconds"] = float(
            np.median([r["ready_seconds"] for r in out[name]])
        )
        out[f"{name}_median_first_answer_seconds"] = float(
            np.median([r["first_answer_seconds"] for r in out[name]])
        )
    return out


def ingest(plan: Plan, *, work: Path, embedder: Any, full: bool) -> dict[str, Any]:
    """Chunks per second for N× corpora, re-ingest unchanged, one document changed."""
    from chromadb.api.client import SharedSystemClient

    from ingest.build import build_index
    from ingest.parallel import ParallelEmbeddings
    from ingest.store import EmbeddedStore

    # what `talksqa ingest` does: a large ingest is embedded by one process per CPU
    spread = ParallelEmbeddings(embedder, spec=DEFAULT_EMBEDDER, workers=os.cpu_count() or 1)
    rows: list[dict[str, Any]] = []
    skipped: dict[str, Any] | None = None
    for factor in plan.ingest_factors:
        corpus = work / "corpora" / f"x{factor}"
        made = generate_corpus(corpus, factor=factor)
        texts = list(chunk_texts(corpus, chunk_size=CHUNK_SIZE))
        if factor > 1 and rows:
            rate = rows[-1]["chunks_per_second"]
            estimate = len(texts) / rate if rate else float("inf")
            if estimate > INGEST_BUDGET_SECONDS and not full:
                skipped = {
                    "factor": factor,
                    "chunks": len(texts),
                    "estimated_seconds": round(estimate, 1),
                    "from_rate": rate,
                    "note": "run with --full to measure it",
                }
                log.info(
                    "ingest %dx skipped: ~%.0fs at %.0f chunks/s (use --full)",
                    factor,
                    estimate,
                    rate,
                )
                break
        bare = bare_embedding_rate(embedder, texts[: plan.throughput_sample])
        root = work / "ingest" / f"x{factor}"
        store = EmbeddedStore(root)

        def run(store: EmbeddedStore = store, corpus: Path = corpus) -> Any:
            return build_index(
                [corpus],
                store=store,
                embeddings=spread,
                embedder=DEFAULT_EMBEDDER,
                chunk_size=CHUNK_SIZE,
            )

        log.info("ingest %dx: %d documents, %d chunks", factor, made["documents"], len(texts))
        first = run()
        # the median of three: the first look at a just-written store also warms Chroma's reader
        again = [run() for _ in range(3)]
        unchanged = sorted(again, key=lambda r: r.seconds)[1]
        change_one_document(corpus)
        changed = run()
        rows.append(
            {
                "factor": factor,
                "documents": first.documents,
                "chars": made["chars"],
                "chunks": first.chunks,
                "first_seconds": round(first.seconds, 3),
                "chunks_per_second": round(first.chunks / first.seconds, 1),
                "bare_embed_chunks_per_second": round(bare, 1),
                "ratio_to_bare": round(first.chunks / first.seconds / bare, 3),
                "unchanged_seconds": round(unchanged.seconds, 3),
                "unchanged_runs_seconds": [round(r.seconds, 4) for r in again],
                "unchanged_embedded": unchanged.embedded,
                "unchanged_ratio": round(unchanged.seconds / first.seconds, 4),
                "changed_seconds": round(changed.seconds, 3),
                "changed_embedded": changed.embedded,
                "changed_ratio": round(changed.seconds / first.seconds, 4),
                "loadavg": loadavg(),
            }
        )
        del store
        SharedSystemClient.clear_system_cache()
        shutil.rmtree(root, ignore_errors=True)
    return {
        "rows": rows,
        "skipped": skipped,
        "floor_embed_chunks_per_second": float(
            np.median([row["bare_embed_chunks_per_second"] for row in rows])
        ),
        "floor_sample": plan.throughput_sample,
        "workers": spread.workers,
        "min_parallel": spread.min_parallel,
    }


def bare_embedding_rate(embedder: Any, texts: list[str]) -> float:
    """Chunks per second of embed_documents alone (the ingest floor), measured just before."""
    embedder.embed_documents(texts[:8])
    started = time.perf_counter()
    embedder.embed_documents(texts)
    return len(texts) / (time.perf_counter() - started)


def scale(plan: Plan, pool: QuestionPool, *, work: Path, embedder: Any) -> list[dict[str, Any]]:
    """/v1/chat at c=1 on indexes of 1e2..1e5 chunks (generated chunks with cheap vectors)."""
    rows = []
    # The same questions at every size (each size is a fresh server: no cache carries over),
    # so the ratio between sizes compares sizes, not question sets.
    questions = pool.take(plan.scale_questions)
    warm = pool.take(5)
    for chunks in plan.scales:
        root = work / "scale" / str(chunks)
        built = build_scaled_index(
            root,
            chunks=chunks,
            embeddings=embedder,
            workdir=work / "scale-corpus",
            chunk_size=CHUNK_SIZE,
        )
        log.info(
            "scale %d: built %d chunks in %.1fs", chunks, built["chunks"], built["build_seconds"]
        )
        bare = floor(root, questions, embedder=embedder)
        env = service_env(root)
        with http.serve(
            "service", http.talksqa_command(), env=env, log=work / "logs" / f"scale-{chunks}.log"
        ) as server:
            run = http.load(server.url, questions, concurrency=1, warmup=warm)
            mem = http.memory(server.pid)
            ready = server.ready_seconds
        summary = run.summary()
        rows.append(
            {
                "target_chunks": chunks,
                "chunks": built["chunks"],
                "documents": built["documents"],
                "build_seconds": round(built["build_seconds"], 2),
                "ready_seconds": round(ready, 3),
                "service": {
                    k: summary[k]
                    for k in (
                        "p50_ms",
                        "p95_ms",
                        "p99_ms",
                        "mean_ms",
                        "ok",
                        "errors",
                        "distinct_questions",
                    )
                },
                "floor": {
                    "p50_ms": bare["total"]["p50_ms"],
                    "p95_ms": bare["total"]["p95_ms"],
                    "embed_p50_ms": bare["embed"]["p50_ms"],
                    "query_p50_ms": bare["query"]["p50_ms"],
                    "n_results": bare["n_results"],
                },
                "ratio_to_floor_p50": _ratio(summary["p50_ms"], bare["total"]["p50_ms"]),
                "memory": mem,
                "loadavg": loadavg(),
            }
        )
        shutil.rmtree(root, ignore_errors=True)
    return rows


# -- profiling ---------------------------------------------------------------------------------
@contextlib.contextmanager
def _profiling(out: Path | None, *, pid: int) -> Any:
    """py-spy on the server while a load runs (`--profile`), as collapsed stacks."""
    spy = shutil.which("py-spy", path=str(http.VENV_BIN)) or shutil.which("py-spy")
    if out is None or spy is None:
        if out is not None:
            log.warning("--profile: py-spy is not installed (pip install 'talksqa[bench]')")
        yield None
        return
    proc = subprocess.Popen(
        [
            spy,
            "record",
            "--pid",
            str(pid),
            "--rate",
            "200",
            "--format",
            "raw",
            "--output",
            str(out),
            "--nonblocking",
            "--threads",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    try:
        yield out
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# Frames every stack shares (thread start, event loop, CLI): they say nothing about the cost.
_PLUMBING = (
    "Thread._bootstrap",
    "WorkerThread.run",
    "Runner.run",
    "<module>",
    "Typer",
    "TyperGroup",
    "Command.",
    "Context.invoke",
    "get_callback",
    "_main ",
    "run uvicorn",
    "Server.run",
    "asyncio_run",
    "serve service/cli",
)


def summarize_profile(path: Path, *, top: int = 25) -> dict[str, Any]:
    """Inclusive and self share of samples per function, from py-spy's collapsed stacks."""
    inclusive: dict[str, int] = {}
    own: dict[str, int] = {}
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [
            f.split(" (")[0] + " " + f.split(" (")[-1].rstrip(")").split(":")[0] if " (" in f else f
            for f in stack.split(";")
        ]
        if frames and frames[0].startswith("thread"):
            frames = frames[1:]
        frames = [f for f in frames if not f.startswith(_PLUMBING)]
        if not frames:
            continue
        total += n
        for frame in set(frames):
            inclusive[frame] = inclusive.get(frame, 0) + n
        own[frames[-1]] = own.get(frames[-1], 0) + n

    def share(d: dict[str, int]) -> list[list[Any]]:
        return (
            [
                [k, round(100 * v / total, 1)]
                for k, v in sorted(d.items(), key=lambda kv: -kv[1])[:top]
            ]
            if total
            else []
        )

    return {
        "samples": total,
        "inclusive_pct": share(inclusive),
        "self_pct": share(own),
        "file": str(path),
    }


# -- targets -----------------------------------------------------------------------------------
def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    s = results["serving"]
    f = s["floor"]
    svc, stock = s["service"], s["stock"]
    rows: list[dict[str, Any]] = []

    def add(name: str, value: Any, reference: str, target: str, met: bool | None) -> None:
        rows.append(
            {"target": name, "value": value, "reference": reference, "goal": target, "met": met}
        )

    r = _ratio(svc["1"]["p50_ms"], f["p50_ms"])
    add(
        "p50 at concurrency 1 vs floor",
        f"{svc['1']['p50_ms']} ms ({r}x floor)",
        f"floor p50 {f['p50_ms']} ms",
        "<= 1.3x floor",
        r is not None and r <= 1.3,
    )
    rep = svc["repeated"]["p50_ms"]
    add(
        "repeated question p50",
        f"{rep} ms ({_ratio(rep, f['p50_ms'])}x floor)",
        f"floor p50 {f['p50_ms']} ms",
        "<= 2 ms",
        rep is not None and rep <= 2.0,
    )
    c8 = svc["8"]
    add(
        "concurrency 8: distinct questions/s, p99, errors",
        f"{c8['rps']}/s, p99 {c8['p99_ms']} ms, {c8['errors']} errors "
        f"({c8['distinct_questions']} distinct)",
        f"floor implies {f['implied_rps_one_core']}/s per core",
        ">= 80/s, p99 < 100 ms, 0 errors",
        c8["rps"] >= 80 and (c8["p99_ms"] or 1e9) < 100 and c8["errors"] == 0,
    )
    for c in ("1", "8", "32"):
        p = _ratio(stock[c]["p50_ms"], svc[c]["p50_ms"])
        q = _ratio(svc[c]["rps"], stock[c]["rps"])
        add(
            f"faster than stock LangChain RAG, concurrency {c}",
            f"stock p50 / service p50 = {p}x; service rps / stock rps = {q}x",
            f"stock p50 {stock[c]['p50_ms']} ms, {stock[c]['rps']}/s",
            "> 1x both",
            p is not None and q is not None and p > 1 and q > 1,
        )
    cs = s["cold_start"]["service_median_ready_seconds"]
    add(
        "cold start (spawn to /readyz 200)",
        f"{cs:.2f} s",
        f"stock RAG {s['cold_start']['stock_median_ready_seconds']:.2f} s",
        "<= 3 s",
        cs <= 3.0,
    )
    ing = results["ingest"]["rows"]
    worst = max(ing, key=lambda row: row["unchanged_ratio"])
    add(
        "re-ingest unchanged vs first ingest",
        ", ".join(f"{row['factor']}x {100 * row['unchanged_ratio']:.1f}%" for row in ing),
        f"worst: {worst['unchanged_seconds']} s vs {worst['first_seconds']} s",
        "<= 10%",
        all(row["unchanged_ratio"] <= 0.10 for row in ing),
    )
    big = max(ing, key=lambda row: row["chunks"])
    add(
        "ingest throughput",
        ", ".join(
            f"{row['factor']}x {row['chunks_per_second']}/s ({row['ratio_to_bare']}x bare)"
            for row in ing
        ),
        f"bare embedding {big['bare_embed_chunks_per_second']} chunks/s at {big['factor']}x "
        "(measured just before it)",
        ">= 200 chunks/s (largest corpus)",
        big["chunks_per_second"] >= 200,
    )
    sc = {row["target_chunks"]: row for row in results["scale"]}
    if 100 in sc and 100_000 in sc:
        r = _ratio(sc[100_000]["service"]["p50_ms"], sc[100]["service"]["p50_ms"])
        add(
            "p50 at 1e5 chunks vs 1e2",
            f"{sc[100_000]['service']['p50_ms']} ms ({r}x)",
            f"1e2: {sc[100]['service']['p50_ms']} ms; floor 1e5/1e2 "
            f"{_ratio(sc[100_000]['floor']['p50_ms'], sc[100]['floor']['p50_ms'])}x",
            "<= 2x",
            r is not None and r <= 2.0,
        )
    else:
        largest = max(sc)
        add(
            "p50 at 1e5 chunks vs 1e2",
            f"not measured (largest {largest} chunks)",
            "run without --quick",
            "<= 2x",
            None,
        )
    rss = s["memory"]["service"]["peak_rss_mb"]
    add(
        "serving peak RSS (VmHWM)",
        f"{rss} MB",
        f"stock RAG {s['memory']['stock']['peak_rss_mb']} MB",
        "<= 400 MB",
        rss <= 400,
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="a small smoke run (~2 minutes)")
    parser.add_argument(
        "--full",
        action="store_true",
        help="also run the 1000x ingest when it is estimated over 10 minutes",
    )
    parser.add_argument(
        "--profile", action="store_true", help="py-spy the service during its concurrency-8 run"
    )
    parser.add_argument("--out", type=Path, default=Path("eval/reports"))
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s bench: %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stderr,
    )
    for noisy in ("chromadb", "httpx", "ingest", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    plan = QUICK if args.quick else FULL
    work = args.work or Path(tempfile.mkdtemp(prefix="talksqa-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    embedder = make_embedder(DEFAULT_EMBEDDER)  # no cache: the floor's embedder
    pool, counts = default_pool()
    results: dict[str, Any] = {
        "meta": {
            "mode": "quick" if args.quick else "full",
            "date": time.strftime("%Y-%m-%d %H:%M:%S"),
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "loadavg_start": loadavg(),
            "question_pool": counts,
            "plan": plan.__dict__,
        },
    }
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        results["serving"] = serving(
            plan,
            pool,
            work=work,
            embedder=embedder,
            profile=args.out / "bench_profile_c8.txt" if args.profile else None,
        )
        results["ingest"] = ingest(plan, work=work, embedder=embedder, full=args.full)
        results["scale"] = scale(plan, pool, work=work, embedder=embedder)
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    results["meta"]["questions_sent_distinct"] = pool.used()
    results["meta"]["loadavg_end"] = loadavg()
    results["meta"]["seconds"] = round(time.perf_counter() - started, 1)
    results["targets"] = targets(results)
    paths = write(results, args.out)
    print(paths["md"].read_text(encoding="utf-8"))
    print("wrote " + ", ".join(str(p) for p in paths.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
