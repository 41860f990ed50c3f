"""Ingest is idempotent, replaces changed documents, deletes removed ones, and never leaves a
half-written index serving."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from ingest.build import build_index
from ingest.embed import UniversalSentenceEncoder
from ingest.load import CorpusError
from ingest.read import read_index
from ingest.store import EmbeddedStore
from tests.conftest import REPORT, ROOT, VENV_BIN, service_env


def _build(corpus: Path, root: Path, embeddings: UniversalSentenceEncoder):  # type: ignore[no-untyped-def]
    return build_index([corpus], store=EmbeddedStore(root), embeddings=embeddings,
                       embedder="use-m3", chunk_size=240)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(REPORT, folder / REPORT.name)
    return folder


def test_reingest_embeds_nothing_and_keeps_the_generation(
    corpus: Path, tmp_path: Path, embeddings: UniversalSentenceEncoder
) -> None:
    first = _build(corpus, tmp_path / "idx", embeddings)
    second = _build(corpus, tmp_path / "idx", embeddings)
    assert first.changed and first.embedded == first.chunks > 0
    assert not second.changed and second.embedded == 0
    assert second.generation == first.generation


def test_changed_document_replaces_its_chunks_and_removed_one_is_deleted(
    corpus: Path, tmp_path: Path, embeddings: UniversalSentenceEncoder
) -> None:
    other = corpus / "second.ar.txt"
    other.write_text("قال متحدث: \"الحوار مستمر\".\n\nوأضاف: \"لا جديد\".", encoding="utf-8")
    root = tmp_path / "idx"
    first = _build(corpus, root, embeddings)
    other.write_text("قال متحدث: \"الحوار متوقف\".\n\nوأضاف: \"لا جديد\".", encoding="utf-8")
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
    corpus: Path, tmp_path: Path, embeddings: UniversalSentenceEncoder
) -> None:
    root = tmp_path / "idx"
    first = _build(corpus, root, embeddings)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CorpusError):
        _build(empty, root, embeddings)
    assert EmbeddedStore(root).current() == first.generation


def test_failed_ingest_leaves_the_previous_index_serving(
    corpus: Path, tmp_path: Path, embeddings: UniversalSentenceEncoder
) -> None:
    root = tmp_path / "idx"
    first = _build(corpus, root, embeddings)
    (corpus / "new.txt").write_text("قال متحدث: \"جديد\".", encoding="utf-8")

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
    """kill -9 at several points of a real `talksqa ingest`; the pointer never moves early."""
    text = REPORT.read_text(encoding="utf-8")
    root = tmp_path / "idx"
    env = service_env(TALKSQA_INDEX_DIR=str(root), TALKSQA_LOG_LEVEL="WARNING")
    subprocess.run([str(VENV_BIN / "talksqa"), "ingest", str(corpus)], env=env, check=True,
                   cwd=ROOT, capture_output=True)
    store = EmbeddedStore(root)
    served = store.current()
    chunks = len(read_index(store).chunks)
    for i in range(30):  # a corpus large enough to take seconds
        (corpus / f"copy{i}.txt").write_text(text.replace("باريس", f"باريس {i}"), encoding="utf-8")
    for delay in (0.5, 1.5, 3.0):
        process = subprocess.Popen([str(VENV_BIN / "talksqa"), "ingest", str(corpus)], env=env,
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if process.returncode == 0:  # finished before the kill: it published a complete index
            break
        assert EmbeddedStore(root).current() == served
        assert len(read_index(EmbeddedStore(root)).chunks) == chunks
    done = subprocess.run([str(VENV_BIN / "talksqa"), "ingest", str(corpus)], env=env,
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(read_index(EmbeddedStore(root)).chunks) == chunks * 31
