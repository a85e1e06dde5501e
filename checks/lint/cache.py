"""The lint cache: what a file's reading and a whole run found, kept by the bytes they came from.

Entries are content-addressed: the key of an entry digests everything its value depends on (the bytes of the
file, or of every file of a run and of the histories they belong to, the rule selection, the target, the size
limits and the model facts), and the entries of one build of zsgate live in a folder of their own (its version
and a digest of its code), so another build never reads them. An entry is written to a temporary file and
renamed into place: runs that share the cache read a whole entry or none, and a run killed half-way leaves a
temporary file that the next pruning removes. An entry that cannot be read (truncated, foreign, of objects zsgate
does not make) is a miss, and is written again. The cache is bounded: a run that wrote entries removes the
least recently used ones beyond ``LIMIT_BYTES``.

The cache lives in ``.zsgate_cache/`` at the project root (where the pyproject.toml is, else the working
directory), or in ``$ZSGATE_CACHE_DIR``. This module imports nothing heavy: a run that the cache answers
whole never imports sqlglot.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import time
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

import zsgate

if TYPE_CHECKING:
    from zsgate.checks.lint.config import LintConfig
    from zsgate.sql.limits import SizeLimits

CALLBACKS = ("beforeMigrate.sql", "beforeEachMigrate.sql")
"""The callbacks beside a file whose session the impact rules read it in."""
DIRECTORY_ENV = "ZSGATE_CACHE_DIR"
DEFAULT_NAME = ".zsgate_cache"
LIMIT_BYTES = 64 * 1024 * 1024
"""The most the cache holds: about forty runs over ZStack's whole history."""
STALE_SECONDS = 3600
"""A temporary file older than this is left by a killed run."""
_TEMPORARY = ".tmp-"
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_MAGIC = b"zsgate-lint-cache 1\n"
_ALLOWED_MODULES = ("zsgate.",)
_ALLOWED = {
    ("collections", "Counter"),
    ("builtins", "frozenset"),
    ("builtins", "set"),
    ("pathlib", "PosixPath"),
    ("array", "array"),
    ("array", "_array_reconstructor"),  # makes an array of its bytes, nothing else: a long file's offsets
}


@dataclass(frozen=True, slots=True)
class LintCache:
    """The cache's folder for this build of zsgate."""

    directory: Path

    @classmethod
    def at(cls, project_root: Path) -> LintCache:
        """The cache of a project: ``$ZSGATE_CACHE_DIR`` or ``.zsgate_cache`` at its root."""
        root = Path(os.environ.get(DIRECTORY_ENV) or project_root / DEFAULT_NAME)
        return cls(root / build())

    @property
    def root(self) -> Path:
        return self.directory.parent

    def get(self, key: str) -> object | None:
        """The value stored under ``key``; None when there is none or it cannot be read."""
        try:
            with open(self.directory / key, "rb") as handle:
                if handle.read(len(_MAGIC)) != _MAGIC:
                    return None
                return _Unpickler(handle).load()
        except Exception:  # noqa: BLE001 - a missing, truncated or foreign entry is a miss
            return None

    def put(self, key: str, value: object) -> bytes:
        """Store ``value`` under ``key`` atomically; a cache that cannot be written is left alone. Returns
        ``value`` pickled, for a caller that sends it on (:class:`zsgate.pickled.Pickled`). The temporary
        file is made as ``tempfile.mkstemp`` makes one (a new name, never an existing file or a link), without
        importing tempfile: lint's workers would each import it, and a run the cache answers would too."""
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            _mark(self.root)
            temporary = self.directory / f"{_TEMPORARY}{os.urandom(8).hex()}"
            descriptor = os.open(temporary, _NEW_FILE, 0o600)
            try:
                with os.fdopen(descriptor, "wb") as handle:
                    handle.write(_MAGIC)
                    handle.write(data)
                os.replace(temporary, self.directory / key)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
        except OSError:
            pass
        return data

    def touch(self, key: str) -> None:
        """Mark an entry as just used (pruning removes the least recently used first)."""
        try:
            os.utime(self.directory / key)
        except OSError:
            return

    def prune(self, limit: int = LIMIT_BYTES) -> None:
        """Remove temporary files of killed runs, then the least recently used entries (of any build) until
        the cache holds at most ``limit`` bytes."""
        entries: list[tuple[float, int, Path]] = []
        now = time.time()
        try:
            builds = [folder for folder in self.root.iterdir() if folder.is_dir()]
        except OSError:
            return
        for folder in builds:
            try:
                with os.scandir(folder) as found:
                    for entry in found:
                        stat = entry.stat()
                        if entry.name.startswith(_TEMPORARY):
                            if now - stat.st_mtime > STALE_SECONDS:
                                Path(entry.path).unlink(missing_ok=True)
                            continue
                        entries.append((stat.st_mtime, stat.st_size, Path(entry.path)))
            except OSError:
                continue
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries, key=lambda entry: entry[0]):
            if total <= limit:
                break
            path.unlink(missing_ok=True)
            total -= size
        for folder in builds:
            if folder.name != self.directory.name:
                try:
                    folder.rmdir()  # only once it is empty
                except OSError:
                    continue


