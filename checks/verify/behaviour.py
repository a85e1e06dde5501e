"""Does the upgraded schema behave as the models say? Probes derived from the models, each rolled back.

On every table the release adds or changes: for every foreign key, deleting the parent row (a real one,
among its seeded neighbours) cascades, sets NULL, or is refused, as declared; for every UNIQUE key, a
duplicate is rejected; for every NOT NULL column, NULL is rejected. The tables the release leaves alone are
the baseline's, which the schema check holds to the models.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, ForeignKeyConstraint, Index, MetaData, Table, and_, delete, select
from sqlalchemy.exc import DBAPIError

from zsgate.checks.verify.rows import RowMaker
from zsgate.schema.releases import parts_of, release_of

Probe = Callable[[RowMaker], str | None]
PROBE_SERIAL = 1 << 24
"""Probe rows number from here, so they never collide with seeded rows."""


def behaviour_problems(connection: Connection, metadata: MetaData, changed: set[str]) -> list[str]:
    """Run every probe the models imply on the ``changed`` tables (those the release adds or changes); each
    returns a problem or None, and is rolled back."""
    problems = []
    rows = RowMaker(connection, first=PROBE_SERIAL)
    for probe in probes(metadata, changed):
        try:
            problem = probe(rows)
        except DBAPIError as error:
            problem = f"probe could not run: {_reason(error)}"
        finally:
            connection.rollback()
        if problem:
            problems.append(problem)
    return problems


def changed_by(metadata: MetaData, release: str) -> set[str]:
    """The tables ``release`` adds or changes, by the models' tags."""
    return {
        table.name
        for table in metadata.tables.values()
        if any(release_of(item) == release for item in (table, *parts_of(table)))
    }


def probes(metadata: MetaData, changed: set[str]) -> Iterator[Probe]:
    """Every probe the models imply on the ``changed`` tables, table by table."""
    for table in metadata.sorted_tables:
        if table.name not in changed:
            continue
        for fk in sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name)):
            yield functools.partial(_on_delete, fk=fk)
        for index in sorted(table.indexes, key=lambda index: str(index.name)):
            if index.unique:
                yield functools.partial(_duplicate, table=table, index=index)
        for column in table.columns:
            if not column.nullable:
                yield functools.partial(_null, table=table, column=column.name)


def _on_delete(rows: RowMaker, fk: ForeignKeyConstraint) -> str | None:
    """Delete a parent row and see what became of its child, against the declared ON DELETE."""
    (element,) = fk.elements
    child_table, column, parent_table = fk.table, element.parent, element.column.table
    parent = rows.insert(parent_table)
    child = rows.insert(child_table, **{column.name: parent[element.column.name]})
    action = (fk.ondelete or "RESTRICT").upper()
    deleting = f"{child_table.name}.{column.name}: deleting its {parent_table.name} row"
    refuses = action in ("RESTRICT", "NO ACTION")
    try:
        rows.connection.execute(delete(parent_table).where(_is(parent_table, parent)))
    except DBAPIError as error:
        return None if refuses else f"{deleting} was refused ({_reason(error)}); expected ON DELETE {action}"
    if refuses:
        return f"{deleting} was allowed; expected ON DELETE {action} to refuse it"
    left = rows.connection.execute(select(column).where(_is(child_table, child))).all()
    if action == "CASCADE" and left:
        return f"{deleting} left this row in place; expected ON DELETE CASCADE to remove it"
    if action == "SET NULL" and not left:
        return f"{deleting} removed this row; expected ON DELETE SET NULL to keep it"
    if action == "SET NULL" and left[0][0] is not None:
        return f"{deleting} kept the pointer; expected ON DELETE SET NULL to clear it"
    return None


def _duplicate(rows: RowMaker, table: Table, index: Index) -> str | None:
    first = rows.insert(table)
    same = {column.name: first[column.name] for column in index.columns}
    try:
        rows.insert(table, **same)
    except DBAPIError:
        return None
    columns = ", ".join(same)
    return (
        f"{table.name}.{columns}: a duplicate ({columns}) was accepted; expected UNIQUE key {index.name} to reject it"
    )


def _null(rows: RowMaker, table: Table, column: str) -> str | None:
    """NULL is refused, or replaced (MariaDB stores the current time in a NOT NULL TIMESTAMP)."""
    values = rows.values(table)
    values[column] = None
    try:
        rows.connection.execute(table.insert().values(values))
    except DBAPIError:
        return None
    stored = rows.connection.execute(select(table.c[column]).where(_is(table, values))).first()
    if stored is None or stored[0] is not None:  # replaced: by the time, or AUTO_INCREMENT's next number
        return None
    return f"{table.name}.{column}: NULL was accepted; expected NOT NULL to reject it"


def _is(table: Table, row: dict[str, Any]) -> Any:
    """The row's primary key, or (a table without one) every value it was given."""
    key = list(table.primary_key.columns) or [table.c[name] for name, value in row.items() if value is not None]
    return and_(*(column == row[column.name] for column in key))


def _reason(error: DBAPIError) -> str:
    code, message = (tuple(error.orig.args) + ("", ""))[:2] if error.orig is not None else ("", str(error))
    return f"error {code}: {message}"
