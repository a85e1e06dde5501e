"""Each fixture is its own assertion: `-- expect: rule[, rule]` marks the findings of its line, and a
first line `-- zsgate: target=NAME` picks the server it is linted for (default: lint's own). The messages,
positions and fixes are kept as a snapshot beside it (`snapshots/<fixture>.txt`, ruff's habit):
`ZSGATE_UPDATE_SNAPSHOTS=1 pytest tests/lint/test_fixtures.py` rewrites them, to be read in review."""

from __future__ import annotations

import dataclasses
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from tests import stub_models
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.rules.runner_disagreement import RunnerDisagreement
from zsgate.checks.lint.runner import FileResult, lint_text

STUB_FACTS = stub_models.facts()
"""The models' facts the fixtures were written against (HostEO, VmInstanceEO, ModelVO, VmModelMountVO, 5.5.28)."""

FIXTURES = Path(__file__).parent / "fixtures"
SNAPSHOTS = Path(__file__).parent / "snapshots"
EXPECT = re.compile(r"--\s*expect:\s*(?P<rules>[\w\-]+(?:\s*,\s*[\w\-]+)*)")
TARGET = re.compile(r"--\s*zsgate:\s*target=(?P<target>\S+)")


def expected(text: str) -> Counter[tuple[int, str]]:
    found: Counter[tuple[int, str]] = Counter()
    for number, line in enumerate(text.splitlines(), start=1):
        if match := EXPECT.search(line):
            found.update((number, rule.strip()) for rule in match.group("rules").split(","))
    return found


def linted(fixture: Path) -> tuple[str, FileResult]:
    text = fixture.read_text(encoding="utf-8")
    # `stmt; -- expect: x` followed by another statement is itself what runner-disagreement finds (Flyway
    # joins the two), so that rule is checked on its own fixture only
    own = fixture.stem == RunnerDisagreement.name
    config = LintConfig() if own else LintConfig(ignore=frozenset({RunnerDisagreement.name}))
    if header := TARGET.match(text):
        config = dataclasses.replace(config, target=header.group("target"))
    return text, lint_text(text, str(fixture), config, STUB_FACTS)


def snapshot(result: FileResult) -> str:
    lines = [f"{f.line}:{f.column}: {f.code} {f.rule} {f.message}" for f in result.findings]
    lines += [f"fix {edit.start}-{edit.end}: {edit.replacement!r}" for edit in result.edits]
    return "\n".join(lines) + "\n"


FIXTURE_FILES = sorted(FIXTURES.glob("*.sql"))


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.stem)
def test_fixture_findings_are_exactly_the_annotated_ones(fixture: Path) -> None:
    text, result = linted(fixture)
    assert result.failures == []
    got = Counter((finding.line, finding.rule) for finding in result.findings)
    assert sorted(got.elements()) == sorted(expected(text).elements())


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.stem)
def test_fixture_messages_and_fixes_match_their_snapshot(fixture: Path) -> None:
    _, result = linted(fixture)
    path = SNAPSHOTS / f"{fixture.stem}.txt"
    if os.environ.get("ZSGATE_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(snapshot(result), encoding="utf-8")
    assert path.is_file(), f"no snapshot: run ZSGATE_UPDATE_SNAPSHOTS=1 pytest {__file__}"
    assert snapshot(result) == path.read_text(encoding="utf-8")


def test_every_rule_has_a_fixture() -> None:
    from zsgate.checks.lint.rules import RULES

    assert {path.stem for path in FIXTURE_FILES} >= {rule.name for rule in RULES}


def test_a_target_header_names_a_target_zsgate_knows() -> None:
    from zsgate import servers

    headers = [m.group("target") for p in FIXTURE_FILES if (m := TARGET.match(p.read_text(encoding="utf-8")))]
    assert headers and set(headers) <= set(servers.NAMES)
