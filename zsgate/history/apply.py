"""Apply changes to a schema as the server would.

A CALL of a helper procedure the history defined stands for the changes the helper makes
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
    AlterDefault,
    AlterView,
    CallProcedure,
    Change,
    ConvertCharset,
    CreateTable,
    CreateTableLike,
    CreateTrigger,
    CreateView,
    DefineProcedure,
    DropColumn,
    DropForeignKey,
    DropIndex,
    DropPrimaryKey,
    DropProcedure,
    DropTables,
    DropTrigger,
    DropViews,
    ModifyColumn,
    RebuildTable,
    RenameColumn,
    RenameIndex,
    RenameTable,
    SetTableOptions,
    TableChange,
    Unread,
)
from zsgate.history.helpers import HELPERS, helper_changes
from zsgate.history.schema import ColumnFacts, Procedure, Schema, Table


def starting_schema(fallback: ColumnFacts | None, defines_helpers: bool) -> Schema:
    """The schema before a history's first file. Without the history's own ``beforeMigrate.sql``
    (``defines_helpers`` False), ZStack's helper procedures are assumed defined, as ZStack's has them."""
    procedures = (
        {} if defines_helpers else {name: Procedure(name) for name, entry in HELPERS.items() if not entry.file_defines}
    )
    return Schema(procedures=procedures, fallback=fallback)


def expand(schema: Schema, change: Change) -> list[Change]:
    """The changes ``change`` stands for: a helper CALL's changes; for a CALL of another procedure the
    history defined, its body's tables as :class:`Unread`; nothing for an undefined one; else itself."""
    if not isinstance(change, CallProcedure):
        return [change]
    if not schema.defines(change.call.procedure):
        return []
    if (made := helper_changes(change.call, change.start)) is not None:
        return list(made)
    tables = schema.procedures[change.call.procedure.upper()].changes_tables
    return [Unread(table, change.start) for table in sorted(tables)]


def apply(schema: Schema, change: Change) -> list[Change]:
    """Apply ``change`` to ``schema`` as the server would; returns the changes that took effect (a helper
    CALL becomes the changes the helper makes; a change the server would skip or refuse is left out)."""
    return [done for made in expand(schema, change) if (done := apply_one(schema, made)) is not None]


def apply_one(schema: Schema, change: Change) -> Change | None:
    """Apply one change that is not a CALL; returns it as it took effect (an unnamed key with the name the
    server gave it), or None when the server would not make it (IF NOT EXISTS, a missing column ...)."""
    if not _apply(schema, change):
        return None
    if isinstance(change, AddIndex) and not change.index.name:
        return replace(change, index=list(schema.tables[change.table].indexes.values())[-1])
    return change


def _apply(schema: Schema, change: Change) -> bool:  # noqa: C901, PLR0911 - one branch per kind of change
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
            schema.drop_tables(names)
        case RenameTable(old=old, new=new):
            schema.rename_table(old, new)
        case CreateView(view=view, or_replace=or_replace):
            if view.name in schema.tables or (view.name in schema.views and not or_replace):
                return False
            schema.views[view.name] = view
        case AlterView(view=view):
            if view.name not in schema.views:
                return False
            schema.views[view.name] = view
        case DropViews(names=names):
            return any([schema.views.pop(name, None) is not None for name in names])
        case CreateTrigger(trigger=trigger):
            if trigger.name in schema.triggers:
                return False
            schema.triggers[trigger.name] = trigger
        case DropTrigger(name=name):
            return schema.triggers.pop(name, None) is not None
        case DefineProcedure(procedure=procedure):
            schema.procedures[procedure.name.upper()] = procedure
        case DropProcedure(name=name):
            schema.procedures.pop(name.upper(), None)
        case Unread(table=name):
            schema.forget([name])
        case CallProcedure():
            return False
        case _:
            if change.table in schema.unknown:
                return False
            if (table := schema.tables.get(change.table)) is None:
                table = schema.tables[change.table] = Table(change.table, complete=False)
            return _apply_to_table(table, change)
    return True


def _apply_to_table(table: Table, change: TableChange) -> bool:  # noqa: C901, PLR0911, PLR0912 - one per kind
    match change:
        case AddColumn(column=column, if_missing=if_missing, first=first, after=after):
            if if_missing and table.column(column.name) is not None:
                return False
            table.put_column(column, first, after)
        case ModifyColumn(old=old, column=column, first=first, after=after):
            if old.lower() != column.name.lower():
                table.rename_column(old, column.name)
            table.put_column(column, first, after)
        case AlterDefault(column=name, default=default):
            if (column := table.column(name)) is not None:
                table.columns[name.lower()] = replace(column, default=default)
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
        case RenameIndex(old=old, new=new):
            if (index := table.indexes.pop(old.lower(), None)) is None:
                return False
            table.indexes[new.lower()] = replace(index, name=new)
        case DropPrimaryKey():
            table.primary_key = ()
        case AddForeignKey(foreign_key=foreign_key):
            return table.add_foreign_key(foreign_key)
        case DropForeignKey(name=name):
            return table.foreign_keys.pop(name.lower(), None) is not None
        case RebuildTable():
            pass
        case SetTableOptions(options=options):
            for name, value in options:
                table.set_option(name, value)
        case ConvertCharset(charset=charset, collation=collation):
            table.charset, table.collation = charset, collation
            table.columns = {
                key: replace(column, charset=None, collation=None) for key, column in table.columns.items()
            }
    return True
