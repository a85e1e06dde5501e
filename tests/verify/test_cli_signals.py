"""Stopping `zsgate verify` mid-run: the shell's exit codes, no traceback, nothing left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("mariadb_binaries")


def default_signals() -> None:
    """In the child: SIGINT and SIGTERM as a terminal's foreground job gets them, whatever ran this test."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)


def servers_under(directory: Path) -> list[int]:
    """Processes whose command line names `directory` (a server of a run that kept its temp files there)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if str(directory).encode() in (proc / "cmdline").read_bytes():
                    found.append(int(proc.name))
            except OSError:
                continue
    return found


@pytest.mark.parametrize(
    ("signum", "code", "after"),
    [
        (signal.SIGTERM, 143, "upgrade"),
        (signal.SIGTERM, 143, "idempotent"),
        (signal.SIGTERM, 143, "behaviour"),
        (signal.SIGINT, 130, "upgrade"),
        (signal.SIGINT, 130, "data"),
    ],
)
def test_a_signal_mid_run_exits_128_plus_n_without_a_traceback_and_leaves_nothing(
    tmp_path: Path, signum: int, code: int, after: str
) -> None:
    environment = {**os.environ, "TMPDIR": str(tmp_path), "TERM": "dumb", "NO_COLOR": "1"}
    verify = subprocess.Popen(
        [sys.executable, "-m", "zsgate", "verify"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        preexec_fn=default_signals,
    )
    assert verify.stdout is not None
    for line in verify.stdout:
        if line.lstrip("✓✗ ").startswith(after):
            break
    else:
        pytest.fail(f"verify ended before the {after} check: {verify.communicate()}")
    verify.send_signal(signum)
    stdout, stderr = verify.communicate(timeout=60)
    assert verify.returncode == code, stderr
    assert "Traceback" not in stdout + stderr
    assert list(tmp_path.iterdir()) == [], "the run left its directory"
    assert servers_under(tmp_path) == [], "the run left its server"
