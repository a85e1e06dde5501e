"""The pytest plugin hands other test suites an upgraded, verified database."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool


def test_zstack_database_is_upgraded_to_the_newest_release(mariadb_binaries: None, zstack_database: URL) -> None:
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
    finally:
        engine.dispose()
