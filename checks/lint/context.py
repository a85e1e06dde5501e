"""What rules see: each statement parsed, the file around it, and the models' column facts."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlglot import exp
from sqlglot.tokens import TokenType

from zsgate.sql.calls import Call
from zsgate.sql.split import SplitError, SqlFile, Statement

if TYPE_CHECKING:
    from zsgate.checks.impact.changes import Change


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


class TableFacts:
    """Which columns of the project's models are nullable: what rules fall back to for tables that neither
    the file nor its history creates."""

    def __init__(self, tables: dict[str, dict[str, bool]]) -> None:
        self._tables = {table: {c.lower(): n for c, n in columns.items()} for table, columns in tables.items()}

    @classmethod
    def from_json(cls, text: str) -> TableFacts:
        tables = json.loads(text)["tables"]
        return cls({table: {c: facts["nullable"] for c, facts in columns.items()} for table, columns in tables.items()})

    def nullable(self, table: str, column: str) -> bool | None:
        """True or False when the models define the column; None otherwise."""
        return self._tables.get(table, {}).get(column.lower())


@cache
def model_facts() -> TableFacts:
    """Facts of the project's models, as ``zsgate generate`` wrote them to migrations/model-facts.json."""
    return TableFacts.from_json(resources.files("zsgate.migrations").joinpath("model-facts.json").read_text("utf-8"))


@dataclass
class FileContext:
    """One file being linted: its split text and the target's reserved words."""

    sql: SqlFile
    reserved: frozenset[str]
    target: str
    statements: tuple[Parsed, ...] = ()

    @cached_property
    def changes(self) -> Mapping[int, list[Change]]:
        """Each statement's changes to existing tables (by its start), as `zsgate impact` reads them:
        against the models and the file's earlier statements, in the session its callbacks leave."""
        from zsgate.checks.impact.analyse import model_tables, statement_changes

        path = Path(self.sql.path)
        parsed = [(p.statement, p.expression, p.call) for p in self.statements]
        read = statement_changes(parsed, model_tables(), path.parent if path.is_file() else None)
        return {statement.start: changes for statement, changes in read}

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
