"""Does a live schema equal the models? Comparison as data; rendering it as text is separate.

:func:`differences` compares: Alembic's ``compare_metadata`` finds tables, columns, nullability, defaults and
indexes; zsgate compares the rest from the fingerprint, where Alembic is silent or wrong: column types (Alembic
misses ENUM members on MySQL, alembic#1745, and must not see TINYINT(1) and BOOLEAN apart), index prefix
lengths, engine and charset, column charsets and collations, and foreign keys (Alembic reports a changed ON
DELETE or ON UPDATE as a removed and an added key, and cannot emit ON UPDATE, alembic#564; here it is one
difference). A UNIQUE key Alembic reports both as an index and as a constraint (alembic#1240, #1531) is one
difference. Each :class:`Difference` carries the models' object and the live side's facts, so
generation can act on it; :func:`expected` (verify's wording) and :func:`against_history` (``generate --check
--history``) turn one into a line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Connection, ForeignKeyConstraint, Index, MetaData, Table, UniqueConstraint, text
from sqlalchemy.dialects import mysql

from zsgate.compare import families
from zsgate.compare.fingerprint import Fingerprint


class Aspect(StrEnum):
    """What a difference is about."""

    TABLE = "table"
    TABLE_NAME = "table name"
    COLUMN = "column"
    TYPE = "type"
    NULLABLE = "nullable"
    DEFAULT = "default"
    INDEX = "index"
    KEY_PARTS = "key parts"
    FOREIGN_KEY = "foreign key"
    ENGINE = "engine"
    CHARSET = "charset"
    PRIMARY_KEY = "primary key"
    COLUMN_CHARSET = "column charset"
    COLUMN_COLLATION = "column collation"


COLUMN_ASPECTS = frozenset(
    {Aspect.TYPE, Aspect.COLUMN_CHARSET, Aspect.COLUMN_COLLATION, Aspect.NULLABLE, Aspect.DEFAULT}
)


@dataclass(frozen=True, slots=True)
class Difference:
    """One way the models and a live schema differ.

    ``models`` and ``live`` say each side in SQL words (``VARCHAR(255)``, ``NOT NULL``); None where that side has
    no such object. ``model`` is the models' object (a Table, Column, Index, UniqueConstraint or
    ForeignKeyConstraint), ``released`` what the live side holds: Alembic's reflected Table or Column for a table
    or column the models lack, else the fingerprint's entry (a column, index or foreign key as a dict).
    """

    aspect: Aspect
    table: str
    name: str | None
    """The column, index or foreign key; None for the table itself."""
    models: str | None
    live: str | None
    columns: tuple[str, ...] = ()
    """An index's or foreign key's columns, which name it in messages."""
    model: Any = None
    released: Any = None

    @property
    def subject(self) -> str:
        """``Table``, ``Table.column``, ``Table.index`` (key parts) or ``Table.col1, col2`` (keys)."""
        if self.aspect in (Aspect.INDEX, Aspect.FOREIGN_KEY):
            return f"{self.table}.{', '.join(self.columns)}"
        return f"{self.table}.{self.name}" if self.name else self.table


def differences(connection: Connection, metadata: MetaData, live: Fingerprint) -> list[Difference]:
    """Every difference between the models and the live schema ``live`` of ``connection``, table by table."""
    context = MigrationContext.configure(connection, opts=alembic_options(live))
    found = [
        replace(
            d, released=Table(d.table, MetaData(), autoload_with=connection)
        )  # with its keys, which Alembic's lacks
        if d.aspect is Aspect.TABLE and d.released is not None
        else d
        for d in _from_alembic(_flatten(compare_metadata(context, metadata)), metadata, live)
    ]
    defaults = _DefaultCollations(connection)
    for table in metadata.sorted_tables:
        if table.name in live:
            found += _column_types(table, live[table.name])
            found += _column_charsets(table, live[table.name])
            found += _column_collations(table, live[table.name], defaults)
            found += _table_options(table, live[table.name])
            found += _primary_key(connection, table, live[table.name])
            found += _prefix_lengths(table, live[table.name])
            found += _foreign_keys(table, live[table.name])
    return sorted(found, key=_order(metadata))


def schema_problems(connection: Connection, metadata: MetaData, live: Fingerprint) -> list[str]:
    """Every difference, as verify words it: ``Table.column: expected … got …``."""
    return [expected(difference) for difference in differences(connection, metadata, live)]


def alembic_options(live: Fingerprint) -> dict[str, Any]:
    """How zsgate asks Alembic to compare (also used by ``migrations/env.py``): types are compared here."""
    return {"compare_type": False, "compare_server_default": _defaults_differ(live), "include_object": _include(live)}


# -- rendering -----------------------------------------------------------------------------------------------

_ABSENT = {Aspect.COLUMN: "no such column"}
_PREFIX = {Aspect.TYPE: "type ", Aspect.FOREIGN_KEY: "foreign key "}


def expected(difference: Difference) -> str:
    """``Table.column: expected <the models'>, got <the live one>`` (verify's wording)."""
    subject, models, live = difference.subject, difference.models, difference.live
    if models is None:
        what = "" if difference.aspect in (Aspect.TABLE, Aspect.COLUMN) else f"{live} is "
        return f"{subject}: {what}not in the models"
    wanted = f"{_PREFIX.get(difference.aspect, '')}{models}"
    return f"{subject}: expected {wanted}, got {live if live is not None else _ABSENT.get(difference.aspect, 'none')}"


def against_history(difference: Difference) -> str:
    """``Table.column: <the models'> in the models, <the history's> in the history``."""
    subject, models, live = difference.subject, difference.models, difference.live
    if models is None:
        return f"{subject}: {live} in the history, not in the models"
    if live is None:
        return f"{subject}: {models} in the models, not in the history"
    return f"{subject}: {models} in the models, {live} in the history"


# -- Alembic's part ------------------------------------------------------------------------------------------


def _include(live: Fingerprint) -> Callable[..., bool]:
    """Alembic's include_object hook: leave out tables the fingerprint left out (Flyway's), foreign keys
    (compared below) and the indexes a server makes for a foreign key itself."""

    def include(item: Any, name: str | None, kind: str, reflected: bool, compare_to: Any) -> bool:
        if kind == "table" and reflected and compare_to is None:
            return name in live
        if kind == "foreign_key_constraint":
            return False
        if kind == "index" and reflected and compare_to is None:
            keys = live.get(item.table.name, {}).get("foreign_keys", {})
            return name not in keys
        return True

    return include


def _defaults_differ(live: Fingerprint) -> Callable[..., bool]:
    """Alembic's compare_server_default hook: True when the defaults differ, after the per-family
    normalization. The live default is the fingerprint's, which has ``ON UPDATE`` from EXTRA: Alembic's
    reflection drops it after a quoted or NULL default (``'0000-00-00 00:00:00' ON UPDATE ...``)."""

    def differ(
        context: Any,
        inspected: Column,
        metadata: Column,
        inspected_default: str | None,
        metadata_default: Any,
        rendered_metadata_default: str | None,
    ) -> bool:
        found = live.get(inspected.table.name, {}).get("columns", {}).get(inspected.name)
        default = found["default"] if found is not None else families.default(inspected_default)
        return model_default(metadata) != default

    return differ


def _flatten(diffs: list[Any]) -> list[tuple[Any, ...]]:
    flat: list[tuple[Any, ...]] = []
    for diff in diffs:
        flat += diff if isinstance(diff, list) else [diff]
    return flat


def _from_alembic(diffs: list[tuple[Any, ...]], metadata: MetaData, live: Fingerprint) -> list[Difference]:
    found: dict[tuple[Aspect, str, str | None, bool], Difference] = {}
    for diff in diffs:
        difference = _one(diff, metadata, live)
        if difference is not None:
            key = (difference.aspect, difference.table, difference.name, difference.model is None)
            found.setdefault(key, difference)  # a UNIQUE key once, not as an index and a constraint
    whole = {table for aspect, table, _, _ in found if aspect is Aspect.TABLE}  # its keys go with it
    return [d for d in found.values() if d.aspect is Aspect.TABLE or d.table not in whole]


def _one(diff: tuple[Any, ...], metadata: MetaData, live: Fingerprint) -> Difference | None:  # noqa: PLR0911
    kind = diff[0]
    if kind == "add_table":
        return Difference(Aspect.TABLE, diff[1].name, None, "table", None, model=diff[1])
    if kind == "remove_table":
        return Difference(Aspect.TABLE, diff[1].name, None, None, "table", released=diff[1])
    if kind == "add_column":
        _, _, table, column = diff
        return Difference(Aspect.COLUMN, table, column.name, column_sql(column), None, model=column)
    if kind == "remove_column":
        _, _, table, column = diff
        return Difference(
            Aspect.COLUMN, table, column.name, None, _live_column(live[table]["columns"][column.name]), released=column
        )
    if kind in ("modify_nullable", "modify_default"):
        _, _, table, name, _, _, _ = diff
        column = metadata.tables[table].c[name]
        got = live[table]["columns"][name]
        if kind == "modify_nullable":
            return Difference(
                Aspect.NULLABLE, table, name, _null(bool(column.nullable)), _null(got["nullable"]), (), column, got
            )
        return Difference(
            Aspect.DEFAULT, table, name, _default(model_default(column)), _default(got["default"]), (), column, got
        )
    if kind in ("add_index", "add_constraint"):
        key = diff[1]
        if kind == "add_constraint" and not isinstance(key, UniqueConstraint):
            return None
        key = _modelled_key(metadata.tables[key.table.name], str(key.name)) or key  # Alembic's may be a copy
        return Difference(Aspect.INDEX, key.table.name, str(key.name), key_sql(key), None, _names(key), model=key)
    if kind in ("remove_index", "remove_constraint"):
        key = diff[1]
        if kind == "remove_constraint" and not isinstance(key, UniqueConstraint):
            return None
        got = live[key.table.name]["indexes"].get(key.name, {})
        return Difference(Aspect.INDEX, key.table.name, str(key.name), None, key_sql(key), _names(key), released=got)
    return None  # modify_type (compared below), comments and others zsgate does not keep


def _modelled_key(table: Table, name: str) -> Index | UniqueConstraint | None:
    """The models' own index or UNIQUE constraint ``name`` of ``table``."""
    keys = [*table.indexes, *(c for c in table.constraints if isinstance(c, UniqueConstraint))]
    return next((key for key in keys if key.name == name), None)


