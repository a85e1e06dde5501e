"""Which files make a Flyway history, and in which order Flyway 3.2.1 applies them.

A history is ZStack's ``conf/db`` tree (the baseline ``V0.6__schema.sql`` beside an ``upgrade/`` folder of
``V<version>__<description>.sql`` files and the ``beforeValidate.sql`` / ``beforeMigrate.sql`` callbacks), or
any folder of ``V<version>__*.sql`` files. Flyway orders versions as ``MigrationVersion`` does: the version
splits on ``.`` (``_`` reads as ``.``), each part compares as a number, and trailing zeros do not count
(``1.0`` is ``1``), so V5.2.10 comes after V5.2.9. The callbacks run before the pending migrations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

VERSIONED = re.compile(r"V(?P<version>\d+(?:[._]\d+)*)__.*\.sql")
CALLBACKS = ("beforeValidate.sql", "beforeMigrate.sql")
"""The callbacks ZStack ships, in the order Flyway runs them before a migration."""
UPGRADE_FOLDER = "upgrade"


def version_key(name: str) -> tuple[int, ...] | None:
    """The version of ``V<version>__*.sql`` as Flyway compares it, or None for other names."""
    match = VERSIONED.fullmatch(name)
    if match is None:
        return None
    parts = [int(part) for part in re.split(r"[._]", match.group("version"))]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def is_versioned(path: Path) -> bool:
    return version_key(path.name) is not None


@dataclass(frozen=True, slots=True)
class History:
    """One Flyway history: ``root`` and its files in the order Flyway applies them (callbacks first)."""

    root: Path
    files: tuple[Path, ...]


def root_of(path: Path) -> Path:
    """The history a versioned file belongs to: ``conf/db`` for a file in ``conf/db/upgrade``, else its folder."""
    folder = path.parent
    if folder.name == UPGRADE_FOLDER and any(is_versioned(sibling) for sibling in folder.parent.glob("V*.sql")):
        return folder.parent
    return folder


def history_at(root: Path) -> History:
    """The files of the history at ``root``: its own ``V*.sql`` and those of ``root/upgrade``, callbacks first."""
    folders = [root, root / UPGRADE_FOLDER] if (root / UPGRADE_FOLDER).is_dir() else [root]
    callbacks = [folder / name for name in CALLBACKS for folder in folders if (folder / name).is_file()]
    versioned = [path for folder in folders for path in folder.glob("V*.sql") if path.is_file() and is_versioned(path)]
    by_version: dict[tuple[int, ...] | None, Path] = {}
    for path in sorted(versioned, key=lambda path: (version_key(path.name), path.name)):
        by_version.setdefault(version_key(path.name), path)  # Flyway takes one file per version
    return History(root, (*callbacks, *by_version.values()))


def histories_of(files: Iterable[Path]) -> list[History]:
    """The histories the versioned ``files`` belong to, each with all of its files (linted or not)."""
    roots = dict.fromkeys(root_of(path.resolve()) for path in files if is_versioned(path))
    return [history_at(root) for root in roots]
