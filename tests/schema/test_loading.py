"""A new module under schema/ is part of the models without an import by hand in schema/__init__.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import zsgate.schema

NEW_MODULE = """
from sqlalchemy.orm import Mapped, mapped_column
from models_copy.base import BASELINE_TABLE, Base, Uuid


class ExtraVO(Base):
    __tablename__ = "ExtraVO"
    __table_args__ = BASELINE_TABLE

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
"""


def tables_of(root: Path, code: str) -> list[str]:
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(root)})
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_a_new_module_in_a_copy_of_the_schema_package_has_its_table_found(tmp_path: Path) -> None:
    copy = tmp_path / "models_copy"
    shutil.copytree(Path(zsgate.schema.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for module in copy.rglob("*.py"):
        module.write_text(module.read_text().replace("zsgate.schema", "models_copy"))
    (copy / "extra.py").write_text(NEW_MODULE)
    names = "print(*(table.name for table in metadata.tables.values()))"
    load = "from zsgate.schema.loading import load_metadata; metadata = load_metadata('models_copy')"
    loaded = tables_of(tmp_path, f"{load}; {names}")
    imported = tables_of(tmp_path, f"from models_copy import metadata; {names}")
    assert "ExtraVO" in loaded
    assert sorted(imported) == sorted(loaded)
    assert set(loaded) - {"ExtraVO"} == {table.name for table in zsgate.schema.metadata.tables.values()}
