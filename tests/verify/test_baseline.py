"""verify's baseline: ZStack's whole schema (the project's models) with seed rows in every table, kept by the
`local` engine so that the next run starts from a copy of it, and reported in the JSON. How the baseline is kept
and reported is the same on any models: those tests run on the stub models."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests import stub_models
from tests.conftest import LOCAL_MYSQL, STUB_MODELS, engine_id, require_engine
from zsgate.checks.verify.run import default_plan, verified
from zsgate.engines import SCHEMA
from zsgate.schema.releases import BASELINE, as_of


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache of this test's own: the kept data directories start empty."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield tmp_path / "cache" / "zsgate"


@pytest.mark.parametrize("engine", ["local", LOCAL_MYSQL], ids=engine_id)
def test_verify_passes_on_zstacks_whole_schema_with_rows_in_every_table(engine: str) -> None:
    """The project's release on the project's models, ZStack's whole schema (the tests of verify's machinery run
    on tests/stub_models.py)."""
    require_engine(engine)
    plan = default_plan()
    baseline = as_of(plan.metadata, BASELINE)
    with verified(engine, plan) as (report, server):
        db = create_engine(server.url.set(database=SCHEMA), poolclass=NullPool)
        with db.connect() as connection:
            counts = {
                table: connection.execute(text(f"SELECT COUNT(*) FROM `{table}`")).scalar_one()
                for table in baseline.tables
            }
            # a seeded host has real neighbours: rows of ZStack's own tables point at it, and go with it
            host = connection.execute(text("SELECT h.uuid FROM KVMHostVO k JOIN HostEO h ON h.uuid = k.uuid")).first()
            assert host is not None
            connection.execute(text("DELETE FROM HostEO WHERE uuid = :uuid"), {"uuid": host[0]})
            left = connection.execute(text("SELECT COUNT(*) FROM KVMHostVO WHERE uuid = :uuid"), {"uuid": host[0]})
            assert left.scalar_one() == 0, "KVMHostVO's ON DELETE CASCADE took its row"
            connection.rollback()
        db.dispose()
    assert report.ok, [(check.name, check.problems[:3]) for check in report.checks if not check.ok]
    assert len(baseline.tables) >= 618
    empty = [table for table, count in counts.items() if count == 0]
    assert not empty, f"baseline tables without a seed row: {empty}"
    assert report.baseline is not None
    assert report.baseline.tables == len(baseline.tables)
    assert report.baseline.rows == sum(counts.values())


def _steps(engine: str) -> list[str]:
    steps: list[str] = []
    plan = default_plan(metadata=stub_models.metadata)
    with verified(engine, plan, on_step=lambda step, done, total: steps.append(step)) as (report, _):
        assert report.ok, [(check.name, check.problems[:3]) for check in report.checks if not check.ok]
    return steps


def test_the_second_run_starts_from_the_baseline_the_first_one_built_and_kept(
    mariadb_binaries: None, own_cache: Path
) -> None:
    assert "building the baseline" in _steps("local")
    kept = sorted(own_cache.glob("prepared-*"))
    assert len(kept) == 1, "the first run keeps its built baseline"
    assert (kept[0] / SCHEMA).is_dir()
    assert "building the baseline" not in _steps("local"), "the second run built it again"
    assert sorted(own_cache.glob("prepared-*")) == kept
    assert not list(own_cache.glob("building-*")), "a half-made copy was left"


def test_other_helpers_make_another_baseline(mariadb_binaries: None, own_cache: Path, tmp_path: Path) -> None:
    assert "building the baseline" in _steps("local")
    stock = default_plan(metadata=stub_models.metadata)
    helpers = tmp_path / "beforeMigrate.sql"
    helpers.write_text(stock.helpers.read_text() + "\n-- changed\nSELECT 1;\n")
    plan = replace(stock, helpers=helpers)
    steps: list[str] = []
    with verified("local", plan, on_step=lambda step, done, total: steps.append(step)) as (report, _):
        assert report.ok
    assert "building the baseline" in steps
    assert len(list(own_cache.glob("prepared-*"))) == 2


def test_json_and_text_reports_say_how_big_the_baseline_is(mariadb_binaries: None) -> None:
    command = [sys.executable, "-m", "zsgate", "verify", "--models", str(STUB_MODELS)]
    report = json.loads(subprocess.run([*command, "--format", "json"], capture_output=True, text=True).stdout)
    tables = len(as_of(stub_models.metadata, BASELINE).tables)
    assert report["baseline"]["tables"] == tables and report["baseline"]["rows"] >= 2 * tables
    shown = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "TERM": "dumb"}).stdout
    assert f"baseline: {tables} tables, {report['baseline']['rows']} rows" in shown


def test_a_change_to_a_table_the_release_does_not_touch_fails_schema_and_rollback(
    mariadb_binaries: None, tmp_path: Path
) -> None:
    """On the whole schema, the checks after the upgrade read again only the tables that changed: a stray
    change to a baseline table the release leaves alone is still found."""
    plan = replace(default_plan(), resume=False)
    upgrade = tmp_path / plan.upgrade.name
    stray = "ALTER TABLE `zstack`.`ZoneEO` MODIFY `description` VARCHAR(1024) DEFAULT NULL;\n"
    upgrade.write_text(plan.upgrade.read_text(encoding="utf-8") + stray, encoding="utf-8")
    with verified("local", replace(plan, upgrade=upgrade)) as (report, _):
        failed = {check.name: check.problems for check in report.checks if not check.ok}
    assert failed.keys() == {"schema", "rollback"}, failed
    assert failed["schema"] == ["ZoneEO.description: expected type VARCHAR(2048), got VARCHAR(1024)"]
    assert any(
        problem.startswith("after rollback, compared with the baseline: ZoneEO.description: was ")
        for problem in failed["rollback"]
    ), failed["rollback"]
