from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.rule import Hit, Rule
from zsgate.checks.lint.rules._keys import foreign_keys
from zsgate.history.changes import Change
from zsgate.history.schema import Schema


class NullableCascadeFk(Rule):
    """An ON DELETE CASCADE foreign key over a nullable column.

    Why: a row whose column is NULL references nothing, so deleting the parent (a host) never
    removes it: it is left behind for ever. A column that cascades from its parent must be
    NOT NULL. Works on CREATE TABLE, ALTER TABLE and CALL ADD_CONSTRAINT, with columns as the file
    leaves them, after its Flyway history (earlier V<version>__*.sql files), or from the project's models.

    Bad:
        CREATE TABLE IF NOT EXISTS `zstack`.`AiHostModelCacheVO` (`uuid` VARCHAR(32) NOT NULL,
            `hostUuid` VARCHAR(32), PRIMARY KEY (`uuid`),
            CONSTRAINT `fkAiHostModelCacheVOHostEO` FOREIGN KEY (`hostUuid`)
                REFERENCES `zstack`.`HostEO` (`uuid`) ON DELETE CASCADE);

    Good:
        CREATE TABLE IF NOT EXISTS `zstack`.`AiHostModelCacheVO` (`uuid` VARCHAR(32) NOT NULL,
            `hostUuid` VARCHAR(32) NOT NULL, PRIMARY KEY (`uuid`),
            CONSTRAINT `fkAiHostModelCacheVOHostEO` FOREIGN KEY (`hostUuid`)
                REFERENCES `zstack`.`HostEO` (`uuid`) ON DELETE CASCADE);
    """

    code = "ZS302"
    name = "nullable-cascade-fk"
    checks_schema = True

    def check_change(self, change: Change, schema: Schema) -> Iterator[Hit]:
        for keyed in foreign_keys(change, schema, "CASCADE"):
            for column in keyed.columns:
                if schema.nullable(keyed.table, column):
                    yield Hit(
                        keyed.start,
                        f"{keyed.table}.{column} is nullable but {keyed.key.name or 'its foreign key'} is ON DELETE "
                        "CASCADE; rows with NULL are never deleted with their parent: make it NOT NULL",
                    )
