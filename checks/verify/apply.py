"""Run a SQL file on a server statement by statement, through the linter's splitter."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pymysql
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

from zsgate.engines import SCHEMA, Server
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits
from zsgate.sql.parse import SqlReadError, read_sql_file
from zsgate.sql.split import SqlFile


class ApplyError(Exception):
    """A statement the server refused, located at ``path:line``."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class SqlFileError(Exception):
    """A SQL file that cannot be run at all (unreadable, or it does not split)."""


def load(path: Path, limits: SizeLimits = DEFAULT_LIMITS) -> SqlFile:
    """Read and split a file, refusing one whose text cannot be split cleanly or is above ``limits``."""
    try:
        sql = read_sql_file(path, limits)
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
                snippet = " ".join(statement.text.split())[:90]
                raise ApplyError(sql.path, statement.line, f"{message} (error {code}) in: {snippet}") from None


@contextmanager
def connect(server: Server, *session: str) -> Iterator[Connection]:
    """One unpooled connection to the server's ``zstack`` schema, after the ``session`` statements."""
    engine = create_engine(server.url.set(database=SCHEMA), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            for statement in session:
                connection.execute(text(statement))
            yield connection
    finally:
        engine.dispose()
