"""Each fixture is its own assertion: `-- expect: rule[, rule]` marks the findings of its line."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.rules.runner_disagreement import RunnerDisagreement
from zsgate.checks.lint.runner import lint_text

FIXTURES = Path(__file__).parent / "fixtures"
EXPECT = re.compile(r"--\s*expect:\s*(?P<rules>[\w\-]+(?:\s*,\s*[\w\-]+)*)")


def expected(text: str) -> Counter[tuple[int, str]]:
    found: Counter[tuple[int, str]] = Counter()
    for number, line in enumerate(text.splitlines(), start=1):
        if match := EXPECT.search(line):
            found.update((number, rule.strip()) for rule in match.group("rules").split(","))
    return found


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sql")), ids=lambda path: path.stem)
def test_fixture_findings_are_exactly_the_annotated_ones(fixture: Path) -> None:
    text = fixture.read_text(encoding="utf-8")
    # `stmt; -- expect: x` followed by another statement is itself what runner-disagreement finds (Flyway
    # joins the two), so that rule is checked on its own fixture only
    own = fixture.stem == RunnerDisagreement.name
    result = lint_text(text, str(fixture), None if own else LintConfig(ignore=frozenset({RunnerDisagreement.name})))
    assert result.failures == []
    got = Counter((finding.line, finding.rule) for finding in result.findings)
    assert sorted(got.elements()) == sorted(expected(text).elements())


def test_every_rule_has_a_fixture() -> None:
    from zsgate.checks.lint.rules import RULES

    assert {path.stem for path in FIXTURES.glob("*.sql")} >= {rule.name for rule in RULES}
