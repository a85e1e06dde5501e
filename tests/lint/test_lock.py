"""`zsgate lock` records released files' Flyway checksums; `zsgate lint` reports a released file that changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zsgate.history.flyway import flyway_checksum


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


def findings(db: Path) -> list[tuple[str, int, str, str]]:
    result = zsgate("lint", db, "--format", "json", "--select", "released-file-edited")
    return [(Path(f["path"]).name, f["line"], f["code"], f["message"]) for f in json.loads(result.stdout)["findings"]]


def test_lock_records_flyways_checksums_up_to_the_release(tmp_path: Path) -> None:
    db = history(tmp_path)
    result = zsgate("lock", db, "--release", "4.1.0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("flyway.lock: 2 released versions (2 added)\n")
    lines = [line for line in (db / "flyway.lock").read_text().splitlines() if not line.startswith("#")]
    checksum = flyway_checksum((db / "upgrade" / "V4.1.0__schema.sql").read_bytes())
    assert lines == [f"0.6 {flyway_checksum((db / 'V0.6__schema.sql').read_bytes())} V0.6__schema.sql",
                     f"4.1.0 {checksum} V4.1.0__schema.sql"]  # fmt: skip
    assert findings(db) == []


def test_an_edited_released_file_is_a_finding_naming_file_and_version(tmp_path: Path) -> None:
    db = history(tmp_path)
    assert zsgate("lock", db, "--release", "4.1.0").returncode == 0
    released = db / "upgrade" / "V4.1.0__schema.sql"
    released.write_text(released.read_text() + "CALL ADD_COLUMN('HostEO', 'memSize', 'BIGINT', 1, NULL);\n")
    (db / "upgrade" / "V4.2.0__schema.sql").write_text("-- not released: may change\n")
    ((_, line, code, message),) = findings(db)
    assert (line, code) == (1, "ZS003")
    assert message.startswith("V4.1.0__schema.sql: version 4.1.0 is released, but its Flyway checksum is now")
    assert zsgate("lint", db, "--select", "released-file-edited").returncode == 1
    refused = zsgate("lock", db, "--release", "4.2.0")  # locking again would hide the edit
    assert refused.returncode == 1 and "version 4.1.0 is released" in refused.stderr


def test_a_renamed_released_file_is_a_finding(tmp_path: Path) -> None:
    db = history(tmp_path)
    assert zsgate("lock", db).returncode == 0
    (db / "upgrade" / "V4.2.0__schema.sql").rename(db / "upgrade" / "V4.2.0__add_mem_size.sql")
    ((name, _, _, message),) = findings(db)
    assert name == "V4.2.0__add_mem_size.sql" and "was released as V4.2.0__schema.sql" in message


def test_the_next_release_adds_to_the_lock(tmp_path: Path) -> None:
    db = history(tmp_path)
    assert zsgate("lock", db, "--release", "0.6").returncode == 0
    result = zsgate("lock", db, "--release", "4.2.0")
    assert result.stdout.endswith("3 released versions (2 added)\n")


def test_a_broken_lock_is_reported_where_it_is_read(tmp_path: Path) -> None:
    db = history(tmp_path)
    (db / "flyway.lock").write_text("4.1.0 not-a-number V4.1.0__schema.sql\n")
    messages = {message for _, _, _, message in findings(db)}
    assert messages == {f"the history lock cannot be read: {db / 'flyway.lock'}:1: expected `version checksum script`,"
                        " got '4.1.0 not-a-number V4.1.0__schema.sql'"}  # fmt: skip
    assert zsgate("lock", db).returncode == 2
