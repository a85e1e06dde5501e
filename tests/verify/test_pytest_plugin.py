"""The pytest plugin hands other test suites an upgraded, verified database, on every engine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

A_TEAMS_TEST = """
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool


def test_zstack_database_is_upgraded_to_the_newest_release(zstack_database):
    assert zstack_database.database == "zstack"
    engine = create_engine(zstack_database, poolclass=NullPool)
    try:
        inspector = inspect(engine)
        assert {
            "AiHostModelCacheVO",
            "AiHostCacheStorageVO",
            "AiHostModelCachePolicyVO",
            "AiHostModelCacheReservationVO",
            "HostEO",
            "VmModelMountVO",
        } <= set(inspector.get_table_names())
        assert "cacheUuid" in {column["name"] for column in inspector.get_columns("VmModelMountVO")}
        with engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO HostEO (uuid, name) VALUES ('h1', 'host')")
            assert connection.exec_driver_sql("SELECT COUNT(*) FROM HostEO WHERE uuid = 'h1'").scalar() == 1
    finally:
        engine.dispose()
"""


def test_zstack_database_is_a_working_upgraded_database(engine: str, tmp_path: Path) -> None:
    (tmp_path / "test_dao.py").write_text(A_TEAMS_TEST)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--zsgate-engine", engine, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
