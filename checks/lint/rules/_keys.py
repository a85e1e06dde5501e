"""The keys a schema change puts over columns, wherever they are declared: CREATE TABLE, ALTER TABLE,
CREATE INDEX, the helpers (ADD_CONSTRAINT, CREATE_INDEX), and the keys already over a column that
MODIFY or CHANGE redefines; each with where the change is declared."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from zsgate.history.changes import AddForeignKey, AddIndex, Change, CreateTable, ModifyColumn
from zsgate.history.schema import ForeignKey, Index, Schema


class KeyedColumns(NamedTuple):
    """Columns of ``key`` (on ``table``) that a change puts under it, declared at ``start``. A tuple: made for each
    key of each change, by each of three rules, a frozen dataclass took five times as long to make."""

    table: str
    key: Index | ForeignKey
    columns: tuple[str, ...]
    start: int


def added_keys(change: Change, schema: Schema) -> Iterator[KeyedColumns]:
    """Each key and foreign key the change adds (all its columns), or whose column it redefines (that one)."""
    if isinstance(change, CreateTable):
        starts = {name: change.start + offset for name, offset in change.key_starts}
        for name, key in (*change.table.indexes.items(), *change.table.foreign_keys.items()):
            yield KeyedColumns(change.table.name, key, key.columns, starts.get(name, change.start))
    elif isinstance(change, AddIndex):
        yield KeyedColumns(change.table, change.index, change.index.columns, change.start)
    elif isinstance(change, AddForeignKey):
        yield KeyedColumns(change.table, change.foreign_key, change.foreign_key.columns, change.start)
    elif isinstance(change, ModifyColumn) and (table := schema.table(change.table)) is not None:
        name = change.column.name
        for key in (*table.indexes.values(), *table.foreign_keys.values()):
            if name.lower() in (column.lower() for column in key.columns):
                yield KeyedColumns(change.table, key, (name,), change.start)


def foreign_keys(change: Change, schema: Schema, on_delete: str) -> Iterator[KeyedColumns]:
    """The foreign keys with this ON DELETE action that the change adds or whose column it redefines."""
    for keyed in added_keys(change, schema):
        if isinstance(keyed.key, ForeignKey) and keyed.key.on_delete == on_delete:
            yield keyed
