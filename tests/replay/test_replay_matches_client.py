"""Proof: replay leaves the schema the `mariadb` client leaves, applying the same files in one session.

zsgate replays on one throwaway `local` server; the machine's `mariadb` client applies the same files, in
Flyway's order, as one stream (one session) to a second one. Then information_schema is compared: tables,
columns, indexes, foreign keys, routines with their parameters, triggers and views.

With `--runner client` every routine body is the client's, character for character. With Flyway's rules (the
default) a body keeps its comments, because Flyway 3.2.1 sends them and the client strips them; those bodies
are compared as sqlglot tokens, which leave comments out, and every other fact must be equal.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL
from sqlglot.dialects.mysql import MySQL

from tests.conftest import unavailable
from tests.servers import client_command, pymysql_connect
from zsgate.checks.replay.run import migrate_database
from zsgate.engines import SCHEMA, Server, open_server
from zsgate.history.flyway import read_history
from zsgate.sql.statements import Runner

Snapshot = dict[str, list[tuple[object, ...]]]

QUERIES = {
    "tables": "SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION FROM information_schema.TABLES"
    " WHERE TABLE_SCHEMA = %s AND TABLE_NAME <> 'schema_version'",
    "columns": "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
    " COLLATION_NAME, COLUMN_COMMENT FROM information_schema.COLUMNS"
    " WHERE TABLE_SCHEMA = %s AND TABLE_NAME <> 'schema_version'",
    "indexes": "SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE, SUB_PART"
    " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %s AND TABLE_NAME <> 'schema_version'",
    "foreign keys": "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME,"
    " k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE FROM information_schema.KEY_COLUMN_USAGE k"
    " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
    " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME WHERE k.TABLE_SCHEMA = %s",
    "routines": "SELECT ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, IS_DETERMINISTIC, SQL_DATA_ACCESS,"
    " SECURITY_TYPE, SQL_MODE, ROUTINE_DEFINITION FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = %s",
    "parameters": "SELECT SPECIFIC_NAME, ORDINAL_POSITION, PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER"
    " FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = %s",
    "triggers": "SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_TIMING, ACTION_STATEMENT"
    " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %s",
    "views": "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %s",
}
BODY = 7  # ROUTINE_DEFINITION's place in a "routines" row


def snapshot(url: URL) -> Snapshot:
    """What information_schema says of the `zstack` schema, each kind sorted."""
    connection = pymysql_connect(url, database=SCHEMA)
    try:
        with connection.cursor() as cursor:
            result = {}
            for kind, query in QUERIES.items():
                cursor.execute(query, (SCHEMA,))
                result[kind] = sorted(cursor.fetchall(), key=repr)
            return result
    finally:
        connection.close()


def without_comments(body: str | None) -> tuple[str, ...]:
    """A routine body as sqlglot's tokens: what the server runs, its comments and spacing left out."""
    return tuple(token.text for token in MySQL.Tokenizer().tokenize(body or ""))


