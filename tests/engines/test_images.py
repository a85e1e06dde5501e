"""The images build.sh makes from Debian packages keep the official images' contract, and are cached by recipe."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from tests.conftest import DOCKER_ENGINES, require_engine
from zsgate.engines.docker import image_for

IMAGES = Path(__file__).resolve().parents[2] / "zsgate" / "engines" / "images"


@pytest.mark.parametrize("engine", DOCKER_ENGINES)
def test_testcontainers_mysql_module_runs_the_image_as_an_official_one(engine: str, tmp_path: Path) -> None:
    """MYSQL_ROOT_PASSWORD, MYSQL_DATABASE, MYSQL_USER / MYSQL_PASSWORD and /docker-entrypoint-initdb.d,
    as testcontainers' MySqlContainer uses them."""
    require_engine(engine)
    from testcontainers.community.mysql import MySqlContainer

    settings = image_for(engine)
    (tmp_path / "schema.sql").write_text("CREATE TABLE seeded (id INT PRIMARY KEY);\nINSERT INTO seeded VALUES (7);\n")
    container = MySqlContainer(
        settings.image, dialect="pymysql", username="app", password="app-secret", dbname="appdb", seed=str(tmp_path)
    )
    with container:
        url = URL.create(
            "mysql+pymysql",
            username="app",
            password="app-secret",
            host=container.get_container_host_ip(),
            port=int(container.get_exposed_port(3306)),
            database="appdb",
            query={"ssl_check_hostname": "false"} if settings.tls else {},
        )
        engine_ = create_engine(url, poolclass=NullPool)
        with engine_.connect() as connection:
            assert connection.exec_driver_sql("SELECT id FROM seeded").scalar_one() == 7
            assert connection.exec_driver_sql("SELECT CURRENT_USER()").scalar_one() == "app@%"
        engine_.dispose()
        logs = b"".join(container.get_logs()).decode(errors="replace")
        assert logs.count(": ready for connections") == 2  # the temporary server, then the real one


def test_a_second_build_reuses_the_images() -> None:
    require_engine(DOCKER_ENGINES[0])
    if os.geteuid() != 0:
        pytest.skip("build.sh needs root")
    result = subprocess.run([str(IMAGES / "build.sh")], capture_output=True, text=True, check=True)
    assert "building" not in result.stderr
    exports = dict(line.removeprefix("export ").split("=", 1) for line in result.stdout.splitlines())
    assert set(exports) == {
        "ZSGATE_DOCKER_IMAGE_MYSQL_9_7",
        "ZSGATE_DOCKER_IMAGE_MARIADB_10_11",
        "ZSGATE_DOCKER_IMAGE_MARIADB_11_8",
        "ZSGATE_ROOTFS_MYSQL_9_7",
        "ZSGATE_ROOTFS_MARIADB_10_11",
        "ZSGATE_ROOTFS_MARIADB_11_8",
    }
    assert exports["ZSGATE_DOCKER_IMAGE_MYSQL_9_7"].startswith("zsgate/mysql:9.7-")
    assert exports["ZSGATE_DOCKER_IMAGE_MARIADB_10_11"].startswith("zsgate/mariadb:10.11-")
    assert Path(exports["ZSGATE_ROOTFS_MYSQL_9_7"], "usr/sbin/mysqld").is_file()
    assert exports["ZSGATE_DOCKER_IMAGE_MARIADB_11_8"].startswith("zsgate/mariadb:11.8-")
    assert Path(exports["ZSGATE_ROOTFS_MARIADB_10_11"], "usr/sbin/mariadbd").is_file()
    assert Path(exports["ZSGATE_ROOTFS_MARIADB_11_8"], "usr/sbin/mariadbd").is_file()
