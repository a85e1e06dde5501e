"""How large a SQL file and one statement may be before zsgate refuses to read them.

sqlglot keeps every token and tree node as a Python object: a 50 MB file took 78 s and 4.4 GB to lint,
and one 5 MB expression 15 s and 1.7 GB. No real upgrade file is near that, so larger input is refused
with a message naming the file (and the statement's line) and the flag that raises the limit.
"""

from __future__ import annotations

from dataclasses import dataclass

KIB, MIB = 1024, 1024 * 1024
_UNITS = {"": 1, "K": KIB, "M": MIB, "G": 1024 * MIB}


@dataclass(frozen=True, slots=True)
class SizeLimits:
    """The largest file and statement zsgate reads, in bytes (0: no limit).

    The defaults are 16 and 9 times ZStack's largest (a 63 KB file, V0.6__schema.sql, and a 29 KB
    statement in V4.3.8__schema.sql) and far below what takes minutes and gigabytes to parse.
    """

    file_bytes: int = 1 * MIB
    statement_bytes: int = 256 * KIB


DEFAULT_LIMITS = SizeLimits()
LOCK_BYTES = 1 * MIB
"""The largest `flyway.lock` zsgate reads: fifty times one of ZStack's whole history (156 versions, 20 KiB),
and nothing like the 12.6 GB of memory a 1 GB lock took to read."""


def size_in_bytes(text: str) -> int:
    """``4M``, ``512K``, ``1G`` or a number of bytes (0: no limit); ValueError otherwise."""
    number, unit = text.replace(" ", "").upper().removesuffix("BYTES").removesuffix("B").removesuffix("I"), ""
    if number[-1:] in _UNITS:
        number, unit = number[:-1], number[-1]
    if not number.isdigit():
        raise ValueError(f"{text!r} is not a size such as 4M, 512K or 1048576")
    return int(number) * _UNITS[unit]


def shown_size(size: int) -> str:
    """``1 MiB``, ``50.6 MiB``, ``256 KiB``, ``100 bytes`` (what `size_in_bytes` reads back, when exact)."""
    for unit, name in ((MIB, "MiB"), (KIB, "KiB")):
        if size >= unit:
            return f"{size / unit:.1f}".removesuffix(".0") + f" {name}"
    return f"{size} bytes"
