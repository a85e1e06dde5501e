"""Which engine replays a history as a customer's server would: the same release where this machine has it,
else Docker's image of it, else the same family, each said."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import require_engine
from zsgate.engines.choice import engine_like, rootfs_binary


def test_a_release_of_a_root_filesystem_is_its_binary_and_without_one_dockers_image(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binary = tmp_path / "usr" / "sbin" / "mysqld"
    binary.parent.mkdir(parents=True)
    binary.write_text("")
    monkeypatch.setenv("ZSGATE_ROOTFS_MYSQL_8_4", str(tmp_path))
    assert rootfs_binary("mysql-8.4") == binary
    chosen = engine_like("mysql", "8.4.3")
    assert (chosen.spec, chosen.why) == (
        f"local:{binary}",
        "mysql-8.4, as the server is: ZSGATE_ROOTFS_MYSQL_8_4's binary",
    )

    monkeypatch.delenv("ZSGATE_ROOTFS_MYSQL_8_4")
    socket = tmp_path / "docker.sock"
    socket.write_text("")
    monkeypatch.setenv("DOCKER_HOST", f"unix://{socket}")
    assert engine_like("mysql", "8.4.3").spec == "docker:mysql-8.4"
    monkeypatch.setenv("ZSGATE_ROOTFS_MYSQL_9_7", str(tmp_path))
    socket.unlink()  # no Docker: the family's other release
    chosen = engine_like("mysql", "8.4.3")
    assert (chosen.spec, chosen.why) == (f"local:{binary}", "mysql-9.7: no mysql-8.4 here, the same family")


def test_the_installed_mariadb_is_chosen_for_its_release_and_said_when_it_is_no_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_engine("local")
    chosen = engine_like("mariadb", "10.11.19-MariaDB-0+deb12u1")
    assert (chosen.spec, chosen.why) == ("local", "mariadb-10.11, as the server is: the server installed here")
    for name in ("ZSGATE_ROOTFS_MYSQL_9_7", "ZSGATE_ROOTFS_MYSQL_8_0", "ZSGATE_ROOTFS_MYSQL_8_4", "DOCKER_HOST"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("zsgate.engines.choice.DOCKER_SOCKET", Path("/nonexistent/docker.sock"))
    chosen = engine_like("mysql", "9.7.4")
    assert chosen.spec == "local" and "no mysql server here" in chosen.why, chosen
