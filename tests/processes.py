"""Helpers for tests that start, signal and look for processes."""

from __future__ import annotations

import os
import signal
from pathlib import Path


def default_signals() -> None:
    """In a child, before exec: SIGINT and SIGTERM as a terminal's foreground job gets them.

    A test run started in the background (`nohup`, `&`, many CI runners) ignores SIGINT, and children
    inherit that; a test that signals a child must not depend on how the suite itself was started.
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)


def alive(pid: int) -> bool:
    """Whether `pid` runs (a zombie does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def processes_naming(text: str) -> list[int]:
    """Processes whose command line holds `text`, such as a server started in a run's directory."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit() and int(proc.name) != os.getpid():
            try:
                if text.encode() in (proc / "cmdline").read_bytes():
                    found.append(int(proc.name))
            except OSError:
                continue
    return found


def children_of(pid: int) -> list[int]:
    """The running processes whose parent is `pid`."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid and alive(int(proc.name)):
                found.append(int(proc.name))
    return found
