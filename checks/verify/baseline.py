"""The database a release upgrades: helper procedures, the tables as of the release before, and seed rows."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, MetaData, select, text

from zsgate.checks.verify.rows import RowMaker
from zsgate.engines.execute import apply
from zsgate.generate.render import create_table
from zsgate.sql.statements import SqlFile

SEED_ROWS = 2
"""Rows made per baseline table (each VmModelMountVO row brings its own VM and model)."""


def build(connection: Connection, baseline: MetaData, helpers: SqlFile) -> None:
    """Create the helper procedures and the baseline tables, then seed every table."""
    apply(connection, helpers)
    for table in baseline.sorted_tables:
        connection.execute(text(create_table(table)))
    _seed(connection, baseline)


def build_released(connection: Connection, history: tuple[SqlFile, ...], helpers: SqlFile) -> MetaData:
    """Create the helper procedures, run a released history's files, seed every table; its tables as the
    server has them."""
    apply(connection, helpers)
    for sql in history:
        apply(connection, sql)
    released = MetaData()
    released.reflect(connection)
    _seed(connection, released)
    return released


def _seed(connection: Connection, baseline: MetaData) -> None:
    rows = RowMaker(connection)
    for table in baseline.sorted_tables:
        for _ in range(SEED_ROWS):
            rows.insert(table)
    connection.commit()


def data_digest(connection: Connection, baseline: MetaData, kept: MetaData) -> dict[str, tuple[int, str]]:
    """Row count and a content checksum of every baseline table, over its baseline columns whose values ``kept``
    (the release's tables) keeps: by the models' word, a column the release drops or renames takes its data
    along, and one made NOT NULL gets its default where it held NULL."""
    digest = {}
    for table in baseline.sorted_tables:
        now = kept.tables[table.name].columns if table.name in kept.tables else []
        backfilled = {column.name for column in now if not column.nullable}
        was_nullable = {column.name for column in table.columns if column.nullable}
        same = {column.name for column in now} - (was_nullable & backfilled)
        columns = [column for column in table.columns if column.name in same]
        if not columns:
            continue  # a table the release drops
        query = select(*columns).order_by(*table.primary_key.columns)
        rows = connection.execute(query).all()
        checksum = hashlib.sha256(repr([tuple(row) for row in rows]).encode()).hexdigest()[:16]
        digest[table.name] = (len(rows), checksum)
    return digest
