"""Queries that find the rows a data-dependent change would fail on, to run before the upgrade does.

NOT NULL fails on NULLs, UNIQUE and primary keys on duplicates (rows with a NULL in the key are none: a UNIQUE
key takes any number, a primary key fails on them as NULLs), a narrower type on values that do not fit, an ENUM
without some members on rows holding them, a foreign key added with foreign_key_checks on over rows whose values
its parent does not hold (orphans). Each query selects exactly those
rows, so an empty result means the change will go through. Tables are named without a schema: run the
queries in the database the upgrade runs in. Pure: sqlglot and the standard library only.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from zsgate.checks.impact.classify import Alteration
from zsgate.checks.impact.online_ddl import Operation
from zsgate.sql.quoting import identifier, string


@dataclass(frozen=True, slots=True)
class Precheck:
    """A query whose rows would make the change at ``path:line`` fail."""

    path: str
    line: int
    finds: str
    """What the rows are, for people: ``VmModelMountVO.accountUuid holds NULL``."""
    sql: str

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "finds": self.finds, "sql": self.sql}


def prechecks(path: str, line: int, changes: Sequence[Alteration]) -> list[Precheck]:
    """The prechecks of one statement's changes (none for tables the file creates)."""
    return [
        Precheck(path, line, finds, sql)
        for change in changes
        if (change.data_dependent or change.operation is Operation.ADD_FOREIGN_KEY) and not change.new_table
        for finds, sql in _queries(change)
    ]


def _queries(change: Alteration) -> Iterator[tuple[str, str]]:
    table, column = identifier(change.table), identifier(change.column)
    where = f"{change.table}.{change.column}"
    if change.removed:
        members = ", ".join(string(member) for member in change.removed)
        yield f"{where} holds a removed ENUM member", f"SELECT * FROM {table} WHERE {column} IN ({members})"
    elif change.operation is Operation.MAKE_NOT_NULL:
        yield f"{where} holds NULL", f"SELECT * FROM {table} WHERE {column} IS NULL"
    elif change.operation in (Operation.ADD_UNIQUE, Operation.ADD_PRIMARY_KEY) and change.after is not None:
        # A key over a column the statement adds: every row gets the column's one value.
        yield (
            f"{change.table} has more than one row, each given the new {change.column}'s one value",
            f"SELECT COUNT(*) AS `rows` FROM {table} HAVING COUNT(*) > 1",
        )
    elif change.operation in (Operation.ADD_UNIQUE, Operation.ADD_PRIMARY_KEY, Operation.CHANGE_PRIMARY_KEY):
        parts = list(zip(change.key, change.prefixes or [None] * len(change.key), strict=True))
        key = ", ".join(_key_part(identifier(name), length) for name, length in parts)
        shown = ", ".join(name if length is None else f"{name}({length})" for name, length in parts)
        label = f"{change.table} ({shown})"
        # a key never holds two equal values, but holds any number of rows with a NULL in it (a UNIQUE key);
        # a primary key's NULLs are found by the query after this one
        filled = " AND ".join(f"{identifier(name)} IS NOT NULL" for name in change.key)
        yield (
            f"{label} has duplicates",
            f"SELECT {key}, COUNT(*) AS copies FROM {table} WHERE {filled} GROUP BY {key} HAVING COUNT(*) > 1",
        )
        if change.operation is not Operation.ADD_UNIQUE:
            nulls = " OR ".join(f"{identifier(name)} IS NULL" for name in change.key)
            yield f"{label} holds NULL", f"SELECT * FROM {table} WHERE {nulls}"
    elif change.operation is Operation.ADD_FOREIGN_KEY and (key := change.foreign_key) is not None:
        # with foreign_key_checks on, the server reads every row; a row with a NULL in the key references nothing
        filled = " AND ".join(f"child.{identifier(name)} IS NOT NULL" for name in key.columns)
        joined = " AND ".join(
            f"parent.{identifier(theirs)} = child.{identifier(ours)}"
            for ours, theirs in zip(key.columns, key.referenced, strict=True)
        )
        yield (
            f"{change.table} ({', '.join(key.columns)}) holds values {key.references} ({', '.join(key.referenced)})"
            " does not",
            f"SELECT * FROM {table} AS child WHERE {filled}"
            f" AND NOT EXISTS (SELECT 1 FROM {identifier(key.references)} AS parent WHERE {joined})",
        )
    elif change.operation is Operation.NARROW_TYPE and change.after is not None:
        new = change.after
        if (length := new.length) is not None:
            yield (
                f"{where} holds values longer than {length}",
                f"SELECT * FROM {table} WHERE CHAR_LENGTH({column}) > {length}",
            )
        elif (limits := new.integer_range) is not None:
            low, high = limits
            yield (
                f"{where} holds values outside {new.type_sql}",
                f"SELECT * FROM {table} WHERE {column} NOT BETWEEN {low} AND {high}",
            )


def _key_part(column: str, length: int | None) -> str:
    """A key part as the key compares it: a prefix of ``length`` characters (bytes for a binary string,
    as LEFT counts them) or the whole column."""
    return column if length is None else f"LEFT({column}, {length})"
