"""Lint a Flyway history as a whole: each folder of tests/lint/histories is a `conf/db` tree whose files
carry their expected findings (`-- expect: rule`); only the rules over the schema are run."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.lint.test_fixtures import expected
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.rules import RULES
from zsgate.checks.lint.runner import lint_paths

HISTORIES = Path(__file__).parent / "histories"
SCHEMA_RULES = frozenset(rule.name for rule in RULES if rule.checks_schema)


def annotated(root: Path) -> list[tuple[str, int, str]]:
    return sorted(
        (path.name, line, rule)
        for path in root.rglob("*.sql")
        for (line, rule), count in expected(path.read_text(encoding="utf-8")).items()
        for _ in range(count)
    )


def found(paths: list[Path]) -> list[tuple[str, int, str]]:
    report = lint_paths(paths, LintConfig(select=SCHEMA_RULES), jobs=1)
    assert report.unreadable == []
    return sorted(Counter((Path(f.path).name, f.line, f.rule) for f in report.findings).elements())


@pytest.mark.parametrize("history", sorted(p for p in HISTORIES.iterdir() if p.is_dir()), ids=lambda p: p.name)
def test_history_findings_are_exactly_the_annotated_ones(history: Path) -> None:
    assert found([history]) == annotated(history)


def test_a_new_file_alone_is_linted_against_the_history_before_it() -> None:
    """A pull request's hook passes only the new file: its tree still gives the columns."""
    history = HISTORIES / "cross-file-keys"
    new_file = history / "upgrade" / "V1.9__schema.sql"
    assert found([new_file]) == [entry for entry in annotated(history) if entry[0] == new_file.name]


def test_the_same_file_outside_its_history_knows_nothing_of_it(tmp_path: Path) -> None:
    alone = tmp_path / "V1.9__schema.sql"
    shutil.copy(HISTORIES / "cross-file-keys" / "upgrade" / "V1.9__schema.sql", alone)
    assert found([alone]) == []


def test_a_later_file_changes_nothing_before_it() -> None:
    """Linting V1.9 with the whole tree gives the same findings for V1.9 as linting it alone in its tree."""
    history = HISTORIES / "cross-file-keys"
    whole = [entry for entry in found([history]) if entry[0] == "V1.9__schema.sql"]
    assert whole == found([history / "upgrade" / "V1.9__schema.sql"])
