"""The static schema follows what the server does with each change."""

from __future__ import annotations

from zsgate.history.apply import apply
from zsgate.history.changes import read_changes
from zsgate.history.schema import Schema, Trigger
from zsgate.sql.calls import read_call
from zsgate.sql.parse import parse_statement
from zsgate.sql.split import split_sql


def run(schema: Schema, sql: str) -> Schema:
    for statement in split_sql(sql, "<test>").statements:
        changes = read_changes(parse_statement(statement), read_call(statement.tokens), statement.tokens)
        for change in changes:
            apply(schema, change)
    return schema


def test_rename_moves_the_table_and_the_foreign_keys_that_point_at_it() -> None:
    schema = run(
        Schema(),
        "CREATE TABLE `HostEO` (`uuid` varchar(32) NOT NULL, PRIMARY KEY (`uuid`));"
        "CREATE TABLE `NicVO` (`hostUuid` varchar(32),"
        " CONSTRAINT `fk` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`));"
        "RENAME TABLE HostEO to HostVO;",
    )
    assert set(schema.tables) == {"HostVO", "NicVO"}
    assert schema.tables["NicVO"].foreign_keys["fk"].references == "HostVO"


def test_change_renames_the_column_in_its_keys_and_drop_removes_it() -> None:
    schema = run(
        Schema(),
        "CREATE TABLE `T` (`a` int, `b` int NOT NULL, UNIQUE KEY `uk` (`a`, `b`));"
        "ALTER TABLE `T` CHANGE `a` `c` int NOT NULL;"
        "ALTER TABLE `T` DROP COLUMN `b`;",
    )
    table = schema.tables["T"]
    assert list(table.columns) == ["c"]
    assert table.indexes["uk"].columns == ("c",)
    assert schema.nullable("T", "c") is False


def test_a_helper_changes_the_schema_only_where_the_history_defines_it() -> None:
    sql = "CREATE TABLE `T` (`a` int); CALL INSERT_COLUMN('T', 'b', 'varchar(32)', 0, NULL, 'a');"
    assert run(Schema(), sql).nullable("T", "b") is None
    defined = run(Schema(), "DROP PROCEDURE IF EXISTS INSERT_COLUMN; CREATE PROCEDURE INSERT_COLUMN() SELECT 1;" + sql)
    assert defined.nullable("T", "b") is False


def test_a_procedure_body_that_alters_a_table_leaves_it_unknown() -> None:
    schema = run(
        Schema(),
        "CREATE TABLE `T` (`a` int);\n"
        "DELIMITER $$\n"
        "CREATE PROCEDURE fix() BEGIN ALTER TABLE `zstack`.`T` MODIFY `a` int NOT NULL; END $$\n"
        "DELIMITER ;\n"
        "CALL fix();",
    )
    assert schema.nullable("T", "a") is None


def test_a_change_and_its_reverse_leave_the_schema_as_it_was() -> None:
    from zsgate.history.apply import apply_one

    base = "CREATE TABLE `P` (`uuid` varchar(32) NOT NULL, PRIMARY KEY (`uuid`)); CREATE TABLE `T` (`a` int, `b` int);"
    for sql in [
        "ALTER TABLE `T` ADD COLUMN `c` varchar(32) NOT NULL",
        "ALTER TABLE `T` RENAME COLUMN `a` TO `z`",
        "ALTER TABLE `T` ADD INDEX `idx` (`a`, `b`)",
        "ALTER TABLE `T` ADD INDEX `idxA` (`a`); "
        "ALTER TABLE `T` ADD CONSTRAINT `fk` FOREIGN KEY (`a`) REFERENCES `P` (`uuid`)",
        "ALTER TABLE `T` ADD INDEX `idx` (`a`); ALTER TABLE `T` RENAME INDEX `idx` TO `idx2`",
        "RENAME TABLE `T` TO `U`",
        "CREATE TABLE `V` (`a` int)",
        "CREATE VIEW `W` AS SELECT a FROM `T`",
        "CREATE TRIGGER trg BEFORE INSERT ON `T` FOR EACH ROW SET NEW.a = 1",
    ]:
        schema = run(Schema(), base + "".join(s + ";" for s in sql.split("; ")[:-1]))
        before = schema.copy()
        (statement,) = split_sql(sql.split("; ")[-1] + ";", "<test>").statements
        (change,) = read_changes(parse_statement(statement), read_call(statement.tokens), statement.tokens)
        assert apply_one(schema, change) is not None, sql
        assert apply_one(schema, change.reverse()) is not None, sql
        assert schema == before, sql


def test_views_and_triggers_follow_the_server() -> None:
    schema = run(
        Schema(),
        "CREATE TABLE `T` (`a` int); CREATE TABLE `U` (`a` int);"
        "CREATE VIEW `V` AS SELECT a FROM `T`;"
        "CREATE VIEW `V` AS SELECT a FROM `U`;"  # refused: the name is taken
        "CREATE VIEW `T` AS SELECT a FROM `U`;"  # refused: a table has the name
        "ALTER VIEW `Missing` AS SELECT a FROM `U`;"  # refused: no such view
        "CREATE VIEW `W` AS SELECT T.a FROM `T` JOIN `U` ON T.a = U.a;"
        "CREATE TRIGGER trg AFTER INSERT ON `T` FOR EACH ROW SET @x = 1;"
        "CREATE TRIGGER gone AFTER DELETE ON `U` FOR EACH ROW SET @x = 1;",
    )
    assert schema.views["V"].reads == ("T",)
    assert [view.name for view in schema.views_over("T")] == ["V", "W"]
    run(schema, "CREATE OR REPLACE VIEW `V` AS SELECT a FROM `U`; RENAME TABLE `T` TO `T2`; DROP TABLE `U`;")
    assert schema.views["V"].reads == ("U",)
    assert schema.triggers == {"trg": Trigger("trg", "T2", "AFTER", "INSERT")}  # a trigger goes with its table
    run(schema, "DROP VIEW IF EXISTS `V`, `Absent`; DROP TRIGGER trg;")
    assert list(schema.views) == ["W"] and not schema.triggers


def test_a_table_created_again_as_before_starts_as_declared_not_as_the_first_one_was_left() -> None:
    create = "CREATE TABLE `T` (`a` int, KEY `ka` (`a`));"
    schema = run(Schema(), create + "ALTER TABLE `T` ADD COLUMN `b` int, ADD KEY `kb` (`b`); DROP TABLE `T`;" + create)
    assert list(schema.tables["T"].columns) == ["a"]
    assert list(schema.tables["T"].indexes) == ["ka"]
