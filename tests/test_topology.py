"""compose.yaml's replicated set-up without containers: a real `chroma run`, a real Redis, two
`talksqa serve` replicas on the Chroma server sharing rate limits through Redis, and real
`talksqa ingest` runs, all on loopback ports. Each test has a client asking each replica over
and over, and checks what those clients saw while the store died, two ingests ran at once, or
an ingest was killed.

Run with `-s` to see the figures (answers per replica and phase, an ingest's progress lines)."""

from __future__ import annotations

import contextlib
import itertools
import re
import signal
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import chromadb
import httpx
import pytest

from ingest.load import load_corpus
from ingest.read import read_index
from ingest.store import ServerStore
from service.qa.engine import STORE_HINT
from tests.conftest import (
    CORPUS,
    ROOT,
    VENV_BIN,
    alive,
    children_of,
    chroma_on,
    free_port,
    redis_on,
    running_service,
    service_env,
    talksqa,
)

pytestmark = pytest.mark.slow

QUESTION = "What did the Syrian official say was impossible? (request {n})"
DEV = ROOT / "eval" / "corpora" / "dev" / "reports"
DEV2 = ROOT / "eval" / "corpora" / "dev2" / "reports"
DEV3 = ROOT / "eval" / "corpora" / "dev3" / "reports"


def wait_for(check: Callable[[], bool], *, timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"not within {timeout}s: {what}")
        time.sleep(0.2)


def readyz(url: str) -> dict[str, object]:
    reply = httpx.get(url + "/readyz", timeout=5)
    body: dict[str, object] = reply.json()
    return {"http": reply.status_code, **body}


@dataclass
class Topology:
    store: str  # the Chroma server's URL
    chroma: subprocess.Popen[bytes]
    chroma_dir: Path
    chroma_port: int
    replicas: list[str]
    env: dict[str, str]
    first: str  # the generation the first ingest published


@contextlib.contextmanager
def replicated(tmp_path: Path, **settings: str) -> Iterator[Topology]:
    """Chroma server, Redis, one ingest of the bundled corpus, two replicas serving it."""
    chroma_port, redis_port = free_port(), free_port()
    store = f"http://127.0.0.1:{chroma_port}"
    env = service_env(
        TALKSQA_CHROMA_URL=store,
        TALKSQA_RATE_LIMIT_STORAGE=f"redis://127.0.0.1:{redis_port}",
        **settings,
    )
    with (
        chroma_on(tmp_path / "chroma", chroma_port) as chroma,
        redis_on(redis_port),
        contextlib.ExitStack() as stack,
    ):
        first = talksqa("ingest", str(CORPUS), env=env)
        assert first.returncode == 0, first.stderr
        replicas = [
            stack.enter_context(running_service(env, log=tmp_path / f"replica-{n}.log"))
            for n in (1, 2)
        ]
        generation = ServerStore(store).current()
        assert generation is not None
        for url in replicas:
            wait_for(lambda u=url: readyz(u).get("status") == "ready", what=f"{url} ready")
        yield Topology(store, chroma, tmp_path / "chroma", chroma_port, replicas, env, generation)


class Clients:
    """One client per replica, asking over and over; tallies the statuses each one got in each
    phase of the test (an exception's name stands for a status when nothing came back)."""

    def __init__(self, urls: list[str]) -> None:
        self.phase = "before"
        self.tally: dict[str, Counter[tuple[str, int | str]]] = {u: Counter() for u in urls}
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._ask, args=(u,)) for u in urls]

    def _ask(self, url: str) -> None:
        with httpx.Client(timeout=30) as client:
            for n in itertools.count():
                if self._stop.is_set():
                    break
                phase = self.phase
                status: int | str
                # a new question each time: a cached answer would not need the index at all
                ask = {"messages": [{"role": "user", "content": QUESTION.format(n=n)}]}
                try:
                    reply = client.post(url + "/v1/chat", json=ask)
                    ok = reply.status_code == 200 and reply.json()["citations"]
                    status = reply.status_code if ok or reply.status_code != 200 else "uncited"
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                self.tally[url][(phase, status)] += 1

    def answered(self, phase: str) -> list[int]:
        return [c[(phase, 200)] for c in self.tally.values()]

    def failed(self, phase: str) -> list[int]:
        return [
            sum(n for (p, s), n in c.items() if p == phase and s != 200)
            for c in self.tally.values()
        ]

    def wait_answers(self, phase: str, n: int) -> None:
        wait_for(lambda: min(self.answered(phase)) >= n, what=f"{n} answers each in {phase}")

    def report(self, title: str) -> None:
        print(f"\n{title}")
        for i, counts in enumerate(self.tally.values(), 1):
            print(f"  replica {i}: " + ", ".join(f"{p} {s} x{n}" for (p, s), n in counts.items()))

    def __enter__(self) -> Clients:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=60)


