"""Every engine hands upgrades an account limited to `zstack`; the servers zsgate starts are confined
themselves: no plugins, and under root they run as `mysql`, so not even their root account writes root's
files (tests/verify/test_confinement.py runs the attacks themselves through verify and replay)."""

from __future__ import annotations

import contextlib
import os
import pwd
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy.pool import NullPool

from tests.conftest import LOCAL_MYSQL, engine_id, require_engine
from tests.servers import query
from zsgate.engines import SCHEMA, open_server, probe

INSTALL_A_PLUGIN = {"mariadb": "INSTALL SONAME 'server_audit'", "mysql": "INSTALL PLUGIN clone SONAME 'mysql_clone.so'"}


def test_upgrades_get_an_account_with_all_privileges_on_zstack_and_nothing_else(engine: str) -> None:
    with open_server(engine) as server:
        account = sqlalchemy.create_engine(server.zstack_url, poolclass=NullPool)
        try:
            with account.connect() as connection:
                assert connection.exec_driver_sql("SELECT DATABASE()").scalar_one() == SCHEMA
                grants = [row[0] for row in connection.exec_driver_sql("SHOW GRANTS")]
        finally:
            account.dispose()
    user, host = server.zstack_url.username, "%" if engine.startswith("docker:") else "localhost"
    assert grants[0].startswith(f"GRANT USAGE ON *.* TO `{user}`@`{host}`")  # no server-wide privilege
    assert grants[1:] == [f"GRANT ALL PRIVILEGES ON `{SCHEMA}`.* TO `{user}`@`{host}`"]


@pytest.fixture(params=["local", LOCAL_MYSQL], ids=engine_id)
def local_engine(request: pytest.FixtureRequest) -> str:
    require_engine(request.param)
    return request.param


@pytest.fixture
def roots_script() -> Iterator[Path]:
    """A script root owns, in a directory only root may write."""
    directory = Path(tempfile.mkdtemp(prefix="zsgate-roots-", dir="/tmp"))
    directory.chmod(0o755)
    script = directory / "existing.sh"
    script.write_text("#!/bin/sh\n")
    try:
        yield script
    finally:
        script.unlink()
        directory.rmdir()


def test_a_local_server_loads_no_plugin_even_for_its_root(local_engine: str) -> None:
    with open_server(local_engine) as server:
        with pytest.raises(sqlalchemy.exc.OperationalError, match="Can't open shared library"):
            query(server, INSTALL_A_PLUGIN[server.family])
        assert query(server, "SELECT @@plugin_dir") == [(f"{server.directory / 'plugins'}/",)]
        assert not any((server.directory / "plugins").iterdir())


@pytest.mark.skipif(os.geteuid() != 0, reason="the server runs as zsgate's own user when zsgate is not root")
def test_under_root_a_local_server_runs_as_mysql_and_cannot_write_roots_files(
    local_engine: str, roots_script: Path
) -> None:
    with open_server(local_engine) as server:
        uids = Path(f"/proc/{server.pid}/status").read_text().split("Uid:")[1].split()[:4]
        assert {int(uid) for uid in uids} == {pwd.getpwnam("mysql").pw_uid}
        with probe.connect(server.url) as root:
            for statement in (
                f"SET GLOBAL general_log_file = '{roots_script}'",
                "SET GLOBAL general_log = 1",
                "SELECT 'x\ntouch /tmp/zsgate-confinement-pwned'",
            ):
                with contextlib.suppress(sqlalchemy.exc.DBAPIError):  # each server refuses a different step
                    root.exec_driver_sql(statement)
    assert roots_script.read_text() == "#!/bin/sh\n"
