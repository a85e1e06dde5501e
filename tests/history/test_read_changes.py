"""SQL in, changes out: every form the one reader knows, as rows (sqlglot's ``validate_identity`` habit).

Each row is a statement and the changes history reads in it; a helper CALL is shown as the changes it
stands for where ZStack's helpers are defined. Offsets are left out of the comparison (``start`` 0).
"""

from __future__ import annotations

import dataclasses

import pytest

from zsgate.history.apply import expand, starting_schema
from zsgate.history.changes import (
    AddColumn,
    AddForeignKey,
    AddIndex,
    AddPrimaryKey,
    AlterDefault,
    AlterView,
    CallProcedure,
    Change,
    ConvertCharset,
    CreateTable,
    CreateTableLike,
    CreateTrigger,
    CreateView,
    DefineProcedure,
    DropColumn,
    DropForeignKey,
    DropIndex,
    DropPrimaryKey,
    DropProcedure,
    DropTables,
    DropTrigger,
    DropViews,
    ModifyColumn,
    RebuildTable,
    RenameColumn,
    RenameIndex,
    RenameTable,
    SetTableOptions,
    Unread,
    read_changes,
)
from zsgate.history.schema import Column, ForeignKey, Index, Procedure, Table, Trigger, View
from zsgate.sql.calls import Argument, Call, read_call
from zsgate.sql.parse import parse_statement
from zsgate.sql.split import split_sql


def varchar(name: str, length: int, nullable: bool | None = True, **facts: object) -> Column:
    return Column(name, "VARCHAR", nullable, arguments=(str(length),), **facts)  # type: ignore[arg-type]


INT = Column("c", "INT", True)
NOTE = varchar("note", 128)
T = "T"