def ingest(path: Path, env: dict[str, str], log: Path, **settings: str) -> subprocess.Popen[str]:
    """`talksqa ingest` as a real process, its progress lines (INFO) going to `log`."""
    with open(log, "w") as out:
        return subprocess.Popen(
            [str(VENV_BIN / "talksqa"), "ingest", str(path)],
            env={**env, "TALKSQA_LOG_LEVEL": "INFO", **settings},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=out,
            text=True,
        )


def generations_on(store: str) -> set[str]:
    port = int(store.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port)
    return {
        c.name.rsplit("-", 1)[0][len("talksqa-") :]
        for c in client.list_collections()
        if c.name.startswith("talksqa-g")
    }


def test_both_replicas_keep_answering_while_the_store_is_killed(tmp_path: Path) -> None:
    with replicated(tmp_path) as top, Clients(top.replicas) as clients:
        clients.wait_answers("before", 5)
        top.chroma.send_signal(signal.SIGKILL)
        top.chroma.wait()
        clients.phase = "outage"
        for url in top.replicas:
            wait_for(lambda u=url: readyz(u)["status"] == "degraded", what=f"{url} degraded")
            ready = readyz(url)
            assert ready["http"] == 200 and ready["generation"] == top.first
            assert ready["hint"] == STORE_HINT.format(store=f"Chroma server at {top.store}")
        clients.wait_answers("outage", 20)
        stale = [readyz(url)["stale_seconds"] for url in top.replicas]
        assert all(isinstance(s, float) and s > 0 for s in stale)

        with chroma_on(top.chroma_dir, top.chroma_port):
            clients.phase = "back"
            for url in top.replicas:
                wait_for(lambda u=url: readyz(u)["status"] == "ready", what=f"{url} ready again")
                assert readyz(url)["problem"] is None
            clients.wait_answers("back", 5)
        clients.report("store outage: statuses per replica and phase")
        for phase in ("before", "outage", "back"):
            assert clients.failed(phase) == [0, 0], clients.tally


def test_two_ingests_at_once_one_waits_one_fails_and_both_replicas_agree(tmp_path: Path) -> None:
    with replicated(tmp_path, TALKSQA_INGEST_LEASE_SECONDS="120") as top:
        with Clients(top.replicas) as clients:
            clients.wait_answers("before", 3)
            clients.phase = "ingesting"
            first_log = tmp_path / "first.log"
            first = ingest(DEV, top.env, first_log)
            wait_for(
                lambda: re.search(r"ingest lease \d+ taken", first_log.read_text()) is not None,
                what="the first ingest holds the lease",
            )
            first.send_signal(signal.SIGSTOP)  # hold it there, lease in hand, while others try
            try:
                refused = talksqa("ingest", str(DEV2), env=top.env)
                assert refused.returncode == 1 and "Traceback" not in refused.stderr
                assert "holds the ingest lease" in refused.stderr
                assert "TALKSQA_INGEST_WAIT_SECONDS" in refused.stderr
                assert "the previously published index (if any) is unchanged" in refused.stderr

                waiter_log = tmp_path / "waiter.log"
                waiter = ingest(DEV3, top.env, waiter_log, TALKSQA_INGEST_WAIT_SECONDS="120")
                wait_for(
                    lambda: "waiting for the ingest lease held by" in waiter_log.read_text(),
                    what="the third ingest waits",
                )
                assert waiter.poll() is None
                assert ServerStore(top.store).current() == top.first  # nothing published yet
            finally:
                first.send_signal(signal.SIGCONT)
            first_out, _ = first.communicate(timeout=300)
            waiter_out, _ = waiter.communicate(timeout=300)
            assert (first.returncode, waiter.returncode) == (0, 0), waiter_log.read_text()
            published = [out.split()[1] for out in (first_out, waiter_out)]  # index <gen> ...
            assert ServerStore(top.store).current() == published[1]  # the waiter wrote last

            for url in top.replicas:
                wait_for(
                    lambda u=url: readyz(u)["generation"] == published[1],
                    what=f"{url} serves the last generation",
                )
            clients.phase = "after"
            clients.wait_answers("after", 3)
        clients.report("two ingests at once: statuses per replica and phase")
        for phase in ("before", "ingesting", "after"):
            assert clients.failed(phase) == [0, 0], clients.tally

        served = read_index(ServerStore(top.store))
        assert set(served.documents) == {d.id for d in load_corpus([DEV3])}
        for url in top.replicas:
            ready = readyz(url)
            assert (ready["chunks"], ready["documents"]) == (
                len(served.chunks),
                len(served.documents),
            )
        published_all = ServerStore(top.store).published() or []
        assert published_all[:2] == [published[1], published[0]]
        assert generations_on(top.store) == set(published_all)


