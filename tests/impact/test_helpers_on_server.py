"""impact reads a helper call as the ALTER TABLE it runs: proven by running both, the call through
zsgate's helpers.sql and the ALTER impact derives, on twin tables, and comparing what they leave."""

from __future__ import annotations

from collections.abc import Iterator

import pymysql
import pytest
from zsgate.checks.impact.changes import helper_alter

from tests.conftest import unavailable
from zsgate.history.helpers import SQL as HELPERS_SQL
from zsgate.sql.calls import read_call
from zsgate.sql.split import split_sql

TWINS = ("CalledVO", "AlteredVO")
PARENT = (
    "CREATE TABLE `ParentVO` (`uuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`)) ENGINE=InnoDB DEFAULT CHARSET=utf8"
)
TABLE = (
    "CREATE TABLE `{}` (`uuid` VARCHAR(32) NOT NULL, `parentUuid` VARCHAR(32), `old` INT, PRIMARY KEY (`uuid`)) "
    "ENGINE=InnoDB DEFAULT CHARSET=utf8"
)
CALLS = [
    "CALL ADD_COLUMN('{}', 'note', 'VARCHAR(128)', 1, NULL)",
    "CALL ADD_COLUMN('{}', 'state', 'VARCHAR(32)', 0, 'Enabled')",
    "CALL CREATE_INDEX('{}', 'idxParent', 'parentUuid')",
    "CALL DELETE_INDEX('{}', 'idxParent')",
    "CALL ADD_CONSTRAINT('{}', 'fk{}ParentVO', 'parentUuid', 'ParentVO', 'uuid', 'SET NULL')",
    "CALL DROP_COLUMN('{}', 'old')",
]


@pytest.fixture(scope="module")
def cursor(mariadb_binaries: None) -> Iterator[pymysql.cursors.Cursor]:
    from zsgate.checks.verify.apply import apply, connect, load

    from zsgate.engines import EngineUnavailable, open_server

    try:
        with open_server("local") as server, connect(server) as connection:
            apply(connection, load(HELPERS_SQL))
            with connection.connection.dbapi_connection.cursor() as raw:
                raw.execute(PARENT)
                for table in TWINS:
                    raw.execute(TABLE.format(table))
                yield raw
    except EngineUnavailable as error:
        unavailable(str(error))


def definition(cursor: pymysql.cursors.Cursor, table: str) -> str:
    cursor.execute(f"SHOW CREATE TABLE `{table}`")
    return cursor.fetchone()[1].replace(table, "T")


def test_each_helper_call_leaves_what_its_alter_leaves(cursor: pymysql.cursors.Cursor) -> None:
    called, altered = TWINS
    for template in CALLS:
        call = split_sql(template.format(called, called) + ";").statements[0]
        cursor.execute(call.text)
        while cursor.nextset():
            pass
        twin = read_call(split_sql(template.format(altered, altered) + ";").statements[0].tokens)
        assert twin is not None and (alter := helper_alter(twin)) is not None
        cursor.execute(alter)
        assert definition(cursor, called) == definition(cursor, altered), template
