from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from zsgate.checks.lint.context import FileContext
from zsgate.checks.lint.rule import Hit, Rule
from zsgate.history.flyway import HistoryError, migration_of
from zsgate.history.metadata_table import unrecordable


class UnrecordableMigration(Rule):
    """A migration whose version or description is longer than Flyway's `schema_version` columns hold.

    Why: Flyway 3.2.1 records each migration in `schema_version`, whose `version` is VARCHAR(50) and
    `description` VARCHAR(200) (its createMetaDataTable.sql for MySQL). It finds out only after running
    the file: under a strict sql_mode the row's INSERT fails ("Data too long for column"), so the upgrade
    has changed the schema but left no record, and the next upgrade runs the file again; under a lax one
    the value is cut short. `zsgate replay` refuses such a history before running anything. Shorten the
    file's name.

    Bad:
        -- conf/db/upgrade/V4.1.0__add_the_cpu_and_memory_columns_..._(210_characters).sql

    Good:
        -- conf/db/upgrade/V4.1.0__host_capacity.sql
    """

    code = "ZS005"
    name = "unrecordable-migration"
    judges_files_on_disk = True  # the file's name, not the text linted

    def finish(self, context: FileContext) -> Iterator[Hit]:
        try:
            migration = migration_of(Path(context.sql.path))
        except (HistoryError, OSError):  # not a migration Flyway resolves: not this rule's concern
            return
        if migration is not None and (reason := unrecordable(migration)):
            yield Hit(0, f"schema_version cannot record this migration: {reason}")