def big_corpus(folder: Path, *, reports: int, paragraphs: int) -> Path:
    """Invented reports, every paragraph different, enough chunks for the embedding workers."""
    folder.mkdir()
    for r in range(reports):
        text = "\n\n".join(
            f'The envoy number {r} told reporters in round {p}: "Talks on item {r}-{p} about '
            f"the border crossings, water, and the prisoners list {p * 7 + r} went on late into "
            f'the night in Paris, and will resume next week."'
            for p in range(paragraphs)
        )
        (folder / f"report-{r:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_killed_ingest_leaves_both_replicas_serving_and_no_workers(tmp_path: Path) -> None:
    corpus = big_corpus(tmp_path / "big", reports=120, paragraphs=25)
    with replicated(tmp_path, TALKSQA_INGEST_LEASE_SECONDS="4") as top:
        with Clients(top.replicas) as clients:
            clients.wait_answers("before", 3)
            clients.phase = "ingesting"
            log = tmp_path / "killed.log"
            run = ingest(corpus, top.env, log, TALKSQA_INGEST_WORKERS="2")
            try:
                wait_for(
                    lambda: (
                        "ingest: embedding chunks" in log.read_text()
                        and len([p for p in children_of(run.pid) if alive(p)]) >= 2
                    ),
                    timeout=180,
                    what="the ingest's workers embedding",
                )
                workers = [p for p in children_of(run.pid) if alive(p)]
                run.send_signal(signal.SIGKILL)
                run.wait()
            finally:
                if run.poll() is None:
                    run.kill()
                    run.wait()
            clients.phase = "killed"
            wait_for(lambda: not [p for p in workers if alive(p)], what="the workers die with it")
            clients.wait_answers("killed", 5)
            for url in top.replicas:
                assert readyz(url)["generation"] == top.first  # still the previous one
            print("\nkilled ingest's progress lines:\n" + log.read_text())

            # the next ingest takes the killed run's lease once it expires, and publishes
            after = talksqa(
                "ingest", str(DEV2), env={**top.env, "TALKSQA_INGEST_WAIT_SECONDS": "60"}
            )
            assert after.returncode == 0, after.stderr
            generation = after.stdout.split()[1]
            for url in top.replicas:
                wait_for(
                    lambda u=url: readyz(u)["generation"] == generation,
                    what=f"{url} serves the next generation",
                )
            clients.phase = "after"
            clients.wait_answers("after", 3)
        clients.report("killed ingest: statuses per replica and phase")
        for phase in ("before", "ingesting", "killed", "after"):
            assert clients.failed(phase) == [0, 0], clients.tally
        published = ServerStore(top.store).published() or []
        assert published[:2] == [generation, top.first]
        assert generations_on(top.store) == set(published)  # the killed run's is gone
