"""Server targets the linter knows, and each target's reserved words.

The word lists live in ``reserved_words/<target>.txt`` next to this module: one
uppercase word per line, ``#`` comment lines saying where the list comes from.
This module is on the lint hot path, so it imports only the standard library.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

TARGETS: tuple[str, ...] = ("mysql-8.0", "mysql-8.4", "greatsql-8.0", "mariadb-10.11")
DEFAULT_TARGET = "mysql-8.0"

_DATA_DIR = Path(__file__).parent / "reserved_words"


@cache
def reserved_words(target: str) -> frozenset[str]:
    """Return the uppercase words that must be quoted to be used as identifiers on *target*."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; choose one of {', '.join(TARGETS)}")
    text = (_DATA_DIR / f"{target}.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() if (word := line.strip()) and not word.startswith("#"))
