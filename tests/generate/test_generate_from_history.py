"""Generation as a diff, proven on servers: each kind of model change against a hand-written history gives a
release that, run by the plain client after that history on a server holding rows, leaves what plain
SQLAlchemy `create_all` of the models leaves, keeps (and backfills) the rows, re-runs as a no-op, resumes after
any statement, and whose rollback returns to the history's schema."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import Connection, MetaData
from sqlalchemy.pool import NullPool

from tests.conftest import LOCAL_MYSQL, engine_id, require_engine
from tests.generate.history import HISTORY, SEED, models_text, write_history
from tests.servers import client_command
from zsgate.checks.replay.released import released_differences
from zsgate.checks.replay.run import migrate_database
from zsgate.compare.fingerprint import Fingerprint, fingerprint
from zsgate.engines import SCHEMA, Server, open_server
from zsgate.engines.execute import apply, load
from zsgate.generate.files import release_from_history
from zsgate.history import metadata_table
from zsgate.history.helpers import SQL as HELPERS_SQL
from zsgate.schema.loading import load_metadata

ENGINES = ("local", LOCAL_MYSQL)
EXPECTED = "zsgate_expected"

Case = tuple[tuple[tuple[str, str], ...], str | None, str | None]
"""The models' edits; a query whose rows must read as the next item says after the upgrade (or None)."""

