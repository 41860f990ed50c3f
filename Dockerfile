# Talks Q&A: the service with the bundled corpus indexed at build time.
#
#   docker build -t talksqa .                                   lean: the default embedder (use-m3+e5), no torch
#   docker build -t talksqa:st --build-arg EMBEDDER_EXTRA=st .  adds sentence-transformers and the CPU torch
#
# Layers go from what changes least to what changes most: the dependencies (from pyproject.toml
# and constraints.txt only), then the sources, then the corpus and its index. Editing a source
# file reinstalls nothing.
FROM python:3.11-slim

# An extra of pyproject.toml for another embedder: "st" (sentence-transformers; set
# TALKSQA_EMBEDDER=sentence-transformers:<model> when running). USE and e5 are always installed.
ARG EMBEDDER_EXTRA=""
# torch comes from the CPU index (constraints.txt pins torch==2.13.0), never a CUDA build.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu

ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 TALKSQA_HOME=/app TALKSQA_HOST=0.0.0.0 TALKSQA_PORT=8000

RUN groupadd --gid 10001 talksqa && useradd --create-home --uid 10001 --gid 10001 talksqa
WORKDIR /app

# 1. Dependencies: cached until pyproject.toml or constraints.txt changes. The redis extra lets
# replicas share rate limits (compose.yaml); it is a small client, no server.
COPY pyproject.toml constraints.txt ./
COPY docker/requirements.py docker/requirements.py
RUN python docker/requirements.py "redis,${EMBEDDER_EXTRA}" > /tmp/requirements.txt \
 && if [ -n "$EMBEDDER_EXTRA" ]; then set -- --extra-index-url "$TORCH_INDEX"; fi \
 && pip install "$@" -c constraints.txt -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt

# 2. The package itself, without touching the dependencies installed above.
COPY README.md ./
COPY ingest ingest
COPY service service
COPY eval eval
COPY prompts prompts
RUN pip install --no-deps . \
 && rm -rf build ./*.egg-info

# 3. The bundled corpus, indexed at build time (the index lives under TALKSQA_HOME=/app).
COPY data data
RUN talksqa ingest \
 && chown -R 10001:10001 /app/var

# by number, so that the host and Kubernetes' runAsNonRoot can tell it is not root
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status != 200)"]
CMD ["talksqa", "serve"]
