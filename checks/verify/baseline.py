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
    rows = RowMaker(connection)
    for table in baseline.sorted_tables:
        for _ in range(SEED_ROWS):
            rows.insert(table)
    connection.commit()


def data_digest(connection: Connection, baseline: MetaData) -> dict[str, tuple[int, str]]:
    """Row count and a content checksum of every baseline table, over its baseline columns only."""
    digest = {}
    for table in baseline.sorted_tables:
        query = select(*table.columns).order_by(*table.primary_key.columns)
        rows = connection.execute(query).all()
        checksum = hashlib.sha256(repr([tuple(row) for row in rows]).encode()).hexdigest()[:16]
        digest[table.name] = (len(rows), checksum)
    return digest
