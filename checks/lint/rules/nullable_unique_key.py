from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.rule import Hit, Rule
from zsgate.checks.lint.rules._keys import added_keys
from zsgate.history.changes import Change
from zsgate.history.schema import Index, Schema


class NullableUniqueKey(Rule):
    """A nullable column in a UNIQUE key.

    Why: InnoDB's UNIQUE index admits any number of rows whose key contains NULL, so a "one row per
    host and root" rule silently does not hold. Every column of a UNIQUE key must be NOT NULL.
    Columns are read as the server makes them (PRIMARY KEY and AUTO_INCREMENT columns are NOT NULL,
    also when a later statement makes them so) and as the file leaves them: after its Flyway history
    (earlier V<version>__*.sql files), then from the project's models; where none defines the column
    the rule stays silent.

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
    checks_schema = True

    def check_change(self, change: Change, schema: Schema) -> Iterator[Hit]:
        for keyed in added_keys(change, schema):
            if not (isinstance(keyed.key, Index) and keyed.key.unique):
                continue
            for column in keyed.columns:
                if schema.nullable(keyed.table, column):
                    named = keyed.key.name or "(unnamed)"
                    yield Hit(
                        keyed.start,
                        f"{keyed.table}.{column} is nullable but in UNIQUE key {named}; rows with NULL never collide, "
                        "so the key does not hold: make the column NOT NULL",
                    )
