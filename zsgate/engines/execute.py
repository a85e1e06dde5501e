"""Run a SQL file on a server statement by statement, as its runner (Flyway by default) sends it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import MappingProxyType

import pymysql
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from zsgate.engines import Server
from zsgate.engines.watchdog import limited_cursor
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits
from zsgate.sql.parse import SqlReadError, read_sql_file
from zsgate.sql.split import as_run_by
from zsgate.sql.statements import Runner, SqlFile, Statement

_SERVER_LINE = re.compile(r"\bat line (\d+)$")
SHOWN_TEXT = 200  # characters of the refused line shown in a message


class ApplyError(Exception):
    """A statement the server refused, located at ``path:line``."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class SqlFileError(Exception):
    """A SQL file that cannot be run at all (unreadable, or it does not split)."""


def load(path: Path, runner: Runner = Runner.FLYWAY, limits: SizeLimits = DEFAULT_LIMITS) -> SqlFile:
    """Read and split a file as `runner` does; refuse one above ``limits`` or one the client reading cannot
    split cleanly.

    Flyway itself refuses nothing (what it cannot cut, it sends), but a file the client cannot read either
    is broken for every runner, and the client reading says where.
    """
    try:
        sql = read_sql_file(path, limits)
    except SqlReadError as error:
        raise SqlFileError(str(error)) from None
    if sql.errors:
        first = sql.errors[0]
        raise SqlFileError(f"{first.path}:{first.line}:{first.column}: {first.message}")
    return as_run_by(sql, runner)


def apply(connection: Connection, sql: SqlFile) -> None:
    """Send each statement as the file's runner sends it; stop at the first the server refuses."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    execute(raw, sql)


def execute(raw: pymysql.Connection, sql: SqlFile) -> None:
    """`apply` on a DB-API connection."""
    with raw.cursor() as cursor:
        for statement in sql.statements:
            try:
                cursor.execute(statement.sent)
                while cursor.nextset():
                    pass
            except pymysql.MySQLError as error:
                code, message = (error.args + ("",))[:2]
                line, there = _where_refused(statement, str(message))
                raise ApplyError(sql.path, line, f"{message} (error {code}) at: {there}") from None


def _where_refused(statement: Statement, message: str) -> tuple[int, str]:
    """The file line the server's "at line N" names, and its text.

    N counts lines of what was sent, from the statement's first line. Flyway sends a statement's lines as
    they are, so line N is the file's; the client leaves comments out, so after a comment of several lines
    inside a statement the line is an estimate.
    """
    lines = statement.sent.split("\n")  # as the server counts them
    match = _SERVER_LINE.search(message)
    offset = min(int(match.group(1)) - 1, len(lines) - 1) if match else 0
    there = lines[offset].strip() or " ".join(statement.sent.split())
    return statement.line + offset, there[:SHOWN_TEXT]


AS_WRITTEN = MappingProxyType({"no_parameters": True})
"""Execution options that send SQL without parameters as written: the DB-API does not %-format it, so a ``%`` in
a name or a string needs no escaping (and gets none anywhere in zsgate)."""


@contextmanager
def connect(server: Server, *session: str, statement_timeout: float = 0) -> Iterator[Connection]:
    """One unpooled connection to the server's ``zstack`` schema as the account limited to it (the files run
    are untrusted), after the ``session`` statements, each statement killed after ``statement_timeout``
    seconds (0: never). SQL sent without parameters reaches the server as written: a ``%`` in a name is
    not %-formatted."""
    # Unpooled, so closing is the reset: no ROLLBACK first, which a stopped run's broken connection refuses.
    engine = create_engine(
        server.zstack_url,
        poolclass=NullPool,
        pool_reset_on_return=None,
        execution_options=AS_WRITTEN,
        connect_args={"cursorclass": limited_cursor(statement_timeout)},
    )
    try:
        connection = engine.connect()
        try:
            set_session(connection, *session)
            yield connection
        finally:
            with suppress(DBAPIError):  # a connection the upgrade killed (KILL CONNECTION_ID()) cannot roll back
                connection.close()
    finally:
        engine.dispose()


def set_session(connection: Connection, *statements: str) -> None:
    """Run ``SET SESSION`` statements outside any transaction: what the connection did so far is committed first,
    as the ``mysql`` client's autocommit would have. MySQL refuses some settings inside a transaction
    (``explicit_defaults_for_timestamp``: error 1766); MariaDB accepts them anywhere."""
    connection.commit()
    for statement in statements:
        connection.execute(text(statement))
