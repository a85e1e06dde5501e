"""Whatever a statement's tree looks like, the change reader and everything downstream of it say "cannot
read" rather than fail (issue 13, defect 6): real statements from ZStack's history and SQLFluff's MySQL
fixtures, broken by deleting, repeating and swapping their tokens, go through reading, applying, impact's
classification and prechecks without an exception, and lint's every output format stays complete."""

from __future__ import annotations

import io
import json
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS
from zsgate.checks.impact.analyse import impacts, model_schema, parsed, statement_alterations
from zsgate.checks.impact.prechecks import prechecks
from zsgate.checks.lint.findings import LintReport
from zsgate.checks.lint.rules import RULES
from zsgate.checks.lint.runner import lint_text
from zsgate.checks.report import lint_machine
from zsgate.checks.report import lint_text as lint_plain
from zsgate.history.apply import apply
from zsgate.history.changes import statement_changes
from zsgate.sql.split import split_sql

PEERS = CORPUS.parent.parent / "peers" / "sqlfluff-mysql"


@cache
def corpus_statements() -> tuple[tuple[str, ...], ...]:
    """Each statement of the two corpora as the source text of its tokens."""
    found = []
    for path in sorted([*CORPUS.rglob("*.sql"), *PEERS.glob("*.sql")]):
        for statement in split_sql(path.read_text(encoding="utf-8", errors="replace"), str(path)).statements:
            if statement.tokens:
                found.append(tuple(statement.source[t.start : t.end + 1] for t in statement.tokens))
    return tuple(found)


@st.composite
def mutated_statements(draw: st.DrawFn) -> str:
    """One corpus statement with one to four of its tokens deleted, repeated or swapped with another."""
    statements = corpus_statements()
    if not statements:
        pytest.skip(f"corpus not found at {CORPUS} or {PEERS}")
    tokens = list(draw(st.sampled_from(statements)))
    for _ in range(draw(st.integers(1, 4))):
        if not tokens:
            break
        at = draw(st.integers(0, len(tokens) - 1))
        match draw(st.sampled_from(["delete", "repeat", "swap"])):
            case "delete":
                del tokens[at]
            case "repeat":
                tokens.insert(at, tokens[at])
            case "swap":
                other = draw(st.integers(0, len(tokens) - 1))
                tokens[at], tokens[other] = tokens[other], tokens[at]
    return " ".join(tokens) + ";\n"


def outputs(text: str) -> tuple[LintReport, dict[str, str]]:
    """Lint's report of ``text``, and the report in every format the CLI writes."""
    result = lint_text(text, "V1__mutated.sql")
    report = LintReport(1, result.statements, result.findings, result.failures, [rule.info() for rule in RULES])
    written = {}
    for name, writer in [
        ("text", lint_plain.write_plain),
        ("json", lint_machine.write_json),
        ("sarif", lint_machine.write_sarif),
        ("github", lint_machine.write_github),
    ]:
        out = io.StringIO()
        writer(report, out)
        written[name] = out.getvalue()
    assert result.failures == [], result.failures
    return report, written


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_statements())
@example("CREATE INDEX ON t;\n")
@example("RENAME TABLE a TO b TO c;\n")
@example("CREATE TABLE t (a INT, KEY ());\n")
@example("ALTER TABLE t ADD UNIQUE KEY k (name(10)), ADD PRIMARY KEY ();\n")
@example("ALTER TABLE t ADD INDEX ((a + 1)), ADD FOREIGN KEY () REFERENCES u ();\n")
def test_a_broken_statement_is_read_applied_classified_and_linted_without_an_exception(text: str) -> None:
    sql = split_sql(text, "V1__mutated.sql")
    schema = model_schema()
    for statement in sql.statements:
        for change in statement_changes(statement):
            apply(schema, change)
    for statement, alterations in statement_alterations(parsed(sql), model_schema(), None):
        impacts(statement, alterations)
        prechecks(statement.path, statement.line, alterations)
    report, written = outputs(text)
    assert len(json.loads(written["json"])["findings"]) == len(report.findings)
    (run,) = json.loads(written["sarif"])["runs"]
    assert len(run["results"]) == len(report.findings) and run["invocations"][0]["executionSuccessful"] is True
    assert written["text"].splitlines()[-1] == lint_plain.summary(report)
    assert len(written["github"].splitlines()) == len(report.findings)
