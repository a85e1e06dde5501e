"""What doctor compares of a database: its tables as `zsgate.compare.fingerprint` reads them, and its views and
routines by name (their text differs between servers, and between a server's versions).

Read as an account with SELECT alone reads it. MariaDB shows such an account no row of information_schema's
REFERENTIAL_CONSTRAINTS (nor TABLE_CONSTRAINTS), where fingerprint finds a foreign key's ON DELETE, while
KEY_COLUMN_USAGE and SHOW CREATE TABLE answer it: foreign keys are read from those two, on both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from zsgate.compare.fingerprint import COLUMNS, INDEXES, TABLES, Fingerprint, Rows, from_rows
from zsgate.engines.execute import AS_WRITTEN
from zsgate.sql.quoting import identifier


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A database's schema: tables with their columns, indexes and foreign keys; view and routine names."""

    tables: Fingerprint
    views: tuple[str, ...]
    routines: tuple[str, ...]
    """``PROCEDURE name`` or ``FUNCTION name``."""

    def as_dict(self) -> dict[str, Any]:
        return {"tables": self.tables, "views": list(self.views), "routines": list(self.routines)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Snapshot:
        return cls(data["tables"], tuple(data["views"]), tuple(data["routines"]))


def snapshot(connection: Connection, schema: str) -> Snapshot:
    """The schema of the database ``schema``, read from information_schema and SHOW CREATE TABLE only."""
    tables, columns, indexes = (_rows(connection, query, schema) for query in (TABLES, COLUMNS, INDEXES))
    views = connection.execute(text(VIEWS), {"schema": schema}).scalars()
    routines = connection.execute(text(ROUTINES), {"schema": schema})
    return Snapshot(
        from_rows(tables, columns, indexes, _foreign_keys(connection, schema)),
        tuple(views),
        tuple(f"{kind} {name}" for kind, name in routines),
    )


def _rows(connection: Connection, query: str, schema: str) -> Rows:
    return [dict(row) for row in connection.execute(text(query), {"schema": schema}).mappings()]


def _foreign_keys(connection: Connection, schema: str) -> Rows:
    """fingerprint's foreign-key rows: KEY_COLUMN_USAGE's, each with its ON DELETE from SHOW CREATE TABLE."""
    rows = _rows(connection, FOREIGN_KEY_COLUMNS, schema)
    rules: dict[tuple[str, str], str] = {}
    for table in dict.fromkeys(row["TABLE_NAME"] for row in rows):
        show = f"SHOW CREATE TABLE {identifier(schema)}.{identifier(table)}"
        create = connection.exec_driver_sql(show, execution_options=AS_WRITTEN).one()[1]
        for name, rule in _ON_DELETE.findall(create):
            rules[table, name.replace("``", "`")] = rule.upper() or "RESTRICT"
    return [{**row, "DELETE_RULE": rules.get((row["TABLE_NAME"], row["CONSTRAINT_NAME"]), "RESTRICT")} for row in rows]


_ON_DELETE = re.compile(
    r"CONSTRAINT `((?:[^`]|``)+)` FOREIGN KEY [^\n]*?(?:ON DELETE (CASCADE|SET NULL|NO ACTION|RESTRICT|SET DEFAULT))?"
    r"(?: ON UPDATE [A-Z ]+)?,?$",
    re.MULTILINE,
)
FOREIGN_KEY_COLUMNS = """
SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE
WHERE TABLE_SCHEMA = :schema AND REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
"""
VIEWS = "SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME"
ROUTINES = """
SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = :schema
ORDER BY ROUTINE_TYPE, ROUTINE_NAME
"""
