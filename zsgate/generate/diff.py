"""What a release changes, found as the models minus the released schema.

The comparison (:func:`zsgate.compare.schema.differences`, run where a server is) gives differences as data;
:func:`plan_changes` turns them into steps, in the order they must run, and refuses what would lose data
unless the models say why (:mod:`zsgate.generate.declared`). :mod:`zsgate.generate.render_changes` turns the
steps into ZStack's SQL. Alembic's autogenerate has the same three steps (compare, operations, render).

Every step is :class:`Planned`: changes of the one vocabulary (:mod:`zsgate.history.changes`) with the changes
that undo them. Tables and columns in them are the one table model (:mod:`zsgate.history.schema`): a table of
the models, or one SQLAlchemy reflected from the released schema, is read by the one reader from the CREATE
TABLE SQLAlchemy's MySQL dialect writes of it (:func:`one_table`); a released column the fingerprint describes
is built from its facts (:func:`released_column`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Column, ForeignKeyConstraint, MetaData, UniqueConstraint
from sqlalchemy import Index as SqlIndex
from sqlalchemy import Table as SqlTable
from sqlalchemy.schema import sort_tables

from zsgate.compare import families
from zsgate.compare.schema import COLUMN_ASPECTS, Aspect, Difference, model_type
from zsgate.generate.declared import drop_reason, narrowing_reason, renamed_from
from zsgate.generate.plan import PlanError, ReleasePlan
from zsgate.history.changes import (
    AddColumn,
    AddForeignKey,
    AddIndex,
    AddPrimaryKey,
    Change,
    ConvertCharset,
    CreateTable,
    DropColumn,
    DropForeignKey,
    DropIndex,
    DropPrimaryKey,
    DropTables,
    ModifyColumn,
    RenameColumn,
    RenameTable,
    SetTableOptions,
    typed_column,
)
from zsgate.history.schema import Column as OneColumn
from zsgate.history.schema import ForeignKey, Index, Table
from zsgate.schema.as_history import model_column, model_foreign_key, model_index, model_table, on_update_rule
from zsgate.sql.quoting import string

Facts = dict[str, Any]
"""A column of the released schema, as the fingerprint holds it."""


@dataclass(frozen=True, slots=True)
class Planned:
    """One step of the release in the one vocabulary of changes (:mod:`zsgate.history.changes`), with what
    generation needs beyond it: the changes that undo it (its rollback); for a new key, the foreign keys whose
    own index it takes over (dropped after it, put back before it goes); the models' reason where it loses data
    (a drop, a narrowing); and whether rows holding NULL get the column's default first (NULL becomes NOT NULL)."""

    changes: tuple[Change, ...]
    undo: tuple[Change, ...]
    takes_over: tuple[ForeignKey, ...] = ()
    reason: str | None = None
    backfill: bool = False


# The order a release runs in: keys that stand in the way go first, tables before their columns, columns
# before the keys over them (an index that keeps an AUTO_INCREMENT column a key before the primary key changes,
# foreign keys over the new primary key after it), drops of data last. A step is placed by its first change; a
# column renamed (CHANGE, placed as RenameColumn) before the columns added, a definition replaced (MODIFY) after.
ORDER: tuple[tuple[type, ...], ...] = (
    (DropForeignKey,),
    (DropIndex,),
    (RenameTable,),
    (CreateTable,),
    (RenameColumn,),
    (AddColumn,),
    (ModifyColumn,),
    (SetTableOptions, ConvertCharset),
    (AddIndex,),
    (DropPrimaryKey, AddPrimaryKey),
    (AddForeignKey,),
    (DropColumn,),
    (DropTables,),
)


def _rank(step: Planned) -> int:
    first = step.changes[0]
    renames = isinstance(first, ModifyColumn) and first.old != first.column.name
    kind = RenameColumn if renames else type(first)
    return next(place for place, kinds in enumerate(ORDER) if kind in kinds)


