"""promptfoo's stock OpenAI provider, running eval/examples/promptfooconfig.yaml against a real
server: its assertions read the citations from `message.annotations`, with no transform."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

CONFIG = ROOT / "eval" / "examples" / "promptfooconfig.yaml"


def promptfoo() -> list[str]:
    """`promptfoo` on PATH, else `npx promptfoo` already installed (never downloaded here)."""
    found = shutil.which("promptfoo")
    npx = shutil.which("npx")
    if found:
        command = [found]
    elif npx:
        command = [npx, "--no", "--", "promptfoo"]
    else:
        pytest.skip("neither promptfoo nor npx is on PATH (npm install promptfoo@0.121.20)")
    probe = subprocess.run(
        [*command, "--version"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    if probe.returncode != 0:
        said = (probe.stderr or probe.stdout).strip().splitlines() or ["no output"]
        pytest.skip(
            f"{' '.join(command)} cannot run here: {said[0]} "
            "(promptfoo 0.121.x runs on Node 20, later releases need Node 22.22)"
        )
    return command


def test_promptfoo_openai_provider_asserts_on_citations(server: str, tmp_path: Path) -> None:
    command = promptfoo()
    out = tmp_path / "results.json"
    env = {
        **os.environ,
        "OPENAI_BASE_URL": server + "/v1",
        "OPENAI_API_KEY": "unused",
        "PROMPTFOO_CONFIG_DIR": str(tmp_path / "home"),
        "PROMPTFOO_DISABLE_TELEMETRY": "1",
        "PROMPTFOO_DISABLE_UPDATE": "1",
    }
    done = subprocess.run(
        [
            *command,
            "eval",
            "-c",
            str(CONFIG),
            "--no-cache",
            "--no-write",
            "--no-share",
            "--no-table",
            "--no-progress-bar",
            "-o",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert results["stats"]["successes"] == 3 and results["stats"]["failures"] == 0
    reasons = [
        c["reason"] for r in results["results"] for c in r["gradingResult"]["componentResults"]
    ]
    # the two answered questions were checked against real annotations
    assert sum(r.endswith("url_citation annotations") for r in reasons) == 2, reasons
