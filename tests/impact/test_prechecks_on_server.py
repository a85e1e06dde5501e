"""Each precheck, proven: on rows that break its change, the query finds them and the server refuses the
change; on rows that agree, the query finds nothing and the change goes through."""

from __future__ import annotations

from collections.abc import Iterator

import pymysql
import pytest

from tests.conftest import unavailable
from zsgate.checks.impact.analyse import impacts, parsed, statement_alterations
from zsgate.checks.impact.prechecks import prechecks
from zsgate.checks.impact.session import Session
from zsgate.history.schema import Schema
from zsgate.sql.split import split_sql

TABLE = """CREATE TABLE `CheckedVO` (
    `uuid` VARCHAR(32) NOT NULL,
    `name` VARCHAR(64) DEFAULT NULL,
    `size` BIGINT DEFAULT NULL,
    `state` ENUM('Enabled', 'Disabled', 'Gone') NOT NULL DEFAULT 'Enabled',
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;"""
GOOD_ROWS = "('a', 'one', 1, 'Enabled'), ('b', 'two', 2, 'Disabled')"
CASES = {
    # change: rows that break it
    "MODIFY `name` VARCHAR(64) NOT NULL": "('a', NULL, 1, 'Enabled'), ('b', 'two', 2, 'Enabled')",
    "ADD UNIQUE KEY `ukCheckedVOName` (`name`)": "('a', 'same', 1, 'Enabled'), ('b', 'same', 2, 'Enabled')",
    "MODIFY `name` VARCHAR(4) DEFAULT NULL": "('a', 'longer than four', 1, 'Enabled')",
    "MODIFY `size` SMALLINT DEFAULT NULL": "('a', 'one', 40000, 'Enabled')",
    "MODIFY `state` ENUM('Enabled', 'Disabled') NOT NULL DEFAULT 'Enabled'": "('a', 'one', 1, 'Gone')",
    "DROP PRIMARY KEY, ADD PRIMARY KEY (`name`)": "('a', 'same', 1, 'Enabled'), ('b', 'same', 2, 'Enabled')",
    "ADD COLUMN `serial` INT NOT NULL DEFAULT 0 UNIQUE": "('a', 'one', 1, 'Enabled'), ('b', 'two', 2, 'Enabled')",
}


@pytest.fixture(scope="module")
def cursor(mariadb_binaries: None) -> Iterator[pymysql.cursors.Cursor]:
    from zsgate.checks.verify.run import SESSION
    from zsgate.engines import EngineUnavailable, open_server
    from zsgate.engines.execute import connect

    try:
        with (
            open_server("local") as server,
            connect(server, SESSION) as connection,
            connection.connection.dbapi_connection.cursor() as raw,
        ):
            yield raw
    except EngineUnavailable as error:
        unavailable(str(error))


def prechecks_of(table: str, statement_sql: str) -> list[str]:
    """The prechecks impact gives for ``statement_sql`` on the table ``table`` creates, one that exists
    before the file."""
    schema = Schema()
    list(statement_alterations(parsed(split_sql(table)), schema, None))
    ((statement, changes),) = statement_alterations(parsed(split_sql(f"{statement_sql};")), schema, None, Session())
    assert impacts(statement, changes)
    return [check.sql for check in prechecks(statement.path, statement.line, changes)]


def fresh(cursor: pymysql.cursors.Cursor, table: str, rows: str) -> None:
    """The table ``table`` creates, holding ``rows`` only."""
    name = table.split("`")[1]
    cursor.execute(f"DROP TABLE IF EXISTS `{name}`")
    cursor.execute(table)
    cursor.execute(f"INSERT INTO `{name}` VALUES {rows}")


@pytest.mark.parametrize("change", CASES)
def test_the_precheck_finds_exactly_the_rows_the_server_refuses(cursor: pymysql.cursors.Cursor, change: str) -> None:
    statement = f"ALTER TABLE `CheckedVO` {change}"
    checks = prechecks_of(TABLE, statement)
    assert checks
    fresh(cursor, TABLE, CASES[change])
    assert any(cursor.execute(sql) for sql in checks), "the prechecks found nothing"
    with pytest.raises(pymysql.MySQLError):
        cursor.execute(statement)
    fresh(cursor, TABLE, GOOD_ROWS if "serial" not in change else "('a', 'one', 1, 'Enabled')")
    assert [cursor.execute(sql) for sql in checks] == [0] * len(checks)
    cursor.execute(statement)


PREFIXED = """CREATE TABLE `PrefixedVO` (
    `uuid` VARCHAR(32) NOT NULL,
    `name` VARCHAR(64) DEFAULT NULL,
    `digest` VARBINARY(64) DEFAULT NULL,
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;"""
PREFIX_CASES = {
    # statement: (rows that break it, rows that agree). A prefix counts characters of a VARCHAR and bytes
    # of a VARBINARY: 'éa' and 'éb' share their first two bytes, not their first two characters.
    "ALTER TABLE `PrefixedVO` ADD UNIQUE KEY `ukName` (`name`(4))": (
        "('a', 'samealpha', NULL), ('b', 'samebeta', NULL)",
        "('a', 'samealpha', NULL), ('b', 'sambeta', NULL)",
    ),
    "CREATE UNIQUE INDEX `ukNameDigest` ON `PrefixedVO` (`name`(2), `digest`(1))": (
        "('a', 'éa1', 'x1'), ('b', 'éa2', 'x2')",
        "('a', 'éa', 'x'), ('b', 'éb', 'x')",
    ),
    "ALTER TABLE `PrefixedVO` ADD UNIQUE KEY `ukNameTwo` (`name`(2))": (
        "('a', 'ééa', NULL), ('b', 'ééb', NULL)",
        "('a', 'éa', NULL), ('b', 'éb', NULL)",
    ),
    "ALTER TABLE `PrefixedVO` DROP PRIMARY KEY, ADD PRIMARY KEY (`name`(4))": (
        "('a', 'samealpha', NULL), ('b', 'samebeta', NULL)",
        "('a', 'samealpha', NULL), ('b', 'sambeta', NULL)",
    ),
    "ALTER TABLE `PrefixedVO` ADD UNIQUE KEY `ukDigest` (`digest`(2))": (
        "('a', NULL, 'éa'), ('b', NULL, 'éb')",
        "('a', NULL, 'aé'), ('b', NULL, 'bé')",
    ),
}


@pytest.mark.parametrize("statement", PREFIX_CASES)
def test_a_key_prefix_precheck_finds_the_rows_the_server_refuses_as_duplicates(
    cursor: pymysql.cursors.Cursor, statement: str
) -> None:
    """Issue 13 (18): a UNIQUE or primary key over ``name(4)`` compares four characters, not the column."""
    breaking, agreeing = PREFIX_CASES[statement]
    checks = prechecks_of(PREFIXED, statement)
    assert checks
    fresh(cursor, PREFIXED, breaking)
    assert any(cursor.execute(sql) for sql in checks), "the prechecks found nothing"
    with pytest.raises(pymysql.err.IntegrityError) as refused:
        cursor.execute(statement)
    assert refused.value.args[0] == 1062  # ER_DUP_ENTRY
    fresh(cursor, PREFIXED, agreeing)
    assert [cursor.execute(sql) for sql in checks] == [0] * len(checks)
    cursor.execute(statement)
