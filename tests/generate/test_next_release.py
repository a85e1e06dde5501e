"""Planning the next release as a new user does (issue 16): with 5.5.28 locked, a change to a 5.5.28 table or to
a baseline table (`VmModelMountVO`) goes into V5.6.0/U5.6.0, found as the models minus the released history
(the recorded baseline, then V5.5.28 as it is on disk); V5.5.28 stays as it is. `zsgate verify`'s checks pass
on each V5.6.0, and each is proven on a server without zsgate's checks too: built from plain SQLAlchemy
`create_all` of the released baseline and the plain client running V5.5.28, holding rows, V5.6.0 run by the plain
client leaves what `create_all` of the edited models leaves, keeps (and backfills) the rows, runs again as a
no-op, resumes after any statement, and U5.6.0 returns to 5.5.28."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy.pool import NullPool

from tests.conftest import LOCAL_MYSQL, MIGRATIONS, engine_id, require_engine
from tests.generate.test_generate_from_history import EXPECTED, client, schema, upgrade_proven
from tests.processes import default_signals
from zsgate.engines import SCHEMA, open_server
from zsgate.history.helpers import SQL as HELPERS_SQL
from zsgate.servers import family
from zsgate.servers.families import zstack_sql_mode

NO_SERVER = "dsn:mysql://nobody@127.0.0.1:1/none"
"""An engine that cannot be reached: a run given it passes only if it needs no server."""
RELEASED = ("V5.5.28__schema.sql", "U5.5.28__schema.sql", "model-facts.json", "baseline.json")

Case = tuple[str, str, str | None, str | None]
"""The models' edit, a statement V5.6.0 must hold, a query whose rows must read as the last item says after it."""

CACHE = 'metadata.tables["AiHostModelCacheVO"]'
MOUNT = 'metadata.tables["VmModelMountVO"]'
CASES: dict[str, Case] = {
    "5.5.28-type": (
        f"{CACHE}.c.checksum.type = String(1024)",
        "ALTER TABLE `zstack`.`AiHostModelCacheVO` MODIFY COLUMN `checksum` VARCHAR(1024);",
        "SELECT `checksum` FROM `AiHostModelCacheVO` ORDER BY `uuid`",
        "[('sha1',), (None,)]",
    ),
    "5.5.28-rename": (
        f"{CACHE}._columns.remove({CACHE}.c.checksum)\n"
        f'{CACHE}.append_column(Column("contentChecksum", String(255), info={{"renamed_from": "checksum"}}))',
        "CHANGE COLUMN `checksum` `contentChecksum` VARCHAR(255)",
        "SELECT `contentChecksum` FROM `AiHostModelCacheVO` ORDER BY `uuid`",
        "[('sha1',), (None,)]",
    ),
    "5.5.28-drop": (
        f"{CACHE}._columns.remove({CACHE}.c.checksum)\n"
        f'{CACHE}.info["dropped"] = {{"checksum": "identityHash says it all"}}',
        "CALL DROP_COLUMN('AiHostModelCacheVO', 'checksum') -- noqa: destructive-change: identityHash says it all\n;",
        "SELECT `uuid` FROM `AiHostModelCacheVO` ORDER BY `uuid`",
        "[('c1',), ('c2',)]",
    ),
    "5.5.28-not-null": (
        f"{CACHE}.c.checksum.nullable = False\n{CACHE}.c.checksum.server_default = DefaultClause('none')",
        "UPDATE `zstack`.`AiHostModelCacheVO` SET `checksum` = 'none' WHERE `checksum` IS NULL;",
        "SELECT `checksum` FROM `AiHostModelCacheVO` ORDER BY `uuid`",
        "[('sha1',), ('none',)]",
    ),
    "baseline-type": (
        f"{MOUNT}.c.modelName.type = String(1024)",
        "ALTER TABLE `zstack`.`VmModelMountVO` MODIFY COLUMN `modelName` VARCHAR(1024);",
        "SELECT `modelName` FROM `VmModelMountVO` ORDER BY `uuid`",
        "[('llama',), (None,)]",
    ),
    "baseline-rename": (
        f"{MOUNT}._columns.remove({MOUNT}.c.accountUuid)\n"
        f'{MOUNT}.append_column(Column("ownerUuid", String(32), info={{"renamed_from": "accountUuid"}}))',
        "CHANGE COLUMN `accountUuid` `ownerUuid` VARCHAR(32)",
        "SELECT `ownerUuid` FROM `VmModelMountVO` ORDER BY `uuid`",
        "[('a1',), (None,)]",
    ),
    "baseline-drop": (
        f"{MOUNT}._columns.remove({MOUNT}.c.lastAttachedEpoch)\n"
        f'{MOUNT}.info["dropped"] = {{"lastAttachedEpoch": "the agent reports it"}}',
        "CALL DROP_COLUMN('VmModelMountVO', 'lastAttachedEpoch') -- noqa: destructive-change: the agent reports it\n;",
        "SELECT `uuid` FROM `VmModelMountVO` ORDER BY `uuid`",
        "[('m1',), ('m2',)]",
    ),
    "baseline-not-null": (
        f"{MOUNT}.c.modelName.nullable = False\n{MOUNT}.c.modelName.server_default = DefaultClause('unnamed')",
        "UPDATE `zstack`.`VmModelMountVO` SET `modelName` = 'unnamed' WHERE `modelName` IS NULL;",
        "SELECT `modelName` FROM `VmModelMountVO` ORDER BY `uuid`",
        "[('llama',), ('unnamed',)]",
    ),
}

