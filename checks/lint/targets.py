"""Server targets the linter knows, and what each target's server does by default.

The word lists live in ``reserved_words/<target>.txt`` next to this module: one
uppercase word per line, ``#`` comment lines saying where the list comes from.
The default ``sql_mode`` of each target is below, with its source.
This module is on the lint hot path, so it imports only the standard library.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

TARGETS: tuple[str, ...] = ("mysql-8.0", "mysql-8.4", "mysql-9.7", "greatsql-8.0", "mariadb-10.11")
DEFAULT_TARGET = "mysql-8.0"

# MySQL's default since 8.0 (manual, "Server SQL Modes": "The default SQL mode in MySQL 8.0 includes these
# modes: ..."; the same in 8.4 and 9.7). Read from MySQL 9.7.4's @@GLOBAL.sql_mode
# (tests/lint/test_zero_date_on_server.py). GreatSQL 8.0 keeps MySQL 8.0's default.
_MYSQL_DEFAULT_SQL_MODE = frozenset(
    {
        "ONLY_FULL_GROUP_BY",
        "STRICT_TRANS_TABLES",
        "NO_ZERO_IN_DATE",
        "NO_ZERO_DATE",
        "ERROR_FOR_DIVISION_BY_ZERO",
        "NO_ENGINE_SUBSTITUTION",
    }
)
# MariaDB's default since 10.2.4 (https://mariadb.com/kb/en/sql-mode/): no NO_ZERO_DATE, no NO_ZERO_IN_DATE.
# Read from MariaDB 10.11's @@GLOBAL.sql_mode (tests/lint/test_zero_date_on_server.py).
_MARIADB_DEFAULT_SQL_MODE = frozenset(
    {"STRICT_TRANS_TABLES", "ERROR_FOR_DIVISION_BY_ZERO", "NO_AUTO_CREATE_USER", "NO_ENGINE_SUBSTITUTION"}
)
DEFAULT_SQL_MODE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "mysql-8.0": _MYSQL_DEFAULT_SQL_MODE,
        "mysql-8.4": _MYSQL_DEFAULT_SQL_MODE,
        "mysql-9.7": _MYSQL_DEFAULT_SQL_MODE,
        "greatsql-8.0": _MYSQL_DEFAULT_SQL_MODE,
        "mariadb-10.11": _MARIADB_DEFAULT_SQL_MODE,
    }
)
"""Each target's ``sql_mode`` when nobody sets one: what a server does with upgrade SQL out of the box."""

_DATA_DIR = Path(__file__).parent / "reserved_words"


@cache
def reserved_words(target: str) -> frozenset[str]:
    """Return the uppercase words that must be quoted to be used as identifiers on *target*."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; choose one of {', '.join(TARGETS)}")
    text = (_DATA_DIR / f"{target}.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() if (word := line.strip()) and not word.startswith("#"))
