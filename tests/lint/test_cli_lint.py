"""`zsgate lint` as a user runs it: exit codes, formats, configuration, noqa, unreadable files, --fix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MIGRATIONS, SHARED_SCHEMAS

BAD = "CREATE TABLE zstack.`OnceVO` (`uuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`));\n"
WARNING_ONLY = "UPDATE `zstack`.`HostEO` SET name = 'x';\n"
CLEAN = "CREATE TABLE IF NOT EXISTS `zstack`.`OnceVO` (`uuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`));\n"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command in a fresh process, as pre-commit and CI run it."""
    return subprocess.run(
        [sys.executable, "-m", "zsgate", "lint", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
    )


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_generated_upgrade_and_rollback_lint_clean() -> None:
    result = run(MIGRATIONS)
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("0 findings")


def test_text_lines_then_a_summary_and_exit_1_on_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "V1__schema.sql", BAD)
    result = run(path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{path}:1:1: ZS202 non-idempotent-ddl CREATE TABLE without IF NOT EXISTS" in lines[0]
    assert f"{path}:1:14: ZS101 unquoted-identifier `zstack` is not backtick-quoted" in lines[1]
    assert lines[-1] == "2 findings (1 error, 1 warning) in 1 of 1 file, 1 statement"


def test_warnings_pass_unless_fail_on_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "V1__schema.sql", WARNING_ONLY)
    assert run(path).returncode == 0
    assert run(path, "--fail-on", "warning").returncode == 1


def test_directories_are_searched_recursively_for_sql_files(tmp_path: Path) -> None:
    write(tmp_path, "a/b/V1__schema.sql", BAD)
    write(tmp_path, "a/notes.txt", BAD)
    document = json.loads(run(tmp_path, "--format", "json").stdout)
    assert document["files"] == 1 and document["statements"] == 1


def test_json_format(tmp_path: Path) -> None:
    path = write(tmp_path, "V1__schema.sql", BAD)
    document = json.loads(run(path, "--format", "json").stdout)
    assert document["files"] == 1 and document["statements"] == 1
    assert document["findings"][0] == {
        "path": str(path),
        "line": 1,
        "column": 1,
        "code": "ZS202",
        "rule": "non-idempotent-ddl",
        "severity": "error",
        "message": "CREATE TABLE without IF NOT EXISTS fails when the file runs again",
    }


def test_sarif_format_is_valid_sarif_2_1_0(tmp_path: Path) -> None:
    schema_path = SHARED_SCHEMAS / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip(f"OASIS SARIF schema not found at {schema_path} (it lives in ../shared)")
    import jsonschema

    path = write(tmp_path, "V1__schema.sql", BAD)
    document = json.loads(run(path, "--format", "sarif").stdout)
    jsonschema.validate(document, json.loads(schema_path.read_text()))
    (result_run,) = document["runs"]
    assert [r["ruleId"] for r in result_run["results"]] == ["ZS202", "ZS101"]
    region = result_run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 1}
    assert {rule["name"] for rule in result_run["tool"]["driver"]["rules"]} >= {"non-idempotent-ddl"}


def test_github_format_is_workflow_commands(tmp_path: Path) -> None:
    path = write(tmp_path, "V1__schema.sql", BAD)
    lines = run(path, "--format", "github").stdout.splitlines()
    assert lines[0].startswith(f"::error file={path},line=1,col=1,title=ZS202 non-idempotent-ddl::CREATE TABLE")
    assert lines[1].startswith(f"::warning file={path},line=1,col=14,title=ZS101 unquoted-identifier::")


def test_noqa_silences_named_rules_on_its_line(tmp_path: Path) -> None:
    text = BAD.rstrip("\n") + "  -- noqa: non-idempotent-ddl, ZS101\n" + BAD.rstrip("\n") + "  -- noqa: ZS101\n"
    # (Flyway 3.2.1 joins a line ending in `; -- noqa` with the next: runner-disagreement says so)
    path = write(tmp_path, "V1__schema.sql", text)
    document = json.loads(run(path, "--format", "json", "--ignore", "runner-disagreement").stdout)
    assert [(f["line"], f["rule"]) for f in document["findings"]] == [(2, "non-idempotent-ddl")]


def test_pyproject_configures_and_flags_override(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.zsgate.lint]\nignore = ["unquoted-identifier"]\ntarget = "mysql-8.4"\n'
        '[tool.zsgate.lint.per-file-ignores]\n"legacy/*.sql" = ["ZS202"]\n'
    )
    write(tmp_path, "V1__schema.sql", BAD + "UPDATE `zstack`.`HostEO` SET `name` = manual;\n")
    write(tmp_path, "legacy/V0__schema.sql", BAD)
    document = json.loads(run(".", "--format", "json", cwd=tmp_path).stdout)
    got = sorted((f["path"], f["rule"]) for f in document["findings"])
    assert got == [("V1__schema.sql", "non-idempotent-ddl"), ("V1__schema.sql", "reserved-word")]
    overridden = json.loads(run(".", "--format", "json", "--target", "mysql-8.0", cwd=tmp_path).stdout)
    assert "reserved-word" not in {f["rule"] for f in overridden["findings"]}
    selected = json.loads(run(".", "--format", "json", "--select", "unquoted-identifier", cwd=tmp_path).stdout)
    assert {f["rule"] for f in selected["findings"]} == {"unquoted-identifier"}


