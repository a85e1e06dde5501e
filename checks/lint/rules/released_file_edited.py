from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule

from zsgate.sql.lock import LockError, released_file_edit


class ReleasedFileEdited(Rule):
    """A released upgrade file changed since its release was locked in `flyway.lock`.

    Why: every customer database that ran a released `V<version>__*.sql` keeps its Flyway checksum in
    `schema_version`; once the file changes, `flyway validate`, and so the next upgrade, fails there
    ("Migration Checksum mismatch"). `zsgate lock --release X` records the checksums when release X is cut
    (in `flyway.lock` beside the history); this rule compares each versioned file with the nearest lock in
    its folder or above. Renaming a released file counts too: Flyway then misses the version.

    Bad:
        -- conf/db/upgrade/V4.1.0__schema.sql, locked at 4.1.0, edited afterwards:
        ALTER TABLE `zstack`.`HostEO` ADD COLUMN `cpuNum` int(10) unsigned DEFAULT 0;
        ALTER TABLE `zstack`.`HostEO` ADD COLUMN `memSize` bigint unsigned DEFAULT 0;

    Good:
        -- the change goes into the next version's file, conf/db/upgrade/V4.2.0__schema.sql:
        ALTER TABLE `zstack`.`HostEO` ADD COLUMN `memSize` bigint unsigned DEFAULT 0;
    """

    code = "ZS003"
    name = "released-file-edited"
    judges_files_on_disk = True  # the file's bytes and the lock beside it, not the text linted

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        return iter(())

    def finish(self, context: FileContext) -> Iterator[Hit]:
        try:
            edit = released_file_edit(Path(context.sql.path))
        except LockError as error:
            yield Hit(0, f"the history lock cannot be read: {error}")
            return
        if edit is not None:
            yield Hit(0, f"{edit}; every database that ran it fails `flyway validate`: revert the edit and"
                      " make the change in a new version")  # fmt: skip
