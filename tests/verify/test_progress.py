"""verify shows its steps on a terminal's stderr while it runs, and nothing extra when stderr is no terminal."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import STUB_MODELS, require_engine
from tests.processes import run_with_terminal_stderr

VERIFY = [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--engine", "local", "--no-resume"]
VERIFY += ["--rows", "20000"]


def test_a_terminal_sees_the_steps_and_the_output_is_the_same_as_without_one() -> None:
    require_engine("local")
    code, stdout, terminal = run_with_terminal_stderr(VERIFY)
    assert code == 0, stdout + terminal.decode(errors="replace")
    assert b"check " in terminal and b"/6" in terminal, terminal  # the checks done, of six
    assert b"rows" in terminal, terminal  # growing the tables to --rows
    assert "check " not in stdout and "\x1b" not in stdout

    piped = subprocess.run(VERIFY, capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stderr == ""
    assert sorted(_untimed(piped.stdout)) == sorted(_untimed(stdout))  # the statements table is by time


def _untimed(output: str) -> list[str]:
    """The output's lines without their figures (timings differ from run to run)."""
    return ["".join(c for c in line if not c.isdigit()) for line in output.splitlines()]
