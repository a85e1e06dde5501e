"""`local:PATH`: the embedded engine on a server binary the user names, here MySQL 9.7 from a Debian root
filesystem (zsgate/engines/images/build.sh), run through that system's own dynamic loader."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import sqlalchemy

from tests.conftest import LOCAL_MARIADB_11_8, LOCAL_MYSQL, require_engine
from tests.processes import alive
from tests.servers import query
from zsgate.engines import SCHEMA, EngineUnavailable, open_server
from zsgate.engines.local import LocalServer


def test_mysql_97_from_a_root_filesystem_runs_private_and_leaves_nothing() -> None:
    require_engine(LOCAL_MYSQL)
    with open_server(LOCAL_MYSQL) as server:
        assert isinstance(server, LocalServer) and alive(server.pid)
        assert server.family == "mysql" and server.version.startswith("9.7.")
        assert server.description.startswith("local MySQL 9.7.")
        assert query(server, "SELECT @@skip_networking, @@log_bin, @@character_set_server") == [(1, 0, "utf8mb4")]
        assert query(server, f"SHOW TABLES FROM `{SCHEMA}`") == []
        (files,) = query(server, "SELECT @@secure_file_priv")[0]
        assert Path(str(files)).resolve() == (server.directory / "files").resolve()
        with pytest.raises(sqlalchemy.exc.OperationalError, match="Access denied"):
            query(dataclasses.replace(server, url=server.url.set(password="")), "SELECT 1")
        # its messages come from the root filesystem, not from a /usr/share/mysql this machine lacks
        with pytest.raises(sqlalchemy.exc.ProgrammingError, match="doesn't exist"):
            query(server, f"SELECT * FROM `{SCHEMA}`.`NoSuchVO`")
    assert not alive(server.pid) and not server.directory.exists()


def test_mariadb_118_from_a_root_filesystem_starts_from_its_own_system_table_scripts() -> None:
    """Debian 13's MariaDB 11.8 ships share/mariadb/mariadb_system_tables.sql and its siblings, no mysql_*.sql."""
    require_engine(LOCAL_MARIADB_11_8)
    with open_server(LOCAL_MARIADB_11_8) as server:
        assert server.family == "mariadb" and server.version.startswith("11.8.")
        assert server.description.startswith("local MariaDB 11.8.")
        assert query(server, "SELECT @@skip_networking, @@collation_server") == [(1, "utf8mb4_uca1400_ai_ci")]
        assert query(server, "SELECT COUNT(*) FROM mysql.global_priv WHERE User = 'root'") == [(1,)]
        # its messages come from the root filesystem's /usr/share/mariadb, which this machine lacks
        with pytest.raises(sqlalchemy.exc.ProgrammingError, match="doesn't exist"):
            query(server, f"SELECT * FROM `{SCHEMA}`.`NoSuchVO`")
    assert not alive(server.pid) and not server.directory.exists()


def test_a_path_without_a_server_is_an_engine_error(tmp_path: Path) -> None:
    with pytest.raises(EngineUnavailable, match="no server binary there"), open_server(f"local:{tmp_path}/mysqld"):
        pytest.fail("a server started")
    with (
        pytest.raises(EngineUnavailable, match=r"not a MySQL or MariaDB server \(true "),
        open_server("local:/bin/true"),
    ):
        pytest.fail("a server started")
