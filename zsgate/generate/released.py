"""The project's released state, and which release a model change goes into.

The released state is what the project's history leaves: the released baseline, as recorded in
``migrations/baseline.json`` (the baseline tables' definitions when they were recorded, not as the models have
them now), then every versioned file before the release being generated: a locked one exactly as it is on disk,
an unlocked one as the tag planner writes it now. :func:`released_tree` lays that history out as a conf/db
folder, so the released schema is built and compared the way ``generate --history DIR`` builds and compares any
history (:mod:`zsgate.checks.replay.released`, then :mod:`zsgate.generate.diff`); only a model change the tags
cannot tell needs it (:func:`only_tagged_additions`).

Why a record of the baseline: the baseline has no upgrade file, so its released definitions live only in the
models, which a developer edits; the record keeps them, so an edit of a baseline table becomes a pending change
of the release under development, like any other. The record is written once (the first generation) and again
only by ``generate --rebaseline`` (the baseline models were wrong and now say what customers have).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData

from zsgate import __version__
from zsgate.history.flyway import read_history, version_key
from zsgate.history.helpers import SQL as HELPERS_SQL
from zsgate.history.lock import find_lock, read_lock
from zsgate.schema.as_ddl import create_table
from zsgate.schema.releases import BASELINE, as_of
from zsgate.servers import MYSQL
from zsgate.servers.families import zstack_sql_mode

RECORD = "baseline.json"
BASELINE_FILE = "V0__released_baseline.sql"
"""The record as the first file of :func:`released_tree`'s history (version 0: before every release)."""


class ReleaseError(Exception):
    """The release to generate cannot be told, or is one that was released."""


def baseline_definitions(metadata: MetaData) -> dict[str, str]:
    """Each baseline table's ``CREATE TABLE`` as generation writes it (parts tagged with a release left out),
    in foreign-key order."""
    return {table.name: create_table(table) for table in as_of(metadata, BASELINE).sorted_tables}


def record_text(definitions: dict[str, str]) -> str:
    record = {
        "recorded_by": "zsgate generate",
        "about": "The released baseline: the schema before the first release. Generation builds the released "
        "state from it, not from the models; `zsgate generate --rebaseline` records it again.",
        "tables": {name: ddl.splitlines() for name, ddl in definitions.items()},
    }
    return json.dumps(record, indent=2) + "\n"


def read_record(directory: Path) -> dict[str, str] | None:
    """The recorded baseline of ``directory`` (None when none is recorded); ValueError naming the file when it
    is not one generation wrote."""
    path = directory / RECORD
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: cannot read the released baseline: {error}") from None
    try:
        tables = json.loads(text)["tables"]
        return {
            name: "\n".join(lines) for name, lines in tables.items() if all(isinstance(line, str) for line in lines)
        }
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"{path}: not a released baseline `zsgate generate` wrote ({error})") from None


@dataclass(frozen=True, slots=True)
class Versions:
    """The releases of a project: those the models tag, those written in its folder, and those locked."""

    tagged: tuple[str, ...]
    written: dict[tuple[int, ...], Path]
    locked: frozenset[tuple[int, ...]]
    lock: Path | None

    @classmethod
    def of(cls, tagged: list[str], directory: Path) -> Versions:
        """LockError or HistoryError name a lock or file that does not read."""
        lock = find_lock(directory / RECORD)
        locked = frozenset(read_lock(lock)) if lock is not None and lock.is_file() else frozenset()
        written = {}
        if directory.is_dir():
            written = {migration.key: migration.path for migration in read_history(directory).migrations}
        return cls(tuple(tagged), written, locked, lock)

    def names(self) -> list[str]:
        """Every release, oldest first, each under the name the models or its file give it."""
        by_key = {version_key(name): name for name in self.tagged}
        for key, path in self.written.items():
            by_key.setdefault(key, path.name[1:].split("__")[0])
        return [by_key[key] for key in sorted(by_key)]

    def is_locked(self, release: str) -> bool:
        return version_key(release) in self.locked

    def under_development(self, asked: str | None) -> str | None:
        """The release a pending change goes into: ``asked``, else the newest release not locked; None when the
        newest is locked (then the user names the next one). ReleaseError for a locked or superseded ``asked``."""
        newest_locked = max((name for name in self.names() if self.is_locked(name)), key=version_key, default=None)
        if asked is None:
            names = self.names()
            return names[-1] if names and not self.is_locked(names[-1]) else None
        if self.is_locked(asked):
            raise ReleaseError(f"release {asked} is locked in {self.lock}: a released file is never rewritten")
        if newest_locked is not None and version_key(asked) < version_key(newest_locked):
            raise ReleaseError(f"release {asked} is before {newest_locked}, which is locked: name a later release")
        return asked

    def next_hint(self) -> str:
        """What to pass when the newest release is locked."""
        newest = self.names()[-1]
        parts = newest.split(".")
        suggestion = ".".join([*parts[:-1], str(int(parts[-1]) + 1)])
        return f"--release X, a release after {newest} (which is locked), e.g. --release {suggestion}"


def released_tree(into: Path, recorded: dict[str, str], files: list[tuple[str, str | Path]]) -> Path:
    """Lay the released history out in ``into`` as a conf/db folder: zsgate's helper procedures as its
    ``beforeMigrate.sql``, the recorded baseline, then ``files`` (a versioned file's name and its text, or the
    path of the released file itself); returns ``into``."""
    into.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HELPERS_SQL, into / "beforeMigrate.sql")
    # ZStack's foreign keys have cycles, so no order of the tables creates each key's parent first: keys are not
    # checked while the baseline is created (mysqldump does the same)
    tables = "\n\n".join(recorded.values())
    # and in the sql_mode a ZStack installation runs in (MySQL's default refuses ZStack's zero-date defaults); its
    # MySQL form, which MariaDB takes too; the session keeps it for the released files after, as verify runs them
    mode = f"SET SESSION sql_mode = '{zstack_sql_mode(MYSQL)}';\n\n"
    text = f"{mode}SET FOREIGN_KEY_CHECKS = 0;\n\n{tables}\n\nSET FOREIGN_KEY_CHECKS = 1;\n"
    (into / BASELINE_FILE).write_text(text, encoding="utf-8")
    for name, content in files:
        if isinstance(content, Path):
            shutil.copyfile(content, into / name)
        else:
            (into / name).write_text(content, encoding="utf-8")
    return into


def comparison_key(
    release: str | None, recorded: dict[str, str], history: list[tuple[str, str | Path]], models: MetaData
) -> str:
    """What a comparison of the models with the released history depends on: zsgate, the release, the recorded
    baseline, each released file's bytes, and every model table's definition with its declarations (not the
    server it ran on: generation gives the same files on every one)."""
    digest = hashlib.sha256(f"{__version__}\n{release}\n".encode())

    def add(parts: Iterable[str | bytes]) -> None:
        for part in parts:
            data = part.encode() if isinstance(part, str) else part
            digest.update(b"%d\n" % len(data) + data)

    add(recorded.values())
    for name, content in history:
        add([name, content.read_bytes() if isinstance(content, Path) else content])
    for table in models.sorted_tables:
        declared = {"table": table.info, "columns": {column.name: column.info for column in table.columns}}
        add([create_table(table), json.dumps(declared, sort_keys=True, default=str)])
    add([json.dumps(models.info, sort_keys=True, default=str)])
    return digest.hexdigest()
