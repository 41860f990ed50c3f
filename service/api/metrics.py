"""Prometheus metrics: requests, latency, abstentions, grounding fallbacks, errors by code."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

from service.models import ChatResponse


class Metrics:
    """One registry per app, so tests and several apps in one process do not collide."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "talksqa_requests_total",
            "HTTP requests",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "talksqa_request_seconds",
            "HTTP request latency",
            ["route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )
        self.answers = Counter(
            "talksqa_answers_total",
            "Answers by outcome",
            ["language", "model", "abstained", "grounding"],
            registry=self.registry,
        )
        self.errors = Counter(
            "talksqa_errors_total", "Error responses by code", ["code"], registry=self.registry
        )
        self.stage = Histogram(
            "talksqa_stage_seconds",
            "Time per answering stage",
            ["stage"],
            registry=self.registry,
            buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 2, 10),
        )
        self.cache_hits = Counter(
            "talksqa_answer_cache_hits_total",
            "Answers returned from the answer cache (not in talksqa_stage_seconds)",
            registry=self.registry,
        )

        self.embed_batch = Histogram(
            "talksqa_embed_batch_size",
            "Questions embedded together (concurrent questions share one encoder call)",
            registry=self.registry,
            buckets=(1, 2, 4, 8, 16, 32),
        )

    def record(self, response: ChatResponse) -> None:
        self.answers.labels(
            response.language, response.model, str(response.abstained).lower(), response.grounding
        ).inc()
        if response.timings.cached:  # no stage ran: zeros would drag the stage histograms down
            self.cache_hits.inc()
            return
        for stage in ("embed", "search", "answer"):
            self.stage.labels(stage).observe(getattr(response.timings, f"{stage}_ms") / 1000)

    def render(self) -> bytes:
        return generate_latest(self.registry)
