"""For any text at all, the linter returns findings and never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zsgate.checks.lint.runner import lint_text

FRAGMENTS = [
    "CREATE TABLE ",
    "IF NOT EXISTS ",
    "`zstack`.`T` ",
    "(",
    ")",
    ",",
    ";",
    "'",
    '"',
    "`",
    "\\",
    "--",
    "-- noqa: ZS101",
    "#",
    "/*",
    "*/",
    "/*!50001 ",
    "\n",
    "\r\n",
    "DELIMITER $$\n",
    "DELIMITER ;\n",
    "$$",
    "END",
    "CALL ADD_COLUMN(",
    "'T'",
    "'`c`'",
    "NULL",
    "1",
    "UNIQUE KEY uk (a)",
    "a VARCHAR(32)",
    "NOT NULL",
    "DEFAULT '0000-00-00'",
    "FOREIGN KEY (a) REFERENCES b (c) ON DELETE CASCADE",
    "ALTER TABLE t ADD COLUMN x INT",
    "rank",
    "lateral",
    "INT(4) ZEROFILL",
    "UNSIGNED",
    "AUTO_INCREMENT",
    "COMMENT 'c'",
    "SELECT ",
    "UPDATE t SET ",
    "\ufeff",
    " ",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_sql_like_text_never_crashes_the_linter(text: str) -> None:
    result = lint_text(text)
    assert result.failures == []
    assert all(finding.line >= 1 and finding.column >= 1 for finding in result.findings)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_never_crashes_the_linter(text: str) -> None:
    assert lint_text(text).failures == []
