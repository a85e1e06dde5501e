"""History reads a helper call as the changes the helper makes: proven by running each call through
zsgate's helpers.sql on a real server and comparing the table the server's information_schema shows with
the table zsgate's one reader leaves (impact classifies those same changes)."""

from __future__ import annotations

from collections.abc import Iterator

import pymysql
import pytest

from tests.conftest import unavailable
from zsgate.history.apply import apply, starting_schema
from zsgate.history.changes import read_changes
from zsgate.history.helpers import SQL as HELPERS_SQL
from zsgate.history.schema import Schema
from zsgate.sql.calls import read_call
from zsgate.sql.parse import parse_statement
from zsgate.sql.split import split_sql

PARENT = (
    "CREATE TABLE `ParentVO` (`uuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`)) ENGINE=InnoDB DEFAULT CHARSET=utf8"
)
TABLE = (
    "CREATE TABLE `CalledVO` (`uuid` VARCHAR(32) NOT NULL, `parentUuid` VARCHAR(32), `old` INT, PRIMARY KEY (`uuid`)) "
    "ENGINE=InnoDB DEFAULT CHARSET=utf8"
)
CALLS = [
    "CALL ADD_COLUMN('CalledVO', 'note', 'VARCHAR(128)', 1, NULL)",
    "CALL ADD_COLUMN('CalledVO', 'state', 'VARCHAR(32)', 0, 'Enabled')",
    "CALL CREATE_INDEX('CalledVO', 'idxParent', 'parentUuid')",
    "CALL DELETE_INDEX('CalledVO', 'idxParent')",
    "CALL ADD_CONSTRAINT('CalledVO', 'fkCalledVOParentVO', 'parentUuid', 'ParentVO', 'uuid', 'SET NULL')",
    "CALL DROP_COLUMN('CalledVO', 'old')",
]


@pytest.fixture(scope="module")
def cursor(mariadb_binaries: None) -> Iterator[pymysql.cursors.Cursor]:
    from zsgate.engines import EngineUnavailable, open_server
    from zsgate.engines.execute import apply as run
    from zsgate.engines.execute import connect, load

    try:
        with open_server("local") as server, connect(server) as connection:
            run(connection, load(HELPERS_SQL))
            with connection.connection.dbapi_connection.cursor() as raw:
                raw.execute(PARENT)
                raw.execute(TABLE)
                yield raw
    except EngineUnavailable as error:
        unavailable(str(error))


def read(schema: Schema, sql: str) -> None:
    for statement in split_sql(sql + ";").statements:
        for change in read_changes(parse_statement(statement), read_call(statement.tokens), statement.tokens):
            apply(schema, change)


def on_server(cursor: pymysql.cursors.Cursor) -> tuple[list[tuple], dict[str, tuple[str, ...]], list[tuple]]:
    """CalledVO's columns, indexes and foreign keys as information_schema shows them."""
    cursor.execute(
        "SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE = 'YES', COLUMN_DEFAULT "
        "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'CalledVO' "
        "ORDER BY ORDINAL_POSITION"
    )
    # MariaDB writes a DEFAULT as SQL ('Enabled'), and a nullable column's missing one as NULL.
    columns = [
        (name, kind, length, bool(null), None if d in (None, "NULL") else d) for name, kind, length, null, d in cursor
    ]
    cursor.execute(
        "SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
        "AND TABLE_NAME = 'CalledVO' AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME, SEQ_IN_INDEX"
    )
    indexes: dict[str, tuple[str, ...]] = {}
    for index, column in cursor:
        indexes[index] = (*indexes.get(index, ()), column)
    cursor.execute(
        "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE "
        "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
        "USING (CONSTRAINT_SCHEMA, CONSTRAINT_NAME) WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = 'CalledVO'"
    )
    return columns, indexes, sorted(cursor)


def in_model(schema: Schema) -> tuple[list[tuple], dict[str, tuple[str, ...]], list[tuple]]:
    """The same facts of CalledVO as zsgate's reading leaves them."""
    table = schema.tables["CalledVO"]
    columns = [(c.name, c.type.lower(), c.length, c.nullable, c.default) for c in table.columns.values()]
    indexes = {index.name: index.columns for index in table.indexes.values()}
    keys = sorted(
        (fk.name, column, fk.references, referenced, fk.on_delete or "RESTRICT")
        for fk in table.foreign_keys.values()
        for column, referenced in zip(fk.columns, fk.referenced, strict=True)
    )
    return columns, indexes, keys


def test_each_helper_call_leaves_what_history_reads_it_to_leave(cursor: pymysql.cursors.Cursor) -> None:
    schema = starting_schema(None, defines_helpers=False)
    read(schema, f"{PARENT};\n{TABLE}")
    assert in_model(schema) == on_server(cursor)
    for call in CALLS:
        cursor.execute(call)
        while cursor.nextset():
            pass
        read(schema, call)
        assert in_model(schema) == on_server(cursor), call
