"""`zsgate verify` as CI runs it: JSON shape, exit codes, errors that name file and line, engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from tests.conftest import MIGRATIONS, STUB_MODELS, engine_id

CHECKS = ["upgrade", "schema", "idempotent", "data", "behaviour", "rollback", "resume"]


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


SERVERS = {  # engine id: how the report names the server, and what its version says
    "local": ("local MariaDB 10.11", "MariaDB"),
    "local-mysql-9.7": ("local MySQL 9.7", "9.7"),
    "docker:mysql-9.7": ("docker MySQL 9.7", "9.7"),
    "docker:mariadb-10.11": ("docker MariaDB 10.11", "MariaDB"),
    "local-mariadb-11.8": ("local MariaDB 11.8", "11.8"),
    "docker:mariadb-11.8": ("docker MariaDB 11.8", "11.8"),
}


def test_json_report_of_a_passing_run(engine: str, generated_verify: Callable[[str], CompletedProcess[str]]) -> None:
    result = generated_verify(engine)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    description, version = SERVERS[engine_id(engine)]
    assert report["engine"].startswith(description) and version in report["server_version"]
    assert [check["name"] for check in report["checks"]] == CHECKS
    assert all(check["ok"] and check["problems"] == [] and check["seconds"] > 0 for check in report["checks"])


def test_text_report_is_a_checklist(mariadb_binaries: None) -> None:
    result = run()
    assert result.returncode == 0, result.stdout
    for name in CHECKS:
        assert f"✓ {name}" in result.stdout
    assert "7 checks passed" in result.stdout


def test_a_statement_the_server_refuses_names_file_and_line_and_exits_1(mariadb_binaries: None, tmp_path: Path) -> None:
    upgrade = tmp_path / "V5.5.28__schema.sql"
    text = (MIGRATIONS / "V5.5.28__schema.sql").read_text()
    upgrade.write_text(text.replace("CALL CREATE_INDEX(", "CALL CREATE_INDEXX(", 1))
    line = next(n for n, text in enumerate(upgrade.read_text().splitlines(), 1) if "CREATE_INDEXX" in text)
    result = run("--sql", upgrade, "--format", "json")
    assert result.returncode == 1
    upgrade_check, *others = json.loads(result.stdout)["checks"]
    assert upgrade_check["name"] == "upgrade" and not upgrade_check["ok"]
    assert [(c["name"], c["problems"]) for c in others] == [
        (name, ["not run: the upgrade did not apply"]) for name in CHECKS[1:]
    ]
    assert upgrade_check["problems"][0].startswith(f"{upgrade}:{line}: PROCEDURE zstack.CREATE_INDEXX does not exist")


def test_a_file_that_does_not_split_is_a_usage_error_before_any_server_starts(tmp_path: Path) -> None:
    upgrade = tmp_path / "V5.5.28__schema.sql"
    upgrade.write_text("SELECT 1;\nSELECT 'unterminated;\n")
    result = run("--sql", upgrade)
    assert result.returncode == 2
    assert f"{upgrade}:2:8: unterminated string" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run("--sql", tmp_path / "missing.sql")
    assert missing.returncode == 2 and "missing.sql" in missing.stderr


def test_an_unknown_engine_or_release_is_a_usage_error() -> None:
    assert run("--engine", "oracle").returncode == 2
    result = run("--release", "9.9.9")
    assert result.returncode == 2 and "no release '9.9.9'" in result.stderr


@pytest.mark.parametrize("engine", ["docker:mysql-9.7", "docker:greatsql-8.0", "docker:mysql:8.0.36"])
def test_docker_engines_without_a_docker_engine_exit_2_saying_what_to_use(engine: str, tmp_path: Path) -> None:
    result = run("--engine", engine, env={"DOCKER_HOST": f"unix://{tmp_path}/nothing-listens.sock"})
    assert result.returncode == 2
    assert "Docker" in result.stderr and "--engine local" in result.stderr
    assert "Traceback" not in result.stderr


def test_dsn_engine_verifies_on_an_existing_server_and_leaves_it_as_it_was(running_server_url: str) -> None:
    """Also after the resume check, which drops and recreates `zstack` once per statement."""
    before = databases(running_server_url)
    result = run("--engine", f"dsn:{running_server_url}", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["ok"] is True
    assert databases(running_server_url) == before


def databases(url: str) -> set[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return set(connection.exec_driver_sql("SHOW DATABASES").scalars())
    finally:
        engine.dispose()


def test_zstacks_own_before_migrate_can_replace_zsgates_helpers(mariadb_binaries: None, corpus: Path) -> None:
    """The real beforeMigrate.sql also turns FOREIGN_KEY_CHECKS off for the session; verify turns it back on."""
    result = run("--helpers", corpus / "upgrade" / "beforeMigrate.sql", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["ok"] is True


def test_nothing_is_left_running_or_on_disk_after_a_failing_run(mariadb_binaries: None, tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    upgrade = tmp_path / "V5.5.28__schema.sql"
    upgrade.write_text(
        (MIGRATIONS / "V5.5.28__schema.sql").read_text().replace("ON DELETE CASCADE", "ON DELETE RESTRICT")
    )
    result = subprocess.run(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--sql", upgrade],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert list(scratch.iterdir()) == [], "the server's temp directory is gone"
    servers = subprocess.run(["pgrep", "-f", str(scratch)], capture_output=True, text=True).stdout
    assert servers == "", "no server process is left"


def test_a_syntax_error_deep_in_a_statement_names_the_line_the_server_names_and_its_text(
    mariadb_binaries: None, tmp_path: Path
) -> None:
    upgrade = tmp_path / "V5.5.28__schema.sql"
    body = ",\n".join(f"    `c{n}` INT NOT NULL" for n in range(10))
    upgrade.write_text(
        "SELECT 1;\n\n"
        f"CREATE TABLE `Wide` (\n    `uuid` VARCHAR(32) NOT NULL,\n{body},\n"
        "    `broken` VARCHAR(32) NOT NULL DEFALT 'x',\n"
        "    PRIMARY KEY (`uuid`)\n) ENGINE=InnoDB;\n"
    )
    line = next(n for n, text in enumerate(upgrade.read_text().splitlines(), 1) if "DEFALT" in text)
    assert line == 15
    result = run("--sql", upgrade, "--format", "json")
    problem = json.loads(result.stdout)["checks"][0]["problems"][0]
    assert problem.startswith(f"{upgrade}:{line}: You have an error in your SQL syntax"), problem
    assert problem.endswith("at: `broken` VARCHAR(32) NOT NULL DEFALT 'x',"), problem


def test_files_are_sent_as_flyway_sends_them_unless_the_client_is_asked_for(
    mariadb_binaries: None, tmp_path: Path
) -> None:
    """A note after a delimiter: the mysql client applies the file, Flyway 3.2.1 joins two statements."""
    upgrade = tmp_path / "V5.5.28__schema.sql"
    text = (MIGRATIONS / "V5.5.28__schema.sql").read_text()
    noted = text.replace(");\n\nCALL CREATE_INDEX(", "); -- since 5.5.28\nCALL CREATE_INDEX(", 1)
    assert noted != text
    upgrade.write_text(noted)
    flyway = json.loads(run("--sql", upgrade, "--format", "json").stdout)
    assert not flyway["checks"][0]["ok"] and "(error 1064)" in flyway["checks"][0]["problems"][0]
    client = run("--sql", upgrade, "--runner", "client", "--format", "json")
    assert client.returncode == 0, client.stdout
