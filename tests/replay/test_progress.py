"""replay shows the migrations it has run on a terminal's stderr, and nothing extra when stderr is no terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import require_engine
from tests.processes import run_with_terminal_stderr


def test_a_terminal_sees_the_migrations_run_and_the_output_is_the_same_as_without_one(tmp_path: Path) -> None:
    require_engine("local")
    for version in range(1, 4):
        (tmp_path / f"V{version}__schema.sql").write_text(f"CREATE TABLE IF NOT EXISTS `t{version}` (`id` INT);\n")
    replay = [sys.executable, "-m", "zsgate", "replay", "--engine", "local", str(tmp_path)]
    code, stdout, terminal = run_with_terminal_stderr(replay)
    assert code == 0, stdout + terminal.decode(errors="replace")
    assert b"replayed V3__schema.sql" in terminal and b"3/3" in terminal, terminal
    assert "replayed V" not in stdout and "\x1b" not in stdout

    piped = subprocess.run(replay, capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stderr == ""
    assert _untimed(piped.stdout) == _untimed(stdout)


def _untimed(output: str) -> list[str]:
    """The output's lines without their figures (timings differ from run to run)."""
    return ["".join(c for c in line if not c.isdigit()) for line in output.splitlines()]
