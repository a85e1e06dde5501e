"""Calls of ZStack's helper procedures, with bare string arguments, and names qualified with ``zstack``: what
:mod:`zsgate.generate.render_changes` writes every generated file with."""

from __future__ import annotations

from zsgate.history.helpers import HELPERS
from zsgate.schema.base import SCHEMA
from zsgate.sql.quoting import identifier, string


def call_helper(name: str, **arguments: str | int | None) -> str:
    """A call of the catalogue's helper ``name``, each argument given by its parameter name."""
    return call(name, *HELPERS[name].call(**arguments))


def call(procedure: str, *arguments: str | int | None) -> str:
    """A helper call with bare arguments: the helpers compare them with information_schema as strings."""
    return f"CALL {procedure}({', '.join(map(literal, arguments))});"


def literal(value: str | int | None) -> str:
    """A SQL literal: NULL, a number, or a single-quoted string."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return string(value)


def qualified(table: str) -> str:
    """```zstack`.`Table```."""
    return f"{identifier(SCHEMA)}.{identifier(table)}"
