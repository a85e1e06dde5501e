"""Which release introduced each table, column, index and constraint.

Every schema object carries its release in SQLAlchemy's ``info`` dictionary. A table's
columns, indexes and constraints default to the table's release; anything added to a
table later is tagged with its own, newer release.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Column, DefaultClause, ForeignKeyConstraint, Index, MetaData, PrimaryKeyConstraint, Table, event

from zsgate.history.flyway import version_key

BASELINE = "baseline"
"""The schema as it stands before the first release zsgate generates."""

_KEY = "zsgate_release"

SchemaItem = Table | Column[Any] | Index | ForeignKeyConstraint

_DOTTED_NUMBERS = re.compile(r"[0-9]+(?:\.[0-9]+)*")


def since(release: str) -> dict[str, str]:
    """The ``info=`` value that tags a schema object with the release that adds it."""
    return {_KEY: release}


def release_key(release: str) -> tuple[int, ...]:
    """Sort key for release names: ``baseline`` first, then in Flyway's version order (5.5.9 < 5.5.28, 5.6 = 5.6.0)."""
    if release == BASELINE:
        return ()
    if not _DOTTED_NUMBERS.fullmatch(release):
        raise ValueError(f"release {release!r} is not dotted numbers like 5.5.28")
    return version_key(release)


def release_of(item: SchemaItem) -> str:
    """The release that introduced ``item``; untagged parts inherit their table's."""
    if _KEY in item.info:
        return str(item.info[_KEY])
    if isinstance(item, Table):
        raise ValueError(f"table {item.name} has no release: add info=since(...) to it")
    table = item.table
    assert isinstance(table, Table)
    return release_of(table)


def releases(tables: list[Table]) -> list[str]:
    """Every release the tables mention, oldest first."""
    found = {release_of(table) for table in tables}
    for table in tables:
        found.update(release_of(item) for item in parts_of(table))
    ordered = sorted(found, key=lambda release: (release_key(release), release))  # set order is no order
    for older, newer in zip(ordered, ordered[1:], strict=False):
        if release_key(older) == release_key(newer):
            raise ValueError(f"releases {older!r} and {newer!r} are one version to Flyway: name it one way")
    return ordered


def parts_of(table: Table) -> list[Column[Any] | Index | ForeignKeyConstraint]:
    """A table's columns, indexes and foreign keys in a stable order."""
    indexes = sorted(table.indexes, key=lambda index: str(index.name))
    foreign_keys = sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name))
    return [*table.columns, *indexes, *foreign_keys]


def as_of(metadata: MetaData, release: str | None = None) -> MetaData:
    """A copy of ``metadata`` holding only what exists once ``release`` is applied (None: everything)."""

    def present_at(item: SchemaItem) -> bool:
        return release is None or release_key(release_of(item)) <= release_key(release)

    present = MetaData()
    for table in metadata.sorted_tables:
        if not present_at(table):
            continue
        kept = [item for item in parts_of(table) if present_at(item)]
        copies = [_copy(item) for item in kept]
        names = {item.name for item in kept if isinstance(item, Column)}
        key = PrimaryKeyConstraint(*(c.name for c in table.primary_key.columns if c.name in names))  # in its order
        copy = Table(table.name, present, *copies, key, info=dict(table.info), comment=table.comment, **table.kwargs)
        for statement in table.dispatch.after_create.listeners:  # what the model cannot declare (schema/ddl.py)
            event.listen(copy, "after_create", statement)
    return present


def _copy(item: Column[Any] | Index | ForeignKeyConstraint) -> Column[Any] | Index | ForeignKeyConstraint:
    """A detached copy of one table part, to attach to a table of another MetaData."""
    info = dict(item.info)
    if isinstance(item, Column):
        default = item.server_default
        return Column(
            item.name,
            item.type,
            primary_key=item.primary_key,
            nullable=item.nullable,
            autoincrement=item.autoincrement,
            comment=item.comment,
            server_default=DefaultClause(default.arg) if isinstance(default, DefaultClause) else None,
            info=info,
        )
    if isinstance(item, Index):
        return Index(item.name, *(c.name for c in item.columns), unique=item.unique, info=info, **item.kwargs)
    return ForeignKeyConstraint(
        [c.name for c in item.columns],
        [element.target_fullname for element in item.elements],
        name=item.name,
        ondelete=item.ondelete,
        onupdate=item.onupdate,
        use_alter=item.use_alter,
        info=info,
    )
