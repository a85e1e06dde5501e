"""zero-date-default agrees with the embedded local server running MySQL 8's default sql_mode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool
from zsgate.checks.lint.rules.zero_date_default import is_zero_date

from zsgate.engines import open_server

MYSQL8_SQL_MODE = (
    "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"
)
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


@pytest.fixture(scope="module")
def strict_server(mariadb_binaries: None) -> Iterator[Connection]:
    """The embedded local server, every connection with MySQL 8's default sql_mode."""
    with open_server("local") as server:
        engine = create_engine(server.with_sql_mode(MYSQL8_SQL_MODE).url.set(database="zstack"), poolclass=NullPool)
        with engine.connect() as connection:
            yield connection
        engine.dispose()


@pytest.mark.parametrize(("kind", "value"), CASES)
def test_the_rule_flags_exactly_the_defaults_the_server_rejects(
    strict_server: Connection, kind: str, value: str
) -> None:
    assert strict_server.exec_driver_sql("SELECT @@SESSION.sql_mode").scalar_one() == MYSQL8_SQL_MODE
    try:
        strict_server.exec_driver_sql(f"CREATE TABLE `t` (`c` {kind} NOT NULL DEFAULT '{value}')")
        accepted = True
    except OperationalError as error:
        assert error.orig.args[0] == 1067, error  # ER_INVALID_DEFAULT
        accepted = False
    finally:
        strict_server.exec_driver_sql("DROP TABLE IF EXISTS `t`")
    assert is_zero_date(value) is not accepted
