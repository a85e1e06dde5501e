"""What a file changes in the schema, statement by statement: what the linter's workers hand the rules over
the schema and the impact rules (:mod:`zsgate.checks.lint.history`), and what the lint cache keeps of a file."""

from __future__ import annotations

from dataclasses import dataclass

from zsgate.checks.impact.session import Session
from zsgate.checks.lint.findings import Silenced, StatementDigests
from zsgate.history.changes import Change
from zsgate.pickled import by_fields
from zsgate.sql.statements import LineIndex


@by_fields
@dataclass(frozen=True, slots=True)
class StatementChanges:
    """What one statement changes, and what the impact rules need to know of it beside that."""

    start: int
    changes: tuple[Change, ...]
    session: Session = Session()
    """The session it runs in (as the callbacks beside the file and its earlier statements leave it)."""
    assigned: frozenset[tuple[str, str]] = frozenset()
    """``(table, column)`` (lower-case) an UPDATE statement sets."""


@by_fields
@dataclass(frozen=True, slots=True)
class FileChanges:
    """What one file changes, statement by statement, with what the main process needs to report on it."""

    path: str
    statements: tuple[StatementChanges, ...]
    lines: LineIndex
    silenced: Silenced
    digests: StatementDigests = StatementDigests((), ())

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(change for statement in self.statements for change in statement.changes)
