"""Cost at scale: tables grown to N rows, and each statement of an upgrade timed beside impact's prediction.

Rows are grown on the server by doubling (``INSERT INTO t SELECT ... FROM t``), so a million rows take
about twenty statements. Each copy keeps the seeded row's foreign keys (its parents exist) and gives every
column of a unique key a new value: MD5 of the old one and the round for strings, an offset for numbers.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, Row, text

from zsgate.checks.impact.analyse import impacts, model_schema, parsed, statement_alterations
from zsgate.checks.impact.online_ddl import TARGETS
from zsgate.checks.impact.session import Session
from zsgate.engines import SCHEMA
from zsgate.engines.execute import apply
from zsgate.sql.quoting import identifier
from zsgate.sql.statements import SqlFile, Statement

MAX_ROWS = 10_000_000
"""The most ``--rows`` grows a table to unless forced: past it a run takes hours per table, and the disk to match."""
ROWS_PER_SECOND = 2_500
"""How fast ``grow`` adds rows, measured on a busy 2-core machine (100,000 rows of one table: about 40 s)."""


def growth_estimate(rows: int) -> str:
    """What growing one table to ``rows`` rows would take, in words."""
    hours = rows / ROWS_PER_SECOND / 3600
    return f"about {hours:,.1f} h per table the upgrade changes, at the {ROWS_PER_SECOND:,} rows/s measured here"


NUMERIC = ("int", "bigint", "smallint", "tinyint", "mediumint", "decimal", "float", "double")


@dataclass(frozen=True, slots=True)
class StatementTime:
    """How long one statement took, and what impact predicted for it on this server ("" when it changes
    no existing table)."""

    path: str
    line: int
    seconds: float
    predicted: str
    sql: str

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "seconds": round(self.seconds, 4), "predicted": self.predicted}


def predictions(sql: SqlFile, target: str) -> dict[int, str]:
    """Impact's prediction per statement start, as ``copy/shared rebuild``, in verify's session
    (foreign_key_checks on, whatever the helpers file sets)."""
    if target not in TARGETS:
        return {}
    found = {}
    for statement, alterations in statement_alterations(parsed(sql), model_schema(), None, Session()):
        for each in impacts(statement, alterations, (target,)):
            cost = each.targets[target]
            found[statement.start] = f"{cost.algorithm.value}/{cost.lock.value}{' rebuild' if cost.rebuild else ''}"
    return found


def touched_tables(sql: SqlFile) -> list[str]:
    """Tables that exist before ``sql`` and that it changes."""
    names = {
        alteration.table
        for _, alterations in statement_alterations(parsed(sql), model_schema(), None)
        for alteration in alterations
        if not alteration.new_table
    }
    return sorted(names)


def apply_timed(
    connection: Connection,
    sql: SqlFile,
    predicted: dict[int, str],
    before: Callable[[Statement], None] = lambda statement: None,
) -> list[StatementTime]:
    """Apply ``sql`` statement by statement (``before`` runs ahead of each), timing each one."""
    times = []
    for statement in sql.statements:
        before(statement)
        started = time.perf_counter()
        apply(connection, replace(sql, statements=(statement,)))
        seconds = time.perf_counter() - started
        snippet = " ".join(statement.text.split())[:70]
        times.append(StatementTime(sql.path, statement.line, seconds, predicted.get(statement.start, ""), snippet))
    return times


def grow(
    connection: Connection, table: str, rows: int, on_rows: Callable[[int, int], None] = lambda count, rows: None
) -> int:
    """Double ``table``'s rows until it holds ``rows`` (it must hold one at least); returns the count.
    ``on_rows`` is told the count, and ``rows``, after each round."""
    columns = _query(
        connection,
        "SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, EXTRA FROM information_schema.COLUMNS "
        "WHERE TABLE_SCHEMA = :schema AND TABLE_NAME = :table ORDER BY ORDINAL_POSITION",
        table,
    )
    varied = _varied(connection, table)
    insertable = [c for c in columns if "auto_increment" not in c.EXTRA.lower() and "generated" not in c.EXTRA.lower()]
    names = ", ".join(identifier(column.COLUMN_NAME) for column in insertable)
    count = connection.exec_driver_sql(f"SELECT COUNT(*) FROM {identifier(table)}").scalar_one()
    round_ = 0
    # The copies are unique by construction, and a unique key may be a foreign key too (see _varied).
    connection.exec_driver_sql("SET SESSION foreign_key_checks = 0, unique_checks = 0")
    while 0 < count < rows:
        round_ += 1
        values = ", ".join(_copied(connection, table, c, c.COLUMN_NAME in varied, round_) for c in insertable)
        limit = min(count, rows - count)
        connection.exec_driver_sql(
            f"INSERT INTO {identifier(table)} ({names}) SELECT {values} FROM {identifier(table)} LIMIT {limit}"
        )
        connection.commit()  # one round a transaction keeps the undo log small
        count += limit
        on_rows(count, rows)
    connection.exec_driver_sql("SET SESSION foreign_key_checks = 1, unique_checks = 1")
    return count


def _varied(connection: Connection, table: str) -> set[str]:
    """One column of each unique key to give new values: one no foreign key holds where there is one (else
    the copies point at parents that do not exist)."""
    keys: dict[str, list[str]] = {}
    for row in _query(
        connection,
        "SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = :schema "
        "AND TABLE_NAME = :table AND NON_UNIQUE = 0 ORDER BY INDEX_NAME, SEQ_IN_INDEX",
        table,
    ):
        keys.setdefault(row.INDEX_NAME, []).append(row.COLUMN_NAME)
    referencing = {
        row.COLUMN_NAME
        for row in _query(
            connection,
            "SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = :schema "
            "AND TABLE_NAME = :table AND REFERENCED_TABLE_NAME IS NOT NULL",
            table,
        )
    }
    varied: set[str] = set()
    for columns in keys.values():
        if not varied & set(columns):
            varied.add(next((c for c in columns if c not in referencing), columns[0]))
    return varied


def _query(connection: Connection, sql: str, table: str) -> list[Row[Any]]:
    return list(connection.execute(text(sql), {"schema": SCHEMA, "table": table}))


def _copied(connection: Connection, table: str, column: Row[Any], unique: bool, round_: int) -> str:
    """The value a copied row gets for ``column``: the same, or a new one for a unique key."""
    name = identifier(column.COLUMN_NAME)
    if not unique:
        return name
    if column.DATA_TYPE in NUMERIC:
        highest = connection.exec_driver_sql(f"SELECT MAX({name}) FROM {identifier(table)}").scalar_one() or 0
        return f"{name} + {highest}"
    length = column.CHARACTER_MAXIMUM_LENGTH or 32
    return f"LEFT(MD5(CONCAT({name}, '#{round_}')), {min(length, 32)})"
