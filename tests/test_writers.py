"""One writer at a time on a Chroma server: the ingest lease and its fencing token, with a real
`chroma run` and real `talksqa ingest` processes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import chromadb
import pytest

from ingest.lease import LeaseLost, StoreLease
from ingest.load import load_corpus
from ingest.read import read_index
from ingest.store import EmbeddedStore, ServerStore
from tests.conftest import CORPUS, ROOT, VENV_BIN, chroma_on, free_port, service_env, talksqa

OTHER = ROOT / "eval" / "corpora" / "dev" / "reports"


class StalledLease(StoreLease):
    """A writer that took the lease and then stopped (a paused VM, a long GC): it never renews."""

    def _start_renewing(self) -> None:
        pass


def _lease(port: int, **kwargs: float) -> StoreLease:
    client = chromadb.HttpClient(host="127.0.0.1", port=port)
    return StalledLease(
        lambda: client,
        prefix="talksqa",
        where=f"Chroma server at http://127.0.0.1:{port}",
        owner="the test's writer",
        **kwargs,
    )


def _ingest(path: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(VENV_BIN / "talksqa"), "ingest", str(path)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_a_second_writer_fails_or_waits_and_a_stalled_one_is_fenced(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = service_env(TALKSQA_CHROMA_URL=url)
    with chroma_on(tmp_path / "chroma", port):
        held = _lease(port, seconds=600, wait=0)
        assert held.acquire() == 1
        refused = talksqa("ingest", str(CORPUS), env=env)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert "the test's writer holds the ingest lease (token 1" in refused.stderr
        assert "TALKSQA_INGEST_WAIT_SECONDS" in refused.stderr
        assert ServerStore(url).current() is None  # nothing was published
        held.release()

        # a writer that stalls past its lease is taken over, and can no longer publish
        stalled = _lease(port, seconds=8, wait=0)
        assert stalled.acquire() == 2  # the refused ingest never got a token
        waiter = talksqa("ingest", str(CORPUS), env={**env, "TALKSQA_INGEST_WAIT_SECONDS": "60"})
        assert waiter.returncode == 0, waiter.stderr
        assert "waiting for the ingest lease held by the test's writer" in waiter.stderr
        store = ServerStore(url)
        published = store.current()
        assert published is not None
        with pytest.raises(LeaseLost, match="took the ingest lease over"):
            stalled.check()
        store._lease = stalled  # the stalled writer wakes up and tries to publish
        with pytest.raises(LeaseLost):
            store.publish("g20000101T000000-stale")
        assert ServerStore(url).current() == published
        assert len(read_index(ServerStore(url)).documents) == 1


@pytest.mark.slow
def test_two_concurrent_ingests_publish_one_after_the_other(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = service_env(TALKSQA_CHROMA_URL=url, TALKSQA_INGEST_WAIT_SECONDS="120")
    with chroma_on(tmp_path / "chroma", port):
        runs = [_ingest(CORPUS, env), _ingest(OTHER, env)]
        outputs = [run.communicate(timeout=300) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
        generations = [out.split()[1] for out, _ in outputs]  # "index <generation> published"
        assert len(set(generations)) == 2
        pointer = chromadb.HttpClient(host="127.0.0.1", port=port).get_collection("talksqa-pointer")
        metadata = pointer.metadata or {}
        assert metadata["token"] == 2  # each writer had its own fencing token
        served = read_index(ServerStore(url))
        last = generations.index(str(metadata["generation"]))
        corpus = [CORPUS, OTHER][last]
        assert served.generation == generations[last]
        assert set(served.documents) == {d.id for d in load_corpus([corpus])}

        # a run killed while writing leaves a partial generation: never kept in place of one
        # that was published
        client = chromadb.HttpClient(host="127.0.0.1", port=port)
        killed = ServerStore(url).begin()
        client.create_collection(f"talksqa-{killed}-chunks", embedding_function=None)
        third = talksqa("ingest", str(ROOT / "eval" / "corpora" / "dev2" / "reports"), env=env)
        assert third.returncode == 0, third.stderr
        on_server = {
            c.name.rsplit("-", 1)[0][len("talksqa-") :]
            for c in client.list_collections()
            if c.name.startswith("talksqa-g")
        }
        published = ServerStore(url).published()
        assert published is not None and len(published) == 3
        assert on_server == set(published) and killed not in on_server


def test_a_second_ingest_of_an_embedded_index_fails_or_waits(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "index")
    env = service_env(TALKSQA_INDEX_DIR=str(store.root))
    with store.writer_lock():  # this process is ingesting
        refused = talksqa("ingest", str(CORPUS), env=env)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert f"ingest is locked by pid {os.getpid()}" in refused.stderr
        assert "TALKSQA_INGEST_WAIT_SECONDS" in refused.stderr
        waiter = _ingest(CORPUS, {**env, "TALKSQA_INGEST_WAIT_SECONDS": "120"})
        assert waiter.stderr is not None
        line = waiter.stderr.readline()  # it says so, then waits for the lock
        assert f"waiting for the ingest lock held by pid {os.getpid()}" in line
        assert store.current() is None
    out, err = waiter.communicate(timeout=300)
    assert waiter.returncode == 0, err
    assert store.current() is not None and store.current() in out
