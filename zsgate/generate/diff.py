"""What a release changes, found as the models minus the released schema.

The comparison (:func:`zsgate.compare.schema.differences`, run where a server is) gives differences as data;
:func:`plan_changes` turns them into operations, in the order they must run, and refuses what would lose data
unless the models say why (:mod:`zsgate.generate.declared`). :mod:`zsgate.generate.render_changes` turns the
operations into ZStack's SQL. Alembic's autogenerate has the same three steps (compare, operations, render).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, Table, UniqueConstraint
from sqlalchemy.schema import sort_tables

from zsgate.compare import families
from zsgate.compare.schema import COLUMN_ASPECTS, Aspect, Difference, model_type
from zsgate.generate.declared import drop_reason, narrowing_reason, renamed_from
from zsgate.generate.plan import PlanError

Facts = dict[str, Any]
"""A column, index or foreign key of the released schema, as the fingerprint holds it."""


@dataclass(frozen=True, slots=True)
class CreateTable:
    table: Table


@dataclass(frozen=True, slots=True)
class DropTable:
    table: Table
    """As reflected from the released schema, to create it again on rollback."""
    reason: str


@dataclass(frozen=True, slots=True)
class RenameTable:
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class AddColumn:
    column: Column[Any]


@dataclass(frozen=True, slots=True)
class DropColumn:
    table: str
    column: Column[Any]
    """As reflected from the released schema."""
    reason: str


@dataclass(frozen=True, slots=True)
class RenameColumn:
    old: str
    column: Column[Any]
    released: Column[Any]


@dataclass(frozen=True, slots=True)
class AlterColumn:
    """The column's definition replaced by the models' (type, nullability, default at once)."""

    column: Column[Any]
    released: Facts
    backfill: bool
    """NULL becomes NOT NULL: rows holding NULL get the column's default first."""
    narrowed: str | None = None
    """Why the models accept that the new definition may not hold every value (a narrowing), else None."""


@dataclass(frozen=True, slots=True)
class AddIndex:
    key: Index | UniqueConstraint


@dataclass(frozen=True, slots=True)
class DropIndex:
    table: str
    name: str
    released: Facts


@dataclass(frozen=True, slots=True)
class AddForeignKey:
    fk: ForeignKeyConstraint
    new: bool = True
    """No key of its name was released: on rollback the index the server made for it goes too."""


@dataclass(frozen=True, slots=True)
class DropForeignKey:
    table: str
    name: str
    released: Facts
    index_goes: bool
    """The index the server made for it goes too (the key is dropped for good, and the models lack the index)."""


@dataclass(frozen=True, slots=True)
class ChangePrimaryKey:
    """The primary key over ``columns`` instead of ``released`` (either may be empty: none), in one ALTER so that
    an AUTO_INCREMENT column in both stays a key throughout."""

    table: Table
    columns: tuple[str, ...]
    released: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SetTableOptions:
    table: Table
    engine: str | None
    charset: str | None
    released_engine: str
    released_charset: str | None


Operation = (
    RenameTable
    | CreateTable
    | DropTable
    | AddColumn
    | DropColumn
    | RenameColumn
    | AlterColumn
    | AddIndex
    | DropIndex
    | AddForeignKey
    | DropForeignKey
    | SetTableOptions
    | ChangePrimaryKey
)

# The order a release runs in: keys that stand in the way go first, tables before their columns, columns
# before the keys over them (an index that keeps an AUTO_INCREMENT column a key before the primary key changes,
# foreign keys over the new primary key after it), drops of data last.
ORDER: tuple[type, ...] = (
    DropForeignKey,
    DropIndex,
    RenameTable,
    CreateTable,
    RenameColumn,
    AddColumn,
    AlterColumn,
    SetTableOptions,
    AddIndex,
    ChangePrimaryKey,
    AddForeignKey,
    DropColumn,
    DropTable,
)


