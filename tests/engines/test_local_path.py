"""`local:PATH`: the embedded engine on a server binary the user names, here MySQL 9.7 from a Debian root
filesystem (zsgate/engines/images/build.sh), run through that system's own dynamic loader."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy

from tests.conftest import LOCAL_MARIADB_11_8, LOCAL_MYSQL, STUB_MODELS, require_engine
from tests.processes import alive, processes_naming
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


def fake_server(tmp_path: Path, script: str) -> Path:
    """An executable that is not a server, however it answers."""
    binary = tmp_path / "bin" / "mysqld"
    binary.parent.mkdir()
    binary.write_text(f"#!/bin/bash\n{script}\n")
    binary.chmod(0o755)
    return binary


def zsgate_verify(binary: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    return subprocess.run(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--engine", f"local:{binary}"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,  # a hang is the failure
    )


def test_a_binary_whose_version_never_answers_is_refused_in_bounded_time(tmp_path: Path) -> None:
    binary = fake_server(tmp_path, "exec sleep 100000")
    result = zsgate_verify(binary, tmp_path)
    assert result.returncode == 2
    assert f"local:{binary}: --version gave no answer in 10 s" in result.stderr
    assert processes_naming("100000") == [], "its process was left"


def test_a_fake_binary_that_daemonizes_children_leaves_no_template_and_no_process(tmp_path: Path) -> None:
    """It answers `--version` as MySQL, exits 0 for everything, and leaves a child running each time."""
    child = f"(exec -a zsgate-fake-{tmp_path.name} sleep 100000) >/dev/null 2>&1 &"
    binary = fake_server(tmp_path, f'echo "mysqld  Ver 8.0.36 for Linux (MySQL Community Server)"\n{child}')
    result = zsgate_verify(binary, tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"zsgate: error: {binary}") and len(result.stderr.splitlines()) < 30
    assert "Traceback" not in result.stderr
    assert list((tmp_path / "cache" / "zsgate").glob("*")) == [], "a template of no server was kept"
    assert list((tmp_path / "tmp").iterdir()) == []
    assert processes_naming(f"zsgate-fake-{tmp_path.name}") == [], "its children were left"
