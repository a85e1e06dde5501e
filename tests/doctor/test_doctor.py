"""`zsgate doctor` on a customer's database: built by `replay --database` of a history stopped at 1.0, changed by
hand as support would, holding rows the pending 2.0 will fail on. Doctor, with an account that may only SELECT,
reports exactly those and leaves the server as it was (schema, every table's CHECKSUM TABLE, the databases)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from tests.conftest import LOCAL_MYSQL, engine_id, require_engine
from tests.processes import run_with_terminal_stderr
from zsgate.compare.fingerprint import fingerprint
from zsgate.engines import SCHEMA, open_server

PASSWORD = "Re4der-pa55word"
RELEASED = {
    "V0.6__schema.sql": (
        "CREATE TABLE `HostVO` (`uuid` varchar(32) NOT NULL, `name` varchar(255) DEFAULT NULL,"
        " `state` enum('Enabled', 'Disabled', '50%') DEFAULT NULL,"
        " PRIMARY KEY (`uuid`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
        "CREATE TABLE `VmVO` (`uuid` varchar(32) NOT NULL, `hostUuid` varchar(32) DEFAULT NULL,"
        " `description` varchar(2048) DEFAULT NULL, PRIMARY KEY (`uuid`), KEY `idxVmVOhostUuid` (`hostUuid`))"
        " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n"
        "CREATE TABLE `HostCapacityVO` (`uuid` varchar(32) NOT NULL, PRIMARY KEY (`uuid`), CONSTRAINT"
        " `fkHostCapacityVOHostVO` FOREIGN KEY (`uuid`) REFERENCES `HostVO` (`uuid`) ON DELETE CASCADE);\n"
        "CREATE VIEW `HostNameView` AS SELECT `uuid`, `name` FROM `HostVO`;\n"
    ),
    "V1.0__schema.sql": "ALTER TABLE `HostVO` ADD COLUMN `managementIp` varchar(64) DEFAULT NULL;\n",
}
PENDING = {
    "V2.0__schema.sql": (
        "ALTER TABLE `HostVO` MODIFY `name` varchar(255) NOT NULL;\n"
        "ALTER TABLE `HostVO` ADD UNIQUE KEY `ukHostVOmanagementIp` (`managementIp`);\n"
        "ALTER TABLE `VmVO` MODIFY `description` varchar(128) DEFAULT NULL;\n"
        "ALTER TABLE `HostVO` MODIFY `state` enum('Enabled', 'Disabled') DEFAULT NULL;\n"
        "ALTER TABLE `VmVO` ADD CONSTRAINT `fkVmVOHostVO` FOREIGN KEY (`hostUuid`) REFERENCES `HostVO` (`uuid`);\n"
    ),
}
# What support did by hand, and the rows the pending file meets.
BY_HAND = (
    "ALTER TABLE `VmVO` MODIFY `hostUuid` varchar(64) DEFAULT NULL",
    "DROP INDEX `idxVmVOhostUuid` ON `VmVO`",
    "CREATE TABLE `SupportNoteVO` (`id` int NOT NULL PRIMARY KEY, `note` text) ENGINE=InnoDB",
)
HOSTS = "INSERT INTO `HostVO` (`uuid`, `name`, `managementIp`)"
ROWS = (
    f"{HOSTS} VALUES ('h1', NULL, '10.0.0.1'), ('h2', NULL, '10.0.0.1'), ('h3', 'c', '10.0.0.2'),"
    " ('h4', 'd', '10.0.0.2'), ('h5', 'e', '10.0.0.2'), ('h6', 'f', '10.0.0.3'), ('h7', 'g', NULL), ('h8', 'h', NULL)",
    f"INSERT INTO `VmVO` VALUES ('v1', 'h1', '{'x' * 200}'), ('v2', 'h1', 'short'), ('v3', 'gone', NULL),"
    " ('v4', NULL, NULL)",
    "INSERT INTO `SupportNoteVO` VALUES (1, 'added by support')",
    "UPDATE `HostVO` SET `state` = '50%' WHERE `uuid` IN ('h3', 'h7')",
)
ENGINES = ("local", LOCAL_MYSQL)


def write(root: Path, files: dict[str, str]) -> Path:
    (root / "upgrade").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name if name.startswith("V0.6") else root / "upgrade" / name).write_text(text)
    return root


def zsgate(*args: str | Path, cache: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "ZSGATE_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "zsgate", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=environment, check=False)


def execute(url: URL, *statements: str) -> None:
    engine = sqlalchemy.create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            for sql in statements:
                connection.exec_driver_sql(sql.replace("%", "%%"))  # pymysql formats it
    finally:
        engine.dispose()


def rows_of(root: URL, sql: str) -> list[tuple[object, ...]]:
    engine = sqlalchemy.create_engine(root.set(database=SCHEMA), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.exec_driver_sql(sql)]
    finally:
        engine.dispose()


def state(root: URL) -> dict[str, object]:
    """What must not change: the schema, every table's checksum, the databases, schema_version's rows."""
    database = root.set(database=SCHEMA)
    engine = sqlalchemy.create_engine(database, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            tables = [
                name for name, _ in connection.exec_driver_sql("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")
            ]
            checksums = [tuple(row) for row in connection.exec_driver_sql(f"CHECKSUM TABLE {', '.join(tables)}")]
            return {
                "schema": fingerprint(connection, SCHEMA),
                "checksums": checksums,
                "databases": [tuple(row) for row in connection.exec_driver_sql("SHOW DATABASES")],
                "users": [tuple(row) for row in connection.exec_driver_sql("SELECT user, host FROM mysql.user")],
            }
    finally:
        engine.dispose()


@pytest.fixture(params=ENGINES, ids=engine_id)
def engine(request: pytest.FixtureRequest) -> str:
    require_engine(request.param)
    return request.param


@pytest.fixture
def customer(engine: str, tmp_path: Path) -> Iterator[tuple[URL, URL, Path]]:
    """A server whose `zstack` a replay stopped at 1.0 built; root's URL, a SELECT-only reader's, the history
    with 2.0 added."""
    history = write(tmp_path / "db", RELEASED)
    with open_server(engine) as server:
        root = server.url.set(database=SCHEMA)
        replayed = zsgate("replay", history, "--database", root.render_as_string(hide_password=False), cache=tmp_path)
        assert replayed.returncode == 0, replayed.stderr
        execute(
            server.url,
            f"CREATE USER 'reader'@'localhost' IDENTIFIED BY '{PASSWORD}'",
            f"GRANT SELECT ON `{SCHEMA}`.* TO 'reader'@'localhost'",
        )
        reader = root.set(username="reader", password=PASSWORD)
        yield server.url, reader, write(history, PENDING)


def doctor(
    reader: URL, history: Path, engine: str | None, cache: Path, *options: str
) -> subprocess.CompletedProcess[str]:
    """Doctor's run on ``reader``'s database; ``engine`` None: the one doctor chooses."""
    url = reader.render_as_string(hide_password=False)
    chosen = () if engine is None else ("--engine", engine)
    return zsgate("doctor", history, "--database", url, *chosen, *options, cache=cache)


def test_a_clean_replay_is_ready_on_an_engine_of_the_servers_own_release(
    customer: tuple[URL, URL, Path], engine: str, tmp_path: Path
) -> None:
    """No --engine: the expected schema is replayed on a server like the customer's (the installed MariaDB
    10.11 for MariaDB 10.11, the MySQL 9.7 binary for MySQL 9.7), and the report says which."""
    _, reader, history = customer
    result = doctor(reader, history, None, tmp_path / "cache", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["engine"]["spec"] == engine and "as the server is" in report["engine"]["why"], report["engine"]
    assert ("MySQL 9.7" if engine == LOCAL_MYSQL else "MariaDB 10.11") in report["expected_from"]
    assert report["ready"] and report["version"] == "1.0" and report["drift"] == []
    assert report["pending"] == [{"path": str(history / "upgrade" / "V2.0__schema.sql"), "version": "2.0"}]
    assert [item["rows"] for item in report["prechecks"]] == [0, 0, 0, 0, 0]


def test_a_changed_database_is_not_ready_for_exactly_what_was_done_and_stays_as_it_was(
    customer: tuple[URL, URL, Path], engine: str, tmp_path: Path
) -> None:
    root, reader, history = customer
    execute(root.set(database=SCHEMA), *BY_HAND, *ROWS)
    released = history / "upgrade" / "V1.0__schema.sql"
    released.write_text(released.read_text() + "-- edited after release\n")
    before = state(root)

    result = doctor(reader, history, engine, tmp_path / "cache", "--format", "json")

    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert not report["ready"]
    assert [(item["version"], item["status"]) for item in report["validate"]] == [
        ("1.0", "edited"),
        ("2.0", "unapplied"),
    ]
    assert [(item["object"], item["kind"], item["expected"], item["found"]) for item in report["drift"]] == [
        ("SupportNoteVO", "table", None, "ENGINE=innodb CHARSET=utf8mb4"),
        ("VmVO.hostUuid", "column", "varchar(32) NULL CHARSET utf8mb4", "varchar(64) NULL CHARSET utf8mb4"),
        ("VmVO.idxVmVOhostUuid", "index", "(hostUuid)", None),
    ]
    path = str(history / "upgrade" / "V2.0__schema.sql")
    assert [{key: value for key, value in item.items() if key != "fixed_by"} for item in report["prechecks"]] == [
        {"path": path, "line": 1, "finds": "HostVO.name holds NULL", "rows": 2, "sample": ["uuid='h1'", "uuid='h2'"]},
        {
            "path": path,
            "line": 2,
            "finds": "HostVO (managementIp) has duplicates",
            "rows": 5,
            "sample": ["managementIp='10.0.0.1' (2 rows)", "managementIp='10.0.0.2' (3 rows)"],
        },
        {
            "path": path,
            "line": 3,
            "finds": "VmVO.description holds values longer than 128",
            "rows": 1,
            "sample": ["uuid='v1'"],
        },
        {
            "path": path,
            "line": 4,
            "finds": "HostVO.state holds a removed ENUM member",
            "rows": 2,
            "sample": ["uuid='h3'", "uuid='h7'"],
        },
        {
            "path": path,
            "line": 5,
            "finds": "VmVO (hostUuid) holds values HostVO (uuid) does not",
            "rows": 1,
            "sample": ["uuid='v3'"],
        },
    ]
    assert {item["fixed_by"] for item in report["prechecks"]} == {None}
    assert report["not_checked"] == []
    narrowing = {"path": path, "line": 3, "table": "VmVO", "operation": "narrow-type", "algorithm": "copy"}
    assert [{key: item[key] for key in narrowing} for item in report["blocking"] if item["line"] == 3] == [narrowing]
    assert state(root) == before
    for output in ("text", "markdown"):
        shown = doctor(reader, history, engine, tmp_path / "cache", "--format", output)
        assert shown.returncode == 1 and "NOT READY" in shown.stdout
        assert PASSWORD not in shown.stdout + shown.stderr
    assert PASSWORD not in result.stdout + result.stderr
    assert state(root) == before


def test_a_cut_precheck_is_not_checked_and_no_schema_version_cannot_run(
    customer: tuple[URL, URL, Path], engine: str, tmp_path: Path
) -> None:
    root, reader, history = customer
    digits = "(SELECT 0 AS d UNION ALL " + " UNION ALL ".join(f"SELECT {n}" for n in range(1, 10)) + ")"
    many = ", ".join(f"{digits} AS {name}" for name in "abcde")  # 100,000 rows
    execute(
        root.set(database=SCHEMA),
        f"{HOSTS} SELECT CONCAT('h', a.d, b.d, c.d, d.d, e.d), NULL, NULL FROM {many}",
    )
    result = doctor(reader, history, engine, tmp_path / "cache", "--format", "json", "--max-statement-time", "0.001")
    report = json.loads(result.stdout)
    assert result.returncode == 1
    path = history / "upgrade" / "V2.0__schema.sql"
    over_hosts = (
        "1: HostVO.name holds NULL",
        "2: HostVO (managementIp) has duplicates",
        "4: HostVO.state holds a removed ENUM member",
    )
    cut = [item["what"] for item in report["not_checked"]]
    assert {f"{path}:{what}" for what in over_hosts} <= set(cut)  # VmVO is empty: its counts may end in time
    assert {item["reason"] for item in report["not_checked"]} == {"cut by --max-statement-time"}
    assert len(cut) + len(report["prechecks"]) == 5 and all(item["rows"] == 0 for item in report["prechecks"])
    missing = doctor(root.set(database="mysql"), history, engine, tmp_path / "cache")
    assert missing.returncode == 2 and "schema_version" in missing.stderr, missing.stderr


def test_a_version_run_out_of_order_and_a_failed_one_are_reported(engine: str, tmp_path: Path) -> None:
    history = write(tmp_path / "db", {**RELEASED, "V1.5__schema.sql": "ALTER TABLE `VmVO` ADD COLUMN `cpuNum` int;\n"})
    (history / "upgrade" / "V1.0__schema.sql").unlink()
    with open_server(engine) as server:
        root = server.url.set(database=SCHEMA).render_as_string(hide_password=False)
        assert zsgate("replay", history, "--database", root, cache=tmp_path).returncode == 0
        write(
            history,
            {"V1.0__schema.sql": RELEASED["V1.0__schema.sql"], "V1.7__schema.sql": "ALTER TABLE `NoVO` DROP `x`;\n"},
        )
        assert zsgate("replay", history, "--database", root, cache=tmp_path).returncode == 1  # 1.0 runs, 1.7 fails
        result = zsgate("doctor", history, "--database", root, "--engine", engine, "--format", "json", cache=tmp_path)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert (report["version"], report["out_of_order"], report["drift"]) == ("1.5", ["1.0"], [])
    assert [(item["version"], item["status"]) for item in report["validate"]] == [("1.7", "failed")]
    assert [item["version"] for item in report["pending"]] == ["1.7"]
    assert report["reasons"] == ["schema_version: failed 1.7 (its migration failed): Flyway will not migrate"]


def test_no_history_and_no_server_cannot_run(tmp_path: Path) -> None:
    url = f"mysql://reader:{PASSWORD}@127.0.0.1:1/zstack"
    (tmp_path / "empty").mkdir()
    empty = zsgate("doctor", tmp_path / "empty", "--database", url, cache=tmp_path)
    assert empty.returncode == 2 and "no V<version>__*.sql files" in empty.stderr, empty.stderr
    away = zsgate("doctor", write(tmp_path / "db", RELEASED), "--database", url, cache=tmp_path)
    assert away.returncode == 2 and "zsgate: error: cannot connect to" in away.stderr, away.stderr
    assert PASSWORD not in empty.stderr + away.stderr + away.stdout and "Traceback" not in away.stderr


FIXES_ITS_ROWS = (
    "UPDATE `HostVO` SET `name` = '' WHERE `name` IS NULL;\n"
    "DELETE h1 FROM `HostVO` h1 JOIN `HostVO` h2 ON h1.`managementIp` = h2.`managementIp` AND h1.`uuid` > h2.`uuid`;\n"
    "ALTER TABLE `HostVO` MODIFY `name` varchar(255) NOT NULL;\n"
    "ALTER TABLE `HostVO` ADD UNIQUE KEY `ukHostVOmanagementIp` (`managementIp`);\n"
)
FIXES_TOO_LATE = (
    "ALTER TABLE `VmVO` MODIFY `description` varchar(128) DEFAULT NULL;\n"
    "UPDATE `VmVO` SET `description` = LEFT(`description`, 128);\n"
)


def test_rows_a_pending_file_fixes_before_its_change_do_not_count_and_the_upgrade_proves_it(
    customer: tuple[URL, URL, Path], engine: str, tmp_path: Path
) -> None:
    """2.0 sets NULL names to '' and deletes duplicate addresses before its NOT NULL and UNIQUE: fixed by the
    file, not a reason. 2.1 cuts descriptions after narrowing them: too late, a reason. The server agrees: the
    upgrade runs 2.0 and fails on 2.1."""
    root, reader, history = customer
    upgrade = history / "upgrade"
    (upgrade / "V2.0__schema.sql").write_text(FIXES_ITS_ROWS)
    (upgrade / "V2.1__schema.sql").write_text(FIXES_TOO_LATE)
    execute(root.set(database=SCHEMA), ROWS[0], ROWS[1])

    result = doctor(reader, history, None, tmp_path / "cache", "--format", "json")

    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    found = [(Path(item["path"]).name, item["line"], item["rows"], item["fixed_by"]) for item in report["prechecks"]]
    assert found == [
        ("V2.0__schema.sql", 3, 2, "the file at line 1"),
        ("V2.0__schema.sql", 4, 5, "the file at line 2"),
        ("V2.1__schema.sql", 1, 1, None),
    ]
    assert report["reasons"] == [
        f"{upgrade / 'V2.1__schema.sql'}:1: VmVO.description holds values longer than 128: 1 row"
    ]
    markdown = doctor(reader, history, None, tmp_path / "cache", "--format", "markdown")
    assert "2 (fixed by the file at line 1)" in markdown.stdout, markdown.stdout

    upgraded = zsgate(
        "replay", history, "--database", root.set(database=SCHEMA).render_as_string(hide_password=False), cache=tmp_path
    )
    assert upgraded.returncode == 1, upgraded.stdout + upgraded.stderr
    assert rows_of(
        root, "SELECT version, success FROM schema_version WHERE version >= '2' ORDER BY installed_rank"
    ) == [("2.0", 1), ("2.1", 0)]


def test_a_change_to_a_column_support_altered_is_not_checked_and_the_server_agrees(
    customer: tuple[URL, URL, Path], engine: str, tmp_path: Path
) -> None:
    """History: VmVO.hostUuid is varchar(32), so 2.0's varchar(48) widens it and has no precheck. Support made
    it varchar(64) and a row holds 60 characters: on this server 2.0 narrows. Doctor does not read the change
    against the history's definition: it says why it could not check it, and the upgrade does fail there."""
    root, reader, history = customer
    pending = history / "upgrade" / "V2.0__schema.sql"
    pending.write_text("ALTER TABLE `VmVO` MODIFY `hostUuid` varchar(48) DEFAULT NULL;\n")
    execute(root.set(database=SCHEMA), BY_HAND[0], f"INSERT INTO `VmVO` VALUES ('v1', '{'h' * 60}', NULL)")

    result = doctor(reader, history, None, tmp_path / "cache", "--format", "json")

    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["prechecks"] == [] and report["prechecks_on_new_tables"] == []
    assert report["not_checked"] == [
        {
            "what": f"{pending}:1",
            "reason": "VmVO.hostUuid is varchar(64) NULL CHARSET utf8mb4 on the server where the history leaves"
            " varchar(32) NULL CHARSET utf8mb4: the change was read against the history's definition",
        }
    ]
    upgraded = zsgate(
        "replay", history, "--database", root.set(database=SCHEMA).render_as_string(hide_password=False), cache=tmp_path
    )
    assert upgraded.returncode == 1 and "V2.0__schema.sql:1" in upgraded.stdout + upgraded.stderr, upgraded.stdout


def test_a_terminal_sees_the_replay_and_the_prechecks_and_the_output_is_the_same_as_without_one(
    customer: tuple[URL, URL, Path], engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, reader, history = customer
    monkeypatch.setenv("ZSGATE_CACHE_DIR", str(tmp_path / "cache"))
    command = [sys.executable, "-m", "zsgate", "doctor", history, "--database"]
    command += [reader.render_as_string(hide_password=False), "--format", "json"]
    code, stdout, terminal = run_with_terminal_stderr(list(map(str, command)))
    assert code == 0, stdout + terminal.decode(errors="replace")
    assert b"for the expected schema" in terminal and b"precheck: " in terminal, terminal
    assert PASSWORD.encode() not in terminal and "\x1b" not in stdout
    piped = subprocess.run(list(map(str, command)), capture_output=True, text=True, check=False)
    assert piped.returncode == 0 and piped.stderr == ""
    unfigured = [{**json.loads(output), "seconds": 0, "expected_from": ""} for output in (stdout, piped.stdout)]
    assert unfigured[0] == unfigured[1]  # the second run's expected schema is the cache's
