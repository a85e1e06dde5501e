"""Drift: how a live schema differs from the one its history leaves, one difference per object.

Objects are named as people look them up: ``Table``, ``Table.column``, ``Table.index``, ``Table.foreign_key``,
a view or routine by its name. Comparison gives data (`Drift`); the reporters turn it into text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from zsgate.checks.doctor.snapshot import Snapshot


@dataclass(frozen=True, slots=True)
class Drift:
    """One object missing (``found`` None), extra (``expected`` None) or different."""

    object: str
    kind: str
    """table, column, index, foreign key, view or routine."""
    expected: str | None
    found: str | None

    @property
    def change(self) -> str:
        return "missing" if self.found is None else "extra" if self.expected is None else "different"

    def as_dict(self) -> dict[str, str | None]:
        return {
            "object": self.object,
            "kind": self.kind,
            "change": self.change,
            "expected": self.expected,
            "found": self.found,
        }


def drift(expected: Snapshot, found: Snapshot) -> list[Drift]:
    """Every difference between ``expected`` and ``found``: tables, then views, then routines, by name."""
    differences = list(_compare("table", "", expected.tables, found.tables, _table))
    for name in sorted(expected.tables.keys() & found.tables.keys()):
        want, got = expected.tables[name], found.tables[name]
        differences += _compare("column", f"{name}.", want["columns"], got["columns"], _column)
        differences += _compare("index", f"{name}.", want["indexes"], got["indexes"], _index)
        differences += _compare("foreign key", f"{name}.", want["foreign_keys"], got["foreign_keys"], _foreign_key)
    differences += _compare("view", "", dict.fromkeys(expected.views, {}), dict.fromkeys(found.views, {}), _exists)
    differences += _compare(
        "routine", "", dict.fromkeys(expected.routines, {}), dict.fromkeys(found.routines, {}), _exists
    )
    return differences


def _compare(
    kind: str,
    prefix: str,
    expected: Mapping[str, Any],
    found: Mapping[str, Any],
    describe: Callable[[Any], str],
) -> Iterator[Drift]:
    """Missing, extra and different objects of one kind; names compare without case, as the servers'
    (table names too: ZStack runs with lower_case_table_names=1)."""
    wanted = {name.lower(): name for name in expected}
    got = {name.lower(): name for name in found}
    for key in sorted(wanted.keys() | got.keys()):
        want = describe(expected[wanted[key]]) if key in wanted else None
        have = describe(found[got[key]]) if key in got else None
        if want != have:
            yield Drift(f"{prefix}{wanted.get(key) or got[key]}", kind, want, have)


def _table(table: Mapping[str, Any]) -> str:
    return f"ENGINE={table['engine']} CHARSET={table['charset']}"


def _column(column: Mapping[str, Any]) -> str:
    words = [column["type"], "NULL" if column["nullable"] else "NOT NULL"]
    if column["default"] is not None:
        words.append(f"DEFAULT {column['default']}")
    if column["charset"]:
        words.append(f"CHARSET {column['charset']}")
    return " ".join(words)


def _index(index: Mapping[str, Any]) -> str:
    parts = ", ".join(f"{name}({length})" if length else str(name) for name, length in index["columns"])
    return f"{'UNIQUE ' if index['unique'] else ''}({parts})"


def _foreign_key(key: Mapping[str, Any]) -> str:
    return (
        f"({', '.join(key['columns'])}) REFERENCES {key['references']} ({', '.join(key['referenced_columns'])})"
        f" ON DELETE {key['on_delete']}"
    )


def _exists(_: object) -> str:
    return "present"
