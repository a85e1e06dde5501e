"""Everything a live schema holds, read exactly as the server reports it (for ``zsgate import`` to write as models).

SQLAlchemy's inspector reads what SHOW CREATE TABLE says well: primary keys in their column order, indexes
with prefix lengths, foreign keys by name, engine, charset, collation, partitioning. information_schema
(the queries of `fingerprint`) says what the inspector loses or bends: the column's type as the server
spells it, its default and ``ON UPDATE`` as written, its own collation, the foreign keys' rules (SHOW
CREATE TABLE omits RESTRICT, so the inspector cannot tell it from a missing clause). Views and triggers
come from information_schema alone. Nothing is normalized here: two servers' spellings differ.

What is read is the one table model (:mod:`zsgate.history.schema`): its tables, columns, keys, views and
triggers, every field as the server spells it; only a type is read into the model's name and arguments
(:func:`column_type`), and a literal default MySQL shows bare is quoted, as a default is SQL in the model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import sqlglot
from sqlalchemy import Connection, inspect, text
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from zsgate.compare.fingerprint import COLUMNS, FOREIGN_KEYS, TABLES, rows
from zsgate.engines import SCHEMA
from zsgate.engines.probe import family_of
from zsgate.history.changes import reads_of
from zsgate.history.schema import UNSIGNED_TYPES, Column, ForeignKey, Index, Table, Trigger, View
from zsgate.sql.dialect import DIALECT
from zsgate.sql.quoting import string

FLYWAY_TABLE = "schema_version"
"""Flyway's own bookkeeping, which a history's replay leaves and models do not hold."""


@dataclass(frozen=True)
class ReflectedSchema:
    """What a server holds, in name order, and what its spellings depend on."""

    server_version: str  # SELECT VERSION()
    default_collations: Mapping[str, str]  # charset -> its default collation on this server
    tables: tuple[Table, ...]
    views: tuple[View, ...]
    triggers: tuple[Trigger, ...]

    @property
    def mariadb(self) -> bool:
        return family_of(self.server_version) == "mariadb"


def reflect(connection: Connection, schema: str = SCHEMA) -> ReflectedSchema:
    """Every base table (but Flyway's), view and trigger of ``schema``, in name order."""
    inspector = inspect(connection)
    server_version = connection.execute(text("SELECT VERSION()")).scalar_one()
    mariadb = family_of(server_version) == "mariadb"
    columns = _by_table(rows(connection, COLUMNS, schema))
    rules = _by_table(rows(connection, FOREIGN_KEYS, schema))
    tables = []
    for row in rows(connection, TABLES, schema):
        name = row["TABLE_NAME"]
        if name == FLYWAY_TABLE:
            continue
        reflected = [_column(column, mariadb) for column in columns.get(name, [])]
        indexes = [_index(index) for index in inspector.get_indexes(name, schema)]
        foreign_keys = _foreign_keys(inspector.get_foreign_keys(name, schema), rules.get(name, []))
        tables.append(
            Table(
                name,
                columns={column.name.lower(): column for column in reflected},
                primary_key=tuple(inspector.get_pk_constraint(name, schema)["constrained_columns"]),
                indexes={index.name.lower(): index for index in indexes},
                foreign_keys={key.name.lower(): key for key in foreign_keys},
                engine=row["ENGINE"],
                charset=row["CHARSET"],
                collation=row["TABLE_COLLATION"],
                options={"COMMENT": row["TABLE_COMMENT"]} if row["TABLE_COMMENT"] else {},
                partitioning=_partitioning(inspector.get_table_options(name, schema)),
            )
        )
    return ReflectedSchema(
        server_version=server_version,
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


def _column(row: Mapping[str, Any], mariadb: bool) -> Column:
    type_name, arguments, zerofill = column_type(row["COLUMN_TYPE"])
    extra = row["EXTRA"] or ""
    on_update = re.search(r"on update (\S+)", extra, re.IGNORECASE)
    generated = re.search(r"\b(VIRTUAL|STORED|PERSISTENT) GENERATED\b", extra, re.IGNORECASE)
    return Column(
        row["COLUMN_NAME"],
        type_name,
        row["IS_NULLABLE"] == "YES",
        _default(row, mariadb),
        "auto_increment" in extra.lower(),
        arguments,
        row["CHARACTER_SET_NAME"],
        row["COLLATION_NAME"],
        _GENERATED[generated.group(1).upper()] if generated else None,
        on_update.group(1) if on_update else None,
        row["COLUMN_COMMENT"] or None,
        zerofill,
    )


_GENERATED = {"VIRTUAL": "VIRTUAL", "STORED": "STORED", "PERSISTENT": "STORED"}
"""EXTRA's word for a generated column's kind -> the model's (MariaDB says PERSISTENT for STORED)."""
_NUMBER = re.compile(r"(?i)(tinyint|smallint|mediumint|int|bigint|double|float|decimal)\b")


def _default(row: Mapping[str, Any], mariadb: bool) -> str | None:
    """COLUMN_DEFAULT as SQL in the server's spelling: MariaDB writes it so (a literal quoted, ``NULL``,
    ``current_timestamp()``); MySQL shows a literal bare, quoted here unless it is a number's or an
    expression (EXTRA says DEFAULT_GENERATED)."""
    default = row["COLUMN_DEFAULT"]
    if mariadb or default is None or "default_generated" in (row["EXTRA"] or "").lower():
        return default
    return default if _NUMBER.match(row["COLUMN_TYPE"]) else string(default)


_COLUMN_TYPE = re.compile(
    r"(?P<name>\w+)(?:\((?P<arguments>.*)\))?(?P<unsigned> unsigned)?(?P<zerofill> zerofill)?", re.DOTALL
)
_MEMBER = re.compile(r"'((?:[^']|'')*)'")
_UNSIGNED = {signed: unsigned for unsigned, signed in UNSIGNED_TYPES.items()}


def column_type(spelled: str) -> tuple[str, tuple[str, ...], bool]:
    """A type as COLUMN_TYPE spells it (``int(10) unsigned zerofill``, ``enum('a','b')``) as the model's name
    (sqlglot's: ``UINT``; ``UFLOAT``, which sqlglot cannot read), its arguments (ENUM and SET members
    unquoted) and ZEROFILL. A spelling of another shape keeps it whole, upper case, as its name."""
    match = _COLUMN_TYPE.fullmatch(spelled)
    if match is None:
        return spelled.upper(), (), False
    name, listed = _type_name(match["name"]), match["arguments"]
    if name in ("ENUM", "SET"):
        arguments = tuple(member.replace("''", "'") for member in _MEMBER.findall(listed or ""))
    else:
        arguments = tuple(argument.strip() for argument in listed.split(",")) if listed else ()
    return _UNSIGNED[name] if match["unsigned"] else name, arguments, bool(match["zerofill"])


def spelled_type(column: Column) -> str:
    """``column``'s type as COLUMN_TYPE spells it (what :func:`column_type` reads): ``bigint(20) unsigned``."""
    listed = ",".join("'" + member.replace("'", "''") + "'" for member in column.members) or ",".join(column.arguments)
    arguments = f"({listed})" if column.arguments else ""
    unsigned = " unsigned" if column.type in UNSIGNED_TYPES else ""
    return f"{column.type_name.lower()}{arguments}{unsigned}{' zerofill' if column.zerofill else ''}"


@cache
def _type_name(name: str) -> str:
    """The name sqlglot's MySQL dialect gives a type (``timestamp``: ``TIMESTAMPTZ``), as the history reader's
    columns have it; the name upper case where sqlglot knows no such type."""
    try:
        return exp.DataType.build(name, dialect=DIALECT).this.value
    except (ParseError, TokenError, ValueError):
        return name.upper()


def _index(found: Mapping[str, Any]) -> Index:
    options = found.get("dialect_options", {})
    lengths = options.get("mysql_length", {})
    if isinstance(lengths, int):  # one length for a one-column index
        lengths = {found["column_names"][0]: lengths}
    columns = tuple(found["column_names"])
    prefixes = tuple(lengths.get(column) for column in columns)
    return Index(
        found["name"],
        columns,
        bool(found["unique"]),
        fulltext=options.get("mysql_prefix") == "FULLTEXT",
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
    views = []
    for row in rows(connection, VIEWS.replace("{algorithm}", _algorithm_column(connection)), schema):
        definition = _unqualified(schema, row["VIEW_DEFINITION"])
        views.append(
            View(
                row["TABLE_NAME"],
                definition,
                _reads(definition),
                algorithm=row["ALGORITHM"] or "UNDEFINED",
                security=row["SECURITY_TYPE"],
                check_option=row["CHECK_OPTION"],
            )
        )
    return tuple(views)


def _reads(definition: str) -> tuple[str, ...]:
    """The tables and views a view's SELECT reads, as the history reader finds them; () if sqlglot cannot read it."""
    try:
        select = sqlglot.parse_one(definition, read=DIALECT)
    except (ParseError, TokenError):
        return ()
    return reads_of(select) if isinstance(select, exp.Query) else ()


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
            row["TRIGGER_NAME"],
            row["EVENT_OBJECT_TABLE"],
            row["ACTION_TIMING"],
            row["EVENT_MANIPULATION"],
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
