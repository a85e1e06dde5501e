"""Rows made up from the models: every NOT NULL column filled, every foreign key pointing at a real parent.

The seed data and the behaviour probes both come from here, so neither lists tables by hand.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

from sqlalchemy import Column, Connection, String, Table, insert
from sqlalchemy.types import Boolean, DateTime, Integer

SEED_TIME = datetime(2024, 5, 1, 12, 0, 0)


class RowMaker:
    """Inserts rows into model tables, creating the parents their foreign keys need; values number from
    ``first`` so that two makers never collide."""

    def __init__(self, connection: Connection, first: int = 1) -> None:
        self.connection = connection
        self._serial = itertools.count(first)

    def values(self, table: Table, **given: Any) -> dict[str, Any]:
        """A full row for ``table``: given values, then parents for NOT NULL foreign keys, then fillers."""
        row = dict(given)
        for fk in table.foreign_key_constraints:
            (element,) = fk.elements
            column = element.parent
            if column.name not in row and not column.nullable:
                row[column.name] = self.insert(element.column.table)[element.column.name]
        for column in table.columns:
            if column.name not in row and (not column.nullable or column.primary_key) and column.server_default is None:
                row[column.name] = self.filler(column)
        return row

    def insert(self, table: Table, **given: Any) -> dict[str, Any]:
        """Insert one made-up row (and its parents); returns the row's values."""
        row = self.values(table, **given)
        self.connection.execute(insert(table).values(row))
        return row

    def filler(self, column: Column[Any]) -> Any:
        """A value of the column's type, different on every call."""
        number = next(self._serial)
        if isinstance(column.type, Boolean):
            return number % 2
        if isinstance(column.type, Integer):
            return number
        if isinstance(column.type, DateTime):  # TIMESTAMP is one
            return SEED_TIME
        if isinstance(column.type, String):
            text = f"{column.name[:8]}{number:08x}"
            length = column.type.length or 32
            return text[-length:]
        return str(number)
