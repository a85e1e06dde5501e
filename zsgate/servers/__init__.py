"""Every server release zsgate knows, one module each (as sqlglot keeps a dialect, Skeema a ``Flavor``).

A target's module says its family, version, default sql_mode, online-DDL table and Docker image, each
with its source; its reserved words are ``reserved_words/<name>.txt``. Lint's and impact's targets, the
engines and verify's session are built from ``TARGETS``, and so is every help text that lists them. A new
release is one module and its word list, named in ``TARGETS``. Imports only the standard library.
"""

from __future__ import annotations

from zsgate.servers import greatsql_8_0, mariadb_10_11, mariadb_11_8, mysql_8_0, mysql_8_4, mysql_9_7
from zsgate.servers.families import MARIADB, MYSQL
from zsgate.servers.target import CollationChange, Family, Image, OnlineDdl, SqlMode, Target

__all__ = [
    "CollationChange",
    "DEFAULT_TARGET",
    "FAMILIES",
    "MARIADB",
    "MYSQL",
    "NAMES",
    "TARGETS",
    "UPGRADE_OPTIONS",
    "Family",
    "Image",
    "OnlineDdl",
    "SqlMode",
    "Target",
    "family",
    "target",
    "target_of",
]

TARGETS: tuple[Target, ...] = (
    mysql_8_0.TARGET,
    mysql_8_4.TARGET,
    mysql_9_7.TARGET,
    greatsql_8_0.TARGET,
    mariadb_10_11.TARGET,
    mariadb_11_8.TARGET,
)
NAMES: tuple[str, ...] = tuple(known.name for known in TARGETS)
DEFAULT_TARGET = mysql_8_0.TARGET.name
FAMILIES: tuple[Family, ...] = (MYSQL, MARIADB)

UPGRADE_OPTIONS = (
    "--character-set-server=utf8mb4",
    "--log-bin-trust-function-creators=1",
    "--skip-log-bin",  # no binary log: faster, and nothing here replicates
)
"""Server options every engine starts every target with (and the embedded engine any server it finds)."""

_BY_NAME = {known.name: known for known in TARGETS}


def target(name: str) -> Target:
    """The target called ``name``; ValueError naming the known ones otherwise."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown target {name!r}; choose one of {', '.join(NAMES)}") from None


def family(name: str) -> Family:
    """The family called ``name`` (``mysql`` or ``mariadb``)."""
    for known in FAMILIES:
        if known.name == name:
            return known
    raise ValueError(f"unknown server family {name!r}")


def target_of(family: str, version: str) -> str:
    """The target a server is: ``mariadb`` ``10.11.19-MariaDB-0+deb12u1`` is ``mariadb-10.11``."""
    return f"{family}-{'.'.join(version.split('.')[:2])}"
