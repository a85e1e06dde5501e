"""A Flyway history as ZStack deploys it: its files, in Flyway's order, named and summed as Flyway 3.2.1 does.

ZStack's installer copies `conf/db/V0.6__schema.sql` and everything in `conf/db/upgrade/` into one folder and
runs `flyway -outOfOrder=true migrate` on it. So a migration's `script` is its bare file name (which is what
`beforeValidate.sql`'s checksum fixes match on), and the callbacks (`beforeMigrate.sql`, ...) come from the
same folder. A folder without `upgrade/` is read as that one folder.

Flyway 3.2.1's rules (flyway-core, tag `flyway-3.2.1`):
- `resolver/sql/SqlMigrationResolver`: `V<version>__<description>.sql`; the checksum is `CRC32` over the
  file's bytes, as a Java `int` (signed); the description has `_` as spaces (`MigrationInfoHelper`).
- `api/MigrationVersion`: `_` is `.`; parts compare as numbers, trailing zeros do not count (1.0 = 1).
- `callback/SqlScriptFlywayCallback`: a callback is a file named after the event, e.g. `beforeMigrate.sql`, at
  any depth; two of one event stop the run.
- `util/scanner/filesystem/FileSystemScanner`: the location is scanned with its subfolders; a migration is a
  file whose name starts with `V` and ends with `.sql` (case-sensitive), its `script` is its path below the
  location, and one without `__` stops the run ("Wrong migration name format").
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from zsgate.files import resolved

SCHEMA = "zstack"
"""The database ZStack's installer migrates: its files and helper procedures name it (`zstack`.`HostVO`)."""
UPGRADE_FOLDER = "upgrade"
PREFIX = "V"  # SqlMigrationResolver's prefix and suffix, case-sensitive
SUFFIX = ".sql"
# The SqlScriptFlywayCallback events that `migrate` and `validate` fire, in the order migrate fires them.
CALLBACKS = (
    "beforeValidate",
    "afterValidate",
    "beforeMigrate",
    "beforeEachMigrate",
    "afterEachMigrate",
    "afterMigrate",
)
_VERSIONED = re.compile(r"V(?P<version>.*?)__(?P<description>.*)\.sql", re.DOTALL)
_BASELINE_GLOB = "V*__schema.sql"  # conf/db holds other V0.6 files that the installer does not copy


class HistoryError(Exception):
    """A history Flyway would refuse: a bad version, or two files with one version."""


@dataclass(frozen=True, slots=True)
class Migration:
    """A versioned file as Flyway 3.2.1 resolves it."""

    path: Path
    version: str
    description: str
    script: str
    checksum: int

    @property
    def key(self) -> tuple[int, ...]:
        return version_key(self.version)


@dataclass(frozen=True, slots=True)
class History:
    """A history's migrations in version order and its callbacks by event name."""

    migrations: tuple[Migration, ...]
    callbacks: dict[str, Path] = field(default_factory=dict)

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file in the order a first `migrate` runs it: the callbacks before the migrations, then these."""
        before = [self.callbacks[event] for event in CALLBACKS[:3] if event in self.callbacks]
        return (*before, *(migration.path for migration in self.migrations))

    def migration(self, version: str) -> Migration | None:
        key = version_key(version)
        return next((migration for migration in self.migrations if migration.key == key), None)


def flyway_checksum(data: bytes | Iterable[bytes]) -> int:
    """SqlMigrationResolver.calculateChecksum: `(int) crc32.getValue()` over the file's bytes (whole, or in
    consecutive chunks)."""
    crc = 0
    for chunk in (data,) if isinstance(data, bytes) else data:
        crc = zlib.crc32(chunk, crc)
    return crc - (1 << 32) if crc >= 1 << 31 else crc


def version_key(version: str) -> tuple[int, ...]:
    """MigrationVersion's order: numeric parts, `_` as `.`, trailing zeros dropped."""
    parts = [int(part) for part in version.replace("_", ".").split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def name_key(name: str) -> tuple[int, ...] | None:
    """The version of a file named `V<version>__<description>.sql` as Flyway orders it, or None."""
    match = _VERSIONED.fullmatch(name)
    if match is None or not re.fullmatch(r"[0-9]+([._][0-9]+)*", match.group("version")):
        return None
    return version_key(match.group("version"))


def migration_of(path: Path, script: str | None = None) -> Migration | None:
    """The migration a file is (its `script` as Flyway records it: its path below the location), or None if its
    name is not `V<version>__<description>.sql`."""
    match = _VERSIONED.fullmatch(path.name)
    if match is None:
        return None
    version = match.group("version").replace("_", ".")
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)*", version):
        raise HistoryError(f"{path}: invalid version {match.group('version')!r} in the file name")
    description = match.group("description").replace("_", " ")
    with path.open("rb") as handle:  # a MiB at a time: a long file is never held whole
        checksum = flyway_checksum(iter(functools.partial(handle.read, 1 << 20), b""))
    return Migration(path, version, description, script or path.name, checksum)


