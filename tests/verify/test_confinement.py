"""An upgrade file is untrusted input: run by `zsgate verify` or `zsgate replay`, it cannot write files
outside its server, load a plugin or reach another server, whichever engine runs it.

Each attack here wrote a file or another server's row as the user running zsgate before upgrade files ran
as an account limited to `zstack` on a confined server. Each is proven harmless from outside the server:
the file on disk, the directory, the other server's table. The victims are world-writable, so what stops
the attack is zsgate's confinement, not the permissions of the test's own files.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pymysql
import pytest

from tests.conftest import LOCAL_MARIADB_11_8, LOCAL_MYSQL, STUB_MODELS

FAMILY = {
    "local": "mariadb",
    LOCAL_MYSQL: "mysql",
    LOCAL_MARIADB_11_8: "mariadb",
    "docker:mysql-9.7": "mysql",
    "docker:mariadb-10.11": "mariadb",
    "docker:mariadb-11.8": "mariadb",
}
SCRIPT = "#!/bin/sh\necho harmless\n"
SHELL_LINE = "touch /tmp/zsgate-confinement-pwned"  # what the attacks try to append to the script


@dataclasses.dataclass(frozen=True)
class Victims:
    """What the attacks aim at: a script and a directory anyone may write, a table on another server."""

    directory: Path
    script: Path
    database: str  # on 127.0.0.1:3306: table `t`, one row (1, 'untouched')

    def harm(self) -> list[str]:
        """What an attack changed; empty when nothing."""
        changed = [] if self.script.read_text() == SCRIPT else [f"{self.script} now reads {self.script.read_text()!r}"]
        changed += [f"{path} was created" for path in self.directory.iterdir() if path != self.script]
        rows = _victim_rows(self.database)
        return changed + ([] if rows == [(1, "untouched")] else [f"{self.database}.t now holds {rows}"])


@dataclasses.dataclass(frozen=True)
class Attack:
    name: str
    families: tuple[str, ...]
    sql: Callable[[Victims], str]
    refusal: dict[str, tuple[int, str] | None]  # per family: the line the server refuses and its words, or
    # None where the server takes the statement and ignores the dangerous part (MariaDB's DATA DIRECTORY)


ATTACKS = [
    Attack(
        "general-log-appends-to-a-script",
        ("mariadb", "mysql"),
        lambda v: (
            f"SET GLOBAL general_log_file = '{v.script}';\nSET GLOBAL general_log = 1;\nSELECT 'x\n{SHELL_LINE}';\n"
        ),
        {
            "mariadb": (1, "Access denied; you need (at least one of) the SUPER privilege(s)"),
            "mysql": (1, "Access denied; you need (at least one of) the SUPER or SYSTEM_VARIABLES_ADMIN"),
        },
    ),
    Attack(
        "audit-plugin-appends-to-a-script",
        ("mariadb",),
        lambda v: (
            f"INSTALL SONAME 'server_audit';\nSET GLOBAL server_audit_file_path = '{v.script}';\n"
            f"SET GLOBAL server_audit_logging = ON;\nSELECT 'x\n{SHELL_LINE}';\n"
        ),
        {"mariadb": (1, "INSERT command denied to user 'zstack'")},
    ),
    Attack(
        "data-directory-creates-files-anywhere",
        ("mariadb", "mysql"),
        lambda v: (
            f"CREATE TABLE `LeakVO` (`id` INT) ENGINE=InnoDB DATA DIRECTORY = '{v.directory}';\n"
            f"CREATE TABLE `LeakEO` (`id` INT) ENGINE=MyISAM DATA DIRECTORY = '{v.directory}'"
            f" INDEX DIRECTORY = '{v.directory}';\n"
        ),
        {"mariadb": None, "mysql": (1, "Access denied for user 'zstack'")},
    ),
    Attack(
        "federated-table-writes-another-server",
        ("mariadb",),
        lambda v: (
            "INSTALL SONAME 'ha_federatedx';\n"
            "CREATE TABLE `RemoteVO` (`id` INT PRIMARY KEY, `note` VARCHAR(32)) ENGINE=FEDERATED"
            f" CONNECTION='mysql://root@127.0.0.1:3306/{v.database}/t';\n"
            "UPDATE `RemoteVO` SET `note` = 'written';\nINSERT INTO `RemoteVO` VALUES (2, 'added');\n"
        ),
        {"mariadb": (1, "INSERT command denied to user 'zstack'")},
    ),
    Attack(
        "clone-plugin-copies-the-server-anywhere",
        ("mysql",),
        lambda v: (
            f"INSTALL PLUGIN clone SONAME 'mysql_clone.so';\nCLONE LOCAL DATA DIRECTORY = '{v.directory}/copy';\n"
        ),
        {"mysql": (1, "INSERT command denied to user 'zstack'")},
    ),
]


@pytest.fixture
def victims(running_server_url: str) -> Iterator[Victims]:
    directory = Path(tempfile.mkdtemp(prefix="zsgate-victim-", dir="/tmp"))
    directory.chmod(0o777)
    script = directory / "existing.sh"
    script.write_text(SCRIPT)
    script.chmod(0o666)
    database = f"zsgate_victim_{uuid.uuid4().hex[:12]}"
    with _victim_server() as connection, connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{database}`")
        cursor.execute(f"CREATE TABLE `{database}`.t (id INT PRIMARY KEY, note VARCHAR(32))")
        cursor.execute(f"INSERT INTO `{database}`.t VALUES (1, 'untouched')")
    try:
        yield Victims(directory, script, database)
    finally:
        shutil.rmtree(directory)
        with _victim_server() as connection, connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{database}`")


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda attack: attack.name)
@pytest.mark.parametrize("command", ["verify", "replay"])
def test_an_upgrade_file_cannot_reach_beyond_zstack(
    engine: str, attack: Attack, command: str, victims: Victims, tmp_path: Path
) -> None:
    family = FAMILY[engine]
    if family not in attack.families:
        pytest.skip(f"{attack.name} is a {' and '.join(attack.families)} attack")
    upgrade = _history(tmp_path) / "V0.6__schema.sql" if command == "replay" else tmp_path / "V5.5.28__schema.sql"
    upgrade.write_text(attack.sql(victims))
    if command == "verify":
        result = _zsgate(
            "verify", "--models", STUB_MODELS, "--sql", upgrade, "--no-resume", "--engine", engine, "--format", "json"
        )
        problems = json.loads(result.stdout)["checks"][0]["problems"]
    else:
        result = _zsgate("replay", upgrade.parent, "--engine", engine, "--format", "json")
        problems = [file["error"] for file in json.loads(result.stdout)["files"] if file["error"]]

    assert victims.harm() == []
    refusal = attack.refusal[family]
    if refusal is None:  # the server took the statement without its dangerous part: the upgrade applies
        assert problems == [], problems
    else:  # a failed check naming the file, the line and the server's words; not a run that could not happen
        line, words = refusal
        assert result.returncode == 1, result.stderr
        assert problems and problems[0].startswith(f"{upgrade}:{line}: {words}"), problems


def _history(root: Path) -> Path:
    """A conf/db folder: the attack goes into its V0.6__schema.sql."""
    (root / "db" / "upgrade").mkdir(parents=True)
    return root / "db"


def _zsgate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", *map(str, args)], capture_output=True, text=True)


def _victim_server() -> pymysql.Connection:
    return pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", autocommit=True)


def _victim_rows(database: str) -> list[tuple[object, ...]]:
    with _victim_server() as connection, connection.cursor() as cursor:
        cursor.execute(f"SELECT id, note FROM `{database}`.t ORDER BY id")
        return [tuple(row) for row in cursor.fetchall()]