CASES: dict[str, Case] = {
    "add-column": (
        (
            (
                '    Column("description", String(2048)),\n',
                '    Column("description", String(2048)),\n    Column("memory", Integer, server_default="1"),\n',
            ),
        ),
        "SELECT `memory` FROM `VmVO` ORDER BY `uuid`",
        "[(1,), (1,)]",
    ),
    "add-column-on-update": (
        (
            (
                '    Column("description", String(2048)),\n',
                '    Column("description", String(2048)),\n    Column("lastOpDate", TIMESTAMP, nullable=True,'
                ' server_default=text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"), comment="last change"),\n',
            ),
            ("from sqlalchemy import UniqueConstraint", "from sqlalchemy import TIMESTAMP, UniqueConstraint, text"),
        ),
        "SELECT COUNT(`lastOpDate`) FROM `VmVO`",
        "[(2,)]",
    ),
    "drop-column": (
        (
            (
                '    Column("description", String(2048)),\n',
                '    info={"dropped": {"description": "moved to VmDescriptionVO"}},\n',
            ),
        ),
        "SELECT `uuid` FROM `VmVO` ORDER BY `uuid`",
        "[('v1',), ('v2',)]",
    ),
    "rename-column": (
        (
            (
                'Column("description", String(2048))',
                'Column("note", String(2048), info={"renamed_from": "description"})',
            ),
        ),
        "SELECT `note` FROM `VmVO` ORDER BY `uuid`",
        "[('first vm',), (None,)]",
    ),
    "widen-length": (
        (('Column("name", String(512)', 'Column("name", String(1024)'),),
        "SELECT `name` FROM `HostEO` ORDER BY `uuid`",
        "[('host one',), ('host two',)]",
    ),
    "text-type": (
        (('Column("description", String(2048))', 'Column("description", Text)'),),
        "SELECT `description` FROM `VmVO` ORDER BY `uuid`",
        "[('first vm',), (None,)]",
    ),
    "unsigned-to-bigint": (
        (
            ('INTEGER(unsigned=True), server_default="0"', 'BIGINT(unsigned=True), server_default="0"'),
            ("from sqlalchemy.dialects.mysql import INTEGER", "from sqlalchemy.dialects.mysql import BIGINT, INTEGER"),
        ),
        "SELECT `cpuNum` FROM `HostEO` ORDER BY `uuid`",
        "[(4,), (8,)]",
    ),
    "not-null-backfilled": (
        (('Column("state", String(32))', 'Column("state", String(32), nullable=False, server_default="Disabled")'),),
        "SELECT `state` FROM `HostEO` ORDER BY `uuid`",
        "[('Disabled',), ('Enabled',)]",
    ),
    "null-again": ((('Column("name", String(512), nullable=False)', 'Column("name", String(512))'),), None, None),
    "default-added": (
        (('Column("state", String(32))', 'Column("state", String(32), server_default="Enabled")'),),
        None,
        None,
    ),
    "default-changed": (
        (('server_default="0"', 'server_default="2"'),),
        "SELECT `cpuNum` FROM `HostEO` ORDER BY `uuid`",
        "[(4,), (8,)]",
    ),
    "default-dropped": ((('INTEGER(unsigned=True), server_default="0"', "INTEGER(unsigned=True)"),), None, None),
    "add-index": (
        (
            (
                'Index("idxHostEOCpuNum", "cpuNum")',
                'Index("idxHostEOCpuNum", "cpuNum"),\n    Index("idxHostEOState", "state")',
            ),
        ),
        None,
        None,
    ),
    "add-unique-multi-column": (
        (
            (
                'Index("idxHostEOCpuNum", "cpuNum")',
                'Index("idxHostEOCpuNum", "cpuNum"),\n    UniqueConstraint("name", "uuid", name="ukHostEONameUuid")',
            ),
        ),
        None,
        None,
    ),
    "add-prefix-index": (
        (
            (
                'Index("idxHostEOCpuNum", "cpuNum")',
                'Index("idxHostEOCpuNum", "cpuNum"),\n'
                '    Index("idxHostEONameState", "name", "state", mysql_length={"name": 64})',
            ),
        ),
        None,
        None,
    ),
    "index-over-a-foreign-key": (
        (
            (
                'Column("description", String(2048)),\n',
                'Column("description", String(2048)),\n'
                '    Index("idxVmVOHostDescription", "hostUuid", "description", mysql_length={"description": 32}),\n',
            ),
        ),
        None,
        None,
    ),
    "drop-index": ((('    Index("idxHostEOCpuNum", "cpuNum"),\n', ""),), None, None),
    "add-foreign-key": (
        (
            (
                'server_default="1"),\n    mysql',
                'server_default="1"),\n'
                '    Column("hostUuid", String(32),'
                ' ForeignKey("HostEO.uuid", name="fkClusterVOHostEO", ondelete="SET NULL")),'
                "\n    mysql",
            ),
        ),
        None,
        None,
    ),
    "drop-foreign-key": (
        (
            ('ForeignKey("HostEO.uuid", name="fkVmVOHostEO", ondelete="SET NULL")', ""),
            ('Column("hostUuid", String(32), )', 'Column("hostUuid", String(32))'),
        ),
        "SELECT `hostUuid` FROM `VmVO` ORDER BY `uuid`",
        "[('h1',), ('h2',)]",
    ),
    "engine-changed": (
        (
            (
                'server_default="1"),\n    mysql_engine="InnoDB"',
                'server_default="1"),\n    mysql_engine="MyISAM"',
            ),
        ),
        "SELECT `name` FROM `ClusterVO`",
        "[('cluster one',)]",
    ),
    "charset-changed": (
        (
            (
                'server_default="1"),\n    mysql_engine="InnoDB",\n    mysql_default_charset="utf8"',
                'server_default="1"),\n    mysql_engine="InnoDB",\n    mysql_default_charset="utf8mb4"',
            ),
        ),
        "SELECT `name` FROM `ClusterVO`",
        "[('cluster one',)]",
    ),
    "enum-member-added": (
        (('Enum("KVM", "ESX")', 'Enum("KVM", "ESX", "XEN")'),),
        "SELECT `hypervisor` FROM `ClusterVO`",
        "[('KVM',)]",
    ),
    "column-charset": (
        (
            (
                'Column("name", String(255)),\n    Column("hyper',
                'Column("name", VARCHAR(255, charset="utf8mb4")),\n    Column("hyper',
            ),
            ("from sqlalchemy import", "from sqlalchemy.dialects.mysql import VARCHAR\nfrom sqlalchemy import"),
        ),
        "SELECT `name` FROM `ClusterVO`",
        "[('cluster one',)]",
    ),
    "foreign-key-columns-widened": (
        (
            (
                'Column("uuid", String(32), primary_key=True),\n    Column("name", String(512)',
                'Column("uuid", String(64), primary_key=True),\n    Column("name", String(512)',
            ),
            (
                'Column("hostUuid", String(32), ForeignKey("HostEO.uuid"',
                'Column("hostUuid", String(64), ForeignKey("HostEO.uuid"',
            ),
        ),
        "SELECT `uuid`, `hostUuid` FROM `VmVO` ORDER BY `uuid`",
        "[('v1', 'h1'), ('v2', 'h2')]",
    ),
    "rename-table": (
        (
            ('Table(\n    "ClusterVO",', 'Table(\n    "ZoneGroupVO",'),
            (
                'server_default="1"),\n    mysql',
                'server_default="1"),\n    info={"renamed_from": "ClusterVO"},\n    mysql',
            ),
        ),
        "SELECT `name` FROM `ZoneGroupVO`",
        "[('cluster one',)]",
    ),
    "dropped-tables-in-foreign-key-order": (
        (
            ("metadata = MetaData()", 'metadata = MetaData(info={"dropped": {"HostEO": "gone", "VmVO": "gone"}})'),
            ('Table(\n    "HostEO",\n    metadata,', 'Table(\n    "HostEO",\n    MetaData(),'),
            ('Table(\n    "VmVO",\n    metadata,', 'Table(\n    "VmVO",\n    MetaData(),'),
        ),
        None,
        None,
    ),
    "on-delete-changed": ((('ondelete="SET NULL"', 'ondelete="RESTRICT"'),), None, None),
    "primary-key-extended": (
        (('Column("enabled", Boolean, nullable=False,', 'Column("enabled", Boolean, primary_key=True,'),),
        "SELECT `uuid`, `enabled` FROM `ClusterVO`",
        "[('c1', 1)]",
    ),
    "primary-key-referenced": (
        (
            (
                'Column("uuid", String(32), primary_key=True),\n    Column("name", String(512), nullable=False)',
                'Column("uuid", String(32), nullable=False),\n    Column("name", String(512), primary_key=True)',
            ),
            (
                'Index("idxHostEOCpuNum", "cpuNum")',
                'Index("idxHostEOCpuNum", "cpuNum"),\n    UniqueConstraint("uuid", name="ukHostEOUuid")',
            ),
        ),
        "SELECT `uuid`, `hostUuid` FROM `VmVO` ORDER BY `uuid`",
        "[('v1', 'h1'), ('v2', 'h2')]",
    ),
    "primary-key-over-auto-increment": (
        (
            (
                'Column("hostUuid", String(32), nullable=False),\n    Column("kind"',
                'Column("hostUuid", String(32), primary_key=True),\n    Column("kind"',
            ),
        ),
        "SELECT `id`, `hostUuid` FROM `HostEventVO` ORDER BY `id`",
        "[(1, 'h1'), (2, 'h1')]",
    ),
    "on-update-changed": ((('ondelete="SET NULL"', 'ondelete="SET NULL", onupdate="CASCADE"'),), None, None),
    "column-collation-added": (
        (('Column("description", String(2048))', 'Column("description", String(2048, collation="utf8mb3_bin"))'),),
        "SELECT `description` FROM `VmVO` ORDER BY `uuid`",
        "[('first vm',), (None,)]",
    ),
    "column-collation-changed": (
        (('collation="utf8mb3_bin"', 'collation="utf8mb3_unicode_ci"'),),
        "SELECT `code` FROM `HostEO` ORDER BY `uuid`",
        "[('Rack-A',), (None,)]",
    ),
    "column-collation-dropped": (
        (('String(32, collation="utf8mb3_bin")', "String(32)"),),
        "SELECT `code` FROM `HostEO` ORDER BY `uuid`",
        "[('Rack-A',), (None,)]",
    ),
    "new-table": (
        (
            (
                "metadata = MetaData()\n",
                'metadata = MetaData()\nTable("ZoneVO", metadata, Column("uuid", String(32), primary_key=True),'
                ' Column("hostUuid", String(32),'
                ' ForeignKey("HostEO.uuid", name="fkZoneVOHostEO", ondelete="SET NULL")),'
                ' mysql_engine="InnoDB", mysql_default_charset="utf8")\n',
            ),
        ),
        None,
        None,
    ),
    "dropped-table": (
        (
            ("metadata = MetaData()", 'metadata = MetaData(info={"dropped": {"ClusterVO": "clusters are zones now"}})'),
            ('Table(\n    "ClusterVO",', 'Table(\n    "ClusterVO",\n    MetaData(),'),
        ),
        None,
        None,
    ),
}


