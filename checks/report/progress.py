"""Progress of long work (lint, verify, replay, import, doctor): a transient rich bar on a terminal once the
work has taken a second ($ZSGATE_PROGRESS_AFTER seconds), nothing at all when the stream is not a terminal
(piped output stays exactly as it was)."""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from zsgate.checks.replay.run import ReplayedFile

PROGRESS_AFTER_ENV = "ZSGATE_PROGRESS_AFTER"
SHOW_AFTER = 1.0
"""Seconds the work takes before its progress shows, unless $ZSGATE_PROGRESS_AFTER says: a pre-commit lint of a
few files never shows any."""


class ProgressSettingError(ValueError):
    """$ZSGATE_PROGRESS_AFTER is not a number of seconds."""


def show_after() -> float:
    """Seconds before a bar shows: $ZSGATE_PROGRESS_AFTER as it is now (0 or more), else SHOW_AFTER."""
    setting = os.environ.get(PROGRESS_AFTER_ENV, "").strip()
    if not setting:
        return SHOW_AFTER
    try:
        seconds = float(setting)
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds < math.inf:
        raise ProgressSettingError(f"{PROGRESS_AFTER_ENV}={setting!r} is not a number of seconds (0 or more, e.g. 2.5)")
    return seconds


OnProgress = Callable[[str, int, "int | None"], None]
"""Told what is being done, how much of it is done, and of how much (None: unknown)."""


class Bar:
    """A rich bar on ``stream``, shown ``after`` seconds after it is made, with the last step it was told."""

    def __init__(self, stream: TextIO, after: float) -> None:
        self.stream = stream
        self.step: tuple[str, int, int | None] = ("", 0, None)
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.lock = threading.RLock()
        self.stopped = False
        self.shows_at = time.monotonic() + after
        self.timer = threading.Timer(after, self._show)  # for a first step that takes long
        self.timer.daemon = True
        self.timer.start()

    def __call__(self, description: str, done: int, total: int | None) -> None:
        with self.lock:
            self.step = (description, done, total)
            if self.progress is None and time.monotonic() >= self.shows_at:
                self._show()
            elif self.progress is not None and self.task is not None:
                self.progress.update(self.task, description=description, completed=done, total=total)

    @contextmanager
    def hidden(self) -> Iterator[None]:
        """The bar is off the terminal while other output is written."""
        with self.lock:
            if self.progress is not None:
                self.progress.stop()
            try:
                yield
            finally:
                if self.progress is not None:
                    self.progress.start()

    def stop(self) -> None:
        self.timer.cancel()
        with self.lock:
            self.stopped = True  # never again, whatever the timer's thread is about to do
            if self.progress is not None:
                self.progress.stop()
                self.progress = None

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with self.lock:
            if self.progress is not None or self.stopped:
                return
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            console = Console(file=self.stream)
            # stdout stays where it goes: the work's own output is written with the bar hidden
            self.progress = Progress(
                *columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False
            )
            description, done, total = self.step
            self.task = self.progress.add_task(description, completed=done, total=total)
            self.progress.start()


@contextmanager
def progress(stream: TextIO) -> Iterator[Bar | None]:
    """A :class:`Bar` on ``stream`` when it is a terminal, None otherwise; the bar is gone when the block ends.
    A bad $ZSGATE_PROGRESS_AFTER is refused (:class:`ProgressSettingError`) on a terminal or not: a setting that
    does nothing would hide its typo."""
    after = show_after()
    if not stream.isatty():
        yield None
        return
    bar = Bar(stream, after)
    try:
        yield bar
    finally:
        bar.stop()


@contextmanager
def lint_progress(stream: TextIO) -> Iterator[Callable[[int, int], None] | None]:
    """A progress callback for :func:`zsgate.checks.lint.runner.lint_paths`: files linted, then the history."""
    with progress(stream) as bar:
        if bar is None:
            yield None
            return

        def files_done(done: int, total: int) -> None:
            bar("checking the files against their history" if done == total else "linting files", done, total)

        yield files_done


def replay_progress(bar: Bar | None, migrations: int | None) -> Callable[[ReplayedFile], None]:
    """A callback for each file a replay runs: the migrations run, of ``migrations`` (None: unknown)."""
    if bar is None:
        return lambda file: None
    bar("starting the server" if migrations else "replaying", 0, migrations)
    done = 0

    def file_run(file: ReplayedFile) -> None:
        nonlocal done
        done += file.version is not None
        bar(f"replayed {Path(file.path).name}", done, migrations)

    return file_run