def plan_changes(found: list[Difference], metadata: MetaData) -> list[Operation]:
    """The operations that take the released schema to the models, in the order they run.

    PlanError names every change the models do not acknowledge (a drop, a narrowing) and every one this
    generator cannot express."""
    refused: list[str] = []
    operations: list[Operation] = []
    by_kind: dict[Aspect, list[Difference]] = defaultdict(list)
    for difference in found:
        by_kind[difference.aspect].append(difference)

    operations += [RenameTable(str(d.released), d.table) for d in by_kind[Aspect.TABLE_NAME]]
    renamed = _renames(by_kind[Aspect.COLUMN], metadata)
    for difference in by_kind[Aspect.TABLE]:
        if difference.model is not None:
            operations.append(CreateTable(difference.model))
        elif reason := drop_reason(metadata, difference.table):
            operations.append(DropTable(difference.released, reason))
        else:
            refused.append(
                f"{difference.table}: dropping the table loses its rows; say why in the metadata's "
                f"info={{'dropped': {{'{difference.table}': 'reason'}}}}, or keep it in the models"
            )
    for difference in by_kind[Aspect.COLUMN]:
        if (difference.table, difference.name) in renamed:
            continue
        if difference.model is not None:
            operations.append(_add_column(difference.model, refused))
        elif reason := drop_reason(metadata.tables[difference.table], str(difference.name)):
            operations.append(DropColumn(difference.table, difference.released, reason))
        else:
            refused.append(
                f"{difference.subject}: dropping the column loses its data; say why in its table's "
                f"info={{'dropped': {{'{difference.name}': 'reason'}}}}, or keep it in the models"
            )
    operations += dict.fromkeys(renamed.values())
    operations += _altered_columns(found, refused)
    operations += _table_options(by_kind[Aspect.ENGINE] + by_kind[Aspect.CHARSET])
    operations += [_primary_key(d, refused) for d in by_kind[Aspect.PRIMARY_KEY]]
    operations += _keys(by_kind[Aspect.INDEX] + by_kind[Aspect.KEY_PARTS], refused)
    operations += _foreign_keys(by_kind[Aspect.FOREIGN_KEY], metadata)
    operations += _foreign_keys_over_altered_columns(operations, metadata)
    if refused:
        raise PlanError("\n".join(refused))
    dropped = [op.table for op in operations if isinstance(op, DropTable)]
    last_first = {table.name: place for place, table in enumerate(reversed(sort_tables(dropped)))}
    return sorted(
        operations,
        key=lambda op: (ORDER.index(type(op)), last_first.get(op.table.name, 0) if isinstance(op, DropTable) else 0),
    )


def _renames(columns: list[Difference], metadata: MetaData) -> dict[tuple[str, str | None], RenameColumn]:
    """Each model column declaring the released name it had, paired with that released column; keyed by
    (table, name) of both differences."""
    gone = {(d.table, d.name): d for d in columns if d.model is None}
    renames: dict[tuple[str, str | None], RenameColumn] = {}
    for difference in columns:
        old = renamed_from(difference.model) if difference.model is not None else None
        if old and (difference.table, old) in gone:
            released = gone[(difference.table, old)].released
            rename = RenameColumn(old, difference.model, released)
            renames[(difference.table, difference.name)] = renames[(difference.table, old)] = rename
    return {key: rename for key, rename in renames.items() if key[0] in metadata.tables}


def _add_column(column: Column[Any], refused: list[str]) -> AddColumn:
    if column.primary_key:
        refused.append(f"{column.table.name}.{column.name}: a primary key column cannot be added to a table with rows")
    elif not column.nullable and column.server_default is None:
        refused.append(
            f"{column.table.name}.{column.name}: a NOT NULL column added to a table with rows needs a server_default "
            "to fill them"
        )
    return AddColumn(column)


