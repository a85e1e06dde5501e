"""`zsgate replay`: a history applied as Flyway 3.2.1's migrate applies it, schema_version included."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pymysql
import pytest

from zsgate.history.flyway import HistoryError, flyway_checksum, read_history


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", "replay", *map(str, args)], capture_output=True, text=True)


def write_history(root: Path, files: dict[str, str]) -> Path:
    """A conf/db tree: `V0.6__schema.sql` at the top, the rest in upgrade/."""
    (root / "upgrade").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name if name.startswith("V0.6") else root / "upgrade" / name).write_bytes(text.encode())
    return root


@pytest.fixture
def database(running_server_url: str) -> Iterator[tuple[str, pymysql.Connection]]:
    """A uniquely named, empty database on the machine's server (as ZStack's installer leaves `zstack`
    before `flyway migrate`), always dropped; its URL and a connection to it."""
    name = f"zsgate_replay_{uuid.uuid4().hex[:12]}"
    admin = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", autocommit=True)
    admin.cursor().execute(f"CREATE DATABASE `{name}`")
    try:
        connection = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", database=name)
        yield f"mysql://root@127.0.0.1:3306/{name}", connection
        connection.close()
    finally:
        admin.cursor().execute(f"DROP DATABASE IF EXISTS `{name}`")
        admin.close()


def schema_version(connection: pymysql.Connection) -> list[tuple[object, ...]]:
    connection.commit()  # see what the other sessions committed
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT version_rank, installed_rank, version, description, type, script, checksum, installed_by,"
            " success FROM schema_version ORDER BY installed_rank"
        )
        return list(cursor.fetchall())


# A small history in ZStack's style: the first file makes the table, a later one adds to it.
BASE = {
    "V0.6__schema.sql": "CREATE TABLE `HostVO` (`uuid` varchar(32) NOT NULL UNIQUE) ENGINE=InnoDB;\n",
    "V0.7__schema.sql": "ALTER TABLE `HostVO` ADD COLUMN `name` varchar(255) DEFAULT NULL;\n",
    "V1.10__add_cpu_info.sql": "ALTER TABLE `HostVO` ADD COLUMN `cpuNum` int(10) unsigned DEFAULT 0;\n",
    "V1.9__schema.sql": "CREATE TABLE `ZoneVO` (`uuid` varchar(32) NOT NULL UNIQUE) ENGINE=InnoDB;\n",
}


class TestHistory:
    def test_the_order_and_names_are_flyways(self, tmp_path: Path) -> None:
        """SqlMigrationResolver + MigrationVersion: numeric order, `_` as space, callbacks by event name."""
        write_history(tmp_path, {**BASE, "beforeMigrate.sql": "", "beforeValidate.sql": "", "notes.sql": ""})
        (tmp_path / "V0.6__schema_buildin_httpserver.sql").write_text("")  # the installer does not copy it
        history = read_history(tmp_path)
        assert [(m.version, m.description, m.script) for m in history.migrations] == [
            ("0.6", "schema", "V0.6__schema.sql"),
            ("0.7", "schema", "V0.7__schema.sql"),
            ("1.9", "schema", "V1.9__schema.sql"),
            ("1.10", "add cpu info", "V1.10__add_cpu_info.sql"),
        ]
        assert sorted(history.callbacks) == ["beforeMigrate", "beforeValidate"]

    def test_checksum_is_crc32_of_the_bytes_as_a_signed_int(self) -> None:
        """SqlMigrationResolver.calculateChecksum: `(int) crc32.getValue()`, over bytes, CR and BOM included."""
        assert flyway_checksum(b"") == 0
        # the values java.util.zip.CRC32 gives, cast to int as Flyway casts it
        assert flyway_checksum(b"SELECT 1;") == 78787420
        assert flyway_checksum(b"SELECT 8;") == -714045419  # 3580921877 unsigned
        assert flyway_checksum(b"SELECT 1;\r\n") != flyway_checksum(b"SELECT 1;\n")

    def test_checksums_equal_the_ones_zstack_ships(self, corpus: Path) -> None:
        """ZStack's beforeValidate.sql resets edited files' checksums to the values Flyway computes now."""
        shipped = re.findall(
            r"set `checksum`=(-?\d+)\s+where `script`='([^']+)'",
            (corpus / "upgrade" / "beforeValidate.sql").read_text(),
        )
        scripts = {migration.script: migration.checksum for migration in read_history(corpus).migrations}
        assert len(shipped) == 16
        assert {script: int(checksum) for checksum, script in shipped} == {
            script: scripts[script] for _, script in shipped
        }

    def test_two_files_with_one_version_are_refused(self, tmp_path: Path) -> None:
        write_history(tmp_path, {**BASE, "V1.9.0__other.sql": ""})
        with pytest.raises(HistoryError, match="more than one migration with version 1.9"):
            read_history(tmp_path)


def test_zstacks_history_replays_as_flyway_on_mariadb_and_stops_on_mysql_where_lint_says(
    engine: str, corpus: Path
) -> None:
    """Run as the account limited to `zstack` that every upgrade gets (engines/account.py), as ZStack's own:
    MariaDB takes the whole history; MySQL 8+ refuses the baseline's column `system` (reserved since 8.0.3),
    the first finding of `zsgate lint --target mysql-9.7 --select reserved-word` on the corpus."""
    result = run(corpus, "--engine", engine, "--format", "json")
    report = json.loads(result.stdout)
    if "MariaDB" in report["server_version"]:
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr
        migrations = [file for file in report["files"] if file["version"]]
        assert report["ok"] and len(migrations) == 155
        assert sum(file["statements"] for file in report["files"]) == 2769
        assert report["tables"] == 640  # as the mariadb client leaves it (639), and Flyway's schema_version
    else:
        assert result.returncode == 1, result.stdout[-2000:] + result.stderr
        failed = [file for file in report["files"] if file["error"]]
        assert failed == report["files"][-1:], "it stops at the first error"
        assert failed[0]["error"].startswith(f"{corpus / 'V0.6__schema.sql'}:1330: ")
        assert "near 'system" in failed[0]["error"] and "(error 1064)" in failed[0]["error"]


def test_schema_version_is_written_as_flyway_writes_it(
    database: tuple[str, pymysql.Connection], tmp_path: Path
) -> None:
    url, connection = database
    history = write_history(tmp_path, BASE)
    result = run(history, "--database", url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("replayed 4 of 4 migrations")
    checksums = {m.script: m.checksum for m in read_history(history).migrations}
    assert schema_version(connection) == [
        (1, 1, "0.6", "schema", "SQL", "V0.6__schema.sql", checksums["V0.6__schema.sql"], "root", 1),
        (2, 2, "0.7", "schema", "SQL", "V0.7__schema.sql", checksums["V0.7__schema.sql"], "root", 1),
        (3, 3, "1.9", "schema", "SQL", "V1.9__schema.sql", checksums["V1.9__schema.sql"], "root", 1),
        (
            4,
            4,
            "1.10",
            "add cpu info",
            "SQL",
            "V1.10__add_cpu_info.sql",
            checksums["V1.10__add_cpu_info.sql"],
            "root",
            1,
        ),
    ]
    with connection.cursor() as cursor:  # createMetaDataTable.sql's keys
        cursor.execute("SHOW INDEX FROM schema_version")
        assert {row[2] for row in cursor.fetchall()} == {
            "PRIMARY", "schema_version_vr_idx", "schema_version_ir_idx", "schema_version_s_idx",
        }  # fmt: skip
    again = run(history, "--database", url)
    assert again.returncode == 0 and "replayed 0 of 0 migrations, 4 already applied" in again.stdout


def test_a_failed_version_is_recorded_and_a_repaired_run_goes_on(
    database: tuple[str, pymysql.Connection], tmp_path: Path
) -> None:
    url, connection = database
    history = write_history(tmp_path, {**BASE, "V0.7__schema.sql": "\nALTER TABLE `NoSuchVO` ADD `x` INT;\n"})
    first = run(history, "--database", url)
    assert first.returncode == 1
    assert f"error: {history / 'upgrade' / 'V0.7__schema.sql'}:2: Table" in first.stderr
    assert [(row[2], row[8]) for row in schema_version(connection)] == [("0.6", 1), ("0.7", 0)]
    refused = run(history, "--database", url)  # DbMigrate: "contains a failed migration to version 0.7"
    assert refused.returncode == 1 and "refused: V0.7__schema.sql: version 0.7 failed" in refused.stderr
    (history / "upgrade" / "V0.7__schema.sql").write_text(BASE["V0.7__schema.sql"])
    repaired = run(history, "--database", url, "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert "replayed 3 of 3 migrations, 1 already applied" in repaired.stdout
    assert [(row[1], row[2], row[8]) for row in schema_version(connection)] == [
        (1, "0.6", 1), (2, "0.7", 1), (3, "1.9", 1), (4, "1.10", 1),
    ]  # fmt: skip


def test_a_placeholder_fails_its_migration_as_in_flyway(
    database: tuple[str, pymysql.Connection], tmp_path: Path
) -> None:
    """SqlMigrationExecutor reads the script when it runs it: PlaceholderReplacer refuses, the row says failed."""
    url, connection = database
    history = write_history(tmp_path, {**BASE, "V0.7__schema.sql": "UPDATE `HostVO` SET `uuid` = '${uuid}';\n"})
    result = run(history, "--database", url)
    assert result.returncode == 1 and "${uuid} is a placeholder" in result.stderr
    assert [(row[2], row[8]) for row in schema_version(connection)] == [("0.6", 1), ("0.7", 0)]


def test_a_schema_built_without_flyway_is_refused(database: tuple[str, pymysql.Connection], tmp_path: Path) -> None:
    """Flyway.migrate: "Found non-empty schema without metadata table! Use baseline() ..."."""
    url, connection = database
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE `HostVO` (`uuid` varchar(32))")
    result = run(write_history(tmp_path, BASE), "--database", url)
    assert result.returncode == 1
    assert "refused: untracked: 1 tables but no schema_version" in result.stderr


def test_validate_reports_edited_missing_and_unapplied(
    database: tuple[str, pymysql.Connection], tmp_path: Path
) -> None:
    url, _ = database
    history = write_history(tmp_path, BASE)
    assert run(history, "--database", url).returncode == 0
    assert run(history, "--database", url, "--validate").returncode == 0
    (history / "upgrade" / "V0.7__schema.sql").write_text(BASE["V0.7__schema.sql"] + "-- edited after release\n")
    (history / "upgrade" / "V1.9__schema.sql").unlink()
    (history / "upgrade" / "V2.0__schema.sql").write_text("SELECT 1;\n")
    result = run(history, "--database", url, "--validate")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split(": ")[:2] for line in lines[:-1]] == [
        ["V0.7__schema.sql", "version 0.7 edited"],
        ["V1.9__schema.sql", "version 1.9 missing"],
        ["V2.0__schema.sql", "version 2.0 unapplied"],
    ]
    assert lines[-1].startswith("3 discrepancies against schema_version in mysql+pymysql://root@127.0.0.1:3306/")


def test_replay_stops_at_the_first_error_naming_file_and_line(mariadb_binaries: None, tmp_path: Path) -> None:
    write_history(tmp_path, {**BASE, "V0.7__schema.sql": "\nALTER TABLE `B` ADD COLUMN `x` INT;\n"})
    result = run(tmp_path)
    assert result.returncode == 1
    assert f"error: {tmp_path / 'upgrade' / 'V0.7__schema.sql'}:2: Table 'zstack.B' doesn't exist" in result.stderr
    assert result.stdout.startswith("stopped after 1 of 4 migrations")


def test_a_folder_without_a_history_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result.returncode == 2 and "no V<version>__*.sql files" in result.stderr


def test_validate_needs_a_database(tmp_path: Path) -> None:
    result = run(write_history(tmp_path, BASE), "--validate")
    assert result.returncode == 2 and "need --database" in result.stderr


def test_a_database_name_with_a_backtick_and_a_percent_sign_is_quoted(running_server_url: str, tmp_path: Path) -> None:
    """Issue 13 (15): the name reaches schema_version's CREATE TABLE quoted, not as a raw 1064."""
    name = f"zsgate_replay_{uuid.uuid4().hex[:8]}`x%"
    admin = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", autocommit=True)
    quoted = "`" + name.replace("`", "``") + "`"
    admin.cursor().execute(f"CREATE DATABASE {quoted}")
    try:
        result = run(write_history(tmp_path, BASE), "--database", f"mysql://root@127.0.0.1:3306/{quote(name)}")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("replayed 4 of 4 migrations")
        with admin.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {quoted}.`schema_version`")
            assert cursor.fetchone() == (4,)
    finally:
        admin.cursor().execute(f"DROP DATABASE IF EXISTS {quoted}")
        admin.close()