@pytest.fixture(params=ENGINES, ids=engine_id)
def engine(request: pytest.FixtureRequest) -> str:
    require_engine(request.param)
    return request.param


def generate(
    tmp_path: Path, engine: str, *edits: tuple[str, str], history_files: dict[str, str] = HISTORY
) -> tuple[Path, MetaData, Path, Path]:
    """The history, the models, and the V/U pair of release 1.1 generated from them."""
    history = write_history(tmp_path / "db", history_files)
    (tmp_path / "models.py").write_text(models_text(*edits), encoding="utf-8")
    metadata = load_metadata(str(tmp_path / "models.py"))
    found = released_differences(engine, history, metadata)
    files = release_from_history(found, metadata, "1.1", history)
    assert [file.name for file in files] == ["V1.1__schema.sql", "U1.1__schema.sql"]
    (tmp_path / "out").mkdir()
    for file in files:
        (tmp_path / "out" / file.name).write_text(file.text, encoding="utf-8")
    return history, metadata, tmp_path / "out" / "V1.1__schema.sql", tmp_path / "out" / "U1.1__schema.sql"


def schema(connection: Connection, name: str = SCHEMA) -> Fingerprint:
    live = fingerprint(connection, name)
    live.pop(metadata_table.TABLE, None)
    return live


