"""Print the package's requirements (its dependencies and those of the extras named) from
pyproject.toml, one per line: the image installs them in a layer of their own, cached until
pyproject.toml or constraints.txt changes, before any source file is copied in.

Usage: python docker/requirements.py [EXTRA[,EXTRA...]] > requirements.txt
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path


def requirements(pyproject: Path, extras: list[str]) -> list[str]:
    """The base dependencies plus each extra's, following the extras that name the package
    itself (dev = talksqa[st,e5,...]) instead of installing it."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    optional: dict[str, list[str]] = project.get("optional-dependencies", {})
    self_ref = re.compile(rf"^{re.escape(project['name'])}\[([^\]]+)\]\s*$")
    found: list[str] = list(project["dependencies"])
    todo, seen = list(extras), set()
    while todo:
        extra = todo.pop(0)
        if extra in seen:
            continue
        if extra not in optional:
            raise SystemExit(f"unknown extra {extra!r}: pyproject.toml has {sorted(optional)}")
        seen.add(extra)
        for requirement in optional[extra]:
            named = self_ref.match(requirement)
            if named:
                todo.extend(e.strip() for e in named[1].split(","))
            elif requirement not in found:
                found.append(requirement)
    return found


if __name__ == "__main__":
    wanted = [e.strip() for e in (sys.argv[1] if len(sys.argv) > 1 else "").split(",") if e.strip()]
    root = Path(__file__).resolve().parent.parent
    sys.stdout.write("".join(f"{r}\n" for r in requirements(root / "pyproject.toml", wanted)))
