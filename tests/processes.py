"""Helpers for tests that start, signal and look for processes."""

from __future__ import annotations

import os
import signal
import time
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


def wait_for_cpu(pid: int, seconds: float, timeout: float = 120) -> None:
    """Return once process ``pid`` has run ``seconds`` of CPU time: a point in its own work that a loaded
    machine does not move, where a wall-clock sleep may still find it importing Python's modules."""
    ticks = os.sysconf("SC_CLK_TCK")
    deadline = time.monotonic() + timeout
    while True:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        if (int(fields[11]) + int(fields[12])) / ticks >= seconds:  # utime + stime
            return
        assert time.monotonic() < deadline, f"process {pid} ran less than {seconds} s of CPU in {timeout} s"
        time.sleep(0.01)


def run_with_terminal_stderr(args: list[str], timeout: float = 600) -> tuple[int, str, bytes]:
    """Run `args` with stderr on a terminal (a pty, TERM=xterm) and stdout on a pipe, its progress shown from
    the start however quick the work is: exit code, stdout, what the terminal got."""
    import pty
    import subprocess
    import threading

    leader, follower = pty.openpty()
    shown = bytearray()

    def drain() -> None:  # until the other end is closed (EIO on Linux)
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    env |= {"TERM": "xterm", "ZSGATE_PROGRESS_AFTER": "0"}
    try:
        result = subprocess.run(
            args, stdout=subprocess.PIPE, stderr=follower, text=True, timeout=timeout, env=env
        )
    finally:
        os.close(follower)
        reader.join()
        os.close(leader)
    return result.returncode, result.stdout, bytes(shown)
