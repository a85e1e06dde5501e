"""The database a release upgrades: helper procedures, the tables as of the release before (or its released
history's files run), and seed rows.

It is built in the sql_mode a ZStack installation runs in (``zsgate.servers.families.zstack_sql_mode``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, text
from sqlalchemy.exc import DBAPIError

from zsgate import servers
from zsgate.checks.verify import rows as rows_module
from zsgate.checks.verify.rows import RowMaker
from zsgate.engines import Preparation, Server
from zsgate.engines.execute import ApplyError, apply, connect, set_session
from zsgate.engines.signals import first_received
from zsgate.schema.as_ddl import create_table
from zsgate.servers.families import zstack_sql_mode
from zsgate.sql.quoting import identifier, string
from zsgate.sql.statements import SqlFile

SEED_ROWS = 2
"""Rows made per baseline table, beside the parents other tables' rows need."""


def sql_mode(family: str) -> str:
    """The sql_mode of a ZStack installation on a server of ``family`` (the family's name)."""
    return zstack_sql_mode(servers.family(family))


@dataclass(frozen=True)
class Seeded:
    """How big the built baseline is."""

    tables: int
    rows: int

    def as_dict(self) -> dict[str, int]:
        return {"tables": self.tables, "rows": self.rows}


def tables(baseline: MetaData) -> list[Table]:
    """The baseline's tables, parents first (a cycle of foreign keys is cut where SQLAlchemy cuts it)."""
    return baseline.sorted_tables


def build(connection: Connection, baseline: MetaData, helpers: SqlFile, family: str) -> None:
    """Create the helper procedures, then the baseline tables in ZStack's sql_mode, then seed every table.
    The session's sql_mode and foreign key checks are left as ZStack's; the caller sets its own."""
    apply(connection, helpers)
    set_session(connection, f"SET SESSION sql_mode = '{sql_mode(family)}'", "SET SESSION foreign_key_checks = 0")
    for table in tables(baseline):  # with foreign key checks off, a cycle's first table may name one made after it
        with _refused(table, "created"):
            connection.execute(text(create_table(table)))
    _seed(connection, baseline)


def build_released(connection: Connection, history: tuple[SqlFile, ...], helpers: SqlFile, family: str) -> None:
    """Create the helper procedures, then run a released history's files in ZStack's sql_mode, then seed every
    table as the server has it. The session is left as :func:`build` leaves it."""
    apply(connection, helpers)
    set_session(connection, f"SET SESSION sql_mode = '{sql_mode(family)}'", "SET SESSION foreign_key_checks = 0")
    for sql in history:
        apply(connection, sql)
    _seed(connection, reflected(connection))


def reflected(connection: Connection) -> MetaData:
    """The tables of the server's database as it has them: a released history's baseline."""
    found = MetaData()
    found.reflect(connection)
    return found


def _seed(connection: Connection, baseline: MetaData) -> None:
    """SEED_ROWS rows in every table, parents first, with foreign keys checked."""
    set_session(connection, "SET SESSION foreign_key_checks = 1")
    made = RowMaker(connection)
    for table in tables(baseline):
        with _refused(table, "seeded"):
            for _ in range(SEED_ROWS):
                made.insert(table)
    connection.commit()


@contextmanager
def _refused(table: Table, done: str) -> Iterator[None]:
    """A server's refusal of the models' own DDL or seed rows, as the ApplyError that says the run cannot
    happen, naming the table."""
    try:
        yield
    except DBAPIError as error:
        if first_received() is not None:  # stopped mid-query: no refusal
            raise
        raise ApplyError(f"{table.name} (a baseline table)", 0, f"could not be {done}: {error.orig or error}") from None


def preparation(
    baseline: MetaData, helpers: SqlFile, session: str, statement_timeout: float, on_build: Callable[[], None]
) -> Preparation:
    """The baseline's build as an engine's preparation: keyed by everything that makes it (the helpers as
    sent, each table's DDL, the seed's code), done through a connection with ``session``."""
    ddl = [create_table(table) for table in tables(baseline)]
    return _prepared(helpers, ddl, session, statement_timeout, on_build, lambda c, f: build(c, baseline, helpers, f))


