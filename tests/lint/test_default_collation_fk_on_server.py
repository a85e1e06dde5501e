"""default-collation-fk reports exactly the foreign keys a MariaDB 11.8 server refuses in a database made
under the release before's default collations (a server upgraded in place), and its facts are the server's.

Proven on real 11.8 servers (in a container and on the embedded engine). The older database is made on the
same server with 10.11's defaults set for the session (``character_set_collations``), which is what a
database made by 10.11 holds: ``information_schema`` is asked to confirm it.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from tests.conftest import LOCAL_MARIADB_11_8, engine_id, require_engine
from tests.servers import client_command, pymysql_connect
from zsgate import servers
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.runner import lint_paths, lint_text
from zsgate.engines import open_server
from zsgate.history.flyway import read_history

TARGET = servers.target("mariadb-11.8")
CHANGE = TARGET.collation_change
BEFORE = ",".join(f"{charset}={collation}" for charset, collation in CHANGE.before)
OLDER = (  # what the database holds before the server was upgraded: ZStack's way of making tables
    "CREATE TABLE `ZoneEO` (`uuid` VARCHAR(32) NOT NULL, `id` BIGINT UNSIGNED NOT NULL UNIQUE, PRIMARY KEY (`uuid`))"
    " ENGINE=InnoDB DEFAULT CHARSET=utf8",
    "CREATE TABLE `HostEO` (`uuid` VARCHAR(32) NOT NULL, `zoneUuid` VARCHAR(32) NULL, `zoneId` BIGINT UNSIGNED NULL,"
    " `cacheUuid` VARCHAR(32) NULL, PRIMARY KEY (`uuid`)) ENGINE=InnoDB DEFAULT CHARSET=utf8",
)
NEW = "CREATE TABLE `CacheVO` (`uuid` VARCHAR(32) NOT NULL, `hostUuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`)"
FK_HOST = ", CONSTRAINT `fkCacheVOHostEO` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`)"
CASES = {
    "new-utf8-table-to-older": NEW + FK_HOST + ") ENGINE=InnoDB DEFAULT CHARSET=utf8",
    "new-column-naming-utf8-to-older": NEW.replace(
        "`hostUuid` VARCHAR(32)", "`hostUuid` VARCHAR(32) CHARACTER SET utf8"
    )
    + FK_HOST
    + ") ENGINE=InnoDB",
    "new-table-taking-the-databases": NEW + FK_HOST + ") ENGINE=InnoDB",
    "new-table-naming-the-collation": NEW + FK_HOST + ") ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci",
    "older-to-new-table": NEW + ") ENGINE=InnoDB DEFAULT CHARSET=utf8;\n"
    "ALTER TABLE `HostEO` ADD CONSTRAINT `fkHostEOCacheVO` FOREIGN KEY (`cacheUuid`) REFERENCES `CacheVO` (`uuid`)",
    "new-to-new-table": NEW + ") ENGINE=InnoDB DEFAULT CHARSET=utf8;\n"
    "CREATE TABLE `RefVO` (`id` INT NOT NULL, `cacheUuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`id`),"
    " CONSTRAINT `fkRefVOCacheVO` FOREIGN KEY (`cacheUuid`) REFERENCES `CacheVO` (`uuid`))"
    " ENGINE=InnoDB DEFAULT CHARSET=utf8",
    "older-to-older": "ALTER TABLE `HostEO` ADD CONSTRAINT `fkHostEOZoneEO` FOREIGN KEY (`zoneUuid`)"
    " REFERENCES `ZoneEO` (`uuid`)",
    "new-integer-key-to-older": "CREATE TABLE `CacheVO` (`uuid` VARCHAR(32) NOT NULL,"
    " `zoneId` BIGINT UNSIGNED NOT NULL, PRIMARY KEY (`uuid`),"
    " CONSTRAINT `fkCacheVOZoneEO` FOREIGN KEY (`zoneId`) REFERENCES `ZoneEO` (`id`))"
    " ENGINE=InnoDB DEFAULT CHARSET=utf8",
}
ENGINES = ["docker:mariadb-11.8", LOCAL_MARIADB_11_8]


@pytest.fixture(scope="module", params=ENGINES, ids=[engine_id(engine) for engine in ENGINES])
def server(request: pytest.FixtureRequest) -> Iterator[Connection]:
    require_engine(request.param)
    with open_server(request.param) as server:
        engine = create_engine(server.url, poolclass=NullPool)
        with engine.connect() as connection:
            yield connection
        engine.dispose()


@pytest.fixture
def upgraded(server: Connection) -> Iterator[Connection]:
    """A database made (with ZStack's older tables) under 10.11's default collations, on the 11.8 server."""
    server.exec_driver_sql("DROP DATABASE IF EXISTS `upgraded`")
    server.exec_driver_sql(f"SET SESSION character_set_collations = '{BEFORE}'")
    # ZStack's deployer says no charset: a server set up for ZStack (character-set-server=utf8) gives this
    server.exec_driver_sql("CREATE DATABASE `upgraded` CHARACTER SET utf8")
    server.exec_driver_sql("USE `upgraded`")
    for statement in OLDER:
        server.exec_driver_sql(statement)
    server.exec_driver_sql("SET SESSION character_set_collations = DEFAULT")
    yield server
    server.exec_driver_sql("DROP DATABASE `upgraded`")


def test_the_targets_collations_are_the_servers(server: Connection) -> None:
    defaults = server.exec_driver_sql("SELECT @@GLOBAL.character_set_collations").scalar_one()
    assert set(CHANGE.now) <= {tuple(pair.split("=")) for pair in defaults.split(",")}


def test_the_older_tables_hold_the_older_collation_and_the_premise_holds(upgraded: Connection) -> None:
    collation = upgraded.exec_driver_sql(
        "SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'upgraded' AND COLUMN_NAME = 'uuid'"
    ).scalars()
    assert set(collation) == {dict(CHANGE.before)["utf8mb3"]}
    upgraded.exec_driver_sql("CREATE TABLE `NewVO` (`uuid` VARCHAR(32)) DEFAULT CHARSET=utf8")
    with pytest.raises(OperationalError) as refused:  # and a comparison across them fails
        upgraded.exec_driver_sql("SELECT COUNT(*) FROM `NewVO` JOIN `HostEO` ON `NewVO`.`uuid` = `HostEO`.`uuid`")
    assert refused.value.orig.args[0] == 1267


@pytest.mark.parametrize("case", CASES)
def test_the_rule_flags_exactly_the_keys_the_server_refuses(upgraded: Connection, case: str) -> None:
    sql = CASES[case]
    try:
        for statement in sql.split(";\n"):
            upgraded.exec_driver_sql(statement)
        refused = False
    except OperationalError as error:
        assert error.orig.args[0] == 1005 and "errno: 150" in str(error.orig), error
        refused = True
    findings = lint_text(sql + ";\n", config=LintConfig(select=frozenset({"default-collation-fk"}), target=TARGET.name))
    assert bool(findings.findings) is refused, findings.findings


def test_zstacks_history_breaks_where_the_rule_says_on_a_server_upgraded_in_place(corpus: Path) -> None:
    """ZStack's files up to 5.1 made under 10.11's collations, then V5.2.0 under 11.8's own, with the plain
    client: the server refuses the first key ZS402 reports in V5.2.0, and nothing before it."""
    require_engine(LOCAL_MARIADB_11_8)
    history = read_history(corpus)
    paths = [migration.path for migration in history.migrations]
    upgrade = next(path for path in paths if path.name == "V5.2.0__schema.sql")
    helpers = history.callbacks["beforeMigrate"].read_text(encoding="utf-8")
    findings = lint_paths([corpus], LintConfig(select=frozenset({"default-collation-fk"}), target=TARGET.name)).findings
    first = min((f for f in findings if Path(f.path) == upgrade), key=lambda finding: finding.line)
    with open_server(LOCAL_MARIADB_11_8) as server:
        with pymysql_connect(server.url, autocommit=True) as connection, connection.cursor() as cursor:
            cursor.execute(f"SET SESSION character_set_collations = '{BEFORE}'")
            cursor.execute("DROP DATABASE IF EXISTS `zstack`")
            cursor.execute("CREATE DATABASE `zstack`")
        command, env = client_command(server.url, "zstack")
        older = "\n".join(path.read_text(encoding="utf-8") for path in paths[: paths.index(upgrade)])
        made = subprocess.run(
            [*command, f"--init-command=SET SESSION character_set_collations = '{BEFORE}'"],
            input=f"{helpers}\n{older}",
            capture_output=True,
            text=True,
            env=env,
        )
        assert made.returncode == 0, made.stderr[-2000:]
        upgraded = subprocess.run(
            command, input=f"{helpers}\n{upgrade.read_text(encoding='utf-8')}", capture_output=True, text=True, env=env
        )
    new_table = first.message.split(".", 1)[0]
    assert f"Can't create table `zstack`.`{new_table}` (errno: 150" in upgraded.stderr, upgraded.stderr[-2000:]
