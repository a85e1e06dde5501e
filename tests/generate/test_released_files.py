"""A released file is never rewritten: a model change to a release `flyway.lock` holds goes into a later one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import MIGRATIONS

CHANGED_MODELS = """from sqlalchemy import String

from zsgate.schema import metadata

metadata.tables["AiHostModelCacheVO"].c.checksum.type = String(1024)  # a new user's type change on a 5.5.28 table
"""


def zsgate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", *map(str, args)], capture_output=True, text=True)


def test_a_change_to_a_locked_release_asks_for_the_next_and_its_files_stay(tmp_path: Path) -> None:
    out = tmp_path / "migrations"
    out.mkdir()
    for name in ("V5.5.28__schema.sql", "U5.5.28__schema.sql", "model-facts.json", "baseline.json"):
        shutil.copy(MIGRATIONS / name, out / name)
    assert zsgate("lock", out, "--release", "5.5.28").returncode == 0
    models = tmp_path / "changed.py"
    models.write_text(CHANGED_MODELS, encoding="utf-8")
    before = {path.name: path.read_bytes() for path in out.iterdir()}

    done = zsgate("generate", "--models", models, "--out", out)

    assert done.returncode == 2
    assert done.stdout == "pending: AiHostModelCacheVO.checksum: VARCHAR(1024) in the models, VARCHAR(255) released\n"
    assert "pass --release X, a release after 5.5.28 (which is locked), e.g. --release 5.5.29" in done.stderr
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_unlocked_files_are_regenerated_as_before(tmp_path: Path) -> None:
    out = tmp_path / "migrations"
    out.mkdir()
    models = tmp_path / "changed.py"
    models.write_text(CHANGED_MODELS, encoding="utf-8")
    done = zsgate("generate", "--models", models, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "`checksum` VARCHAR(1024)" in (out / "V5.5.28__schema.sql").read_text(encoding="utf-8")