def plan_changes(found: list[Difference], metadata: MetaData) -> list[Planned]:
    """The steps that take the released schema to the models, in the order they run.

    PlanError names every change the models do not acknowledge (a drop, a narrowing) and every one this
    generator cannot express."""
    refused: list[str] = []
    steps: list[Planned] = []
    by_kind: dict[Aspect, list[Difference]] = defaultdict(list)
    for difference in found:
        by_kind[difference.aspect].append(difference)

    for difference in by_kind[Aspect.TABLE_NAME]:
        rename = RenameTable(str(difference.released), difference.table, 0)
        steps.append(Planned((rename,), (rename.reverse(),)))
    renamed = _renames(by_kind[Aspect.COLUMN], metadata)
    for difference in by_kind[Aspect.TABLE]:
        if difference.model is not None:
            steps.append(_create_table(difference.model))
        elif reason := drop_reason(metadata, difference.table):
            create = CreateTable(one_table(difference.released), True, (), 0)
            steps.append(Planned((create.reverse(),), (create,), reason=reason))
        else:
            refused.append(
                f"{difference.table}: dropping the table loses its rows; say why in the metadata's "
                f"info={{'dropped': {{'{difference.table}': 'reason'}}}}, or keep it in the models"
            )
    for difference in by_kind[Aspect.COLUMN]:
        if (difference.table, difference.name) in renamed:
            continue
        if difference.model is not None:
            steps.append(_add_column(difference.model, refused))
        elif reason := drop_reason(metadata.tables[difference.table], str(difference.name)):
            add = AddColumn(difference.table, one_column(difference.released), True, 0)
            steps.append(Planned((add.reverse(),), (add,), reason=reason))
        else:
            refused.append(
                f"{difference.subject}: dropping the column loses its data; say why in its table's "
                f"info={{'dropped': {{'{difference.name}': 'reason'}}}}, or keep it in the models"
            )
    steps += dict.fromkeys(renamed.values())
    steps += _altered_columns(found, refused)
    steps += _table_options(by_kind[Aspect.ENGINE] + by_kind[Aspect.CHARSET])
    steps += [_primary_key(d, refused) for d in by_kind[Aspect.PRIMARY_KEY]]
    new_foreign_keys = {(d.table, str(d.name)) for d in by_kind[Aspect.FOREIGN_KEY] if d.released is None}
    steps += _keys(by_kind[Aspect.INDEX] + by_kind[Aspect.KEY_PARTS], new_foreign_keys, refused)
    steps += _foreign_keys(by_kind[Aspect.FOREIGN_KEY], metadata)
    steps += _foreign_keys_over_altered_columns(steps, metadata)
    if refused:
        raise PlanError("\n".join(refused))
    dropped = [d.released for d in by_kind[Aspect.TABLE] if d.model is None]
    last_first = {table.name: place for place, table in enumerate(reversed(sort_tables(dropped)))}
    return sorted(steps, key=lambda step: (_rank(step), _dropped_place(step, last_first)))


def _dropped_place(step: Planned, last_first: dict[str, int]) -> int:
    """Where a dropped table goes among those dropped: a table referencing another before it."""
    first = step.changes[0]
    return last_first.get(first.names[0], 0) if isinstance(first, DropTables) else 0


def one_table(table: SqlTable) -> Table:
    """A table of the models (or one SQLAlchemy reflected) in the one table model
    (:func:`zsgate.schema.as_history.model_table`); PlanError where the model cannot hold it (a generated column)
    or the one reader cannot read it."""
    for column in table.columns:
        _expressed(column)
    try:
        return model_table(table)
    except ValueError as error:
        raise PlanError(str(error)) from error


def one_column(column: Column[Any]) -> OneColumn:
    """A column of the models (or one SQLAlchemy reflected) in the one table model; PlanError where it is
    generated."""
    return model_column(_expressed(column))


def _expressed(column: Column[Any]) -> Column[Any]:
    """The column, unless it is generated (the one table model keeps no generation expression)."""
    if column.computed is not None:
        raise PlanError(f"{column.table.name}.{column.name}: a generated column is not expressed here")
    return column


