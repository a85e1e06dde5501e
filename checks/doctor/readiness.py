"""How each pending change meets the rows it will run on: impact's prechecks run as counts with a few sample keys,
and each change that copies a table or blocks its writes with the table's size and an estimated duration."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlglot
from sqlglot import exp

from zsgate.checks.doctor.drift import Drift
from zsgate.checks.doctor.fixes import RowChange
from zsgate.checks.impact.analyse import StatementImpact
from zsgate.checks.impact.prechecks import Precheck
from zsgate.compare.fingerprint import Fingerprint

SAMPLE = 5
"""Sample keys shown per precheck."""
COPY_ROWS_PER_SECOND = {"mariadb": 33_000, "mysql": 10_000}
"""Rows a table copy moves per second by server family: `make bench`'s "table copy" rows (a ZStack-shaped
VmInstanceVO of 300,000 rows, two secondary indexes, narrowed with ALGORITHM=COPY) on this project's shared
2-core machine gave 33,000 to 50,000 on MariaDB 10.11.19 and 10,000 to 18,000 on MySQL 9.7.4 as it was busy;
the slower figure is kept, so an estimate errs long. ``--rate`` gives the customer's own."""


Progress = Callable[[str, int, "int | None"], None]
"""Told what doctor is doing, how much of it is done, and of how much (None: unknown)."""


def no_progress(description: str, done: int, total: int | None) -> None:
    """Progress nobody watches."""


Query = Callable[[str], "list[tuple[Any, ...]] | None"]
"""Runs one bounded read on the customer's database: its rows, or None when the time limit cut it."""


@dataclass(frozen=True, slots=True)
class CountedPrecheck:
    """A precheck run: the rows the change would fail on, and a few of their keys."""

    path: str
    line: int
    finds: str
    rows: int
    sample: tuple[str, ...]
    fixed_by: str | None = None
    """Where the pending files change these rows before the change meets them (``the file at line 3``): the rows
    counted are the customer's now, not the ones the change will meet."""

    @property
    def fails(self) -> bool:
        """Whether the change will fail on rows as they are."""
        return bool(self.rows) and self.fixed_by is None

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "finds": self.finds,
            "rows": self.rows,
            "sample": self.sample,
            "fixed_by": self.fixed_by,
        }


@dataclass(frozen=True, slots=True)
class NotChecked:
    """Something doctor could not find out, and why."""

    what: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"what": self.what, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class BlockingChange:
    """A pending change that copies its table or keeps writers out, with the table's size and a duration."""

    path: str
    line: int
    table: str
    operation: str
    algorithm: str
    lock: str
    rows: int | None
    """information_schema's estimate; None for a table a pending file makes."""
    bytes: int | None
    estimate_seconds: float | None

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "table": self.table,
            "operation": self.operation,
            "algorithm": self.algorithm,
            "lock": self.lock,
            "rows": self.rows,
            "bytes": self.bytes,
            "estimate_seconds": self.estimate_seconds,
        }


@dataclass
class Prechecked:
    """The prechecks of the pending files: counted, cut, and those on tables no row of the database is in yet."""

    counted: list[CountedPrecheck] = field(default_factory=list)
    cut: list[NotChecked] = field(default_factory=list)
    on_new_tables: list[str] = field(default_factory=list)
    """``path:line: finds`` of a change to a table a pending file makes: its rows are the upgrade's own."""


def run_prechecks(
    prechecks: Sequence[Precheck],
    tables: Fingerprint,
    query: Query,
    fixed: Callable[[Precheck], RowChange | None],
    on_progress: Progress = no_progress,
) -> Prechecked:
    """Each precheck counted on the live rows of ``tables``, or why it was not; ``fixed`` finds the statement of
    the pending files that changes a precheck's rows before its change runs."""
    found = Prechecked()
    counted, unchecked = found.counted, found.cut
    for done, precheck in enumerate(prechecks):
        on_progress(f"precheck: {precheck.finds}", done, len(prechecks))
        what = f"{precheck.path}:{precheck.line}: {precheck.finds}"
        tree = sqlglot.parse_one(precheck.sql, read="mysql")
        table = tree.find(exp.Table)
        live = _live_table(tables, table.name if table else "")
        if live is None:
            found.on_new_tables.append(what)
            continue
        fix = fixed(precheck)
        if fix is not None and fix.in_routine:
            unchecked.append(
                NotChecked(
                    what,
                    f"a routine {fix.where(precheck.path)} changes {table.name if table else 'its'} rows before this"
                    " change runs: what it leaves cannot be read here",
                )
            )
            continue
        count_sql, sample_sql, shown = _queries(tree, precheck.sql, live)
        count = query(count_sql)
        sample = query(sample_sql) if sample_sql else []
        if count is None or sample is None:
            unchecked.append(NotChecked(what, "cut by --max-statement-time"))
            continue
        rows = int(count[0][0] or 0) if count else 0
        fixed_by = fix.where(precheck.path) if fix is not None else None
        counted.append(
            CountedPrecheck(precheck.path, precheck.line, precheck.finds, rows, tuple(map(shown, sample)), fixed_by)
        )
    return found


