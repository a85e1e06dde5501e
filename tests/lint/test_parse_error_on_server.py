"""parse-error's server-refused cases agree with the machine's MariaDB: each statement marked
`-- expect: parse-error` in parse-error-server-refuses.sql is refused with error 1064, the others run."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.lint.test_fixtures import expected
from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.runner import lint_text
from zsgate.sql.split import split_sql
from zsgate.sql.statements import Statement

FIXTURE = Path(__file__).parent / "fixtures" / "parse-error-server-refuses.sql"
SYNTAX_ERROR = 1064


@pytest.fixture(scope="module")
def scratch(running_server_url: str) -> Iterator[object]:
    """A cursor in a scratch database of the machine's server, dropped afterwards."""
    import pymysql

    database = f"zsgate_scratch_{uuid.uuid4().hex[:8]}"
    connection = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", autocommit=True)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{database}`")
            cursor.execute(f"USE `{database}`")
            yield cursor
            cursor.execute(f"DROP DATABASE `{database}`")
    finally:
        connection.close()


def statements() -> list[Statement]:
    text = FIXTURE.read_text(encoding="utf-8")
    return [s for s in split_sql(text, str(FIXTURE)).statements if not s.text.upper().startswith("CALL")]


@pytest.mark.parametrize("statement", statements(), ids=lambda s: f"line{s.line}")
def test_the_server_refuses_exactly_what_parse_error_reports(scratch: object, statement: Statement) -> None:
    import pymysql

    reported = any(line == statement.line and rule == "parse-error" for line, rule in expected(statement.source))
    try:
        scratch.execute(statement.text.replace("`zstack`.", ""))  # type: ignore[attr-defined]
        refused = None
    except pymysql.err.ProgrammingError as error:
        refused = error.args[0]
    assert refused == (SYNTAX_ERROR if reported else None)


def test_the_fixture_reports_what_it_marks() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    # `stmt; -- expect: x` then a statement is runner-disagreement's own finding: checked on its fixture
    config = LintConfig(ignore=frozenset({"runner-disagreement"}))
    got = sorted((f.line, f.rule) for f in lint_text(text, str(FIXTURE), config).findings)
    assert got == sorted(expected(text).elements())
