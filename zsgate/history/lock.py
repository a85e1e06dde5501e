"""The history lock: released upgrade files, which must never change, move or go again.

A released `V<version>__*.sql` has run at customer sites, and Flyway keeps its checksum in their
`schema_version`; an edit makes `flyway validate` (and so every later upgrade) fail there, and a file
that went or was renamed away (`v1.2__…`, `.SQL`: Flyway 3.2.1 reads only `V<version>__<description>.sql`,
case-sensitive) leaves "applied migration not resolved locally". `zsgate lock` writes `flyway.lock` in the
history's folder when a release is cut (like Atlas's `atlas.sum`), and `zsgate lint` checks the whole
history against it.

The format is text, one released version per line, sorted by version, between a header and an end line
(so a cut-off lock is refused, not read as fewer versions):

    # zsgate flyway.lock 2
    # ...
    5.4.0 -1569422253 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 V5.4.0__schema.sql
    # end: 1 versions

The second column is Flyway 3.2.1's checksum (CRC-32 of the bytes, a signed Java `int`), the very number
`schema_version` holds, so a line can be checked against it by eye. A CRC-32 cannot see every edit (four
chosen bytes restore any CRC-32), so the third column is the SHA-256 of the bytes. Locks of the first
format (no SHA-256, no end line) are refused by lint; `zsgate lock` rewrites them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from zsgate.history.flyway import History, version_key
from zsgate.sql.limits import LOCK_BYTES, shown_size

LOCK_NAME = "flyway.lock"
FORMAT = "# zsgate flyway.lock 2"
LEGACY_FORMAT = "# zsgate flyway.lock:"  # how the first format's header began
HEADER = (
    f"{FORMAT}\n"
    "# Released upgrade files, which must never change: `zsgate lint` reports one that changed, moved or went.\n"
    "# `zsgate lock --release X` adds the versions up to X when release X is cut. One line per version:\n"
    "# version, Flyway 3.2.1's checksum (signed CRC-32 of the bytes, as schema_version holds it), SHA-256 of\n"
    "# the bytes (a CRC-32 cannot see every edit), script.\n"
)
FAILS = "every database that ran it fails `flyway validate`"
REVERT = "revert the edit and make the change in a new version"
_END = re.compile(r"# end: (?P<count>[0-9]+) versions")
_VERSION = re.compile(r"[0-9]+(\.[0-9]+)*")
_SHA256 = re.compile(r"[0-9a-f]{64}")

VersionKey = tuple[int, ...]


class LockError(Exception):
    """A lock file that cannot be read (at ``line`` when known), or a lock that would hide an edit."""

    def __init__(self, path: Path | None, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}: " if path is not None and line else f"{path}: " if path is not None else ""
        super().__init__(where + message)
        self.path = path
        self.message = message
        self.line = line


@dataclass(frozen=True, slots=True)
class Locked:
    """One released version as the lock holds it (``sha256`` is None in a lock of the first format)."""

    version: str
    checksum: int
    sha256: str | None
    script: str
    line: int = 0
    """Where it is in the lock file (0: not read from one)."""


@dataclass(frozen=True, slots=True)
class Breach:
    """A released file that changed, moved or went: the file to blame (the lock's line for a version that
    no file holds) and what happened."""

    path: Path
    line: int
    message: str


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_lock(path: Path) -> dict[VersionKey, Locked]:
    """The lock's entries by version key; raise LockError naming the file and line of what is wrong.

    A lock of the first format is read too (its entries have no SHA-256): only `zsgate lock` accepts one.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(LOCK_BYTES + 1)
    except IsADirectoryError:
        raise LockError(path, "is a directory, not a lock file") from None
    except OSError as error:
        raise LockError(path, f"cannot read: {error.strerror or error}") from None
    if len(data) > LOCK_BYTES:
        raise LockError(path, f"larger than {shown_size(LOCK_BYTES)}: not a lock `zsgate lock` wrote")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LockError(path, "not UTF-8", data[: error.start].count(b"\n") + 1) from None
    lines = text.split("\n")
    if lines[-1]:
        raise LockError(path, "cut off: its last line does not end", len(lines))
    lines.pop()
    if not lines:
        raise LockError(path, "empty: not a lock `zsgate lock` wrote")
    legacy = lines[0].startswith(LEGACY_FORMAT)
    if lines[0] != FORMAT and not legacy:
        raise LockError(path, f"not a zsgate lock: its first line is not {FORMAT!r}", 1)
    entries: dict[VersionKey, Locked] = {}
    end: int | None = None
    for number, line in enumerate(lines, start=1):
        if end is not None:
            raise LockError(path, "a line after the end line", number)
        if legacy and not line.strip():
            continue
        if (match := _END.fullmatch(line)) and not legacy:
            if (count := int(match.group("count"))) != len(entries):
                raise LockError(
                    path, f"the end line counts {count} versions, the lines before it {len(entries)}", number
                )
            end = number
            continue
        if line.startswith("#"):
            continue
        entry = _entry(path, number, line, legacy)
        if (first := entries.get(key := version_key(entry.version))) is not None:
            raise LockError(path, f"version {entry.version} is locked twice (first on line {first.line})", number)
        entries[key] = entry
    if end is None and not legacy:
        raise LockError(path, f"cut off: no end line after line {len(lines)}", len(lines))
    return entries


