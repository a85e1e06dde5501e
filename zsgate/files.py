"""The files a command reads (the SQL files its paths name, failing closed), and writing files so that a
reader never sees half of one and a killed writer leaves nothing behind. The writers import what they write
with (tempfile, shutil, the process owner) themselves: a lint run the cache answers only reads."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable
from pathlib import Path

_TEMPORARY = re.compile(r"\.(?P<name>.+)\.zsgate-(?P<pid>\d+)\.(?P<start>\d+)-[^.]+\.tmp")
"""``.V1__schema.sql.zsgate-4242.913577-k3j9x.tmp``: a temp file of ``write_atomically``, with its writer's
pid and start time (an ``Owner``)."""


CACHE_ENV = "ZSGATE_CACHE_DIR"


def cache_folder(kind: str) -> Path:
    """Where zsgate keeps ``kind``'s entries (a replay's or a comparison's result): ``$ZSGATE_CACHE_DIR/kind``,
    else ``$XDG_CACHE_HOME/zsgate/kind``, else ``~/.cache/zsgate/kind``."""
    if folder := os.environ.get(CACHE_ENV):
        return Path(folder) / kind
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "zsgate" / kind


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


def resolved(paths: Iterable[Path]) -> dict[Path, Path]:
    """``Path.resolve()`` of each path, resolving each folder once (a history holds hundreds of files in one):
    a file that is not a symlink resolves to its folder's resolution joined with its name."""
    folders: dict[Path, Path] = {}
    found: dict[Path, Path] = {}
    for path in paths:
        if path.name in ("", "..") or os.path.islink(path):
            found[path] = path.resolve()
            continue
        if (folder := folders.get(path.parent)) is None:
            folder = folders[path.parent] = path.parent.resolve()
        found[path] = folder / path.name
    return found


def _temporary_prefix(path: Path) -> str:
    """The start of the name of a temp file or folder this process writes beside ``path`` (see ``_TEMPORARY``)."""
    from zsgate.lifetime import Owner

    writer = Owner.this_process()
    return f".{path.name}.zsgate-{writer.pid}.{writer.start}-"


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path``'s content in one rename (keeping its mode when it exists; a new file gets the mode
    the umask leaves, as ``open`` gives, not the temp file's 0600). The data reaches
    the disk before the rename and the rename before returning; on any failure the old file stays
    whole and no temp file is left; temp files of writers that were killed are removed first. A symbolic
    link stays one: the file it points to is replaced."""
    import tempfile

    path = path.resolve() if path.is_symlink() else path
    remove_stale_temporaries(path)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=_temporary_prefix(path), suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    _sync_directory(path.parent)


def write_folder_atomically(path: Path, files: dict[str, str], replace: bool = False) -> None:
    """Create the folder ``path`` holding ``files`` (name -> text) in one rename: it is written beside, as
    ``.NAME.zsgate-PID.START-XXXX.tmp``, and renamed into place once whole, so a reader (or a run killed midway) never
    sees half of it. An existing ``path`` is a FileExistsError unless ``replace``; then it is swapped out and
    removed only after the new folder is in place."""
    import shutil
    import tempfile

    remove_stale_temporaries(path)
    if path.exists() and not replace:
        raise FileExistsError(f"{path} exists")
    temporary = Path(tempfile.mkdtemp(dir=path.parent, prefix=_temporary_prefix(path), suffix=".tmp"))
    old: Path | None = None
    try:
        for name, text in files.items():
            with open(temporary / name, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o777 & ~_umask())
        _sync_directory(temporary)
        if path.exists():
            old = Path(tempfile.mkdtemp(dir=path.parent, prefix=_temporary_prefix(path), suffix=".tmp"))
            os.replace(path, old / path.name)
        os.replace(temporary, path)
    except BaseException:
        if old is not None and not path.exists():  # put the old folder back
            os.replace(old / path.name, path)
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    _sync_directory(path.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temp files (and folders) ``write_atomically`` (``write_folder_atomically``) made for ``path``
    in runs that died before renaming them (their writer has ended, even if a later process was given its
    pid); return them."""
    import shutil

    from zsgate.lifetime import Owner

    removed = []
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.zsgate-*.tmp"):
        match = _TEMPORARY.fullmatch(candidate.name)
        if match is None or match["name"] != path.name:
            continue
        if Owner(int(match["pid"]), int(match["start"])).is_gone():
            if candidate.is_dir() and not candidate.is_symlink():
                shutil.rmtree(candidate, ignore_errors=True)
            else:
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
