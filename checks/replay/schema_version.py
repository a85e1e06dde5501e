"""Flyway 3.2.1's metadata table for MySQL, `schema_version`: created, read and written as Flyway does.

Sources (flyway-core, tag `flyway-3.2.1`): `resources/.../dbsupport/mysql/createMetaDataTable.sql` (the
table), `metadatatable/MetaDataTableImpl` (`addAppliedMigration`, `calculateVersionRank`,
`calculateInstalledRank`, `removeFailedMigrations`), `dbsupport/mysql/MySQLDbSupport` (`installed_by` is
`SUBSTRING_INDEX(USER(),'@',1)`; MySQL has no DDL transactions, so a failed migration leaves a row with
`success` 0), `dbsupport/mysql/MySQLTable.doLock` (the lock: `SELECT * FROM schema_version FOR UPDATE`)
and `info/MigrationInfoImpl.validate` (what `flyway validate` reports).
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from zsgate.history.flyway import History, version_key
from zsgate.history.metadata_table import CREATE_METADATA_TABLE, TABLE
from zsgate.sql.flyway import read_script
from zsgate.sql.quoting import identifier

if TYPE_CHECKING:  # imported where a connection is used
    import pymysql

ER_LOCK_WAIT_TIMEOUT = 1205
# MigrationType values Flyway writes that stand for no file
_MARKER_TYPES = frozenset({"SCHEMA", "INIT", "BASELINE"})


@dataclass(frozen=True, slots=True)
class AppliedMigration:
    """One row of `schema_version`."""

    version_rank: int
    installed_rank: int
    version: str
    description: str
    type: str
    script: str
    checksum: int | None
    installed_by: str
    installed_on: datetime.datetime
    execution_time: int
    success: bool


class Discrepancy(StrEnum):
    """What `flyway validate` (MigrationInfoImpl.validate) or `migrate` finds wrong with a version."""

    EDITED = "edited"  # applied with another checksum: the file changed after it ran
    MISSING = "missing"  # applied, but no file has its version
    UNAPPLIED = "unapplied"  # a file whose version the database never ran
    RENAMED = "renamed"  # applied with another description or type
    FAILED = "failed"  # a failed row: `migrate` refuses to go on until it is repaired
    UNTRACKED = "untracked"  # tables but no schema_version: `migrate` refuses a schema it did not build


@dataclass(frozen=True, slots=True)
class Finding:
    """One discrepancy between a history and a database's `schema_version`."""

    kind: Discrepancy
    version: str
    script: str
    detail: str


class MetadataLocked(Exception):
    """Another migrator held the database's `schema_version` for longer than the server lets a lock wait."""


@contextmanager
def exclusive(connection: pymysql.Connection) -> Iterator[None]:
    """The database to this zsgate run alone: a named lock (`GET_LOCK`) other zsgate runs wait for.

    Flyway's lock (`lock`) cannot do this on an empty `schema_version`: there InnoDB's `FOR UPDATE` locks
    only a gap, and gap locks exclude nobody (two Flyways on a fresh database both run its first file).
    The wait is the one `FOR UPDATE` waits: the server's `innodb_lock_wait_timeout`.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT DATABASE(), @@innodb_lock_wait_timeout")
        schema, timeout = cursor.fetchone()
        name = f"zsgate.{TABLE}.{hashlib.sha256(schema.encode()).hexdigest()[:32]}"  # names are 64 at most
        cursor.execute("SELECT GET_LOCK(%s, %s)", (name, timeout))
        if cursor.fetchone()[0] != 1:
            raise _locked(connection, schema, timeout)
        try:
            yield
        finally:
            cursor.execute("SELECT RELEASE_LOCK(%s)", (name,))


@contextmanager
def lock(connection: pymysql.Connection) -> Iterator[None]:
    """DbMigrate's transaction around one migration: `exclusive`, then MetaDataTableImpl.lock (the table
    created if missing, then `SELECT * FROM schema_version FOR UPDATE`), committed on leaving, on an error
    too (Flyway's `TransactionTemplate(connectionMetaDataTable, false)`). A real Flyway holding the rows
    makes it wait; a wait beyond `innodb_lock_wait_timeout` raises MetadataLocked.
    """
    import pymysql

    with exclusive(connection):
        create_if_not_exists(connection)
        connection.begin()
        try:
            with connection.cursor() as cursor:
                try:
                    cursor.execute(f"SELECT * FROM `{TABLE}` FOR UPDATE")
                except pymysql.OperationalError as error:
                    if error.args[0] != ER_LOCK_WAIT_TIMEOUT:
                        raise
                    cursor.execute("SELECT DATABASE(), @@innodb_lock_wait_timeout")
                    raise _locked(connection, *cursor.fetchone()) from None
            yield
        finally:
            connection.commit()


def _locked(connection: pymysql.Connection, schema: str, timeout: int) -> MetadataLocked:
    return MetadataLocked(
        f"another migrator holds `{schema}`.`{TABLE}` on {connection.host}:{connection.port} (waited {timeout} s,"
        f" the server's innodb_lock_wait_timeout); run again once it is done"
    )


def exists(connection: pymysql.Connection) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = %s",
            (TABLE,),
        )
        (count,) = cursor.fetchone()
    return bool(count)


def untracked_tables(connection: pymysql.Connection) -> int:
    """Flyway.migrate's "Found non-empty schema without metadata table": tables, but no row to say whence."""
    if applied_migrations(connection):
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> %s",
            (TABLE,),
        )
        (count,) = cursor.fetchone()
    return int(count)


