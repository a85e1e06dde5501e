"""Progress of a long lint run: a bar on a terminal once the run has taken a second, nothing otherwise."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

SHOW_AFTER = 1.0
"""Seconds a run takes before its progress shows: a pre-commit run on a few files never shows any."""


class _Bar:
    """Told ``(done, total)`` per file; starts a transient rich bar on ``stream`` once SHOW_AFTER has passed."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.monotonic()
        self.progress: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.progress is None:
            if time.monotonic() - self.started < SHOW_AFTER:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            self.progress = Progress(*columns, console=Console(file=self.stream), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("linting files", total=total)
        assert self.task is not None
        description = "checking the files against their history" if done == total else "linting files"
        self.progress.update(self.task, completed=done, description=description)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@contextmanager
def lint_progress(stream: TextIO) -> Iterator[_Bar | None]:
    """A progress callback for :func:`zsgate.checks.lint.runner.lint_paths` when ``stream`` is a terminal
    (None otherwise, so that piped output stays exactly as it was); the bar is gone when the block ends."""
    if not stream.isatty():
        yield None
        return
    bar = _Bar(stream)
    try:
        yield bar
    finally:
        bar.stop()
