"""migrations/ holds an Alembic environment: `alembic check` compares a live database with the models."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from tests.conftest import MIGRATIONS

ALEMBIC = Path(sys.executable).with_name("alembic")


def test_alembic_check_finds_an_upgraded_database_equal_to_the_models(
    mariadb_binaries: None, zstack_database: URL
) -> None:
    result = subprocess.run(
        [ALEMBIC, "-c", MIGRATIONS / "alembic.ini", "check"],
        capture_output=True,
        text=True,
        env={**os.environ, "ZSGATE_DATABASE_URL": zstack_database.render_as_string(hide_password=False)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No new upgrade operations detected" in result.stdout + result.stderr


def alembic_check(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ALEMBIC, "-c", MIGRATIONS / "alembic.ini", "check"],
        capture_output=True,
        text=True,
        env={**os.environ, "ZSGATE_DATABASE_URL": url},
    )


def test_the_url_is_read_as_zsgate_reads_one(mariadb_binaries: None, zstack_database: URL) -> None:
    """`mysql://` and a password in the query (any case) work as they do for `--engine dsn:`."""
    assert zstack_database.password
    query = {**zstack_database.query, "Password": zstack_database.password}
    text = zstack_database._replace(drivername="mysql", password=None, query=query).render_as_string()
    result = alembic_check(text)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://root:hun@ter2@127.0.0.1/zstack", "percent-encode the password"),
        ("mysql://root:hunter2@127.0.0.1/zstack?foo=1", "names no connection setting pymysql knows: foo"),
        ("postgresql://root:hunter2@127.0.0.1/zstack", "needs a mysql:// or mariadb:// URL"),
    ],
)
def test_a_bad_url_is_one_line_without_its_password(url: str, says: str) -> None:
    result = alembic_check(url)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ZSGATE_DATABASE_URL: dsn: "), result.stderr
    assert says in result.stderr and "hunter2" not in result.stderr + result.stdout and "ter2" not in result.stderr
