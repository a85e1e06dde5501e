"""What rules see: each statement parsed, and the file around it (tables it defines, target words)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sqlglot import exp
from zsgate.checks.lint.ddl import altered_table, created_table, is_nullable, nullability, table_name

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
    unchecked: str = ""
    """Why the statement's tree could not be read although it may be valid SQL ("" when nothing stopped it)."""


class TableFacts:
    """Which columns are nullable: the project's models, overlaid with what the file itself defines."""

    def __init__(self, tables: dict[str, dict[str, bool]]) -> None:
        self._tables = {table: {c.lower(): n for c, n in columns.items()} for table, columns in tables.items()}

    @classmethod
    def from_json(cls, text: str) -> TableFacts:
        tables = json.loads(text)["tables"]
        return cls({table: {c: facts["nullable"] for c, facts in columns.items()} for table, columns in tables.items()})

    def nullable(self, table: str, column: str) -> bool | None:
        """True or False when known; None when neither the file nor the models define the column."""
        return self._tables.get(table, {}).get(column.lower())

    def define(self, table: str, columns: dict[str, bool]) -> None:
        self._tables[table] = {c.lower(): n for c, n in columns.items()}

    def add(self, table: str, column: str, nullable: bool) -> None:
        self._tables.setdefault(table, {})[column.lower()] = nullable

    def copy(self) -> TableFacts:
        return TableFacts({table: dict(columns) for table, columns in self._tables.items()})

    def learn(self, statements: list[Parsed]) -> None:
        """Add the tables and columns that ``statements`` create."""
        for parsed in statements:
            if (schema := created_table(parsed.expression)) is not None:
                self.define(table_name(schema), nullability(schema))
            elif (alter := altered_table(parsed.expression)) is not None:
                for definition in alter.find_all(exp.ColumnDef):
                    self.add(table_name(alter), definition.name, is_nullable(definition))
            elif parsed.call is not None and parsed.call.procedure.upper() == "ADD_COLUMN":
                table, column, allow_null = (parsed.call.argument(i) for i in (0, 1, 3))
                if table and column and allow_null is not None:
                    self.add(table, column, allow_null != "0")


@cache
def model_facts() -> TableFacts:
    """Facts of the project's models, as ``zsgate generate`` wrote them to migrations/model-facts.json."""
    return TableFacts.from_json(resources.files("zsgate.migrations").joinpath("model-facts.json").read_text("utf-8"))


@dataclass
class FileContext:
    """One file being linted: its split text, the target's reserved words, and table facts."""

    sql: SqlFile
    reserved: frozenset[str]
    target: str
    tables: TableFacts

    @property
    def text(self) -> str:
        return self.sql.text

    @property
    def split_errors(self) -> tuple[SplitError, ...]:
        return self.sql.errors

    def offset_at(self, line: int, column: int) -> int:
        """The file offset of a 1-based line and column."""
        return self.sql.lines.starts[line - 1] + column - 1
