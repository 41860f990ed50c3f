"""The folders' promise: question answering never imports the HTTP layer, and the modules
both speak (models, errors, settings, logs, source versions) import neither."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

SERVICE = ROOT / "service"
BELOW_BOTH = ("models.py", "errors.py", "settings.py", "logs.py", "versions.py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_question_answering_never_imports_the_http_layer() -> None:
    modules = sorted((SERVICE / "qa").glob("*.py"))
    assert len(modules) > 10
    wrong = {
        p.name: sorted(m for m in _imports(p) if m.startswith("service.api"))
        for p in modules
        if any(m.startswith("service.api") for m in _imports(p))
    }
    assert wrong == {}


def test_the_shared_modules_import_neither_layer() -> None:
    wrong = {
        name: sorted(
            m for m in _imports(SERVICE / name) if m.startswith(("service.api", "service.qa"))
        )
        for name in BELOW_BOTH
    }
    assert wrong == {name: [] for name in BELOW_BOTH}