# -- zsgate's part -------------------------------------------------------------------------------------------


def _column_types(table: Table, live: dict[str, Any]) -> list[Difference]:
    found = []
    for column in table.columns:
        got = live["columns"].get(column.name)
        if got is not None and families.column_type(type_sql(column)) != got["type"]:
            found.append(
                Difference(Aspect.TYPE, table.name, column.name, type_sql(column), got["type"].upper(), (), column, got)
            )
    return found


def _column_charsets(table: Table, live: dict[str, Any]) -> list[Difference]:
    """A column's charset where the model names one, or where both sides' tables agree on theirs (else the
    table's difference covers its columns)."""
    table_charset = families.charset(table.kwargs.get("mysql_default_charset"))
    found = []
    for column in table.columns:
        got = live["columns"].get(column.name)
        wanted = families.charset(getattr(column.type, "charset", None)) or families.charset_of(
            getattr(column.type, "collation", None)
        )
        if wanted is None and table_charset == live["charset"]:
            wanted = table_charset
        if got is not None and got["charset"] and wanted and got["charset"] != wanted:
            found.append(
                Difference(
                    Aspect.COLUMN_CHARSET,
                    table.name,
                    column.name,
                    f"CHARACTER SET {wanted}",
                    f"CHARACTER SET {got['charset']}",
                    (),
                    column,
                    got,
                )
            )
    return found


