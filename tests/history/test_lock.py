"""`zsgate lock` records released files' Flyway checksums and SHA-256; `zsgate lint` reports a released file
that changed, moved or went, and refuses a lock it cannot read with one line naming it."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from zsgate.history.flyway import flyway_checksum
from zsgate.sql.limits import LOCK_BYTES


def zsgate(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def history(root: Path) -> Path:
    """conf/db in ZStack's layout: V0.6 at the top, later versions in upgrade/."""
    db = root / "conf" / "db"
    (db / "upgrade").mkdir(parents=True)
    (db / "V0.6__schema.sql").write_text(
        "CREATE TABLE IF NOT EXISTS `zstack`.`HostEO` (`uuid` varchar(32) NOT NULL UNIQUE);\n"
    )
    (db / "upgrade" / "V4.1.0__schema.sql").write_text("CALL ADD_COLUMN('HostEO', 'cpuNum', 'INT', 1, NULL);\n")
    (db / "upgrade" / "V4.2.0__schema.sql").write_text("CALL ADD_COLUMN('HostEO', 'memSize', 'BIGINT', 1, NULL);\n")
    return db


def lint(db: Path) -> subprocess.CompletedProcess[str]:
    return zsgate("lint", db, "--format", "json", "--select", "released-file-edited")


def findings(db: Path) -> list[tuple[str, int, str, str]]:
    result = lint(db)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return [(f["path"], f["line"], f["code"], f["message"]) for f in json.loads(result.stdout)["findings"]]


def entries(db: Path) -> list[str]:
    return [line for line in (db / "flyway.lock").read_text().splitlines() if not line.startswith("#")]


def crc32_keeping_suffix(data: bytes, target: int) -> bytes:
    """Four bytes that, appended to ``data``, make its CRC-32 ``target`` (the CRC register run backwards)."""
    table = [zlib.crc32(bytes([n])) ^ zlib.crc32(b"\0") for n in range(256)]  # the table, from zlib itself
    by_top_byte = {entry >> 24: index for index, entry in enumerate(table)}
    register, indexes = target ^ 0xFFFFFFFF, []
    for _ in range(4):
        indexes.append(index := by_top_byte[register >> 24])
        register = ((register ^ table[index]) << 8) & 0xFFFFFFFF
    register, suffix = zlib.crc32(data) ^ 0xFFFFFFFF, bytearray()
    for index in reversed(indexes):
        suffix.append((register ^ index) & 0xFF)
        register = table[index] ^ (register >> 8)
    return bytes(suffix)