def upgrade_proven(
    server: Server,
    connection: Connection,
    released: Fingerprint,
    upgrade: Path,
    rollback: Path,
    query: str | None,
    rows: str | None,
) -> None:
    """On the released schema seeded with rows (``released``), the plain client leaves what `create_all` of the
    models left in ``EXPECTED``: after the upgrade, again (a no-op), and after being stopped after any statement
    and run again; ``query`` gives ``rows`` afterwards; the rollback, twice, returns to ``released``."""
    wanted = schema(connection, EXPECTED)
    assert wanted != released, "the case changes nothing"
    client(server, upgrade)
    assert schema(connection) == wanted
    if query:
        assert repr([tuple(row) for row in connection.exec_driver_sql(query)]) == rows
    client(server, upgrade)  # again: a no-op
    assert schema(connection) == wanted
    for _ in range(2):  # a rollback re-runs too
        client(server, rollback)
        assert schema(connection) == released
    statements = load(upgrade).statements
    for stop in range(1, len(statements)):  # stopped after any statement, then run again
        apply(connection, dataclasses.replace(load(upgrade), statements=statements[:stop]))
        client(server, upgrade)
        assert schema(connection) == wanted, f"resumed after statement {stop}"
        client(server, rollback)
        assert schema(connection) == released, f"rolled back after resuming at {stop}"


def client(server: Server, path: Path) -> None:
    """Run ``path`` with the plain mariadb client, as a person would."""
    command, environment = client_command(server.url, SCHEMA)
    with path.open("rb") as sql:
        done = subprocess.run(command, stdin=sql, capture_output=True, env=environment)
    assert done.returncode == 0, done.stderr.decode()


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_kind_of_change_is_generated_and_proven(tmp_path: Path, engine: str, case: str) -> None:
    prove(tmp_path, engine, case, HISTORY)