ROWS: list[tuple[str, list[Change]]] = [
    # --- CREATE / DROP / RENAME TABLE ---
    (
        "CREATE TABLE `T` (`id` INT NOT NULL AUTO_INCREMENT, `note` VARCHAR(128), PRIMARY KEY (`id`),"
        " UNIQUE KEY `uk` (`note`(16)), FULLTEXT KEY `ft` (`note`)) ENGINE=InnoDB DEFAULT CHARSET=utf8"
        " COLLATE=utf8_bin ROW_FORMAT=DYNAMIC",
        [
            CreateTable(
                Table(
                    T,
                    {"id": Column("id", "INT", False, auto_increment=True), "note": NOTE},
                    ("id",),
                    {
                        "uk": Index("uk", ("note",), unique=True, prefixes=(16,)),
                        "ft": Index("ft", ("note",), unique=False, fulltext=True),
                    },
                    engine="InnoDB",
                    charset="utf8",
                    collation="utf8_bin",
                    options={"ROW_FORMAT": "DYNAMIC"},
                ),
                False,
                (("uk", 0), ("ft", 0)),
                0,
            )
        ],
    ),
    (
        "CREATE TABLE `T` (`c` INT) COMMENT='it''s' PARTITION BY RANGE (`c`) (PARTITION p0 VALUES LESS THAN (10))",
        [
            CreateTable(
                Table(
                    T,
                    {"c": INT},
                    options={"COMMENT": "it's"},
                    partitioning="RANGE (`c`) (PARTITION p0 VALUES LESS THAN (10))",
                ),
                False,
                (),
                0,
            )
        ],
    ),
    (
        "CREATE TABLE IF NOT EXISTS `zstack`.`T` (`a` INT UNSIGNED DEFAULT 0, `b` ENUM('x', 'y') NOT NULL,"
        " `d` BIGINT AS (`a` * 2) VIRTUAL, `ts` TIMESTAMP, `p` VARCHAR(32) CHARACTER SET latin1 COLLATE latin1_bin,"
        " CONSTRAINT `fk` FOREIGN KEY (`p`) REFERENCES `P` (`uuid`) ON DELETE CASCADE)",
        [
            CreateTable(
                Table(
                    T,
                    {
                        "a": Column("a", "UINT", True, default="0"),
                        "b": Column("b", "ENUM", False, arguments=("x", "y")),
                        "d": Column("d", "BIGINT", True, generated="VIRTUAL"),
                        "ts": Column(
                            "ts", "TIMESTAMPTZ", None
                        ),  # sqlglot's MySQL TIMESTAMP; the server decides its NULL
                        "p": varchar("p", 32, charset="latin1", collation="latin1_bin"),
                    },
                    foreign_keys={"fk": ForeignKey("fk", ("p",), "P", ("uuid",), "CASCADE")},
                    indexes={"fk": Index("fk", ("p",), unique=False)},  # the index the server adds for the key
                ),
                True,
                (("fk", 0),),
                0,
            )
        ],
    ),
    ("CREATE TABLE `T2` LIKE `T`", [CreateTableLike("T2", T, False, 0)]),
    ("CREATE TABLE `T2` AS SELECT * FROM `T`", [Unread("T2", 0, creates=True)]),
    ("DROP TABLE IF EXISTS `T`, `zstack`.`U`", [DropTables((T, "U"), 0)]),
    ("RENAME TABLE `zstack`.`T` TO `zstack`.`U`, V TO W", [RenameTable(T, "U", 0), RenameTable("V", "W", 0)]),
    ("ALTER TABLE `T` RENAME TO `U`", [RenameTable(T, "U", 0)]),
    # --- columns ---
    ("ALTER TABLE `T` ADD COLUMN `note` VARCHAR(128)", [AddColumn(T, NOTE, False, 0)]),
    ("ALTER TABLE `T` ADD COLUMN IF NOT EXISTS `note` VARCHAR(128)", [AddColumn(T, NOTE, True, 0)]),
    ("ALTER TABLE `T` ADD COLUMN `note` VARCHAR(128) FIRST", [AddColumn(T, NOTE, False, 0, first=True)]),
    ("ALTER TABLE `T` ADD `note` VARCHAR(128) AFTER `id`", [AddColumn(T, NOTE, False, 0, after="id")]),
    (
        "ALTER TABLE `T` ADD COLUMN `d` BIGINT AS (`c` * 2) STORED",
        [AddColumn(T, Column("d", "BIGINT", True, generated="STORED"), False, 0)],
    ),
    (
        "ALTER TABLE `T` ADD COLUMN `c` INT UNIQUE",
        [AddColumn(T, INT, False, 0), AddIndex(T, Index("", ("c",), unique=True), 0)],
    ),
    (
        "ALTER TABLE `T` ADD COLUMN `c` INT PRIMARY KEY",
        [AddColumn(T, Column("c", "INT", False), False, 0), AddPrimaryKey(T, ("c",), 0)],
    ),
    ("ALTER TABLE `T` MODIFY `note` VARCHAR(128)", [ModifyColumn(T, "note", NOTE, 0)]),
    (
        "ALTER TABLE `T` MODIFY `note` VARCHAR(128) CHARACTER SET utf8mb4 NOT NULL DEFAULT '' AFTER `id`",
        [ModifyColumn(T, "note", varchar("note", 128, False, default="''", charset="utf8mb4"), 0, after="id")],
    ),
    ("ALTER TABLE `T` CHANGE `memo` `note` VARCHAR(128)", [ModifyColumn(T, "memo", NOTE, 0)]),
    (
        "ALTER TABLE `T` CHANGE COLUMN `c` `c` INT UNIQUE",
        [ModifyColumn(T, "c", INT, 0), AddIndex(T, Index("", ("c",), unique=True), 0)],
    ),
    ("ALTER TABLE `T` RENAME COLUMN `memo` TO `note`", [RenameColumn(T, "memo", "note", 0)]),
    ("ALTER TABLE `T` ALTER COLUMN `c` SET DEFAULT 5", [AlterDefault(T, "c", "5", 0)]),
    ("ALTER TABLE `T` ALTER COLUMN `c` DROP DEFAULT", [AlterDefault(T, "c", None, 0)]),
    ("ALTER TABLE `T` DROP COLUMN `c`, DROP `d`", [DropColumn(T, "c", 0), DropColumn(T, "d", 0)]),
    # --- keys ---
    ("ALTER TABLE `T` ADD INDEX `idx` (`c`)", [AddIndex(T, Index("idx", ("c",), unique=False), 0)]),
    (
        "ALTER TABLE `T` ADD KEY `idx` (`note`(8), `c`)",
        [AddIndex(T, Index("idx", ("note", "c"), False, prefixes=(8, None)), 0)],
    ),
    ("ALTER TABLE `T` ADD UNIQUE KEY `uk` (`a`, `b`)", [AddIndex(T, Index("uk", ("a", "b"), unique=True), 0)]),
    ("ALTER TABLE `T` ADD CONSTRAINT `uk` UNIQUE (`a`)", [AddIndex(T, Index("uk", ("a",), unique=True), 0)]),
    (
        "ALTER TABLE `T` ADD FULLTEXT INDEX `ft` (`note`)",
        [AddIndex(T, Index("ft", ("note",), False, fulltext=True), 0)],
    ),
    ("CREATE INDEX `idx` ON `T` (`c`)", [AddIndex(T, Index("idx", ("c",), unique=False), 0)]),
    ("CREATE UNIQUE INDEX `uk` ON `zstack`.`T` (`a`, `b`)", [AddIndex(T, Index("uk", ("a", "b"), unique=True), 0)]),
    (
        "CREATE FULLTEXT INDEX `ft` ON `T` (`note`(32))",
        [AddIndex(T, Index("ft", ("note",), False, fulltext=True, prefixes=(32,)), 0)],
    ),
    ("ALTER TABLE `T` DROP INDEX `idx`", [DropIndex(T, "idx", 0)]),
    ("ALTER TABLE `T` DROP KEY `idx`", [DropIndex(T, "idx", 0)]),
    ("DROP INDEX `idx` ON `zstack`.`T`", [DropIndex(T, "idx", 0)]),
    ("DROP INDEX `PRIMARY` ON `T`", [DropPrimaryKey(T, 0)]),
    ("ALTER TABLE `T` DROP INDEX `PRIMARY`", [DropPrimaryKey(T, 0)]),
    ("ALTER TABLE `T` RENAME INDEX `idx` TO `idx2`", [RenameIndex(T, "idx", "idx2", 0)]),
    (
        "ALTER TABLE `T` DROP PRIMARY KEY, ADD PRIMARY KEY (`a`, `b`)",
        [DropPrimaryKey(T, 0), AddPrimaryKey(T, ("a", "b"), 0)],
    ),
    (
        "ALTER TABLE `T` ADD CONSTRAINT `fk` FOREIGN KEY (`p`) REFERENCES `zstack`.`P` (`uuid`) ON DELETE SET NULL",
        [AddForeignKey(T, ForeignKey("fk", ("p",), "P", ("uuid",), "SET NULL"), 0)],
    ),
    ("ALTER TABLE `T` DROP FOREIGN KEY `fk`", [DropForeignKey(T, "fk", 0)]),
    # --- the table as a whole ---
    ("ALTER TABLE `T` FORCE", [RebuildTable(T, 0)]),
    ("ALTER TABLE `T` ENGINE=InnoDB", [SetTableOptions(T, (("ENGINE", "InnoDB"),), 0)]),
    (
        "ALTER TABLE `T` COMMENT = 'notes', ROW_FORMAT=DYNAMIC",
        [SetTableOptions(T, (("COMMENT", "notes"), ("ROW_FORMAT", "DYNAMIC")), 0)],
    ),
    ("ALTER TABLE `T` ALGORITHM=INPLACE, LOCK=NONE, DROP COLUMN `c`", [DropColumn(T, "c", 0)]),
    ("ALTER TABLE `zstack`.`T` CONVERT TO CHARACTER SET utf8mb4", [ConvertCharset(T, "utf8mb4", None, 0)]),
    (
        "ALTER TABLE `T` CONVERT TO CHARSET utf8mb4 COLLATE utf8mb4_bin",
        [ConvertCharset(T, "utf8mb4", "utf8mb4_bin", 0)],
    ),
    ("ALTER TABLE `T` ADD PARTITION (PARTITION p1 VALUES LESS THAN (10))", [Unread(T, 0)]),
    ("ALTER TABLE `T` ALGORITHM=INPLACE", [Unread(T, 0)]),
    # --- what the reader cannot follow (issue 13, defect 6): unread, never a key without columns ---
    ("CREATE INDEX ON `T`", [Unread(T, 0)]),
    ("CREATE INDEX `idx` ON `T` ()", [Unread(T, 0)]),
    ("CREATE INDEX `idx` ON `T` ((`a` + 1))", [Unread(T, 0)]),
    ("ALTER TABLE `T` ADD UNIQUE ()", [Unread(T, 0)]),
    ("ALTER TABLE `T` ADD INDEX `idx` ((`a` + 1))", [Unread(T, 0)]),
    ("ALTER TABLE `T` ADD FOREIGN KEY () REFERENCES `P` ()", [Unread(T, 0)]),
    ("CREATE TABLE `T` (`a` INT, KEY ())", [Unread(T, 0, creates=True)]),
    ("RENAME TABLE `T` TO `U` TO `V`", [Unread(T, 0), Unread("U", 0), Unread("V", 0)]),
    ("RENAME TABLE `T` TO `U`, `V`", [Unread(T, 0), Unread("U", 0), Unread("V", 0)]),
    # --- key parts with a prefix, in every form ---
    (
        "CREATE UNIQUE INDEX `uk` ON `T` (`name`(10), `uuid`)",
        [AddIndex(T, Index("uk", ("name", "uuid"), True, prefixes=(10, None)), 0)],
    ),
    ("ALTER TABLE `T` ADD PRIMARY KEY (`name`(10))", [AddPrimaryKey(T, ("name",), 0, prefixes=(10,))]),
    # --- procedures and ZStack's helpers (as the changes each makes) ---
    (
        "CREATE PROCEDURE fix() BEGIN ALTER TABLE `zstack`.`T` MODIFY `a` INT; END",
        [DefineProcedure(Procedure("fix", frozenset({T})), 0)],
    ),
    ("DROP PROCEDURE IF EXISTS `fix`", [DropProcedure("fix", 0)]),
    ("CALL ADD_COLUMN('T', 'note', 'VARCHAR(128)', 1, NULL)", [AddColumn(T, NOTE, True, 0)]),
    (
        "CALL ADD_COLUMN('T', 'state', 'varchar(32)', 0, 'Enabled')",
        [AddColumn(T, varchar("state", 32, False, default="'Enabled'"), True, 0)],
    ),
    ("CALL INSERT_COLUMN('T', 'c', 'INT', 1, NULL, 'id')", [AddColumn(T, INT, True, 0)]),
    ("CALL DROP_COLUMN('T', 'c')", [DropColumn(T, "c", 0)]),
    ("CALL CREATE_INDEX('T', 'idx', 'c')", [AddIndex(T, Index("idx", ("c",), unique=False), 0)]),
    ("CALL DELETE_INDEX('T', 'idx')", [DropIndex(T, "idx", 0)]),
    (
        "CALL ADD_CONSTRAINT('T', 'fk', 'p', 'P', 'uuid', 'CASCADE')",
        [AddForeignKey(T, ForeignKey("fk", ("p",), "P", ("uuid",), "CASCADE"), 0)],
    ),
    ("CALL DROP_FOREIGN_KEY('T', 'fk')", [DropForeignKey(T, "fk", 0)]),
    ("CALL RENAME_TABLE('T', 'U')", [RenameTable(T, "U", 0)]),
    ("CALL GENERIC_ADD_FOREIGN_KEY('T', 'p', 'P', 'uuid')", []),  # its existence check finds any key: a no-op
    ("CALL DROP_INDEX('T', 'idx')", []),  # no beforeMigrate.sql defines it: the server refuses the call
    ("CALL fix()", [Unread(T, 0)]),  # a procedure the history defined: the tables its body alters
    ("CALL undefined()", []),
    # --- views: the SELECT as sqlglot writes it, and the tables it reads ---
    (
        "CREATE VIEW `zstack`.`VmInstanceVO` AS SELECT uuid, name FROM `VmInstanceEO` WHERE deleted IS NULL",
        [
            CreateView(
                View("VmInstanceVO", "SELECT uuid, name FROM `VmInstanceEO` WHERE deleted IS NULL", ("VmInstanceEO",)),
                False,
                0,
            )
        ],
    ),
    (
        "CREATE OR REPLACE ALGORITHM=MERGE SQL SECURITY DEFINER VIEW `V`"
        " AS SELECT t.a FROM `T` t JOIN `U` u ON t.a = u.a",
        [CreateView(View("V", "SELECT t.a FROM `T` AS t JOIN `U` AS u ON t.a = u.a", ("T", "U")), True, 0)],
    ),
    (  # a common table expression is not a table the view reads
        "CREATE VIEW `V` AS WITH c AS (SELECT a FROM `T`) SELECT a FROM c",
        [CreateView(View("V", "WITH c AS (SELECT a FROM `T`) SELECT a FROM c", ("T",)), False, 0)],
    ),
    (  # sqlglot keeps it as a raw command: its SELECT is parsed on its own
        "CREATE VIEW `V` (`x`) AS SELECT a FROM `T` WITH CHECK OPTION",
        [CreateView(View("V", "SELECT a FROM `T`", ("T",)), False, 0)],
    ),
    (
        "CREATE DEFINER=`root`@`%` VIEW `V` AS SELECT a FROM `T` WHERE a IN (SELECT b FROM `U`)",
        [CreateView(View("V", "SELECT a FROM `T` WHERE a IN (SELECT b FROM `U`)", ("T", "U")), False, 0)],
    ),
    ("ALTER VIEW `V` AS SELECT a FROM `T`", [AlterView(View("V", "SELECT a FROM `T`", ("T",)), 0)]),
    ("ALTER ALGORITHM=MERGE VIEW `V` AS SELECT a FROM `U`", [AlterView(View("V", "SELECT a FROM `U`", ("U",)), 0)]),
    (  # a SELECT that cannot be read: the view is there, what it reads is not known
        "CREATE VIEW `V` (`x`) AS SELECT a FROM `T` WHERE",
        [CreateView(View("V", "", ()), False, 0)],
    ),
    ("DROP VIEW IF EXISTS `zstack`.`V`, W", [DropViews(("V", "W"), True, 0)]),
    ("DROP VIEW `V`", [DropViews(("V",), False, 0)]),
    # --- triggers: read from their words (sqlglot keeps them raw) ---
    (
        "CREATE TRIGGER trg AFTER insert ON `zstack`.`T` FOR EACH ROW SET @x = 1",
        [CreateTrigger(Trigger("trg", T, "AFTER", "INSERT"), 0)],
    ),
    (
        "CREATE DEFINER=`root`@`localhost` TRIGGER IF NOT EXISTS `trg` BEFORE DELETE ON T FOR EACH ROW"
        " DELETE FROM U WHERE a = OLD.a",
        [CreateTrigger(Trigger("trg", T, "BEFORE", "DELETE"), 0)],
    ),
    ("DROP TRIGGER IF EXISTS `zstack`.trg", [DropTrigger("trg", 0)]),
    # --- statements that change no table ---
    ("UPDATE `T` SET `c` = 1", []),
    ("INSERT INTO `T` (`c`) VALUES (1)", []),
]


