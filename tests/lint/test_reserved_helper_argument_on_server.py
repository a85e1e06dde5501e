"""A reserved word passed to a helper fails on the server, as reserved-word says (proven on MariaDB)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.runner import lint_text
from zsgate.engines import open_server
from zsgate.engines.execute import ApplyError, apply, load
from zsgate.history.helpers import SQL as HELPERS_SQL
from zsgate.sql.split import split_sql

SETUP = "CREATE TABLE `T` (`id` INT);"


@pytest.mark.parametrize(("column", "reserved"), [("key", True), ("rank", False), ("status", False)])
def test_the_helper_fails_exactly_when_the_rule_says(mariadb_binaries: None, column: str, reserved: bool) -> None:
    call = f"CALL ADD_COLUMN('T', '{column}', 'INT', 1, NULL);"
    findings = lint_text(call, config=LintConfig(select=frozenset({"reserved-word"}), target="mariadb-10.11")).findings
    assert bool(findings) is reserved
    with open_server("local") as server:
        engine = create_engine(server.url.set(database="zstack"), poolclass=NullPool)
        with engine.connect() as connection:
            apply(connection, load(HELPERS_SQL))
            apply(connection, split_sql(SETUP))
            try:
                apply(connection, split_sql(call))
                failed = False
            except ApplyError as error:
                assert "error 1064" in error.message
                failed = True
        engine.dispose()
    assert failed is reserved
