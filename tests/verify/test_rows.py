"""`zsgate verify --rows N`: the tables the upgrade changes hold N rows when it runs, and every statement
is timed beside impact's prediction for the server."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests import stub_models
from tests.conftest import STUB_MODELS
from zsgate.checks.verify.run import default_plan, verified
from zsgate.engines import SCHEMA
from zsgate.sql.split import split_sql


def test_rows_grow_the_touched_tables_and_each_statement_is_timed(mariadb_binaries: None) -> None:
    plan = replace(default_plan(metadata=stub_models.metadata), rows=300, resume=False)
    with verified("local", plan) as (report, server):
        engine = create_engine(server.url.set(database=SCHEMA), poolclass=NullPool)
        with engine.connect() as connection:
            count = connection.execute(text("SELECT COUNT(*) FROM `VmModelMountVO`")).scalar_one()
        engine.dispose()
    assert report.ok, [(c.name, c.problems) for c in report.checks if not c.ok]
    assert count == 300
    timed = {timing.sql.split("(")[0]: timing for timing in report.statements}
    # verify sends the file as Flyway cuts it; the client's reading (proven equal to the mariadb client's) agrees
    client = split_sql(plan.upgrade.read_text(encoding="utf-8"), str(plan.upgrade)).statements
    assert sorted(timing.line for timing in report.statements) == [statement.line for statement in client]
    assert all(timing.seconds > 0 for timing in report.statements), "every statement was timed"
    # verify runs with foreign_key_checks on: the foreign key copies the table on MariaDB.
    assert timed["CALL ADD_CONSTRAINT"].predicted == "copy/shared rebuild"
    assert timed["CALL ADD_COLUMN"].predicted == "instant/none"
    assert timed["CALL CREATE_INDEX"].predicted == "inplace/none"
    assert report.as_dict()["statements"][0].keys() == {"path", "line", "seconds", "predicted"}


def test_rows_far_beyond_a_test_are_refused_with_their_cost_before_a_server_starts(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--rows", "1000000000"],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp_path)},
    )
    assert result.returncode == 2
    assert result.stderr.startswith("zsgate: error: --rows 1,000,000,000 is above 10,000,000: it would take about")
    assert result.stderr.rstrip().endswith("add --force-rows to run it")
    assert list(tmp_path.iterdir()) == [], "a server was started"
