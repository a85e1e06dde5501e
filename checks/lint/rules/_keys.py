"""The keys a schema change puts over columns, wherever they are declared: CREATE TABLE, ALTER TABLE,
CREATE INDEX, the helpers (ADD_CONSTRAINT, CREATE_INDEX), and the keys already over a column that
MODIFY or CHANGE redefines; each with where the change is declared."""

from __future__ import annotations

from collections.abc import Iterator

from zsgate.history.changes import AddForeignKey, AddIndex, Change, CreateTable, ModifyColumn
from zsgate.history.schema import ForeignKey, Index, Schema


def added_keys(change: Change, schema: Schema) -> Iterator[tuple[str, Index | ForeignKey, int]]:
    """``(table, key, start)`` for each key and foreign key the change adds, or whose column it redefines."""
    if isinstance(change, CreateTable):
        starts = dict(change.key_starts)
        for name, index in change.table.indexes.items():
            yield change.table.name, index, starts.get(name, change.start)
        for name, foreign_key in change.table.foreign_keys.items():
            yield change.table.name, foreign_key, starts.get(name, change.start)
    elif isinstance(change, AddIndex):
        yield change.table, change.index, change.start
    elif isinstance(change, AddForeignKey):
        yield change.table, change.foreign_key, change.start
    elif isinstance(change, ModifyColumn) and (table := schema.table(change.table)) is not None:
        name = change.column.name.lower()
        for key in (*table.indexes.values(), *table.foreign_keys.values()):
            if name in (column.lower() for column in key.columns):
                yield change.table, key, change.start


def foreign_keys(change: Change, schema: Schema, on_delete: str) -> Iterator[tuple[str, ForeignKey, int]]:
    """The foreign keys with this ON DELETE action that the change adds or whose column it redefines."""
    for table, key, start in added_keys(change, schema):
        if isinstance(key, ForeignKey) and key.on_delete == on_delete:
            yield table, key, start