SEED = [
    "INSERT INTO `HostEO` (`uuid`, `name`) VALUES ('h1', 'host one')",
    "INSERT INTO `VmInstanceEO` (`uuid`, `name`) VALUES ('v1', 'vm one')",
    "INSERT INTO `ModelVO` (`uuid`, `name`) VALUES ('o1', 'llama'), ('o2', 'qwen')",
    "INSERT INTO `VmModelMountVO` (`uuid`, `vmInstanceUuid`, `modelUuid`, `modelName`, `mountPath`, `sourcePath`,"
    " `status`, `accountUuid`) VALUES ('m1', 'v1', 'o1', 'llama', '/m/1', '/s/1', 'Mounted', 'a1'),"
    " ('m2', 'v1', 'o2', NULL, '/m/2', '/s/2', 'Mounted', NULL)",
    "INSERT INTO `AiHostModelCacheVO` (`uuid`, `hostUuid`, `checksum`, `identityHash`, `status`)"
    " VALUES ('c1', 'h1', 'sha1', 'i1', 'Ready'), ('c2', 'h1', NULL, 'i2', 'Ready')",
]
"""Rows of 5.5.28, some holding NULL where a case makes the column NOT NULL."""


def zsgate(*args: str | Path, cache: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run zsgate; ``cache``: generate's cache folder for this run only."""
    command = [sys.executable, "-m", "zsgate", *map(str, args)]
    environment = {**os.environ, **({"ZSGATE_CACHE_DIR": str(cache)} if cache else {})}
    return subprocess.run(command, capture_output=True, text=True, env=environment, preexec_fn=default_signals)


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test compares on its own server: no result another test (or engine) left in generate's cache."""
    monkeypatch.setenv("ZSGATE_CACHE_DIR", str(tmp_path / "cache"))


def released_project(tmp_path: Path, edit: str) -> tuple[Path, Path]:
    """A copy of the project's migrations/ with 5.5.28 locked, and a models file that edits the models."""
    out = tmp_path / "migrations"
    out.mkdir()
    for name in RELEASED:
        shutil.copy(MIGRATIONS / name, out / name)
    assert zsgate("lock", out, "--release", "5.5.28").returncode == 0
    models = tmp_path / "models.py"
    models.write_text(
        "from sqlalchemy import Column, DefaultClause, String\n\nfrom zsgate.schema import metadata\n\n" + edit + "\n",
        encoding="utf-8",
    )
    return out, models


def contents(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in directory.iterdir()}


ON_MYSQL = ("5.5.28-type", "baseline-not-null")
"""The cases also proven on MySQL 9.7: each case builds ZStack's whole schema on several servers (a minute and
more), and what differs between the families (the released history's sql_mode, the helpers) shows in any."""


@pytest.mark.parametrize(
    ("engine", "case"),
    [*(("local", case) for case in sorted(CASES)), *((LOCAL_MYSQL, case) for case in ON_MYSQL)],
    ids=lambda value: engine_id(value) if value in ("local", LOCAL_MYSQL) else value,
)
def test_a_change_to_a_released_table_goes_into_the_next_release(tmp_path: Path, engine: str, case: str) -> None:
    require_engine(engine)
    edit, statement, query, rows = CASES[case]
    out, models = released_project(tmp_path, edit)
    before = contents(out)

    asked = zsgate("generate", "--models", models, "--out", out, "--engine", engine)
    assert asked.returncode == 2, asked.stdout + asked.stderr
    assert "pass --release X, a release after 5.5.28 (which is locked), e.g. --release 5.5.29" in asked.stderr
    assert contents(out) == before
    checked = zsgate("generate", "--check", "--models", models, "--out", out, "--engine", engine)
    assert checked.returncode == 1 and checked.stdout.startswith("pending: "), checked.stdout + checked.stderr

    done = zsgate("generate", "--release", "5.6.0", "--models", models, "--out", out, "--engine", engine)
    assert done.returncode == 0, done.stderr
    assert statement in (out / "V5.6.0__schema.sql").read_text(encoding="utf-8")
    for name in RELEASED[:2] + ("baseline.json", "flyway.lock"):
        assert (out / name).read_bytes() == before[name], f"{name} was rewritten"
    again = zsgate("generate", "--check", "--models", models, "--out", out, "--engine", engine, cache=tmp_path / "new")
    assert again.returncode == 0, again.stdout + again.stderr
    cached = zsgate("generate", "--check", "--models", models, "--out", out, "--engine", NO_SERVER)
    assert cached.returncode == 0, "the comparison's result is in generate's cache: no server is needed"

    prove(engine, models, out, query, rows)
    verified = subprocess.run(
        [sys.executable, "-c", VERIFY, models, out, engine], capture_output=True, text=True, preexec_fn=default_signals
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr


VERIFY = """import sys
from pathlib import Path

from zsgate.checks.verify.run import Plan, verify
from zsgate.generate.files import released_history
from zsgate.schema.loading import load_metadata

models, out, engine = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
metadata = load_metadata(models)
released = released_history(metadata, out, "5.6.0")
plan = Plan(out / "V5.6.0__schema.sql", out / "U5.6.0__schema.sql", metadata, "5.6.0", released=released)
report = verify(engine, plan)
print([(check.name, check.problems) for check in report.checks if not check.ok])
sys.exit(0 if report.ok else 1)
"""
"""`zsgate verify`'s checks of V5.6.0 (what `zsgate verify --release 5.6.0` runs for the project's own models),
from the released history, with the edited models (in a process of their own)."""


def create_all(url: sqlalchemy.URL, models: str) -> None:
    """Plain SQLAlchemy ``create_all`` of the ``metadata`` that ``models`` (Python) makes, in a process of its own
    (loading a models file edits the models of the process that loads it)."""
    code = f"{models}\nimport sqlalchemy, sys\nmetadata.create_all(sqlalchemy.create_engine(sys.argv[1]))\n"
    url_text = url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-c", code, url_text], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


BASELINE_MODELS = """from zsgate.schema import metadata
from zsgate.schema.releases import as_of
metadata = as_of(metadata, "baseline")
"""


def prove(engine: str, models: Path, out: Path, query: str | None, rows: str | None) -> None:
    """5.5.28 built without zsgate's generator (create_all of the released baseline, then the plain client runs
    helpers and V5.5.28), seeded; then V5.6.0/U5.6.0 as the module's doc says."""
    upgrade, rollback = out / "V5.6.0__schema.sql", out / "U5.6.0__schema.sql"
    with open_server(engine) as server:
        database = sqlalchemy.create_engine(
            server.url.set(database=SCHEMA), poolclass=NullPool, isolation_level="AUTOCOMMIT"
        )
        # ZStack's tables, zero-date defaults and all, as an installation makes them (MySQL's default refuses them)
        installed = server.with_sql_mode(zstack_sql_mode(family(server.family))).url
        try:
            create_all(installed.set(database=SCHEMA), BASELINE_MODELS)
            client(server, HELPERS_SQL)
            client(server, out / "V5.5.28__schema.sql")
            with database.connect() as seeding:  # a session of its own (NullPool): its settings end with it
                # ZStack's real HostEO and VmInstanceEO need a zone, a cluster and more the cases never read:
                # their rows go in without them (no strict mode, no key checks)
                seeding.exec_driver_sql("SET SESSION sql_mode = '', SESSION foreign_key_checks = 0")
                for seed in SEED:
                    seeding.exec_driver_sql(seed)
            with database.connect() as connection:
                released = schema(connection)
            root = sqlalchemy.create_engine(server.url, poolclass=NullPool)
            with root.begin() as connection:
                connection.exec_driver_sql(f"CREATE DATABASE `{EXPECTED}`")
            root.dispose()
            create_all(installed.set(database=EXPECTED), models.read_text(encoding="utf-8"))
            with database.connect() as connection:
                upgrade_proven(server, connection, released, upgrade, rollback, query, rows)
        finally:
            database.dispose()


def test_an_unacknowledged_drop_is_refused_by_name_and_nothing_is_written(tmp_path: Path) -> None:
    out, models = released_project(tmp_path, f"{MOUNT}._columns.remove({MOUNT}.c.lastAttachedEpoch)")
    before = contents(out)
    done = zsgate("generate", "--release", "5.6.0", "--models", models, "--out", out)
    assert done.returncode == 2
    assert "VmModelMountVO.lastAttachedEpoch: dropping the column loses its data" in done.stderr
    assert contents(out) == before


def test_a_locked_release_is_not_generated_again(tmp_path: Path) -> None:
    out, models = released_project(tmp_path, CASES["5.5.28-type"][0])
    before = contents(out)
    done = zsgate("generate", "--release", "5.5.28", "--models", models, "--out", out)
    assert done.returncode == 2
    assert f"release 5.5.28 is locked in {out / 'flyway.lock'}: a released file is never rewritten" in done.stderr
    assert contents(out) == before


def test_without_a_change_to_anything_released_no_server_is_needed(tmp_path: Path) -> None:
    """Locked or not, tagged additions alone are generated as they always were (--engine names no server)."""
    out, _ = released_project(tmp_path, "")
    done = zsgate("generate", "--check", "--out", out, "--engine", NO_SERVER)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "nothing pending: 2 generated files match the models\n"


def test_a_release_whose_changes_are_undone_in_the_models_goes(tmp_path: Path) -> None:
    require_engine("local")
    out, models = released_project(tmp_path, CASES["5.5.28-type"][0])
    assert zsgate("generate", "--release", "5.6.0", "--models", models, "--out", out).returncode == 0
    models.write_text("from zsgate.schema import metadata\n", encoding="utf-8")

    checked = zsgate("generate", "--check", "--models", models, "--out", out)
    assert checked.returncode == 1
    assert f"{out / 'V5.6.0__schema.sql'}: the models no longer give it" in checked.stdout
    done = zsgate("generate", "--models", models, "--out", out)
    assert done.returncode == 0, done.stderr
    assert f"removed {out / 'V5.6.0__schema.sql'} (the models no longer give it)" in done.stdout
    assert sorted(path.name for path in out.glob("*.sql")) == ["U5.5.28__schema.sql", "V5.5.28__schema.sql"]