def _entry(path: Path, number: int, line: str, legacy: bool) -> Locked:
    """One `version checksum sha256 script` line (`version checksum script` in the first format)."""
    expected = "version checksum script" if legacy else "version checksum sha256 script"
    parts = line.split(" ", 2 if legacy else 3)
    if legacy:
        parts.insert(2, "")
    if len(parts) != 4 or not _VERSION.fullmatch(parts[0]) or not parts[3].strip():
        raise LockError(path, f"expected `{expected}`, got {line!r}", number)
    version, checksum, sha256, script = parts
    if not re.fullmatch(r"-?[0-9]+", checksum) or not -(2**31) <= int(checksum) < 2**31:
        raise LockError(path, f"{checksum!r} is not a Flyway checksum (a signed 32-bit number)", number)
    if not legacy and not _SHA256.fullmatch(sha256):
        raise LockError(path, f"{sha256!r} is not a SHA-256 (64 lower-case hex digits)", number)
    return Locked(version, int(checksum), sha256 or None, script.strip() if legacy else script, number)


def render_lock(entries: dict[VersionKey, Locked]) -> str:
    lines = "".join(f"{e.version} {e.checksum} {e.sha256} {e.script}\n" for _, e in sorted(entries.items()))
    return f"{HEADER}{lines}# end: {len(entries)} versions\n"


def locked_for(
    history: History, release: str | None, current: dict[VersionKey, Locked], lock_path: Path
) -> dict[VersionKey, Locked]:
    """The lock after cutting `release` (every version when None): the old entries plus the new ones, each
    with its SHA-256 (entries of a first-format lock get theirs from the file, whose CRC-32 still matches).

    Raises LockError when a version already locked has changed, moved or gone: locking again would hide it.
    """
    if problems := breaches(history, current, lock_path):
        raise LockError(None, "; ".join(f"{problem.path.name}: {problem.message}" for problem in problems))
    limit = version_key(release) if release is not None else None
    entries: dict[VersionKey, Locked] = {}
    for migration in history.migrations:
        if (old := current.get(migration.key)) is not None:
            entries[migration.key] = replace(old, sha256=old.sha256 or file_sha256(migration.path))
        elif limit is None or migration.key <= limit:
            if any(char in migration.script for char in "\r\n"):
                raise LockError(migration.path, "a file name with a line break cannot be locked")
            sha256 = file_sha256(migration.path)
            entries[migration.key] = Locked(migration.version, migration.checksum, sha256, migration.script)
    return entries


def breaches(history: History, lock: dict[VersionKey, Locked], lock_path: Path) -> list[Breach]:
    """Every locked version whose file changed, was renamed, moved or went, in version order (``history`` is
    the one in the lock's folder)."""
    found: list[Breach] = []
    for _, locked in sorted(lock.items()):
        migration = history.migration(locked.version)
        released = f"version {locked.version} is released"
        if migration is None:
            found.append(_gone(locked, lock_path))
            continue
        if migration.script != locked.script:
            message = f"{released} as {locked.script}; {FAILS}: rename it back"
        elif migration.checksum != locked.checksum:
            now = f"its Flyway checksum is now {migration.checksum}, not {locked.checksum}"
            message = f"{released}, but {now}; {FAILS}: {REVERT}"
        elif locked.sha256 is not None and file_sha256(migration.path) != locked.sha256:
            message = (
                f"{released}, and its bytes changed although its Flyway checksum (CRC-32) did not: Flyway cannot"
                f" see the edit, so databases that ran the released file silently differ from new ones: {REVERT}"
            )
        else:
            continue
        found.append(Breach(migration.path, 1, message))
    return found


