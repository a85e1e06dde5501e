"""zero-date-default agrees with a real server running MySQL 8's default sql_mode."""

from __future__ import annotations

import secrets

import pymysql
import pytest

from zsgate.lint.rules.zero_date_default import is_zero_date

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


@pytest.fixture()
def strict_connection(running_server_url: str):
    connection = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", autocommit=True)
    database = f"zsgate_zero_{secrets.token_hex(4)}"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{database}`")
        cursor.execute(f"USE `{database}`")
        cursor.execute("SET SESSION sql_mode = %s", (MYSQL8_SQL_MODE,))
    try:
        yield connection
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE `{database}`")
        connection.close()


@pytest.mark.parametrize(("kind", "value"), CASES)
def test_the_rule_flags_exactly_the_defaults_the_server_rejects(strict_connection, kind: str, value: str) -> None:
    with strict_connection.cursor() as cursor:
        try:
            cursor.execute(f"CREATE TABLE `t` (`c` {kind} NOT NULL DEFAULT '{value}')")
            accepted = True
        except pymysql.err.OperationalError as error:
            assert error.args[0] == 1067, error  # ER_INVALID_DEFAULT
            accepted = False
        finally:
            cursor.execute("DROP TABLE IF EXISTS `t`")
    assert is_zero_date(value) is not accepted
