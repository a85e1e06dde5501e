"""`zsgate replay`: ZStack's whole schema history applies through zsgate's splitter without an error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zsgate.checks.replay import history


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", "replay", *map(str, args)], capture_output=True, text=True)


def test_the_order_is_flyways(tmp_path: Path) -> None:
    upgrade = tmp_path / "upgrade"
    upgrade.mkdir()
    for name in [
        "V5.2.10__schema.sql",
        "V5.2.9__schema.sql",
        "V0.7__schema.sql",
        "beforeMigrate.sql",
        "beforeValidate.sql",
        "notes.sql",
    ]:
        (upgrade / name).write_text("")
    (tmp_path / "V0.6__schema.sql").write_text("")
    assert [path.name for path in history(tmp_path)] == [
        "V0.6__schema.sql",
        "beforeValidate.sql",
        "beforeMigrate.sql",
        "V0.7__schema.sql",
        "V5.2.9__schema.sql",
        "V5.2.10__schema.sql",
    ]


def test_zstacks_history_replays_on_mariadb_and_stops_on_mysql_where_lint_says(engine: str, corpus: Path) -> None:
    """MariaDB takes the whole history; MySQL 8+ refuses the baseline's column `system` (reserved since 8.0.3),
    the first finding of `zsgate lint --target mysql-8.0 --select reserved-word` on the corpus."""
    result = run(corpus, "--engine", engine, "--format", "json")
    report = json.loads(result.stdout)
    if "MariaDB" in report["server_version"]:
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr
        assert report["ok"] and len(report["files"]) == 157
        assert sum(file["statements"] for file in report["files"]) == 2769
        assert report["tables"] == 639  # as the mariadb client leaves it (shared/corpus/zstack/README.md)
    else:
        assert result.returncode == 1
        (stopped,) = report["files"]
        assert stopped["error"].startswith(f"{corpus / 'V0.6__schema.sql'}:1330: ")
        assert "near 'system" in stopped["error"] and "(error 1064)" in stopped["error"]


def test_replay_stops_at_the_first_error_naming_file_and_line(mariadb_binaries: None, tmp_path: Path) -> None:
    (tmp_path / "upgrade").mkdir()
    (tmp_path / "V0.6__schema.sql").write_text("CREATE TABLE `A` (`id` INT);\n")
    (tmp_path / "upgrade" / "V0.7__schema.sql").write_text("\nALTER TABLE `B` ADD COLUMN `x` INT;\n")
    (tmp_path / "upgrade" / "V0.8__schema.sql").write_text("SELECT 1;\n")
    result = run(tmp_path)
    assert result.returncode == 1
    assert f"error: {tmp_path / 'upgrade' / 'V0.7__schema.sql'}:2: Table 'zstack.B' doesn't exist" in result.stderr
    assert result.stdout.startswith("stopped after 2 of 3 files")


def test_a_folder_without_a_history_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result.returncode == 2 and "no V<version>__schema.sql files" in result.stderr
