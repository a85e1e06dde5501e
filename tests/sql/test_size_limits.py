"""Absurdly large SQL is refused where it is read, with the file, the line and the flag that allows it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zsgate.sql.limits import DEFAULT_LIMITS, KIB, MIB, SizeLimits, shown_size, size_in_bytes
from zsgate.sql.parse import SqlReadError, read_sql_file

STATEMENT_300K = "SELECT 1" + " + 1" * (300 * KIB // 4) + ";\n"


def zsgate(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zsgate", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
    )


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk (and would take minutes to parse)."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_the_defaults_are_far_above_zstacks_largest_file_and_statement(corpus: Path) -> None:
    files = [read_sql_file(path) for path in corpus.rglob("*.sql")]
    largest_file = max(path.stat().st_size for path in corpus.rglob("*.sql"))
    largest_statement = max(len(s.text.encode()) for sql in files for s in sql.statements)
    assert largest_file * 10 < DEFAULT_LIMITS.file_bytes
    assert largest_statement * 5 < DEFAULT_LIMITS.statement_bytes


def test_a_file_above_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = sparse(tmp_path / "V1__schema.sql", 1024 * MIB)
    with pytest.raises(SqlReadError) as refused:
        read_sql_file(path)
    assert str(refused.value) == (
        f"{path}: file of 1024 MiB is larger than the 1 MiB limit (raise it with --max-file-size)"
    )


def test_a_statement_above_the_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "V1__schema.sql"
    path.write_text("SELECT 1;\n\n" + STATEMENT_300K)
    with pytest.raises(SqlReadError) as refused:
        read_sql_file(path)
    assert refused.value.line == 3
    assert str(refused.value).startswith(f"{path}:3: statement of 300 KiB is larger than the 256 KiB limit")
    assert len(read_sql_file(path, SizeLimits(statement_bytes=0)).statements) == 2


@pytest.mark.parametrize(
    ("text", "size"), [("4M", 4 * MIB), ("512K", 512 * KIB), ("1 MiB", MIB), ("1g", 1024 * MIB), ("100", 100), ("0", 0)]
)
def test_sizes_are_read_as_people_write_them(text: str, size: int) -> None:
    assert size_in_bytes(text) == size
    assert size_in_bytes(shown_size(size)) == size


def test_lint_reports_an_oversized_file_and_still_lints_the_others(tmp_path: Path) -> None:
    sparse(tmp_path / "V1__schema.sql", 2 * MIB)
    (tmp_path / "V2__schema.sql").write_text(STATEMENT_300K)
    (tmp_path / "V3__schema.sql").write_text("UPDATE `zstack`.`HostEO` SET name = 'x';\n")
    result = zsgate("lint", "--format", "json", tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    document = json.loads(result.stdout)
    assert [(p["path"], p["line"], p["message"].split(" (")[0]) for p in document["unreadable"]] == [
        (str(tmp_path / "V1__schema.sql"), None, "file of 2 MiB is larger than the 1 MiB limit"),
        (str(tmp_path / "V2__schema.sql"), 1, "statement of 300 KiB is larger than the 256 KiB limit"),
    ]
    assert [f["path"] for f in document["findings"]] == [str(tmp_path / "V3__schema.sql")]
    assert document["files"] == 3


def test_lint_flags_raise_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "V1__schema.sql"
    path.write_text(STATEMENT_300K)
    assert zsgate("lint", path).returncode == 2
    assert zsgate("lint", "--max-statement-size", "1M", path).returncode == 0
    assert zsgate("lint", "--max-statement-size", "0", path).returncode == 0
    refused = zsgate("lint", "--max-file-size", "100K", path)
    assert "larger than the 100 KiB limit" in refused.stdout
    bad = zsgate("lint", "--max-file-size", "lots", path)
    assert bad.returncode == 2 and "'lots' is not a size such as 4M, 512K or 1048576" in bad.stderr


def test_verify_refuses_a_huge_upgrade_file_before_starting_a_server(tmp_path: Path) -> None:
    path = sparse(tmp_path / "V5.5.28__schema.sql", 1024 * MIB)
    result = zsgate("verify", "--engine", "dsn:mysql+pymysql://nobody@127.0.0.1:1/", "--sql", path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{path}: file of 1024 MiB is larger than the 1 MiB limit (raise it with --max-file-size)" in result.stderr


def test_replay_refuses_a_huge_statement_before_starting_a_server(tmp_path: Path) -> None:
    (tmp_path / "upgrade").mkdir()
    (tmp_path / "V0.6__schema.sql").write_text("CREATE TABLE `a` (`b` INT);\n" + STATEMENT_300K)
    result = zsgate("replay", "--engine", "dsn:mysql+pymysql://nobody@127.0.0.1:1/", tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{tmp_path / 'V0.6__schema.sql'}:2: statement of 300 KiB" in result.stderr


@pytest.mark.parametrize("command", ["lint", "verify --sql"])
def test_an_endless_input_is_read_only_up_to_the_limit(command: str) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    result = zsgate(*command.split(), "/dev/zero", "--max-file-size", "64K")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    output = result.stdout + result.stderr
    assert "/dev/zero: " in output and "file is larger than the 64 KiB limit (raise it with --max-file-size)" in output
