"""Rows made up from the models: every NOT NULL column filled, every foreign key pointing at a real parent.

The seed data and the behaviour probes both come from here, so neither lists tables by hand. A foreign key
points at a row its parent table already holds (a seeded neighbour) unless its columns are in a unique key of
the child (two rows pointing at one parent would collide there; ZStack's ``...VO`` rows extend ``ResourceVO``
one to one), or the parent holds none yet: then a parent is made first. A nullable foreign key whose parent
has no row yet (a cycle, a self-reference on the first row) stays NULL; a NOT NULL self-reference points at
its own row.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Column, Connection, ForeignKeyConstraint, String, Table, insert, select
from sqlalchemy.dialects import mysql
from sqlalchemy.types import JSON, Boolean, Date, DateTime, Enum, Integer, Numeric, Time, _Binary

SEED_TIME = datetime(2024, 5, 1, 12, 0, 0)

_INTEGER_LIMITS = (  # the largest signed value of each MySQL integer type; the serial wraps below it
    (mysql.TINYINT, 127),
    (mysql.SMALLINT, 32_767),
    (mysql.MEDIUMINT, 8_388_607),
    (mysql.BIGINT, 2**63 - 1),
    (Integer, 2**31 - 1),
)


class CycleError(ValueError):
    """Tables whose NOT NULL foreign keys form a cycle: no row of any of them can be inserted first."""


class RowMaker:
    """Inserts rows into model tables, with the parents their foreign keys need; values number from
    ``first`` so that two makers never collide."""

    def __init__(self, connection: Connection, first: int = 1) -> None:
        self.connection = connection
        self._serial = itertools.count(first)
        self._making: list[str] = []  # tables whose rows are being made, outermost first

    def values(self, table: Table, **given: Any) -> dict[str, Any]:
        """A full row for ``table``: given values, then its foreign keys' parents, then fillers."""
        row = dict(given)
        self._making.append(table.name)
        try:
            for fk in sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name)):
                if not any(column.name in row for column in fk.columns):
                    row.update(self._parent(fk))
        finally:
            self._making.pop()
        for column in table.columns:
            if column.name not in row and _filled(column):
                row[column.name] = self.filler(column)
        for fk in table.foreign_key_constraints:  # NOT NULL self-references point at their own row
            for element in fk.elements:
                column = element.parent
                if element.column.table is table and not column.nullable and row.get(column.name, 0) is None:
                    row[column.name] = row[element.column.name]
        return row

    def insert(self, table: Table, **given: Any) -> dict[str, Any]:
        """Insert one made-up row (and its parents); returns the row's values."""
        row = self.values(table, **given)
        self.connection.execute(insert(table).values(row))
        return row

    def _parent(self, fk: ForeignKeyConstraint) -> dict[str, Any]:
        """Values for ``fk``'s columns: an existing parent row's, a new one's, or NULLs."""
        parent = fk.referred_table
        nullable = any(column.nullable for column in fk.columns)
        pairs = [(element.parent.name, element.column) for element in fk.elements]
        if not _in_key(fk):
            found = self.connection.execute(select(*(column for _, column in pairs)).limit(1)).first()
            if found is not None:
                return {name: value for (name, _), value in zip(pairs, found, strict=True)}
        if parent is fk.table:
            return {name: None for name, _ in pairs}  # NULL, or the row itself once its key is known
        if parent.name in self._making:
            if nullable:
                return {name: None for name, _ in pairs}
            cycle = " -> ".join([*self._making[self._making.index(parent.name) :], parent.name])
            raise CycleError(f"NOT NULL foreign keys form a cycle: {cycle}")
        made = self.insert(parent)
        return {name: made[column.name] for name, column in pairs}

    def filler(self, column: Column[Any]) -> Any:
        """A value of the column's type, different on every call (within the type's range)."""
        number = next(self._serial)
        kind = column.type
        if isinstance(kind, Enum):  # before String: ENUM is one
            return kind.enums[number % len(kind.enums)]
        if isinstance(kind, mysql.SET):
            return kind.values[number % len(kind.values)]
        if isinstance(kind, Boolean) or (isinstance(kind, mysql.TINYINT) and kind.display_width == 1):
            return number % 2
        if isinstance(kind, Integer):
            limit = next(limit for type_, limit in _INTEGER_LIMITS if isinstance(kind, type_))
            return number % limit
        if isinstance(kind, Numeric):  # DECIMAL, FLOAT, DOUBLE: small enough for any precision
            return number % 10
        if isinstance(kind, DateTime):  # TIMESTAMP is one
            return SEED_TIME
        if isinstance(kind, Date):
            return date(SEED_TIME.year, SEED_TIME.month, SEED_TIME.day)
        if isinstance(kind, Time):
            return time(SEED_TIME.hour)
        if isinstance(kind, JSON):
            return f'{{"n": {number}}}'
        text = f"{column.name[:8]}{number:08x}"
        if isinstance(kind, _Binary):
            return text[-(kind.length or 32) :].encode()
        if isinstance(kind, String):
            return text[-(kind.length or 32) :]
        return str(number)


def _filled(column: Column[Any]) -> bool:
    """Whether made rows set the column: NOT NULL ones (a zero-date default is refused under a strict
    sql_mode), keys, and columns a unique key holds."""
    if not column.nullable or column.primary_key:
        return True
    return any(index.unique and column.name in index.columns for index in column.table.indexes)


def _in_key(fk: ForeignKeyConstraint) -> bool:
    """Whether ``fk``'s columns are in a unique key of the child (its primary key included): two rows
    pointing at one parent could collide there."""
    columns = {column.name for column in fk.columns}
    table = fk.table
    keys = [{column.name for column in table.primary_key.columns}]
    keys += [{column.name for column in index.columns} for index in table.indexes if index.unique]
    return any(key & columns for key in keys)
