"""A statement the change reader cannot follow never sinks a command (issue 13, defects 6 and 19): lint in
every format, impact and verify each give findings or one clear line naming the file and line, never
"internal error" or "please report it"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import STUB_MODELS

MALFORMED = {
    "create_index_on.sql": "CREATE INDEX ON t;\n",  # IndexError in the schema once
    "rename_twice.sql": "RENAME TABLE a TO b TO c;\n",
    "key_without_columns.sql": "CREATE TABLE t (a INT, KEY ());\n",
    "unique_without_columns.sql": "ALTER TABLE t ADD UNIQUE ();\n",
}
NESTED_40 = "SELECT " + "(" * 40 + "1" + ")" * 40 + ";\n"
BUG = ("internal error", "please report it", "Traceback")


def zsgate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "zsgate", *map(str, args)], capture_output=True, text=True, env=environment
    )


def assert_no_bug(result: subprocess.CompletedProcess[str]) -> None:
    for sign in BUG:
        assert sign not in result.stdout + result.stderr, result.stdout + result.stderr


@pytest.fixture
def malformed(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / request.param
    path.write_text(MALFORMED[request.param], encoding="utf-8")
    return path


@pytest.mark.parametrize("malformed", MALFORMED, indirect=True)
@pytest.mark.parametrize("output", ["text", "json", "sarif", "github"])
def test_lint_reports_a_malformed_statement_in_every_format(malformed: Path, output: str) -> None:
    result = zsgate("lint", "--format", output, malformed)
    assert_no_bug(result)
    assert result.returncode == 1, result.stderr
    if output == "json":
        assert json.loads(result.stdout)["findings"]
    elif output == "sarif":
        (run,) = json.loads(result.stdout)["runs"]
        assert run["results"] and run["invocations"][0]["executionSuccessful"] is True
    else:
        assert f"{malformed}:1" in result.stdout or f"file={malformed},line=1" in result.stdout


@pytest.mark.parametrize("malformed", MALFORMED, indirect=True)
def test_impact_reads_a_malformed_statement_as_a_change_it_cannot_follow(malformed: Path) -> None:
    result = zsgate("impact", "--format", "json", malformed)
    assert_no_bug(result)
    assert result.returncode == 0, result.stderr
    operations = {(s["line"], s["operation"]) for s in json.loads(result.stdout)["statements"]}
    assert operations <= {(1, "other")}


def test_impact_reports_a_statement_too_deep_to_parse_as_lint_does_and_reads_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "V1__schema.sql"
    path.write_text("ALTER TABLE `t` DROP COLUMN `c`;\n" + NESTED_40, encoding="utf-8")
    result = zsgate("impact", "--format", "json", path)
    assert_no_bug(result)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"zsgate: error: {path}:2: parentheses nest 40 deep, more than the 20 parsed: impact did not read it"
    ]
    assert [(s["line"], s["operation"]) for s in json.loads(result.stdout)["statements"]] == [(1, "drop-column")]
    linted = zsgate("lint", "--select", "unchecked-statement", "--format", "json", path)
    assert [f["line"] for f in json.loads(linted.stdout)["findings"]] == [2]


def test_impact_reads_a_history_whose_earlier_file_or_callback_nests_too_deep(tmp_path: Path) -> None:
    (tmp_path / "beforeMigrate.sql").write_text(NESTED_40, encoding="utf-8")
    (tmp_path / "V1__schema.sql").write_text(
        "CREATE TABLE `t` (`c` INT);\nALTER TABLE `t` ADD COLUMN `d` INT DEFAULT " + "(" * 30 + "1" + ")" * 30 + ";\n",
        encoding="utf-8",
    )
    later = tmp_path / "V2__schema.sql"
    later.write_text("ALTER TABLE `t` DROP COLUMN `c`;\n", encoding="utf-8")
    result = zsgate("impact", "--format", "json", later)
    assert_no_bug(result)
    assert result.returncode == 0, result.stderr
    assert [(s["table"], s["operation"]) for s in json.loads(result.stdout)["statements"]] == [("t", "drop-column")]


@pytest.mark.usefixtures("mariadb_binaries")
@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (MALFORMED["create_index_on.sql"], "error in your SQL syntax"),
        (MALFORMED["rename_twice.sql"], "error in your SQL syntax"),
        (NESTED_40, None),
    ],
)
def test_verify_leaves_what_the_reader_cannot_follow_to_the_server(
    tmp_path: Path, text: str, refused: str | None
) -> None:
    """The server, not the reader, decides: a malformed statement fails the upgrade at its line."""
    path = tmp_path / "V9.9.9__schema.sql"
    path.write_text(text, encoding="utf-8")
    result = zsgate("verify", "--models", STUB_MODELS, "--no-resume", "--sql", path)
    assert_no_bug(result)
    upgrade = next(line for line in result.stdout.splitlines() if " upgrade " in line)
    if refused is None:
        assert upgrade.startswith("✓"), result.stdout
    else:
        assert result.returncode == 1 and upgrade.startswith("✗"), result.stdout
        assert f"{path}:1: " in result.stdout and refused in result.stdout
