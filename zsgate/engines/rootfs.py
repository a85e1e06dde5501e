"""A server binary inside another root filesystem, run without chroot and without root.

`zsgate/engines/images/build.sh` leaves Debian root filesystems (MySQL 9.7 from sid, MariaDB 10.11 from
bookworm, MariaDB 11.8 from trixie) in /var/cache/zsgate/rootfs. Their binaries need their own C library,
newer than the host's, so they run through that system's dynamic loader with its library directories, and
read their messages, character sets and plugins from it too: `--engine local:ROOT/usr/sbin/mysqld`.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

LOADER_DIRECTORIES = ("lib64", "lib")  # where glibc's dynamic loader is linked from, as Debian installs it
LOADER_NAME = "ld-linux-*.so.*"
MAX_SYMLINKS = 40
SHARE_DIRECTORIES = ("usr/share/mariadb", "usr/share/mysql")  # a server's messages and character sets


@dataclasses.dataclass(frozen=True)
class ForeignRoot:
    """A root filesystem other than `/`, and how to run a binary of it from here."""

    root: Path
    loader: Path  # ROOT/usr/lib/<triplet>/ld-linux-*.so.*
    library_path: tuple[Path, ...]

    def command(self, binary: Path) -> list[str]:
        """The start of a command line that runs `binary` (a path under this root) with this root's libraries."""
        inside = _inside(self.root, "/" + binary.absolute().relative_to(self.root).as_posix()) or binary
        return [str(self.loader), "--library-path", ":".join(map(str, self.library_path)), str(inside)]

    def server_options(self) -> tuple[str, ...]:
        """Where a MySQL-family server finds its files, which it would otherwise look for under /usr (its
        plugins it never loads: the local engine gives it an empty plugin directory). MariaDB 11's Debian
        packages keep them in /usr/share/mariadb, older ones and MySQL's in /usr/share/mysql."""
        share = next((path for path in map(self.root.joinpath, SHARE_DIRECTORIES) if path.is_dir()), None)
        if share is None:
            return ()
        return (f"--lc-messages-dir={share}", f"--character-sets-dir={share / 'charsets'}")


def foreign_root(binary: Path) -> ForeignRoot | None:
    """The root filesystem `binary` belongs to (ROOT/usr/sbin/mysqld), or None when that is this system's."""
    for root in binary.absolute().parents:
        if root == Path("/"):
            return None
        if (root / "etc").is_dir() and (root / "usr").is_dir():
            return _with_loader(root)
    return None


def _with_loader(root: Path) -> ForeignRoot | None:
    for directory in LOADER_DIRECTORIES:
        for link in sorted((root / directory).glob(LOADER_NAME)):
            loader = _inside(root, f"/{directory}/{link.name}")
            if loader is not None:
                libraries = dict.fromkeys(  # the loader's own directory first; duplicates once
                    found for found in (loader.parent, _inside(root, f"/lib/{loader.parent.name}")) if found is not None
                )
                return ForeignRoot(root, loader, tuple(libraries))
    return None


def _inside(root: Path, path: str) -> Path | None:
    """Where absolute `path` leads within `root`, as that system would follow it (its absolute symlinks
    point into `root`), or None if it leads nowhere."""
    current, parts, hops = root, list(Path(path).parts[1:]), 0
    while parts:
        part = parts.pop(0)
        if part == "..":
            current = current.parent if current != root else root
            continue
        candidate = current / part
        if candidate.is_symlink():
            hops += 1
            if hops > MAX_SYMLINKS:
                return None
            target = Path(os.readlink(candidate))
            if target.is_absolute():
                current, parts = root, [*target.parts[1:], *parts]
            else:
                parts = [*target.parts, *parts]
            continue
        current = candidate
    return current if current.exists() else None
