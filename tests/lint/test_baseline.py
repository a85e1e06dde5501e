"""A baseline keeps a history's findings known while its lines move, and reports what is new: in memory
(properties over random files) and through `zsgate lint --write-baseline / --baseline` and the config."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.lint.test_cli_lint import run, write
from zsgate.checks.lint.baseline import Baseline
from zsgate.checks.lint.findings import Finding
from zsgate.checks.lint.runner import lint_text

STATEMENTS = [
    "ALTER TABLE VmInstanceVO ADD COLUMN note varchar(32) DEFAULT NULL;",
    "ALTER TABLE `zstack`.`HostVO` DROP COLUMN `oldName`;",
    "UPDATE HostEO SET name = 'x';",
    "ALTER TABLE `zstack`.`HostVO` MODIFY COLUMN `name` varchar(255) NOT NULL;",
    "CREATE INDEX idxHostVOName ON HostVO (name);",
    "SELECT 1;",
]
INSERTED = ["", "-- reviewed", "   ", "/* moved here */"]
FILE = Path("zsgate-baseline.json")


def findings(statements: list[str], gaps: dict[int, list[str]] | None = None) -> list[Finding]:
    """The findings of a file of ``statements``, with the lines ``gaps[i]`` before statement i."""
    gaps = gaps or {}
    lines = [line for index, statement in enumerate(statements) for line in [*gaps.get(index, []), statement]]
    return lint_text("\n".join(lines) + "\n", "V1__schema.sql").findings


files = st.lists(st.sampled_from(STATEMENTS), min_size=1, max_size=8)


@settings(max_examples=25, deadline=None)
@given(files, st.data())
def test_lines_inserted_above_findings_and_indentation_keep_them_baselined(statements: list[str], data) -> None:
    before = findings(statements)
    gaps = data.draw(st.dictionaries(st.integers(0, len(statements) - 1), st.lists(st.sampled_from(INSERTED))))
    indented = [("    " if data.draw(st.booleans()) else "") + statement for statement in statements]
    after = findings(indented, gaps)
    assert len(after) == len(before)
    assert Baseline.of(before, FILE).new(after) == []


@settings(max_examples=25, deadline=None)
@given(files, st.data())
def test_a_changed_statements_findings_are_new_and_only_they(statements: list[str], data) -> None:
    changed = data.draw(st.integers(0, len(statements) - 1))
    edited = [*statements]
    edited[changed] = edited[changed].replace("Host", "Zone").replace("VmInstance", "Zone").replace("note", "memo")
    after = findings(edited)
    new = Baseline.of(findings(statements), FILE).new(after)
    line = changed + 1  # one statement a line
    assert new == [finding for finding in after if finding.line == line]


def test_one_more_finding_in_a_repeated_statement_is_new() -> None:
    statement = STATEMENTS[0]
    baseline = Baseline.of(findings([statement, statement]), FILE)
    new = baseline.new(findings([statement, statement, statement]))
    assert new and {finding.line for finding in new} == {3}


def test_written_then_read_it_reports_only_the_new_finding_after_lines_move(tmp_path: Path) -> None:
    history = tmp_path / "db" / "upgrade"
    write(history, "V1__a.sql", "\n".join(STATEMENTS[:4]) + "\n")
    write(history, "V2__b.sql", STATEMENTS[4] + "\n")
    written = run(tmp_path / "db", "--write-baseline", tmp_path / "zsgate-baseline.json")
    assert written.returncode == 0, written.stderr
    recorded = json.loads((tmp_path / "zsgate-baseline.json").read_text())
    total = sum(entry["count"] for entry in recorded["findings"])
    assert written.stdout.splitlines() == [f"wrote {tmp_path / 'zsgate-baseline.json'}: {total} findings in 2 files"]
    assert {entry["path"] for entry in recorded["findings"]} == {"db/upgrade/V1__a.sql", "db/upgrade/V2__b.sql"}

    write(history, "V1__a.sql", "-- moved\n\n" + "\n".join([*reversed(STATEMENTS[:4]), STATEMENTS[0]]) + "\n")
    result = run("db", "--baseline", "zsgate-baseline.json", cwd=tmp_path)
    assert result.returncode == 1
    *lines, summary = result.stdout.splitlines()
    assert lines and all(line.startswith("db/upgrade/V1__a.sql:7:") for line in lines), lines
    assert summary.endswith(f"; {total} more in the baseline")


def test_the_config_names_the_baseline_relative_to_its_pyproject(tmp_path: Path) -> None:
    write(tmp_path, "db/V1__a.sql", STATEMENTS[0] + "\n")
    assert run("db", "--write-baseline", "lint-baseline.json", cwd=tmp_path).returncode == 0
    write(tmp_path, "pyproject.toml", '[tool.zsgate.lint]\nbaseline = "lint-baseline.json"\nfail-on = "warning"\n')
    (tmp_path / "db" / "sub").mkdir()
    result = run("..", cwd=tmp_path / "db" / "sub")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("0 findings")
    assert run("..", "--write-baseline", "x.json", cwd=tmp_path / "db" / "sub").returncode == 0  # not read


def test_a_missing_or_broken_baseline_is_one_line_naming_it(tmp_path: Path) -> None:
    write(tmp_path, "V1__a.sql", STATEMENTS[0] + "\n")
    broken = {
        "missing.json": None,
        "text.json": "not json",
        "list.json": "[]",
        "entry.json": '{"zsgate-baseline": 1, "findings": [{"path": "V1__a.sql", "count": 1}]}',
        "count.json": '{"zsgate-baseline": 1, "findings": [{"path": "a", "code": "b", "statement": "c", "count": 0}]}',
    }
    for name, text in broken.items():
        if text is not None:
            write(tmp_path, name, text)
        result = run(tmp_path / "V1__a.sql", "--baseline", tmp_path / name)
        assert result.returncode == 2, name
        assert result.stderr.startswith(f"zsgate: error: {tmp_path / name}: "), result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
    result = run(tmp_path / "V1__a.sql", "--baseline", tmp_path)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr


def test_no_baseline_is_written_when_a_file_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "V1__a.sql").write_bytes(b"SELECT '\xff';\n")
    result = run(tmp_path, "--write-baseline", tmp_path / "b.json")
    assert result.returncode == 2
    assert "b.json not written: 1 file(s) could not be read" in result.stderr
    assert not (tmp_path / "b.json").exists()
