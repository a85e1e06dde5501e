from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.ddl import altered_table, created_table, table_name, unique_keys
from zsgate.checks.lint.rule import Hit, Rule


class NullableUniqueKey(Rule):
    """A nullable column in a UNIQUE key.

    Why: InnoDB's UNIQUE index admits any number of rows whose key contains NULL, so a "one row per
    host and root" rule silently does not hold. Every column of a UNIQUE key must be NOT NULL.
    Columns are looked up in the same file first, then in the project's models; where neither
    defines the column the rule stays silent.

    Bad:
        CREATE TABLE IF NOT EXISTS `zstack`.`AiHostCacheStorageVO` (
            `hostUuid` VARCHAR(32) NOT NULL, `sourceRoot` VARCHAR(2048),
            UNIQUE KEY `ukAiHostCacheStorageVOHostRoot` (`hostUuid`, `sourceRoot`(255)));

    Good:
        CREATE TABLE IF NOT EXISTS `zstack`.`AiHostCacheStorageVO` (
            `hostUuid` VARCHAR(32) NOT NULL, `sourceRoot` VARCHAR(2048) NOT NULL,
            UNIQUE KEY `ukAiHostCacheStorageVOHostRoot` (`hostUuid`, `sourceRoot`(255)));
    """

    code = "ZS301"
    name = "nullable-unique-key"

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        node = created_table(statement.expression) or altered_table(statement.expression)
        if node is None:
            return
        for key in unique_keys(node, table_name(node)):
            for column in key.columns:
                if context.tables.nullable(key.table, column):
                    named = f" {key.name}" if key.name else ""
                    yield Hit(
                        key.start,
                        f"{key.table}.{column} is nullable but in UNIQUE key{named}; rows with NULL never "
                        "collide, so the key does not hold: make the column NOT NULL",
                    )
