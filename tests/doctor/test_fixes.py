"""Which statements of the pending files change a precheck's rows before its change runs (pure: no server; the
upgrade itself proves the verdict in test_doctor.py)."""

from __future__ import annotations

from pathlib import Path

from zsgate.checks.doctor.fixes import fix_for, row_changes
from zsgate.checks.impact.prechecks import Precheck

NULL_NAMES = "SELECT * FROM `HostVO` WHERE `name` IS NULL"


def test_only_a_statement_before_the_change_on_its_table_and_column_fixes_it(tmp_path: Path) -> None:
    first, second = tmp_path / "V2.0__schema.sql", tmp_path / "V2.1__schema.sql"
    first.write_text(
        "UPDATE `HostVO` SET `state` = 'Enabled' WHERE `name` IS NULL;\n"  # reads name, sets another column
        "UPDATE `VmVO` SET `name` = '' WHERE `name` IS NULL;\n"  # another table
        "DELETE FROM `HostVO` WHERE `managementIp` IS NULL;\n"  # another column
        "ALTER TABLE `HostVO` MODIFY `name` varchar(255) NOT NULL;\n"
        "UPDATE `HostVO` SET `name` = '' WHERE `name` IS NULL;\n"  # too late
    )
    second.write_text("ALTER TABLE `HostVO` MODIFY `name` varchar(128) NOT NULL;\n")
    paths = [str(first), str(second)]
    changes, order = row_changes(paths), {path: place for place, path in enumerate(paths)}
    assert fix_for(Precheck(str(first), 4, "HostVO.name holds NULL", NULL_NAMES), changes, order) is None
    later = fix_for(Precheck(str(second), 1, "HostVO.name holds NULL", NULL_NAMES), changes, order)
    assert later is not None and later.where(str(second)) == f"{first}:5"


def test_a_routine_that_changes_the_table_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "V2.0__schema.sql"
    path.write_text(
        "DELIMITER $$\n"
        "CREATE PROCEDURE cleanHosts()\nBEGIN\n    DELETE FROM `HostVO` WHERE `name` IS NULL;\nEND $$\n"
        "DELIMITER ;\n"
        "CALL cleanHosts();\n"
        "ALTER TABLE `HostVO` MODIFY `name` varchar(255) NOT NULL;\n"
    )
    fix = fix_for(
        Precheck(str(path), 8, "HostVO.name holds NULL", NULL_NAMES), row_changes([str(path)]), {str(path): 0}
    )
    assert fix is not None and fix.in_routine and fix.line == 2
