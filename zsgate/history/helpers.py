"""What ZStack's helper procedures do to the schema, as their definitions in ``beforeMigrate.sql`` say.

Source: zstackio/zstack ``conf/db/upgrade/beforeMigrate.sql`` (master, and commit 098218e78a37 for the
helpers newer branches add: INSERT_COLUMN, RENAME_TABLE, DROP_FOREIGN_KEY, GENERIC_ADD_FOREIGN_KEY). Each
looks in information_schema first, so a second call is a no-op; that is what ``if_missing`` and the
"skip when absent" of the drops model.
"""

from __future__ import annotations

from zsgate.history.changes import (
    AddColumn,
    AddForeignKey,
    AddIndex,
    Change,
    DropColumn,
    DropForeignKey,
    DropIndex,
    RenameTable,
    typed_column,
)
from zsgate.history.schema import ForeignKey, Index
from zsgate.sql.calls import Call

HELPERS = frozenset(
    {
        "ADD_COLUMN",
        "INSERT_COLUMN",
        "DROP_COLUMN",
        "CREATE_INDEX",
        "DELETE_INDEX",
        "ADD_CONSTRAINT",
        "GENERIC_ADD_FOREIGN_KEY",
        "RENAME_TABLE",
        "DROP_FOREIGN_KEY",
    }
)


def helper_changes(call: Call, start: int) -> list[Change] | None:  # noqa: PLR0911 - one branch per helper
    """The changes a helper CALL makes; None when ``call`` is not a helper or its arguments are not literals
    that say what it does."""
    name = call.procedure.upper()
    arguments = [call.argument(i) for i in range(len(call.arguments))]
    at = call.arguments[0].start if call.arguments else start
    if name in ("ADD_COLUMN", "INSERT_COLUMN") and len(arguments) >= 5 and all(arguments[:4]):
        table, column, data_type, allow_null, default = arguments[:5]
        # `IF NOT allow_null THEN ... NOT NULL`; `DEFAULT '<value>'` or `DEFAULT NULL`
        nullable = allow_null not in ("0", "false", "FALSE")
        default_sql = None if default is None else "'" + default.replace("'", "''") + "'"
        return [AddColumn(table, typed_column(column, data_type, nullable, default_sql), True, at)]
    if name == "DROP_COLUMN" and len(arguments) == 2 and all(arguments):
        return [DropColumn(arguments[0], arguments[1], at)]
    if name == "CREATE_INDEX" and len(arguments) == 3 and all(arguments):
        return [AddIndex(arguments[0], Index(arguments[1], (arguments[2],), unique=False), at)]
    if name == "DELETE_INDEX" and len(arguments) == 2 and all(arguments):
        return [DropIndex(arguments[0], arguments[1], at)]
    if name == "ADD_CONSTRAINT" and len(arguments) == 6 and all(arguments):
        table, constraint, column, references, referenced, on_delete = arguments
        key = ForeignKey(constraint, (column,), references, (referenced,), " ".join(on_delete.upper().split()))
        return [AddForeignKey(table, key, at)]
    if name == "GENERIC_ADD_FOREIGN_KEY":
        # Its existence checks compare each column with itself (`table_name = table_name`), so on a
        # database with any foreign key it finds one and adds nothing.
        return []
    if name == "RENAME_TABLE" and len(arguments) == 2 and all(arguments):
        return [RenameTable(arguments[0], arguments[1], at)]
    if name == "DROP_FOREIGN_KEY" and len(arguments) == 2 and all(arguments):
        return [DropForeignKey(arguments[0], arguments[1], at)]
    return None
