"""A normalized snapshot of a live schema, read from information_schema.

Two snapshots compare equal exactly when the schemas are the same for ZStack's purposes: tables (engine,
charset, collation), columns (type, nullability, default, AUTO_INCREMENT, charset, a collation other than the
table's), indexes (columns, prefix lengths, uniqueness) and foreign keys (columns, target, ON DELETE, ON UPDATE;
NO ACTION is RESTRICT). A column's collation is None where it is its table's: the default collation of a
charset differs between servers (utf8mb4_general_ci, utf8mb4_0900_ai_ci), a column that follows its table does
not.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Connection, bindparam, text

from zsgate.compare import families
from zsgate.engines import SCHEMA

Fingerprint = dict[str, dict[str, Any]]


Rows = list[Mapping[str, Any]]
_SCHEMA_CONDITION = re.compile(r"\b(\w+\.)?TABLE_SCHEMA = :schema")


def fingerprint(connection: Connection, schema: str = SCHEMA, only: Collection[str] | None = None) -> Fingerprint:
    """Every table of ``schema`` (or those named in ``only``) with its columns, indexes and foreign keys,
    normalized."""
    queries = (TABLES, COLUMNS, INDEXES, FOREIGN_KEYS)
    if only is None:
        return from_rows(*(rows(connection, query, schema) for query in queries))
    if not only:
        return {}
    named = [_SCHEMA_CONDITION.sub(r"\g<0> AND \1TABLE_NAME IN :only", query) for query in queries]
    found = (
        connection.execute(
            text(query).bindparams(bindparam("only", expanding=True)), {"schema": schema, "only": list(only)}
        )
        for query in named
    )
    return from_rows(*([dict(row) for row in result.mappings()] for result in found))


class Watch:
    """A schema's fingerprint, taken once and then read again only for the tables that changed since: one
    query sums a digest of each table's rows in information_schema (everything the fingerprint reads), and a
    table whose sum differs is read whole. On ZStack's 620 tables that is a tenth of a full read's CPU."""

    def __init__(self, connection: Connection, schema: str = SCHEMA) -> None:
        self.connection, self.schema = connection, schema
        self.first = fingerprint(connection, schema)
        self._digests = digests(connection, schema)

    def now(self) -> Fingerprint:
        """The schema's fingerprint as it is now."""
        found = digests(self.connection, self.schema)
        changed = {name for name, digest in found.items() if self._digests.get(name) != digest}
        return {
            **{name: self.first[name] for name in found.keys() - changed},
            **fingerprint(self.connection, self.schema, only=changed),
        }


def digests(connection: Connection, schema: str = SCHEMA) -> dict[str, int]:
    """Each base table of ``schema`` with a digest of its rows in the information_schema tables the
    fingerprint reads: equal digests, equal fingerprints."""
    found = connection.execute(text(DIGESTS), {"schema": schema})
    return {bytes(name).decode(): int(digest) for name, digest in found}


def from_rows(table_rows: Rows, column_rows: Rows, index_rows: Rows, foreign_key_rows: Rows) -> Fingerprint:
    """The fingerprint of information_schema rows, as the queries below return them from any family."""
    tables: Fingerprint = {}
    for row in table_rows:
        tables[row["TABLE_NAME"]] = {
            "engine": (row["ENGINE"] or "").lower(),
            "charset": families.charset(row["CHARSET"]),
            "collation": families.collation(row.get("TABLE_COLLATION")),
            "columns": {},
            "indexes": {},
            "foreign_keys": {},
        }
    for row in column_rows:
        if row["TABLE_NAME"] not in tables:
            continue  # a view's: information_schema.COLUMNS lists views' columns too
        table = tables[row["TABLE_NAME"]]
        collation = families.collation(row.get("COLLATION_NAME"))
        table["columns"][row["COLUMN_NAME"]] = {
            "type": families.column_type(row["COLUMN_TYPE"]),
            "nullable": row["IS_NULLABLE"] == "YES",
            "default": families.default(row["COLUMN_DEFAULT"], row["EXTRA"] or ""),
            "charset": families.charset(row["CHARACTER_SET_NAME"]),
            "collation": None if collation == table["collation"] else collation,
            "auto_increment": "auto_increment" in (row["EXTRA"] or "").lower(),
        }
    for row in index_rows:
        index = tables[row["TABLE_NAME"]]["indexes"].setdefault(
            row["INDEX_NAME"], {"unique": not row["NON_UNIQUE"], "columns": []}
        )
        index["columns"].append([row["COLUMN_NAME"], row["SUB_PART"]])
    for row in foreign_key_rows:
        key = tables[row["TABLE_NAME"]]["foreign_keys"].setdefault(
            row["CONSTRAINT_NAME"],
            {
                "columns": [],
                "references": row["REFERENCED_TABLE_NAME"],
                "referenced_columns": [],
                "on_delete": families.rule(row["DELETE_RULE"]),
                "on_update": families.rule(row.get("UPDATE_RULE")),
            },
        )
        key["columns"].append(row["COLUMN_NAME"])
        key["referenced_columns"].append(row["REFERENCED_COLUMN_NAME"])
    return tables


