"""Files zsgate writes in one rename get the mode a plain write would give them; paths resolve as
`Path.resolve` resolves them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zsgate.files import resolved, write_atomically


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


def test_resolving_folders_once_gives_what_resolving_each_path_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "real" / "db"
    real.mkdir(parents=True)
    (real / "V1__a.sql").write_text("")
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    (real / "V2__b.sql").symlink_to(tmp_path / "elsewhere.sql")
    (tmp_path / "elsewhere.sql").write_text("")
    monkeypatch.chdir(tmp_path)
    paths = [
        real / "V1__a.sql",
        tmp_path / "linked" / "db" / "V1__a.sql",  # through a linked folder
        real / "V2__b.sql",  # a linked file
        real / "V9__missing.sql",
        Path("linked/db/V1__a.sql"),  # relative
        Path("linked/db/.."),
        Path("."),
        Path("linked/db/V2__b.sql"),
    ]
    assert resolved(paths) == {path: path.resolve() for path in paths}
