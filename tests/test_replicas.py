"""Several replicas share one rate limit through a real Redis."""

from __future__ import annotations

import shutil
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
from pydantic import ValidationError

from service.settings import Settings
from tests.conftest import free_port, redis_on, running_service, service_env, talksqa

ASK = {"messages": [{"role": "user", "content": "What did the Syrian official say?"}]}


@pytest.mark.slow
def test_replicas_share_the_rate_limit(built_index: Path, tmp_path: Path) -> None:
    port = free_port()
    with redis_on(port), ExitStack() as stack:
        urls = []
        for replica in ("a", "b"):  # each replica its own embedded copy of the index
            index = tmp_path / replica
            shutil.copytree(built_index, index, ignore=shutil.ignore_patterns("*.lock"))
            env = service_env(
                TALKSQA_INDEX_DIR=str(index),
                TALKSQA_RATE_LIMIT="4/minute",
                TALKSQA_RATE_LIMIT_STORAGE=f"redis://127.0.0.1:{port}",
            )
            urls.append(stack.enter_context(running_service(env, log=tmp_path / f"{replica}.log")))
        statuses = [httpx.post(urls[i % 2] + "/v1/chat", json=ASK).status_code for i in range(6)]
    assert statuses == [200, 200, 200, 200, 429, 429]


def test_several_workers_with_in_memory_counts_are_refused() -> None:
    """Each worker would count on its own: the limit would be multiplied by the workers."""
    chroma = {"chroma_url": "http://127.0.0.1:8001"}
    with pytest.raises(ValidationError, match=r"clients would get 2 times TALKSQA_RATE_LIMIT"):
        Settings(workers=2, rate_limit="10/minute", **chroma)
    shared = Settings(workers=2, rate_limit_storage="redis://127.0.0.1:6379", **chroma)
    assert shared.workers == 2
    assert Settings(workers=2, rate_limit="", **chroma).rate_limit is None  # no limit to share

    env = service_env(TALKSQA_CHROMA_URL=chroma["chroma_url"], TALKSQA_RATE_LIMIT="10/minute")
    flag = talksqa("serve", "--workers", "2", env=env)
    assert flag.returncode == 2 and "Traceback" not in flag.stderr
    assert "each worker counts on its own" in flag.stderr
    assert "TALKSQA_RATE_LIMIT_STORAGE=redis://host:6379" in flag.stderr
    setting = talksqa("serve", env={**env, "TALKSQA_WORKERS": "2"})
    assert setting.returncode == 2 and "each worker counts on its own" in setting.stderr