def released_preparation(
    history: tuple[SqlFile, ...], helpers: SqlFile, session: str, statement_timeout: float, on_build: Callable[[], None]
) -> Preparation:
    """A released history's build as an engine's preparation: keyed as :func:`preparation`, by each of its
    files' statements as sent instead of the models' DDL."""
    sent = [part for sql in history for part in (*(statement.sent for statement in sql.statements), "-- file end")]
    return _prepared(
        helpers, sent, session, statement_timeout, on_build, lambda c, f: build_released(c, history, helpers, f)
    )


def _prepared(
    helpers: SqlFile,
    made_by: list[str],
    session: str,
    statement_timeout: float,
    on_build: Callable[[], None],
    build_on: Callable[[Connection, str], None],
) -> Preparation:
    """``build_on`` (a connection, the server's family) as a preparation keyed by the helpers, ``made_by`` and
    the seed's code."""
    digest = hashlib.sha256()
    for part in (
        *(statement.sent for statement in helpers.statements),
        *made_by,
        *(Path(source).read_text(encoding="utf-8") for source in (rows_module.__file__ or "", __file__)),
    ):
        digest.update(part.encode())
        digest.update(b"\0")

    def run(server: Server) -> None:
        on_build()
        with connect(server, session, statement_timeout=statement_timeout) as connection:
            build_on(connection, server.family)

    return Preparation(digest.hexdigest(), run)


def data_digest(
    connection: Connection, baseline: MetaData, kept: MetaData, only: set[str] | None = None
) -> dict[str, tuple[int, str]]:
    """Row count and a content checksum of every baseline table (or those named in ``only``), in any row
    order, over its baseline columns whose values ``kept`` (the release's tables) keeps: by the models' word,
    a column the release drops or renames takes its data along, and one made NOT NULL gets its default where
    it held NULL. One query, summed on the server (each row's SHA-256: MySQL 9.7 has no MD5)."""
    parts = []
    for table in tables(baseline):
        columns = _kept_columns(table, kept) if only is None or table.name in only else []
        if not columns:
            continue  # not asked for, or a table the release drops
        values = ", ".join(f"{identifier(c.name)}, ISNULL({identifier(c.name)})" for c in columns)
        row_hash = f"CONV(LEFT(SHA2(CONCAT_WS(0x1f, {values}), 256), 15), 16, 10)"
        parts.append(
            f"SELECT {string(table.name)}, COUNT(*), COALESCE(SUM({row_hash}), 0) FROM {identifier(table.name)}"
        )
    if not parts:
        return {}
    found = connection.exec_driver_sql("\nUNION ALL ".join(parts))
    return {str(name): (int(count), f"{int(checksum):x}") for name, count, checksum in found}


def _kept_columns(table: Table, kept: MetaData) -> list[Column[Any]]:
    """``table``'s columns whose values the release keeps as they are: not those it backfills, nor, where it
    backfills (an UPDATE of the rows), those the server sets on every update."""
    now = kept.tables[table.name].columns if table.name in kept.tables else []
    was_nullable = {column.name for column in table.columns if column.nullable}
    backfilled = was_nullable & {column.name for column in now if not column.nullable}
    touched = {column.name for column in (*now, *table.columns) if _follows_updates(column)} if backfilled else set()
    same = {column.name for column in now} - backfilled - touched
    return [column for column in table.columns if column.name in same]


def _follows_updates(column: Column[Any]) -> bool:
    """Whether the server sets ``column`` whenever its row is updated (``ON UPDATE CURRENT_TIMESTAMP``)."""
    default = column.server_default
    written = str(getattr(default, "arg", "")) if default is not None else ""
    return column.server_onupdate is not None or "ON UPDATE" in written.upper()