def client_applies(server: Server, history_dir: Path) -> None:
    """`mariadb` reads every file of the history, in Flyway's order, from one stdin: one session."""
    history = read_history(history_dir)
    events = ["beforeValidate", "afterValidate", "beforeMigrate"]
    paths = [history.callbacks[event] for event in events if event in history.callbacks]
    paths += [migration.path for migration in history.migrations]
    if "afterMigrate" in history.callbacks:
        paths.append(history.callbacks["afterMigrate"])
    stream = b"".join(path.read_bytes() + b"\n" for path in paths)
    command, environment = client_command(server.url, SCHEMA)
    result = subprocess.run(command, input=stream, env=environment, capture_output=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")


@pytest.fixture
def two_servers(mariadb_binaries: None) -> Iterator[tuple[Server, Server]]:
    if shutil.which("mariadb") is None:
        unavailable("the mariadb client is not installed: apt-get install mariadb-client")
    with open_server("local") as zsgate_server, open_server("local") as client_server:
        yield zsgate_server, client_server


def compare(two_servers: tuple[Server, Server], history: Path, runner: Runner) -> tuple[Snapshot, Snapshot]:
    zsgate_server, client_server = two_servers
    report = migrate_database(zsgate_server.url.set(database=SCHEMA), history, runner)
    assert report.ok, [file.error for file in report.files if file.error] + [str(item) for item in report.refused]
    client_applies(client_server, history)
    return snapshot(zsgate_server.url), snapshot(client_server.url)


def assert_same_schema(ours: Snapshot, theirs: Snapshot, exact_bodies: bool) -> None:
    for kind in QUERIES:
        if kind == "routines" and not exact_bodies:
            assert [row[:BODY] for row in ours[kind]] == [row[:BODY] for row in theirs[kind]]
            assert [without_comments(row[BODY]) for row in ours[kind]] == [
                without_comments(row[BODY]) for row in theirs[kind]
            ]
        else:
            assert ours[kind] == theirs[kind], kind


# Traps in ZStack's style, each modelled on a real case.
TRAPS = {
    "V0.6__schema.sql": "CREATE TABLE `HostEO` (\n    `uuid` varchar(32) NOT NULL UNIQUE,\n"
    "    `name` varchar(255) NOT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8;\n",
    # a real upgrade file keeps an old statement commented out with `--` and no space: Flyway and the client
    # skip it; the server, sent it, refuses it (1064)
    "V4.1.0__schema.sql": "--CREATE TABLE `HostCapacityVO` (\n--    `uuid` varchar(32) NOT NULL\n--);\n"
    "CREATE TABLE IF NOT EXISTS `HostCapacityVO` (\n    `uuid` varchar(32) NOT NULL UNIQUE,\n"
    "    `hostUuid` varchar(32) NOT NULL,\n"
    "    CONSTRAINT `fkHostCapacityVOHostEO` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`) ON DELETE CASCADE\n"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8;\n",
    # upgrade files edited on Windows arrive with CRLF, and their procedure bodies carry comments
    "V4.2.0__schema.sql": (
        "DELIMITER $$\n"
        "DROP PROCEDURE IF EXISTS `fillHostCapacity` $$\n"
        "CREATE PROCEDURE `fillHostCapacity`()\n"
        "BEGIN\n"
        "    -- one row per host\n"
        "    INSERT INTO `HostCapacityVO` (`uuid`, `hostUuid`) # same uuid\n"
        "    SELECT /* reuse */ `uuid`, `uuid` FROM `HostEO`;\n"
        "END $$\n"
        "DELIMITER ;\n"
        "CALL fillHostCapacity();\n"
    ).replace("\n", "\r\n"),
}


@pytest.mark.parametrize("runner", [Runner.FLYWAY, Runner.CLIENT])
def test_traps_give_the_clients_schema(two_servers: tuple[Server, Server], tmp_path: Path, runner: Runner) -> None:
    (tmp_path / "upgrade").mkdir()
    for name, text in TRAPS.items():
        (tmp_path / name if name.startswith("V0.6") else tmp_path / "upgrade" / name).write_bytes(text.encode())
    ours, theirs = compare(two_servers, tmp_path, runner)
    assert_same_schema(ours, theirs, exact_bodies=runner is Runner.CLIENT)
    (routine,) = ours["routines"]
    assert "\r" not in routine[BODY]
    assert ("-- one row per host" in routine[BODY]) is (runner is Runner.FLYWAY)
    assert [row[0] for row in ours["tables"]] == ["HostCapacityVO", "HostEO"]


def test_zstacks_history_gives_the_clients_schema(mariadb_binaries: None, corpus: Path) -> None:
    if shutil.which("mariadb") is None:
        unavailable("the mariadb client is not installed: apt-get install mariadb-client")
    with open_server("local") as client_server:
        client_applies(client_server, corpus)
        theirs = snapshot(client_server.url)
    assert len(theirs["tables"]) == 639 and theirs["routines"]
    for runner in Runner:
        with open_server("local") as server:
            report = migrate_database(server.url.set(database=SCHEMA), corpus, runner)
            assert report.ok, [file.error for file in report.files if file.error]
            ours = snapshot(server.url)
        assert_same_schema(ours, theirs, exact_bodies=runner is Runner.CLIENT)