def location_files(directory: Path) -> list[tuple[Path, str]]:
    """The files of the one folder ZStack's installer hands to Flyway (see the module's doc), each with its path
    below that folder. Flyway's FileSystemScanner descends into subfolders, so these do too."""
    upgrade = directory / UPGRADE_FOLDER
    if not upgrade.is_dir():
        return _files_below(directory)
    baseline = sorted(directory.glob(_BASELINE_GLOB))[:1]
    return [*((path, path.name) for path in baseline), *_files_below(upgrade)]


def _files_below(location: Path) -> list[tuple[Path, str]]:
    return sorted((path, path.relative_to(location).as_posix()) for path in location.rglob("*") if path.is_file())


def read_history(directory: Path) -> History:
    """Resolve a `conf/db` folder (or a folder of `V<version>__*.sql` files) as Flyway 3.2.1 does."""
    migrations: dict[tuple[int, ...], Migration] = {}
    callbacks: dict[str, Path] = {}
    for path, script in location_files(directory):
        if not path.name.endswith(SUFFIX) or len(path.name) <= len(PREFIX + SUFFIX):
            continue
        if path.name.removesuffix(SUFFIX) in CALLBACKS:
            if (earlier := callbacks.get(path.stem)) is not None:
                raise HistoryError(f"found more than one SQL callback script for {path.stem}: {earlier}, {path}")
            callbacks[path.stem] = path
            continue
        if not path.name.startswith(PREFIX):
            continue
        migration = migration_of(path, script)
        if migration is None:  # SqlMigrationResolver refuses the whole run (MigrationInfoHelper)
            raise HistoryError(f"{path}: wrong migration name format: Flyway needs V<version>__<description>.sql")
        if (other := migrations.get(migration.key)) is not None:
            raise HistoryError(f"found more than one migration with version {migration.version}: {other.path}, {path}")
        migrations[migration.key] = migration
    return History(tuple(migrations[key] for key in sorted(migrations)), callbacks)


def root_of(path: Path) -> Path:
    """The history a versioned file belongs to: `conf/db` for a file in (a subfolder of) `conf/db/upgrade`, else
    its folder."""
    for folder in path.parents:
        if folder.name == UPGRADE_FOLDER and any(name_key(sibling.name) for sibling in folder.parent.glob("V*.sql")):
            return folder.parent
    return path.parent


def history_roots(files: Iterable[Path]) -> list[Path]:
    """The roots of the histories the versioned `files` belong to, each once, in the order first met."""
    roots: list[Path] = []
    of_folder: dict[Path, Path] = {}  # the files of one folder share their root (a history has hundreds)
    for path in resolved(path for path in files if name_key(path.name) is not None).values():
        if path.parent not in of_folder:
            of_folder[path.parent] = root_of(path)
        roots.append(of_folder[path.parent])
    return list(dict.fromkeys(roots))
