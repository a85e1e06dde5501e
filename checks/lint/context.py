"""What rules see: each statement parsed, the file around it, and the models' column facts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sqlglot import exp

from zsgate.sql.calls import Call
from zsgate.sql.split import SplitError, SqlFile, Statement


@dataclass(frozen=True, slots=True)
class Parsed:
    """One statement with what could be read from it: a sqlglot tree and/or a procedure call."""

    statement: Statement
    expression: exp.Expression | None
    call: Call | None
    names: tuple[exp.Identifier, ...] = ()
    """Identifiers naming a schema, table, column, index or constraint (see :func:`zsgate.checks.lint.ddl.names`)."""


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

    @property
    def text(self) -> str:
        return self.sql.text

    @property
    def split_errors(self) -> tuple[SplitError, ...]:
        return self.sql.errors

    def offset_at(self, line: int, column: int) -> int:
        """The file offset of a 1-based line and column."""
        return self.sql.lines.starts[line - 1] + column - 1
