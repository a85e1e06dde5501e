"""Flyway 3.2.1's metadata table, `schema_version`, as its MySQL `createMetaDataTable.sql` makes it (flyway-core,
tag `flyway-3.2.1`, `dbsupport/mysql/createMetaDataTable.sql`): what replay creates and what a migration's name must
fit in."""

from __future__ import annotations

import re

from zsgate.history.flyway import Migration

TABLE = "schema_version"
# createMetaDataTable.sql for MySQL, with ${schema} and ${table} left to fill
CREATE_METADATA_TABLE = """\
CREATE TABLE `${schema}`.`${table}` (
    `version_rank` INT NOT NULL,
    `installed_rank` INT NOT NULL,
    `version` VARCHAR(50) NOT NULL,
    `description` VARCHAR(200) NOT NULL,
    `type` VARCHAR(20) NOT NULL,
    `script` VARCHAR(1000) NOT NULL,
    `checksum` INT,
    `installed_by` VARCHAR(100) NOT NULL,
    `installed_on` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `execution_time` INT NOT NULL,
    `success` BOOL NOT NULL
) ENGINE=InnoDB;
ALTER TABLE `${schema}`.`${table}` ADD CONSTRAINT `${table}_pk` PRIMARY KEY (`version`);

CREATE INDEX `${table}_vr_idx` ON `${schema}`.`${table}` (`version_rank`);
CREATE INDEX `${table}_ir_idx` ON `${schema}`.`${table}` (`installed_rank`);
CREATE INDEX `${table}_s_idx` ON `${schema}`.`${table}` (`success`);
"""
# what each text column holds, read from the script: `version` VARCHAR(50), `description` VARCHAR(200), ...
COLUMN_SIZES = {column: int(size) for column, size in re.findall(r"`(\w+)` VARCHAR\((\d+)\)", CREATE_METADATA_TABLE)}


def unrecordable(migration: Migration) -> str | None:
    """Why `schema_version` cannot hold `migration`'s row (its version, description or script is longer than
    the column), or None.

    Flyway 3.2.1 finds out only after running the file: under a strict sql_mode (MySQL's default) its INSERT
    fails ("Data too long for column"), so the migration has run but is not recorded and the next migrate
    runs it again; under a lax one the value is cut short, and two cut versions can collide.
    """
    for column in ("version", "description", "script"):
        value, size = getattr(migration, column), COLUMN_SIZES[column]
        if len(value) > size:
            return (
                f"its {column} is {len(value)} characters, more than the {size} of schema_version's `{column}`"
                " column: Flyway would run the file, then fail to record it"
            )
    return None
