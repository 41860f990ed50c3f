"""The installed package (as the Dockerfile installs it, not editable) carries every data file
the service reads at run time: a missing glossary would only show in the container."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_the_wheel_carries_the_service_data_files(tmp_path: Path) -> None:
    # Built from a copy: setuptools reuses a build/ folder, which would hide a missing file.
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for package in ("service", "ingest", "eval"):
        shutil.copytree(
            ROOT / package,
            source / package,
            ignore=shutil.ignore_patterns("__pycache__", "reports"),
        )
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
    done = subprocess.run(
        [*command, "--wheel-dir", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = tmp_path.glob("talksqa-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    needed = [
        p.relative_to(ROOT).as_posix()
        for pattern in (
            "service/*.json",
            "service/static/*",
            "eval/datasets/*.jsonl",
            "ingest/*.json",
        )
        for p in ROOT.glob(pattern)
    ]
    assert needed and not [n for n in needed if n not in names]
