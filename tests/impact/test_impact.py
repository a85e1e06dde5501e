"""`zsgate impact`: what each change to an existing table costs, read from the SQL alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from zsgate import servers
from zsgate.checks.impact.analyse import impact_paths
from zsgate.checks.impact.online_ddl import TABLES, TARGETS, Operation
from zsgate.checks.impact.session import callback_session
from zsgate.cli import main

TABLE = """CREATE TABLE IF NOT EXISTS `zstack`.`NoteVO` (
    `uuid` VARCHAR(32) NOT NULL,
    `hostUuid` VARCHAR(32) NOT NULL,
    `note` VARCHAR(128) DEFAULT NULL,
    `size` INT DEFAULT NULL,
    `state` ENUM('Enabled', 'Disabled') NOT NULL DEFAULT 'Enabled',
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
"""


def operations(tmp_path: Path, sql: str, name: str = "V1.0__schema.sql") -> list[str]:
    path = tmp_path / name
    path.write_text(TABLE + sql, encoding="utf-8")
    return [statement.operation for statement in impact_paths([path]).statements]


@pytest.mark.parametrize(
    ("sql", "operation"),
    [
        ("ALTER TABLE `NoteVO` MODIFY `note` VARCHAR(255) DEFAULT NULL;", "widen-varchar"),
        ("ALTER TABLE `NoteVO` MODIFY `hostUuid` VARCHAR(85) NOT NULL;", "widen-varchar"),  # 255 bytes in utf8
        ("ALTER TABLE `NoteVO` MODIFY `hostUuid` VARCHAR(86) NOT NULL;", "widen-varchar-prefix"),  # 258 bytes
        ("ALTER TABLE `NoteVO` MODIFY `note` VARCHAR(64) DEFAULT NULL;", "narrow-type"),
        ("ALTER TABLE `NoteVO` MODIFY `size` BIGINT DEFAULT NULL;", "change-type"),
        ("ALTER TABLE `NoteVO` MODIFY `size` SMALLINT DEFAULT NULL;", "narrow-type"),
        ("ALTER TABLE `NoteVO` MODIFY `size` INT NOT NULL;", "make-not-null"),
        ("ALTER TABLE `NoteVO` MODIFY `size` INT DEFAULT 5;", "set-default"),
        ("ALTER TABLE `NoteVO` MODIFY `note` VARCHAR(128) CHARACTER SET utf8mb4;", "widen-charset"),
        ("ALTER TABLE `NoteVO` MODIFY `note` VARCHAR(128) CHARACTER SET latin1;", "change-charset"),
        (
            "ALTER TABLE `NoteVO` MODIFY `state` ENUM('Enabled', 'Disabled', 'Gone') NOT NULL DEFAULT 'Enabled';",
            "enum-append",
        ),
        ("ALTER TABLE `NoteVO` MODIFY `state` ENUM('Enabled') NOT NULL DEFAULT 'Enabled';", "enum-change"),
        ("ALTER TABLE `NoteVO` CHANGE `note` `memo` VARCHAR(128) DEFAULT NULL;", "rename-column"),
        ("ALTER TABLE `NoteVO` MODIFY `note` VARCHAR(128) DEFAULT NULL FIRST;", "reorder-column"),
        ("ALTER TABLE `NoteVO` DROP PRIMARY KEY, ADD PRIMARY KEY (`uuid`, `hostUuid`);", "change-primary-key"),
        ("ALTER TABLE `NoteVO` ADD UNIQUE KEY `ukNoteVOHost` (`hostUuid`);", "add-unique"),
        ("CREATE UNIQUE INDEX `ukNoteVOHost` ON `NoteVO` (`hostUuid`);", "add-unique"),
        ("DROP INDEX `idxNoteVOHost` ON `NoteVO`;", "drop-index"),
        ("RENAME TABLE `zstack`.`NoteVO` TO `zstack`.`MemoVO`;", "rename-table"),
        ("ALTER TABLE `NoteVO` CONVERT TO CHARACTER SET utf8mb4;", "convert-charset"),
        ("ALTER TABLE `NoteVO` ENGINE=InnoDB;", "rebuild-table"),
        ("ALTER TABLE `NoteVO` ADD FULLTEXT INDEX `ftNoteVONote` (`note`);", "add-fulltext"),
    ],
)
def test_a_change_is_read_against_the_definition_before_it(tmp_path: Path, sql: str, operation: str) -> None:
    assert operations(tmp_path, sql) == [operation]


def test_helper_procedures_read_as_the_alter_they_run(tmp_path: Path) -> None:
    sql = """CALL ADD_COLUMN('NoteVO', 'cacheUuid', 'VARCHAR(32)', 1, NULL);
CALL CREATE_INDEX('NoteVO', 'idxNoteVOCacheUuid', 'cacheUuid');
CALL ADD_CONSTRAINT('NoteVO', 'fkNoteVOHostEO', 'hostUuid', 'HostEO', 'uuid', 'CASCADE');
CALL DELETE_INDEX('NoteVO', 'idxNoteVOCacheUuid');
CALL DROP_COLUMN('NoteVO', 'cacheUuid');
"""
    # Only beforeMigrate.sql defines the helpers, and it turns foreign_key_checks off for the session.
    expected = ["add-column", "add-index", "add-foreign-key-unchecked", "drop-index", "drop-column"]
    assert operations(tmp_path, sql) == expected


def test_foreign_key_checks_as_the_callbacks_beside_the_file_leave_them(tmp_path: Path) -> None:
    sql = (
        "ALTER TABLE `NoteVO` ADD CONSTRAINT `fkNoteVOHostEO` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`);\n"
    )
    assert operations(tmp_path, sql) == ["add-foreign-key"]
    assert operations(tmp_path, "SET SESSION foreign_key_checks = OFF;\n" + sql) == ["add-foreign-key-unchecked"]
    (tmp_path / "beforeMigrate.sql").write_text("SET FOREIGN_KEY_CHECKS = 0;\n", encoding="utf-8")
    callback_session.cache_clear()
    assert operations(tmp_path, sql) == ["add-foreign-key-unchecked"]
    costs = impact_paths([tmp_path]).statements[0].targets
    assert {target: cost.algorithm.value for target, cost in costs.items()} == {
        "mysql-8.0": "inplace",
        "mysql-8.4": "inplace",
        "mysql-9.7": "inplace",
        "mariadb-10.11": "instant",
        "mariadb-11.8": "instant",
    }


def test_a_later_file_is_read_against_what_the_earlier_files_leave(tmp_path: Path) -> None:
    (tmp_path / "V1.0__schema.sql").write_text(TABLE, encoding="utf-8")
    (tmp_path / "V1.10__schema.sql").write_text("ALTER TABLE `NoteVO` MODIFY `note` VARCHAR(64);\n", "utf-8")
    (tmp_path / "V1.9__schema.sql").write_text("ALTER TABLE `NoteVO` MODIFY `note` VARCHAR(32);\n", "utf-8")
    statements = impact_paths([tmp_path]).statements
    assert [(Path(s.path).name, s.operation) for s in statements] == [
        ("V1.9__schema.sql", "narrow-type"),
        ("V1.10__schema.sql", "widen-varchar"),
    ]


def test_tables_of_the_models_are_known_without_a_create_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "V9.9__schema.sql"
    path.write_text("ALTER TABLE `VmModelMountVO` MODIFY `cacheUuid` VARCHAR(32) NOT NULL;\n", encoding="utf-8")
    assert [s.operation for s in impact_paths([path]).statements] == ["make-not-null"]


def test_every_target_has_a_rule_for_every_operation() -> None:
    assert {servers.target(target).online_ddl.table for target in TARGETS} == set(TABLES)
    for rules in TABLES.values():
        assert set(rules) == set(Operation)


def test_json_has_the_documented_shape(tmp_path: Path) -> None:
    (tmp_path / "V1.0__schema.sql").write_text(TABLE + "ALTER TABLE `NoteVO` MODIFY `size` BIGINT;\n", "utf-8")
    result = CliRunner().invoke(main, ["impact", str(tmp_path), "--format", "json", "--target", "mariadb-10.11"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "statements": [
            {
                "path": str(tmp_path / "V1.0__schema.sql"),
                "line": 9,
                "table": "NoteVO",
                "operation": "change-type",
                "targets": {"mariadb-10.11": {"algorithm": "copy", "lock": "shared", "rebuild": True}},
            }
        ]
    }


def test_text_lists_the_worst_first(tmp_path: Path) -> None:
    sql = "ALTER TABLE `NoteVO` ADD COLUMN `x` INT;\nALTER TABLE `NoteVO` MODIFY `size` BIGINT;\n"
    (tmp_path / "V1.0__schema.sql").write_text(TABLE + sql, encoding="utf-8")
    result = CliRunner().invoke(main, ["impact", str(tmp_path), "--target", "mysql-8.0"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "change-type" in lines[1] and "copy/shared rebuild" in lines[1]
    assert "add-column" in lines[2] and "instant/none" in lines[2]
    assert lines[-1] == "2 changes to existing tables in 1 files; 1 copy the table or block writes on some target"


def test_bad_input_exits_2_naming_it(tmp_path: Path) -> None:
    runner = CliRunner()
    unknown = runner.invoke(main, ["impact", str(tmp_path), "--target", "oracle-23"])
    assert unknown.exit_code == 2 and "oracle-23" in unknown.output and "Traceback" not in unknown.output
    (tmp_path / "V1.0__schema.sql").write_bytes(b"ALTER TABLE `NoteVO` ADD COLUMN `x` INT COMMENT '\xff';\n")
    unreadable = runner.invoke(main, ["impact", str(tmp_path)])
    assert unreadable.exit_code == 2 and "V1.0__schema.sql: not UTF-8" in unreadable.output


@pytest.mark.parametrize("where", ["conf/db", "conf/typo"], ids=["no SQL in it", "does not exist"])
def test_a_directory_with_no_sql_fails_closed_naming_it(tmp_path: Path, where: str) -> None:
    (tmp_path / "conf" / "db").mkdir(parents=True)
    (tmp_path / "conf" / "db" / "README.txt").write_text("upgrade files go here\n")
    result = CliRunner().invoke(main, ["impact", str(tmp_path / where)])
    reason = "no *.sql file in this directory" if where == "conf/db" else "no such file or directory"
    assert result.exit_code == 2 and f"zsgate: error: {tmp_path / where}: {reason}" in result.stderr


def test_prechecks_select_the_rows_each_data_dependent_change_would_fail_on(tmp_path: Path) -> None:
    (tmp_path / "V2.0__schema.sql").write_text(
        "ALTER TABLE `VmModelMountVO` MODIFY `accountUuid` VARCHAR(32) NOT NULL;\n"
        "ALTER TABLE `VmModelMountVO` ADD UNIQUE KEY `ukVmModelMountVOPath` (`vmInstanceUuid`, `mountPath`);\n"
        "ALTER TABLE `VmModelMountVO` MODIFY `status` VARCHAR(16) NOT NULL;\n"
        "ALTER TABLE `VmModelMountVO` MODIFY `lastAttachedEpoch` INT UNSIGNED;\n"
        "ALTER TABLE `VmModelMountVO` ADD COLUMN `note` VARCHAR(32);\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["impact", "--prechecks", str(tmp_path)])
    assert result.exit_code == 0, result.output
    where = tmp_path / "V2.0__schema.sql"
    assert result.output.splitlines() == [
        f"-- {where}:1: VmModelMountVO.accountUuid holds NULL",
        "SELECT * FROM `VmModelMountVO` WHERE `accountUuid` IS NULL;",
        f"-- {where}:2: VmModelMountVO (vmInstanceUuid, mountPath) has duplicates",
        "SELECT `vmInstanceUuid`, `mountPath`, COUNT(*) AS copies FROM `VmModelMountVO` "
        "WHERE `vmInstanceUuid` IS NOT NULL AND `mountPath` IS NOT NULL "
        "GROUP BY `vmInstanceUuid`, `mountPath` HAVING COUNT(*) > 1;",
        f"-- {where}:3: VmModelMountVO.status holds values longer than 16",
        "SELECT * FROM `VmModelMountVO` WHERE CHAR_LENGTH(`status`) > 16;",
        f"-- {where}:4: VmModelMountVO.lastAttachedEpoch holds values outside INT UNSIGNED",
        "SELECT * FROM `VmModelMountVO` WHERE `lastAttachedEpoch` NOT BETWEEN 0 AND 4294967295;",
    ]


def test_a_file_that_does_not_split_exits_2_naming_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "V1.0__schema.sql").write_text("ALTER TABLE `NoteVO` ADD COLUMN `x` INT;\nSELECT 'open;\n", "utf-8")
    result = CliRunner().invoke(main, ["impact", str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"zsgate: error: {tmp_path / 'V1.0__schema.sql'}:2:" in result.output


@pytest.mark.parametrize(
    ("setting", "checked"),
    [
        ("SET FOREIGN_KEY_CHECKS = 0;", False),
        ("SET SESSION foreign_key_checks = OFF;", False),
        ("SET @@session.foreign_key_checks = 0, unique_checks = 0;", False),
        ("SET @@foreign_key_checks = 0;", False),
        ("SET GLOBAL foreign_key_checks = 0;", True),
        ("SET @@global.foreign_key_checks = 0;", True),
        ("SET FOREIGN_KEY_CHECKS = 0; SET FOREIGN_KEY_CHECKS = 1;", True),
    ],
)
def test_the_session_follows_the_file_set_statements(tmp_path: Path, setting: str, checked: bool) -> None:
    sql = (
        setting + "\nALTER TABLE `NoteVO` ADD CONSTRAINT `fk` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`);\n"
    )
    assert operations(tmp_path, sql) == ["add-foreign-key" if checked else "add-foreign-key-unchecked"]


def test_definitions_can_come_from_another_source(tmp_path: Path) -> None:
    """What is known before the files can be any schema (a history's, a live database's)."""
    from zsgate.history.schema import Column, Schema, Table

    legacy = Table("LegacyVO", {"note": Column("note", "VARCHAR", True, arguments=("300",))}, charset="latin1")
    path = tmp_path / "V9.0__schema.sql"
    path.write_text("ALTER TABLE `LegacyVO` MODIFY `note` VARCHAR(200);\n", encoding="utf-8")
    statements = impact_paths([path], schema=Schema({"LegacyVO": legacy})).statements
    assert [s.operation for s in statements] == ["narrow-type"]


def test_a_unique_column_added_to_rows_fails_unless_they_all_get_null(tmp_path: Path) -> None:
    (tmp_path / "V2.0__schema.sql").write_text(
        "ALTER TABLE `VmModelMountVO` ADD COLUMN `ticket` VARCHAR(32) UNIQUE;\n"
        "ALTER TABLE `VmModelMountVO` ADD COLUMN `serial` INT NOT NULL DEFAULT 0 UNIQUE;\n",
        encoding="utf-8",
    )
    report = impact_paths([tmp_path])
    assert [s.operation for s in report.statements] == ["add-column, add-index", "add-column, add-unique"]
    assert [(check.line, check.sql) for check in report.prechecks] == [
        (2, "SELECT COUNT(*) AS `rows` FROM `VmModelMountVO` HAVING COUNT(*) > 1")
    ]


def test_a_file_of_a_history_is_read_after_the_files_before_it(tmp_path: Path) -> None:
    """Pre-merge "impact of my new file": the file alone, but read inside its tree."""
    (tmp_path / "V1.0__schema.sql").write_text(TABLE.replace("VARCHAR(128)", "VARCHAR(200)"), encoding="utf-8")
    new = tmp_path / "V1.1__schema.sql"
    new.write_text("ALTER TABLE `NoteVO` MODIFY `note` VARCHAR(255) DEFAULT NULL;\n", encoding="utf-8")
    (statement,) = impact_paths([new]).statements
    assert (statement.operation, statement.changes[0].new_table) == ("widen-varchar", False)


def test_a_corpus_file_alone_is_read_against_its_history(corpus: Path) -> None:
    """V5.2.1 widens `config`, VARCHAR(255) since V5.0.0: not a column of unknown type assumed to copy."""
    (statement,) = impact_paths([corpus / "upgrade" / "V5.2.1__schema.sql"]).statements
    assert (statement.table, statement.operation) == ("ExternalPrimaryStorageVO", "widen-varchar")
    cost = statement.targets["mysql-8.0"]
    assert (cost.algorithm.value, cost.lock.value, cost.rebuild) == ("inplace", "none", False)


def test_every_helper_history_reads_is_costed(tmp_path: Path) -> None:
    sql = """CALL INSERT_COLUMN('NoteVO', 'cacheUuid', 'VARCHAR(32)', 1, NULL, 'note');
CALL ADD_CONSTRAINT('NoteVO', 'fkNoteVOHostEO', 'hostUuid', 'HostEO', 'uuid', 'CASCADE');
CALL DROP_FOREIGN_KEY('NoteVO', 'fkNoteVOHostEO');
CALL RENAME_TABLE('NoteVO', 'MemoVO');
"""
    expected = ["add-column", "add-foreign-key-unchecked", "drop-foreign-key", "rename-table"]
    assert operations(tmp_path, sql) == expected


def test_a_procedure_that_alters_a_table_is_not_skipped(tmp_path: Path) -> None:
    sql = """DELIMITER $$
CREATE PROCEDURE fixNotes() BEGIN ALTER TABLE `zstack`.`NoteVO` MODIFY `note` VARCHAR(64); END $$
DELIMITER ;
CALL fixNotes();
"""
    assert operations(tmp_path, sql) == ["other"]  # its body is not read: assumed to copy


@pytest.mark.parametrize("callback", ["afterMigrate", "afterEachMigrate", "beforeEachMigrate", "afterValidate"])
def test_flyway_callbacks_are_not_read_as_migrations(tmp_path: Path, callback: str) -> None:
    (tmp_path / "V1.0__schema.sql").write_text(TABLE, encoding="utf-8")
    (tmp_path / f"{callback}.sql").write_text("ALTER TABLE `NoteVO` MODIFY `size` BIGINT;\n", encoding="utf-8")
    report = impact_paths([tmp_path])
    assert (report.files, report.statements, report.errors) == (1, [], [])
    named = CliRunner().invoke(main, ["impact", str(tmp_path / f"{callback}.sql")])
    assert named.exit_code == 2 and "Traceback" not in named.output
    assert f"{callback}.sql: a Flyway callback, not a migration" in named.output


@pytest.mark.parametrize("checks", ["", "SET FOREIGN_KEY_CHECKS = 0;\n"])
def test_a_foreign_key_added_with_checks_on_is_prechecked_for_orphans(tmp_path: Path, checks: str) -> None:
    (tmp_path / "V2.0__schema.sql").write_text(
        f"{checks}ALTER TABLE `VmModelMountVO` ADD CONSTRAINT `fkVmModelMountVOVmInstanceEO`"
        " FOREIGN KEY (`vmInstanceUuid`) REFERENCES `VmInstanceEO` (`uuid`);\n",
        encoding="utf-8",
    )
    found = [(check.finds, check.sql) for check in impact_paths([tmp_path]).prechecks]
    orphans = (
        "VmModelMountVO (vmInstanceUuid) holds values VmInstanceEO (uuid) does not",
        "SELECT * FROM `VmModelMountVO` AS child WHERE child.`vmInstanceUuid` IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM `VmInstanceEO` AS parent WHERE parent.`uuid` = child.`vmInstanceUuid`)",
    )
    assert found == ([] if checks else [orphans])  # with the checks off the server reads no row
