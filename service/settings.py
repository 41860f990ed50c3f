"""All configuration, from TALKSQA_* environment variables (or a .env file), validated at start.

Nothing else in the code base reads os.environ.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
PROMPTS = ROOT / "prompts"  # the prompts package, installed beside service/


def default_home() -> Path:
    """The checkout when the code runs from one (make serve, make test), else a per-user
    data folder: never the current directory."""
    if (ROOT / "pyproject.toml").is_file() and (ROOT / "service").is_dir():
        return ROOT
    return Path.home() / ".local" / "share" / "talksqa"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TALKSQA_", env_file=".env", extra="ignore")

    home: Path | None = Field(
        None,
        description="Base of every relative path setting (unset: the checkout when run from "
        "one, else ~/.local/share/talksqa)",
    )
    data_dir: Path = Field(
        Path("data/corpus"), description="Corpus folder ingested by default (under home)"
    )
    index_dir: Path = Field(
        Path("var/index"), description="Embedded Chroma index folder (under home)"
    )
    chroma_url: str | None = Field(
        None, description="Chroma server URL; replaces the embedded index"
    )
    collection_prefix: str = Field(
        "talksqa", description="Collection name prefix on a Chroma server"
    )
    embedder: str = Field(
        "use-m3+e5",
        description="'use-m3+e5' (both models, their rankings fused), 'use-m3', 'e5' "
        "(multilingual-e5-small) or 'sentence-transformers:<path or name>'",
    )
    chunk_size: int = Field(240, ge=40, le=4000, description="Maximum characters per chunk")
    ingest_workers: int = Field(
        0, ge=0, description="Processes embedding a large ingest (0: one per CPU; 1: none)"
    )
    ingest_wait_seconds: float = Field(
        0.0,
        ge=0,
        description="How long an ingest waits for another one writing to the same index "
        "before it fails (0: fail at once, naming the other writer)",
    )
    ingest_lease_seconds: float = Field(
        30.0,
        ge=2,
        description="Length of the writer lease on a Chroma server, renewed while an ingest "
        "runs; a killed ingest's lease frees itself after this long",
    )
    refresh_seconds: float = Field(
        1.0, ge=0, description="How often the service looks for a newly published index"
    )
    exact_search_max_chunks: int | None = Field(
        None,
        ge=0,
        description="Indexes up to this many chunks (unset: 20000) are held in memory and "
        "searched exactly, and keep answering while a Chroma server is down; larger ones are "
        "searched by the store (HNSW)",
    )
    prompts_dir: Path = Field(
        PROMPTS,
        description="Answer frames and messages (default: the installed prompts/ package)",
    )

    top_k: int = Field(5, ge=1, le=50, description="Chunks retrieved when a request sets none")
    max_top_k: int = Field(20, ge=1, le=100, description="Largest top_k a request may ask for")
    hybrid: bool = Field(
        True,
        description="Fuse keyword (BM25) ranking with vector search (off: vector "
        "search alone; the gates and the selector read the corpus's words either way)",
    )
    rerank: bool = Field(
        True,
        description="Reorder the fused candidates with the trained reranker "
        "(service/qa/reranker.json; python -m eval.reranker retrains it)",
    )
    glossary: Path | None = Field(
        None,
        description="Operator's English-to-Arabic glossary for one corpus (JSON, under home; "
        "format: service/qa/glossary.py); unset: none",
    )
    synonyms: Path | None = Field(
        None,
        description="Operator's Arabic synonym list for one corpus (JSON, under home; "
        "format: service/qa/glossary.py); unset: none",
    )
    gazetteer: Path | None = Field(
        None,
        description="Operator's names beyond CLDR's countries and the region's names "
        "(JSON, under home; format: service/qa/entities.py), checked like them; unset: none",
    )
    max_citations: int = Field(3, ge=1, le=10, description="Most quotes in one answer")
    min_similarity: float = Field(
        0.12, ge=-1, le=1, description="Abstain when the best passage is less similar than this"
    )
    # 0.05 -> 0.02 with the fused embedder (its first passage is more often the answer): over
    # the twelve development sets with questions and dev15 (/tmp probe, answerable items),
    # citation precision 0.343 -> 0.358, recall 0.710 -> 0.700; bundled set 0.422 -> 0.472,
    # 0.773 -> 0.764. Two quotes at most: precision 0.402 but recall 0.645.
    include_margin: float = Field(
        0.02,
        ge=0,
        le=1,
        description="Without the reranker: quote further passages within this similarity "
        "of the best",
    )
    # With the reranker, its probabilities decide. Over the fifteen development sets and the
    # bundled set (/tmp probe, answerable items; citation precision / recall, all quotes
    # counted), with the linear model: the margin above 0.372 / 0.731; 0.8 of the best
    # 0.398 / 0.700; 0.6 0.397 / 0.713; 0.4 and 0.2 for a passage that covers a missing word
    # 0.419 / 0.731. The model over pairwise products (service/qa/rerank.py) is surer of its
    # best passage, so fewer others reach a share of it: over 37 development sets pooled
    # (/tmp probe, every item) 0.4 and 0.2 gave 0.338 / 0.639 and the bundled set 0.479 /
    # 0.764 (recall 0.8 before); 0.35 and 0.1 give 0.315 / 0.653 and 0.459 / 0.791; 0.25 and
    # 0.1 the bundled set 0.430 / 0.818, 0.15 and 0.05 0.372 / 0.827.
    include_share: float = Field(
        0.35,
        gt=0,
        le=1,
        description="With the reranker: quote further passages whose probability is at least "
        "this share of the best's",
    )
    cover_share: float = Field(
        0.1,
        gt=0,
        le=1,
        description="With the reranker: or that cover a word of the question the chosen "
        "passages lack, and reach this share of the best's probability",
    )
    # An absolute floor beside the shares: a further quote is worth showing only when it is
    # itself likely to answer. Over 42 development sets with their completed alternatives
    # (`python -m eval --corpus eval/corpora/<set>` per set, 1327 questions pooled by item;
    # per-citation precision / recall / key facts, quotes per answer):
    # none 0.351 / 0.693 / 0.630, 2.45; 0.15 0.431 / 0.648 / 0.587, 1.84; 0.2 0.458 / 0.633 /
    # 0.568, 1.67; 0.3 0.499 / 0.595 / 0.536, 1.40. Fewer quotes leave some gates less to read
    # (false refusal 0.058 -> 0.062 at 0.15, correct refusal 0.869 -> 0.887). 0.2 cost the
    # bundled set's citation recall 0.791 -> 0.764, past its 0.02 tolerance; 0.15 keeps it at
    # 0.782 (precision 0.448 -> 0.479) (`python -m eval --check`).
    include_min_probability: float = Field(
        0.15,
        ge=0,
        le=1,
        description="With the reranker: a further quote (after the best) also needs at least "
        "this probability of answering",
    )

    llm_base_url: str | None = Field(
        None, description="OpenAI-compatible server for the LLM answerer (unset: extractive only)"
    )
    llm_model: str = Field("default", description="Model name sent to the LLM server")
    llm_api_key: SecretStr = Field(SecretStr("none"), description="API key for the LLM server")
    llm_timeout: float = Field(20.0, gt=0, description="Seconds before the LLM answer falls back")
    llm_max_tokens: int = Field(400, ge=16, le=4096, description="Longest LLM answer")
    llm_passages: int = Field(5, ge=1, le=20, description="Passages given to the LLM")
    llm_min_kept: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Fall back when less than this share of the LLM answer survives the guard",
    )
    llm_min_support: float = Field(
        0.15,
        ge=-1,
        le=1,
        description="Drop an LLM sentence less similar than this to the passages it cites",
    )

    stream_heartbeat_seconds: float = Field(
        5.0,
        gt=0,
        le=10,
        description="While a streamed answer waits for the LLM, send an SSE comment this often "
        "(proxies close connections that stay silent, often after 10 s or more)",
    )

    max_question_chars: int = Field(2000, ge=1, description="Longest question accepted")
    max_turns: int = Field(20, ge=1, description="Most messages in one request")
    max_turn_chars: int = Field(8000, ge=1, description="Longest earlier message accepted")
    max_body_bytes: int = Field(262_144, ge=1024, description="Largest request body accepted")

    cors_origins: list[str] = Field(
        default_factory=list,
        description="Origins whose pages may call the API (widget); JSON list, [] = same origin",
    )
    api_keys: list[SecretStr] = Field(
        default_factory=list,
        description="Bearer keys for API clients (JSON list); [] = no key needed",
    )
    rate_limit: str | None = Field(
        "120/minute", description="Per-client limit (limits syntax, e.g. 10/second); empty = off"
    )
    page_rate_limit: str | None = Field(
        "30/minute",
        description="Per-address limit for the service's own pages (demo, source viewer) when "
        "API keys are set; empty = those pages get no token and need a key like any client",
    )
    token_secret: SecretStr | None = Field(
        None,
        description="Signs widget tokens; unset = a random secret per process (tokens then "
        "fail on other workers and after a restart)",
    )
    token_seconds: int = Field(900, ge=30, le=86_400, description="Lifetime of a widget token")
    rate_limit_storage: str = Field(
        "memory://",
        description="Where counts live: memory:// (one process: refused with more than one "
        "worker) or redis://host:port (shared by workers and replicas)",
    )
    trust_forwarded_for: bool = Field(
        False, description="Identify clients by X-Forwarded-For (only behind a trusted proxy)"
    )
    host: str = Field("127.0.0.1", description="Address `talksqa serve` binds")
    port: int = Field(8000, ge=1, le=65535, description="Port `talksqa serve` binds")
    workers: int = Field(1, ge=1, description="Server processes; more than 1 needs chroma_url")
    keep_alive_seconds: int = Field(
        65, ge=1, description="Idle seconds before a keep-alive connection is closed"
    )
    log_level: str = Field("INFO", description="Python log level")
    log_json: bool = Field(
        True,
        description="true: one JSON object per log line; false: text lines with the same fields "
        "(request id, and method, path, status, ms on the access line) as key=value",
    )

    @field_validator("rate_limit", "page_rate_limit")
    @classmethod
    def _rate(cls, value: str | None) -> str | None:
        if not value:
            return None
        from limits import parse

        parse(value)  # raises ValueError with the reason
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("log_level must be DEBUG, INFO, WARNING or ERROR")
        return value

    @model_validator(mode="after")
    def _paths(self) -> Settings:
        """Relative paths are under `home`, whatever the current directory."""
        home = (self.home or default_home()).expanduser()
        self.home = home
        for name in ("data_dir", "index_dir", "prompts_dir", "glossary", "synonyms", "gazetteer"):
            value = getattr(self, name)
            if value is not None:
                value = value.expanduser()
                setattr(self, name, value if value.is_absolute() else home / value)
        return self

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if self.top_k > self.max_top_k:
            raise ValueError("top_k must not exceed max_top_k")
        problem = self.workers_problem(self.workers)
        if problem:
            raise ValueError(problem)
        return self

    def workers_problem(self, workers: int) -> str | None:
        """Why `workers` server processes cannot run with these settings, if they cannot."""
        if workers > 1 and not self.chroma_url:
            return (
                "the embedded index is read by one server process: set TALKSQA_CHROMA_URL to a "
                "Chroma server to run several workers or replicas"
            )
        if workers > 1 and self.api_keys and self.token_secret is None:
            return (
                "widget tokens signed by one worker fail on the others: set TALKSQA_TOKEN_SECRET "
                "when TALKSQA_API_KEYS is set and TALKSQA_WORKERS is more than 1"
            )
        if workers > 1 and self.rate_limit and self.rate_limit_storage.startswith("memory"):
            return (
                f"with {workers} workers and TALKSQA_RATE_LIMIT_STORAGE={self.rate_limit_storage} "
                f"each worker counts on its own, so clients would get {workers} times "
                f"TALKSQA_RATE_LIMIT ({self.rate_limit}): set TALKSQA_RATE_LIMIT_STORAGE="
                "redis://host:6379 (pip install 'limits[redis]') to share the counts, or set "
                "TALKSQA_RATE_LIMIT= (empty) to turn the limit off"
            )
        return None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