class _DefaultCollations:
    """Each charset's default collation on the server, read once when first asked."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._read: dict[str, str] | None = None

    def __getitem__(self, charset: str) -> str | None:
        if self._read is None:
            rows = self._connection.exec_driver_sql(
                "SELECT CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLLATIONS WHERE IS_DEFAULT = 'Yes'"
            )
            self._read = {str(families.charset(name)): str(families.collation(default)) for name, default in rows}
        return self._read.get(charset)


def _column_collations(table: Table, live: dict[str, Any], defaults: _DefaultCollations) -> list[Difference]:
    """A character column's collation, where its charset is the one the models want (else the charset's
    difference covers it) and both sides' tables agree on their charset. The models' column takes the collation
    it names, else its charset's default where it names a charset, else its table's."""
    if families.charset(table.kwargs.get("mysql_default_charset")) not in (None, live["charset"]):
        return []
    charsets = {d.name for d in _column_charsets(table, live)}
    found = []
    for column in table.columns:
        got = live["columns"].get(column.name)
        if got is None or not got["charset"] or column.name in charsets:
            continue
        wanted = families.collation(getattr(column.type, "collation", None))
        if wanted is None and (charset := families.charset(getattr(column.type, "charset", None))):
            wanted = defaults[charset]
        if wanted == live["collation"]:
            wanted = None  # as the fingerprint says a column that follows its table
        if wanted != got["collation"]:
            found.append(
                Difference(
                    Aspect.COLUMN_COLLATION,
                    table.name,
                    column.name,
                    f"COLLATE {wanted or live['collation']}",
                    f"COLLATE {got['collation'] or live['collation']}",
                    (),
                    column,
                    got,
                )
            )
    return found


def _table_options(table: Table, live: dict[str, Any]) -> list[Difference]:
    found = []
    engine = str(table.kwargs.get("mysql_engine", "")).lower()
    if engine and live["engine"] != engine:
        found.append(
            Difference(Aspect.ENGINE, table.name, None, f"ENGINE={engine}", f"ENGINE={live['engine']}", model=table)
        )
    charset = families.charset(table.kwargs.get("mysql_default_charset"))
    if charset and live["charset"] != charset:
        found.append(
            Difference(
                Aspect.CHARSET, table.name, None, f"CHARSET={charset}", f"CHARSET={live['charset']}", model=table
            )
        )
    return found


def _primary_key(connection: Connection, table: Table, live: dict[str, Any]) -> list[Difference]:
    """A primary key over other columns; ``released`` holds its columns and which of them are AUTO_INCREMENT
    (read from the server: the fingerprint does not keep EXTRA)."""
    wanted = [column.name for column in table.primary_key.columns]
    got = [name for name, _ in live["indexes"].get("PRIMARY", {}).get("columns", [])]
    if wanted == got:
        return []
    models = f"PRIMARY KEY ({', '.join(wanted)})" if wanted else "no PRIMARY KEY"
    seen = f"PRIMARY KEY ({', '.join(got)})" if got else "no PRIMARY KEY"
    automatic = connection.execute(
        text(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :table"
            " AND EXTRA LIKE '%auto_increment%'"
        ),
        {"table": table.name},
    ).scalars()
    released = {"columns": got, "auto_increment": list(automatic)}
    return [Difference(Aspect.PRIMARY_KEY, table.name, None, models, seen, model=table, released=released)]


def _prefix_lengths(table: Table, live: dict[str, Any]) -> list[Difference]:
    found = []
    for index in sorted(table.indexes, key=lambda index: str(index.name)):
        got = live["indexes"].get(index.name)
        if got is None:
            continue  # reported by Alembic
        wanted = key_parts(index)
        if [part for _, part in wanted] != [part for _, part in got["columns"]]:
            found.append(
                Difference(
                    Aspect.KEY_PARTS,
                    table.name,
                    str(index.name),
                    f"({_parts(wanted)})",
                    f"({_parts(got['columns'])})",
                    _names(index),
                    index,
                    got,
                )
            )
    return found


def _foreign_keys(table: Table, live: dict[str, Any]) -> list[Difference]:
    found = []
    for fk in sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name)):
        got = live["foreign_keys"].get(fk.name)
        if got is not None and fk.ondelete is None and got["on_delete"] == "NO ACTION":
            got = {**got, "on_delete": "RESTRICT"}  # no clause: MariaDB says RESTRICT, MySQL 8 NO ACTION
        wanted = foreign_key_sql(fk)
        seen = None if got is None else live_foreign_key_sql(str(fk.name), got)
        if got is None or got["columns"] != [c.name for c in fk.columns] or seen != wanted:
            found.append(Difference(Aspect.FOREIGN_KEY, table.name, str(fk.name), wanted, seen, _names(fk), fk, got))
    modelled = {fk.name for fk in table.foreign_key_constraints}
    for name, got in sorted(live["foreign_keys"].items()):
        if name not in modelled:
            found.append(
                Difference(
                    Aspect.FOREIGN_KEY,
                    table.name,
                    name,
                    None,
                    f"foreign key {name}",
                    tuple(got["columns"]),
                    released=got,
                )
            )
    return found


_GROUP = {
    Aspect.TABLE: 0,
    Aspect.TABLE_NAME: 0,
    Aspect.ENGINE: 1,
    Aspect.CHARSET: 1,
    Aspect.PRIMARY_KEY: 1,
    Aspect.INDEX: 3,
    Aspect.KEY_PARTS: 3,
    Aspect.FOREIGN_KEY: 4,
}


def _order(metadata: MetaData) -> Callable[[Difference], tuple[int, str, int, str, int]]:
    """Tables in the models' FK order (the others after, by name); in a table the table itself, its options,
    its columns (each with all its aspects), keys, foreign keys, each by name."""
    position = {table.name: place for place, table in enumerate(metadata.sorted_tables)}
    aspects = list(Aspect)
    return lambda d: (
        position.get(d.table, len(position)),
        d.table,
        _GROUP.get(d.aspect, 2),
        d.name or "",
        aspects.index(d.aspect),
    )


# -- words ---------------------------------------------------------------------------------------------------

_DIALECT = mysql.dialect()


def model_type(column: Column[Any]) -> str:
    """The column's type as MySQL's DDL writes it, without a charset or collation."""
    text = column.type.compile(dialect=_DIALECT)
    text = text.split(" CHARACTER SET ")[0].split(" COLLATE ")[0]
    return {"BOOL": "TINYINT(1)", "BOOLEAN": "TINYINT(1)"}.get(text, text).replace("NUMERIC", "DECIMAL")


def type_sql(column: Column[Any]) -> str:
    return model_type(column).replace(", ", ",")


def model_default(column: Column[Any]) -> str | None:
    """The model's server default, spelled as :func:`families.default` spells a live one."""
    arg = getattr(column.server_default, "arg", None)
    return families.default(getattr(arg, "text", arg))


