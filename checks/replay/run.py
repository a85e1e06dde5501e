"""Replay a ZStack schema history (``conf/db``) as Flyway 3.2.1's ``migrate`` applies it, or validate one.

``migrate`` (flyway-core, tag ``flyway-3.2.1``: ``Flyway.migrate``, ``command/DbValidate``,
``command/DbMigrate``), with ZStack's ``-outOfOrder=true``:

1. the ``beforeValidate`` callback, validation (an applied file edited since, or applied but gone, stops
   everything), ``afterValidate``;
2. ``beforeMigrate``; the ``schema_version`` table is created if missing;
3. while a version is pending (resolved, not in ``schema_version``; lower ones too, out of order): refuse if a
   failed row exists, else ``beforeEachMigrate``, the file, ``afterEachMigrate``, and its row in
   ``schema_version`` (success 1; on an error success 0, then stop: MySQL cannot roll DDL back);
4. ``afterMigrate``.

Callbacks and migrations run in one session (Flyway's ``connectionUserObjects``), committed after each;
``schema_version`` is written on a second one (``connectionMetaDataTable``). Files are read by the reader's
``flyway`` mode unless another runner is asked for (``client``, the ``mariadb`` client's rules).
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pymysql
from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from zsgate.checks.replay.schema_version import (
    Discrepancy,
    Finding,
    add_applied_migration,
    applied_migrations,
    compare,
    exclusive,
    lock,
    remove_failed_migrations,
    untracked_tables,
)
from zsgate.engines import SCHEMA, EngineSpec, Server, open_server
from zsgate.engines.execute import ApplyError, execute, load
from zsgate.engines.signals import TerminationGuard
from zsgate.engines.watchdog import DEFAULT_STATEMENT_TIMEOUT, limited_cursor
from zsgate.history.flyway import History, Migration, read_history, version_key
from zsgate.history.metadata_table import unrecordable
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits
from zsgate.sql.statements import Runner, SqlFile


@dataclass(frozen=True)
class ReplayedFile:
    """A file run: a migration (with its version) or a callback, its statement count, time and error if any."""

    path: str
    statements: int
    seconds: float
    error: str | None = None
    version: str | None = None


@dataclass
class ReplayReport:
    """What a replay or validation did on one database."""

    engine: str
    server_version: str = ""
    files: list[ReplayedFile] = field(default_factory=list)
    refused: list[Finding] = field(default_factory=list)  # why migrate would not start or go on
    findings: list[Finding] = field(default_factory=list)  # what --validate found
    already_applied: int = 0
    repaired: int = 0
    tables: int = 0

    @property
    def ok(self) -> bool:
        return not self.refused and not self.findings and all(file.error is None for file in self.files)

    def as_dict(self) -> dict[str, object]:
        def finding(item: Finding) -> dict[str, str]:
            return {"kind": item.kind.value, "version": item.version, "script": item.script, "detail": item.detail}

        return {
            "ok": self.ok,
            "engine": self.engine,
            "server_version": self.server_version,
            "tables": self.tables,
            "already_applied": self.already_applied,
            "repaired": self.repaired,
            "refused": [finding(item) for item in self.refused],
            "findings": [finding(item) for item in self.findings],
            "files": [
                {
                    "path": f.path,
                    "version": f.version,
                    "statements": f.statements,
                    "seconds": round(f.seconds, 3),
                    "error": f.error,
                }
                for f in self.files
            ],
        }


OnFile = Callable[[ReplayedFile], None]


def replay(
    engine: EngineSpec | str,
    directory: Path,
    runner: Runner = Runner.FLYWAY,
    on_file: OnFile = lambda file: None,
    limits: SizeLimits = DEFAULT_LIMITS,
    statement_timeout: float = DEFAULT_STATEMENT_TIMEOUT,
) -> ReplayReport:
    """Migrate a fresh server from ``engine`` through the whole history; stop at the first error, or at a
    statement that runs longer than ``statement_timeout`` seconds (0: no limit)."""
    with replayed(engine, directory, runner, on_file, limits, statement_timeout) as (report, _):
        return report


@contextmanager
def replayed(
    engine: EngineSpec | str,
    directory: Path,
    runner: Runner = Runner.FLYWAY,
    on_file: OnFile = lambda file: None,
    limits: SizeLimits = DEFAULT_LIMITS,
    statement_timeout: float = DEFAULT_STATEMENT_TIMEOUT,
) -> Iterator[tuple[ReplayReport, Server]]:
    """`replay`, with the server kept while the block runs: the report, and the server whose `zstack` database
    holds what the history left (up to its error when the report is not ok)."""
    history, files = _read(directory, runner, limits)  # every file is read before a server starts
    with open_server(engine) as server:
        report = ReplayReport(server.description, server.version)
        _migrate(server.zstack_url, history, files, report, False, on_file, statement_timeout)
        yield report, server


def migrate_database(
    url: URL,
    directory: Path,
    runner: Runner = Runner.FLYWAY,
    repair: bool = False,
    on_file: OnFile = lambda f: None,
    limits: SizeLimits = DEFAULT_LIMITS,
    statement_timeout: float = DEFAULT_STATEMENT_TIMEOUT,
    versions: Collection[str] | None = None,
) -> ReplayReport:
    """Migrate an existing database, continuing after what its ``schema_version`` holds; with ``versions``,
    only the history's files of those versions (as a database that ran just those holds them).

    ``repair`` first removes failed rows as ``flyway repair`` does; without it a failed row stops the run,
    as it stops Flyway.
    """
    history, files = _read(directory, runner, limits)
    if versions is not None:
        keys = {version_key(version) for version in versions}
        history = dataclasses.replace(history, migrations=tuple(m for m in history.migrations if m.key in keys))
    _refuse_another_database(url, files)
    report = ReplayReport(url.render_as_string(hide_password=True))
    return _migrate(url, history, files, report, repair, on_file, statement_timeout)


def validate_database(
    url: URL,
    directory: Path,
    runner: Runner = Runner.FLYWAY,
    limits: SizeLimits = DEFAULT_LIMITS,
    statement_timeout: float = DEFAULT_STATEMENT_TIMEOUT,
) -> ReplayReport:
    """``flyway validate`` on an existing database: its callbacks run, every discrepancy is reported."""
    history, files = _read(directory, runner, limits)
    _refuse_another_database(url, files)
    report = ReplayReport(url.render_as_string(hide_password=True))
    with _sessions(url, statement_timeout) as (user, meta):
        report.server_version = user.get_server_info()
        report.findings = _Flyway(history, files, user, meta, report, lambda file: None).validate(pending_allowed=False)
    return report


def _migrate(
    url: URL,
    history: History,
    files: dict[Path, SqlFile],
    report: ReplayReport,
    repair: bool,
    on_file: OnFile,
    statement_timeout: float,
) -> ReplayReport:
    with _sessions(url, statement_timeout) as (user, meta):
        report.server_version = report.server_version or user.get_server_info()
        if repair:
            with lock(meta):
                report.repaired = remove_failed_migrations(meta)
        _Flyway(history, files, user, meta, report, on_file).migrate()
        report.tables = _table_count(meta)  # the user session may be gone with the file that failed
    return report


def _read(directory: Path, runner: Runner, limits: SizeLimits) -> tuple[History, dict[Path, SqlFile]]:
    """The history and every file of it, read as ``runner`` reads them; a migration ``schema_version``
    cannot record is a ValueError."""
    history = read_history(directory)
    for migration in history.migrations:  # refused before anything runs, where Flyway fails after the file
        if reason := unrecordable(migration):
            raise ValueError(f"{migration.path}: {reason}")
    paths = [*history.callbacks.values(), *(migration.path for migration in history.migrations)]
    return history, {path: load(path, runner, limits) for path in paths}


# how a statement names `zstack` (database names are case-sensitive); org.zstack.header... is not one
_NAMES_ZSTACK = re.compile(
    rf"""`{SCHEMA}`\s*\.                      # `zstack`.`HostVO`
    | (?<![\w.$`]){SCHEMA}\s*\.\s*[`\w]     # zstack.HostVO
    | ['"]{SCHEMA}['"]                      # table_schema = 'zstack'
    | \b(?i:USE)\s+`?{SCHEMA}\b              # USE zstack""",
    re.VERBOSE,
)


def _refuse_another_database(url: URL, files: dict[Path, SqlFile]) -> None:
    """ZStack's files name `zstack` themselves: run on another database they would write into two."""
    if url.database == SCHEMA:
        return
    for sql in files.values():
        for statement in sql.statements:
            if found := _NAMES_ZSTACK.search(statement.text):
                line = statement.line + statement.text.count("\n", 0, found.start())
                raise ValueError(
                    f"{sql.path}:{line}: names the `{SCHEMA}` database itself, so replaying into `{url.database}` "
                    f"would write into both; --database must name `{SCHEMA}` for this history"
                )


@contextmanager
def _sessions(url: URL, statement_timeout: float) -> Iterator[tuple[pymysql.Connection, pymysql.Connection]]:
    """Flyway's two connections to the database: one for user objects, one for ``schema_version``.

    The second autocommits outside the transaction of ``lock``, as JDBC's connections do: a read of
    ``schema_version`` then holds no metadata lock on it while the run waits for its turn. SIGTERM and
    SIGINT stop the run through its cleanup (`TerminationGuard`); a connection they cut mid-query is closed
    as it is, without the pool's ROLLBACK on it. A statement running longer than ``statement_timeout``
    seconds is killed (zsgate/engines/watchdog.py).
    """
    cursors = limited_cursor(statement_timeout)
    engine = create_engine(url, poolclass=NullPool, pool_reset_on_return=None, connect_args={"cursorclass": cursors})
    with TerminationGuard():
        try:
            user, meta = engine.raw_connection(), engine.raw_connection()
            try:
                meta.dbapi_connection.autocommit(True)
                yield user.dbapi_connection, meta.dbapi_connection
            finally:
                user.close()
                meta.close()
        finally:
            engine.dispose()


def _table_count(connection: pymysql.Connection) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")
        (count,) = cursor.fetchone()
    return int(count)


class _Flyway:
    """One run of Flyway's ``migrate`` or ``validate`` over two sessions."""

    def __init__(
        self,
        history: History,
        files: dict[Path, SqlFile],
        user: pymysql.Connection,
        meta: pymysql.Connection,
        report: ReplayReport,
        on_file: OnFile,
    ) -> None:
        self.history, self.files, self.user, self.meta = history, files, user, meta
        self.report, self.on_file = report, on_file

    def validate(self, pending_allowed: bool) -> list[Finding]:
        """DbValidate.validate: the callbacks around a comparison of the files with ``schema_version``."""
        if not self._callback("beforeValidate"):
            return []
        findings = compare(self.history, applied_migrations(self.meta), pending_allowed)
        self._callback("afterValidate")
        return findings

    def migrate(self) -> None:
        """Flyway.migrate: validate, then DbMigrate.migrate; stops at the first error."""
        refused = [f for f in self.validate(pending_allowed=True) if f.kind is not Discrepancy.FAILED]
        with exclusive(self.meta):  # not while another run has made tables but not yet its row
            tables = untracked_tables(self.meta)
        if not refused and tables:
            detail = f"{tables} tables but no schema_version: Flyway migrates only a schema it built (or baselined)"
            refused = [Finding(Discrepancy.UNTRACKED, "", "", detail)]
        if refused or self._stopped:
            self.report.refused = refused
            return
        if not self._callback("beforeMigrate"):
            return
        self.report.already_applied = sum(row.success for row in applied_migrations(self.meta))
        while True:
            with lock(self.meta):  # per migration, as DbMigrate locks: other runs take turns
                applied = applied_migrations(self.meta)
                failed = [f for f in compare(self.history, applied, True) if f.kind is Discrepancy.FAILED]
                if failed:
                    self.report.refused = failed
                    return
                done = {version_key(row.version) for row in applied}
                pending = [migration for migration in self.history.migrations if migration.key not in done]
                if not pending:
                    break
                if not self._apply_migration(pending[0]):
                    return
        self._callback("afterMigrate")

    @property
    def _stopped(self) -> bool:
        return any(file.error for file in self.report.files)

    def _apply_migration(self, migration: Migration) -> bool:
        """DbMigrate.applyMigration; False when it failed (its failed row is then recorded)."""
        started = time.perf_counter()
        ok = self._callback("beforeEachMigrate") and self._run(migration.path, migration.version)
        ok = ok and self._callback("afterEachMigrate")
        ms = int((time.perf_counter() - started) * 1000)
        add_applied_migration(
            self.meta, migration.version, migration.description, migration.script, migration.checksum, ms, ok
        )
        return ok

    def _callback(self, event: str) -> bool:
        path = self.history.callbacks.get(event)
        return path is None or self._run(path, None)

    def _run(self, path: Path, version: str | None) -> bool:
        """Run one file in the user session and commit it; roll back and report on the first error."""
        sql = self.files[path]
        started = time.perf_counter()
        error = None
        try:
            if sql.errors:  # what the runner refuses to send at all (Flyway: a placeholder)
                first = sql.errors[0]
                raise ApplyError(sql.path, first.line, first.message)
            execute(self.user, sql)
            self.user.commit()
        except ApplyError as failure:
            with contextlib.suppress(pymysql.MySQLError):  # the file may have killed its own connection
                self.user.rollback()
            error = str(failure)
        replayed = ReplayedFile(sql.path, len(sql.statements), time.perf_counter() - started, error, version)
        self.report.files.append(replayed)
        self.on_file(replayed)
        return error is None