def _altered_columns(found: list[Difference], refused: list[str]) -> list[Operation]:
    """One AlterColumn per column whose type, nullability or default differs (a renamed one: in its CHANGE)."""
    columns: dict[tuple[str, str | None], Difference] = {}
    for difference in found:
        if difference.aspect in COLUMN_ASPECTS:
            columns.setdefault((difference.table, difference.name), difference)
    altered: list[Operation] = []
    for difference in columns.values():
        column: Column[Any] = difference.model
        released: Facts = difference.released
        wanted = families.column_type(model_type(column))
        narrows = not widens(released["type"], wanted)
        if narrows and not narrowing_reason(column):
            refused.append(
                f"{difference.table}.{column.name}: {released['type'].upper()} to {wanted.upper()} may not hold every "
                "value; say why no value is lost in the column's info={'narrowed': 'reason'}"
            )
        charset = families.charset(getattr(column.type, "charset", None))
        converted = charset and released.get("charset") not in (None, charset) and charset != "utf8mb4"
        if converted and not narrowing_reason(column):
            refused.append(
                f"{difference.table}.{column.name}: CHARACTER SET {released['charset']} to {charset} may not hold "
                "every character; say why no value is lost in the column's info={'narrowed': 'reason'}"
            )
        backfill = released["nullable"] and not column.nullable
        if backfill and column.server_default is None:
            refused.append(
                f"{difference.table}.{column.name}: NULL to NOT NULL needs a server_default for the rows holding NULL"
            )
        altered.append(
            AlterColumn(column, released, backfill, narrowing_reason(column) if narrows or converted else None)
        )
    return altered


def _table_options(found: list[Difference]) -> list[Operation]:
    tables: dict[str, list[Difference]] = defaultdict(list)
    for difference in found:
        tables[difference.table].append(difference)
    options: list[Operation] = []
    for differences in tables.values():
        table: Table = differences[0].model
        aspects = {d.aspect: d for d in differences}
        engine = aspects.get(Aspect.ENGINE)
        charset = aspects.get(Aspect.CHARSET)
        options.append(
            SetTableOptions(
                table,
                engine.models.removeprefix("ENGINE=") if engine and engine.models else None,
                charset.models.removeprefix("CHARSET=") if charset and charset.models else None,
                engine.live.removeprefix("ENGINE=") if engine and engine.live else "",
                charset.live.removeprefix("CHARSET=") if charset and charset.live else None,
            )
        )
    return options


def _primary_key(difference: Difference, refused: list[str]) -> ChangePrimaryKey:
    """The models' primary key; refused where a released AUTO_INCREMENT column would end up in no key (the
    servers refuse it) or lose AUTO_INCREMENT (not expressed here)."""
    table: Table = difference.model
    wanted = tuple(column.name for column in table.primary_key.columns)
    keyed = {wanted[:1], *((index.columns[0].name,) for index in table.indexes if index.columns)}
    automatic = table.autoincrement_column
    for name in difference.released["auto_increment"]:
        if automatic is None or automatic.name != name or (name,) not in keyed:
            refused.append(
                f"{table.name}.{name}: the released AUTO_INCREMENT column must stay AUTO_INCREMENT and lead the "
                f"primary key or an index of the models ({difference.models} in the models)"
            )
    return ChangePrimaryKey(table, wanted, tuple(difference.released["columns"]))


def _keys(found: list[Difference], refused: list[str]) -> list[Operation]:
    keys: list[Operation] = []
    for difference in found:
        if difference.aspect is Aspect.KEY_PARTS:  # the prefix lengths changed: drop, then add again
            keys += [DropIndex(difference.table, str(difference.name), difference.released), AddIndex(difference.model)]
        elif difference.model is not None:
            keys.append(AddIndex(difference.model))
        elif difference.released:
            keys.append(DropIndex(difference.table, str(difference.name), difference.released))
        else:
            refused.append(f"{difference.subject}: the released key {difference.name} cannot be read")
    return keys


def _foreign_keys(found: list[Difference], metadata: MetaData) -> list[Operation]:
    """A new key is added; a changed one (columns, target, ON DELETE, ON UPDATE) dropped, then added; a gone one
    dropped."""
    keys: list[Operation] = []
    for difference in found:
        if difference.released is not None:
            table = metadata.tables.get(difference.table)
            modelled = table is not None and str(difference.name) in {str(i.name) for i in table.indexes}
            goes = difference.model is None and not modelled
            keys.append(DropForeignKey(difference.table, str(difference.name), difference.released, goes))
        if difference.model is not None:
            keys.append(AddForeignKey(difference.model, new=difference.released is None))
    return keys


