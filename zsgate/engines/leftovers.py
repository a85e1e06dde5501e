"""Directories a run owns, marked so that the next run can take back what a killed one left.

A run directory holds an `owner` file naming the process that made it (its pid and start time, so a
recycled pid is not mistaken for the owner). When that process is gone, the directory is a leftover:
`reclaim()` kills the server it still holds, if any (its pid file names it, and only a process whose
command line names the directory is killed), then removes the directory. `Owner` is that mark for other
things a run leaves (the docker engine's containers carry it in labels); it lives in `zsgate.lifetime`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

from zsgate.lifetime import Owner

OWNER = "owner"
SERVER_PID = "server.pid"
UNOWNED_GRACE = 600.0  # seconds a directory may lack its owner file (being made) before it counts as left


def make_owned_directory(root: Path, prefix: str) -> Path:
    """A new private (0700) directory in `root`, marked as this process's."""
    directory = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    owner = Owner.this_process()
    (directory / OWNER).write_text(f"{owner.pid} {owner.start}\n")
    return directory


def reclaim(root: Path, prefix: str) -> list[Path]:
    """Remove the `prefix*` directories in `root` whose owner is gone; return those removed."""
    removed = []
    with contextlib.suppress(OSError):
        for directory in root.glob(f"{prefix}*"):
            if directory.is_dir() and not directory.is_symlink() and _abandoned(directory):
                _kill_server(directory)
                shutil.rmtree(directory, ignore_errors=True)
                removed.append(directory)
    return removed


def _abandoned(directory: Path) -> bool:
    try:
        pid_text, start_text = (directory / OWNER).read_text().split()
        owner = Owner(int(pid_text), int(start_text))
    except FileNotFoundError:
        with contextlib.suppress(FileNotFoundError):
            return time.time() - directory.stat().st_mtime > UNOWNED_GRACE
        return False
    except (OSError, ValueError):
        return False  # not a file this code wrote: not ours to judge
    return owner.is_gone()


def _kill_server(directory: Path) -> None:
    """SIGKILL the server whose pid file is in `directory`, if that process names `directory`."""
    try:
        pid = int((directory / SERVER_PID).read_text().split()[0])
        command_line = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError, IndexError):
        return
    if str(directory).encode() in command_line:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
