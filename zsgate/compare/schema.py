"""Does the live schema equal the models? Alembic's comparison, plus what it leaves out.

Alembic's ``compare_metadata`` (with ``compare_type`` and ``compare_server_default``) reports tables,
columns, nullability, types, defaults and indexes. It is silent on index prefix lengths, table
engine and charset, and reports a changed ON DELETE as a removed and an added foreign key; those
are compared here from the fingerprint, foreign keys as one readable change each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Connection, ForeignKeyConstraint, Index, MetaData, Table
from sqlalchemy.dialects import mysql

from zsgate.compare import families
from zsgate.compare.fingerprint import Fingerprint

Diff = tuple[Any, ...]


def schema_problems(connection: Connection, metadata: MetaData, live: Fingerprint) -> list[str]:
    """Every difference between the models and the live schema, as ``Table.column: expected … got …``."""
    context = MigrationContext.configure(connection, opts=alembic_options(live))
    problems = [describe(diff) for diff in _flatten(compare_metadata(context, metadata))]
    for table in metadata.sorted_tables:
        if table.name in live:
            problems += _table_options(table, live[table.name])
            problems += _prefix_lengths(table, live[table.name])
            problems += _foreign_keys(table, live[table.name])
    return problems


def alembic_options(live: Fingerprint) -> dict[str, Any]:
    """How zsgate asks Alembic to compare (also used by ``migrations/env.py``)."""
    return {"compare_type": True, "compare_server_default": _defaults_differ, "include_object": _include(live)}


def _include(live: Fingerprint) -> Callable[..., bool]:
    """Alembic's include_object hook: leave out foreign keys (compared below) and the indexes a
    server makes for a foreign key itself."""

    def include(item: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
        if kind == "foreign_key_constraint":
            return False
        if kind == "index" and reflected and compare_to is None:
            keys = live.get(item.table.name, {}).get("foreign_keys", {})
            return name not in keys
        return True

    return include


def _defaults_differ(
    context: Any,
    inspected: Column,
    metadata: Column,
    inspected_default: str | None,
    metadata_default: Any,
    rendered_metadata_default: str | None,
) -> bool:
    """Alembic hook: True when the defaults differ, after the per-family normalization."""
    arg = getattr(metadata.server_default, "arg", None)
    model = getattr(arg, "text", arg)
    return families.default(model) != families.default(inspected_default)


def _flatten(diffs: list[Any]) -> list[Diff]:
    flat: list[Diff] = []
    for diff in diffs:
        flat += diff if isinstance(diff, list) else [diff]
    return flat


def describe(diff: Diff) -> str:
    """One Alembic difference as ``Table.column: expected … got …`` (``expected`` is the models')."""
    kind = diff[0]
    if kind in ("add_table", "remove_table"):
        table: Table = diff[1]
        return (
            f"{table.name}: expected the table, got none" if kind == "add_table" else f"{table.name}: not in the models"
        )
    if kind in ("add_column", "remove_column"):
        _, _, table_name, column = diff
        if kind == "add_column":
            return f"{table_name}.{column.name}: expected {_column(column)}, got no such column"
        return f"{table_name}.{column.name}: not in the models"
    if kind == "modify_nullable":
        _, _, table_name, column_name, _, existing, wanted = diff
        return f"{table_name}.{column_name}: expected {_null(wanted)}, got {_null(existing)}"
    if kind == "modify_type":
        _, _, table_name, column_name, _, existing, wanted = diff
        return f"{table_name}.{column_name}: expected type {_type(wanted)}, got {_type(existing)}"
    if kind == "modify_default":
        _, _, table_name, column_name, _, existing, wanted = diff
        return f"{table_name}.{column_name}: expected DEFAULT {_default(wanted)}, got DEFAULT {_default(existing)}"
    if kind in ("add_index", "remove_index", "add_constraint", "remove_constraint"):
        index = diff[1]
        columns = ", ".join(column.name for column in index.columns)
        unique = getattr(index, "unique", False) or kind.endswith("constraint")
        what = f"{'UNIQUE ' if unique else ''}key {index.name} ({columns})"
        where = f"{index.table.name}.{columns}"
        return (
            f"{where}: expected {what}, got none" if kind.startswith("add") else f"{where}: {what} is not in the models"
        )
    return f"{diff!r}"


def _table_options(table: Table, live: dict[str, Any]) -> list[str]:
    problems = []
    engine = str(table.kwargs.get("mysql_engine", "")).lower()
    if engine and live["engine"] != engine:
        problems.append(f"{table.name}: expected ENGINE={engine}, got ENGINE={live['engine']}")
    charset = families.charset(table.kwargs.get("mysql_default_charset"))
    if charset and live["charset"] != charset:
        problems.append(f"{table.name}: expected CHARSET={charset}, got CHARSET={live['charset']}")
    return problems


def _prefix_lengths(table: Table, live: dict[str, Any]) -> list[str]:
    problems = []
    for index in sorted(table.indexes, key=lambda index: str(index.name)):
        got = live["indexes"].get(index.name)
        if got is None:
            continue  # reported by Alembic
        expected = _key_parts(index)
        if [part for _, part in expected] != [part for _, part in got["columns"]]:
            problems.append(f"{table.name}.{index.name}: expected ({_parts(expected)}), got ({_parts(got['columns'])})")
    return problems


def _key_parts(index: Index) -> list[tuple[str, int | None]]:
    lengths = index.kwargs.get("mysql_length") or {}
    return [(column.name, lengths.get(column.name)) for column in index.columns]


def _parts(parts: list[Any]) -> str:
    return ", ".join(f"{name}({length})" if length else str(name) for name, length in parts)


def _foreign_keys(table: Table, live: dict[str, Any]) -> list[str]:
    problems = []
    for fk in sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name)):
        got = live["foreign_keys"].get(fk.name)
        columns = ", ".join(column.name for column in fk.columns)
        expected = _fk(fk)
        if got is None:
            problems.append(f"{table.name}.{columns}: expected foreign key {expected}, got none")
        else:
            live_fk = (
                f"{fk.name} → {got['references']}({', '.join(got['referenced_columns'])}) ON DELETE {got['on_delete']}"
            )
            if got["columns"] != [c.name for c in fk.columns] or live_fk != expected:
                problems.append(f"{table.name}.{columns}: expected foreign key {expected}, got {live_fk}")
    modelled = {fk.name for fk in table.foreign_key_constraints}
    for name, got in sorted(live["foreign_keys"].items()):
        if name not in modelled:
            problems.append(f"{table.name}.{', '.join(got['columns'])}: foreign key {name} is not in the models")
    return problems


def _fk(fk: ForeignKeyConstraint) -> str:
    target = fk.elements[0].column.table.name
    referenced = ", ".join(element.column.name for element in fk.elements)
    return f"{fk.name} → {target}({referenced}) ON DELETE {(fk.ondelete or 'RESTRICT').upper()}"


def _column(column: Column[Any]) -> str:
    return f"{_type(column.type)} {_null(bool(column.nullable))}"


def _null(nullable: bool) -> str:
    return "NULL" if nullable else "NOT NULL"


def _type(type_: Any) -> str:
    return type_.compile(dialect=mysql.dialect())


def _default(value: Any) -> str:
    text = getattr(value, "arg", value)
    return str(getattr(text, "text", text))