def test_lock_records_flyways_checksum_and_a_sha256_up_to_the_release(tmp_path: Path) -> None:
    db = history(tmp_path)
    result = zsgate("lock", db, "--release", "4.1.0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("flyway.lock: 2 released versions (2 added)\n")
    lines = (db / "flyway.lock").read_text().splitlines()
    assert lines[0] == "# zsgate flyway.lock 2" and lines[-1] == "# end: 2 versions"
    assert entries(db) == [
        f"{version} {flyway_checksum(data := path.read_bytes())} {hashlib.sha256(data).hexdigest()} {path.name}"
        for version, path in (("0.6", db / "V0.6__schema.sql"), ("4.1.0", db / "upgrade" / "V4.1.0__schema.sql"))
    ]
    assert findings(db) == []


def test_an_edited_released_file_is_a_finding_naming_file_and_version(tmp_path: Path) -> None:
    db = history(tmp_path)
    assert zsgate("lock", db, "--release", "4.1.0").returncode == 0
    released = db / "upgrade" / "V4.1.0__schema.sql"
    released.write_text(released.read_text() + "CALL ADD_COLUMN('HostEO', 'memSize', 'BIGINT', 1, NULL);\n")
    (db / "upgrade" / "V4.2.0__schema.sql").write_text("-- not released: may change\n")
    ((path, line, code, message),) = findings(db)
    assert (path, line, code) == (str(released), 1, "ZS003")
    assert message.startswith("version 4.1.0 is released, but its Flyway checksum is now")
    assert zsgate("lint", db, "--select", "released-file-edited").returncode == 1
    refused = zsgate("lock", db, "--release", "4.2.0")  # locking again would hide the edit
    assert refused.returncode == 1 and "version 4.1.0 is released" in refused.stderr


def test_an_edit_that_keeps_flyways_crc32_is_a_finding(tmp_path: Path) -> None:
    db = history(tmp_path)
    assert zsgate("lock", db).returncode == 0
    released = db / "upgrade" / "V4.1.0__schema.sql"
    original = released.read_bytes()
    for attempt in range(100_000):  # until the four bytes are printable ASCII: the file stays valid SQL text
        edited = original.replace(b"'INT'", b"'BIGINT'") + f"-- {attempt} ".encode()
        suffix = crc32_keeping_suffix(edited, zlib.crc32(original))
        if all(0x21 <= byte < 0x7F for byte in suffix):
            break
    released.write_bytes(edited + suffix)
    assert flyway_checksum(released.read_bytes()) == flyway_checksum(original) and released.read_bytes() != original
    ((path, _, _, message),) = findings(db)
    assert path == str(released)
    assert message.startswith("version 4.1.0 is released, and its bytes changed although its Flyway checksum")
    assert zsgate("lock", db).returncode == 1


@pytest.mark.parametrize(
    "new_name",
    ["V4.2.0__add_mem_size.sql", "v4.2.0__schema.sql", "V4.2.0__schema.SQL", "old/V4.2.0__schema.sql"],
    ids=["description", "lower-case v", "upper-case suffix", "into a subfolder"],
)
def test_a_renamed_or_moved_released_file_is_a_finding_on_it(tmp_path: Path, new_name: str) -> None:
    db = history(tmp_path)
    assert zsgate("lock", db).returncode == 0
    moved = db / "upgrade" / new_name
    moved.parent.mkdir(exist_ok=True)
    (db / "upgrade" / "V4.2.0__schema.sql").rename(moved)
    result = findings(db)
    assert [(path, code) for path, _, code, _ in result] == [(str(moved), "ZS003")]
    assert "4.2.0" in result[0][3] and "V4.2.0__schema.sql" in result[0][3]
    assert zsgate("lock", db).returncode == 1


def test_a_deleted_released_file_is_a_finding_on_its_lock_line(tmp_path: Path) -> None:
    db = history(tmp_path)
    assert zsgate("lock", db).returncode == 0
    (db / "upgrade" / "V4.1.0__schema.sql").unlink()
    line = next(
        n for n, text in enumerate((db / "flyway.lock").read_text().splitlines(), 1) if text.startswith("4.1.0")
    )
    ((path, at, _, message),) = findings(db)
    assert (path, at) == (str(db / "flyway.lock"), line)
    assert message.startswith("version 4.1.0 is released as V4.1.0__schema.sql, but no migration has it now")


def test_the_next_release_adds_to_the_lock(tmp_path: Path) -> None:
    db = history(tmp_path)
    assert zsgate("lock", db, "--release", "0.6").returncode == 0
    result = zsgate("lock", db, "--release", "4.2.0")
    assert result.stdout.endswith("3 released versions (2 added)\n")


def test_zstacks_own_history_locks_and_lints_clean(corpus: Path, tmp_path: Path) -> None:
    """conf/db also holds V0.6__schema_buildin_httpserver.sql (for zstack_rest), which is no migration here."""
    db = shutil.copytree(corpus, tmp_path / "db")
    assert zsgate("lock", db).returncode == 0
    assert len(entries(db)) == 155
    assert findings(db) == []


def write_lock(db: Path, data: bytes) -> None:
    (db / "flyway.lock").write_bytes(data)


def good_lock(db: Path) -> bytes:
    assert zsgate("lock", db).returncode == 0
    return (db / "flyway.lock").read_bytes()


BROKEN = {
    "not UTF-8": (lambda good: good.replace(b"V4.1.0", b"V4.1.0\xff"), 7, "not UTF-8"),
    "cut mid-line": (lambda good: good[: good.index(b"V4.1.0")], 7, "cut off: its last line does not end"),
    "cut after a line": (lambda good: good[: good.index(b"4.2.0 ")], 7, "cut off: no end line after line 7"),
    "a version twice": (
        lambda good: good.replace(b"# end: 3", b"4.1 " + good.split(b"\n")[6].split(b" ", 1)[1] + b"\n# end: 4"),
        9,
        "version 4.1 is locked twice (first on line 7)",
    ),
    "a bad SHA-256": (lambda good: good.replace(b" V4.1.0", b"0 V4.1.0"), 7, "is not a SHA-256"),
    "no lock at all": (lambda good: b"4.1.0 -1 V4.1.0__schema.sql\n", 1, "not a zsgate lock"),
    "the first format": (
        lambda good: b"# zsgate flyway.lock: the Flyway 3.2.1 checksums\n4.1.0 -1 V4.1.0__schema.sql\n",
        2,
        "a lock of the first format, without SHA-256: run `zsgate lock",
    ),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_a_broken_lock_is_one_error_naming_its_line_and_exit_2(tmp_path: Path, case: str) -> None:
    db = history(tmp_path)
    breaking, line, reason = BROKEN[case]
    write_lock(db, breaking(good_lock(db)))
    result = lint(db)
    assert result.returncode == 2, result.stdout
    (problem,) = json.loads(result.stdout)["unreadable"]
    assert (problem["path"], problem["line"]) == (str(db / "flyway.lock"), line)
    assert reason in problem["message"] and "please report" not in problem["message"]
    if case != "the first format":  # that one `zsgate lock` rewrites
        locked = zsgate("lock", db)
        assert locked.returncode == 2 and locked.stderr.startswith(f"zsgate: error: {db / 'flyway.lock'}")
        assert len(locked.stderr.splitlines()) == 1


def test_a_lock_that_is_a_directory_or_huge_is_refused_naming_it(tmp_path: Path) -> None:
    db = history(tmp_path)
    (db / "flyway.lock").mkdir()
    for result in (zsgate("lint", db, "--select", "ZS003"), zsgate("lock", db)):
        assert result.returncode == 2 and "flyway.lock" in (out := result.stdout + result.stderr)
        assert "is a directory, not a lock file" in out
    (db / "flyway.lock").rmdir()
    with (db / "flyway.lock").open("wb") as huge:  # sparse: no disk used
        huge.truncate(LOCK_BYTES + 1)
    for result in (zsgate("lint", db, "--select", "ZS003"), zsgate("lock", db)):
        assert result.returncode == 2 and "flyway.lock" in (out := result.stdout + result.stderr)
        assert "larger than 1 MiB" in out


def test_a_lock_of_the_first_format_is_rewritten_with_sha256(tmp_path: Path) -> None:
    db = history(tmp_path)
    v41 = db / "upgrade" / "V4.1.0__schema.sql"
    old = f"# zsgate flyway.lock: the Flyway 3.2.1 checksums\n4.1.0 {flyway_checksum(v41.read_bytes())} {v41.name}\n"
    write_lock(db, old.encode())
    result = zsgate("lock", db, "--release", "4.1.0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("2 released versions (1 added, 1 given their SHA-256)\n")
    assert (
        f"4.1.0 {flyway_checksum(v41.read_bytes())} {hashlib.sha256(v41.read_bytes()).hexdigest()} "
        in (db / "flyway.lock").read_text()
    )
    assert findings(db) == []


def test_lock_of_a_folder_with_no_migration_fails_closed(tmp_path: Path) -> None:
    (tmp_path / "README.txt").write_text("upgrade files go here\n")
    result = zsgate("lock", tmp_path)
    assert result.returncode == 2 and f"{tmp_path}: no V<version>__*.sql files" in result.stderr
    assert not (tmp_path / "flyway.lock").exists()