# Each migration waits a little before it changes the schema: concurrent runs that do not exclude each
# other all start it, and all but one fail on what the first did.
SLOW = {name: f"DO SLEEP(0.3);\n{sql}" for name, sql in BASE.items()}


def test_concurrent_runs_on_one_database_take_turns(database: tuple[str, pymysql.Connection], tmp_path: Path) -> None:
    """DbMigrate locks schema_version around each migration: four runs at once apply each version once."""
    url, connection = database
    history = write_history(tmp_path, SLOW)
    command = [sys.executable, "-m", "zsgate", "replay", str(history), "--database", url, "--format", "json"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [(process.wait(), *process.communicate()) for process in runs]
    assert [code for code, _, _ in results] == [0, 0, 0, 0], results
    applied = [file["version"] for _, out, _ in results for file in json.loads(out)["files"] if file["version"]]
    assert sorted(applied) == ["0.6", "0.7", "1.10", "1.9"], "each version ran once, in one of the runs"
    assert [(row[2], row[8]) for row in schema_version(connection)] == [
        ("0.6", 1), ("0.7", 1), ("1.9", 1), ("1.10", 1),
    ]  # fmt: skip
    again = run(history, "--database", url)
    assert again.returncode == 0 and "4 already applied" in again.stdout, again.stderr


def test_a_migrator_holding_schema_version_makes_replay_refuse_without_running_anything(
    database: tuple[str, pymysql.Connection], tmp_path: Path
) -> None:
    """Another migrator (Flyway's own lock statement) holds the rows beyond innodb_lock_wait_timeout."""
    url, connection = database
    history = write_history(tmp_path, {"V0.6__schema.sql": BASE["V0.6__schema.sql"]})
    assert run(history, "--database", url).returncode == 0
    write_history(history, BASE)
    flyway = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", database=url.rsplit("/", 1)[1])
    try:
        flyway.begin()
        flyway.cursor().execute("SELECT * FROM schema_version FOR UPDATE")  # MySQLTable.doLock
        impatient = f"{url}?init_command=SET+SESSION+innodb_lock_wait_timeout%3D1"
        refused = run(history, "--database", impatient)
    finally:
        flyway.rollback()
        flyway.close()
    assert refused.returncode == 2, refused.stdout + refused.stderr
    name = url.rsplit("/", 1)[1]
    assert refused.stderr == (
        f"zsgate: error: another migrator holds `{name}`.`schema_version` on 127.0.0.1:3306 (waited 1 s, the"
        " server's innodb_lock_wait_timeout); run again once it is done\n"
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW COLUMNS FROM `HostVO`")
        assert [row[0] for row in cursor.fetchall()] == ["uuid"], "a migration ran without the lock"
    assert [(row[2], row[8]) for row in schema_version(connection)] == [("0.6", 1)]
    after = run(history, "--database", url)
    assert after.returncode == 0 and "replayed 3 of 3 migrations, 1 already applied" in after.stdout, after.stderr


def test_a_history_that_names_zstack_is_refused_on_another_database(
    database: tuple[str, pymysql.Connection], corpus: Path
) -> None:
    """ZStack's files write into `zstack`.`...` whatever database the URL names: refused, nothing written."""
    url, connection = database
    name = url.rsplit("/", 1)[1]
    result = run(corpus, "--database", url)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith(f"zsgate: error: {corpus / 'upgrade' / 'beforeMigrate.sql'}:")
    assert f"names the `zstack` database itself, so replaying into `{name}` would write into both" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    with connection.cursor() as cursor:
        cursor.execute("SHOW TABLES")
        assert cursor.fetchall() == ()


@pytest.mark.parametrize(
    ("name", "column"),
    [(f"V1.{'1.' * 30}1__x.sql", "version"), (f"V1.1__{'d' * 201}.sql", "description")],
    ids=["version over 50", "description over 200"],
)
def test_a_migration_schema_version_cannot_record_is_refused_before_anything_runs(
    database: tuple[str, pymysql.Connection], tmp_path: Path, name: str, column: str
) -> None:
    """Flyway 3.2.1 would run the file, then fail to insert its row ("Data too long"): not recorded, run again."""
    url, connection = database
    history = write_history(tmp_path, {**BASE, name: "CREATE TABLE `Unrecorded` (`id` INT);\n"})
    result = run(history, "--database", url)
    assert result.returncode == 2, result.stdout + result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"zsgate: error: {history / 'upgrade' / name}: its {column} is ")
    assert f"schema_version's `{column}` column: Flyway would run the file, then fail to record it" in line
    with connection.cursor() as cursor:
        cursor.execute("SHOW TABLES")
        assert cursor.fetchall() == ()
