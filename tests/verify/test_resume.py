"""The resume check: a file whose second run is a no-op, but that ends elsewhere when it is run again
after stopping half-way, fails it; the generated upgrade passes it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from tests import stub_models
from tests.conftest import MIGRATIONS
from zsgate.checks.verify.run import default_plan, verify

# Rows moved to an archive table, the copy guarded only by the old table's existence, then the old table
# dropped. Run twice in a row it is a no-op (the old table is gone), but stopped after the copy and run
# again, it copies the rows a second time.
ARCHIVE = """
CREATE TABLE IF NOT EXISTS `zstack`.`ModelArchiveVO` (
    `uuid` VARCHAR(32) NOT NULL,
    `name` VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
DROP PROCEDURE IF EXISTS `archiveModels`;
DELIMITER $$
CREATE PROCEDURE `archiveModels`()
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'zstack' AND TABLE_NAME = 'ModelVO') THEN
        INSERT INTO `zstack`.`ModelArchiveVO` (`uuid`, `name`) SELECT `uuid`, `name` FROM `zstack`.`ModelVO`;
    END IF;
END$$
DELIMITER ;
CALL archiveModels();
SET FOREIGN_KEY_CHECKS = 0;
DROP TABLE IF EXISTS `zstack`.`ModelVO`;
SET FOREIGN_KEY_CHECKS = 1;
"""


def test_a_file_that_is_idempotent_only_as_a_whole_fails_resume(tmp_path: Path, mariadb_binaries: None) -> None:
    upgrade = (MIGRATIONS / "V5.5.28__schema.sql").read_text(encoding="utf-8")
    mutant = tmp_path / "V5.5.28__schema.sql"
    mutant.write_text(upgrade + ARCHIVE, encoding="utf-8")
    checks = {
        check.name: check
        for check in verify("local", default_plan(upgrade=mutant, metadata=stub_models.metadata)).checks
    }
    assert checks["idempotent"].ok, checks["idempotent"].problems
    resume = checks["resume"]
    assert not resume.ok
    call = len(upgrade.splitlines()) + 1 + ARCHIVE.splitlines().index("CALL archiveModels();")
    # Stopped after the copy, or after the SET just before the DROP: the 4 seeded models are copied twice.
    assert [problem.split(": ModelArchiveVO: ")[0] for problem in resume.problems] == [
        f"stopped after {mutant}:{call} and run again",
        f"stopped after {mutant}:{call + 1} and run again",
    ]
    assert all(": ModelArchiveVO: 4 rows (checksum " in p and ", now 8 (checksum " in p for p in resume.problems)


def test_the_generated_upgrade_resumes_after_every_statement(
    mariadb_binaries: None, generated_verify: Callable[[str], CompletedProcess[str]]
) -> None:
    checks = {check["name"]: check for check in json.loads(generated_verify("local").stdout)["checks"]}
    assert checks["resume"]["ok"], checks["resume"]["problems"]


def test_resume_can_be_left_out(mariadb_binaries: None) -> None:
    from dataclasses import replace

    names = [
        check.name
        for check in verify("local", replace(default_plan(metadata=stub_models.metadata), resume=False)).checks
    ]
    assert "resume" not in names


def test_the_reach_is_what_the_text_names_but_a_foreign_keys_parent_and_what_cascades_from_a_row_change(
    tmp_path: Path,
) -> None:
    """A foreign key's parent is not rebuilt (REFERENCES changes the child alone); a table whose rows a
    statement deletes is, with the tables its deletes cascade to."""
    from sqlalchemy import Column, ForeignKey, MetaData, String, Table

    from zsgate.checks.verify.resume import reach
    from zsgate.engines.execute import load

    models = MetaData()
    Table("HostEO", models, Column("uuid", String(32), primary_key=True))
    Table(
        "KVMHostVO", models, Column("uuid", String(32), ForeignKey("HostEO.uuid", ondelete="CASCADE"), primary_key=True)
    )
    Table("ZoneEO", models, Column("uuid", String(32), primary_key=True))
    upgrade = tmp_path / "V9.9__schema.sql"
    upgrade.write_text(
        "CREATE TABLE IF NOT EXISTS `zstack`.`CacheVO` (`hostUuid` VARCHAR(32),"
        " CONSTRAINT `fkCacheVOHostEO` FOREIGN KEY (`hostUuid`) REFERENCES `zstack`.`HostEO` (`uuid`) ON DELETE CASCADE"
        ") ENGINE=InnoDB;\n"
        "CALL ADD_COLUMN('ZoneEO', 'note', 'VARCHAR(32)', 1, NULL);\n",
        encoding="utf-8",
    )
    assert [table.name for table in reach(models, load(upgrade))] == ["ZoneEO"]
    upgrade.write_text(upgrade.read_text(encoding="utf-8") + "DELETE FROM `zstack`.`HostEO` WHERE uuid = 'x';\n")
    assert {table.name for table in reach(models, load(upgrade))} == {"HostEO", "KVMHostVO", "ZoneEO"}
