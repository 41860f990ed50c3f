# Two commands on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
HOST ?= 127.0.0.1
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: install install-dev install-eval ingest serve test lint eval clean browser redis up down

# Serving needs no torch: install the base package only (fast).
$(BIN)/talksqa: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) -e .
	touch $@

$(VENV)/.dev: $(BIN)/talksqa
	$(PIP) -e '.[dev]'
	touch $@

# The evaluation harness only (python -m eval, talksqa eval): no torch, no test tools.
$(VENV)/.eval: $(BIN)/talksqa
	$(PIP) -e '.[eval]'
	touch $@

install: $(BIN)/talksqa
install-dev: $(VENV)/.dev
install-eval: $(VENV)/.eval

ingest: install
	@mkdir -p var
	$(BIN)/talksqa ingest

serve: ingest
	$(BIN)/talksqa serve --host $(HOST) --port $(PORT)

# The widget tests drive Debian's Chromium (never `playwright install`); the replica tests share
# rate limits through a real Redis. Both from Debian's packages; we run as root.
browser:
	@test -x /usr/bin/chromium || (apt-get update && apt-get install -y --no-install-recommends chromium)

redis:
	@test -x /usr/bin/redis-server || (apt-get update && apt-get install -y --no-install-recommends redis-server)

test: install-dev browser redis
	$(BIN)/python -m pytest

# The inner loop: no servers, no browser, nothing slow (the real embedder and Chroma still run).
.PHONY: test-fast
test-fast: install-dev
	$(BIN)/python -m pytest -q -m "not slow and not server"

# A longer, random schemathesis run than CI's fixed one (tests/test_fuzz.py).
.PHONY: fuzz
fuzz: install-dev
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-2000} $(BIN)/python -m pytest tests/test_fuzz.py

lint: install-dev
	$(BIN)/ruff check service ingest eval tests docker
	$(BIN)/ruff format --check service ingest eval tests docker
	$(BIN)/mypy

clean:
	rm -rf $(VENV) var

# EVAL_ARGS="--url http://host:8000 --dataset mine.jsonl" scores a deployment on your own set.
eval: install-eval ingest
	$(BIN)/talksqa eval $(EVAL_ARGS)

# The service beside its physical floor and a stock LangChain RAG (eval/bench.py):
# writes eval/reports/bench.{json,md} and PNGs. BENCH_ARGS=--quick for a ~2 minute smoke run,
# --full to also run the 1000x ingest when it is estimated over 10 minutes, --profile for py-spy.
.PHONY: bench
bench: install-dev
	$(BIN)/python -m eval.bench $(BENCH_ARGS)

# The replicated set-up of compose.yaml: Chroma server, Redis, an ingest job, two replicas behind
# Caddy on http://127.0.0.1:8000. Needs Docker with the compose plugin.
up:
	docker compose up --build

down:
	docker compose down
