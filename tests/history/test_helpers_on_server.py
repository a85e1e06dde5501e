"""zsgate's helpers.sql behaves as ZStack's beforeMigrate.sql (the corpus's) on a real server: the same calls,
each run twice, leave the same tables and fail the same way; the procedures take the same parameters."""

from __future__ import annotations

from pathlib import Path

import pymysql

from tests.servers import pymysql_connect
from zsgate.history.helpers import HELPERS, SQL
from zsgate.sql.parse import read_sql_file

SETUP = [
    "CREATE TABLE `ParentVO` (`uuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`)) ENGINE=InnoDB DEFAULT CHARSET=utf8",
    "CREATE TABLE `T` (`uuid` VARCHAR(32) NOT NULL, `parentUuid` VARCHAR(32), `old` INT, PRIMARY KEY (`uuid`))"
    " ENGINE=InnoDB DEFAULT CHARSET=utf8",
]
CALLS = [
    "CALL ADD_COLUMN('T', 'note', 'VARCHAR(128)', 1, NULL)",
    "CALL ADD_COLUMN('T', 'state', 'VARCHAR(32)', 0, 'Enabled')",
    "CALL ADD_COLUMN('T', 'createDate', 'TIMESTAMP', 0, '2000-01-01 00:00:00')",
    "CALL ADD_COLUMN('`T`', '`quoted`', 'INT', 1, NULL)",  # the trap: the check never matches
    "CALL ADD_COLUMN('Missing', 'c', 'INT', 1, NULL)",
    "CALL CREATE_INDEX('T', 'idxParent', 'parentUuid')",
    "CALL CREATE_INDEX('T', 'idxNote', 'note')",
    "CALL DELETE_INDEX('T', 'idxNote')",
    "CALL DELETE_INDEX('T', 'idxAbsent')",
    "CALL ADD_CONSTRAINT('T', 'fkTParentVO', 'parentUuid', 'ParentVO', 'uuid', 'SET NULL')",
    "CALL DROP_COLUMN('T', 'old')",
    "CALL DROP_COLUMN('T', 'absent')",
]
PARAMETERS = (
    "SELECT SPECIFIC_NAME, ORDINAL_POSITION, PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER"
    " FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = 'zstack' AND SPECIFIC_NAME IN ({})"
    " ORDER BY SPECIFIC_NAME, ORDINAL_POSITION"
)


def run(cursor: pymysql.cursors.Cursor, helpers: Path) -> tuple[list[str], list[tuple[object, ...]], list[str]]:
    """On a new ``zstack``: define ``helpers``, run every call twice; what each run gave, the parameters of the
    catalogue's helpers, and the tables left."""
    for statement in ["DROP DATABASE IF EXISTS `zstack`", "CREATE DATABASE `zstack`", "USE `zstack`", *SETUP]:
        cursor.execute(statement)
    for statement in read_sql_file(helpers).statements:
        cursor.execute(statement.sent)
        while cursor.nextset():
            pass
    outcomes = []
    for call in CALLS:
        for _ in range(2):
            try:
                cursor.execute(call)
                while cursor.nextset():
                    pass
                outcomes.append(f"{call}: ok")
            except pymysql.MySQLError as error:
                outcomes.append(f"{call}: error {error.args[0]}")
    cursor.execute(PARAMETERS.format(", ".join(f"'{name}'" for name, entry in HELPERS.items() if entry.in_sql)))
    parameters = list(cursor.fetchall())
    tables = []
    for table in ("T", "ParentVO"):
        cursor.execute(f"SHOW CREATE TABLE `{table}`")
        tables.append(cursor.fetchone()[1])
    return outcomes, parameters, tables


def test_zsgates_helpers_do_what_zstacks_do(mariadb_binaries: None, corpus: Path) -> None:
    from zsgate.engines import open_server

    with open_server("local") as server:
        connection = pymysql_connect(server.url, autocommit=True)
        try:
            with connection.cursor() as cursor:
                zstack = run(cursor, corpus / "upgrade" / "beforeMigrate.sql")
                ours = run(cursor, SQL)
        finally:
            connection.close()
    assert ours == zstack
    outcomes, parameters, _ = ours
    assert "CALL ADD_COLUMN('`T`', '`quoted`', 'INT', 1, NULL): error 1060" in outcomes  # the second run fails
    assert len(parameters) == sum(len(entry.parameters) for entry in HELPERS.values() if entry.in_sql)
