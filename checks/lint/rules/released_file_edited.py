from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.findings import Finding, Unreadable
from zsgate.checks.lint.rule import Rule
from zsgate.history.flyway import HistoryError, read_history
from zsgate.history.lock import LockError, breaches, find_lock, read_lock


class ReleasedFileEdited(Rule):
    """A released upgrade file changed, moved or went since its release was locked in `flyway.lock`.

    Why: every customer database that ran a released `V<version>__*.sql` keeps its Flyway checksum in
    `schema_version`; once the file changes, `flyway validate`, and so the next upgrade, fails there
    ("Migration Checksum mismatch"), and a file that went or was renamed away (Flyway 3.2.1 reads only
    `V<version>__<description>.sql`, case-sensitive) is an "applied migration not resolved locally".
    `zsgate lock --release X` records each released file's checksum and SHA-256 when release X is cut (in
    `flyway.lock` in the history's folder); whenever lint reads a file under a lock, it checks every locked
    version of that history: the file's name, its Flyway checksum, and its SHA-256 (an edit can keep the
    CRC-32: Flyway then runs nothing, and old databases silently differ from new ones).

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
    judges_files_on_disk = True  # the history's files and the lock beside them, not the text linted

    def check_locks(self, linted: Iterable[Path], config: LintConfig) -> tuple[list[Finding], list[Unreadable]]:
        """The breaches of each lock the ``linted`` files lie under (each lock once, its whole history), and
        the locks or histories that cannot be read."""
        lock_of: dict[Path, Path | None] = {}  # a folder's files share their lock: looked up once a folder
        locks: dict[Path, None] = {}
        for path in linted:
            if path.parent not in lock_of:
                lock_of[path.parent] = find_lock(path)
            if (lock := lock_of[path.parent]) and config.enabled(self.name, self.code, str(path)):
                locks[lock] = None
        findings: list[Finding] = []
        unreadable: list[Unreadable] = []
        for lock in locks:
            try:
                entries = read_lock(lock)
                if (old := next((e for e in entries.values() if e.sha256 is None), None)) is not None:
                    rewrite = f"run `zsgate lock {_shown(lock.parent)}` to rewrite it (it keeps every locked version)"
                    raise LockError(lock, f"a lock of the first format, without SHA-256: {rewrite}", old.line)
                history = read_history(lock.parent)
            except LockError as error:
                unreadable.append(Unreadable(_shown(lock), error.message, error.line))
                continue
            except (HistoryError, OSError) as error:
                unreadable.append(Unreadable(_shown(lock), f"the history it locks cannot be read: {error}"))
                continue
            for breach in breaches(history, entries, lock):
                if config.enabled(self.name, self.code, path := _shown(breach.path)):
                    findings.append(Finding(path, breach.line, 1, self.code, self.name, self.severity, breach.message))
        return findings, unreadable


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it is below it, as the linted paths usually are."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
