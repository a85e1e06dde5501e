"""The files a command reads (the SQL files its paths name, failing closed), and writing files so that a
reader never sees half of one and a killed writer leaves nothing behind."""

from __future__ import annotations

import glob
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from zsgate.lifetime import Owner

_TEMPORARY = re.compile(r"\.(?P<name>.+)\.zsgate-(?P<pid>\d+)\.(?P<start>\d+)-[^.]+\.tmp")
"""``.V1__schema.sql.zsgate-4242.913577-k3j9x.tmp``: a temp file of ``write_atomically``, with its writer's
pid and start time (an ``Owner``)."""


def sql_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The ``*.sql`` files ``paths`` name, and each path that names none with the reason.

    A directory is searched recursively, in name order, skipping hidden directories such as ``.git`` and
    ``.venv``; a directory without one SQL file is a problem, not an empty success (a typo in a CI path must
    not pass). A path that is not a directory is read as it is: a file, or a pipe named on purpose
    (`zsgate lint <(git show ...)`).
    """
    files: list[Path] = []
    problems: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*.sql")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
            )
            files += found
            if not found:
                problems.append((path, "no *.sql file in this directory"))
        elif path.exists():
            files.append(path)
        else:
            problems.append((path, "no such file or directory"))
    return files, problems


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path``'s content in one rename (keeping its mode when it exists). The data reaches
    the disk before the rename and the rename before returning; on any failure the old file stays
    whole and no temp file is left; temp files of writers that were killed are removed first. A symbolic
    link stays one: the file it points to is replaced."""
    path = path.resolve() if path.is_symlink() else path
    remove_stale_temporaries(path)
    writer = Owner.this_process()
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.zsgate-{writer.pid}.{writer.start}-", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    _sync_directory(path.parent)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temp files ``write_atomically`` made for ``path`` in runs that died before renaming
    them (their writer has ended, even if a later process was given its pid); return them."""
    removed = []
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.zsgate-*.tmp"):
        match = _TEMPORARY.fullmatch(candidate.name)
        if match is None or match["name"] != path.name:
            continue
        if Owner(int(match["pid"]), int(match["start"])).is_gone():
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _sync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the platform lets a directory be opened)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the rename itself has happened
    finally:
        os.close(descriptor)
