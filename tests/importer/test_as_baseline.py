"""`zsgate import --as-baseline`: a history written as a project's baseline models (the project's `Base`, every
table tagged `since(BASELINE)`), which `generate --check --history` then holds to the same history."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_engine

HISTORY = Path(__file__).parent / "history"

BASELINE_ONLY = """
import importlib, sys
from sqlalchemy import MetaData, String

from zsgate.schema import Base

projects = set(Base.metadata.tables)
sys.path.insert(0, {folder!r})
importlib.import_module("baseline")
ours = set(Base.metadata.tables) - projects
metadata = MetaData()
for table in Base.metadata.sorted_tables:
    if table.name in ours:
        table.to_metadata(metadata)
"""
"""A models file of the imported tables alone (the project's own models share its `Base`)."""


def zsgate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This folder's small history, its HostEO renamed: the project's own models hold a HostEO."""
    require_engine("local")
    tree = tmp_path_factory.mktemp("history") / "db"
    shutil.copytree(HISTORY, tree)
    for path in tree.rglob("*.sql"):
        path.write_text(path.read_text(encoding="utf-8").replace("HostEO", "HostXEO"), encoding="utf-8")
    return tree


@pytest.fixture(scope="module")
def models(history: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("project")
    done = zsgate("import", history, "--out", folder / "baseline", "--as-baseline")
    assert done.returncode == 0, done.stderr
    models = folder / "models.py"
    models.write_text(BASELINE_ONLY.format(folder=str(folder)), encoding="utf-8")
    return models


def test_the_baseline_is_the_projects_models_tagged_as_the_baseline(models: Path) -> None:
    sources = "\n".join(path.read_text(encoding="utf-8") for path in (models.parent / "baseline").glob("*.py"))
    assert "from zsgate.schema.base import Base" in sources
    assert "release=BASELINE" in sources
    assert all(len(line) <= 120 for line in sources.splitlines())


def test_generate_check_history_finds_the_baseline_equal_to_its_history(history: Path, models: Path) -> None:
    done = zsgate("generate", "--check", "--history", history, "--models", models)
    assert (done.returncode, done.stderr) == (0, ""), done.stdout
    assert done.stdout.startswith(f"the models agree with what {history} leaves")


def test_an_edited_baseline_column_is_named(history: Path, models: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited.py"
    text = models.read_text(encoding="utf-8") + 'metadata.tables["AccountVO"].c.name.type = String(512)\n'
    edited.write_text(text, encoding="utf-8")
    done = zsgate("generate", "--check", "--history", history, "--models", edited)
    assert done.returncode == 1, done.stderr
    assert [line for line in done.stdout.splitlines() if line.startswith("AccountVO.name")] == [
        "AccountVO.name: VARCHAR(512) in the models, VARCHAR(255) in the history"
    ]
