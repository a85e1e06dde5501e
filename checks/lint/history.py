"""Rules over the schema: each file's changes checked against the schema its history leaves.

The linter reads each file (in worker processes) into statements, and statements into schema changes
(:func:`file_changes`). Here, in the main process, the changes are applied in Flyway's order: a versioned
file (``V<version>__*.sql``) is checked against the schema its history (``conf/db``, or its folder) has
after it, so a UNIQUE key added in V3.0 over a column declared nullable in V1.0 is found, and the impact
rules read each statement's operations against the tables as the history and the file's earlier statements
leave them. A history file that is not linted (a pull request names only the new file) is read for its
changes only. Other files are checked on their own. Columns of tables the files never create come from the
project's models.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlglot import exp

from zsgate.checks.impact.classify import classify_statement
from zsgate.checks.impact.session import Setting, file_session
from zsgate.checks.lint.cache import LintCache, digest
from zsgate.checks.lint.changes import FileChanges, StatementChanges
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.context import Parsed
from zsgate.checks.lint.findings import Finding, Silenced, StatementDigests, is_silenced
from zsgate.checks.lint.rule import Hit, Rule
from zsgate.checks.lint.rules import RULES
from zsgate.files import resolved
from zsgate.history.apply import apply, starting_schema
from zsgate.history.changes import (
    CallProcedure,
    Change,
    CreateTable,
    CreateTableLike,
    read_changes,
    statement_changes,
)
from zsgate.history.flyway import History, HistoryError, history_roots, read_history
from zsgate.history.helpers import calls_before_migrate
from zsgate.history.schema import ColumnFacts, Schema, shared
from zsgate.sql.parse import SqlReadError, read_sql_file
from zsgate.sql.statements import LineIndex


class StatementReads:
    """What the rules over the schema need of each linted statement, read while its tree lives. Kept as
    columns, a statement's start being its digest's (:class:`StatementDigests`): an object and a tuple per
    statement took 110 bytes more (8 MiB of a 20 MB file's peak)."""

    __slots__ = ("changes", "_ends", "_settings", "_assigned")

    def __init__(self) -> None:
        self.changes: list[Change] = []
        """Every statement's changes, in order."""
        self._ends = array("q")
        """Where each statement's changes end in ``changes``."""
        self._settings: dict[int, Setting] = {}
        """What a SET statement (by its index) changes in the session of the statements after it."""
        self._assigned: dict[int, frozenset[tuple[str, str]]] = {}
        """The columns an UPDATE statement sets (one object for equal ones: a long file repeats its UPDATEs)."""

    def append(self, parsed: Parsed) -> None:
        """Read the next statement."""
        expression = parsed.expression
        # no rule reads a view's SELECT: generating its SQL took a fifteenth of the time reading changes takes
        changes = read_changes(expression, parsed.call, parsed.statement.tokens, selects=False)
        setting, assigned = Setting.of(expression), _assigned(expression)
        index = len(self._ends)
        if setting is not None:
            self._settings[index] = setting
        if assigned:
            self._assigned[index] = shared(assigned)
        self.changes += changes
        self._ends.append(len(self.changes))

    def __iter__(self) -> Iterator[tuple[tuple[Change, ...], Setting | None, frozenset[tuple[str, str]]]]:
        """Each statement's changes, setting and columns assigned."""
        begin = 0
        for index, end in enumerate(self._ends):
            yield (
                tuple(self.changes[begin:end]),
                self._settings.get(index),
                self._assigned.get(index, _NOTHING_ASSIGNED),
            )
            begin = end


def file_changes(
    path: str, statements: StatementReads, lines: LineIndex, silenced: Silenced, digests: StatementDigests
) -> FileChanges:
    """The changes of a file the linter has read, statement by statement (``digests`` has their starts)."""
    calls_helpers = any(
        isinstance(change, CallProcedure) and calls_before_migrate(change.call) for change in statements.changes
    )
    folder = Path(path)
    session = file_session(folder.parent if folder.is_file() else None, calls_helpers)
    read = []
    for start, (changes, setting, assigned) in zip(digests.starts, statements, strict=True):
        read.append(StatementChanges(start, changes, session, assigned))
        session = session.after_setting(setting)
    return FileChanges(path, tuple(read), lines, silenced, digests)


_NOTHING_ASSIGNED: frozenset[tuple[str, str]] = frozenset()  # one for every statement but an UPDATE's


def _assigned(expression: exp.Expression | None) -> frozenset[tuple[str, str]]:
    """The columns an UPDATE of one table sets."""
    if not isinstance(expression, exp.Update) or not isinstance(expression.this, exp.Table):
        return _NOTHING_ASSIGNED
    table = expression.this.name.lower()
    return frozenset((table, item.this.name.lower()) for item in expression.expressions if isinstance(item, exp.EQ))


def read_file_changes(path: Path, cache: LintCache | None = None) -> FileChanges | None:
    """The changes of a history file that is not linted (from ``cache`` when it holds them); None when it is
    not readable UTF-8 (lint does not report on files it was not asked to lint: the history goes on without
    this one)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    key = digest("changes", str(path), data) if cache is not None else None
    if key is not None and isinstance(cached := cache.get(key), FileChanges):  # type: ignore[union-attr]
        return cached
    try:
        sql = read_sql_file(path)
    except SqlReadError:
        return None
    statements = (StatementChanges(s.start, tuple(statement_changes(s))) for s in sql.statements)
    read = FileChanges(sql.path, tuple(statements), sql.lines, {})
    if key is not None:
        cache.put(key, read)  # type: ignore[union-attr]
    return read


@dataclass(frozen=True, slots=True)
class Histories:
    """The Flyway histories some files belong to, found from the files' paths alone (so before they are read)."""

    histories: list[History]
    real: dict[Path, Path]
    """The real path of each of the files and of each file of the histories (each folder resolved once)."""

    @classmethod
    def of(cls, files: Iterable[Path]) -> Histories:
        real = resolved(files)
        histories = [history for root in history_roots(real.values()) if (history := _history(root)) is not None]
        real.update(resolved(path for history in histories for path in history.files))
        return cls(histories, real)


def schema_findings(
    files: Iterable[FileChanges],
    config: LintConfig,
    facts: ColumnFacts,
    read_many: Callable[[list[Path]], Sequence[object]] | None = None,
    cache: LintCache | None = None,
    found: Histories | None = None,
) -> list[Finding]:
    """Findings of the rules over the schema, for every linted file, each against its own history.
    ``read_many`` reads the history files that are not linted (default: one after the other). ``cache``
    keeps the schema before each history's first linted file, by the bytes of the files before it: a
    pre-commit run of a new file then reads none of them. ``found``: the histories of the linted files, where
    they were found already (a history with no file among ``files`` is passed over)."""
    files = list(files)
    paths = [Path(file.path) for file in files]
    if found is None or not all(path in found.real for path in paths):
        found = Histories.of(paths)
    histories, real = found.histories, found.real
    linted = {real[path]: file for path, file in zip(paths, files, strict=True)}
    starts = [_start(history, linted, real, facts, cache) for history in histories]
    unlinted = [
        path
        for history, (first, _, _) in zip(histories, starts, strict=True)
        for path in _needed(history, linted, real)[first:]
        if real[path] not in linted
    ]
    read = dict(zip(unlinted, (read_many or _read_each)(unlinted), strict=True))
    findings: list[Finding] = []
    for history, (first, schema, key) in zip(histories, starts, strict=True):
        for path in history.files[first:]:
            if (file := linted.pop(real[path], None)) is not None:
                if key is not None:
                    cache.put(key, replace(schema, fallback=None))  # type: ignore[union-attr]
                    key = None
                findings += _check(file, schema, config)
            elif isinstance(changes := read.get(path), FileChanges):
                for change in changes.changes:
                    apply(schema, change)
    for file in linted.values():  # not part of a history: on its own
        findings += _check(file, starting_schema(facts, defines_helpers=False), config)
    return findings


def _start(
    history: History,
    linted: dict[Path, FileChanges],
    real: dict[Path, Path],
    facts: ColumnFacts,
    cache: LintCache | None,
) -> tuple[int, Schema, str | None]:
    """Where to start reading ``history``: at its first linted file with the schema the cache keeps from
    before it, else at its start; and the key to keep that schema under when the cache lacks it."""
    defines_helpers = "beforeMigrate" in history.callbacks
    first = next((index for index, path in enumerate(history.files) if real[path] in linted), 0)
    facts_digest = getattr(facts, "digest", None)
    if cache is None or not first or facts_digest is None:
        return 0, starting_schema(facts, defines_helpers), None
    try:
        before = [part for path in history.files[:first] for part in (str(path), path.read_bytes())]
    except OSError:
        return 0, starting_schema(facts, defines_helpers), None
    key = digest("schema", facts_digest, str(defines_helpers), *before)
    if isinstance(kept := cache.get(key), Schema):
        return first, replace(kept, fallback=facts), None
    return 0, starting_schema(facts, defines_helpers), key


def _needed(history: History, linted: dict[Path, FileChanges], real: dict[Path, Path]) -> tuple[Path, ...]:
    """The files of ``history`` up to the last one linted: the schema after it is of no use."""
    files = history.files
    last = max((index for index, path in enumerate(files) if real[path] in linted), default=-1)
    return files[: last + 1]


def _history(root: Path) -> History | None:
    """The history at ``root``; None when Flyway would refuse it (its files are then checked on their own)."""
    try:
        return read_history(root)
    except (HistoryError, OSError):
        return None


def _read_each(paths: list[Path]) -> list[FileChanges | None]:
    return [read_file_changes(path) for path in paths]


def _check(file: FileChanges, schema: Schema, config: LintConfig) -> list[Finding]:
    """Apply the file's changes to ``schema`` statement by statement, reading each statement's operations on
    existing tables against the tables before it for the impact rules; then check each change that took
    effect against the schema the whole file leaves (a column made NOT NULL or PRIMARY KEY later in the
    file counts)."""
    rules = [rule for rule in RULES if config.enabled(rule.name, rule.code, file.path)]
    impact_rules = [rule for rule in rules if rule.checks_impact]
    schema_rules = [rule for rule in rules if rule.checks_schema]
    hits: list[tuple[Rule, Hit]] = []
    made: list[Change] = []
    created: set[str] = set()
    for statement in file.statements:
        if impact_rules:
            if found := classify_statement(statement.changes, schema, statement.session, made):
                found = [replace(a, new_table=True) if a.table.lower() in created else a for a in found]
                hits += [(rule, hit) for rule in impact_rules for hit in rule.check_alterations(statement, found, file)]
            for change in statement.changes:
                if isinstance(change, CreateTable | CreateTableLike):
                    created.add(_created(change))
        else:
            made += [done for change in statement.changes for done in apply(schema, change)]
    hits += [(rule, hit) for rule in schema_rules for hit in rule.check_changes(made, schema, config.target)]
    findings = []
    for rule, hit in hits:
        start = max(hit.start, 0)
        line, column = file.lines.locate(start)
        statement = file.digests.at(start)
        finding = Finding(file.path, line, column, rule.code, rule.name, rule.severity, hit.message, statement)
        if not is_silenced(finding, file.silenced, rule.noqa_needs_reason):
            findings.append(finding)
    findings.sort(key=lambda finding: (finding.line, finding.column))
    return findings


def _created(change: CreateTable | CreateTableLike) -> str:
    return (change.table.name if isinstance(change, CreateTable) else change.name).lower()
