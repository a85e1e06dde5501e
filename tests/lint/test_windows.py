"""A file linted a window at a time (what `zsgate lint` does) finds what it finds linted whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.runner import FileResult, lint_parts, lint_sql
from zsgate.files import sql_files
from zsgate.sql.split import split_sql, split_windows

FIXTURES = Path(__file__).parent / "fixtures"
CONFLICT = "CREATE TABLE a (b INT);\n<<<<<<< HEAD\nALTER TABLE a ADD c INT;\n=======\nDROP TABLE a;\n>>>>>>> topic\n"


def _everything(result: FileResult) -> tuple[object, ...]:
    return result.statements, list(result.findings), result.edits, result.failures, result.changes


def _same_in_windows(text: str, path: str, config: LintConfig, windows: tuple[int, ...] = (64, 1024)) -> None:
    whole = lint_sql(split_sql(text, path), config)
    for window in windows:
        assert _everything(lint_parts(split_windows(text, path, window), config)) == _everything(whole)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sql")), ids=lambda path: path.name)
def test_each_rules_fixture_finds_the_same_in_windows(fixture: Path) -> None:
    text = fixture.read_text()
    _same_in_windows(text * 3, str(fixture), LintConfig())  # three times: findings in later windows too


def test_conflict_markers_and_transactions_across_windows() -> None:
    text = CONFLICT + "BEGIN;\n" + "UPDATE a SET b = 1;\n" * 40 + "ALTER TABLE a ADD d INT;\nCOMMIT;\n"
    _same_in_windows(text, "V1__x.sql", LintConfig())


def test_every_corpus_file_finds_the_same_in_windows(corpus: Path) -> None:
    files, _ = sql_files([corpus])
    for path in files:
        _same_in_windows(path.read_text(encoding="utf-8-sig"), str(path), LintConfig(), windows=(512,))
