"""The history lock: Flyway checksums of released upgrade files, which must never change again.

A released `V<version>__*.sql` has run at customer sites, and Flyway keeps its checksum in their
`schema_version`; an edit makes `flyway validate` (and so every later upgrade) fail there. `zsgate lock`
writes `flyway.lock` beside the history when a release is cut (like Atlas's `atlas.sum`, but holding the
very checksums Flyway 3.2.1 compares, so a line can be checked against `schema_version` by eye), and
`zsgate lint` reports a locked file whose bytes or name changed.

The format is text, one released version per line, sorted by version:

    # zsgate flyway.lock: ...
    5.4.0 -1569422253 V5.4.0__schema.sql
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from zsgate.history.flyway import History, HistoryError, Migration, migration_of, version_key

LOCK_NAME = "flyway.lock"
HEADER = (
    "# zsgate flyway.lock: the Flyway 3.2.1 checksums (CRC-32 of the bytes, signed) of released upgrade files.\n"
    "# A released file must never change: `zsgate lint` reports one that did. `zsgate lock --release X` adds\n"
    "# the versions up to X when release X is cut. One line per version: version checksum script.\n"
)


class LockError(Exception):
    """A lock file that cannot be read, or a lock that would hide an edit."""


@dataclass(frozen=True, slots=True)
class Locked:
    """One released version as the lock holds it."""

    version: str
    checksum: int
    script: str


def read_lock(path: Path) -> dict[tuple[int, ...], Locked]:
    """The lock's entries by version key; raise LockError naming the line that is not `version checksum script`."""
    entries: dict[tuple[int, ...], Locked] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        try:
            version, checksum, script = parts
            entries[version_key(version)] = Locked(version, int(checksum), script)
        except ValueError:
            raise LockError(f"{path}:{number}: expected `version checksum script`, got {line!r}") from None
    return entries


def render_lock(entries: dict[tuple[int, ...], Locked]) -> str:
    return HEADER + "".join(f"{e.version} {e.checksum} {e.script}\n" for _, e in sorted(entries.items()))


def locked_for(
    history: History, release: str | None, current: dict[tuple[int, ...], Locked]
) -> dict[tuple[int, ...], Locked]:
    """The lock after cutting `release` (every version when None): the old entries plus the new ones.

    Raises LockError when a version already locked has changed: locking it again would hide the edit.
    """
    changed = [problem for migration in history.migrations if (problem := edit_of(migration, current))]
    if changed:
        raise LockError("; ".join(changed))
    limit = version_key(release) if release is not None else None
    entries = dict(current)
    for migration in history.migrations:
        if limit is None or migration.key <= limit:
            entries.setdefault(migration.key, Locked(migration.version, migration.checksum, migration.script))
    return entries


def edit_of(migration: Migration, lock: dict[tuple[int, ...], Locked]) -> str | None:
    """What changed in a released file since it was locked, or None."""
    locked = lock.get(migration.key)
    if locked is None:
        return None
    if locked.script != migration.script:
        return f"{migration.script}: version {migration.version} was released as {locked.script}"
    if locked.checksum != migration.checksum:
        return (
            f"{migration.script}: version {migration.version} is released, but its Flyway checksum is now"
            f" {migration.checksum}, not {locked.checksum}"
        )
    return None


def find_lock(sql_path: Path) -> Path | None:
    """The nearest `flyway.lock` in the file's folder or above it (conf/db/upgrade/V… finds conf/db/flyway.lock)."""
    for folder in sql_path.resolve().parents:
        candidate = folder / LOCK_NAME
        if candidate.is_file():
            return candidate
    return None


@cache
def cached_lock(path: Path) -> dict[tuple[int, ...], Locked]:
    return read_lock(path)


def released_file_edit(sql_path: Path) -> str | None:
    """For lint: what changed in this file if it is a released version under a lock, else None.

    Raises LockError for a lock that cannot be read.
    """
    try:
        migration = migration_of(sql_path)
    except (OSError, HistoryError):
        return None
    lock_path = find_lock(sql_path) if migration is not None else None
    if migration is None or lock_path is None:
        return None
    return edit_of(migration, cached_lock(lock_path))
