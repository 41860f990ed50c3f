"""Several replicas share one rate limit through a real Redis."""

from __future__ import annotations

import shutil
import subprocess
import time
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port, running_service, service_env

ASK = {"messages": [{"role": "user", "content": "What did the Syrian official say?"}]}


@pytest.mark.slow
def test_replicas_share_the_rate_limit(built_index: Path, tmp_path: Path) -> None:
    redis_bin = shutil.which("redis-server")
    assert redis_bin, "make test installs Debian's redis-server"
    port = free_port()
    redis = subprocess.Popen(
        [redis_bin, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.5)
        urls = []
        with ExitStack() as stack:
            for replica in ("a", "b"):  # each replica its own embedded copy of the index
                index = tmp_path / replica
                shutil.copytree(built_index, index, ignore=shutil.ignore_patterns("*.lock"))
                env = service_env(
                    TALKSQA_INDEX_DIR=str(index),
                    TALKSQA_RATE_LIMIT="4/minute",
                    TALKSQA_RATE_LIMIT_STORAGE=f"redis://127.0.0.1:{port}",
                )
                urls.append(
                    stack.enter_context(running_service(env, log=tmp_path / f"{replica}.log"))
                )
            statuses = [
                httpx.post(urls[i % 2] + "/v1/chat", json=ASK).status_code for i in range(6)
            ]
        assert statuses == [200, 200, 200, 200, 429, 429]
    finally:
        redis.terminate()
        redis.wait(timeout=10)
