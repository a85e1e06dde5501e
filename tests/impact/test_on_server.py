"""The predictions, proven: each change runs on a real server with rows, with ALGORITHM=/LOCK= clauses
from the cheapest up, and the first combination the server accepts must be the one impact predicted."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

import pymysql
import pytest

from tests.conftest import LOCAL_MARIADB_11_8, LOCAL_MYSQL, engine_id, require_engine, unavailable
from zsgate.checks.impact.analyse import parsed, statement_alterations
from zsgate.checks.impact.online_ddl import Algorithm, Impact, Lock, impact
from zsgate.checks.impact.session import Session
from zsgate.history.schema import Schema
from zsgate.servers import target_of
from zsgate.sql.split import split_sql

ENGINES = ("local", LOCAL_MYSQL, LOCAL_MARIADB_11_8)
"""The proof runs on MariaDB 10.11, MariaDB 11.8 and MySQL 9.7, all on the embedded engine (the docker engines
run the same binaries)."""

TABLES = """
CREATE TABLE `ProbeParentVO` (`uuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`)) ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE `ProbeVO` (
    `uuid` VARCHAR(32) NOT NULL,
    `name` VARCHAR(32) NOT NULL,
    `parentUuid` VARCHAR(32) NOT NULL,
    `note` VARCHAR(128) DEFAULT NULL,
    `size` INT DEFAULT NULL,
    `state` ENUM('Enabled', 'Disabled') NOT NULL DEFAULT 'Enabled',
    PRIMARY KEY (`uuid`),
    KEY `idxProbeVOParentUuid` (`parentUuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
"""
ROWS = 200
FK = "ADD CONSTRAINT `fkProbeVOProbeParentVO` FOREIGN KEY (`parentUuid`) REFERENCES `ProbeParentVO` (`uuid`)"

CASES: dict[str, tuple[str, ...]] = {
    # name: (statements run first, ..., the statement whose class is proven); all on `ProbeVO`
    "add column": ("ADD COLUMN `extra` VARCHAR(32) DEFAULT NULL",),
    "add column first": ("ADD COLUMN `extra` VARCHAR(32) DEFAULT NULL FIRST",),
    "drop column": ("DROP COLUMN `note`",),
    "rename column": ("RENAME COLUMN `note` TO `memo`",),
    "rename column by change": ("CHANGE `note` `memo` VARCHAR(128) DEFAULT NULL",),
    "reorder column": ("MODIFY `note` VARCHAR(128) DEFAULT NULL AFTER `uuid`",),
    "widen varchar within 2-byte prefix": ("MODIFY `note` VARCHAR(255) DEFAULT NULL",),
    "widen varchar within 1-byte prefix": ("MODIFY `name` VARCHAR(64) NOT NULL",),
    "widen varchar across 255 bytes": ("MODIFY `name` VARCHAR(128) NOT NULL",),
    "widen indexed varchar across 255 bytes": ("MODIFY `parentUuid` VARCHAR(128) NOT NULL",),
    "widen indexed varchar within 1-byte prefix": ("MODIFY `parentUuid` VARCHAR(64) NOT NULL",),
    "narrow varchar": ("MODIFY `note` VARCHAR(100) DEFAULT NULL",),
    "change type int to bigint": ("MODIFY `size` BIGINT DEFAULT NULL",),
    "make not null": ("MODIFY `size` INT NOT NULL",),
    "make nullable": ("MODIFY `name` VARCHAR(32) NULL",),
    "set default": ("ALTER COLUMN `size` SET DEFAULT 5",),
    "drop default": ("ALTER COLUMN `state` DROP DEFAULT",),
    "add index": ("ADD INDEX `idxProbeVOSize` (`size`)",),
    "drop index": ("ADD INDEX `idxProbeVOSize` (`size`)", "DROP INDEX `idxProbeVOSize`"),
    "rename index": ("RENAME INDEX `idxProbeVOParentUuid` TO `idxProbeVOParent`",),
    "add unique": ("ADD UNIQUE KEY `ukProbeVOName` (`name`)",),
    "add foreign key, checks on": (FK,),
    "add foreign key, checks off": ("SET FOREIGN_KEY_CHECKS = 0", FK),
    "drop foreign key": (FK, "DROP FOREIGN KEY `fkProbeVOProbeParentVO`"),
    "enum append": ("MODIFY `state` ENUM('Enabled', 'Disabled', 'Maintenance') NOT NULL DEFAULT 'Enabled'",),
    "enum reorder": ("MODIFY `state` ENUM('Disabled', 'Enabled') NOT NULL DEFAULT 'Enabled'",),
    "column charset": ("MODIFY `note` VARCHAR(128) CHARACTER SET utf8mb4 DEFAULT NULL",),
    "indexed column charset": ("MODIFY `parentUuid` VARCHAR(32) CHARACTER SET utf8mb4 NOT NULL",),
    "column charset to latin1": ("MODIFY `note` VARCHAR(128) CHARACTER SET latin1 DEFAULT NULL",),
    "column collation": ("MODIFY `note` VARCHAR(128) COLLATE utf8mb3_bin DEFAULT NULL",),
    "indexed column collation": ("MODIFY `parentUuid` VARCHAR(32) COLLATE utf8mb3_bin NOT NULL",),
    "engine rebuild": ("ENGINE=InnoDB",),
    "force rebuild": ("FORCE",),
    "virtual generated column": ("ADD COLUMN `doubled` BIGINT AS (`size` * 2) VIRTUAL",),
    "stored generated column": ("ADD COLUMN `doubled` BIGINT AS (`size` * 2) STORED",),
    "rename table": ("RENAME TO `ProbeRenamedVO`",),
    "change primary key": ("DROP PRIMARY KEY, ADD PRIMARY KEY (`uuid`, `name`)",),
    "drop primary key": ("DROP PRIMARY KEY",),
    "add primary key": ("DROP PRIMARY KEY", "ADD PRIMARY KEY (`uuid`)"),
    "fulltext index": ("ADD FULLTEXT INDEX `ftProbeVONote` (`note`)",),
    "another fulltext index": (
        "ADD FULLTEXT INDEX `ftProbeVONote` (`note`)",
        "ADD FULLTEXT INDEX `ftProbeVOName` (`name`)",
    ),
    "convert charset": ("CONVERT TO CHARACTER SET utf8mb4",),
}
NOT_SUPPORTED = {1845, 1846}
"""ER_ALTER_OPERATION_NOT_SUPPORTED(_REASON): the server refuses that ALGORITHM/LOCK before doing anything."""


def sql_of(part: str) -> str:
    return part if part.startswith("SET ") else f"ALTER TABLE `ProbeVO` {part}"


def predicted(target: str, parts: tuple[str, ...]) -> Impact:
    """What impact says of the last statement, read after the tables and the earlier statements."""
    text = TABLES + ";\n".join(sql_of(part) for part in parts) + ";"
    *_, (statement, changes) = statement_alterations(parsed(split_sql(text)), Schema(), None, Session())
    assert changes, f"impact reads no change in {statement.text}"
    return reduce(Impact.__or__, (impact(target, change.operation) for change in changes))


def attempts(family: str) -> Iterator[tuple[str, Impact]]:
    """(clauses, what their acceptance means), cheapest first. MySQL takes no LOCK clause with INSTANT
    and has no NOCOPY, so its INPLACE says nothing of a rebuild (compared without it)."""
    yield "ALGORITHM=INSTANT", Impact(Algorithm.INSTANT, Lock.NONE, rebuild=False)
    in_place = [("NOCOPY", False), ("INPLACE", True)] if family == "mariadb" else [("INPLACE", False)]
    for algorithm, rebuild in in_place:
        for lock in Lock:
            yield f"ALGORITHM={algorithm}, LOCK={lock.value.upper()}", Impact(Algorithm.INPLACE, lock, rebuild)
    for lock in (Lock.SHARED, Lock.EXCLUSIVE):
        yield f"ALGORITHM=COPY, LOCK={lock.value.upper()}", Impact(Algorithm.COPY, lock, rebuild=True)


@pytest.fixture(scope="module", params=ENGINES, ids=engine_id)
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, str, pymysql.Connection]]:
    from zsgate.engines import EngineUnavailable, open_server
    from zsgate.engines.execute import connect

    require_engine(request.param)
    try:
        with open_server(request.param) as running, connect(running) as connection:
            yield running.family, target_of(running.family, running.version), connection.connection.dbapi_connection
    except EngineUnavailable as error:
        unavailable(str(error))


def measured(family: str, cursor: pymysql.cursors.Cursor, statement: str) -> Impact:
    """The first ALGORITHM/LOCK the server accepts for ``statement`` (which then runs)."""
    refusals = []
    for clauses, meaning in attempts(family):
        try:
            cursor.execute(f"{statement}, {clauses}")
            return meaning
        except pymysql.MySQLError as error:
            if error.args[0] not in NOT_SUPPORTED:
                raise
            refusals.append(f"{clauses}: {error.args[1]}")
    raise AssertionError("no ALGORITHM/LOCK accepted:\n" + "\n".join(refusals))


@pytest.mark.parametrize("case", CASES)
def test_the_first_algorithm_and_lock_the_server_accepts_is_the_predicted_one(
    server: tuple[str, str, pymysql.Connection], case: str
) -> None:
    family, target, connection = server
    parts = CASES[case]
    with connection.cursor() as cursor:
        cursor.execute("SET SESSION foreign_key_checks = 1")
        cursor.execute("DROP TABLE IF EXISTS `ProbeVO`, `ProbeRenamedVO`, `ProbeParentVO`")
        for statement in split_sql(TABLES).statements:
            cursor.execute(statement.text)
        rows = [(f"{i:032x}", f"name-{i}", f"{i:032x}", f"note {i}", i) for i in range(ROWS)]
        cursor.executemany("INSERT INTO `ProbeParentVO` VALUES (%s)", [(row[0],) for row in rows])
        cursor.executemany(
            "INSERT INTO `ProbeVO` (`uuid`, `name`, `parentUuid`, `note`, `size`) VALUES (%s, %s, %s, %s, %s)", rows
        )
        for part in parts[:-1]:
            cursor.execute(sql_of(part))
        expected = predicted(target, parts)
        got = measured(family, cursor, sql_of(parts[-1]))
    if family == "mysql":  # MySQL's clauses cannot tell an in-place rebuild from none
        got = Impact(got.algorithm, got.lock, expected.rebuild)
    assert got == expected, f"{case} on {target}: predicted {expected}, the server first accepted {got}"
