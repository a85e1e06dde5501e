"""Rules over the schema: each file's changes checked against the schema its history leaves.

The linter reads each file (in worker processes) into statements, and statements into schema changes
(:func:`file_changes`). Here, in the main process, the changes are applied in Flyway's order: a versioned
file (``V<version>__*.sql``) is checked against the schema its history (``conf/db``, or its folder) has
after it, so a UNIQUE key added in V3.0 over a column declared nullable in V1.0 is found. A history file
that is not linted (a pull request names only the new file) is read for its changes only. Other files are
checked on their own. Columns of tables the files never create come from the project's models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.context import FileContext
from zsgate.checks.lint.findings import Finding, Silenced, StatementDigests, is_silenced
from zsgate.checks.lint.rules import RULES
from zsgate.history.apply import apply, starting_schema
from zsgate.history.changes import Change, statement_changes
from zsgate.history.flyway import History, HistoryError, history_roots, read_history
from zsgate.history.schema import ColumnFacts, Schema
from zsgate.sql.parse import SqlReadError, read_sql_file
from zsgate.sql.statements import LineIndex, SqlFile


@dataclass(frozen=True, slots=True)
class FileChanges:
    """What one file changes, with what the main process needs to report on it."""

    path: str
    changes: tuple[Change, ...]
    lines: LineIndex
    silenced: Silenced
    digests: StatementDigests = StatementDigests((), ())


def file_changes(sql: SqlFile, context: FileContext, silenced: Silenced, digests: StatementDigests) -> FileChanges:
    """The changes of a file the linter has parsed."""
    changes = [change for changes in context.schema_changes for change in changes]
    return FileChanges(sql.path, tuple(changes), sql.lines, silenced, digests)


def read_file_changes(path: Path) -> FileChanges | None:
    """The changes of a history file that is not linted; None when it is not readable UTF-8 (lint does not
    report on files it was not asked to lint: the history goes on without this one)."""
    try:
        sql = read_sql_file(path)
    except SqlReadError:
        return None
    changes = [change for statement in sql.statements for change in statement_changes(statement)]
    return FileChanges(sql.path, tuple(changes), sql.lines, {})


def schema_findings(
    files: Iterable[FileChanges],
    config: LintConfig,
    facts: ColumnFacts,
    read_many: Callable[[list[Path]], Sequence[object]] | None = None,
) -> list[Finding]:
    """Findings of the rules over the schema, for every linted file, each against its own history.
    ``read_many`` reads the history files that are not linted (default: one after the other)."""
    linted = {Path(file.path).resolve(): file for file in files}
    histories = [history for root in history_roots(linted) if (history := _history(root)) is not None]
    unlinted = [path for history in histories for path in history.files if path.resolve() not in linted]
    read = dict(zip(unlinted, (read_many or _read_each)(unlinted), strict=True))
    findings: list[Finding] = []
    for history in histories:
        schema = starting_schema(facts, "beforeMigrate" in history.callbacks)
        for path in history.files:
            if (file := linted.pop(path.resolve(), None)) is not None:
                findings += _check(file, schema, config)
            elif isinstance(changes := read.get(path), FileChanges):
                for change in changes.changes:
                    apply(schema, change)
    for file in linted.values():  # not part of a history: on its own
        findings += _check(file, starting_schema(facts, defines_helpers=False), config)
    return findings


def _history(root: Path) -> History | None:
    """The history at ``root``; None when Flyway would refuse it (its files are then checked on their own)."""
    try:
        return read_history(root)
    except (HistoryError, OSError):
        return None


def _read_each(paths: list[Path]) -> list[FileChanges | None]:
    return [read_file_changes(path) for path in paths]


def _check(file: FileChanges, schema: Schema, config: LintConfig) -> list[Finding]:
    """Apply the file's changes to ``schema``, then check each change that took effect against the schema
    the whole file leaves (a column made NOT NULL or PRIMARY KEY later in the file counts)."""
    made = [done for change in file.changes for done in apply(schema, change)]
    rules = [rule for rule in RULES if rule.checks_schema and config.enabled(rule.name, rule.code, file.path)]
    findings = []
    for rule in rules:
        for hit in rule.check_changes(made, schema, config.target):
            start = max(hit.start, 0)
            line, column = file.lines.locate(start)
            statement = file.digests.at(start)
            finding = Finding(file.path, line, column, rule.code, rule.name, rule.severity, hit.message, statement)
            if not is_silenced(finding, file.silenced, rule.noqa_needs_reason):
                findings.append(finding)
    findings.sort(key=lambda finding: (finding.line, finding.column))
    return findings
