"""For any text at all, the linter returns findings and never raises, and --fix never changes what
the file is made of; under both sqlglot back ends (the compiled one in this process, plain sqlglot in
a second run of this module)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import sqlglot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlglot import exp

from zsgate.checks.lint.runner import apply_edits, lint_text
from zsgate.sql.backend import compiled
from zsgate.sql.split import split_sql

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
    # statements sqlglot (or sqlglotc) crashed on, and broken files --fix used to damage
    "DEFAULT SET",
    "/*+ a;b */",
    "MODIFY c `VARCHAR;s`",
    "(" * 45,
    ")" * 45,
    "CREATE INDEX idxFoo ON FooVO`(uuid);",
    "DROP VIEW IF EXISTS\n",
    "DELIMITER",
    "N'",
    "VIRTUAL",
]
SQL_LIKE = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SQL_LIKE)
def test_sql_like_text_never_crashes_the_linter(text: str) -> None:
    result = lint_text(text)
    assert result.failures == []
    assert all(finding.line >= 1 and finding.column >= 1 for finding in result.findings)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_never_crashes_the_linter(text: str) -> None:
    assert lint_text(text).failures == []


def fixed(text: str) -> str:
    return apply_edits(text, lint_text(text).edits)


def shape(text: str) -> tuple[int, list[str]]:
    """How many statements the file splits into, and what keeps it from splitting cleanly (no positions)."""
    sql = split_sql(text)
    return len(sql.statements), [re.sub(r"\d+:\d+", "", error.message) for error in sql.errors]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SQL_LIKE)
def test_fix_keeps_the_files_statements_and_errors_and_a_second_fix_changes_nothing(text: str) -> None:
    once = fixed(text)
    assert shape(once) == shape(text)
    assert fixed(once) == once


def test_the_properties_hold_with_plain_sqlglot_too() -> None:
    if os.environ.get("ZSGATE_SQLGLOT") == "python":
        assert not compiled(), "this is the plain-sqlglot run"
        return
    if not compiled():
        return  # sqlglotc is not installed: the tests above ran on plain sqlglot
    environment = {**os.environ, "ZSGATE_SQLGLOT": "python"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__]
    result = subprocess.run(command, capture_output=True, text=True, env=environment)
    assert result.returncode == 0, result.stdout[-3000:]


# Unquoted names beside quoted ones, strings and each other, in statements whose names --fix quotes.
NEAR_NAMES = ["a", "b", "`b`", "`a``b`", "'s'", '"d"', "N'n'", ".", ",", " ", "=", "1", " AS ", "$", "x$", "@v", "ü"]
BESIDE_QUOTES = st.builds(
    "{}{} FROM {}{};".format,
    st.sampled_from(["SELECT ", "SELECT 1 FROM t WHERE ", "DELETE FROM t WHERE "]),
    st.lists(st.sampled_from(NEAR_NAMES), min_size=1, max_size=6).map("".join),
    st.sampled_from(["t", "`t`", "t`u`", "`t`u"]),
    st.sampled_from(["", " WHERE a`b` = 1", " a`b`", ", u"]),
)


def meaning(sql: str) -> list[str] | None:
    """What sqlglot reads ``sql`` as, with names compared as the server compares table names here: whatever
    their quotes and case. None where sqlglot cannot read it (plain sqlglot recurses past Python's limit on
    some generated nestings, where sqlglotc does not)."""

    def plain(node: exp.Expression) -> exp.Expression:
        return exp.to_identifier(node.name.lower()) if isinstance(node, exp.Identifier) else node

    try:
        trees = sqlglot.parse(sql, read="mysql")
    except (sqlglot.errors.SqlglotError, RecursionError, TypeError):  # TypeError: sqlglot on `SELECT /*+ a;b */`
        return None
    return [tree.transform(plain).sql("mysql") for tree in trees if tree is not None]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(BESIDE_QUOTES, SQL_LIKE))
def test_fix_never_changes_what_a_statement_means(text: str) -> None:
    """Issue 13 (14): ``SELECT a`b` FROM t`` (``a`` named ``b``) must not become ``SELECT `a``b` FROM `t```."""
    before = [meaning(statement.text) for statement in split_sql(text).statements]
    after = [meaning(statement.text) for statement in split_sql(fixed(text)).statements]
    assert [m for m, _ in zip(after, before, strict=True) if _ is not None] == [m for m in before if m is not None]


def test_a_name_beside_a_quoted_one_is_reported_but_left_unfixed() -> None:
    text = "SELECT a`b` FROM t;"
    assert fixed(text) == "SELECT a`b` FROM `t`;"
    assert [finding.rule for finding in lint_text(text).findings].count("unquoted-identifier") == 2
