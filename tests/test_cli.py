"""The `zsgate` command as a user starts it: what its help lists, and what it imports."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zsgate import servers
from zsgate.checks.impact.online_ddl import TARGETS as IMPACT_TARGETS
from zsgate.cli import main
from zsgate.engines.signals import TerminationGuard

HEAVY = ("sqlalchemy", "alembic", "testcontainers", "docker", "pymysql")
"""Libraries the lint path must not import: `zsgate lint` runs in pre-commit hooks."""


def _help(*command: str) -> str:
    result = CliRunner().invoke(main, [*command, "--help"], terminal_width=1000)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())  # click wraps long help: one line, single spaces


def test_lint_help_lists_every_target() -> None:
    shown = _help("lint")
    assert all(target in shown for target in servers.NAMES)
    assert f"{servers.DEFAULT_TARGET} (default)" in shown


def test_impact_help_lists_every_target_it_predicts_for() -> None:
    shown = _help("impact")
    assert all(target in shown for target in IMPACT_TARGETS)


@pytest.mark.parametrize("command", ["verify", "replay", "doctor"])
def test_engine_help_lists_every_engine(command: str) -> None:
    shown = _help(command)
    for spec in ("local", "local:PATH", *(f"docker:{target.name}" for target in servers.TARGETS), "docker:IMAGE:TAG"):
        assert f"{spec}," in shown or f"{spec} " in shown, spec
    assert "dsn:URL" in shown


@pytest.mark.parametrize("arguments", [["--version"], ["lint", "--format", "json"]], ids=["version", "lint"])
def test_the_command_imports_no_heavy_library(arguments: list[str], tmp_path: Path) -> None:
    """What the process imports, as `python -X importtime` reports it, running the command itself."""
    sql = tmp_path / "V1.0__schema.sql"
    sql.write_text("ALTER TABLE `HostEO` ADD COLUMN `rank` INT;\n", encoding="utf-8")
    command = [*arguments, str(sql)] if arguments[0] == "lint" else arguments
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "zsgate", *command], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode in (0, 1), result.stderr
    imported = {
        line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")
    }
    assert "zsgate.cli" in imported
    assert not {name for name in imported if name.split(".")[0] in HEAVY}


@pytest.mark.parametrize("command", [["lint"], ["impact"], ["impact", "--prechecks"]], ids=" ".join)
def test_sqlglots_warnings_stay_out_of_stderr(command: list[str], tmp_path: Path) -> None:
    """sqlglot logs a warning for a JSON path it cannot read; zsgate's own lines are the only ones on stderr."""
    upgrade = tmp_path / "V1.0__json.sql"
    upgrade.write_text(
        "UPDATE `zstack`.`HostVO` SET `name` = JSON_EXTRACT(`name`, '$$[');\n"
        "ALTER TABLE `zstack`.`HostVO` ADD COLUMN `x` INT DEFAULT (JSON_EXTRACT(`name`, '$$['));\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "zsgate", *command, str(upgrade)], capture_output=True, text=True, check=False
    )
    assert result.returncode in (0, 1), result.stderr
    assert result.stderr == ""


def test_a_signal_an_earlier_command_of_the_process_caught_does_not_stop_the_next() -> None:
    """A test runner or the pytest plugin runs many commands in one process: a SIGTERM that stopped one (and
    was handled) must not make the next report "stopped by SIGTERM" where it fails on its own."""
    with pytest.raises(SystemExit), TerminationGuard():
        os.kill(os.getpid(), signal.SIGTERM)
    result = CliRunner().invoke(main, ["lint", "--target", "oracle-23"])
    assert result.exit_code == 2 and "--target 'oracle-23' is not one of" in result.output, result.output


@pytest.mark.parametrize(
    ("text", "code"),
    [("SELECT 1;\n", 0), ("CREATE TABLE `T` (`a` INT);\n" * 3000, 1), (b"SELECT '\xff';\n", 2)],
    ids=["clean", "findings", "unreadable"],
)
def test_a_lint_that_ends_at_once_delivers_its_whole_report_and_code(
    text: str | bytes, code: int, tmp_path: Path
) -> None:
    """`zsgate lint` ends its process without the interpreter's teardown: through a pipe, all of its report arrives
    (3,000 findings here), with the exit code of what it found, as the same lint run in this process reports."""
    sql = tmp_path / "V1.0__schema.sql"
    sql.write_bytes(text if isinstance(text, bytes) else text.encode())
    command = ["lint", "--no-cache", "--format", "json", str(sql)]
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}  # as a shell has it
    piped = subprocess.run(
        [sys.executable, "-m", "zsgate", *command], capture_output=True, text=True, cwd=tmp_path, env=buffered
    )
    here = CliRunner().invoke(main, command)
    assert (piped.returncode, piped.stdout) == (code, here.output), piped.stderr
    assert here.exit_code == code