def released_column(name: str, released: Facts) -> OneColumn:
    """A released column from the fingerprint's facts (a column without a collation of its own takes its table's
    charset and collation)."""
    text = released["default"]
    default, _, on_update = (None, "", "") if text is None else text.partition(" ON UPDATE ")
    if default is not None and not re.fullmatch(r"CURRENT_TIMESTAMP|NULL|-?\d+(\.\d+)?", default):
        default = string(default)
    collation = released.get("collation")
    column = typed_column(name, released["type"].upper(), bool(released["nullable"]), default)
    charset = released["charset"] if collation else None
    return replace(column, charset=charset, collation=collation, on_update=on_update or None)


def _renames(columns: list[Difference], metadata: MetaData) -> dict[tuple[str, str | None], Planned]:
    """Each model column declaring the released name it had, paired with that released column (CHANGE COLUMN,
    undone by the released definition under the old name); keyed by (table, name) of both differences."""
    gone = {(d.table, d.name): d for d in columns if d.model is None}
    renames: dict[tuple[str, str | None], Planned] = {}
    for difference in columns:
        old = renamed_from(difference.model) if difference.model is not None else None
        if old and (difference.table, old) in gone and difference.table in metadata.tables:
            column = one_column(difference.model)
            released = one_column(gone[(difference.table, old)].released)
            change = ModifyColumn(difference.table, old, column, 0)
            rename = Planned((change,), (ModifyColumn(difference.table, column.name, released, 0),))
            renames[(difference.table, difference.name)] = renames[(difference.table, old)] = rename
    return renames


def release_steps(plan: ReleasePlan) -> list[Planned]:
    """What a tagged release adds (:func:`zsgate.generate.plan.plan_release`) as steps, in the plan's order: its
    new tables, then its columns, keys and foreign keys on older tables."""
    refused: list[str] = []
    steps = [_create_table(table) for table in plan.new_tables]
    steps += [_add_column(column, refused) for column in plan.new_columns]
    new_foreign_keys = {(fk.table.name, str(fk.name)) for fk in plan.new_foreign_keys}
    steps += [_add_index(index, new_foreign_keys) for index in plan.new_indexes]
    steps += [_add_foreign_key(fk, new=True) for fk in plan.new_foreign_keys]
    if refused:
        raise PlanError("\n".join(refused))
    return steps


def _create_table(table: SqlTable) -> Planned:
    create = CreateTable(one_table(table), True, (), 0)
    return Planned((create,), (create.reverse(),))


def _add_column(column: Column[Any], refused: list[str]) -> Planned:
    if column.primary_key:
        refused.append(f"{column.table.name}.{column.name}: a primary key column cannot be added to a table with rows")
    elif not column.nullable and column.server_default is None:
        refused.append(
            f"{column.table.name}.{column.name}: a NOT NULL column added to a table with rows needs a server_default "
            "to fill them"
        )
    add = AddColumn(column.table.name, one_column(column), True, 0)
    return Planned((add,), (add.reverse(),))


def _altered_columns(found: list[Difference], refused: list[str]) -> list[Planned]:
    """A MODIFY per column whose type, nullability or default differs (a renamed one: in its CHANGE), undone by
    the released definition."""
    columns: dict[tuple[str, str | None], Difference] = {}
    for difference in found:
        if difference.aspect in COLUMN_ASPECTS:
            columns.setdefault((difference.table, difference.name), difference)
    altered: list[Planned] = []
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
        modify = ModifyColumn(difference.table, column.name, one_column(column), 0)
        undo = ModifyColumn(difference.table, column.name, released_column(column.name, released), 0)
        reason = narrowing_reason(column) if narrows or converted else None
        altered.append(Planned((modify,), (undo,), reason=reason, backfill=backfill))
    return altered