def read(sql: str) -> list[Change]:
    """The changes of ``sql`` after a procedure ``fix`` that alters T, where ZStack's helpers are defined."""
    schema = starting_schema(None, defines_helpers=False)
    schema.procedures["FIX"] = Procedure("fix", frozenset({T}))
    statement = split_sql(sql + ";").statements[0]
    changes = read_changes(parse_statement(statement), read_call(statement.tokens), statement.tokens)
    return [_without_offsets(made) for change in changes for made in expand(schema, change)]


def _without_offsets(change: Change) -> Change:
    if isinstance(change, CreateTable):
        return dataclasses.replace(change, start=0, key_starts=tuple((name, 0) for name, _ in change.key_starts))
    if isinstance(change, CallProcedure):
        arguments = tuple(Argument(a.value, 0) for a in change.call.arguments)
        return dataclasses.replace(change, start=0, call=Call(change.call.procedure, arguments))
    return dataclasses.replace(change, start=0)


@pytest.mark.parametrize(("sql", "expected"), ROWS, ids=[sql[:60] for sql, _ in ROWS])
def test_sql_reads_as_its_changes(sql: str, expected: list[Change]) -> None:
    assert read(sql) == expected


@pytest.mark.parametrize(
    "written", ["INT UNSIGNED", "BIGINT(20) UNSIGNED", "DECIMAL(10, 2) UNSIGNED", "DOUBLE UNSIGNED", "VARCHAR(32)"]
)
def test_a_column_type_reads_back_as_mysql_writes_it(written: str) -> None:
    (change,) = read(f"CREATE TABLE t (a {written})")
    assert isinstance(change, CreateTable)
    assert change.table.columns["a"].type_sql == written
