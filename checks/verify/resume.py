"""The ``resume`` check: an upgrade that stopped after any statement and is run again from the top ends
where a clean run ends.

MySQL and MariaDB commit each DDL statement at once, so an upgrade interrupted at statement k leaves the
first k applied; ZStack then runs the whole file again. For every k, on the baseline restored, apply the
first k statements, then the whole file, and compare the schema and the rows with a clean run's (k = 0).
The session clock is pinned (``SET timestamp``), so CURRENT_TIMESTAMP defaults agree between runs.

Restoring rebuilds only what the upgrade can change (its ``reach``): the baseline tables its text names (not a
foreign key's parent: rebuilding HostEO, which dozens of ZStack's tables point at, cost MySQL 9.7 a second of CPU
over a run's restores), and the tables whose foreign keys cascade from those; the rest of the baseline (hundreds of
ZStack's tables) stays as built, and is not compared either. Before each run the tables, views and routines the
upgrade made are dropped, the reach's tables created again from the baseline and given back their seed rows, and the
helper procedures created again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import Connection, MetaData, Table, insert, select, text

from zsgate.checks.verify import baseline
from zsgate.compare.fingerprint import Fingerprint, fingerprint
from zsgate.engines import SCHEMA
from zsgate.engines.execute import ApplyError, apply, set_session
from zsgate.schema.as_ddl import create_table
from zsgate.sql.quoting import identifier
from zsgate.sql.statements import SqlFile

PINNED_CLOCK = "SET timestamp = 1714564800"  # 2024-05-01 12:00:00 UTC, as the seed rows' times
DataPrint = dict[str, tuple[int, str]]
_WORD = re.compile(r"[0-9A-Za-z_$]+")
_SPREADING = frozenset({"CASCADE", "SET NULL", "SET DEFAULT"})
_RULES = re.compile(r"\bON\s+(DELETE|UPDATE)\b", re.IGNORECASE)  # a foreign key's rules, ON UPDATE CURRENT_TIMESTAMP
_REFERENCED = re.compile(r"\bREFERENCES\s+(`?[\w$]+`?\s*\.\s*)?`?[\w$]+`?", re.IGNORECASE)  # a foreign key's parent
_ROW_CHANGES = frozenset({"DELETE", "UPDATE", "REPLACE"})  # INSERT ... ON DUPLICATE KEY UPDATE says UPDATE


@dataclass(frozen=True)
class Snapshot:
    """The baseline as resume restores it: the tables the upgrade can reach with their seed rows, and the
    routines that were there (the helpers, a `dsn:` run's claim mark)."""

    reach: tuple[Table, ...]
    rows: dict[str, list[tuple[object, ...]]]
    routines: frozenset[tuple[str, str]]
    baseline: frozenset[str]
    """Every baseline table's name: any other table is the upgrade's."""

    @property
    def names(self) -> frozenset[str]:
        return frozenset(table.name for table in self.reach)


def reach(metadata: MetaData, upgrade: SqlFile) -> list[Table]:
    """The baseline tables ``upgrade`` names (but as a foreign key's parent: ``REFERENCES HostEO`` changes the
    child alone), and those whose foreign keys cascade (or set NULL) from the ones a statement that can delete or
    update rows names, parents first."""
    names = {table.name.lower(): table.name for table in metadata.tables.values()}
    reached: set[str] = set()
    changing: set[str] = set()
    for statement in upgrade.statements:
        words = {word.upper() for word in _WORD.findall(_REFERENCED.sub(" ", _RULES.sub(" ", statement.sent)))}
        named = {names[word.lower()] for word in words if word.lower() in names}
        reached |= named
        if words & _ROW_CHANGES:
            changing |= named
    grown = True
    while grown:
        spread = {
            fk.table.name
            for table in metadata.tables.values()
            for fk in table.foreign_key_constraints
            if fk.referred_table.name in changing
            and {(fk.ondelete or "").upper(), (fk.onupdate or "").upper()} & _SPREADING
        }
        grown = not spread <= changing
        changing |= spread
        reached |= spread
    return [table for table in baseline.tables(metadata) if table.name in reached]


def take(connection: Connection, metadata: MetaData, upgrade: SqlFile) -> Snapshot:
    """The snapshot of the freshly built baseline."""
    tables = reach(metadata, upgrade)
    rows = {table.name: [tuple(row) for row in connection.execute(select(*table.columns))] for table in tables}
    return Snapshot(tuple(tables), rows, frozenset(_routines(connection)), frozenset(metadata.tables))


def resume_problems(
    connection: Connection,
    snapshot: Snapshot,
    helpers: SqlFile,
    upgrade: SqlFile,
    session: str,
    family: str,
    compare: Callable[[str, Fingerprint, Fingerprint], list[str]],
    on_stop: Callable[[int, int], None] = lambda done, total: None,
) -> list[str]:
    """Where re-running ``upgrade`` after it stopped at a statement ends elsewhere than a clean run.
    ``on_stop`` is told before each stop how many were run and how many there are."""
    run = _Runner(connection, snapshot, helpers, upgrade, session, family)
    clean = run(0)
    problems: list[str] = []
    for k, statement in enumerate(upgrade.statements, start=1):
        on_stop(k - 1, len(upgrade.statements))
        when = f"stopped after {upgrade.path}:{statement.line} and run again"
        try:
            schema, data = run(k)
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


@dataclass(frozen=True)
class _Runner:
    connection: Connection
    snapshot: Snapshot
    helpers: SqlFile
    upgrade: SqlFile
    session: str
    family: str

    def __call__(self, k: int) -> tuple[Fingerprint, DataPrint]:
        """On the restored baseline: the first ``k`` statements, then the whole file; the schema and rows
        left in the tables the upgrade reached or made."""
        self.restore()
        set_session(self.connection, self.session, PINNED_CLOCK)
        if k:
            apply(self.connection, replace(self.upgrade, statements=self.upgrade.statements[:k]))
            self.connection.exec_driver_sql("COMMIT")  # what the stopped run did stays (an UPDATE too): a new session
            set_session(self.connection, self.session)  # the run again starts a new session
        apply(self.connection, self.upgrade)
        shown = {name for name in _tables(self.connection) if self._changeable(name)}
        return fingerprint(self.connection, only=shown), data_print(self.connection, shown)

    def _changeable(self, table: str) -> bool:
        """Whether the upgrade reached or made ``table``."""
        return table in self.snapshot.names or table not in self.snapshot.baseline

    def restore(self) -> None:
        """Back to the snapshot: what the upgrade made dropped, the reached tables as built."""
        connection, snapshot = self.connection, self.snapshot
        set_session(
            connection, f"SET SESSION sql_mode = '{baseline.sql_mode(self.family)}'", "SET foreign_key_checks = 0"
        )
        for name, kind in _objects(connection):
            if kind == "VIEW":
                connection.exec_driver_sql(f"DROP VIEW {identifier(name)}")
            elif self._changeable(name):
                connection.exec_driver_sql(f"DROP TABLE {identifier(name)}")
        for name, kind in set(_routines(connection)) - snapshot.routines:
            connection.exec_driver_sql(f"DROP {kind} {identifier(name)}")
        apply(connection, self.helpers)
        for table in snapshot.reach:
            connection.execute(text(create_table(table)))
            if snapshot.rows[table.name]:
                columns = [column.name for column in table.columns]
                rows = [dict(zip(columns, row, strict=True)) for row in snapshot.rows[table.name]]
                connection.execute(insert(table), rows)
        connection.commit()


def _objects(connection: Connection) -> list[tuple[str, str]]:
    found = connection.execute(
        text("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = :schema"),
        {"schema": SCHEMA},
    )
    return [(str(name), "VIEW" if kind == "VIEW" else "TABLE") for name, kind in found]


def _tables(connection: Connection) -> list[str]:
    return [name for name, kind in _objects(connection) if kind == "TABLE"]


def _routines(connection: Connection) -> list[tuple[str, str]]:
    found = connection.execute(
        text("SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = :schema"),
        {"schema": SCHEMA},
    )
    return [(str(name), str(kind)) for name, kind in found]


def data_print(connection: Connection, tables: set[str] | None = None) -> DataPrint:
    """Row count and a checksum of the rows (in a fixed order) of every table in ``zstack`` (or those named)."""
    found = {}
    for table in sorted(tables if tables is not None else _tables(connection)):
        rows = sorted(repr(tuple(row)) for row in connection.exec_driver_sql(f"SELECT * FROM {identifier(table)}"))
        found[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16])
    return found