def _table_options(found: list[Difference]) -> list[Planned]:
    """Per table a new ENGINE and the rows converted to a new charset, each undone by the released one."""
    tables: dict[str, list[Difference]] = defaultdict(list)
    for difference in found:
        tables[difference.table].append(difference)
    options: list[Planned] = []
    for table, differences in tables.items():
        aspects = {d.aspect: d for d in differences}
        changes: list[Change] = []
        undo: list[Change] = []
        if (engine := aspects.get(Aspect.ENGINE)) and engine.models:
            changes.append(SetTableOptions(table, (("ENGINE", engine.models.removeprefix("ENGINE=")),), 0))
            if engine.live:
                undo.append(SetTableOptions(table, (("ENGINE", engine.live.removeprefix("ENGINE=")),), 0))
        if (charset := aspects.get(Aspect.CHARSET)) and charset.models:
            changes.append(ConvertCharset(table, charset.models.removeprefix("CHARSET="), None, 0))
            if charset.live:
                undo.append(ConvertCharset(table, charset.live.removeprefix("CHARSET="), None, 0))
        if changes:
            options.append(Planned(tuple(changes), tuple(reversed(undo))))
    return options


def _primary_key(difference: Difference, refused: list[str]) -> Planned:
    """The models' primary key, in one statement; refused where a released AUTO_INCREMENT column would end up in
    no key (the servers refuse it) or lose AUTO_INCREMENT (not expressed here)."""
    table: SqlTable = difference.model
    wanted = tuple(column.name for column in table.primary_key.columns)
    keyed = {wanted[:1], *((index.columns[0].name,) for index in table.indexes if index.columns)}
    automatic = table.autoincrement_column
    for name in difference.released["auto_increment"]:
        if automatic is None or automatic.name != name or (name,) not in keyed:
            refused.append(
                f"{table.name}.{name}: the released AUTO_INCREMENT column must stay AUTO_INCREMENT and lead the "
                f"primary key or an index of the models ({difference.models} in the models)"
            )
    released = tuple(difference.released["columns"])
    changes = _primary_key_changes(table.name, released, wanted)
    return Planned(changes, _primary_key_changes(table.name, wanted, released))


def _primary_key_changes(table: str, old: tuple[str, ...], new: tuple[str, ...]) -> tuple[Change, ...]:
    """The primary key over ``new`` instead of ``old`` (either may be empty: none)."""
    return (*([DropPrimaryKey(table, 0)] if old else []), *([AddPrimaryKey(table, new, 0)] if new else []))


def _keys(found: list[Difference], new_foreign_keys: set[tuple[str, str]], refused: list[str]) -> list[Planned]:
    keys: list[Planned] = []
    for difference in found:
        if difference.aspect is Aspect.KEY_PARTS:  # the prefix lengths changed: drop, then add again
            keys += [_drop_index(difference), _add_index(difference.model, new_foreign_keys)]
        elif difference.model is not None:
            keys.append(_add_index(difference.model, new_foreign_keys))
        elif difference.released:
            keys.append(_drop_index(difference))
        else:
            refused.append(f"{difference.subject}: the released key {difference.name} cannot be read")
    return keys


def _add_index(key: SqlIndex | UniqueConstraint, new_foreign_keys: set[tuple[str, str]]) -> Planned:
    """A key of the models; undone by dropping it, after putting back the own index of each foreign key it took
    over (not one of ``new_foreign_keys``, (table, name) of those the release adds: keys go first, so the
    server makes them no index of their own)."""
    index = model_index(key)
    table = key.table.name
    served = tuple(fk for fk in _served_foreign_keys(index, key.table) if (table, fk.name) not in new_foreign_keys)
    return Planned((AddIndex(table, index, 0),), (DropIndex(table, index.name, 0),), served)


def _drop_index(difference: Difference) -> Planned:
    released = difference.released
    lengths = tuple(length for _, length in released["columns"])
    index = Index(
        str(difference.name),
        tuple(column for column, _ in released["columns"]),
        bool(released["unique"]),
        prefixes=lengths if any(length is not None for length in lengths) else (),
    )
    return Planned((DropIndex(difference.table, index.name, 0),), (AddIndex(difference.table, index, 0),))


def _served_foreign_keys(index: Index, table: SqlTable) -> tuple[ForeignKey, ...]:
    """The foreign keys of the table whose columns, whole, lead ``index`` (so it can serve them), and whose own
    index the models do not declare."""
    declared = {str(key.name) for key in table.indexes}
    served = []
    for fk in sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name)):
        columns = tuple(column.name for column in fk.columns)
        leading = index.prefixes[: len(columns)]
        whole = all(length is None for length in leading)
        if whole and index.columns[: len(columns)] == columns and str(fk.name) not in declared:
            served.append(model_foreign_key(fk))
    return tuple(served)


