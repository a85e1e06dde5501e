"""`--statement-timeout`: a statement that would run for days is killed on the server, and the run says
where it was, for verify and for replay (a fresh server and --database)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pymysql
import pytest

from tests.conftest import LOCAL_MYSQL, STUB_MODELS, require_engine
from tests.replay.test_replay import BASE, database, write_history

__all__ = ["database"]  # the fixture, used by name below

ENDLESS = "SELECT 1;\nSELECT SLEEP(100000);\n"
STOPPED = "ran longer than the statement timeout (2 s) and was stopped"


def zsgate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zsgate", *map(str, args), "--statement-timeout", "2"],
        capture_output=True,
        text=True,
        timeout=300,  # without the limit the run never ends
    )


@pytest.mark.parametrize("engine", ["local", LOCAL_MYSQL])  # MySQL's SLEEP() ends without an error when killed
def test_verify_fails_the_upgrade_check_at_the_endless_statement(tmp_path: Path, engine: str) -> None:
    require_engine(engine)
    upgrade = tmp_path / "V9.9.9__schema.sql"
    upgrade.write_text(ENDLESS)
    result = zsgate("verify", "--models", STUB_MODELS, "--sql", upgrade, "--no-resume", "--engine", engine)
    assert result.returncode == 1, result.stderr
    assert f"{upgrade}:2: {STOPPED}" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.usefixtures("mariadb_binaries")
def test_replay_on_a_fresh_server_stops_at_the_endless_statement(tmp_path: Path) -> None:
    history = write_history(tmp_path, {**BASE, "V0.7__schema.sql": ENDLESS})
    result = zsgate("replay", history)
    assert result.returncode == 1, result.stderr
    assert f"error: {history / 'upgrade' / 'V0.7__schema.sql'}:2: {STOPPED}" in result.stderr


def test_replay_of_a_database_kills_the_statement_on_the_server(
    database: tuple[str, pymysql.Connection], tmp_path: Path
) -> None:
    url, connection = database
    history = write_history(tmp_path, {**BASE, "V0.7__schema.sql": ENDLESS})
    result = zsgate("replay", history, "--database", url)
    assert result.returncode == 1, result.stderr
    assert f"error: {history / 'upgrade' / 'V0.7__schema.sql'}:2: {STOPPED}" in result.stderr
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(100000)%'")
        assert cursor.fetchone() == (0,), "the statement still runs on the server"
