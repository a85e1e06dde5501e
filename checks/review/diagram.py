"""Which tables and foreign keys an ER picture shows: some tables in focus and their foreign-key neighbours.

A picture of more than a screenful is read by nobody: the focus is always shown in full, its neighbours one
hop out with the columns that tie them to it, and beyond ``limit`` tables the farthest-off neighbours (by
name) are left out and said to be.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from zsgate.history.schema import ForeignKey, Schema, Table

NEIGHBOUR_LIMIT = 24
"""Tables a picture shows at most besides its focus."""


@dataclass(frozen=True, slots=True)
class Edge:
    """One foreign key of ``table``; ``unique`` when its columns are the table's primary key or a unique key
    (one row at most per referenced row), ``optional`` when one of them may be NULL."""

    table: str
    foreign_key: ForeignKey
    unique: bool
    optional: bool


@dataclass(frozen=True, slots=True)
class Entity:
    """A table as pictured: every column of a table in focus, the key and tying columns of a neighbour."""

    table: Table
    focus: bool
    columns: tuple[str, ...]
    """Lower-case names of the columns shown, in table order."""


@dataclass(frozen=True, slots=True)
class Diagram:
    entities: tuple[Entity, ...]
    edges: tuple[Edge, ...]
    left_out: tuple[str, ...] = ()
    """Neighbours not pictured, by name."""
    missing: tuple[str, ...] = ()
    """Tables a shown foreign key references that the schema does not hold."""


def neighbourhood(schema: Schema, focus: Iterable[str], limit: int = NEIGHBOUR_LIMIT) -> Diagram:
    """The tables of ``focus`` and those one foreign key away (referenced or referencing), at most ``limit``
    of the latter; every foreign key between two pictured tables is an edge."""
    focused = [name for name in dict.fromkeys(focus) if name in schema.tables]
    inside = set(focused)
    referenced = {fk.references for name in focused for fk in schema.tables[name].foreign_keys.values()}
    referencing = {
        other.name
        for other in schema.tables.values()
        if any(fk.references in inside for fk in other.foreign_keys.values())
    }
    near = sorted((referenced | referencing) - inside, key=lambda name: (name not in referenced, name.lower()))
    shown_near = [name for name in near if name in schema.tables][:limit]
    left_out = tuple(name for name in near if name in schema.tables and name not in shown_near)
    shown = [*focused, *shown_near]
    edges = [
        _edge(schema.tables[name], fk)
        for name in shown
        for fk in schema.tables[name].foreign_keys.values()
        if fk.references in shown and (name in inside or fk.references in inside)
    ]
    missing = sorted(
        {fk.references for name in focused for fk in schema.tables[name].foreign_keys.values()} - set(schema.tables)
    )
    entities = [Entity(schema.tables[name], True, tuple(schema.tables[name].columns)) for name in focused]
    entities += [Entity(schema.tables[name], False, _tying(schema.tables[name], edges)) for name in shown_near]
    return Diagram(tuple(entities), tuple(edges), left_out, tuple(missing))


def _tying(table: Table, edges: list[Edge]) -> tuple[str, ...]:
    """A neighbour's primary key and the columns of the pictured edges from or to it, in table order."""
    wanted = {c.lower() for c in table.primary_key}
    for edge in edges:
        if edge.table == table.name:
            wanted |= {c.lower() for c in edge.foreign_key.columns}
        if edge.foreign_key.references == table.name:
            wanted |= {c.lower() for c in edge.foreign_key.referenced}
    return tuple(name for name in table.columns if name in wanted)


def _edge(table: Table, fk: ForeignKey) -> Edge:
    columns = {c.lower() for c in fk.columns}
    keys = [table.primary_key, *(index.columns for index in table.indexes.values() if index.unique)]
    unique = any({c.lower() for c in key} == columns for key in keys if key)
    optional = any((column := table.column(name)) is None or column.nullable is not False for name in fk.columns)
    return Edge(table.name, fk, unique, optional)