HELPER_CALLS = {
    "add-column": "CALL ADD_COLUMN('VmVO', 'memory', 'INT', 1, '1');",
    "add-column-on-update": "'ALTER TABLE `zstack`.`VmVO` ADD COLUMN `lastOpDate` TIMESTAMP NULL"
    " DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT ''last change'''",
    "drop-column": "CALL DROP_COLUMN('VmVO', 'description') -- noqa: destructive-change: moved to VmDescriptionVO\n;",
    "add-index": "CALL CREATE_INDEX('HostEO', 'idxHostEOState', 'state');",
    "drop-index": "CALL DELETE_INDEX('HostEO', 'idxHostEOCpuNum');",
    "add-foreign-key": "CALL ADD_CONSTRAINT('ClusterVO', 'fkClusterVOHostEO', 'hostUuid', 'HostEO', 'uuid',"
    " 'SET NULL');",
}


@pytest.mark.parametrize("case", sorted(HELPER_CALLS))
def test_zstacks_helpers_are_called_where_the_history_defines_them(tmp_path: Path, engine: str, case: str) -> None:
    """A history whose beforeMigrate.sql defines ZStack's helpers gets calls of them where one makes exactly the
    change (ADD_COLUMN writes no ON UPDATE nor COMMENT: such a column is added through the guard), proven the same
    way."""
    upgrade = prove(tmp_path, engine, case, {**HISTORY, "beforeMigrate.sql": HELPERS_SQL.read_text(encoding="utf-8")})
    assert HELPER_CALLS[case] in upgrade.read_text(encoding="utf-8")


def prove(tmp_path: Path, engine: str, case: str, history_files: dict[str, str]) -> Path:
    """Generate ``case`` against the history, and prove its files on a server of ``engine``; the upgrade file."""
    edits, query, rows = CASES[case]
    history, metadata, upgrade, rollback = generate(tmp_path, engine, *edits, history_files=history_files)
    with open_server(engine) as server:
        report = migrate_database(server.zstack_url, history)
        assert report.ok, report.as_dict()
        database = sqlalchemy.create_engine(
            server.url.set(database=SCHEMA), poolclass=NullPool, isolation_level="AUTOCOMMIT"
        )  # no transaction holds a lock the client waits for
        try:
            with database.connect() as connection:
                for statement in SEED:
                    connection.exec_driver_sql(statement)
                connection.commit()
                released = schema(connection)
            root = sqlalchemy.create_engine(server.url, poolclass=NullPool)
            with root.begin() as connection:
                connection.exec_driver_sql(f"CREATE DATABASE `{EXPECTED}`")
            root.dispose()
            expected_engine = sqlalchemy.create_engine(server.url.set(database=EXPECTED), poolclass=NullPool)
            metadata.create_all(expected_engine)
            expected_engine.dispose()
            with database.connect() as connection:
                upgrade_proven(server, connection, released, upgrade, rollback, query, rows)
        finally:
            database.dispose()
    if engine == "local":  # impact and lint read files, not servers
        read_as_history_reads(history, upgrade)
    return upgrade


def read_as_history_reads(history: Path, upgrade: Path) -> None:
    """The upgrade, put after the history: `zsgate impact` classifies each of its statements that changes an
    existing table (a guarded one included), and `zsgate lint` finds nothing above a warning (a drop or a
    narrowing the models acknowledge carries lint's acknowledgement)."""
    placed = history / "upgrade" / upgrade.name
    placed.write_bytes(upgrade.read_bytes())
    changing = [line for line in placed.read_text(encoding="utf-8").splitlines() if CHANGES_A_TABLE.match(line)]
    done = run_zsgate("impact", "--format", "json", placed)
    assert done.returncode == 0, done.stderr
    classified = json.loads(done.stdout)["statements"]
    assert len({statement["line"] for statement in classified}) == len(changing), done.stdout
    assert all(statement["operation"] != "other" for statement in classified), done.stdout
    done = run_zsgate("lint", "--format", "json", placed)
    findings = json.loads(done.stdout)["findings"]
    assert [f for f in findings if f["severity"] == "error"] == [], done.stdout
    assert done.returncode == 0, done.stderr


