"""Lint a Flyway history as a whole: each folder of tests/lint/histories is a `conf/db` tree whose files
carry their expected findings (`-- expect: rule`); only the rules over the schema are run (in
`impact-of-the-tree`, only the impact rules)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.lint.test_fixtures import STUB_FACTS, expected
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.rules import RULES
from zsgate.checks.lint.runner import lint_paths

HISTORIES = Path(__file__).parent / "histories"
SCHEMA_RULES = frozenset(rule.name for rule in RULES if rule.checks_schema)
IMPACT_RULES = frozenset(rule.name for rule in RULES if rule.checks_impact)
IMPACT_HISTORY = HISTORIES / "impact-of-the-tree"


def annotated(root: Path) -> list[tuple[str, int, str]]:
    return sorted(
        (path.name, line, rule)
        for path in root.rglob("*.sql")
        for (line, rule), count in expected(path.read_text(encoding="utf-8")).items()
        for _ in range(count)
    )


def found(paths: list[Path], rules: frozenset[str] = SCHEMA_RULES) -> list[tuple[str, int, str]]:
    report = lint_paths(paths, LintConfig(select=rules), facts=STUB_FACTS, jobs=1)
    assert report.unreadable == []
    return sorted(Counter((Path(f.path).name, f.line, f.rule) for f in report.findings).elements())


@pytest.mark.parametrize(
    "history", sorted(p for p in HISTORIES.iterdir() if p.is_dir() and p != IMPACT_HISTORY), ids=lambda p: p.name
)
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


def test_the_impact_rules_read_a_file_against_its_history() -> None:
    """The table a change alters is the one the earlier files leave, as `zsgate impact` reads it: the
    whole tree and the new file alone (a pre-commit run) give the same findings."""
    new_file = IMPACT_HISTORY / "upgrade" / "V1.1__schema.sql"
    expected_findings = annotated(IMPACT_HISTORY)
    assert found([IMPACT_HISTORY], IMPACT_RULES) == expected_findings
    assert found([new_file], IMPACT_RULES) == expected_findings


def test_outside_its_history_the_impact_rules_know_only_the_file(tmp_path: Path) -> None:
    """Without V1.0 the first MODIFY is of a column nothing defines (silent); the last still narrows the
    column the file's own earlier MODIFY defined."""
    alone = tmp_path / "V1.1__schema.sql"
    shutil.copy(IMPACT_HISTORY / "upgrade" / "V1.1__schema.sql", alone)
    assert found([alone], IMPACT_RULES) == [entry for entry in annotated(IMPACT_HISTORY) if entry[1] == 5]
