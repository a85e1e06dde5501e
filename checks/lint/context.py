"""What rules see: each statement parsed, and the file around it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlglot import exp
from sqlglot.tokens import TokenType

from zsgate.sql.calls import Call
from zsgate.sql.statements import SplitError, SqlFile, Statement, StatementSpan, StatementSpans


@dataclass(frozen=True, slots=True)
class Parsed:
    """One statement with what could be read from it: a sqlglot tree and/or a procedure call."""

    statement: Statement
    expression: exp.Expression | None
    call: Call | None
    unquoted_names: tuple[exp.Identifier, ...] = ()
    """Identifiers without backticks naming a schema, table, column, index or constraint (see
    :func:`zsgate.sql.names.unquoted_names`)."""
    unchecked: str = ""
    """Why the statement's tree could not be read although it may be valid SQL ("" when nothing stopped it)."""


@dataclass
class FileContext:
    """One file being linted: the target's reserved words, its split text (the part being read, then the whole
    file for `Rule.finish`, its statements as :attr:`statements` gives them), and what its statements so far
    leave for the statements after them (taken in by :meth:`advance`, so that no rule needs the statements
    themselves)."""

    sql: SqlFile
    reserved: frozenset[str]
    target: str
    created_tables: set[str] = field(default_factory=set)
    """Tables (lower-case names) the statements so far create."""
    transaction: Parsed | None = None
    """The BEGIN or START TRANSACTION whose block the next statement is in, if any."""
    _dropped_if_exists: list[tuple[str, str, int]] = field(default_factory=list)
    """``(kind, lower-case name, offset)`` of each name in ``DROP VIEW|PROCEDURE|FUNCTION|TRIGGER IF EXISTS``."""
    spans: StatementSpans | tuple[()] = ()
    """The statements of a file read in parts, for `Rule.finish` (its ``sql`` then holds none)."""

    def advance(self, parsed: Parsed) -> None:
        """Take in what a statement, once checked, leaves for the statements after it."""
        expression = parsed.expression
        if isinstance(expression, exp.Transaction):
            self.transaction = parsed
        elif isinstance(expression, exp.Commit | exp.Rollback):
            self.transaction = None
        if isinstance(expression, exp.Create) and expression.args.get("kind") == "TABLE":
            table = expression.this.this if isinstance(expression.this, exp.Schema) else expression.this
            if isinstance(table, exp.Table):
                self.created_tables.add(table.name.lower())
        self._dropped_if_exists += _dropped_if_exists(parsed.statement)

    @property
    def statements(self) -> Iterable[Statement | StatementSpan]:
        """The file's statements, for `Rule.finish`."""
        return self.sql.statements or self.spans

    @property
    def text(self) -> str:
        return self.sql.text

    @property
    def split_errors(self) -> tuple[SplitError, ...]:
        return self.sql.errors

    def dropped_before(self, kind: str, name: str, offset: int) -> bool:
        """Whether the file drops the view or routine ``name`` (``DROP kind IF EXISTS``) before ``offset``."""
        name = name.strip("`").lower()
        return any(k == kind and n == name and at < offset for k, n, at in self._dropped_if_exists)

    def offset_at(self, line: int, column: int) -> int:
        """The file offset of a 1-based line and column."""
        return self.sql.lines.starts[line - 1] + column - 1


def _dropped_if_exists(statement: Statement) -> list[tuple[str, str, int]]:
    """``(kind, lower-case name, offset)`` of each name a ``DROP VIEW|PROCEDURE|FUNCTION|TRIGGER IF EXISTS``
    drops (``DROP VIEW`` may name several, each optionally schema-qualified)."""
    tokens = statement.tokens
    if len(tokens) < 5 or tokens[0].text.upper() != "DROP":
        return []
    words = [token.text.upper() for token in tokens[:4]]
    if words[2:4] != ["IF", "EXISTS"]:
        return []
    named = tokens[4:]
    return [
        (words[1], token.text.lower(), statement.start)
        for token, after in zip(named, [*named[1:], None], strict=True)
        if token.token_type not in (TokenType.DOT, TokenType.COMMA, TokenType.SEMICOLON)
        and (after is None or after.token_type != TokenType.DOT)  # the last part of `schema`.`name`
    ]
