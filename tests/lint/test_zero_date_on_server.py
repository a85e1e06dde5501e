"""zero-date-default reports exactly what each target's server refuses under its own default sql_mode.

Proven on real servers: MySQL 9.7 and MariaDB 10.11 through Docker and the embedded engine, MariaDB 11.8 on
the embedded engine, with the sql_mode they start with, and the embedded MariaDB with MySQL 8's default
sql_mode set (no MySQL 8.0 server runs here).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from tests.conftest import LOCAL_MARIADB_11_8, LOCAL_MYSQL, engine_id, require_engine
from zsgate import servers
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.rules.zero_date_default import refusing_mode
from zsgate.checks.lint.runner import lint_paths
from zsgate.engines import open_server

CASES = [
    ("TIMESTAMP", "0000-00-00 00:00:00"),
    ("DATETIME", "0000-00-00 00:00:00"),
    ("DATE", "0000-00-00"),
    ("DATE", "2020-01-00"),
    ("DATE", "2020-00-15"),
    ("DATETIME", "2020-00-15 10:00:00"),
    ("DATE", "0000-01-01"),
    ("DATETIME", "0000-01-01 00:00:00"),
    ("TIMESTAMP", "2000-01-01 00:00:00"),
    ("DATE", "2020-02-29"),
]
# (engine, the session sql_mode it gets or None for the server's own, the lint target it stands for)
SERVERS = [
    ("docker:mysql-9.7", None, "mysql-9.7"),
    (LOCAL_MYSQL, None, "mysql-9.7"),
    ("docker:mariadb-10.11", None, "mariadb-10.11"),
    ("local", None, "mariadb-10.11"),
    (LOCAL_MARIADB_11_8, None, "mariadb-11.8"),
    ("local", str(servers.target("mysql-8.0").sql_mode), "mysql-8.0"),
]
FIXTURE = Path(__file__).parent / "fixtures" / "zero-date-default.sql"


@pytest.fixture(
    scope="module", params=SERVERS, ids=[f"{engine_id(engine)}-as-{target}" for engine, _, target in SERVERS]
)
def server(request: pytest.FixtureRequest) -> Iterator[tuple[Connection, str]]:
    """A connection to a fresh server of the engine, and the target whose default sql_mode it runs."""
    engine_spec, sql_mode, target = request.param
    require_engine(engine_spec)
    with open_server(engine_spec) as server:
        if sql_mode is not None:
            server = server.with_sql_mode(sql_mode)
        engine = create_engine(server.url.set(database="zstack"), poolclass=NullPool)
        with engine.connect() as connection:
            yield connection, target
        engine.dispose()


def test_the_targets_default_sql_mode_is_the_servers(server: tuple[Connection, str]) -> None:
    connection, target = server
    sql_mode = connection.exec_driver_sql("SELECT @@SESSION.sql_mode").scalar_one()
    assert frozenset(sql_mode.split(",")) == servers.target(target).sql_mode.names


@pytest.mark.parametrize(("kind", "value"), CASES)
def test_the_rule_flags_exactly_the_defaults_the_server_refuses(
    server: tuple[Connection, str], kind: str, value: str
) -> None:
    connection, target = server
    try:
        connection.exec_driver_sql(f"CREATE TABLE `t` (`c` {kind} NOT NULL DEFAULT '{value}')")
        accepted = True
    except OperationalError as error:
        assert error.orig.args[0] == 1067, error  # ER_INVALID_DEFAULT
        accepted = False
    finally:
        connection.exec_driver_sql("DROP TABLE IF EXISTS `t`")
    assert (refusing_mode(value, servers.target(target).sql_mode.names) is None) is accepted


@pytest.mark.parametrize(("target", "flagged"), [("mysql-8.0", True), ("mysql-9.7", True), ("mariadb-10.11", False)])
def test_the_fixture_is_flagged_for_mysql_and_not_for_mariadb(target: str, flagged: bool) -> None:
    """The fixture's expectations are MySQL's; MariaDB 10.11's default sql_mode accepts every one of them."""
    report = lint_paths([FIXTURE], LintConfig(select=frozenset({"zero-date-default"}), target=target))
    expected = FIXTURE.read_text().count("-- expect: zero-date-default")
    assert len(report.findings) == (expected if flagged else 0)
    assert all(f"in {target}'s default sql_mode refuses it" in finding.message for finding in report.findings)
