"""What rules see: each statement parsed, the changes it makes, and the file around it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sqlglot import exp
from sqlglot.tokens import TokenType

from zsgate.history.changes import Change, read_changes
from zsgate.sql.calls import Call
from zsgate.sql.statements import SplitError, SqlFile, Statement


@dataclass(frozen=True, slots=True)
class Parsed:
    """One statement with what could be read from it: a sqlglot tree and/or a procedure call."""

    statement: Statement
    expression: exp.Expression | None
    call: Call | None
    names: tuple[exp.Identifier, ...] = ()
    """Identifiers naming a schema, table, column, index or constraint (see :func:`zsgate.sql.names.names`)."""
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

    @property
    def text(self) -> str:
        return self.sql.text

    @property
    def split_errors(self) -> tuple[SplitError, ...]:
        return self.sql.errors

    @cached_property
    def _dropped_if_exists(self) -> list[tuple[str, str, int]]:
        """``(kind, lower-case name, offset)`` of each name in ``DROP VIEW|PROCEDURE|FUNCTION|TRIGGER IF EXISTS``
        (``DROP VIEW`` may name several, each optionally schema-qualified)."""
        dropped = []
        for statement in self.sql.statements:
            tokens = statement.tokens
            words = [token.text.upper() for token in tokens[:4]]
            if len(tokens) < 5 or words[0] != "DROP" or words[2:4] != ["IF", "EXISTS"]:
                continue
            named = tokens[4:]
            dropped += [
                (words[1], token.text.lower(), statement.start)
                for token, after in zip(named, [*named[1:], None], strict=True)
                if token.token_type not in (TokenType.DOT, TokenType.COMMA, TokenType.SEMICOLON)
                and (after is None or after.token_type != TokenType.DOT)  # the last part of `schema`.`name`
            ]
        return dropped

    def dropped_before(self, kind: str, name: str, offset: int) -> bool:
        """Whether the file drops the view or routine ``name`` (``DROP kind IF EXISTS``) before ``offset``."""
        name = name.strip("`").lower()
        return any(k == kind and n == name and at < offset for k, n, at in self._dropped_if_exists)

    def offset_at(self, line: int, column: int) -> int:
        """The file offset of a 1-based line and column."""
        return self.sql.lines.starts[line - 1] + column - 1
