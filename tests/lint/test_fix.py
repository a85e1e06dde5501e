"""`zsgate lint --fix`: safe (strings, comments, helper arguments untouched), idempotent, atomic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from zsgate import files
from zsgate.cli import main

BEFORE = """-- keep: UPDATE HostEO SET name = 'x';
UPDATE zstack.HostEO SET name = 'a name; with `ticks` and HostEO' WHERE uuid = "uuid";  # uuid stays
CALL ADD_COLUMN('HostEO', 'note', 'VARCHAR(32)', 1, NULL);
/* HostEO */ SELECT h.uuid FROM HostEO h;
"""
AFTER = """-- keep: UPDATE HostEO SET name = 'x';
UPDATE `zstack`.`HostEO` SET `name` = 'a name; with `ticks` and HostEO' WHERE `uuid` = "uuid";  # uuid stays
CALL ADD_COLUMN('HostEO', 'note', 'VARCHAR(32)', 1, NULL);
/* HostEO */ SELECT h.`uuid` FROM `HostEO` h;
"""


def fix(path: Path) -> int:
    return CliRunner().invoke(main, ["lint", "--fix", "--select", "unquoted-identifier", str(path)]).exit_code


def test_fix_quotes_names_and_leaves_strings_comments_and_helper_arguments(tmp_path: Path) -> None:
    path = tmp_path / "V1__schema.sql"
    path.write_text(BEFORE)
    assert fix(path) == 0, "nothing is left to report"
    assert path.read_text() == AFTER


def test_fix_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "V1__schema.sql"
    path.write_text(BEFORE)
    fix(path)
    once = path.read_bytes()
    fix(path)
    assert path.read_bytes() == once


def test_fix_keeps_crlf_bom_and_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "V1__schema.sql"
    path.write_bytes(b"\xef\xbb\xbf" + BEFORE.replace("\n", "\r\n").encode())
    path.chmod(0o640)
    fix(path)
    assert path.read_bytes() == b"\xef\xbb\xbf" + AFTER.replace("\n", "\r\n").encode()
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_file_whole_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "V1__schema.sql"
    path.write_text(BEFORE)

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(OSError):
        files.write_atomically(path, AFTER)
    assert path.read_text() == BEFORE
    assert os.listdir(tmp_path) == ["V1__schema.sql"]