def rows(connection: Connection, query: str, schema: str = SCHEMA) -> Rows:
    """The rows of one of the queries below (``:schema`` bound to ``schema``), as dicts."""
    return [dict(row) for row in connection.execute(text(query), {"schema": schema}).mappings()]


# Two information_schema tables joined directly cost the server a nested loop over both (on ZStack's 620 tables,
# 0.15 s per read for the collations, 0.07 s for the foreign keys' rules); joined through a small derived table
# (the collations the schema uses, the rules read once), they cost next to nothing. ``only`` narrows each
# TABLE_SCHEMA condition, the derived tables' too.
TABLES = """
SELECT t.TABLE_NAME, t.ENGINE, c.CHARACTER_SET_NAME AS CHARSET, t.TABLE_COLLATION, t.TABLE_COMMENT
FROM information_schema.TABLES t
LEFT JOIN (
  SELECT DISTINCT used.TABLE_COLLATION, a.CHARACTER_SET_NAME
  FROM (SELECT DISTINCT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = :schema) used
  JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY a
    ON used.TABLE_COLLATION IN (a.COLLATION_NAME, CONCAT(a.CHARACTER_SET_NAME, '_', a.COLLATION_NAME))
) c ON c.TABLE_COLLATION = t.TABLE_COLLATION
WHERE t.TABLE_SCHEMA = :schema AND t.TABLE_TYPE = 'BASE TABLE'
ORDER BY t.TABLE_NAME
"""
COLUMNS = """
SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, CHARACTER_SET_NAME,
  COLLATION_NAME, COLUMN_COMMENT
FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME, ORDINAL_POSITION
"""
INDEXES = """
SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART
FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
"""
FOREIGN_KEYS = """
SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE,
  r.UPDATE_RULE
FROM information_schema.KEY_COLUMN_USAGE k
JOIN (
  SELECT DISTINCT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE
  FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = :schema
) r ON r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
WHERE k.TABLE_SCHEMA = :schema AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
"""


_DIGESTED = (  # what the fingerprint reads: each information_schema table, its rows' columns, which rows
    ("TABLES", ("ENGINE", "TABLE_COLLATION"), "TABLE_SCHEMA = :schema AND TABLE_TYPE = 'BASE TABLE'"),
    (
        "COLUMNS",
        ("ORDINAL_POSITION", "COLUMN_NAME", "COLUMN_TYPE", "IS_NULLABLE", "COLUMN_DEFAULT", "EXTRA",
         "CHARACTER_SET_NAME", "COLLATION_NAME"),
        "TABLE_SCHEMA = :schema",
    ),
    ("STATISTICS", ("INDEX_NAME", "SEQ_IN_INDEX", "NON_UNIQUE", "COLUMN_NAME", "SUB_PART"), "TABLE_SCHEMA = :schema"),
    (
        "KEY_COLUMN_USAGE",
        ("CONSTRAINT_NAME", "ORDINAL_POSITION", "COLUMN_NAME", "REFERENCED_TABLE_NAME", "REFERENCED_COLUMN_NAME"),
        "TABLE_SCHEMA = :schema AND REFERENCED_TABLE_NAME IS NOT NULL",
    ),
    ("REFERENTIAL_CONSTRAINTS", ("CONSTRAINT_NAME", "DELETE_RULE", "UPDATE_RULE"), "CONSTRAINT_SCHEMA = :schema"),
)  # fmt: skip


def _digest(columns: tuple[str, ...]) -> str:
    """A row's ``columns`` (each quoted: NULL apart from 'NULL') as a 60-bit number."""
    quoted = ", ".join(f"QUOTE({column})" for column in columns)
    return f"CAST(CONV(LEFT(SHA2(CONCAT_WS(',', {quoted}), 256), 15), 16, 10) AS UNSIGNED)"


# Per base table (a view's columns are in COLUMNS too), the sum of its rows' digests; names told apart by case.
DIGESTS = (
    "SELECT CAST(TABLE_NAME AS BINARY) AS name, SUM(part) FROM (\n"
    + "\nUNION ALL\n".join(
        f"SELECT TABLE_NAME, {int(name == 'TABLES')} AS base, {_digest(columns)} AS part "
        f"FROM information_schema.{name} WHERE {which}"
        for name, columns, which in _DIGESTED
    )
    + "\n) parts GROUP BY name HAVING SUM(base) > 0"
)