def column_sql(column: Column[Any]) -> str:
    return f"{type_sql(column)} {_null(bool(column.nullable))}"


def _live_column(got: dict[str, Any]) -> str:
    return f"{got['type'].upper()} {_null(got['nullable'])}"


def key_sql(key: Index | UniqueConstraint) -> str:
    unique = isinstance(key, UniqueConstraint) or bool(getattr(key, "unique", False))
    return f"{'UNIQUE ' if unique else ''}key {key.name} ({', '.join(_names(key))})"


def key_parts(index: Index) -> list[tuple[str, int | None]]:
    lengths = index.kwargs.get("mysql_length") or {}
    if isinstance(lengths, int):
        return [(column.name, lengths) for column in index.columns]
    return [(column.name, lengths.get(column.name)) for column in index.columns]


def foreign_key_sql(fk: ForeignKeyConstraint) -> str:
    target = fk.elements[0].column.table.name
    referenced = ", ".join(element.column.name for element in fk.elements)
    return f"{fk.name} → {target}({referenced}){rules_sql(fk.ondelete, fk.onupdate)}"


def live_foreign_key_sql(name: str, got: dict[str, Any]) -> str:
    referenced = ", ".join(got["referenced_columns"])
    return f"{name} → {got['references']}({referenced}){rules_sql(got['on_delete'], got.get('on_update'))}"


def rules_sql(on_delete: str | None, on_update: str | None) -> str:
    """`` ON DELETE x`` (RESTRICT when none), then `` ON UPDATE y`` unless it is RESTRICT, the default."""
    update = families.rule(on_update)
    return f" ON DELETE {families.rule(on_delete)}" + ("" if update == "RESTRICT" else f" ON UPDATE {update}")


def _names(key: Index | UniqueConstraint | ForeignKeyConstraint) -> tuple[str, ...]:
    return tuple(column.name for column in key.columns)


def _parts(parts: list[Any]) -> str:
    return ", ".join(f"{name}({length})" if length else str(name) for name, length in parts)


def _null(nullable: bool) -> str:
    return "NULL" if nullable else "NOT NULL"


def _default(value: str | None) -> str:
    return "no DEFAULT" if value is None else f"DEFAULT {value}"
