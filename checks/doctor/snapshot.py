"""What doctor compares of a database: its tables as `zsgate.compare.fingerprint` reads them, and its views and
routines by name (their text differs between servers, and between a server's versions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from zsgate.compare.fingerprint import Fingerprint, fingerprint


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
    """The schema of the database ``schema``, read from information_schema only."""
    views = connection.execute(text(VIEWS), {"schema": schema}).scalars()
    routines = connection.execute(text(ROUTINES), {"schema": schema})
    return Snapshot(
        fingerprint(connection, schema),
        tuple(views),
        tuple(f"{kind} {name}" for kind, name in routines),
    )


VIEWS = "SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME"
ROUTINES = """
SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = :schema
ORDER BY ROUTINE_TYPE, ROUTINE_NAME
"""
