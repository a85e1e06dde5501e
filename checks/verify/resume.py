"""The ``resume`` check: an upgrade that stopped after any statement and is run again from the top ends
where a clean run ends.

MySQL and MariaDB commit each DDL statement at once, so an upgrade interrupted at statement k leaves the
first k applied; ZStack then runs the whole file again. For every k, on a fresh ``zstack`` database of
the same server (the baseline rebuilt: helpers, tables, seed rows), apply the first k statements, then
the whole file, and compare the schema and every table's rows with a clean run's (k = 0). The session
clock is pinned (``SET timestamp``), so CURRENT_TIMESTAMP defaults agree between runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import Connection, MetaData, text

from zsgate.checks.verify import baseline
from zsgate.compare.fingerprint import Fingerprint, fingerprint
from zsgate.engines import SCHEMA
from zsgate.engines.execute import ApplyError, apply
from zsgate.engines.probe import recreate_schema
from zsgate.sql.quoting import identifier
from zsgate.sql.statements import SqlFile

PINNED_CLOCK = "SET timestamp = 1714564800"  # 2024-05-01 12:00:00 UTC, as the seed rows' times
DataPrint = dict[str, tuple[int, str]]


def resume_problems(
    connection: Connection,
    metadata: MetaData,
    helpers: SqlFile,
    upgrade: SqlFile,
    session: str,
    compare: Callable[[str, Fingerprint, Fingerprint], list[str]],
    on_stop: Callable[[int, int], None] = lambda done, total: None,
) -> list[str]:
    """Where re-running ``upgrade`` after it stopped at a statement ends elsewhere than a clean run.
    ``on_stop`` is told before each stop how many were run and how many there are."""
    clean = _run(connection, metadata, helpers, upgrade, 0, session)
    problems: list[str] = []
    for k, statement in enumerate(upgrade.statements, start=1):
        on_stop(k - 1, len(upgrade.statements))
        when = f"stopped after {upgrade.path}:{statement.line} and run again"
        try:
            schema, data = _run(connection, metadata, helpers, upgrade, k, session)
        except ApplyError as error:
            problems.append(f"{when}: {error}")
            continue
        problems += compare(when, clean[0], schema)
        problems += [
            f"{when}: {table}: {clean[1][table][0] if table in clean[1] else 0} rows "
            f"(checksum {clean[1].get(table, (0, '-'))[1]}), now {count} (checksum {checksum})"
            for table, (count, checksum) in sorted(data.items())
            if clean[1].get(table) != (count, checksum)
        ]
    # not in a `finally`: after an error or a signal the connection may be broken, and a query on it would
    # replace what stopped the check with the driver's (0, '')
    connection.execute(text("SET timestamp = DEFAULT"))
    return problems


def _run(
    connection: Connection, metadata: MetaData, helpers: SqlFile, upgrade: SqlFile, k: int, session: str
) -> tuple[Fingerprint, DataPrint]:
    """On a fresh baseline: the first ``k`` statements, then the whole file; the schema and rows left."""
    recreate_schema(connection)
    connection.exec_driver_sql(f"USE {identifier(SCHEMA)}")
    connection.execute(text(session))
    connection.execute(text(PINNED_CLOCK))
    baseline.build(connection, metadata, helpers)
    if k:
        apply(connection, replace(upgrade, statements=upgrade.statements[:k]))
        connection.exec_driver_sql("COMMIT")  # what the stopped run did stays (an UPDATE too): a new session
        connection.execute(text(session))  # the run again starts a new session
    apply(connection, upgrade)
    return fingerprint(connection), data_print(connection)


def data_print(connection: Connection) -> DataPrint:
    """Row count and a checksum of the rows (in a fixed order) of every table in ``zstack``."""
    tables = connection.execute(
        text(
            "SELECT TABLE_NAME FROM information_schema.TABLES"
            " WHERE TABLE_SCHEMA = :schema AND TABLE_TYPE = 'BASE TABLE'"
        ),
        {"schema": SCHEMA},
    ).scalars()
    found = {}
    for table in sorted(tables):
        rows = sorted(repr(tuple(row)) for row in connection.exec_driver_sql(f"SELECT * FROM {identifier(table)}"))
        found[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16])
    return found
