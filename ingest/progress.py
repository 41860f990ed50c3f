"""What a running ingest shows: a progress bar on a terminal (rich), log lines otherwise.

A large ingest takes minutes; without this, nothing is said between its start and its end.
`build_index` reports stages (reading documents, embedding chunks, writing the index) and
advances them; how that is shown is chosen by the caller (the command line).
"""

from __future__ import annotations

import logging
import time
from typing import IO, Any

log = logging.getLogger("talksqa.ingest")


class Progress:
    """Reports nothing: the default for callers that do not ask (tests, evaluation)."""

    def stage(self, name: str, *, total: int | None = None, detail: str = "") -> None:
        """A new stage starts (the previous one is done); `total` items, when known."""

    def advance(self, n: int = 1) -> None:
        """`n` more items of the current stage are done."""

    def close(self) -> None:
        """The ingest ended (published, up to date or failed)."""


class LogProgress(Progress):
    """One log line per stage, and one at most every `every` seconds while a stage runs:
    done/total, rate and the time left (for logs collected from a job, not a terminal)."""

    def __init__(self, *, every: float = 5.0) -> None:
        self.every = every
        self._name = ""
        self._total: int | None = None
        self._done = 0
        self._started = self._said = 0.0

    def _finish(self) -> None:
        if self._name:
            seconds = time.monotonic() - self._started
            log.info("ingest: %s done: %d in %.1fs", self._name, self._done, seconds)
            self._name = ""

    def stage(self, name: str, *, total: int | None = None, detail: str = "") -> None:
        self._finish()
        self._name, self._total, self._done = name, total, 0
        self._started = self._said = time.monotonic()
        count = f" {total}" if total is not None else ""
        log.info("ingest: %s%s%s", name, count, f" ({detail})" if detail else "")

    def advance(self, n: int = 1) -> None:
        self._done += n
        now = time.monotonic()
        if now - self._said < self.every:
            return
        self._said = now
        rate = self._done / max(now - self._started, 1e-9)
        if self._total:
            left = (self._total - self._done) / rate if rate else float("inf")
            log.info(
                "ingest: %s %d/%d (%.0f%%), %.0f/s, about %.0fs left",
                self._name,
                self._done,
                self._total,
                100 * self._done / self._total,
                rate,
                left,
            )
        else:
            log.info("ingest: %s %d, %.0f/s", self._name, self._done, rate)

    def close(self) -> None:
        self._finish()


class TerminalProgress(Progress):
    """rich's progress bars: one line per stage with its bar, count, rate and time left."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            ProgressColumn,
            SpinnerColumn,
            Task,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as Bars,
        )
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Task) -> Text:
                return Text(f"{task.speed:,.0f}/s" if task.speed else "", style="cyan")

        self._bars = Bars(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            Rate(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=Console(file=stream),
        )
        self._bars.start()
        self._task: Any = None  # rich's TaskID of the current stage

    def _finish(self) -> None:
        if self._task is not None:
            task = self._bars.tasks[-1]
            self._bars.update(self._task, total=task.total or task.completed)
            self._bars.stop_task(self._task)

    def stage(self, name: str, *, total: int | None = None, detail: str = "") -> None:
        self._finish()
        label = f"{name} ({detail})" if detail else name
        self._task = self._bars.add_task(label, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._bars.advance(self._task, n)

    def close(self) -> None:
        self._finish()
        self._bars.stop()


def progress_for(stream: IO[str]) -> Progress:
    """Bars on a terminal, log lines when the output goes to a file or a log collector."""
    return TerminalProgress(stream) if stream.isatty() else LogProgress()
