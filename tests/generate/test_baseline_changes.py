"""A change to a released (baseline) table reaches no upgrade file, so generation refuses it by name instead of
losing it without a word (issue 16: a new user's type change on `VmModelMountVO` wrote no SQL, exit 0)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import MIGRATIONS
from tests.generate.test_released_files import zsgate

BASELINE_CHANGES = {
    "a type": 'metadata.tables["VmModelMountVO"].c.status.type = String(256)',
    "NOT NULL": 'metadata.tables["VmModelMountVO"].c.modelName.nullable = False',
    "a default": 'metadata.tables["VmModelMountVO"].c.status.server_default = DefaultClause("Ready")',
    "a dropped column": 'metadata.tables["VmModelMountVO"]._columns.remove(metadata.tables["VmModelMountVO"].c.status)',
}


def _project(tmp_path: Path, change: str) -> tuple[Path, Path]:
    out = tmp_path / "migrations"
    out.mkdir()
    for name in ("V5.5.28__schema.sql", "U5.5.28__schema.sql", "model-facts.json"):
        shutil.copy(MIGRATIONS / name, out / name)
    models = tmp_path / "changed.py"
    models.write_text(
        f"from sqlalchemy import DefaultClause, String\n\nfrom zsgate.schema import metadata\n\n{change}\n",
        encoding="utf-8",
    )
    return out, models


@pytest.mark.parametrize("change", BASELINE_CHANGES.values(), ids=BASELINE_CHANGES.keys())
def test_a_change_to_a_baseline_table_is_refused_by_name_and_nothing_is_written(tmp_path: Path, change: str) -> None:
    out, models = _project(tmp_path, change)
    before = {path.name: path.read_bytes() for path in out.iterdir()}

    for check in ([], ["--check"]):
        done = zsgate("generate", *check, "--models", models, "--out", out)
        assert done.returncode == 2, done.stdout + done.stderr
        assert "VmModelMountVO: a released (baseline) table changed" in done.stderr
        assert "--history DIR --release X" in done.stderr
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_the_refusal_says_what_changed_in_a_column(tmp_path: Path) -> None:
    out, models = _project(tmp_path, BASELINE_CHANGES["a type"])
    done = zsgate("generate", "--check", "--models", models, "--out", out)
    assert "(status: VARCHAR(32) NOT NULL -> VARCHAR(256) NOT NULL)" in done.stderr


def test_rebaseline_records_the_baseline_as_the_models_now_have_it(tmp_path: Path) -> None:
    out, models = _project(tmp_path, BASELINE_CHANGES["a type"])
    assert zsgate("generate", "--rebaseline", "--models", models, "--out", out).returncode == 0
    done = zsgate("generate", "--check", "--models", models, "--out", out)
    assert done.returncode == 0, done.stderr
    assert (out / "V5.5.28__schema.sql").read_bytes() == (MIGRATIONS / "V5.5.28__schema.sql").read_bytes()
