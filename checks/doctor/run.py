"""``zsgate doctor``: a customer's database read before an upgrade, and a verdict.

Every read goes through one session that only reads: it is set READ ONLY, it runs SELECTs on the database and on
information_schema and nothing else, so an account with SELECT on the database is enough and the server is left as
it was. Reads that may take long on a big table (the prechecks) are bounded by the server's own statement limit
(the MAX_EXECUTION_TIME hint on MySQL, SET STATEMENT max_statement_time FOR on MariaDB); one cut is reported as
not checked.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymysql
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from zsgate import servers
from zsgate.checks.doctor.drift import Drift, drift
from zsgate.checks.doctor.expected import ExpectedUnavailable, expected_schema
from zsgate.checks.doctor.fixes import fix_for, row_changes
from zsgate.checks.doctor.readiness import (
    COPY_ROWS_PER_SECOND,
    BlockingChange,
    CountedPrecheck,
    NotChecked,
    Progress,
    blocking_changes,
    no_progress,
    read_against_history,
    run_prechecks,
)
from zsgate.checks.doctor.snapshot import snapshot
from zsgate.checks.impact.analyse import impact_paths
from zsgate.checks.impact.online_ddl import TARGETS
from zsgate.checks.replay.schema_version import AppliedMigration, Discrepancy, Finding, applied_migrations, compare
from zsgate.engines import EngineSpec
from zsgate.engines.choice import engine_like
from zsgate.engines.execute import AS_WRITTEN
from zsgate.engines.probe import family_of, label, safe_message, shown
from zsgate.engines.signals import TerminationGuard
from zsgate.history.flyway import History, HistoryError, Migration, read_history, version_key
from zsgate.history.metadata_table import TABLE
from zsgate.sql.quoting import identifier

ER_QUERY_TIMEOUT = 3024  # MySQL: maximum statement execution time exceeded
ER_STATEMENT_TIMEOUT = 1969  # MariaDB: max_statement_time exceeded
ER_TABLEACCESS_DENIED = 1142  # SELECT command denied to user ... for table ...
ER_NO_SUCH_TABLE = 1146
REFUSING = frozenset({Discrepancy.EDITED, Discrepancy.MISSING, Discrepancy.RENAMED})
"""What Flyway's validation before migrate stops on (a failed row stops migrate itself)."""


class DoctorError(Exception):
    """Doctor could not run: no connection, no schema_version, an unreadable history. Safe to print."""


