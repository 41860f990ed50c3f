"""The installed package (as the Dockerfile installs it, not editable) carries every data file
the service reads at run time: a missing glossary would only show in the container."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.conftest import CORPUS, ROOT, free_port, wait_http


def test_the_wheel_carries_the_service_data_files(tmp_path: Path) -> None:
    wheel, output = _build(tmp_path)
    # every folder that ships files is a declared package: setuptools has nothing to warn about
    assert "Warning" not in output and "absent from the `packages`" not in output, output
    names = set(zipfile.ZipFile(wheel).namelist())
    needed = [
        p.relative_to(ROOT).as_posix()
        for pattern in (
            "service/qa/*.json",
            "service/api/static/*",
            "prompts/*.*",
            "eval/datasets/*.jsonl",
            "ingest/*.json",
        )
        for p in ROOT.glob(pattern)
    ]
    assert needed and not [n for n in needed if n not in names]


def _wheel(tmp_path: Path) -> Path:
    return _build(tmp_path)[0]


def _build(tmp_path: Path) -> tuple[Path, str]:
    """The wheel of the sources as they are (built from a copy: setuptools reuses build/), and
    what the build printed."""
    source = tmp_path / "src"
    source.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for package in ("service", "ingest", "eval", "prompts"):
        shutil.copytree(
            ROOT / package,
            source / package,
            ignore=shutil.ignore_patterns("__pycache__", "reports"),
        )
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    done = subprocess.run(
        [*command, "--wheel-dir", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = tmp_path.glob("talksqa-*.whl")
    return wheel, done.stdout + done.stderr


@pytest.mark.slow
def test_a_wheel_install_ingests_serves_and_answers_from_any_directory(tmp_path: Path) -> None:
    """Not editable, not in the checkout: paths come from TALKSQA_HOME's default (a per-user
    folder), prompts from inside the package."""
    wheel = _wheel(tmp_path / "build")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    # the dependencies from this environment (a path in a .pth file: no editable finders)
    (site,) = (venv / "lib").glob("python3*/site-packages")
    (deps,) = (Path(sys.prefix) / "lib").glob("python3*/site-packages")
    (site / "zz_dependencies.pth").write_text(f"{deps}\n", encoding="utf-8")
    python = venv / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)]
    subprocess.run(install, check=True, timeout=300, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    home = tmp_path / "home"
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("TALKSQA_") and k != "PYTHONPATH"
    }
    env.update(HOME=str(home), TALKSQA_LOG_LEVEL="WARNING")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(venv / "bin" / "talksqa"), *args],
            env=env,
            cwd=elsewhere,
            capture_output=True,
            text=True,
            timeout=300,
        )

    where = subprocess.run(
        [str(python), "-c", "import service; print(service.__file__)"],
        env=env,
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(site))
    no_corpus = run("ingest")
    assert no_corpus.returncode == 1 and "Traceback" not in no_corpus.stderr
    assert f"{home}/.local/share/talksqa/data/corpus does not exist" in no_corpus.stderr
    assert "talksqa ingest PATH" in no_corpus.stderr
    ingested = run("ingest", str(CORPUS))
    assert ingested.returncode == 0, ingested.stderr
    assert (home / ".local/share/talksqa/var/index/CURRENT").is_file()
    assert not list(elsewhere.iterdir())  # nothing written where it was run
    asked = run("ask", "What did the Syrian official say was impossible?")
    assert asked.returncode == 0, asked.stderr
    assert "Sources:" in asked.stdout and "paris-talks.ar[" in asked.stdout

    port = free_port()
    with open(tmp_path / "serve.log", "wb") as log:
        server = subprocess.Popen(
            [str(venv / "bin" / "talksqa"), "serve", "--port", str(port)],
            env=env,
            cwd=elsewhere,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_http(url + "/healthz", process=server)
            assert httpx.get(url + "/readyz").json()["status"] == "ready"
            reply = httpx.post(
                url + "/v1/chat",
                json={
                    "messages": [{"role": "user", "content": "What did Netanyahu's office say?"}]
                },
                timeout=60,
            )
            assert reply.status_code == 200 and reply.json()["citations"]
        finally:
            server.terminate()
            server.wait(timeout=30)
