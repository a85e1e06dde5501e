"""Table definitions as they stand before a statement: what impact reads a change against.

`Tables` starts from what is known before a file (the project's models, or later a Flyway history
model: anything that gives `Table` values by name) and learns each statement's effect as the file goes
on: CREATE TABLE defines a table, each classified change updates it, DROP TABLE forgets it.
Pure: sqlglot and the standard library only (lint reads it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol

from sqlglot import exp

DEFAULT_CHARSET = "utf8mb4"
"""A table's charset when neither it nor its column says: MySQL 8's default (MariaDB's packages set the same)."""
BYTES_PER_CHAR = {"latin1": 1, "ascii": 1, "binary": 1, "utf8": 3, "utf8mb3": 3, "utf8mb4": 4, "ucs2": 2, "utf16": 4}


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its type as sqlglot reads it, and what online DDL cares about."""

    name: str
    type: exp.DataType
    nullable: bool = True
    default: str | None = None
    """The DEFAULT clause as SQL, None when there is none."""
    charset: str | None = None
    """The column's own CHARACTER SET, None when it takes the table's."""
    generated: str | None = None
    """"virtual" or "stored" for a generated column."""
    auto_increment: bool = False

    def max_bytes(self, table_charset: str) -> int | None:
        """Longest value of a VARCHAR/CHAR/VARBINARY in bytes (what sizes its length prefix), else None."""
        length = type_length(self.type)
        if length is None:
            return None
        if self.type.this in (exp.DataType.Type.VARBINARY, exp.DataType.Type.BINARY):
            return length
        return length * BYTES_PER_CHAR.get((self.charset or table_charset).lower(), 4)


@dataclass(slots=True)
class Table:
    """One table: its columns in order, keys by lower-case name, and its charset."""

    name: str
    columns: list[Column] = field(default_factory=list)
    charset: str = DEFAULT_CHARSET
    primary_key: tuple[str, ...] = ()
    indexes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unique: set[str] = field(default_factory=set)
    fulltext: set[str] = field(default_factory=set)

    def column(self, name: str) -> Column | None:
        return next((column for column in self.columns if column.name.lower() == name.lower()), None)

    def copy(self) -> Table:
        return replace(
            self,
            columns=list(self.columns),
            indexes=dict(self.indexes),
            unique=set(self.unique),
            fulltext=set(self.fulltext),
        )


class TableSource(Protocol):
    """Where definitions before a file come from: the models, or a Flyway history model."""

    def tables(self) -> Mapping[str, Table]:
        """Every table known, by name."""
        ...


class Tables:
    """The definitions a file's statements are read against, updated statement by statement."""

    def __init__(self, tables: Iterable[Table] = ()) -> None:
        self._tables = {table.name.lower(): table.copy() for table in tables}

    @classmethod
    def of(cls, source: TableSource) -> Tables:
        return cls(source.tables().values())

    def get(self, name: str) -> Table | None:
        return self._tables.get(name.lower())

    def define(self, table: Table) -> None:
        self._tables[table.name.lower()] = table

    def forget(self, name: str) -> None:
        self._tables.pop(name.lower(), None)

    def rename(self, old: str, new: str) -> None:
        if (table := self._tables.pop(old.lower(), None)) is not None:
            table.name = new
            self._tables[new.lower()] = table

    def copy(self) -> Tables:
        return Tables(self._tables.values())


@dataclass(frozen=True)
class ModelFacts:
    """The project's models as ``zsgate generate`` wrote them to model-facts.json (types and nullability)."""

    text: str

    def tables(self) -> dict[str, Table]:
        found = {}
        for name, columns in json.loads(self.text)["tables"].items():
            definitions = [
                Column(column, parse_type(facts["type"]), nullable=facts["nullable"])
                for column, facts in columns.items()
            ]
            found[name] = Table(name, definitions, charset="utf8")  # ZStack's tables are utf8 (utf8mb3)
        return found


def parse_type(sql: str) -> exp.DataType:
    """A column type written as SQL (``VARCHAR(32)``), as sqlglot's MySQL dialect reads it."""
    return exp.DataType.build(sql, dialect="mysql")


T = exp.DataType.Type
INTEGER_BYTES = {T.TINYINT: 1, T.SMALLINT: 2, T.MEDIUMINT: 3, T.INT: 4, T.BIGINT: 8}
UNSIGNED = {
    T.UTINYINT: T.TINYINT,
    T.USMALLINT: T.SMALLINT,
    T.UMEDIUMINT: T.MEDIUMINT,
    T.UINT: T.INT,
    T.UBIGINT: T.BIGINT,
}


def integer_range(data_type: exp.DataType) -> tuple[int, int] | None:
    """The values an integer type holds (``INT UNSIGNED``: 0 to 2**32 - 1), None for other types."""
    if data_type.this in UNSIGNED:
        return 0, 2 ** (8 * INTEGER_BYTES[UNSIGNED[data_type.this]]) - 1
    if data_type.this in INTEGER_BYTES:
        bits = 8 * INTEGER_BYTES[data_type.this] - 1
        return -(2**bits), 2**bits - 1
    return None


def type_length(data_type: exp.DataType) -> int | None:
    """The length of a VARCHAR(n)/CHAR(n)/VARBINARY(n)/BINARY(n), else None."""
    string_types = (
        exp.DataType.Type.VARCHAR,
        exp.DataType.Type.CHAR,
        exp.DataType.Type.VARBINARY,
        exp.DataType.Type.BINARY,
        exp.DataType.Type.NVARCHAR,
        exp.DataType.Type.NCHAR,
    )
    if data_type.this not in string_types or not data_type.expressions:
        return None
    size = data_type.expressions[0]
    literal = size.this if isinstance(size, exp.DataTypeParam) else size
    return int(literal.name) if isinstance(literal, exp.Literal) and literal.name.isdigit() else None


def column_of(definition: exp.ColumnDef, primary: bool = False) -> Column:
    """A Column from a column definition in CREATE or ALTER TABLE."""
    nullable, default, charset, generated, auto_increment = not primary, None, None, None, False
    for constraint in definition.constraints:
        kind = constraint.args.get("kind")
        if isinstance(kind, exp.NotNullColumnConstraint):
            nullable = bool(kind.args.get("allow_null")) and not primary
        elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
            nullable = False
        elif isinstance(kind, exp.DefaultColumnConstraint):
            default = kind.this.sql("mysql") if kind.this is not None else None
        elif isinstance(kind, exp.CharacterSetColumnConstraint):
            charset = kind.this.name
        elif isinstance(kind, exp.ComputedColumnConstraint):
            generated = "stored" if kind.args.get("persisted") else "virtual"
        elif isinstance(kind, exp.AutoIncrementColumnConstraint):
            auto_increment = True
    data_type = definition.args.get("kind")
    if not isinstance(data_type, exp.DataType):
        data_type = exp.DataType.build("UNKNOWN")
    return Column(definition.name, data_type, nullable, default, charset, generated, auto_increment)


def table_of(schema: exp.Schema, properties: exp.Properties | None = None) -> Table:
    """A Table from ``CREATE TABLE name (...) options``."""
    primary = tuple(column.name for key in schema.find_all(exp.PrimaryKey) for column in key.expressions)
    table = Table(schema.this.name)
    for definition in schema.expressions:
        if isinstance(definition, exp.ColumnDef):
            column = column_of(definition, definition.name in primary)
            table.columns.append(column)
            if any(isinstance(c.args.get("kind"), exp.PrimaryKeyColumnConstraint) for c in definition.constraints):
                primary = primary or (definition.name,)
        elif isinstance(definition, exp.IndexColumnConstraint) and definition.this is not None:
            columns = tuple(column.name for column in definition.expressions)
            table.indexes[definition.this.name.lower()] = columns
            if definition.args.get("kind") == "FULLTEXT":
                table.fulltext.add(definition.this.name.lower())
        elif isinstance(definition, exp.UniqueColumnConstraint) and isinstance(definition.this, exp.Schema):
            name = definition.this.this.name if definition.this.this else ""
            table.indexes[name.lower()] = tuple(column.name for column in definition.this.expressions)
            table.unique.add(name.lower())
    table.primary_key = primary
    for prop in properties.expressions if properties else ():
        if isinstance(prop, exp.CharacterSetProperty):
            table.charset = prop.this.name
    return table