def _gone(locked: Locked, lock_path: Path) -> Breach:
    """A locked version no migration has: blame the file that now holds its bytes, or the lock's line."""
    if locked.sha256 is not None:
        for path in _files_under(lock_path.parent, skip=lock_path):
            if file_sha256(path) == locked.sha256:
                message = (
                    f"holds released version {locked.version} ({locked.script}), but Flyway no longer reads it as"
                    f" that migration (V<version>__<description>.sql, case-sensitive); {FAILS}: move it back"
                )
                return Breach(path, 1, message)
    message = f"version {locked.version} is released as {locked.script}, but no migration has it now; {FAILS}"
    return Breach(lock_path, locked.line or 1, message)


def _files_under(root: Path, skip: Path) -> Iterable[Path]:
    """The regular files under ``root``, hidden folders left out."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and path != skip and not any(p.startswith(".") for p in path.relative_to(root).parts[:-1]):
            yield path


def find_lock(path: Path) -> Path | None:
    """The nearest `flyway.lock` in the file's folder or above it (conf/db/upgrade/V… finds conf/db/flyway.lock);
    one that is not a regular file is found too, to be refused when read."""
    for folder in path.absolute().parents:
        candidate = folder / LOCK_NAME
        if candidate.exists() or candidate.is_symlink():
            return candidate
    return None


def find_locks(paths: Iterable[Path]) -> dict[Path, Path | None]:
    """Each path's :func:`find_lock`, looked up once a folder (a folder's files share their lock)."""
    of_folder: dict[Path, Path | None] = {}
    found: dict[Path, Path | None] = {}
    for path in paths:
        if path.parent not in of_folder:
            of_folder[path.parent] = find_lock(path)
        found[path] = of_folder[path.parent]
    return found


@dataclass(frozen=True, slots=True)
class Release:
    """The release ``generate --history`` writes, and the history's versions the released schema holds."""

    version: str
    released: tuple[str, ...]
    """Every version of the history but the release itself (all before it)."""


def release_to_generate(history: History, directory: Path, wanted: str | None, locks: Iterable[Path]) -> Release:
    """The release a change goes into: ``wanted``, else the one under development: the history's newest version
    when a lock speaks for the history (it is ``directory``'s own, or holds one of its versions) and no lock
    holds that version. A history no lock speaks for is released as a whole. A release under development is
    generated again from the versions before it; any other must come after the history's newest. LockError
    names the lock or the file that stands in the way, or asks for ``--release``."""
    if not history.migrations:
        raise LockError(None, f"{directory}: no V<version>__*.sql files (expected ZStack's conf/db folder)")
    keys = {migration.key for migration in history.migrations}
    read = {lock: read_lock(lock) for lock in dict.fromkeys(locks) if lock.is_file()}
    locked = {key: lock for lock, entries in read.items() for key in entries}
    speaking = [lock for lock, entries in read.items() if lock == directory / LOCK_NAME or keys & entries.keys()]
    newest = max(history.migrations, key=lambda migration: migration.key)
    developing = newest if speaking and newest.key not in locked else None
    if wanted is None:
        if developing is not None:
            wanted = developing.version
        elif speaking:
            raise LockError(
                None,
                f"{directory}'s newest version, {newest.version}, is released (locked in {locked[newest.key]}); "
                "say which release the changes go into with --release X.Y.Z",
            )
        else:
            raise LockError(
                None,
                f"no {LOCK_NAME} speaks for {directory} (zsgate lock {directory} --release X records its released "
                "versions), so all of them are released; say which release the changes go into with --release X.Y.Z",
            )
    key = version_key(wanted)
    if key in locked:
        raise LockError(locked[key], f"release {wanted} is locked (released); generate the next release instead")
    if key <= newest.key and (developing is None or key != developing.key):
        raise LockError(
            newest.path, f"release {wanted} is not after the history's newest ({newest.version}); released files stay"
        )
    return Release(wanted, tuple(m.version for m in history.migrations if m.key != key))
