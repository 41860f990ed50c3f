# Talks Q&A: the service with the bundled corpus indexed at build time.
FROM python:3.11-slim

# The CPU build of torch (for the optional sentence-transformers embedders), never CUDA.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    TALKSQA_HOST=0.0.0.0 TALKSQA_PORT=8000 TALKSQA_INDEX_DIR=/app/var/index \
    TALKSQA_DATA_DIR=/app/data/corpus

RUN useradd --create-home --uid 10001 talksqa
WORKDIR /app

COPY pyproject.toml constraints.txt README.md ./
COPY ingest ingest
COPY service service
COPY eval eval
COPY prompts prompts
COPY data data
RUN pip install --extra-index-url "$TORCH_INDEX" -c constraints.txt ".[st]" \
 && talksqa ingest \
 && chown -R talksqa:talksqa /app/var

USER talksqa
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2).status != 200)"
CMD ["talksqa", "serve"]
