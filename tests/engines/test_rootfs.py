"""Finding the root filesystem a server binary belongs to, and its dynamic loader, as that system sees it."""

from __future__ import annotations

import os
from pathlib import Path

from zsgate.engines.rootfs import foreign_root

TRIPLET = "x86_64-linux-gnu"


def a_debian_root(root: Path, loader_link: str) -> Path:
    """A merged-/usr Debian tree: lib -> usr/lib, lib64/ld-linux-x86-64.so.2 -> `loader_link`."""
    for directory in ("etc", f"usr/lib/{TRIPLET}", "usr/sbin", "lib64", "usr/share/mysql/charsets"):
        (root / directory).mkdir(parents=True)
    (root / "lib").symlink_to("usr/lib")
    (root / "usr" / "lib" / TRIPLET / "ld-linux-x86-64.so.2").write_bytes(b"\x7fELF")
    (root / "lib64" / "ld-linux-x86-64.so.2").symlink_to(loader_link)
    (root / "usr" / "sbin" / "mariadbd").write_bytes(b"\x7fELF")
    (root / "usr" / "sbin" / "mysqld").symlink_to("/usr/sbin/mariadbd")  # absolute, as some packages do
    return root


def test_a_relative_loader_link_is_followed_inside_the_root(tmp_path: Path) -> None:
    root = a_debian_root(tmp_path / "sid", f"../lib/{TRIPLET}/ld-linux-x86-64.so.2")
    found = foreign_root(root / "usr" / "sbin" / "mariadbd")
    assert found is not None and found.root == root
    assert found.loader == root / "usr" / "lib" / TRIPLET / "ld-linux-x86-64.so.2"
    assert found.library_path == (root / "usr" / "lib" / TRIPLET,)


def test_absolute_links_point_into_the_root_not_at_this_system(tmp_path: Path) -> None:
    root = a_debian_root(tmp_path / "bookworm", f"/lib/{TRIPLET}/ld-linux-x86-64.so.2")
    found = foreign_root(root / "usr" / "sbin" / "mysqld")
    assert found is not None
    assert found.loader == root / "usr" / "lib" / TRIPLET / "ld-linux-x86-64.so.2"
    command = found.command(root / "usr" / "sbin" / "mysqld")
    assert command == [
        str(found.loader),
        "--library-path",
        str(root / "usr" / "lib" / TRIPLET),
        str(root / "usr" / "sbin" / "mariadbd"),
    ]
    share = root / "usr" / "share" / "mysql"
    assert f"--lc-messages-dir={share}" in found.server_options()


def test_a_server_finds_its_files_where_its_package_put_them(tmp_path: Path) -> None:
    """MariaDB 11's Debian packages (trixie's 11.8) moved messages and character sets to /usr/share/mariadb."""
    root = a_debian_root(tmp_path / "trixie", f"/lib/{TRIPLET}/ld-linux-x86-64.so.2")
    (root / "usr" / "share" / "mysql").rename(root / "usr" / "share" / "mariadb")
    found = foreign_root(root / "usr" / "sbin" / "mariadbd")
    assert found is not None
    share = root / "usr" / "share" / "mariadb"
    assert found.server_options() == (f"--lc-messages-dir={share}", f"--character-sets-dir={share / 'charsets'}")


def test_this_systems_binaries_run_as_they_are(tmp_path: Path) -> None:
    assert foreign_root(Path("/usr/sbin/mariadbd")) is None
    assert foreign_root(Path(os.sep, "usr", "bin", "env")) is None


def test_a_tree_without_a_loader_is_not_a_foreign_root(tmp_path: Path) -> None:
    for directory in ("etc", "usr/sbin"):
        (tmp_path / directory).mkdir(parents=True)
    assert foreign_root(tmp_path / "usr" / "sbin" / "mysqld") is None