@dataclass
class DoctorReport:
    """What doctor found, verdict first."""

    database: str
    server: str
    version: str | None
    """The last version schema_version records as applied with success."""
    validate: list[Finding] = field(default_factory=list)
    out_of_order: list[str] = field(default_factory=list)
    expected_from: str = ""
    engine: str = ""
    """The engine the expected schema was (or would be) replayed on."""
    engine_why: str = ""
    drift: list[Drift] = field(default_factory=list)
    pending: list[Migration] = field(default_factory=list)
    prechecks: list[CountedPrecheck] = field(default_factory=list)
    on_new_tables: list[str] = field(default_factory=list)
    """Prechecks of changes to tables a pending file makes: no row of the database meets them (verify's part)."""
    blocking: list[BlockingChange] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    """Tables the history leaves that this account may not read (information_schema hides them from it)."""
    not_checked: list[NotChecked] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What was left out and does not stand in the way."""
    rate: float = 0.0
    """Rows per second the estimates assume."""
    seconds: float = 0.0

    @property
    def reasons(self) -> list[str]:
        """Why the upgrade will not go through as things are; none when it will."""
        reasons = [
            f"schema_version: {item.kind} {item.version} ({item.detail}): Flyway will not migrate"
            for item in self.validate
            if item.kind is Discrepancy.FAILED or item.kind in REFUSING
        ]
        if self.drift:
            reasons.append(f"the schema differs from what version {self.version} leaves in {len(self.drift)} places")
        reasons += [
            f"{item.path}:{item.line}: {item.finds}: {item.rows:,} row{'' if item.rows == 1 else 's'}"
            for item in self.prechecks
            if item.fails
        ]
        if self.not_checked:
            reasons.append(f"{len(self.not_checked)} checks could not run")
        return reasons

    @property
    def ready(self) -> bool:
        return not self.reasons

    def as_dict(self) -> dict[str, Any]:
        return {
            "ready": self.ready,
            "reasons": self.reasons,
            "database": self.database,
            "server": self.server,
            "version": self.version,
            "validate": [
                {"version": item.version, "status": item.kind.value, "script": item.script, "detail": item.detail}
                for item in self.validate
            ],
            "out_of_order": self.out_of_order,
            "expected_from": self.expected_from,
            "engine": {"spec": self.engine, "why": self.engine_why},
            "drift": [item.as_dict() for item in self.drift],
            "pending": [{"path": str(m.path), "version": m.version} for m in self.pending],
            "prechecks": [item.as_dict() for item in self.prechecks],
            "prechecks_on_new_tables": self.on_new_tables,
            "blocking": [item.as_dict() for item in self.blocking],
            "rate_rows_per_second": self.rate,
            "not_checked": [item.as_dict() for item in self.not_checked],
            "notes": self.notes,
            "seconds": round(self.seconds, 2),
        }


def doctor(
    url: URL,
    directory: Path,
    engine: EngineSpec | None = None,
    rate: float | None = None,
    max_statement_time: float = 60,
    replay_timeout: float = 600,
    on_progress: Progress = no_progress,
) -> DoctorReport:
    """Read the database at ``url`` against the history in ``directory``; the expected schema is replayed on
    ``engine`` (default: one like the customer's server, engines/choice.py) or read from the cache; copies are
    estimated at ``rate`` rows per second (default: the rate measured for the server's family). DoctorError when
    it cannot run."""
    started = time.perf_counter()
    try:
        history = read_history(directory)
    except (HistoryError, OSError) as error:
        raise DoctorError(str(error)) from None
    if not history.migrations:
        raise DoctorError(f"{directory}: no V<version>__*.sql files (expected ZStack's conf/db folder)")
    try:
        with TerminationGuard():  # SIGTERM and SIGINT end the run through its cleanup: no server left running
            report = _read(url, directory, engine, history, rate, max_statement_time, replay_timeout, on_progress)
    except (DBAPIError, pymysql.MySQLError) as error:
        raise DoctorError(f"cannot read {shown(url)}: {safe_message(error, url)}") from None
    report.seconds = time.perf_counter() - started
    return report


def _read(
    url: URL,
    directory: Path,
    engine: EngineSpec | None,
    history: History,
    rate: float | None,
    max_statement_time: float,
    replay_timeout: float,
    on_progress: Progress,
) -> DoctorReport:
    on_progress("reading the database", 0, None)
    with read_only(url, max_statement_time) as reader:
        report = _standing(url, reader, history)
        live = snapshot(reader.connection, str(url.database))
        applied = [migration.version for migration in history.migrations if migration not in report.pending]
        if engine is None:
            chosen = engine_like(family_of(reader.server_version), reader.server_version)
            engine, report.engine_why = chosen.spec, chosen.why
        else:
            report.engine_why = "--engine"
        report.engine = str(engine)
        try:
            expected = expected_schema(engine, directory, history, applied, replay_timeout, on_progress)
        except ExpectedUnavailable as error:
            report.not_checked.append(NotChecked("drift", str(error)))
        else:
            report.expected_from = f"{expected.server}{', from the cache' if expected.cached else ''}"
            report.drift = drift(expected.snapshot, live)
            hidden = [item for item in report.drift if item.kind == "table" and not item.found and reader.denied(item)]
            report.drift = [item for item in report.drift if item not in hidden]
            report.unreadable = [item.object for item in hidden]
            report.not_checked += [
                NotChecked(name, "this account may not SELECT from it: its definition and rows are not checked")
                for name in report.unreadable
            ]
            if live.routines == () and expected.snapshot.routines:
                report.drift = [item for item in report.drift if item.kind != "routine"]
                report.notes.append(
                    f"routines not compared: this account sees none of the {len(expected.snapshot.routines)} expected"
                    " (information_schema shows an account only routines it may run); ZStack's beforeMigrate.sql makes"
                    " its helper procedures again on every migrate"
                )
        report.rate = rate or COPY_ROWS_PER_SECOND[family_of(reader.server_version)]
        _readiness(report, reader, live.tables, report.rate, on_progress)
    return report


def _standing(url: URL, reader: Reader, history: History) -> DoctorReport:
    """Where the database stands: its last version, what validate finds, versions run out of order, what is
    pending (in Flyway's order: by version, lower ones not yet run included)."""
    rows = reader.applied
    succeeded = [row for row in rows if row.success]
    last = max(succeeded, key=lambda row: version_key(row.version), default=None)
    where = shown(url.set(query={}))  # a socket's path or TLS files say nothing to a support ticket
    report = DoctorReport(where, label(reader.server_version), last.version if last else None)
    report.validate = compare(history, rows, pending_allowed=False)
    by_install = sorted(rows, key=lambda row: row.installed_rank)
    highest: tuple[int, ...] = ()
    for row in by_install:
        key = version_key(row.version)
        if key < highest:
            report.out_of_order.append(row.version)
        highest = max(highest, key)
    done = {version_key(row.version) for row in rows if row.success}
    report.pending = [migration for migration in history.migrations if migration.key not in done]
    return report


def _readiness(
    report: DoctorReport, reader: Reader, tables: dict[str, Any], rate: float, on_progress: Progress
) -> None:
    """Prechecks and blocking changes of the pending files, read as impact reads them for this server."""
    if not report.pending:
        return
    target = servers.target_of(family_of(reader.server_version), reader.server_version)
    known = impact_target(target)
    if known != target:
        report.notes.append(
            f"changes that copy or block read as on {known}: impact has no online-DDL table for {target}"
        )
    impact = impact_paths([migration.path for migration in report.pending], (known,))
    report.not_checked += [NotChecked("impact", error) for error in impact.errors]
    paths = [str(migration.path) for migration in report.pending]
    changes, order = row_changes(paths), {path: place for place, path in enumerate(paths)}
    prechecked = run_prechecks(
        impact.prechecks, tables, reader.query, lambda check: fix_for(check, changes, order), on_progress
    )
    unsure = read_against_history(impact.statements, report.drift, report.unreadable)
    report.prechecks = [item for item in prechecked.counted if (item.path, item.line) not in unsure]
    report.on_new_tables = [
        what
        for what in prechecked.on_new_tables
        if not any(what.startswith(f"{path}:{line}: ") for path, line in unsure)
    ]
    report.not_checked += [NotChecked(f"{path}:{line}", reason) for (path, line), reason in unsure.items()]
    report.not_checked += prechecked.cut
    report.blocking = blocking_changes(impact.statements, known, reader.table_sizes(), rate)


def impact_target(target: str) -> str:
    """``target`` when impact predicts for it, else its family's newest release impact knows not after it (or the
    family's oldest): ``mariadb-10.6`` is read as ``mariadb-10.11``, ``mysql-8.2`` as ``mysql-8.0``."""
    if target in TARGETS:
        return target
    family, _, version = target.partition("-")
    wanted = version_key(version)
    same = sorted(
        (known for known in TARGETS if known.startswith(f"{family}-")),
        key=lambda name: version_key(name.partition("-")[2]),
    )
    older = [known for known in same if version_key(known.partition("-")[2]) <= wanted]
    return (older or same or list(TARGETS))[-1 if older else 0]


@dataclass
class Reader:
    """The one session doctor reads the database through."""

    connection: Connection
    server_version: str
    applied: list[AppliedMigration]
    limit: float
    """Seconds a bounded read may run (0: no limit)."""

    def query(self, sql: str) -> list[tuple[Any, ...]] | None:
        """The rows of one SELECT, bounded by the statement limit; None when the limit cut it."""
        if self.limit:
            if family_of(self.server_version) == "mariadb":
                sql = f"SET STATEMENT max_statement_time = {self.limit} FOR {sql}"
            else:
                sql = (
                    f"SELECT /*+ MAX_EXECUTION_TIME({max(1, round(self.limit * 1000))}) */{sql.removeprefix('SELECT')}"
                )
        try:
            return [tuple(row) for row in self.connection.exec_driver_sql(sql, execution_options=AS_WRITTEN)]
        except OperationalError as error:
            if error.orig.args[0] in (ER_QUERY_TIMEOUT, ER_STATEMENT_TIMEOUT):
                return None
            raise

    def denied(self, table: Drift) -> bool:
        """Whether ``table``, missing from what information_schema shows this account, is there but hidden from it."""
        try:
            self.connection.exec_driver_sql(f"SELECT 1 FROM {identifier(table.object)} LIMIT 0")
        except DBAPIError as error:
            if error.orig is not None and error.orig.args[0] == ER_TABLEACCESS_DENIED:
                return True
            if error.orig is not None and error.orig.args[0] == ER_NO_SUCH_TABLE:
                return False
            raise
        return False

    def table_sizes(self) -> dict[str, tuple[int, int]]:
        """Rows and bytes (data and indexes) of each table, as information_schema estimates them, by lower-case name."""
        rows = self.connection.execute(
            text(
                "SELECT TABLE_NAME, TABLE_ROWS, DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES"
                " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
            )
        )
        return {name.lower(): (int(count or 0), int(size or 0)) for name, count, size in rows}


@contextmanager
def read_only(url: URL, max_statement_time: float) -> Iterator[Reader]:
    """A session on ``url`` that can only read, its prechecks bounded by ``max_statement_time`` seconds (0: none),
    with the database's schema_version rows; DoctorError when there is no connection or no schema_version."""
    # unpooled, so closing is the reset: no ROLLBACK first, which a connection cut mid-query refuses
    connector = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT", pool_reset_on_return=None)
    try:
        try:
            connection = connector.connect()
        except DBAPIError as error:
            raise DoctorError(f"cannot connect to {shown(url)}: {safe_message(error, url)}") from None
        with connection:
            connection.exec_driver_sql("SET SESSION TRANSACTION READ ONLY")
            version = str(connection.exec_driver_sql("SELECT VERSION()").scalar_one())
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, pymysql.Connection)
            applied = applied_migrations(raw)
            if not applied:
                raise DoctorError(f"{shown(url)}: no {TABLE} table, or an empty one: not a database Flyway migrated")
            yield Reader(connection, version, applied, max_statement_time)
    finally:
        connector.dispose()