def test_bad_configuration_is_a_usage_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.zsgate.lint]\ntarget = "oracle"\n')
    result = run(".", cwd=tmp_path)
    assert result.returncode == 2 and f"{tmp_path / 'pyproject.toml'}" in result.stderr and "oracle" in result.stderr
    result = run(".", "--ignore", "no-such-rule", cwd=tmp_path.parent)
    assert result.returncode == 2 and "unknown rule(s): no-such-rule" in result.stderr


def test_unreadable_and_non_utf8_files_exit_2_and_the_rest_is_still_linted(tmp_path: Path) -> None:
    write(tmp_path, "V1__schema.sql", BAD)
    (tmp_path / "V2__schema.sql").write_bytes(b"SELECT '\xff';\n")
    result = run(tmp_path, tmp_path / "missing.sql")
    assert result.returncode == 2
    assert f"{tmp_path / 'V2__schema.sql'}: error: not UTF-8" in result.stdout
    assert f"{tmp_path / 'missing.sql'}: error: no such file or directory" in result.stdout
    assert "non-idempotent-ddl" in result.stdout
    assert "Traceback" not in result.stderr


def test_plain_output_when_piped_has_no_colour_codes(tmp_path: Path) -> None:
    assert "\x1b[" not in run(write(tmp_path, "V1__schema.sql", BAD)).stdout


def test_terminal_output_is_grouped_by_file_and_coloured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from zsgate.checks.lint.config import LintConfig
    from zsgate.checks.lint.runner import lint_paths
    from zsgate.checks.report.lint_text import write_rich

    write(tmp_path, "a.sql", BAD)
    write(tmp_path, "b.sql", BAD)
    report = lint_paths([tmp_path], LintConfig())
    out = io.StringIO()
    for variable in ("NO_COLOR", "TERM", "COLORTERM", "FORCE_COLOR"):  # the test's terminal is not the user's
        monkeypatch.delenv(variable, raising=False)
    from rich.console import Console

    console = Console(file=out, force_terminal=True, color_system="standard", width=200)
    write_rich(report, out, console=console)
    text = out.getvalue()
    assert "\x1b[" in text
    assert text.count("a.sql") == 1 and text.count("b.sql") == 1, "one heading per file"


def test_code_prefixes_select_a_family_of_rules(tmp_path: Path) -> None:
    path = write(tmp_path, "V1__schema.sql", BAD)
    document = json.loads(run(path, "--format", "json", "--select", "ZS2").stdout)
    assert {f["code"] for f in document["findings"]} == {"ZS202"}


def test_a_rule_that_fails_is_reported_and_the_other_rules_still_run(tmp_path: Path, monkeypatch) -> None:
    from zsgate.checks.lint.config import LintConfig
    from zsgate.checks.lint.rules.zero_date_default import ZeroDateDefault
    from zsgate.checks.lint.runner import lint_paths

    def broken(self, statement, context):  # a stand-in for a bug on input nobody foresaw
        raise TypeError("unexpected tree")

    monkeypatch.setattr(ZeroDateDefault, "check", broken)
    path = write(tmp_path, "V1__schema.sql", BAD)
    report = lint_paths([path], LintConfig(), jobs=1)
    assert [(p.where, p.message) for p in report.unreadable] == [
        (f"{path}:1", "rule zero-date-default failed (TypeError('unexpected tree')); please report it")
    ]
    assert {f.rule for f in report.findings} == {"non-idempotent-ddl", "unquoted-identifier"}


def test_facts_from_another_project_and_a_bad_facts_file(tmp_path: Path) -> None:
    path = write(tmp_path, "V1__schema.sql", "CALL ADD_CONSTRAINT('T', 'fkT', 'c', 'U', 'uuid', 'CASCADE');\n")
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"tables": {"T": {"c": {"type": "VARCHAR(32)", "nullable": True}}}}))
    document = json.loads(run(path, "--format", "json", "--facts", facts).stdout)
    assert [f["rule"] for f in document["findings"]] == ["nullable-cascade-fk"]
    facts.write_text("{}")
    result = run(path, "--facts", facts)
    assert result.returncode == 2 and f"{facts}: not a model-facts.json" in result.stderr


def test_destructive_change_leaves_flyway_undo_files_alone(tmp_path: Path) -> None:
    from zsgate.checks.lint.config import LintConfig
    from zsgate.checks.lint.runner import lint_paths

    sql = "CALL DROP_COLUMN('VmModelMountVO', 'cacheUuid');\n"
    (tmp_path / "U5.6.0__schema.sql").write_text(sql, encoding="utf-8")
    (tmp_path / "V5.6.0__schema.sql").write_text(sql, encoding="utf-8")
    report = lint_paths([tmp_path], LintConfig(select=frozenset({"destructive-change"})))
    assert [(Path(f.path).name, f.rule) for f in report.findings] == [("V5.6.0__schema.sql", "destructive-change")]


