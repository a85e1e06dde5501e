"""Facts read off sqlglot's DDL trees: column nullability, unique keys, foreign keys, identifiers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlglot import exp


@dataclass(frozen=True, slots=True)
class Key:
    """A UNIQUE key or a foreign key of ``table`` over ``columns``, found at ``start``."""

    table: str
    name: str
    columns: tuple[str, ...]
    start: int
    on_delete: str = ""


def start_of(node: exp.Expression) -> int:
    """File offset of the first identifier in ``node`` (sqlglot keeps positions on identifiers)."""
    for identifier in node.find_all(exp.Identifier):
        if "start" in identifier.meta:
            return identifier.meta["start"]
    return -1


def created_table(expression: exp.Expression | None) -> exp.Schema | None:
    """The column list of ``CREATE TABLE name (...)``, or None."""
    if isinstance(expression, exp.Create) and expression.args.get("kind") == "TABLE":
        schema = expression.this
        if isinstance(schema, exp.Schema) and isinstance(schema.this, exp.Table):
            return schema
    return None


def altered_table(expression: exp.Expression | None) -> exp.Alter | None:
    """``ALTER TABLE`` statements, or None."""
    if isinstance(expression, exp.Alter) and expression.args.get("kind") == "TABLE":
        return expression
    return None


def table_name(node: exp.Expression) -> str:
    """The table a CREATE (its Schema) or ALTER is about."""
    table = node.this if isinstance(node, exp.Schema | exp.Alter) else node
    return table.name if isinstance(table, exp.Table) else ""


def nullability(schema: exp.Schema) -> dict[str, bool]:
    """Column name -> nullable, for the columns a CREATE TABLE defines."""
    primary = {column.name for key in schema.find_all(exp.PrimaryKey) for column in key.expressions}
    return {
        definition.name: definition.name not in primary and is_nullable(definition)
        for definition in schema.expressions
        if isinstance(definition, exp.ColumnDef)
    }


def is_nullable(definition: exp.ColumnDef) -> bool:
    """A column is nullable unless NOT NULL or PRIMARY KEY (a bare ``NULL`` parses as NOT NULL allow_null)."""
    for constraint in definition.constraints:
        kind = constraint.args.get("kind")  # not `.kind`: sqlglotc type-checks it and some kinds fail
        if isinstance(kind, exp.NotNullColumnConstraint) and not kind.args.get("allow_null"):
            return False
        if isinstance(kind, exp.PrimaryKeyColumnConstraint):
            return False
    return True


def unique_keys(node: exp.Expression, table: str) -> Iterator[Key]:
    """UNIQUE keys inside a CREATE TABLE column list or an ALTER TABLE's actions."""
    for unique in node.find_all(exp.UniqueColumnConstraint):
        parent = unique.parent
        if isinstance(parent, exp.ColumnConstraint) and isinstance(parent.parent, exp.ColumnDef):
            yield Key(table, "", (parent.parent.name,), start_of(parent.parent))
        elif isinstance(unique.this, exp.Schema):
            columns = tuple(column.name for column in unique.this.expressions)
            yield Key(table, unique.this.this.name if unique.this.this else "", columns, start_of(unique))


def foreign_keys(node: exp.Expression, table: str) -> Iterator[Key]:
    """Foreign keys with their ON DELETE action (upper case, "" when none)."""
    for fk in node.find_all(exp.ForeignKey):
        name = fk.parent.name if isinstance(fk.parent, exp.Constraint) else ""
        columns = tuple(column.name for column in fk.expressions)
        yield Key(table, name, columns, start_of(fk.parent if name else fk), _on_delete(fk))


def _on_delete(fk: exp.ForeignKey) -> str:
    reference = fk.args.get("reference")
    options = " ".join(reference.args.get("options") or []).upper() if reference else ""
    match = re.search(r"ON DELETE (SET NULL|SET DEFAULT|NO ACTION|CASCADE|RESTRICT)", options)
    return match.group(1) if match else ""


DDL_AND_DML = (exp.Create, exp.Alter, exp.Drop, exp.Insert, exp.Update, exp.Delete, exp.Select, exp.Union)
DEFINING = (
    exp.ColumnDef,
    exp.Table,
    exp.Schema,
    exp.Constraint,
    exp.Index,
    exp.IndexColumnConstraint,
    exp.PrimaryKey,
    exp.ForeignKey,
    exp.ColumnPrefix,
    exp.ModifyColumn,
    exp.AlterColumn,
    exp.RenameIndex,
)
"""Where DDL gives a schema, table, column, index or constraint its name."""
NAME_PARENTS = (*DEFINING, exp.Column, exp.IndexTableHint)
"""Where an identifier names one of those: DDL, and references in DML (not aliases, collations, ...)."""


def names(expression: exp.Expression | None) -> Iterator[exp.Identifier]:
    """Identifiers that name a schema, table, column, index or constraint in DDL or DML (not aliases),
    in file order, each with its position."""
    if not isinstance(expression, DDL_AND_DML):
        return
    if isinstance(expression, exp.Create | exp.Drop) and expression.args.get("kind") not in ("TABLE", "INDEX", "VIEW"):
        return  # procedures, functions, triggers: a body sqlglot reads only in part
    found = [
        identifier
        for identifier in expression.find_all(exp.Identifier)
        if "start" in identifier.meta
        and isinstance(identifier.parent, NAME_PARENTS)
        and not (not identifier.quoted and identifier.name.upper() in KEYWORDS_READ_AS_NAMES)
        and identifier.find_ancestor(*SETTINGS) is None
    ]
    yield from sorted(found, key=lambda identifier: identifier.meta["start"])


KEYWORDS_READ_AS_NAMES = frozenset(
    {
        "DUAL",
        "LOW_PRIORITY",
        "HIGH_PRIORITY",
        "DELAYED",
        "IGNORE",
        "QUICK",
        "STRAIGHT_JOIN",
        "DISTINCTROW",
        "SQL_SMALL_RESULT",
        "SQL_BIG_RESULT",
        "SQL_BUFFER_RESULT",
        "SQL_CALC_FOUND_ROWS",
        "SQL_CACHE",
        "SQL_NO_CACHE",
    }
)
"""MySQL keywords sqlglot sometimes reads as a table or column (``FROM DUAL``, ``UPDATE LOW_PRIORITY t``):
unquoted, the server never takes them for names."""
SETTINGS = (
    exp.CollateColumnConstraint,
    exp.CollateProperty,
    exp.CharacterSetColumnConstraint,
    exp.CharacterSetProperty,
)
"""``COLLATE binary``, ``CHARACTER SET utf8``: values, not names."""
