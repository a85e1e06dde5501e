"""The database a release upgrades: helper procedures, the tables as of the release before, and seed rows.

It is built in the sql_mode a ZStack installation runs in. Neither ZStack's installer (zstack-utility's
installation/install.sh, which writes my.cnf) nor the management node (zstack's JDBC settings) sets one, so
the server's default applies, and ZStack installs MariaDB: STRICT_TRANS_TABLES, ERROR_FOR_DIVISION_BY_ZERO,
NO_AUTO_CREATE_USER, NO_ENGINE_SUBSTITUTION, which takes the 547 zero-date defaults of ZStack's tables that
MySQL's default sql_mode (NO_ZERO_DATE, NO_ZERO_IN_DATE) refuses. On MySQL the same modes apply but
NO_AUTO_CREATE_USER, which MySQL 8 removed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, MetaData, Table, text
from sqlalchemy.exc import DBAPIError

from zsgate.checks.verify import rows as rows_module
from zsgate.checks.verify.rows import RowMaker
from zsgate.engines import Preparation, Server
from zsgate.engines.execute import ApplyError, apply, connect, set_session
from zsgate.engines.signals import first_received
from zsgate.generate.render import create_table
from zsgate.servers import target
from zsgate.sql.quoting import identifier, string
from zsgate.sql.statements import SqlFile

SEED_ROWS = 2
"""Rows made per baseline table, beside the parents other tables' rows need."""

REMOVED_FROM_MYSQL = frozenset({"NO_AUTO_CREATE_USER"})


def sql_mode(family: str) -> str:
    """The sql_mode of a ZStack installation on a server of ``family``: MariaDB's default."""
    modes = target("mariadb-10.11").sql_mode.modes
    return ",".join(mode for mode in modes if family == "mariadb" or mode not in REMOVED_FROM_MYSQL)


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
    ordered = tables(baseline)
    for table in ordered:  # with foreign key checks off, a cycle's first table may name one made after it
        with _refused(table, "created"):
            connection.execute(text(create_table(table)))
    set_session(connection, "SET SESSION foreign_key_checks = 1")
    made = RowMaker(connection)
    for table in ordered:
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
    digest = hashlib.sha256()
    for part in (
        *(statement.sent for statement in helpers.statements),
        *(create_table(table) for table in tables(baseline)),
        *(Path(source).read_text(encoding="utf-8") for source in (rows_module.__file__ or "", __file__)),
    ):
        digest.update(part.encode())
        digest.update(b"\0")

    def run(server: Server) -> None:
        on_build()
        with connect(server, session, statement_timeout=statement_timeout) as connection:
            build(connection, baseline, helpers, server.family)

    return Preparation(digest.hexdigest(), run)


def data_digest(connection: Connection, baseline: MetaData, only: set[str] | None = None) -> dict[str, tuple[int, str]]:
    """Row count and a content checksum of every baseline table (or those named in ``only``), over its
    baseline columns only, in any row order: one query, summed on the server (each row's SHA-256: MySQL 9.7
    has no MD5)."""
    chosen = [table for table in tables(baseline) if only is None or table.name in only]
    if not chosen:
        return {}
    parts = []
    for table in chosen:
        values = ", ".join(f"{identifier(c.name)}, ISNULL({identifier(c.name)})" for c in table.columns)
        row_hash = f"CONV(LEFT(SHA2(CONCAT_WS(0x1f, {values}), 256), 15), 16, 10)"
        parts.append(
            f"SELECT {string(table.name)}, COUNT(*), COALESCE(SUM({row_hash}), 0) FROM {identifier(table.name)}"
        )
    found = connection.exec_driver_sql("\nUNION ALL ".join(parts))
    return {str(name): (int(count), f"{int(checksum):x}") for name, count, checksum in found}
