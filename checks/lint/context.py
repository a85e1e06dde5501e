"""What rules see: each statement parsed, the changes it makes, and the file around it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlglot import exp

from zsgate.history.changes import Change, read_changes
from zsgate.sql.calls import Call
from zsgate.sql.split import SplitError, SqlFile, Statement

if TYPE_CHECKING:
    from zsgate.checks.impact.classify import Alteration


@dataclass(frozen=True, slots=True)
class Parsed:
    """One statement with what could be read from it: a sqlglot tree and/or a procedure call."""

    statement: Statement
    expression: exp.Expression | None
    call: Call | None
    names: tuple[exp.Identifier, ...] = ()
    """Identifiers naming a schema, table, column, index or constraint (see :func:`zsgate.checks.lint.ddl.names`)."""
    unchecked: str = ""
    """Why the statement's tree could not be read although it may be valid SQL ("" when nothing stopped it)."""


@dataclass
class FileContext:
    """One file being linted: its split text and the target's reserved words."""

    sql: SqlFile
    reserved: frozenset[str]
    target: str
    statements: tuple[Parsed, ...] = ()

    @cached_property
    def schema_changes(self) -> tuple[list[Change], ...]:
        """What each statement changes in the schema, read once for every rule (and the rules over the schema)."""
        return tuple(read_changes(p.expression, p.call, p.statement.tokens) for p in self.statements)

    @cached_property
    def alterations(self) -> Mapping[int, list[Alteration]]:
        """Each statement's operations on existing tables (by its start), as `zsgate impact` reads a file
        outside a history: against the models and the file's earlier statements, in the session its
        callbacks leave."""
        from zsgate.checks.impact.analyse import model_schema, statement_alterations

        path = Path(self.sql.path)
        parsed = [
            (p.statement, p.expression, changes)
            for p, changes in zip(self.statements, self.schema_changes, strict=True)
        ]
        read = statement_alterations(parsed, model_schema(), path.parent if path.is_file() else None)
        return {statement.start: alterations for statement, alterations in read}

    @property
    def text(self) -> str:
        return self.sql.text

    @property
    def split_errors(self) -> tuple[SplitError, ...]:
        return self.sql.errors

    @cached_property
    def _dropped_routines(self) -> list[tuple[str, str, int]]:
        """``(kind, lower-case name, offset)`` of each ``DROP PROCEDURE|FUNCTION|TRIGGER IF EXISTS name``."""
        dropped = []
        for statement in self.sql.statements:
            words = [token.text for token in statement.tokens[:7]]
            if len(words) >= 5 and words[0].upper() == "DROP" and [w.upper() for w in words[2:4]] == ["IF", "EXISTS"]:
                name = words[6] if len(words) == 7 and words[5] == "." else words[4]
                dropped.append((words[1].upper(), name.lower(), statement.start))
        return dropped

    def dropped_before(self, kind: str, name: str, offset: int) -> bool:
        """Whether the file drops routine ``name`` (``IF EXISTS``) before ``offset``."""
        return any(k == kind and n == name.lower() and at < offset for k, n, at in self._dropped_routines)

    def offset_at(self, line: int, column: int) -> int:
        """The file offset of a 1-based line and column."""
        return self.sql.lines.starts[line - 1] + column - 1
