"""The models as the one schema model every command reads (:mod:`zsgate.history.schema`), with the release
that added each part.

Report and docs read tables through :class:`~zsgate.history.schema.Schema`, whether they come from the models
or from a Flyway history; this is the models' way in. Each column is written as MySQL DDL by SQLAlchemy and
read back by history's reader, so a model column and the column an upgrade file makes are one :class:`Column`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column as ModelColumn
from sqlalchemy import ForeignKeyConstraint, MetaData, UniqueConstraint
from sqlalchemy import Index as ModelIndex
from sqlalchemy import Table as ModelTable
from sqlalchemy.dialects import mysql
from sqlalchemy.schema import CreateColumn
from sqlglot import exp, parse_one

from zsgate.history.changes import column_of
from zsgate.history.schema import Column, ForeignKey, Index, Schema, Table
from zsgate.schema.releases import as_of, parts_of, release_of
from zsgate.sql.dialect import DIALECT as SQL_DIALECT

DIALECT = mysql.dialect()


def model_schema(metadata: MetaData, release: str | None = None) -> Schema:
    """The schema the models define once ``release`` is applied (None: every release)."""
    present = as_of(metadata, release)
    return Schema({table.name: _table(table) for table in present.sorted_tables})


def model_provenance(metadata: MetaData) -> dict[str, dict[str, str]]:
    """Table -> "" -> the release that added it, and lower-case part name -> the release that added the part."""
    return {
        table.name: {
            "": release_of(table),
            **{str(part.name).lower(): release_of(part) for part in parts_of(table)},
        }
        for table in metadata.sorted_tables
    }


def _table(model: ModelTable) -> Table:
    table = Table(
        model.name, engine=model.kwargs.get("mysql_engine"), charset=model.kwargs.get("mysql_default_charset")
    )
    for column in model.columns:
        table.put_column(_column(column))
    table.set_primary_key(tuple(column.name for column in model.primary_key.columns))
    for index in sorted(model.indexes, key=lambda index: str(index.name)):
        table.add_index(_index(index))
    for constraint in model.constraints:
        if isinstance(constraint, UniqueConstraint) and constraint.name:
            table.add_index(Index(str(constraint.name), tuple(c.name for c in constraint.columns), unique=True))
    for foreign_key in sorted(model.foreign_key_constraints, key=lambda fk: str(fk.name)):
        table.add_foreign_key(_foreign_key(foreign_key))
    return table


def _column(column: ModelColumn[Any]) -> Column:
    """The column as history's reader reads SQLAlchemy's DDL of it."""
    ddl = str(CreateColumn(column).compile(dialect=DIALECT))
    definition = parse_one(f"CREATE TABLE t ({ddl})", dialect=SQL_DIALECT).find(exp.ColumnDef)
    assert definition is not None, ddl
    return column_of(definition)


def _index(index: ModelIndex) -> Index:
    columns = tuple(column.name for column in index.columns)
    lengths = index.kwargs.get("mysql_length") or {}
    prefixes = tuple(lengths.get(column) for column in columns) if isinstance(lengths, dict) else ()
    return Index(str(index.name), columns, unique=bool(index.unique), prefixes=prefixes if any(prefixes) else ())


def _foreign_key(constraint: ForeignKeyConstraint) -> ForeignKey:
    return ForeignKey(
        str(constraint.name),
        tuple(column.name for column in constraint.columns),
        constraint.referred_table.name,
        tuple(element.column.name for element in constraint.elements),
        (constraint.ondelete or "").upper(),
        (constraint.onupdate or "").upper(),
    )
