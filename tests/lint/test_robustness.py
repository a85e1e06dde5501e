"""One statement zsgate cannot read never stops the run, on either sqlglot back end.

Each case runs the command in a fresh process twice: with sqlglotc (when installed) and with plain
sqlglot (``ZSGATE_SQLGLOT=python``), because the two fail on different statements.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.runner import lint_paths

BACKENDS = ["sqlglotc", "python"]
CRASHED_SQLGLOT = {
    "create_default_set.sql": "CREATE TABLE t (a INT) DEFAULT SET;\n",  # TypeError in both builds
    "hint_with_semicolon.sql": "SELECT /*+ a;b */ 1;\n",  # TypeError in sqlglotc
    "quoted_type.sql": "ALTER TABLE t MODIFY c `VARCHAR;s`;\n",  # TypeError in sqlglotc
}
NESTED_40 = "SELECT " + "(" * 40 + "1" + ")" * 40 + ";\n"
NOT_1000 = "SELECT " + "NOT " * 1000 + "1;\n"  # no parentheses, but as deep for the parser
GOOD_WITH_FINDING = "CREATE TABLE IF NOT EXISTS `zstack`.`OnceVO` (`at` TIMESTAMP DEFAULT '0000-00-00 00:00:00');\n"


def lint(backend: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    if backend == "sqlglotc" and not sqlglotc_installed():
        pytest.skip("sqlglotc is not installed (no wheel for this platform)")
    environment = {**os.environ, "NO_COLOR": "1", "ZSGATE_SQLGLOT": "python" if backend == "python" else ""}
    return subprocess.run(
        [sys.executable, "-m", "zsgate", "lint", *map(str, args)], capture_output=True, text=True, env=environment
    )


def sqlglotc_installed() -> bool:
    try:
        importlib.metadata.distribution("sqlglotc")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def files(directory: Path, texts: dict[str, str]) -> list[Path]:
    for name, text in texts.items():
        (directory / name).write_text(text, encoding="utf-8")
    return sorted(directory / name for name in texts)


@pytest.mark.parametrize("backend", BACKENDS)
def test_statements_sqlglot_crashes_on_do_not_stop_the_run(tmp_path: Path, backend: str) -> None:
    files(tmp_path, {**CRASHED_SQLGLOT, "V2__schema.sql": GOOD_WITH_FINDING})
    result = lint(backend, "--format", "sarif", tmp_path)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    (run,) = json.loads(result.stdout)["runs"]
    located = {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in run["results"]}
    assert ("ZS401", str(tmp_path / "V2__schema.sql")) in located, "the other file's findings are kept"
    assert run["invocations"][0]["executionSuccessful"] is True


@pytest.mark.parametrize("backend", BACKENDS)
def test_nesting_too_deep_for_the_parser_is_a_finding_not_silence(tmp_path: Path, backend: str) -> None:
    (path,) = files(tmp_path, {"V1__schema.sql": NESTED_40 + NOT_1000})
    result = lint(backend, "--format", "json", path)
    assert "Traceback" not in result.stderr and result.returncode == 1
    findings = [(f["line"], f["rule"], f["message"]) for f in json.loads(result.stdout)["findings"]]
    assert findings == [
        (1, "unchecked-statement", "parentheses nest 40 deep, more than the 20 parsed: no other rule checked it"),
        (2, "unchecked-statement", "nested too deeply for sqlglot's parser: no other rule checked it"),
    ]


def test_the_switch_to_plain_sqlglot_takes_effect() -> None:
    probe = "import zsgate, sqlglot.parser; print(sqlglot.parser.__file__.endswith('.py'))"
    environment = {**os.environ, "ZSGATE_SQLGLOT": "python"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=True)
    assert result.stdout.strip() == "True"


def test_a_zsgate_bug_on_one_file_is_reported_and_the_other_files_still_linted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken, good = files(
        tmp_path, {"V1__schema.sql": "CREATE TABLE IF NOT EXISTS `T` (`a` INT);\n", "V2__schema.sql": GOOD_WITH_FINDING}
    )
    from zsgate.checks.lint import runner

    file_changes = runner.file_changes

    def fails_on_the_first_file(path: str, *rest: object) -> object:  # a stand-in for a bug nobody foresaw
        if path == str(broken):
            raise KeyError("unexpected")
        return file_changes(path, *rest)

    monkeypatch.setattr(runner, "file_changes", fails_on_the_first_file)
    report = lint_paths([tmp_path], LintConfig(), jobs=1)
    assert [(problem.where, problem.message) for problem in report.unreadable] == [
        (str(broken), "reading the file's schema changes failed (KeyError('unexpected')); please report it")
    ]
    assert {(finding.path, finding.rule) for finding in report.findings} == {(str(good), "zero-date-default")}
    assert report.files == 2


def test_a_worker_that_dies_loses_no_other_files_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zsgate.checks.lint import runner

    paths = files(tmp_path, {f"V{number}__schema.sql": GOOD_WITH_FINDING for number in range(runner.PARALLEL_FROM)})
    deadly = paths[3]
    lint_file = runner.lint_file

    def killed_on_one_file(path: Path, *args: object, **options: object) -> object:  # out of memory, a segfault
        if path == deadly and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return lint_file(path, *args, **options)

    parent = os.getpid()
    monkeypatch.setattr(runner, "lint_file", killed_on_one_file)
    report = lint_paths([tmp_path], LintConfig(), jobs=2)
    assert [(problem.path, problem.message) for problem in report.unreadable] == [
        (str(deadly), "the process linting it died; please report it")
    ]
    assert {finding.path for finding in report.findings} == {str(path) for path in paths if path != deadly}