def test_sarif_locations_are_uris_whatever_the_file_is_called(tmp_path: Path) -> None:
    write(tmp_path, "upgrade 5.5 #2/V1__schema.sql", BAD)
    document = json.loads(run("upgrade 5.5 #2", "--format", "sarif", cwd=tmp_path).stdout)
    locations = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in document["runs"][0]["results"]
    }
    assert locations == {"upgrade%205.5%20%232/V1__schema.sql"}


@pytest.mark.parametrize("where", ["conf/db", "conf/typo"], ids=["no SQL in it", "does not exist"])
def test_a_directory_with_no_sql_fails_closed_naming_it(tmp_path: Path, where: str) -> None:
    write(tmp_path, "conf/db/README.txt", "upgrade files go here\n")
    result = run(tmp_path / where)
    assert result.returncode == 2
    reason = "no *.sql file in this directory" if where == "conf/db" else "no such file or directory"
    assert f"{tmp_path / where}: error: {reason}" in result.stdout.splitlines()


def test_lint_of_the_working_directory_with_no_sql_fails_closed(tmp_path: Path) -> None:
    result = run(cwd=tmp_path)
    assert result.returncode == 2 and ".: error: no *.sql file in this directory" in result.stdout


def test_a_migration_name_schema_version_cannot_record_is_an_error_and_one_that_fits_is_not(tmp_path: Path) -> None:
    """Flyway's schema_version holds a 50-character version and a 200-character description."""
    fits = (f"V1.{'1.' * 23}1__x.sql", f"V1.1__{'d' * 200}.sql")
    too_long = {
        f"V1.{'1.' * 24}1__x.sql": "its version is 51 characters",
        f"V1.2__{'d' * 201}.sql": "its description is 201",
    }
    for name in (*fits, *too_long):
        write(tmp_path, name, CLEAN)
    result = run(tmp_path, "--select", "unrecordable-migration")
    assert result.returncode == 1, result.stdout + result.stderr
    findings = {line.split(":", 1)[0]: line for line in result.stdout.splitlines() if " ZS005 " in line}
    assert set(findings) == {str(tmp_path / name) for name in too_long}
    for name, reason in too_long.items():
        assert (
            f"{name}:1:1: ZS005 unrecordable-migration schema_version cannot record this migration: {reason}"
            in (findings[str(tmp_path / name)])
        )


def test_statistics_count_findings_per_rule_as_ruff_does(tmp_path: Path) -> None:
    path = write(tmp_path, "V1__schema.sql", BAD + "UPDATE HostEO SET name = 'x';\n")
    result = run(path, "--statistics")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "3\tZS101\t[*] unquoted-identifier",
        "1\tZS202\t[ ] non-idempotent-ddl",
        "4 findings (1 error, 3 warnings) in 1 of 1 file, 2 statements",
    ]
    rows = json.loads(run(path, "--statistics", "--format", "json").stdout)
    assert rows[0] == {"code": "ZS101", "name": "unquoted-identifier", "count": 3, "fixable": True}
    refused = run(path, "--statistics", "--format", "sarif")
    assert refused.returncode == 2 and refused.stderr == "zsgate: error: --statistics gives text or json, not sarif\n"


def test_fix_says_what_it_fixed_per_rule_in_each_format_and_nothing_when_nothing_changed(tmp_path: Path) -> None:
    text = "ALTER TABLE HostVO ADD INDEX idxName (name);\nUPDATE HostEO SET name = 'x';\n"
    first, second = write(tmp_path, "a/V1__schema.sql", text), write(tmp_path, "b/V1__schema.sql", text)
    fixed = run(first, second, "--fix")
    assert fixed.stdout.splitlines()[-2] == "fixed 10 findings in 2 files (unquoted-identifier: 10)", fixed.stdout
    assert fixed.stderr == ""
    again = run(first, second, "--fix")
    assert not any(line.startswith("fixed") for line in again.stdout.splitlines()) and again.stderr == ""
    assert json.loads(run(first, second, "--fix", "--format", "json").stdout)["fixed"] == {
        "files": 0, "findings": 0, "rules": {}
    }  # fmt: skip
    write(tmp_path, "a/V1__schema.sql", text)
    assert json.loads(run(first, "--fix", "--format", "json").stdout)["fixed"] == {
        "files": 1, "findings": 5, "rules": {"unquoted-identifier": 5}
    }  # fmt: skip
    write(tmp_path, "a/V1__schema.sql", text)
    sarif = run(first, "--fix", "--format", "sarif")
    assert json.loads(sarif.stdout)["version"] == "2.1.0"
    assert sarif.stderr == "fixed 5 findings in 1 file (unquoted-identifier: 5)\n"
    assert "fixed" not in json.loads(run(first, "--format", "json").stdout)