def _foreign_keys_over_altered_columns(operations: list[Operation], metadata: MetaData) -> list[Operation]:
    """A foreign key over a column whose definition changes, or over a released primary key that changes (either
    end), is dropped first and added back after: the servers refuse to change a column a foreign key uses, or to
    drop the index it needs."""
    altered = {
        (op.column.table.name, op.column.name) for op in operations if isinstance(op, AlterColumn | RenameColumn)
    }
    altered |= {  # the primary key may be the index a foreign key uses, at either end
        (op.table.name, name) for op in operations if isinstance(op, ChangePrimaryKey) for name in op.released
    }
    touched = {(op.table, op.name) for op in operations if isinstance(op, DropForeignKey)}
    touched |= {(op.fk.table.name, str(op.fk.name)) for op in operations if isinstance(op, AddForeignKey)}
    again: list[Operation] = []
    for table in metadata.sorted_tables:
        for fk in table.foreign_key_constraints:
            ends = {(table.name, c.name) for c in fk.columns} | {
                (e.column.table.name, e.column.name) for e in fk.elements
            }
            if ends & altered and (table.name, str(fk.name)) not in touched:
                released = {  # unchanged: as the models have it
                    "columns": [c.name for c in fk.columns],
                    "references": fk.elements[0].column.table.name,
                    "referenced_columns": [e.column.name for e in fk.elements],
                    "on_delete": (fk.ondelete or "RESTRICT").upper(),
                    "on_update": (fk.onupdate or "RESTRICT").upper(),
                }
                again += [DropForeignKey(table.name, str(fk.name), released, False), AddForeignKey(fk, new=False)]
    return again


# -- widening ------------------------------------------------------------------------------------------------

_TYPE = re.compile(r"(?P<name>[a-z]+)(?:\((?P<arguments>.*)\))?(?P<unsigned> unsigned)?(?: zerofill)?")
_INTEGERS = ["tinyint", "smallint", "mediumint", "int", "bigint"]
_TEXTS = {"tinytext": 255, "text": 65535, "mediumtext": 16777215, "longtext": 4294967295}
_STRINGS = ("char", "varchar")


def widens(old: str, new: str) -> bool:  # noqa: PLR0911 - one answer per family
    """True when every value of a column of type ``old`` fits one of type ``new`` (both as the fingerprint
    spells them: lower case, integers without a display width)."""
    if old == new:
        return True
    was, now = _TYPE.fullmatch(old), _TYPE.fullmatch(new)
    if not was or not now:
        return False
    name, wanted = was["name"], now["name"]
    if name in _INTEGERS and wanted in _INTEGERS:
        if bool(was["unsigned"]) == bool(now["unsigned"]):
            return _INTEGERS.index(wanted) >= _INTEGERS.index(name)
        return not now["unsigned"] and _INTEGERS.index(wanted) > _INTEGERS.index(name)
    if name in _STRINGS and (wanted in _STRINGS or wanted in _TEXTS):
        length = int(was["arguments"] or 1)
        return _TEXTS.get(wanted, 0) >= length * 4 or (wanted == "varchar" and int(now["arguments"]) >= length)
    if name in _TEXTS and wanted in _TEXTS:
        return _TEXTS[wanted] >= _TEXTS[name]
    if name == wanted == "decimal":
        precision, scale = _numbers(was["arguments"])
        precision2, scale2 = _numbers(now["arguments"])
        return scale2 >= scale and precision2 - scale2 >= precision - scale
    if name in ("enum", "set") and wanted == name:
        return now["arguments"].startswith(was["arguments"])
    return (name, wanted) == ("float", "double")


def _numbers(arguments: str | None) -> tuple[int, int]:
    parts = [int(part) for part in (arguments or "10,0").split(",")]
    return parts[0], parts[1] if len(parts) > 1 else 0
