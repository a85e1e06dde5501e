"""Apply changes to a schema as the server would, and fold a whole history file by file.

A CALL of a helper procedure the history defined becomes the changes the helper makes
(:mod:`zsgate.history.helpers`); a CALL of another procedure the history defined leaves the tables its
body changes unknown; a CALL of an undefined procedure changes nothing (the server refuses it).
"""

from __future__ import annotations

from dataclasses import replace

from zsgate.history.changes import (
    AddColumn,
    AddForeignKey,
    AddIndex,
    AddPrimaryKey,
    CallProcedure,
    Change,
    CreateTable,
    CreateTableLike,
    DefineProcedure,
    DropColumn,
    DropForeignKey,
    DropIndex,
    DropPrimaryKey,
    DropProcedure,
    DropTables,
    ModifyColumn,
    RenameColumn,
    RenameTable,
    Unread,
)
from zsgate.history.helpers import helper_changes
from zsgate.history.schema import Schema, Table


def apply(schema: Schema, change: Change) -> list[Change]:
    """Apply ``change`` to ``schema`` as the server would; returns the changes that took effect (a helper
    CALL becomes the changes the helper makes; a change the server would skip or refuse is left out)."""
    if isinstance(change, CallProcedure):
        if not schema.defines(change.call.procedure):
            return []
        if (made := helper_changes(change.call, change.start)) is not None:
            return [done for made_change in made for done in apply(schema, made_change)]
        schema.forget(schema.procedures[change.call.procedure.upper()].changes_tables)
        return []
    if not _apply(schema, change):
        return []
    if isinstance(change, AddIndex) and not change.index.name:  # the name the server gave it
        change = replace(change, index=list(schema.tables[change.table].indexes.values())[-1])
    return [change]


def _apply(schema: Schema, change: Change) -> bool:  # noqa: C901, PLR0911, PLR0912 - one branch per kind of change
    """Apply one change; False when the server would not make it (IF NOT EXISTS, missing table ...)."""
    match change:
        case CreateTable(table=table, if_not_exists=if_not_exists):
            if table.name in schema.tables and if_not_exists:
                return False
            schema.tables[table.name] = table.copy()
            schema.unknown.discard(table.name)
        case CreateTableLike(name=name, source=source, if_not_exists=if_not_exists):
            if name in schema.tables and if_not_exists:
                return False
            if (original := schema.table(source)) is None:
                schema.unknown.add(name)
                return False
            copied = original.copy()
            copied.name, copied.foreign_keys = name, {}  # LIKE copies keys but not foreign keys
            schema.tables[name] = copied
        case DropTables(names=names):
            for name in names:
                schema.tables.pop(name, None)
                schema.unknown.discard(name)
        case RenameTable(old=old, new=new):
            schema.rename_table(old, new)
        case DefineProcedure(procedure=procedure):
            schema.procedures[procedure.name.upper()] = procedure
        case DropProcedure(name=name):
            schema.procedures.pop(name.upper(), None)
        case Unread(table=name):
            schema.forget([name])
        case _:
            if change.table in schema.unknown:
                return False
            table = schema.tables.setdefault(change.table, Table(change.table, complete=False))
            return _apply_to_table(table, change)
    return True


def _apply_to_table(table: Table, change: Change) -> bool:  # noqa: PLR0911 - one branch per kind of change
    match change:
        case AddColumn(column=column, if_missing=if_missing):
            if if_missing and table.column(column.name) is not None:
                return False
            table.put_column(column)
        case ModifyColumn(old=old, column=column):
            if old.lower() != column.name.lower():
                table.rename_column(old, column.name)
            table.put_column(column)
        case RenameColumn(old=old, new=new):
            table.rename_column(old, new)
        case DropColumn(name=name):
            if table.column(name) is None:
                return False
            table.drop_column(name)
        case AddIndex(index=index):
            if index.name and index.name.lower() in table.indexes:
                return False
            table.add_index(index)
        case AddPrimaryKey(columns=columns):
            table.set_primary_key(columns)
        case DropIndex(name=name):
            return table.indexes.pop(name.lower(), None) is not None
        case DropPrimaryKey():
            table.primary_key = ()
        case AddForeignKey(foreign_key=foreign_key):
            name = (foreign_key.name or f"{table.name}_ibfk_{len(table.foreign_keys) + 1}").lower()
            if name in table.foreign_keys:
                return False
            table.foreign_keys[name] = foreign_key
        case DropForeignKey(name=name):
            return table.foreign_keys.pop(name.lower(), None) is not None
        case _:
            return False
    return True