def _foreign_keys(found: list[Difference], metadata: MetaData) -> list[Planned]:
    """A new key is added; a changed one (columns, target, ON DELETE, ON UPDATE) dropped, then added; a gone one
    dropped (with the index the server made for it, when the models lack that index)."""
    keys: list[Planned] = []
    for difference in found:
        table = metadata.tables.get(difference.table)
        modelled = table is not None and str(difference.name) in {str(i.name) for i in table.indexes}
        if difference.released is not None:
            goes = difference.model is None and not modelled
            keys.append(_drop_foreign_key(difference.table, str(difference.name), difference.released, goes))
        if difference.model is not None:
            keys.append(_add_foreign_key(difference.model, new=difference.released is None))
    return keys


def _add_foreign_key(fk: ForeignKeyConstraint, new: bool) -> Planned:
    """Undone by dropping it, and, for a new one, the index the server made for it (when no key of the models'
    table starts with its columns: they all stand when a release adds its foreign keys)."""
    table, name = fk.table.name, str(fk.name)
    made = new and not _has_leading_key(fk)
    undo: tuple[Change, ...] = (DropForeignKey(table, name, 0), *([DropIndex(table, name, 0)] if made else []))
    return Planned((AddForeignKey(table, model_foreign_key(fk), 0),), undo)


def _has_leading_key(fk: ForeignKeyConstraint) -> bool:
    """Whether a key of the models' table (the primary key, an index, a unique constraint) starts with the foreign
    key's columns, whole: where none does, the server makes the foreign key an index of its own."""
    table = fk.table
    wanted = tuple((column.name, None) for column in fk.columns)
    keys = [*table.indexes, *(c for c in table.constraints if isinstance(c, UniqueConstraint))]
    parts = [tuple((c.name, None) for c in table.primary_key.columns), *(model_index(key).parts for key in keys)]
    return any(part[: len(wanted)] == wanted for part in parts)


def _drop_foreign_key(table: str, name: str, released: Facts, index_goes: bool) -> Planned:
    foreign_key = ForeignKey(
        name,
        tuple(released["columns"]),
        released["references"],
        tuple(released["referenced_columns"]),
        families.rule(released["on_delete"]),
        on_update_rule(released.get("on_update")),
    )
    dropped = (DropForeignKey(table, name, 0), *([DropIndex(table, name, 0)] if index_goes else []))
    return Planned(dropped, (AddForeignKey(table, foreign_key, 0),))


def _foreign_keys_over_altered_columns(steps: list[Planned], metadata: MetaData) -> list[Planned]:
    """A foreign key over a column whose definition changes, or over a released primary key that changes (either
    end), is dropped first and added back after: the servers refuse to change a column a foreign key uses, or to
    drop the index it needs."""
    altered = {(c.table, c.column.name) for op in steps for c in op.changes if isinstance(c, ModifyColumn)}
    altered |= {  # the released primary key (what undoes a change of it) may be the index a foreign key uses
        (change.table, name)
        for op in steps
        for change in op.undo
        if isinstance(change, AddPrimaryKey)
        for name in change.columns
    }
    changes = [change for op in steps for change in op.changes]
    touched = {(c.table, c.name) for c in changes if isinstance(c, DropForeignKey)}
    touched |= {(c.table, c.foreign_key.name) for c in changes if isinstance(c, AddForeignKey)}
    again: list[Planned] = []
    for table in metadata.sorted_tables:
        for fk in sorted(table.foreign_key_constraints, key=lambda fk: str(fk.name)):  # a set: in name order
            ends = {(table.name, c.name) for c in fk.columns} | {
                (e.column.table.name, e.column.name) for e in fk.elements
            }
            if ends & altered and (table.name, str(fk.name)) not in touched:
                unchanged = AddForeignKey(table.name, model_foreign_key(fk), 0)  # as the models have it
                again += [Planned((unchanged.reverse(),), (unchanged,)), _add_foreign_key(fk, new=False)]
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
