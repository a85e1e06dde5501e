"""Files zsgate writes in one rename get the mode a plain write would give them."""

from __future__ import annotations

import os
from pathlib import Path

from zsgate.files import write_atomically


def test_a_new_file_gets_the_mode_the_umask_leaves_not_the_temp_files(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "report.html", "<html></html>\n")
    finally:
        os.umask(previous)
    assert (tmp_path / "report.html").stat().st_mode & 0o777 == 0o644


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "V1__schema.sql"
    path.write_text("SELECT 1;\n")
    path.chmod(0o640)
    write_atomically(path, "SELECT 2;\n")
    assert path.stat().st_mode & 0o777 == 0o640 and path.read_text() == "SELECT 2;\n"
