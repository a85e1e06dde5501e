"""Deliberately broken copies of the 5.5.28 upgrade: verify fails each, naming the table and column."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.conftest import MIGRATIONS
from tests.stub_models import metadata
from zsgate.checks.verify.run import Plan, VerifyReport, verify

UPGRADE = (MIGRATIONS / "V5.5.28__schema.sql").read_text(encoding="utf-8")


def in_table(table: str, old: str, new: str) -> str:
    """Replace ``old`` once, inside the CREATE TABLE of ``table`` only."""
    block = re.search(rf"CREATE TABLE IF NOT EXISTS `zstack`.`{table}` \(.*?\n\) ENGINE=InnoDB", UPGRADE, re.DOTALL)
    assert block and old in block.group(0)
    return UPGRADE.replace(block.group(0), block.group(0).replace(old, new, 1))


MUTANTS = {
    "nullable-hostUuid": (
        in_table("AiHostModelCacheVO", "`hostUuid` VARCHAR(32) NOT NULL", "`hostUuid` VARCHAR(32)"),
        {"schema": "AiHostModelCacheVO.hostUuid: expected NOT NULL, got NULL"},
    ),
    "missing-set-null-fk": (
        "\n".join(line for line in UPGRADE.splitlines() if not line.startswith("CALL ADD_CONSTRAINT")) + "\n",
        {
            "schema": "VmModelMountVO.cacheUuid: expected foreign key fkVmModelMountVOAiHostModelCacheVO → "
            "AiHostModelCacheVO(uuid) ON DELETE SET NULL, got none",
            "behaviour": "VmModelMountVO.cacheUuid: deleting its AiHostModelCacheVO row kept the pointer",
        },
    ),
    "cascade-to-restrict": (
        in_table("AiHostModelCacheVO", "ON DELETE CASCADE", "ON DELETE RESTRICT"),
        {
            "schema": "AiHostModelCacheVO.hostUuid: expected foreign key fkAiHostModelCacheVOHostEO → HostEO(uuid) "
            "ON DELETE CASCADE, got fkAiHostModelCacheVOHostEO → HostEO(uuid) ON DELETE RESTRICT",
            "behaviour": "AiHostModelCacheVO.hostUuid: deleting its HostEO row was refused",
        },
    ),
    "create-table-without-if-not-exists": (
        UPGRADE.replace(
            "CREATE TABLE IF NOT EXISTS `zstack`.`AiHostModelCacheVO`", "CREATE TABLE `zstack`.`AiHostModelCacheVO`"
        ),
        {"idempotent": "Table 'AiHostModelCacheVO' already exists"},
    ),
    "backticks-in-helper-argument": (
        UPGRADE.replace(
            "CALL ADD_COLUMN('VmModelMountVO', 'cacheUuid'", "CALL ADD_COLUMN('VmModelMountVO', '`cacheUuid`'"
        ),
        {"idempotent": "Duplicate column name 'cacheUuid' (error 1060) at: CALL ADD_COLUMN('VmModelMountVO'"},
    ),
    "prefix-length": (
        in_table("AiHostCacheStorageVO", "`sourceRoot`(255)", "`sourceRoot`(200)"),
        {
            "schema": "AiHostCacheStorageVO.ukAiHostCacheStorageVOHostRoot: expected (hostUuid, sourceRoot(255)), "
            "got (hostUuid, sourceRoot(200))"
        },
    ),
    "missing-index": (
        in_table("AiHostModelCacheVO", "    KEY `idxAiHostModelCacheVOStatus` (`status`),\n", ""),
        {"schema": "AiHostModelCacheVO.status: expected key idxAiHostModelCacheVOStatus (status), got none"},
    ),
    "engine": (
        in_table("AiHostModelCachePolicyVO", ") ENGINE=InnoDB", ") ENGINE=MyISAM"),
        {"schema": "AiHostModelCachePolicyVO: expected ENGINE=innodb, got ENGINE=myisam"},
    ),
    "nullable-identityHash": (
        in_table("AiHostModelCacheVO", "`identityHash` VARCHAR(255) NOT NULL", "`identityHash` VARCHAR(255)"),
        {
            "schema": "AiHostModelCacheVO.identityHash: expected NOT NULL, got NULL",
            "behaviour": "AiHostModelCacheVO.identityHash: NULL was accepted",
        },
    ),
}


def run(engine: str, tmp_path: Path, upgrade_text: str, resume: bool = True) -> VerifyReport:
    upgrade = tmp_path / "V5.5.28__schema.sql"
    upgrade.write_text(upgrade_text, encoding="utf-8")
    plan = Plan(upgrade, MIGRATIONS / "U5.5.28__schema.sql", metadata, "5.5.28", resume=resume)
    return verify(engine, plan)


def test_the_generated_upgrade_passes_every_check(
    engine: str, generated_verify: Callable[[str], CompletedProcess[str]]
) -> None:
    """The mutants' control: the unmutated upgrade passes, on the run the whole session shares."""
    report = json.loads(generated_verify(engine).stdout)
    assert [(c["name"], c["problems"]) for c in report["checks"]] == [
        (name, []) for name in ("upgrade", "schema", "idempotent", "data", "behaviour", "rollback", "resume")
    ]
    assert report["ok"]


@pytest.mark.parametrize("mutant", sorted(MUTANTS))
def test_each_mutant_fails_with_a_message_naming_table_and_column(
    shared_engine: str, tmp_path: Path, mutant: str
) -> None:
    text, expected = MUTANTS[mutant]
    assert text != UPGRADE
    report = run(shared_engine, tmp_path, text, resume=False)  # these break other checks; test_resume.py has resume's
    assert not report.ok
    failed = {check.name: check.problems for check in report.checks if not check.ok}
    for check, message in expected.items():
        assert check in failed, f"{check} passed; failures: {failed}"
        assert any(message in problem for problem in failed[check]), failed[check]


def test_a_later_release_verifies_on_top_of_the_one_before(shared_engine: str, tmp_path: Path) -> None:
    """The release engineer's path: tag a new column, generate, verify the new file on a 5.5.28 database."""
    from sqlalchemy import Column, String

    from zsgate.generate.files import generated_files, write
    from zsgate.schema.releases import as_of, since

    models = as_of(metadata)
    models.tables["AiHostModelCacheVO"].append_column(Column("pinnedBy", String(32), info=since("5.6.0")))
    write(generated_files(models), tmp_path)
    report = verify(
        shared_engine, Plan(tmp_path / "V5.6.0__schema.sql", tmp_path / "U5.6.0__schema.sql", models, "5.6.0")
    )
    assert [(c.name, c.problems) for c in report.checks if not c.ok] == []
