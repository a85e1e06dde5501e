"""``zsgate impact``: every statement that changes an existing table, and what it costs on each target.

Files are read in Flyway's version order. A versioned file inside a Flyway history is read inside it: the
history's earlier files (and its callbacks that run first) are applied before it, as lint does, so the
table before a change is the one the history leaves; a file outside any history is read against the
project's models. Each statement is read by history's one reader (:mod:`zsgate.history.changes`), its
changes classified against the table before them (:mod:`zsgate.checks.impact.classify`), in the session
the file and the Flyway callbacks in its folder leave (`session.file_session`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import reduce
from pathlib import Path

from sqlglot import exp

from zsgate.checks.impact.classify import Alteration, classify_statement
from zsgate.checks.impact.online_ddl import TARGETS, Impact, impact
from zsgate.checks.impact.prechecks import Precheck, prechecks
from zsgate.checks.impact.session import Session, file_session
from zsgate.files import sql_files
from zsgate.history.apply import apply, starting_schema
from zsgate.history.changes import CallProcedure, Change, CreateTable, CreateTableLike, read_changes, read_file
from zsgate.history.facts import model_facts
from zsgate.history.flyway import CALLBACKS, HistoryError, history_roots, name_key, read_history
from zsgate.history.helpers import calls_before_migrate
from zsgate.history.schema import Schema
from zsgate.sql.calls import read_call
from zsgate.sql.parse import SqlReadError, StatementTooDeep, parse_statement, read_sql_file
from zsgate.sql.statements import SqlFile, Statement

Parsed = tuple[Statement, exp.Expression | None, Sequence[Change]]
"""A statement, its tree (the session follows SET statements) and the changes history reads in it."""


@dataclass(frozen=True, slots=True)
class StatementImpact:
    """One statement's changes to one existing table, and their cost on each target."""

    path: str
    line: int
    start: int
    table: str
    changes: tuple[Alteration, ...]
    targets: dict[str, Impact]

    @property
    def operation(self) -> str:
        return ", ".join(dict.fromkeys(change.operation.value for change in self.changes))

    @property
    def worst(self) -> tuple[int, int, bool]:
        return max(target.severity for target in self.targets.values())

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "table": self.table,
            "operation": self.operation,
            "targets": {target: cost.as_dict() for target, cost in self.targets.items()},
        }


@dataclass
class ImpactReport:
    """What ``zsgate impact`` found in some files."""

    statements: list[StatementImpact] = field(default_factory=list)
    files: int = 0
    errors: list[str] = field(default_factory=list)
    """Files that could not be read or split and statements that could not be parsed, as
    ``path[:line[:col]]: message``."""
    prechecks: list[Precheck] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"statements": [statement.as_dict() for statement in self.statements]}

    def worst_first(self) -> list[StatementImpact]:
        return sorted(self.statements, key=lambda s: (tuple(-x for x in s.worst), s.path, s.line))


def model_schema() -> Schema:
    """The schema before a file outside any history: the project's models, ZStack's helpers defined."""
    return starting_schema(model_facts(), defines_helpers=False)


def statement_alterations(
    statements: Iterable[Parsed], schema: Schema, folder: Path | None, session: Session | None = None
) -> Iterator[tuple[Statement, list[Alteration]]]:
    """Each statement of a file in ``folder`` with its operations on existing tables, read in order
    (``schema`` is updated as they go), starting in ``session``, by default the one `file_session` gives."""
    statements = list(statements)
    calls_helpers = any(
        isinstance(change, CallProcedure) and calls_before_migrate(change.call)
        for *_, changes in statements
        for change in changes
    )
    session = session or file_session(folder, calls_helpers)
    created: set[str] = set()
    for statement, expression, changes in statements:
        found = classify_statement(changes, schema, session)
        yield statement, [replace(a, new_table=True) if a.table.lower() in created else a for a in found]
        created |= {_created(change) for change in changes if isinstance(change, CreateTable | CreateTableLike)}
        session = session.after(expression)


def _created(change: CreateTable | CreateTableLike) -> str:
    return (change.table.name if isinstance(change, CreateTable) else change.name).lower()


