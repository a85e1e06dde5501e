"""$ZSGATE_PROGRESS_AFTER: read as a bar is made, and a value that is not a number of seconds is one line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from zsgate.checks.report import progress


@pytest.mark.parametrize("setting", ["soon", "-1", "inf", "nan", "1s"])
@pytest.mark.parametrize("command", ["lint", "replay"])
def test_a_bad_setting_is_one_line_and_exit_2_before_any_work(command: str, setting: str, tmp_path: Path) -> None:
    (tmp_path / "V1__schema.sql").write_text("CREATE TABLE `a` (`id` INT PRIMARY KEY);\n", encoding="utf-8")
    target = tmp_path if command == "replay" else tmp_path / "V1__schema.sql"
    result = subprocess.run(
        [sys.executable, "-m", "zsgate", command, str(target)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,  # no terminal: a bad setting is refused all the same
        env={**os.environ, progress.PROGRESS_AFTER_ENV: setting},
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"zsgate: error: ZSGATE_PROGRESS_AFTER={setting!r} is not a number of seconds (0 or more, e.g. 2.5)\n"
    )


def test_the_setting_is_read_when_a_bar_is_made_not_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(progress.PROGRESS_AFTER_ENV, raising=False)
    assert progress.show_after() == progress.SHOW_AFTER == 1.0
    monkeypatch.setenv(progress.PROGRESS_AFTER_ENV, " 2.5 ")
    assert progress.show_after() == 2.5
    monkeypatch.setenv(progress.PROGRESS_AFTER_ENV, "")  # set but empty: as if unset
    assert progress.show_after() == 1.0
