"""Everything a live schema holds, read exactly as the server reports it (for ``zsgate import`` to write as models).

SQLAlchemy's inspector reads what SHOW CREATE TABLE says well: primary keys in their column order, indexes
with prefix lengths, foreign keys by name, engine, charset, collation, partitioning. information_schema
(the queries of `fingerprint`) says what the inspector loses or bends: the column's type as the server
spells it, its default and ``ON UPDATE`` as written, its own collation, the foreign keys' rules (SHOW
CREATE TABLE omits RESTRICT, so the inspector cannot tell it from a missing clause). Views and triggers
come from information_schema alone. Nothing is normalized here: two servers' spellings differ.

Keys and foreign keys are the one table model's (:mod:`zsgate.history.schema`). Columns, tables, views and
triggers keep their own shape here: they hold what that model does not (a column's type as the server spells
it, ZEROFILL and all; EXTRA; comments; partitioning; a view's ALGORITHM, SQL SECURITY and CHECK OPTION; a
trigger's body).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, inspect, text

from zsgate.compare.fingerprint import COLUMNS, FOREIGN_KEYS, TABLES, rows
from zsgate.engines import SCHEMA
from zsgate.history.schema import ForeignKey, Index

FLYWAY_TABLE = "schema_version"
"""Flyway's own bookkeeping, which a history's replay leaves and models do not hold."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # COLUMN_TYPE: "bigint(20) unsigned", "tinyint(1)", "enum('a','b')"
    nullable: bool
    default: str | None  # COLUMN_DEFAULT as the server spells it (MariaDB quotes literals; "NULL" is none)
    extra: str  # EXTRA: "auto_increment", "on update current_timestamp()", MySQL's "DEFAULT_GENERATED"
    collation: str | None  # COLLATION_NAME of a character column
    comment: str


@dataclass(frozen=True)
class Table:
    name: str
    engine: str
    collation: str
    charset: str
    comment: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    indexes: tuple[Index, ...]  # by name
    foreign_keys: tuple[ForeignKey, ...]  # rules as REFERENTIAL_CONSTRAINTS says them: RESTRICT, NO ACTION ...
    partitioning: str | None  # "RANGE (year(`dateTime`)) (PARTITION ... )"


@dataclass(frozen=True)
class View:
    name: str
    definition: str  # the SELECT, with this schema's own qualifier removed
    algorithm: str
    security: str
    check_option: str


@dataclass(frozen=True)
class Trigger:
    name: str
    table: str
    timing: str  # BEFORE / AFTER
    event: str  # INSERT / UPDATE / DELETE
    order: int
    statement: str


@dataclass(frozen=True)
class ReflectedSchema:
    server_version: str
    default_collations: Mapping[str, str]  # charset -> its default collation on this server
    tables: tuple[Table, ...]
    views: tuple[View, ...]
    triggers: tuple[Trigger, ...]


def reflect(connection: Connection, schema: str = SCHEMA) -> ReflectedSchema:
    """Every base table (but Flyway's), view and trigger of ``schema``, in name order."""
    inspector = inspect(connection)
    columns = _by_table(rows(connection, COLUMNS, schema))
    rules = _by_table(rows(connection, FOREIGN_KEYS, schema))
    tables = []
    for row in rows(connection, TABLES, schema):
        name = row["TABLE_NAME"]
        if name == FLYWAY_TABLE:
            continue
        options = inspector.get_table_options(name, schema)
        tables.append(
            Table(
                name=name,
                engine=row["ENGINE"],
                collation=row["TABLE_COLLATION"],
                charset=row["CHARSET"],
                comment=row["TABLE_COMMENT"] or "",
                columns=tuple(_column(column) for column in columns.get(name, [])),
                primary_key=tuple(inspector.get_pk_constraint(name, schema)["constrained_columns"]),
                indexes=tuple(_index(index) for index in inspector.get_indexes(name, schema)),
                foreign_keys=_foreign_keys(inspector.get_foreign_keys(name, schema), rules.get(name, [])),
                partitioning=_partitioning(options),
            )
        )
    return ReflectedSchema(
        server_version=connection.execute(text("SELECT VERSION()")).scalar_one(),
        default_collations=dict(connection.execute(text(DEFAULT_COLLATIONS)).all()),
        tables=tuple(sorted(tables, key=lambda table: table.name)),
        views=_views(connection, schema),
        triggers=_triggers(connection, schema),
    )


