"""Foreign keys of a statement, wherever they are declared: CREATE TABLE, ALTER TABLE, ADD_CONSTRAINT."""

from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.ddl import Key, altered_table, created_table, foreign_keys, table_name


def declared_foreign_keys(statement: Parsed) -> Iterator[Key]:
    """Each foreign key the statement adds, with its ON DELETE action."""
    node = created_table(statement.expression) or altered_table(statement.expression)
    if node is not None:
        yield from foreign_keys(node, table_name(node))
    call = statement.call
    if call is not None and call.procedure.upper() == "ADD_CONSTRAINT" and len(call.arguments) >= 6:
        table, name, column = (call.argument(i) or "" for i in range(3))
        on_delete = (call.argument(5) or "").upper()
        yield Key(table, name, (column,), call.arguments[0].start, " ".join(on_delete.split()))


def foreign_key_columns(
    statement: Parsed, context: FileContext, on_delete: str
) -> Iterator[tuple[Key, str, bool | None]]:
    """``(key, column, nullable)`` for each column of each foreign key with this ON DELETE action;
    ``nullable`` is None where neither the file nor the models define the column."""
    for key in declared_foreign_keys(statement):
        if key.on_delete == on_delete:
            for column in key.columns:
                yield key, column, context.tables.nullable(key.table, column)
