"""Write the benchmark as JSON (for machines), Markdown (for reviews) and PNGs (for people)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _f(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _x(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}x" if a is not None and b else "–"


def _met(value: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "not measured"}[value]


def markdown(r: dict[str, Any]) -> str:
    meta, s = r["meta"], r["serving"]
    f = s["floor"]
    lines = [
        "# Benchmark: Talks Q&A beside its floor and a stock LangChain RAG",
        "",
        f"{meta['mode']} run, {meta['date']}, {meta['cpus']} CPUs, Python {meta['python']}, "
        f"{meta['seconds']} s; load average {meta['loadavg_start']} at the start, "
        f"{meta['loadavg_end']} at the end (the machine is shared: compare ratios to the floor "
        f"of the same run). Questions: {meta['question_pool']['eval']} evaluation + "
        f"{meta['question_pool']['generated']} generated available, "
        f"{meta['questions_sent_distinct']} distinct sent.",
        "",
        "**Floor** = the bare query embedding (the default embedder's embed_query, no cache) + "
        f"the bare Chroma query (n_results={f['n_results']}, {f['chunks']} chunks), in-process, "
        f"on the concurrency-1 questions, measured before and after the HTTP runs: p50 "
        f"{_f(f['p50_ms'])} ms (embed {_f(f['embed_only_p50_ms'])} ms + query "
        f"{_f(f['chroma_query_p50_ms'])} ms), p99 {_f(f['p99_ms'])} ms; one core could do "
        f"{f['implied_rps_one_core']} of them per second.",
        "",
        "## Targets",
        "",
        "| target | measured | same-run reference | goal | verdict |",
        "|---|---|---|---|---|",
    ]
    for t in r["targets"]:
        lines.append(
            f"| {t['target']} | {t['value']} | {t['reference']} | {t['goal']} | {_met(t['met'])} |"
        )
    lines += [
        "",
        "## Latency over HTTP (the same distinct questions for both systems)",
        "",
        "| system | concurrency | questions (distinct) | p50 ms | p95 ms | p99 ms | p50 / floor "
        "| req/s | errors | stock / service p50 |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| floor (in-process) | 1 | {f.get('questions', '–')} | "
        f"{_f(f['p50_ms'])} | {_f(f['p95_ms'])} | {_f(f['p99_ms'])} | 1.00x | "
        f"{f['implied_rps_one_core']} (1 core) | – | – |",
    ]
    for c in ("1", "8", "32"):
        for name in ("service", "stock"):
            row = s[name][c]
            vs = _x(s["stock"][c]["p50_ms"], s["service"][c]["p50_ms"]) if name == "service" else ""
            lines.append(
                f"| {name} | {c} | {row['sent']} ({row['distinct_questions']}) | "
                f"{_f(row['p50_ms'])} | {_f(row['p95_ms'])} | {_f(row['p99_ms'])} | "
                f"{_x(row['p50_ms'], f['p50_ms'])} | {_f(row['rps'], 1)} | {row['errors']} | "
                f"{vs} |"
            )
    for name in ("service", "stock"):
        row = s[name]["repeated"]
        lines.append(
            f"| {name}, one repeated question | 1 | {row['sent']} (1) | {_f(row['p50_ms'])} | "
            f"{_f(row['p95_ms'])} | {_f(row['p99_ms'])} | {_x(row['p50_ms'], f['p50_ms'])} | "
            f"{_f(row['rps'], 1)} | {row['errors']} | |"
        )
    lines += [
        "",
        "Where the service's time goes (p50 of its own `timings` per answer; outside = client "
        "latency p50 minus the engine's total p50: HTTP, framework, thread hand-off, queueing):",
        "",
        "| run | client p50 ms | engine total | embed | search (Chroma + BM25 + fusion) | answer "
        "| outside the engine |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, label in (("1", "c=1"), ("8", "c=8"), ("32", "c=32"), ("repeated", "repeated")):
        row = s["service"][key]
        t = row.get("server_p50_ms") or {}
        outside = (
            row["p50_ms"] - t["total_ms"] if row["p50_ms"] is not None and "total_ms" in t else None
        )
        lines.append(
            f"| {label} | {_f(row['p50_ms'])} | {_f(t.get('total_ms'))} | "
            f"{_f(t.get('embed_ms'))} | {_f(t.get('search_ms'))} | {_f(t.get('answer_ms'))} | "
            f"{_f(outside)} |"
        )
    cs = s["cold_start"]
    lines += [
        "",
        "## Cold start, memory",
        "",
        "| system | spawn to /readyz 200 (median) | spawn to first answer | peak RSS after the "
        "runs (VmHWM) | RSS when ready |",
        "|---|---|---|---|---|",
    ]
    for name in ("service", "stock"):
        lines.append(
            f"| {name} | {cs[f'{name}_median_ready_seconds']:.2f} s "
            f"({', '.join(str(x['ready_seconds']) for x in cs[name])}) | "
            f"{cs[f'{name}_median_first_answer_seconds']:.2f} s | "
            f"{s['memory'][name]['peak_rss_mb']} MB | "
            f"{s['memory_after_ready'][name]['rss_mb']} MB |"
        )
    ing = r["ingest"]
    cli = s["cli_ingest"]
    lines += [
        "",
        "## Ingest",
        "",
        f"In-process `ingest.build.build_index` with a loaded embedder, wrapped as "
        f"`talksqa ingest` wraps it: more than {ing.get('min_parallel', 2048)} chunks to embed "
        f"are spread over {ing.get('workers', 1)} worker processes (`ingest/parallel.py`), so "
        f"a large ingest can beat the single-process floor. The floor is the bare "
        f"embedding throughput of one process (`embed_documents` on up to {ing['floor_sample']} "
        f"of the corpus's chunks, measured just before its ingest). Re-ingest unchanged is the "
        f"median of three runs. `talksqa ingest` of the bundled "
        f"corpus from the command line (interpreter start, imports and model load included): "
        f"{cli['first_seconds']} s first, {cli['again_seconds']} s unchanged.",
        "",
        "| corpus | documents | chunks | first ingest | chunks/s | bare embedding chunks/s "
        "(ratio) | re-ingest unchanged | one document changed |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in ing["rows"]:
        lines.append(
            f"| {row['factor']}x | {row['documents']} | {row['chunks']} | "
            f"{row['first_seconds']} s | {row['chunks_per_second']} | "
            f"{row['bare_embed_chunks_per_second']} ({row['ratio_to_bare']:.2f}x) | "
            f"{row['unchanged_seconds']} s ({100 * row['unchanged_ratio']:.1f}%) | "
            f"{row['changed_seconds']} s ({100 * row['changed_ratio']:.1f}%, "
            f"{row['changed_embedded']} embedded) |"
        )
    if ing.get("skipped"):
        k = ing["skipped"]
        lines.append(
            f"| {k['factor']}x | – | {k['chunks']} | ~{k['estimated_seconds']} s (estimated at "
            f"{k['from_rate']} chunks/s) | – | – | – | not run: `--full` runs it |"
        )
    lines += [
        "",
        "## Scale: /v1/chat at concurrency 1 against the number of chunks",
        "",
        "Indexes: the bundled corpus (real vectors) plus generated chunks (real chunker, cheap "
        "vectors: a real chunk's vector plus Gaussian noise, normalised), written through the "
        "ingest store API (eval/bench_data.py, `build_scaled_index`) and served by "
        "`talksqa serve` like any index.",
        "",
        "| chunks | service p50 ms | p95 ms | floor p50 ms (embed + query) | p50 / floor | "
        "ready after | peak RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in r["scale"]:
        fl = row["floor"]
        lines.append(
            f"| {row['chunks']} | {_f(row['service']['p50_ms'])} | {_f(row['service']['p95_ms'])}"
            f" | {_f(fl['p50_ms'])} ({_f(fl['embed_p50_ms'])} + {_f(fl['query_p50_ms'])}) | "
            f"{_x(row['service']['p50_ms'], fl['p50_ms'])} | {row['ready_seconds']} s | "
            f"{row['memory']['peak_rss_mb']} MB |"
        )
    prof = s.get("profile_c8")
    if prof:
        lines += [
            "",
            f"## Profile of the service at concurrency 8 ({prof['samples']} samples)",
            "",
            "| function (inclusive) | % of samples |",
            "|---|---|",
        ]
        lines += [f"| `{name}` | {pct} |" for name, pct in prof["inclusive_pct"]]
        lines += ["", "| function (self) | % of samples |", "|---|---|"]
        lines += [f"| `{name}` | {pct} |" for name, pct in prof["self_pct"]]
    lines += [
        "",
        "## How it was measured",
        "",
        "- Each HTTP system is a real process on a free loopback port (`talksqa serve` with the "
        "default settings but the index folder and `TALKSQA_RATE_LIMIT=` (off: the benchmark is "
        "one client); the stock RAG by `python -m eval.stock_rag "
        "serve`, uvicorn defaults), driven by keep-alive clients that cost little next to a "
        "millisecond answer: the standard library's HTTPConnection at concurrency 1, aiohttp "
        "with N connections above. At each concurrency both systems answer the same questions "
        "in six alternating blocks, the order swapped every block, so that the shared "
        "machine's drift falls on both. A few unmeasured questions open "
        "the connections first. Every question is sent once per system (no cache can help), "
        "except in the repeated-question row.",
        "- Latency is client-side wall time of the POST; req/s is successful answers over the "
        "run's wall time.",
        "- Cold start: spawn of the process to the first 200 of /readyz (polled every 10 ms).",
        "- Re-ingest and one-changed-document times are `build_index` runs on the same store "
        "right after the first ingest (re-ingest: the median of three).",
        "- Scale: the same questions at every index size, each size a fresh server.",
    ]
    return "\n".join(lines) + "\n"


def charts(r: dict[str, Any], out: Path) -> dict[str, Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, NullFormatter

    plain = FuncFormatter(lambda v, _: f"{v:g}")

    s = r["serving"]
    f = s["floor"]
    paths = {"latency_png": out / "bench_latency.png", "scale_png": out / "bench_scale.png"}

    # latency distributions: one box per system and concurrency, floor as a line
    fig, (ax, bars) = plt.subplots(1, 2, figsize=(13, 5.2), gridspec_kw={"width_ratios": [3, 1]})
    labels, data, colors = ["floor\n(in-process)"], [f["samples_ms"]], ["#999999"]
    for c in ("1", "8", "32"):
        for name, color in (("service", "#2a7ab8"), ("stock", "#d9822b")):
            labels.append(f"{name}\nc={c}")
            data.append(s[name][c]["latencies_ms"] or [float("nan")])
            colors.append(color)
    labels.append("service\nrepeated")
    data.append(s["service"]["repeated"].get("latencies_ms") or [float("nan")])
    colors.append("#2a7ab8")
    box = ax.boxplot(data, vert=False, whis=(1, 99), showfliers=False, patch_artist=True)
    for patch, color in zip(box["boxes"], colors, strict=True):
        patch.set_facecolor(color)
        patch.set_alpha(0.6)
    ax.set_yticks(range(1, len(labels) + 1), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.axvline(
        f["p50_ms"],
        color="black",
        linestyle="--",
        linewidth=1,
        label=f"floor p50 {f['p50_ms']:.1f} ms",
    )
    ax.axvline(
        1.3 * f["p50_ms"],
        color="green",
        linestyle=":",
        linewidth=1,
        label="1.3x floor (target at c=1)",
    )
    ax.xaxis.set_major_formatter(plain)
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("latency per request, ms (log scale; box = p25..p75, whiskers p1..p99)")
    ax.set_title("Latency: service (blue) vs stock LangChain RAG (orange)")
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", which="both", alpha=0.3)
    xs = [1, 2, 3]
    width = 0.38
    for offset, (name, color) in enumerate((("service", "#2a7ab8"), ("stock", "#d9822b"))):
        values = [s[name][c]["rps"] for c in ("1", "8", "32")]
        bars.bar([x + (offset - 0.5) * width for x in xs], values, width, color=color, label=name)
    bars.axhline(80, color="green", linestyle=":", linewidth=1, label="80/s target (c=8)")
    bars.set_xticks(xs, ["c=1", "c=8", "c=32"])
    bars.set_ylabel("distinct questions answered per second")
    bars.set_title("Throughput")
    bars.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(paths["latency_png"], dpi=110)
    plt.close(fig)

    # scale curve and ingest throughput
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.8))
    rows = r["scale"]
    n = [row["chunks"] for row in rows]
    left.plot(
        n,
        [row["service"]["p50_ms"] for row in rows],
        "o-",
        color="#2a7ab8",
        label="service p50 (HTTP)",
    )
    left.plot(
        n,
        [row["service"]["p95_ms"] for row in rows],
        "o--",
        color="#2a7ab8",
        alpha=0.5,
        label="service p95",
    )
    left.plot(
        n,
        [row["floor"]["p50_ms"] for row in rows],
        "s-",
        color="#777777",
        label="floor p50 (embed + Chroma query)",
    )
    left.plot(
        n,
        [row["floor"]["query_p50_ms"] for row in rows],
        "s:",
        color="#777777",
        label="Chroma query alone p50",
    )
    if rows:
        left.axhline(
            2 * rows[0]["service"]["p50_ms"],
            color="green",
            linestyle=":",
            linewidth=1,
            label="2x the smallest index (target)",
        )
    left.set_xscale("log")
    left.set_yscale("log")
    for axis in (left.xaxis, left.yaxis):
        axis.set_major_formatter(plain)
    left.yaxis.set_minor_formatter(plain)
    left.set_xlabel("chunks in the index")
    left.set_ylabel("ms")
    left.set_title("Latency at concurrency 1 against index size")
    left.legend(fontsize=8)
    left.grid(which="both", alpha=0.3)
    ing = r["ingest"]
    right.plot(
        [row["chunks"] for row in ing["rows"]],
        [row["chunks_per_second"] for row in ing["rows"]],
        "o-",
        color="#2a7ab8",
        label="first ingest",
    )
    right.plot(
        [row["chunks"] for row in ing["rows"]],
        [row["bare_embed_chunks_per_second"] for row in ing["rows"]],
        "s-",
        color="#777777",
        label="bare embedding (floor, same moment)",
    )
    right.axhline(200, color="green", linestyle=":", label="200/s target")
    for row in ing["rows"]:
        right.annotate(
            f"{row['factor']}x",
            (row["chunks"], row["chunks_per_second"]),
            textcoords="offset points",
            xytext=(4, 4),
            fontsize=8,
        )
    right.set_xscale("log")
    right.xaxis.set_major_formatter(plain)
    right.xaxis.set_minor_formatter(NullFormatter())
    right.set_xlabel("chunks in the corpus")
    right.set_ylabel("chunks per second")
    right.set_ylim(bottom=0)
    right.set_title("Ingest throughput")
    right.legend(fontsize=8)
    right.grid(which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(paths["scale_png"], dpi=110)
    plt.close(fig)
    return paths


def write(results: dict[str, Any], out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "bench.json", "md": out / "bench.md"}
    paths["json"].write_text(
        json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    paths["md"].write_text(markdown(results), encoding="utf-8")
    paths.update(charts(results, out))
    return paths
