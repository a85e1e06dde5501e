"""verify runs each data-dependent change's precheck right before it: rows that would break the change
stop the upgrade there, with the query's result instead of the server's error half-way through."""

from __future__ import annotations

from pathlib import Path

from tests import stub_models
from tests.conftest import MIGRATIONS
from zsgate.checks.verify.run import default_plan, verify

NOT_NULL = "ALTER TABLE `zstack`.`VmModelMountVO` MODIFY `accountUuid` VARCHAR(32) NOT NULL;\n"
FILL = "UPDATE `zstack`.`VmModelMountVO` SET `accountUuid` = 'admin' WHERE `accountUuid` IS NULL;\n"


def upgrade_with(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "V5.5.28__schema.sql"
    path.write_text((MIGRATIONS / "V5.5.28__schema.sql").read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def test_seed_rows_that_break_a_change_fail_its_precheck_not_the_server(tmp_path: Path, mariadb_binaries: None) -> None:
    path = upgrade_with(tmp_path, NOT_NULL)
    report = verify("local", default_plan(upgrade=path, metadata=stub_models.metadata))
    upgrade = report.checks[0]
    assert upgrade.name == "upgrade" and not upgrade.ok
    (problem,) = upgrade.problems
    line = len(path.read_text(encoding="utf-8").splitlines())
    assert problem.startswith(f"{path}:{line}: precheck found 2 row(s) the change would fail on ")
    assert "(VmModelMountVO.accountUuid holds NULL)" in problem
    assert problem.endswith("query: SELECT * FROM `VmModelMountVO` WHERE `accountUuid` IS NULL")


def test_a_file_that_makes_the_rows_agree_first_passes_the_precheck(tmp_path: Path, mariadb_binaries: None) -> None:
    report = verify(
        "local", default_plan(upgrade=upgrade_with(tmp_path, FILL + NOT_NULL), metadata=stub_models.metadata)
    )
    upgrade = report.checks[0]
    assert upgrade.ok, upgrade.problems


def test_a_percent_sign_in_a_name_reaches_the_server_as_written(tmp_path: Path, mariadb_binaries: None) -> None:
    """Issue 13 (15): the DB-API's %-formatting must not touch a precheck's text."""
    added = "ALTER TABLE `zstack`.`VmModelMountVO` ADD COLUMN `share%` INT NULL;\n"
    made_not_null = "ALTER TABLE `zstack`.`VmModelMountVO` MODIFY `share%` INT NOT NULL;\n"
    report = verify(
        "local", default_plan(upgrade=upgrade_with(tmp_path, added + made_not_null), metadata=stub_models.metadata)
    )
    upgrade = report.checks[0]
    assert not upgrade.ok
    (problem,) = upgrade.problems
    assert "precheck found 2 row(s) the change would fail on (VmModelMountVO.share% holds NULL)" in problem


def test_a_percent_sign_in_an_enum_member_reaches_the_server_as_written(tmp_path: Path, mariadb_binaries: None) -> None:
    """The ENUM precheck names the removed members as string literals: a `%` in one is not %-formatted either."""
    added = "ALTER TABLE `zstack`.`VmModelMountVO` ADD COLUMN `mode` ENUM('a', '50%') NULL DEFAULT '50%';\n"
    removed = "ALTER TABLE `zstack`.`VmModelMountVO` MODIFY `mode` ENUM('a') NULL;\n"
    report = verify(
        "local", default_plan(upgrade=upgrade_with(tmp_path, added + removed), metadata=stub_models.metadata)
    )
    upgrade = report.checks[0]
    assert not upgrade.ok
    (problem,) = upgrade.problems
    assert (
        "precheck found 2 row(s) the change would fail on (VmModelMountVO.mode holds a removed ENUM member)" in problem
    )
    assert problem.endswith("query: SELECT * FROM `VmModelMountVO` WHERE `mode` IN ('50%')")
