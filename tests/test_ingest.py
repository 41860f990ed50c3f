"""Ingest is idempotent, replaces changed documents, deletes removed ones, and never leaves a
half-written index serving."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from ingest.build import build_index
from ingest.chunk import chunk_document
from ingest.embed import DEFAULT_EMBEDDER, UniversalSentenceEncoder
from ingest.load import CorpusError, load_corpus
from ingest.read import read_index
from ingest.store import EmbeddedStore
from service.settings import Settings
from tests.conftest import REPORT, ROOT, VENV_BIN, service_env


def _build(corpus: Path, root: Path, embeddings: Embeddings):  # type: ignore[no-untyped-def]
    return build_index(
        [corpus],
        store=EmbeddedStore(root),
        embeddings=embeddings,
        embedder=DEFAULT_EMBEDDER,
        chunk_size=240,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(REPORT, folder / REPORT.name)
    return folder


def test_reingest_embeds_nothing_and_keeps_the_generation(
    corpus: Path, tmp_path: Path, embeddings: Embeddings
) -> None:
    first = _build(corpus, tmp_path / "idx", embeddings)
    second = _build(corpus, tmp_path / "idx", embeddings)
    assert first.changed and first.embedded == first.chunks > 0
    assert not second.changed and second.embedded == 0
    assert second.generation == first.generation


def test_changed_document_replaces_its_chunks_and_removed_one_is_deleted(
    corpus: Path, tmp_path: Path, embeddings: Embeddings
) -> None:
    other = corpus / "second.ar.txt"
    other.write_text('قال متحدث: "الحوار مستمر".\n\nوأضاف: "لا جديد".', encoding="utf-8")
    root = tmp_path / "idx"
    first = _build(corpus, root, embeddings)
    other.write_text('قال متحدث: "الحوار متوقف".\n\nوأضاف: "لا جديد".', encoding="utf-8")
    changed = _build(corpus, root, embeddings)
    assert changed.changed and 0 < changed.embedded < changed.chunks
    assert changed.reused == first.chunks - 1 and changed.removed == 1
    snapshot = read_index(EmbeddedStore(root))
    texts = [c.text for c in snapshot.chunks.values() if c.doc_id == "second.ar"]
    assert any("متوقف" in t for t in texts) and not any("مستمر" in t for t in texts)

    other.unlink()
    removed = _build(corpus, root, embeddings)
    snapshot = read_index(EmbeddedStore(root))
    assert removed.embedded == 0 and removed.removed == len(texts)
    assert set(snapshot.documents) == {"paris-talks.ar"}
    assert all(c.doc_id == "paris-talks.ar" for c in snapshot.chunks.values())


def test_empty_corpus_is_an_error_and_changes_nothing(
    corpus: Path, tmp_path: Path, embeddings: Embeddings
) -> None:
    root = tmp_path / "idx"
    first = _build(corpus, root, embeddings)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CorpusError):
        _build(empty, root, embeddings)
    assert EmbeddedStore(root).current() == first.generation


def test_failed_ingest_leaves_the_previous_index_serving(
    corpus: Path, tmp_path: Path, embeddings: Embeddings
) -> None:
    root = tmp_path / "idx"
    first = _build(corpus, root, embeddings)
    (corpus / "new.txt").write_text('قال متحدث: "جديد".', encoding="utf-8")

    class Broken(UniversalSentenceEncoder):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            raise OSError("disk full")

    with pytest.raises(OSError):
        _build(corpus, root, Broken())
    store = EmbeddedStore(root)
    assert store.current() == first.generation
    assert [p.name for p in store.generations.iterdir()] == [first.generation]
    assert len(read_index(store).chunks) == first.chunks


@pytest.mark.slow
def test_killed_ingest_leaves_the_previous_index_serving(corpus: Path, tmp_path: Path) -> None:
    """kill -9 a real `talksqa ingest` at random points, 10 times: the served index is always a
    complete one (the previous, or the new one if the run got to publish), and a re-run ends it.
    """
    rng = random.Random(7)
    text = REPORT.read_text(encoding="utf-8")
    root = tmp_path / "idx"
    env = service_env(TALKSQA_INDEX_DIR=str(root))
    ingest = [str(VENV_BIN / "talksqa"), "ingest", str(corpus)]
    for i in range(30):  # a corpus large enough to take seconds
        (corpus / f"copy{i}.txt").write_text(text.replace("باريس", f"باريس {i}"), encoding="utf-8")
    subprocess.run(ingest, env=env, check=True, cwd=ROOT, capture_output=True)
    killed = 0
    for run in range(10):
        before = len(read_index(EmbeddedStore(root)).chunks)
        for j in range(3):  # new work for this run: three more reports
            (corpus / f"run{run}-{j}.txt").write_text(
                text.replace("باريس", f"باريس {run}-{j}"), encoding="utf-8"
            )
        process = subprocess.Popen(
            ingest, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.2, 4.0))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed += 1
        process.wait()
        served = len(read_index(EmbeddedStore(root)).chunks)  # always readable, never partial
        assert served in (before, _chunks_in(corpus)), (run, served, before)
    assert killed >= 5
    done = subprocess.run(ingest, env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(read_index(EmbeddedStore(root)).chunks) == _chunks_in(corpus)


def _chunks_in(corpus: Path) -> int:
    return sum(len(chunk_document(d, size=Settings().chunk_size)) for d in load_corpus([corpus]))


def test_reading_an_index_whose_size_is_a_multiple_of_the_page(
    corpus: Path,
    tmp_path: Path,
    embeddings: Embeddings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ingest.read

    report = _build(corpus, tmp_path / "idx", embeddings)
    monkeypatch.setattr(ingest.read, "PAGE", report.chunks // 2)  # the last page comes back empty
    snapshot = read_index(EmbeddedStore(tmp_path / "idx"))
    assert len(snapshot.chunks) == report.chunks
    assert snapshot.vectors is not None and snapshot.vectors.shape == (report.chunks, 512 + 384)


def test_a_large_ingest_is_embedded_by_worker_processes_with_the_same_vectors(
    embeddings: Embeddings, corpus: Path, tmp_path: Path
) -> None:
    import numpy as np

    from ingest.parallel import ParallelEmbeddings

    # min_parallel=1 makes the bundled corpus "large": two real spawned processes embed it
    spread = ParallelEmbeddings(embeddings, spec=DEFAULT_EMBEDDER, workers=2, min_parallel=1)
    report = build_index(
        [corpus],
        store=EmbeddedStore(tmp_path / "p"),
        embeddings=spread,
        embedder=DEFAULT_EMBEDDER,
        chunk_size=240,
    )
    alone = _build(corpus, tmp_path / "s", embeddings)
    assert report.embedded == alone.embedded == report.chunks
    a, b = read_index(EmbeddedStore(tmp_path / "p")), read_index(EmbeddedStore(tmp_path / "s"))
    assert a.vector_ids == b.vector_ids and a.vectors is not None and b.vectors is not None
    assert np.allclose(a.vectors, b.vectors, atol=1e-6)
    # a sentence-transformers model is never spread (torch already uses every core)
    assert ParallelEmbeddings(embeddings, spec="sentence-transformers:x", workers=4).workers == 1
