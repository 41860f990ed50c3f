"""A large ingest shows how far it is, its worker processes die with it, and what a killed
run leaves behind never takes the place of a generation worth keeping."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.build import build_index
from ingest.embed import UniversalSentenceEncoder
from ingest.store import EmbeddedStore
from tests.conftest import (
    CORPUS,
    REPORT,
    ROOT,
    VENV_BIN,
    alive,
    children_of,
    service_env,
    talksqa,
)

OTHER = ROOT / "eval" / "corpora" / "dev" / "reports"


def test_a_killed_runs_empty_generation_is_not_kept_instead_of_the_rollback(
    tmp_path: Path, embeddings: UniversalSentenceEncoder
) -> None:
    store = EmbeddedStore(tmp_path / "index")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT, corpus / REPORT.name)

    def ingest() -> str:
        report = build_index(
            [corpus], store=store, embeddings=embeddings, embedder="use-m3", chunk_size=240
        )
        assert report.changed and report.generation
        return report.generation

    first = ingest()
    killed = [store.begin(), store.begin()]  # what two runs killed before publishing leave
    (corpus / "more.txt").write_text('قال متحدث: "جملة جديدة".', encoding="utf-8")
    second = ingest()
    on_disk = {p.name for p in store.generations.iterdir()}
    assert on_disk == {first, second}, killed  # the rollback kept, the leftovers gone
    (corpus / "third.txt").write_text('قال متحدث آخر: "جملة أخرى".', encoding="utf-8")
    third = ingest()
    assert store.published() == [third, second, first]
    assert {p.name for p in store.generations.iterdir()} == {first, second, third}


EMBED_FOREVER = """
from ingest.embed import UniversalSentenceEncoder
from ingest.parallel import ParallelEmbeddings

embeddings = ParallelEmbeddings(UniversalSentenceEncoder(), spec="use-m3", workers=2, min_parallel=1)
texts = [f"statement number {i} about the talks in Paris" for i in range(200_000)]
embeddings.embed_documents(texts, on_done=lambda n: print("batch", n, flush=True))
"""


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_embedding_workers_die_with_a_killed_ingest() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", EMBED_FOREVER],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("batch")  # the workers are embedding
        workers = [p for p in children_of(process.pid) if alive(p)]
        assert len(workers) >= 2
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 30
        while [p for p in workers if alive(p)] and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [p for p in workers if alive(p)]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_ingest_progress_is_logged_when_not_on_a_terminal(tmp_path: Path) -> None:
    env = service_env(TALKSQA_INDEX_DIR=str(tmp_path / "index"), TALKSQA_LOG_LEVEL="INFO")
    run = talksqa("ingest", str(CORPUS), env=env)
    assert run.returncode == 0, run.stderr
    found = re.search(r"(\d+) chunks \((\d+) embedded", run.stdout)
    assert found, run.stdout
    chunks = int(found[1])
    assert "ingest: reading documents 1\n" in run.stderr
    assert f"ingest: embedding chunks {chunks} (0 reused)\n" in run.stderr
    assert f"ingest: embedding chunks done: {chunks} in " in run.stderr


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux's script")
def test_ingest_shows_progress_bars_on_a_terminal(tmp_path: Path) -> None:
    env = service_env(TALKSQA_INDEX_DIR=str(tmp_path / "index"), TALKSQA_EMBEDDER="use-m3")
    command = f"{VENV_BIN / 'talksqa'} ingest {OTHER}"
    run = subprocess.run(
        ["script", "-qec", command, "/dev/null"],  # a pseudo-terminal, as an operator's shell
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout
    found = re.search(r"(\d+) chunks \((\d+) embedded", run.stdout)
    assert found, run.stdout
    chunks = int(found[1])
    assert "embedding chunks (0 reused)" in run.stdout
    assert f"{chunks}/{chunks}" in run.stdout and "eta" in run.stdout
