"""``zsgate impact``: every statement that changes an existing table, and what it costs on each target.

Files are read in Flyway's version order; each statement is read against the tables the models and the
earlier statements (of this file and the files before it) leave, and in the session the file and the
Flyway callbacks in its folder leave (`session.file_session`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, reduce
from importlib import resources
from pathlib import Path

from sqlglot import exp
from zsgate.checks.impact.changes import Change, Reader
from zsgate.checks.impact.online_ddl import TARGETS, Impact, impact
from zsgate.checks.impact.prechecks import Precheck, prechecks
from zsgate.checks.impact.session import CALLBACKS, Session, file_session
from zsgate.checks.impact.tables import ModelFacts, Tables

from zsgate.files import sql_files
from zsgate.history.flyway import name_key
from zsgate.sql.calls import Call, read_call
from zsgate.sql.parse import SqlReadError, parse_statement, read_sql_file
from zsgate.sql.split import SqlFile, Statement


@dataclass(frozen=True, slots=True)
class StatementImpact:
    """One statement's changes to one existing table, and their cost on each target."""

    path: str
    line: int
    start: int
    table: str
    changes: tuple[Change, ...]
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
    """Files that could not be read or split, as ``path[:line:col]: message``."""
    prechecks: list[Precheck] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"statements": [statement.as_dict() for statement in self.statements]}

    def worst_first(self) -> list[StatementImpact]:
        return sorted(self.statements, key=lambda s: (tuple(-x for x in s.worst), s.path, s.line))


def model_tables() -> Tables:
    """The project's models (migrations/model-facts.json) as table definitions, a copy to update."""
    return _models().copy()


@cache
def _models() -> Tables:
    text = resources.files("zsgate.migrations").joinpath("model-facts.json").read_text("utf-8")
    return Tables.of(ModelFacts(text))


def statement_changes(
    statements: Sequence[tuple[Statement, exp.Expression | None, Call | None]],
    tables: Tables,
    folder: Path | None,
    session: Session | None = None,
) -> Iterator[tuple[Statement, list[Change]]]:
    """Each statement of a file in ``folder`` with its changes, read in order (``tables`` is updated as
    they go), starting in ``session``, by default the one `file_session` gives the file."""
    calls_helpers = any(call is not None and call.is_helper for _, _, call in statements)
    reader = Reader(tables, session or file_session(folder, calls_helpers))
    for statement, expression, call in statements:
        yield statement, reader.read(expression, call)


def impacts(statement: Statement, changes: Sequence[Change], targets: Sequence[str] = TARGETS) -> list[StatementImpact]:
    """The statement's changes grouped by table, each with its cost on every target."""
    by_table: dict[str, list[Change]] = {}
    for change in changes:
        by_table.setdefault(change.table, []).append(change)
    return [
        StatementImpact(
            statement.path,
            statement.line,
            statement.start,
            table,
            tuple(grouped),
            {target: reduce(Impact.__or__, (impact(target, c.operation) for c in grouped)) for target in targets},
        )
        for table, grouped in by_table.items()
    ]


def parsed(sql: SqlFile) -> Iterator[tuple[Statement, exp.Expression | None, Call | None]]:
    for statement in sql.statements:
        yield statement, parse_statement(statement), read_call(statement.tokens)


def impact_paths(paths: Iterable[Path], targets: Sequence[str] = TARGETS, tables: Tables | None = None) -> ImpactReport:
    """The impact of every statement in the SQL files under ``paths``, read in Flyway's order (a directory's
    callbacks left out: they are read as the session of the files beside them)."""
    report = ImpactReport()
    tables = tables.copy() if tables is not None else model_tables()
    paths = list(paths)
    files, problems = sql_files(paths)
    report.errors += [f"{path}: {reason}" for path, reason in problems]
    named = set(paths)
    for path in flyway_order(p for p in files if p in named or p.name not in (*CALLBACKS, "beforeValidate.sql")):
        try:
            sql = read_sql_file(path)
        except SqlReadError as error:
            report.errors.append(str(error))
            continue
        if sql.errors:
            report.errors += [f"{e.path}:{e.line}:{e.column}: {e.message}" for e in sql.errors]
            continue
        report.files += 1
        for statement, changes in statement_changes(list(parsed(sql)), tables, path.parent):
            report.statements += impacts(statement, changes, targets)
            report.prechecks += prechecks(statement.path, statement.line, changes)
    return report


def file_prechecks(sql: SqlFile, folder: Path | None = None) -> dict[int, list[Precheck]]:
    """The prechecks of each statement of one file (by statement start), read against the models."""
    found: dict[int, list[Precheck]] = {}
    for statement, changes in statement_changes(list(parsed(sql)), model_tables(), folder):
        if checks := prechecks(statement.path, statement.line, changes):
            found[statement.start] = checks
    return found


def flyway_order(files: Iterable[Path]) -> list[Path]:
    """Versioned files by version, then the rest by name."""
    return sorted(files, key=_version_key)


def _version_key(path: Path) -> tuple[int, tuple[int, ...], str]:
    version = name_key(path.name)
    return (1, (), str(path)) if version is None else (0, version, str(path))
