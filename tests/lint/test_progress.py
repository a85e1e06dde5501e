"""A lint run shows progress on a terminal's stderr once it has taken a second, and nothing otherwise."""

from __future__ import annotations

import io
import os
import pty
import sys
import threading
from pathlib import Path

import pytest

from tests.lint.test_cli_lint import BAD, write
from zsgate.checks.report import progress
from zsgate.cli import main


def lint(paths: list[Path], stderr: io.TextIOBase) -> str:
    """``zsgate lint`` in this process with ``stderr`` as its stderr; its stdout."""
    stdout = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = stdout, stderr
    try:
        with pytest.raises(SystemExit):
            main.main(["lint", *map(str, paths)], standalone_mode=False)
    finally:
        sys.stdout, sys.stderr = saved
        stderr.flush()
    return stdout.getvalue()


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    monkeypatch.setenv(progress.PROGRESS_AFTER_ENV, "0")  # every run counts as long (read as the bar is made)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("NO_COLOR", raising=False)
    return [write(tmp_path, f"V{number}__schema.sql", BAD) for number in range(1, 4)]


def test_a_terminal_shows_the_files_done_and_the_report_is_unchanged(files: list[Path], tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    shown = bytearray()
    reader = threading.Thread(target=lambda: _drain(leader, shown))
    reader.start()
    with open(follower, "w", encoding="utf-8", closefd=True) as terminal:
        on_terminal = lint(files, terminal)
    reader.join()
    os.close(leader)
    assert b"3/3" in shown and b"files" in shown, shown

    with (tmp_path / "stderr").open("w+", encoding="utf-8") as piped:
        assert lint(files, piped) == on_terminal
        piped.seek(0)
        assert piped.read() == ""


def _drain(descriptor: int, into: bytearray) -> None:
    """Read the terminal until its other end is closed (EIO on Linux)."""
    while True:
        try:
            chunk = os.read(descriptor, 4096)
        except OSError:
            return
        if not chunk:
            return
        into += chunk