def _by_table(found: list[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for row in found:
        grouped.setdefault(row["TABLE_NAME"], []).append(row)
    return grouped


def _column(row: Mapping[str, Any]) -> Column:
    return Column(
        name=row["COLUMN_NAME"],
        type=row["COLUMN_TYPE"],
        nullable=row["IS_NULLABLE"] == "YES",
        default=row["COLUMN_DEFAULT"],
        extra=row["EXTRA"] or "",
        collation=row["COLLATION_NAME"],
        comment=row["COLUMN_COMMENT"] or "",
    )


def _index(found: Mapping[str, Any]) -> Index:
    lengths = found.get("dialect_options", {}).get("mysql_length", {})
    if isinstance(lengths, int):  # one length for a one-column index
        lengths = {found["column_names"][0]: lengths}
    columns = tuple(found["column_names"])
    prefixes = tuple(lengths.get(column) for column in columns)
    return Index(
        found["name"],
        columns,
        bool(found["unique"]),
        prefixes=prefixes if any(length is not None for length in prefixes) else (),
    )


def _foreign_keys(found: list[Mapping[str, Any]], rule_rows: list[Mapping[str, Any]]) -> tuple[ForeignKey, ...]:
    """The inspector's keys, with the rules information_schema states (RESTRICT is no clause in SHOW CREATE)."""
    rules = {row["CONSTRAINT_NAME"]: (row["DELETE_RULE"], row["UPDATE_RULE"]) for row in rule_rows}
    keys = [
        ForeignKey(
            key["name"],
            tuple(key["constrained_columns"]),
            key["referred_table"],
            tuple(key["referred_columns"]),
            *rules[key["name"]],
        )
        for key in found
    ]
    return tuple(sorted(keys, key=lambda key: key.name))


def _partitioning(options: Mapping[str, Any]) -> str | None:
    by = options.get("mysql_partition_by")
    if by is None:
        return None
    if definitions := options.get("mysql_partition_definitions"):
        if definitions.count(")") > definitions.count("("):  # the inspector keeps the list's closing parenthesis
            definitions = definitions.removesuffix(")")
        return f"{by} ({definitions})"
    if count := options.get("mysql_partitions"):
        return f"{by} PARTITIONS {count}"
    return str(by)


def _unqualified(schema: str, sql: str) -> str:
    """``sql`` without the `schema`. qualifier the server writes into a view's definition (and a history may
    write into a trigger's body): the models name no database."""
    return sql.replace(f"`{schema}`.", "")


def _views(connection: Connection, schema: str) -> tuple[View, ...]:
    return tuple(
        View(
            name=row["TABLE_NAME"],
            definition=_unqualified(schema, row["VIEW_DEFINITION"]),
            algorithm=row["ALGORITHM"] or "UNDEFINED",
            security=row["SECURITY_TYPE"],
            check_option=row["CHECK_OPTION"],
        )
        for row in rows(connection, VIEWS.replace("{algorithm}", _algorithm_column(connection)), schema)
    )


def _algorithm_column(connection: Connection) -> str:
    """MariaDB's VIEWS has ALGORITHM; MySQL's has not (its views are shown UNDEFINED)."""
    found = connection.execute(
        text(
            "SELECT COUNT(*) FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'VIEWS' AND COLUMN_NAME = 'ALGORITHM'"
        )
    ).scalar_one()
    return "ALGORITHM" if found else "NULL"


def _triggers(connection: Connection, schema: str) -> tuple[Trigger, ...]:
    return tuple(
        Trigger(
            name=row["TRIGGER_NAME"],
            table=row["EVENT_OBJECT_TABLE"],
            timing=row["ACTION_TIMING"],
            event=row["EVENT_MANIPULATION"],
            order=int(row["ACTION_ORDER"]),
            statement=_unqualified(schema, row["ACTION_STATEMENT"]),
        )
        for row in rows(connection, TRIGGERS, schema)
    )


DEFAULT_COLLATIONS = """
SELECT CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLLATIONS WHERE IS_DEFAULT = 'Yes'
"""
VIEWS = """
SELECT TABLE_NAME, VIEW_DEFINITION, {algorithm} AS ALGORITHM, SECURITY_TYPE, CHECK_OPTION
FROM information_schema.VIEWS WHERE TABLE_SCHEMA = :schema ORDER BY TABLE_NAME
"""
TRIGGERS = """
SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER, ACTION_STATEMENT
FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = :schema ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER, TRIGGER_NAME
"""
