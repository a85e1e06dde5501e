"""A change to a released (baseline) table is a change like any other (issue 16: a new user's type change on
`VmModelMountVO` wrote no SQL, exit 0): the released baseline is the one `migrations/baseline.json` recorded, not
the edited models, so the change goes into the release under development (5.5.28 while it is not locked)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import MIGRATIONS, require_engine
from tests.generate.test_released_files import zsgate

MOUNT = 'metadata.tables["VmModelMountVO"]'
RELEASE = ("V5.5.28__schema.sql", "U5.5.28__schema.sql")


def _project(tmp_path: Path, change: str) -> tuple[Path, Path]:
    out = tmp_path / "migrations"
    out.mkdir()
    for name in (*RELEASE, "model-facts.json", "baseline.json"):
        shutil.copy(MIGRATIONS / name, out / name)
    models = tmp_path / "changed.py"
    models.write_text(
        f"from sqlalchemy import DefaultClause, String\n\nfrom zsgate.schema import metadata\n\n{change}\n",
        encoding="utf-8",
    )
    return out, models


CHANGES = {
    "a type": (
        f"{MOUNT}.c.status.type = String(256)",
        "ALTER TABLE `zstack`.`VmModelMountVO` MODIFY COLUMN `status` VARCHAR(256) NOT NULL;",
    ),
    "a default": (
        f'{MOUNT}.c.status.server_default = DefaultClause("Ready")',
        "ALTER TABLE `zstack`.`VmModelMountVO` MODIFY COLUMN `status` VARCHAR(32) NOT NULL DEFAULT 'Ready';",
    ),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_change_to_a_baseline_table_goes_into_the_release_under_development(
    tmp_path: Path, change: tuple[str, str]
) -> None:
    require_engine("local")
    edit, statement = change
    out, models = _project(tmp_path, edit)

    checked = zsgate("generate", "--check", "--models", models, "--out", out)
    assert checked.returncode == 1
    assert "pending for 5.5.28: VmModelMountVO.status: " in checked.stdout
    assert (out / RELEASE[0]).read_bytes() == (MIGRATIONS / RELEASE[0]).read_bytes(), "--check writes nothing"

    assert zsgate("generate", "--models", models, "--out", out).returncode == 0
    upgrade = (out / RELEASE[0]).read_text(encoding="utf-8")
    assert statement in upgrade
    assert "CREATE TABLE IF NOT EXISTS `zstack`.`AiHostModelCacheVO`" in upgrade, "the release's own additions stay"
    assert zsgate("generate", "--check", "--models", models, "--out", out).returncode == 0


@pytest.mark.parametrize(
    ("edit", "refusal"),
    [
        (f"{MOUNT}.c.modelName.nullable = False", "VmModelMountVO.modelName: NULL to NOT NULL needs a server_default"),
        (f"{MOUNT}._columns.remove({MOUNT}.c.status)", "VmModelMountVO.status: dropping the column loses its data"),
    ],
    ids=["NOT NULL without a default", "a dropped column"],
)
def test_a_change_that_would_lose_data_is_refused_by_name_and_nothing_is_written(
    tmp_path: Path, edit: str, refusal: str
) -> None:
    require_engine("local")
    out, models = _project(tmp_path, edit)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    done = zsgate("generate", "--models", models, "--out", out)
    assert done.returncode == 2
    assert refusal in done.stderr
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_rebaseline_records_the_baseline_as_the_models_now_have_it(tmp_path: Path) -> None:
    out, models = _project(tmp_path, CHANGES["a type"][0])
    assert zsgate("generate", "--rebaseline", "--models", models, "--out", out).returncode == 0
    assert "`status` VARCHAR(256) NOT NULL" in (out / "baseline.json").read_text(encoding="utf-8")
    done = zsgate(
        "generate", "--check", "--models", models, "--out", out, "--engine", "dsn:mysql://nobody@127.0.0.1:1/x"
    )
    assert done.returncode == 0, done.stderr
    assert (out / RELEASE[0]).read_bytes() == (MIGRATIONS / RELEASE[0]).read_bytes()


def test_a_record_that_does_not_read_is_one_line_naming_it(tmp_path: Path) -> None:
    out, models = _project(tmp_path, "")
    (out / "baseline.json").write_text('{"tables": 3}', encoding="utf-8")
    done = zsgate("generate", "--check", "--models", models, "--out", out)
    assert done.returncode == 2
    assert done.stderr.startswith(f"zsgate: error: {out / 'baseline.json'}: not a released baseline")
    assert len(done.stderr.splitlines()) == 1
