"""A schema as the server's own information_schema states it, every property `zsgate import` must carry, read
with plain SQL (nothing of zsgate's reading): what a round trip compares."""

from __future__ import annotations

import re

import pymysql

# Per view of information_schema: its query, with the schema's name as %(schema)s.
QUERIES = {
    "tables": """
        SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, TABLE_COMMENT, CREATE_OPTIONS, ROW_FORMAT
        FROM information_schema.TABLES WHERE TABLE_SCHEMA = %(schema)s""",
    "columns": """
        SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
            CHARACTER_SET_NAME, COLLATION_NAME, COLUMN_COMMENT, COLUMN_KEY
        FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %(schema)s""",
    "indexes": """
        SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE
        FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %(schema)s""",
    "constraints": """
        SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE
        FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = %(schema)s""",
    "key_columns": """
        SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, POSITION_IN_UNIQUE_CONSTRAINT,
            REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
        FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = %(schema)s""",
    # Not UNIQUE_CONSTRAINT_NAME, the referenced table's index the key uses: InnoDB takes the first that fits
    # in creation order, and `create_all` creates a table's indexes in the order of a Python set (for ZStack's
    # 5 keys on AccountVO.name, `name` or `idxAccountVOname`).
    "foreign_key_rules": """
        SELECT TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME, UPDATE_RULE, DELETE_RULE
        FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = %(schema)s""",
    "views": """
        SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, IS_UPDATABLE, SECURITY_TYPE
        FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %(schema)s""",
    "triggers": """
        SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER, ACTION_STATEMENT
        FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %(schema)s""",
    "partitions": """
        SELECT TABLE_NAME, PARTITION_NAME, PARTITION_ORDINAL_POSITION, PARTITION_METHOD, PARTITION_EXPRESSION,
            PARTITION_DESCRIPTION
        FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = %(schema)s AND PARTITION_NAME IS NOT NULL""",
}
FLYWAY_TABLE = "schema_version"

Snapshot = dict[str, list[tuple[object, ...]]]


def snapshot(connection: pymysql.Connection, schema: str) -> Snapshot:
    """Every row of each query, sorted; the schema's own name written as `<schema>` in SQL text (a view's
    definition names it), Flyway's table left out (models do not hold it)."""
    own = re.compile(rf"`{re.escape(schema)}`\.")
    found: Snapshot = {}
    with connection.cursor() as cursor:
        for name, query in QUERIES.items():
            cursor.execute(query, {"schema": schema})
            found[name] = sorted(
                tuple(own.sub("`<schema>`.", value) if isinstance(value, str) else value for value in row)
                for row in cursor.fetchall()
                if row[0] != FLYWAY_TABLE
            )
    return found


def differences(expected: Snapshot, actual: Snapshot, limit: int = 30) -> list[str]:
    """`view: - row` (only in expected) and `view: + row` (only in actual), the first `limit` of them."""
    lines = []
    for name in QUERIES:
        before, after = set(expected[name]), set(actual[name])
        lines += [f"{name}: - {row}" for row in sorted(before - after, key=str)]
        lines += [f"{name}: + {row}" for row in sorted(after - before, key=str)]
    return lines[:limit]
