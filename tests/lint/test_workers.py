"""A killed `zsgate lint` takes its worker processes with it, even when it is SIGKILLed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.processes import alive, children_of

DEADLINE = 30.0  # seconds; polled, so a fast machine waits far less


def test_sigkilled_lint_leaves_no_worker(corpus: Path) -> None:
    lint = subprocess.Popen(
        [sys.executable, "-m", "zsgate", "lint", str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + DEADLINE
    while not (workers := children_of(lint.pid)) and lint.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    lint.kill()
    lint.wait()
    assert workers, "lint of the corpus started no worker process"

    def survivors() -> list[int]:
        return [pid for pid in workers if alive(pid)]

    deadline = time.monotonic() + DEADLINE
    while survivors() and time.monotonic() < deadline:
        time.sleep(0.02)
    orphans = survivors()
    for pid in orphans:  # leave nothing behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert orphans == [], "worker processes outlived their SIGKILLed zsgate lint"