def read_against_history(
    statements: Iterable[StatementImpact], drift: Iterable[Drift], unreadable: Iterable[str] = ()
) -> dict[tuple[str, int], str]:
    """The pending statements read against a definition the server does not have, by ``(path, line)``, each with
    why: a change to a column whose live definition differs from what the history leaves (impact read it, and
    wrote its precheck, from the history's), to a table the server lacks, or to one the account may not read."""
    columns = {item.object.lower(): item for item in drift if item.kind == "column"}
    tables = {item.object.lower(): item for item in drift if item.kind == "table" and item.found is None}
    hidden = {name.lower() for name in unreadable}
    unsure: dict[tuple[str, int], str] = {}
    for statement in statements:
        if statement.table.lower() in hidden:
            unsure[statement.path, statement.line] = f"this account may not read {statement.table}"
            continue
        if (missing := tables.get(statement.table.lower())) is not None:
            unsure[statement.path, statement.line] = f"{missing.object} is missing on the server"
            continue
        for change in statement.changes:
            differs = columns.get(f"{change.table}.{change.column}".lower()) if change.before is not None else None
            if differs is not None:
                unsure[statement.path, statement.line] = (
                    f"{differs.object} is {differs.found or 'missing'} on the server where the history leaves"
                    f" {differs.expected or 'none'}: the change was read against the history's definition"
                )
                break
    return unsure


def _live_table(tables: Fingerprint, name: str) -> dict[str, Any] | None:
    return next((table for live, table in tables.items() if live.lower() == name.lower()), None)


def _queries(
    tree: exp.Expression, sql: str, table: dict[str, Any]
) -> tuple[str, str | None, Callable[[tuple[Any, ...]], str]]:
    """The count, the sample query and how to show a sample row, for each shape of impact's prechecks."""
    if tree.args.get("group"):  # duplicates, one row per value: every row sharing a value fails
        copies = tree.expressions[-1].alias_or_name
        keys = [part.name if isinstance(part, exp.Column) else part.sql("mysql") for part in tree.expressions[:-1]]
        count = f"SELECT SUM(`{copies}`) FROM ({sql}) AS duplicates"

        def duplicate(row: tuple[Any, ...]) -> str:
            return (
                ", ".join(f"{key}={value!r}" for key, value in zip(keys, row[:-1], strict=True)) + f" ({row[-1]} rows)"
            )

        return count, f"{sql} LIMIT {SAMPLE}", duplicate
    if tree.args.get("having"):  # a new column's one value given to every row: the count is the query's
        return sql, None, str
    key = _key_columns(table)
    count = tree.copy().select(exp.Count(this=exp.Star()), append=False).sql(dialect="mysql")
    sample = tree.copy().select(*(exp.column(name, quoted=True) for name in key), append=False).limit(SAMPLE)

    def row_key(row: tuple[Any, ...]) -> str:
        return ", ".join(f"{name}={value!r}" for name, value in zip(key, row, strict=True))

    return count, sample.sql(dialect="mysql"), row_key


def _key_columns(table: dict[str, Any]) -> list[str]:
    """The primary key's columns, else the first unique key's, else the first column."""
    indexes = table["indexes"]
    chosen = indexes.get("PRIMARY") or next((index for index in indexes.values() if index["unique"]), None)
    return [name for name, _ in chosen["columns"]] if chosen else [next(iter(table["columns"]))]


def blocking_changes(
    statements: Sequence[StatementImpact], target: str, sizes: dict[str, tuple[int, int]], rate: float
) -> list[BlockingChange]:
    """The statements that copy or block on ``target``, with the rows and bytes of their table (``sizes``, by
    lower-case name) and the copy at ``rate`` rows per second."""
    found = []
    for statement in statements:
        cost = statement.targets[target]
        if not cost.blocking:
            continue
        rows, size = sizes.get(statement.table.lower(), (None, None))
        found.append(
            BlockingChange(
                statement.path,
                statement.line,
                statement.table,
                statement.operation,
                cost.algorithm.value,
                cost.lock.value,
                rows,
                size,
                None if rows is None else round(rows / rate, 1),
            )
        )
    return found
