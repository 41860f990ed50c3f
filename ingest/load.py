"""Read a corpus folder: UTF-8 .txt/.md reports, each with an optional JSON metadata sidecar.

A file that is not text (binary, invalid UTF-8) is skipped with a warning; the rest still loads.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.dates import report_month
from ingest.progress import Progress
from ingest.schema import Document, StructureSpan
from ingest.segment import RawDocument, SpeakerLabel, segment_corpus

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md")
SKIPPED_NAMES = {"readme.md", "readme.txt"}  # a corpus folder's own documentation


class CorpusError(Exception):
    """The corpus cannot be read at all (missing folder, no documents)."""


def sidecar_path(path: Path) -> Path:
    """`report.ar.txt` -> `report.ar.meta.json`."""
    return path.with_name(path.stem + ".meta.json")


def doc_id_for(path: Path, root: Path) -> str:
    relative = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
    return str(relative.with_suffix("")).replace("\\", "/")


def discover(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(file, root) pairs for every report under the given files and folders, sorted."""
    found: list[tuple[Path, Path]] = []
    for given in paths:
        if not given.exists():
            raise CorpusError(f"{given} does not exist")
        if given.is_file():
            found.append((given, given.parent))
            continue
        for path in sorted(given.rglob("*")):
            is_report = path.suffix.lower() in SUFFIXES and path.name.lower() not in SKIPPED_NAMES
            if is_report and path.is_file():
                found.append((path, given))
    return found


@dataclass
class Read:
    document: Document
    raw: RawDocument


def read_document(path: Path, *, root: Path) -> Read | None:
    """Load one report, or None (with a warning) when it is not UTF-8 text or is empty."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        log.warning("skipped %s: unreadable (%s)", path, exc.strerror or exc)
        return None
    if b"\x00" in raw:
        log.warning("skipped %s: binary file", path)
        return None
    try:
        text = raw.decode("utf-8-sig")  # a BOM is not part of the text
    except UnicodeDecodeError as exc:
        log.warning("skipped %s: not valid UTF-8 (%s)", path, exc.reason)
        return None
    if not text.strip():
        log.warning("skipped %s: empty document", path)
        return None
    meta = _read_sidecar(path)
    doc_id = doc_id_for(path, root)
    labels = {
        key: SpeakerLabel(ar=str(value.get("ar") or key), en=str(value.get("en") or key))
        for key, value in (meta.get("speakers") or {}).items()
        if isinstance(value, dict)
    }
    doc = Document(
        id=doc_id,
        path=str(path),
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=str(meta.get("title") or path.stem),
        title_ar=str(meta.get("title_ar") or "") or None,
        language=str(meta.get("language") or ""),
        date=meta.get("date"),
        url=meta.get("url"),
    )
    outlet = meta.get("outlet")
    return Read(
        doc,
        RawDocument(
            doc_id,
            text,
            labels=labels,
            outlet=str(outlet) if outlet else None,
            language=str(meta["language"]) if meta.get("language") in ("ar", "en") else None,
        ),
    )


def _read_sidecar(path: Path) -> dict:  # type: ignore[type-arg]
    sidecar = sidecar_path(path)
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("ignored metadata %s: %s", sidecar, exc)
        return {}
    return data if isinstance(data, dict) else {}


def load_corpus(paths: list[Path], *, progress: Progress | None = None) -> list[Document]:
    """Read every report, then attribute speech across all of them (speakers are canonical
    across the corpus, so one report's attribution can depend on another's)."""
    progress = progress or Progress()
    found = discover(paths)
    progress.stage("reading documents", total=len(found))
    read = []
    for path, root in found:
        if r := read_document(path, root=root):
            read.append(r)
        progress.advance()
    ids = [r.document.id for r in read]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise CorpusError(f"two documents share the id(s) {sorted(duplicates)}: rename one")
    progress.stage("attributing speakers", detail=f"{len(read)} documents")
    segmented = segment_corpus([r.raw for r in read])
    progress.advance(len(read))
    docs = []
    for r in read:
        seg = segmented[r.document.id]
        for warning in seg.warnings:
            log.warning("%s", warning)
        docs.append(
            replace(
                r.document,
                language=r.document.language or seg.language,
                title=_title(r.document, seg),
                date=r.document.date or _written(r.document.text, seg.structure),
                statements=seg.statements,
                paragraphs=seg.paragraphs,
                structure=seg.structure,
                warnings=seg.warnings,
                narrator=seg.narrator,
            )
        )
    return docs


def _written(text: str, structure: tuple[StructureSpan, ...]) -> str | None:
    """The month the report was written in, "YYYY-MM", from a dateline or timestamp that gives
    a year (`report_month`), when the sidecar gives no date; None otherwise."""
    lines = [(s.start, s.end) for s in structure if s.kind in ("dateline", "timestamp")]
    found = report_month(text, lines)
    return f"{found[0]:04d}-{found[1]:02d}" if found else None


def _title(doc: Document, seg: object) -> str:
    """The sidecar's title, else the report's own title line, else the file name."""
    if doc.title != Path(doc.path).stem:
        return doc.title
    for s in getattr(seg, "structure", ()):
        if s.kind == "title":
            return doc.text[s.start : s.end].strip(" *#")
    return doc.title
