"""The engine that replays a history as a given server would: the same release where one is here.

    choice = engine_like("mysql", "9.7.4")
    choice.spec   # local:/var/cache/zsgate/rootfs/mysql-9.7-…/usr/sbin/mysqld
    choice.why    # "mysql-9.7, as the server is: the binary $ZSGATE_ROOTFS_MYSQL_9_7 holds"

In order: the server installed on this machine when it is that release; the binary of that release's root
filesystem (``$ZSGATE_ROOTFS_<TARGET>``, as zsgate/engines/images/build.sh leaves them); ``docker:<target>`` when
zsgate knows the release and a Docker daemon is reachable; else a server of the same family, then any, each said.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from zsgate import servers
from zsgate.engines.server import EngineUnavailable
from zsgate.engines.spec import DEFAULT_SPEC, EngineSpec

ROOTFS_SETTING = "ZSGATE_ROOTFS_{}"
DOCKER_SOCKET = Path("/var/run/docker.sock")
SERVER_BINARIES = ("mysqld", "mariadbd")


@dataclass(frozen=True, slots=True)
class Choice:
    """An engine, and why it was chosen, for people."""

    spec: EngineSpec
    why: str


def engine_like(family: str, version: str) -> Choice:
    """The engine closest to a ``family`` server of ``version`` (``mysql``, ``9.7.4``) that this machine has."""
    target = servers.target_of(family, version)
    installed = _installed()
    if installed == target:
        return Choice(EngineSpec.parse(DEFAULT_SPEC), f"{target}, as the server is: the server installed here")
    if (binary := rootfs_binary(target)) is not None:
        return Choice(EngineSpec.parse(f"local:{binary}"), f"{target}, as the server is: {_setting(target)}'s binary")
    if target in servers.NAMES and _docker_reachable():
        return Choice(EngineSpec.parse(f"docker:{target}"), f"{target}, as the server is: Docker's image")
    if installed is not None and installed.startswith(f"{family}-"):
        return Choice(EngineSpec.parse(DEFAULT_SPEC), f"{installed}: no {target} here, the same family")
    for known in servers.TARGETS:  # the same family, another release
        if known.family.name == family and (binary := rootfs_binary(known.name)) is not None:
            return Choice(EngineSpec.parse(f"local:{binary}"), f"{known.name}: no {target} here, the same family")
    return Choice(
        EngineSpec.parse(DEFAULT_SPEC),
        f"{installed or 'the installed server'}: no {family} server here; drift may show the families' differences"
        " (--engine names another)",
    )


def rootfs_binary(target: str) -> Path | None:
    """The server binary of ``target``'s root filesystem that ``$ZSGATE_ROOTFS_<TARGET>`` names, if it is there."""
    root = os.environ.get(_setting(target))
    if not root:
        return None
    return next((path for name in SERVER_BINARIES if (path := Path(root, "usr/sbin", name)).is_file()), None)


def _setting(target: str) -> str:
    return ROOTFS_SETTING.format(re.sub(r"[^A-Z0-9]", "_", target.upper()))


def _installed() -> str | None:
    """The target of the server `local` starts (None when there is none)."""
    from zsgate.engines.local import find_binaries, installed_version  # starts nothing; imports SQLAlchemy

    try:
        binaries = find_binaries()
        version = installed_version(binaries)
    except EngineUnavailable:
        return None
    return servers.target_of(binaries.family, version) if version else None


def _docker_reachable() -> bool:
    host = os.environ.get("DOCKER_HOST", "")
    if host.startswith("unix://"):
        return Path(host.removeprefix("unix://")).exists()
    return bool(host) or DOCKER_SOCKET.exists()