def create_if_not_exists(connection: pymysql.Connection) -> None:
    """MetaDataTableImpl.createIfNotExists: createMetaDataTable.sql, read and sent as Flyway sends a script."""
    if exists(connection):
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT DATABASE()")
        (schema,) = cursor.fetchone()
        # Flyway splices the name between the backticks as it is; a backtick in it must be doubled
        script = CREATE_METADATA_TABLE.replace("`${schema}`", identifier(schema)).replace("${table}", TABLE)
        for statement in read_script(script).statements:
            cursor.execute(statement.sql)


def applied_migrations(connection: pymysql.Connection) -> list[AppliedMigration]:
    """MetaDataTableImpl.allAppliedMigrations: every row, by version_rank; none without the table."""
    if not exists(connection):
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT `version_rank`, `installed_rank`, `version`, `description`, `type`, `script`, `checksum`,"
            " `installed_by`, `installed_on`, `execution_time`, `success`"
            f" FROM {identifier(TABLE)} ORDER BY `version_rank`"
        )
        return [AppliedMigration(*row[:10], bool(row[10])) for row in cursor.fetchall()]


def add_applied_migration(
    connection: pymysql.Connection, version: str, description: str, script: str, checksum: int, ms: int, success: bool
) -> None:
    """MetaDataTableImpl.addAppliedMigration for a SQL migration: shift version ranks, insert the row (in the
    transaction of `lock`)."""
    create_if_not_exists(connection)
    versions = sorted(version_key(row.version) for row in applied_migrations(connection))
    key = version_key(version)
    version_rank = next((index + 1 for index, other in enumerate(versions) if key < other), len(versions) + 1)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE `{TABLE}` SET `version_rank` = `version_rank` + 1 WHERE `version_rank` >= %s", (version_rank,)
        )
        cursor.execute(f"SELECT MAX(`installed_rank`) FROM `{TABLE}`")
        (current_max,) = cursor.fetchone()
        cursor.execute(
            f"INSERT INTO `{TABLE}` (`version_rank`, `installed_rank`, `version`, `description`, `type`, `script`,"
            " `checksum`, `installed_by`, `execution_time`, `success`)"
            " VALUES (%s, %s, %s, %s, 'SQL', %s, %s, SUBSTRING_INDEX(USER(),'@',1), %s, %s)",
            (version_rank, (current_max or 0) + 1, version, description, script, checksum, ms, success),
        )


def remove_failed_migrations(connection: pymysql.Connection) -> int:
    """MetaDataTableImpl.removeFailedMigrations (`flyway repair`): drop the rows with success 0 (in the
    transaction of `lock`)."""
    with connection.cursor() as cursor:
        return cursor.execute(f"DELETE FROM `{TABLE}` WHERE `success` = 0")


def compare(history: History, applied: list[AppliedMigration], pending_allowed: bool) -> list[Finding]:
    """MigrationInfoImpl.validate for every version (Flyway stops at the first), plus failed rows.

    `pending_allowed` is `migrate`'s validation (a file not yet applied is simply pending); `flyway
    validate` reports it as unapplied.
    """
    findings: list[Finding] = []
    rows = {version_key(row.version): row for row in applied}
    for row in applied:
        if not row.success:
            findings.append(Finding(Discrepancy.FAILED, row.version, row.script, "its migration failed"))
        elif history.migration(row.version) is None and row.type not in _MARKER_TYPES:
            findings.append(Finding(Discrepancy.MISSING, row.version, row.script, "applied, but no file has it"))
    for migration in history.migrations:
        row = rows.get(migration.key)
        if row is None:
            if not pending_allowed:
                findings.append(
                    Finding(Discrepancy.UNAPPLIED, migration.version, migration.script, "not applied to the database")
                )
        elif row.success and row.type != "SQL":
            detail = f"type {row.type} applied, SQL resolved"
            findings.append(Finding(Discrepancy.RENAMED, migration.version, migration.script, detail))
        elif row.success and row.checksum != migration.checksum:
            detail = f"checksum {row.checksum} applied, {migration.checksum} in the file"
            findings.append(Finding(Discrepancy.EDITED, migration.version, migration.script, detail))
        elif row.success and row.description != migration.description:
            detail = f"description {row.description!r} applied, {migration.description!r} in the file name"
            findings.append(Finding(Discrepancy.RENAMED, migration.version, migration.script, detail))
    return sorted(findings, key=lambda finding: version_key(finding.version))
