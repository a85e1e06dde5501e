"""What a diff cannot tell, the models declare, in the ``info`` of the object concerned.

- a rename: the column or table says the name it had, ``info={"renamed_from": "oldName"}`` (sqldef's
  ``-- @renamed from=`` habit);
- a dropped column: its table says why, ``info={"dropped": {"oldColumn": "why the data may go"}}``;
- a dropped table: the metadata says why, ``MetaData(info={"dropped": {"OldVO": "why"}})``;
- a narrowing (a shorter VARCHAR, a smaller integer, a type that may not hold every value, ENUM members
  removed): the column says why, ``info={"narrowed": "why no value is lost"}``.

Plain dictionaries, so plain SQLAlchemy models declare them without importing zsgate.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, MetaData, Table

RENAMED_FROM = "renamed_from"
DROPPED = "dropped"
NARROWED = "narrowed"


def renamed_from(item: Column[Any] | Table) -> str | None:
    """The name ``item`` had in the released schema, if it declares one."""
    value = item.info.get(RENAMED_FROM)
    return str(value) if value else None


def drop_reason(owner: Table | MetaData, name: str) -> str | None:
    """Why the models let ``name`` (a column of the table, or a table of the metadata) go; None: they do not."""
    reasons = owner.info.get(DROPPED) or {}
    reason = reasons.get(name) if isinstance(reasons, dict) else None
    return str(reason) if reason else None


def narrowing_reason(column: Column[Any]) -> str | None:
    """Why the models accept that ``column`` may no longer hold every value it held; None: they do not."""
    value = column.info.get(NARROWED)
    return str(value) if value else None