def settings_key(config: LintConfig, limits: SizeLimits) -> list[str]:
    """What a run's findings depend on in its settings (the threshold and the baseline apply after)."""
    per_file = sorted(config.per_file_ignores.items())
    return [
        "select:" + ",".join(sorted(config.select)) if config.select is not None else "select: all",
        "ignore:" + ",".join(sorted(config.ignore)),
        *(f"per-file:{pattern}:{','.join(sorted(names))}" for pattern, names in per_file),
        f"target:{config.target}",
        f"limits:{limits.file_bytes}:{limits.statement_bytes}",
    ]


def callbacks_beside(folder: Path) -> list[bytes | str]:
    """The callbacks in ``folder`` that set the session its files run in, with their bytes."""
    found: list[bytes | str] = []
    for name in CALLBACKS:
        if (path := folder / name).is_file():
            found += [str(path), path.read_bytes()]
    return found


def digest(*parts: bytes | str) -> str:
    """A key over ``parts`` (each length-prefixed, so that no two lists of parts give the same bytes)."""
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        hashed.update(len(data).to_bytes(8, "little"))
        hashed.update(data)
    return hashed.hexdigest()


@cache
def build() -> str:
    """This build of zsgate: its version and a digest of its code and of sqlglot's (name, size and time of
    each file), so that an edited checkout or another sqlglot does not read what the previous one stored."""
    parts = [zsgate.__version__, os.environ.get("ZSGATE_SQLGLOT", "")]
    for top in sorted({Path(zsgate.__file__).parent, Path(__file__).parents[1]}):
        for folder, directories, files in os.walk(top):
            directories[:] = sorted(d for d in directories if not d.startswith((".", "__pycache__")))
            parts += _stats(folder, sorted(files))
    if (sqlglot := find_spec("sqlglot")) is not None and sqlglot.origin is not None:
        folder = os.path.dirname(sqlglot.origin)  # its own modules, and sqlglotc's compiled ones beside them
        parts += _stats(folder, sorted(os.listdir(folder)))
    return f"{zsgate.__version__}-{digest(*parts)[:16]}"


def _stats(folder: str, names: list[str]) -> list[str]:
    """Name, size and time of the code and data files among ``names`` in ``folder``."""
    found = []
    for name in names:
        if name.endswith((".py", ".so", ".pyd", ".json", ".sql")):
            stat = os.stat(os.path.join(folder, name))
            found.append(f"{folder}/{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return found


def _mark(root: Path) -> None:
    """Keep the cache out of git and out of backups, as ruff and pytest mark theirs."""
    ignore = root / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Automatically created by zsgate.\n*\n", encoding="utf-8")
        (root / "CACHEDIR.TAG").write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by zsgate.\n",
            encoding="utf-8",
        )


class _Unpickler(pickle.Unpickler):
    """Unpickles zsgate's own values only: an entry planted in the cache cannot run code."""

    def __init__(self, handle: io.BufferedReader) -> None:
        super().__init__(handle)

    def find_class(self, module: str, name: str) -> object:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module.startswith(_ALLOWED_MODULES) and isinstance(found := super().find_class(module, name), type):
            return found  # a class of zsgate's values; never a function, which could do anything
        raise pickle.UnpicklingError(f"{module}.{name} is not stored in zsgate's cache")