CHANGES_A_TABLE = re.compile(r"(CALL |ALTER TABLE |RENAME TABLE )")
"""The first words of the generated statements that change an existing table (CREATE and DROP TABLE do not)."""


def run_zsgate(*arguments: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", *map(str, arguments)], capture_output=True, text=True)


@pytest.mark.parametrize(
    ("edits", "refusal"),
    [
        (
            (('    Column("description", String(2048)),\n', ""),),
            "VmVO.description: dropping the column loses its data",
        ),
        (
            (('Column("name", String(512)', 'Column("name", String(255)'),),
            "HostEO.name: VARCHAR(512) to VARCHAR(255) may not hold every value",
        ),
        (
            (('Table(\n    "ClusterVO",', 'Table(\n    "ClusterVO",\n    MetaData(),'),),
            "ClusterVO: dropping the table loses its rows",
        ),
        (
            (('Column("state", String(32))', 'Column("state", String(32), nullable=False)'),),
            "HostEO.state: NULL to NOT NULL needs a server_default",
        ),
        (
            (
                (
                    'Column("id", UNSIGNED_BIGINT(unsigned=True), primary_key=True, autoincrement=True),\n'
                    '    Column("hostUuid", String(32), nullable=False)',
                    'Column("id", UNSIGNED_BIGINT(unsigned=True), nullable=False),\n'
                    '    Column("hostUuid", String(32), primary_key=True)',
                ),
            ),
            "HostEventVO.id: the released AUTO_INCREMENT column must stay AUTO_INCREMENT and lead the primary key",
        ),
    ],
    ids=["drop-column", "narrowing", "drop-table", "not-null-without-default", "primary-key-auto-increment"],
)
def test_a_change_that_loses_data_is_refused_by_name(
    tmp_path: Path, edits: tuple[tuple[str, str], ...], refusal: str
) -> None:
    history = write_history(tmp_path / "db")
    (tmp_path / "models.py").write_text(models_text(*edits), encoding="utf-8")
    command = [
        "generate",
        "--history",
        history,
        "--models",
        tmp_path / "models.py",
        "--release",
        "1.1",
        "--out",
        tmp_path / "out",
    ]
    done = subprocess.run([sys.executable, "-m", "zsgate", *map(str, command)], capture_output=True, text=True)
    assert done.returncode == 2
    assert refusal in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_released_version_is_never_generated_again(tmp_path: Path) -> None:
    history = write_history(tmp_path / "db")
    models = tmp_path / "models.py"
    models.write_text(models_text(('Column("name", String(512)', 'Column("name", String(1024)')), encoding="utf-8")
    command = ["generate", "--history", history, "--models", models, "--release", "1.0", "--out", history / "upgrade"]
    done = subprocess.run([sys.executable, "-m", "zsgate", *map(str, command)], capture_output=True, text=True)
    assert done.returncode == 2
    assert "V1.0__schema.sql: release 1.0 is not after the history's newest (1.0)" in done.stderr
    assert (history / "upgrade" / "V1.0__schema.sql").read_text(encoding="utf-8") == HISTORY["V1.0__schema.sql"]


def test_a_narrowing_the_models_acknowledge_is_generated(tmp_path: Path) -> None:
    edits = (('Column("name", String(512)', 'Column("name", String(255), info={"narrowed": "names are short"}'),)
    *_, upgrade, _ = generate(tmp_path, "local", *edits)
    assert (
        "ALTER TABLE `zstack`.`HostEO` MODIFY COLUMN `name` VARCHAR(255) NOT NULL"
        " -- noqa: destructive-change: names are short\n;" in upgrade.read_text()
    )
