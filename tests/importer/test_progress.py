"""import shows the migrations its replay has run on a terminal's stderr, and nothing extra when stderr is no
terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import require_engine
from tests.importer.test_import import HISTORY
from tests.processes import run_with_terminal_stderr


def test_a_terminal_sees_the_replay_and_the_output_is_the_same_as_without_one(tmp_path: Path) -> None:
    require_engine("local")
    newest = max(path.name for path in (HISTORY / "upgrade").glob("V*.sql"))
    code, stdout, terminal = run_with_terminal_stderr(_import(tmp_path / "on_a_terminal"))
    assert code == 0, stdout + terminal.decode(errors="replace")
    assert f"replayed {newest}".encode() in terminal, terminal
    assert "replayed V" not in stdout and "\x1b" not in stdout

    piped = subprocess.run(_import(tmp_path / "piped"), capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stderr == ""
    assert piped.stdout.replace("piped", "on_a_terminal") == stdout


def _import(out: Path) -> list[str]:
    return [sys.executable, "-m", "zsgate", "import", "--engine", "local", str(HISTORY), "--out", str(out)]
