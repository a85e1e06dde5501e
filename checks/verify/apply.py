"""Run a SQL file on a server statement by statement, through the linter's splitter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pymysql
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

from zsgate.engines import SCHEMA, Server
from zsgate.sql.parse import SqlReadError, read_sql_file
from zsgate.sql.split import SqlFile, Statement

_SERVER_LINE = re.compile(r"\bat line (\d+)$")
SHOWN_TEXT = 200  # characters of the refused line shown in a message


class ApplyError(Exception):
    """A statement the server refused, located at ``path:line``."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class SqlFileError(Exception):
    """A SQL file that cannot be run at all (unreadable, or it does not split)."""


def load(path: Path) -> SqlFile:
    """Read and split a file, refusing one whose text cannot be split cleanly."""
    try:
        sql = read_sql_file(path)
    except SqlReadError as error:
        raise SqlFileError(str(error)) from None
    if sql.errors:
        first = sql.errors[0]
        raise SqlFileError(f"{first.path}:{first.line}:{first.column}: {first.message}")
    return sql


def apply(connection: Connection, sql: SqlFile) -> None:
    """Send each statement as the ``mysql`` client would; stop at the first the server refuses."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    with raw.cursor() as cursor:
        for statement in sql.statements:
            try:
                cursor.execute(statement.text)
                while cursor.nextset():
                    pass
            except pymysql.MySQLError as error:
                code, message = (error.args + ("",))[:2]
                line, there = _where_refused(statement, str(message))
                raise ApplyError(sql.path, line, f"{message} (error {code}) at: {there}") from None


def _where_refused(statement: Statement, message: str) -> tuple[int, str]:
    """The file line the server's "at line N" names (N counts from the statement's first line), and its text."""
    lines = statement.text.split("\n")  # as the server counts them
    match = _SERVER_LINE.search(message)
    offset = min(int(match.group(1)) - 1, len(lines) - 1) if match else 0
    there = lines[offset].strip() or " ".join(statement.text.split())
    return statement.line + offset, there[:SHOWN_TEXT]


@contextmanager
def connect(server: Server, *session: str) -> Iterator[Connection]:
    """One unpooled connection to the server's ``zstack`` schema, after the ``session`` statements."""
    # Unpooled, so closing is the reset: no ROLLBACK first, which a stopped run's broken connection refuses.
    engine = create_engine(server.url.set(database=SCHEMA), poolclass=NullPool, pool_reset_on_return=None)
    try:
        with engine.connect() as connection:
            set_session(connection, *session)
            yield connection
    finally:
        engine.dispose()


def set_session(connection: Connection, *statements: str) -> None:
    """Run ``SET SESSION`` statements outside any transaction: what the connection did so far is committed first,
    as the ``mysql`` client's autocommit would have. MySQL refuses some settings inside a transaction
    (``explicit_defaults_for_timestamp``: error 1766); MariaDB accepts them anywhere."""
    connection.commit()
    for statement in statements:
        connection.execute(text(statement))