def impacts(
    statement: Statement, alterations: Sequence[Alteration], targets: Sequence[str] = TARGETS
) -> list[StatementImpact]:
    """The statement's operations grouped by table, each with its cost on every target."""
    by_table: dict[str, list[Alteration]] = {}
    for alteration in alterations:
        by_table.setdefault(alteration.table, []).append(alteration)
    return [
        StatementImpact(
            statement.path,
            statement.line,
            statement.start,
            table,
            tuple(grouped),
            {target: reduce(Impact.__or__, (impact(target, a.operation) for a in grouped)) for target in targets},
        )
        for table, grouped in by_table.items()
    ]


def parsed(sql: SqlFile, unread: list[str] | None = None) -> Iterator[Parsed]:
    """Each statement with its tree and changes. One nested too deeply for the parser (as lint's
    unchecked-statement finds) is read from its words alone, a change to a table as unread, and said in
    ``unread`` as ``path:line: reason``."""
    for statement in sql.statements:
        try:
            expression = parse_statement(statement)
        except StatementTooDeep as error:
            expression = None
            if unread is not None:
                unread.append(f"{error}: impact did not read it")
        yield statement, expression, read_changes(expression, read_call(statement.tokens), statement.tokens)


def impact_paths(paths: Iterable[Path], targets: Sequence[str] = TARGETS, schema: Schema | None = None) -> ImpactReport:
    """The impact of every statement in the SQL files under ``paths``, read in Flyway's order; a file of a
    Flyway history after the history's earlier files. ``schema`` is what is known before (default: the models).
    A directory's callbacks are left out; a callback named on its own is reported, as is a path with no SQL."""
    report = ImpactReport()
    paths = list(paths)
    found, problems = sql_files(paths)
    report.errors += [f"{path}: {reason}" for path, reason in problems]
    named = set(paths)
    files = flyway_order(path for path in found if path in named or not _callback(path))
    report.errors += [
        f"{path}: a Flyway callback, not a migration: impact reads migrations" for path in files if _callback(path)
    ]
    requested = {path.resolve(): path for path in files if not _callback(path)}
    for root in history_roots(requested.values()):
        try:
            history = read_history(root)
        except (HistoryError, OSError):
            continue  # Flyway would refuse it: its files are read on their own, below
        inside = (
            starting_schema(model_facts(), "beforeMigrate" in history.callbacks) if schema is None else schema.copy()
        )
        for path in history.files:
            if (named := requested.pop(path.resolve(), None)) is not None:
                _analyse(named, inside, targets, report)
            else:
                for change in read_file(path) or []:
                    apply(inside, change)
    alone = schema.copy() if schema is not None else model_schema()
    for path in requested.values():
        _analyse(path, alone, targets, report)
    return report


def _analyse(path: Path, schema: Schema, targets: Sequence[str], report: ImpactReport) -> None:
    try:
        sql = read_sql_file(path)
    except SqlReadError as error:
        report.errors.append(str(error))
        return
    if sql.errors:
        report.errors += [f"{e.path}:{e.line}:{e.column}: {e.message}" for e in sql.errors]
        return
    report.files += 1
    for statement, alterations in statement_alterations(parsed(sql, report.errors), schema, path.parent):
        report.statements += impacts(statement, alterations, targets)
        report.prechecks += prechecks(statement.path, statement.line, alterations)


def file_prechecks(sql: SqlFile, folder: Path | None = None) -> dict[int, list[Precheck]]:
    """The prechecks of each statement of one file (by statement start), read against the models."""
    found: dict[int, list[Precheck]] = {}
    for statement, alterations in statement_alterations(parsed(sql), model_schema(), folder):
        if checks := prechecks(statement.path, statement.line, alterations):
            found[statement.start] = checks
    return found


def flyway_order(files: Iterable[Path]) -> list[Path]:
    """Versioned files by version, then the rest by name."""
    return sorted(files, key=_version_key)


def _callback(path: Path) -> bool:
    """A Flyway callback (``beforeMigrate.sql``, ``afterMigrate.sql`` ...): run around migrations, not one."""
    return path.suffix == ".sql" and path.stem in CALLBACKS


def _version_key(path: Path) -> tuple[int, tuple[int, ...], str]:
    version = name_key(path.name)
    return (1, (), str(path)) if version is None else (0, version, str(path))
