"""The models as the one schema model every command reads (:mod:`zsgate.history.schema`), with the release
that added each part.

Generation, report and docs read the models' tables through this one way in: each table is written as MySQL
DDL by SQLAlchemy (:mod:`zsgate.schema.as_ddl`) and read back by history's one reader, so a model table and
the table an upgrade file makes are one :class:`Table`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column as ModelColumn
from sqlalchemy import ForeignKeyConstraint, MetaData, UniqueConstraint
from sqlalchemy import Index as ModelIndex
from sqlalchemy import Table as ModelTable

from zsgate.compare import families
from zsgate.compare.schema import key_parts
from zsgate.history.changes import AddColumn, CreateTable, text_changes
from zsgate.history.schema import Column, ForeignKey, Index, Schema, Table
from zsgate.schema.as_ddl import DIALECT, create_table
from zsgate.schema.releases import as_of, parts_of, release_of
from zsgate.sql.quoting import identifier

_PARTITION = " PARTITION BY "


def model_schema(metadata: MetaData, release: str | None = None) -> Schema:
    """The schema the models define once ``release`` is applied (None: every release)."""
    present = as_of(metadata, release)
    return Schema({table.name: model_table(table) for table in present.sorted_tables})


def model_provenance(metadata: MetaData) -> dict[str, dict[str, str]]:
    """Table -> "" -> the release that added it, and lower-case part name -> the release that added the part."""
    return {
        table.name: {
            "": release_of(table),
            **{str(part.name).lower(): release_of(part) for part in parts_of(table)},
        }
        for table in metadata.sorted_tables
    }


def model_table(model: ModelTable) -> Table:
    """A table of the models (or one SQLAlchemy reflected) as the one reader reads the CREATE TABLE SQLAlchemy
    writes of it. Its partitioning is kept as SQLAlchemy writes it (sqlglot reads no partition's ENGINE, nor
    MAXVALUE). ValueError where the reader cannot read the rest."""
    ddl = create_table(model).removesuffix(";")
    partitioning = ""
    if model.kwargs.get("mysql_partition_by"):
        ddl, _, partitioning = ddl.rpartition(_PARTITION)
    (create,) = text_changes(ddl, 0) or [None]
    if not isinstance(create, CreateTable):
        raise ValueError(f"{model.name}: its CREATE TABLE cannot be read into the one table model")
    table = create.table.copy()  # the reader shares equal tables (shared_table); a caller may change its own
    table.partitioning = partitioning or None
    return table


def model_column(column: ModelColumn[Any]) -> Column:
    """A column of the models (or one SQLAlchemy reflected) as the one reader reads the definition SQLAlchemy
    writes of it."""
    spec = DIALECT.ddl_compiler(DIALECT, None).get_column_specification(column)
    (add,) = text_changes(f"ALTER TABLE {identifier(column.table.name)} ADD COLUMN {spec}", 0) or [None]
    assert isinstance(add, AddColumn), spec
    return add.column


def model_index(key: ModelIndex | UniqueConstraint) -> Index:
    """A key of the models as the one table model holds it."""
    parts = key_parts(key) if isinstance(key, ModelIndex) else [(column.name, None) for column in key.columns]
    lengths = tuple(length for _, length in parts)
    unique = isinstance(key, UniqueConstraint) or bool(key.unique)
    prefixes = lengths if any(length is not None for length in lengths) else ()
    return Index(str(key.name), tuple(name for name, _ in parts), unique, prefixes=prefixes)


def model_foreign_key(fk: ForeignKeyConstraint) -> ForeignKey:
    """A foreign key of the models as generation adds it: ON DELETE spelled out (``RESTRICT`` where the model
    names none, as ZStack's ADD_CONSTRAINT takes one), ON UPDATE as :func:`on_update_rule` gives it."""
    return ForeignKey(
        str(fk.name),
        tuple(column.name for column in fk.columns),
        fk.elements[0].column.table.name,
        tuple(element.column.name for element in fk.elements),
        (fk.ondelete or "RESTRICT").upper(),
        on_update_rule(fk.onupdate),
    )


def on_update_rule(rule: str | None) -> str:
    """A foreign key's ON UPDATE as the one reader reads what generation writes: "" for RESTRICT (not written)."""
    return "" if families.rule(rule) == "RESTRICT" else families.rule(rule)
