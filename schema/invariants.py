"""Rules every model must keep; generation refuses a model that breaks one.

These are the mistakes review caught late in 5.5.28's hand-written draft. The names match
the linter's rules where both check the same thing. They hold what a release adds: the baseline is
ZStack's schema as customers have it (tables without a primary key, foreign keys between columns of
different types), which no rule can change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, Table

from zsgate.schema.base import mysql_type
from zsgate.schema.releases import BASELINE, release_of


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule at one column."""

    table: str
    column: str  # "" for a rule about the whole table
    rule: str
    message: str

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        return f"{where}: {self.rule}: {self.message}"


class InvariantError(Exception):
    """The models break at least one invariant."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("\n".join(map(str, violations)))
        self.violations = violations


def check(metadata: MetaData) -> list[Violation]:
    """Every invariant violation in what the releases after the baseline add to ``metadata``, in table order."""
    found: list[Violation] = []
    for table in metadata.sorted_tables:
        if not _in_baseline(table):
            found += _primary_key(table)
        found += _nullable_unique_keys(table)
        for fk in sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name)):
            if not _in_baseline(fk):
                found += _foreign_key(fk)
    return found


def _in_baseline(item: Table | Index | ForeignKeyConstraint) -> bool:
    """Tagged as the baseline; models without release tags (an import of a history) are held to every rule."""
    try:
        return release_of(item) == BASELINE
    except ValueError:
        return False


def require(metadata: MetaData) -> None:
    """Raise :class:`InvariantError` unless ``metadata`` keeps every invariant."""
    if violations := check(metadata):
        raise InvariantError(violations)


def _primary_key(table: Table) -> list[Violation]:
    if table.primary_key.columns:
        return []
    message = (
        "table has no PRIMARY KEY; InnoDB then keys rows by a hidden counter, so a row cannot be "
        "addressed, replicated row by row, or kept in a Galera cluster: give it one"
    )
    return [Violation(table.name, "", "missing-primary-key", message)]


def _nullable_unique_keys(table: Table) -> list[Violation]:
    return [
        Violation(
            table.name,
            column.name,
            "nullable-unique-key",
            f"column of UNIQUE key {index.name} is nullable; InnoDB admits any number of rows "
            "whose key holds NULL, so the key does not hold: make it NOT NULL",
        )
        for index in sorted(table.indexes, key=lambda index: str(index.name))
        if index.unique and not _in_baseline(index)
        for column in index.columns
        if column.nullable
    ]


def _foreign_key(fk: ForeignKeyConstraint) -> list[Violation]:
    found: list[Violation] = []
    table = fk.table.name
    ondelete = (fk.ondelete or "").upper()
    for element in fk.elements:
        column, target = element.parent, element.column
        if ondelete == "CASCADE" and column.nullable:
            found.append(
                Violation(
                    table,
                    column.name,
                    "nullable-cascade-fk",
                    f"{fk.name} deletes with {target.table.name} ON DELETE CASCADE but the column is "
                    "nullable; a row with NULL is never removed by the cascade: make it NOT NULL",
                )
            )
        if ondelete == "SET NULL" and not column.nullable:
            found.append(
                Violation(
                    table,
                    column.name,
                    "not-null-set-null-fk",
                    f"{fk.name} is ON DELETE SET NULL but the column is NOT NULL; the server rejects "
                    "the constraint: make it nullable",
                )
            )
        if (mine := _column_shape(column)) != (theirs := _column_shape(target)):
            found.append(
                Violation(
                    table,
                    column.name,
                    "fk-type-mismatch",
                    f"{fk.name} references {target.table.name}.{target.name} {theirs} but the column is "
                    f"{mine}; the server refuses a foreign key between columns of different type, length "
                    "or charset",
                )
            )
    return found


def _column_shape(column: Column[Any]) -> str:
    """Type, length and charset as the server sees them, e.g. ``VARCHAR(32) CHARSET utf8``: a column's own
    collation names its charset (``utf8mb3_general_ci`` in a utf8mb4 table is utf8mb3), and is no part of it."""
    collation = getattr(column.type, "collation", None)
    charset = (
        getattr(column.type, "charset", None)
        or (collation.split("_")[0] if collation else None)
        or column.table.kwargs.get("mysql_default_charset")
    )
    rendered = re.sub(r" (CHARACTER SET|COLLATE) \w+", "", mysql_type(column.type))
    if charset == "utf8":  # an alias the server reports by its name, utf8mb3
        charset = "utf8mb3"
    return f"{rendered} CHARSET {charset}" if charset else rendered
