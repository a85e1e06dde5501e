"""migrations/ holds an Alembic environment: `alembic check` compares a live database with the models."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
