"""What an upgrade does to its server or its own connection is the upgrade's failure, said in one line at its
file and line, never a zsgate "internal error"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.verify.test_replay import BASE, write_history

pytestmark = pytest.mark.usefixtures("mariadb_binaries")

# (the upgrade, what the server says at its line 2)
UPGRADES = [
    ("SELECT 1;\nKILL CONNECTION_ID();\nSELECT 2;\n", "Connection was killed"),
    ("SELECT 1;\nKILL QUERY CONNECTION_ID();\nSELECT 2;\n", "Query execution was interrupted"),
    # the account upgrades run as (Server.zstack_url) may not stop the server
    ("SELECT 1;\nSHUTDOWN;\n", "Access denied; you need (at least one of) the SHUTDOWN privilege"),
]


def zsgate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize(("upgrade", "said"), UPGRADES)
def test_verify_fails_the_upgrade_check_where_the_file_ends_its_connection(
    tmp_path: Path, upgrade: str, said: str
) -> None:
    path = tmp_path / "V9.9.9__schema.sql"
    path.write_text(upgrade)
    result = zsgate("verify", "--sql", path, "--no-resume")
    assert result.returncode == 1, result.stderr
    assert f"{path}:2: {said}" in result.stdout
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("upgrade", "said"), UPGRADES)
def test_replay_stops_where_the_file_ends_its_connection(tmp_path: Path, upgrade: str, said: str) -> None:
    history = write_history(tmp_path, {**BASE, "V0.7__schema.sql": upgrade})
    result = zsgate("replay", history)
    assert result.returncode == 1, result.stderr
    assert f"error: {history / 'upgrade' / 'V0.7__schema.sql'}:2: {said}" in result.stderr
    assert result.stdout.startswith("stopped after 1 of 4 migrations")
