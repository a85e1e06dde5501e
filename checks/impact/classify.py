"""Impact's reading of a change: each change to an existing table, given the table before it, as the
`Operation` the servers' online-DDL tables name, so that ``MODIFY note VARCHAR(255)`` is a widening, a
narrowing or a charset change as the earlier definition says. The changes themselves are history's
(:mod:`zsgate.history.changes`), applied to the schema as they are read (:mod:`zsgate.history.apply`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from zsgate.checks.impact.online_ddl import Operation
from zsgate.checks.impact.session import Session
from zsgate.compare import families
from zsgate.history import changes as ch
from zsgate.history.apply import apply_one, expand
from zsgate.history.schema import Column, ForeignKey, Schema

Op = Operation
DATA_DEPENDENT = frozenset({Op.MAKE_NOT_NULL, Op.ADD_UNIQUE, Op.NARROW_TYPE, Op.ADD_PRIMARY_KEY, Op.CHANGE_PRIMARY_KEY})
"""Changes the server refuses half-way when existing rows disagree (ENUM_CHANGE too when it removes members)."""
DESTRUCTIVE = frozenset({Op.DROP_COLUMN, Op.NARROW_TYPE})
"""Changes that lose data for good (ENUM_CHANGE too when it removes members)."""
DEFAULT_CHARSET = "utf8mb4"
"""A table's charset when neither it nor its column says: MySQL 8's default (MariaDB's packages set the same)."""


@dataclass(frozen=True, slots=True)
class Alteration:
    """One operation on an existing table: what it is, the column it is about, and its definitions."""

    table: str
    operation: Operation
    column: str = ""
    before: Column | None = None
    after: Column | None = None
    key: tuple[str, ...] = ()
    """The columns of an added key (UNIQUE, PRIMARY KEY); the new name of a renamed table."""
    prefixes: tuple[int | None, ...] = ()
    """Per column of ``key`` the length of its prefix (``name(10)``), None for a whole column; () when none has one."""
    removed: tuple[str, ...] = ()
    """ENUM members the change removes."""
    new_table: bool = False
    """The table is created earlier in the same file: on the file's first run it holds no rows."""
    foreign_key: ForeignKey | None = None
    """An added foreign key's definition."""

    @property
    def understood(self) -> bool:
        """Read for what it is, not assumed to copy (an unknown earlier definition, an unread form)."""
        return self.operation not in (Op.CHANGE_COLUMN, Op.OTHER)

    @property
    def data_dependent(self) -> bool:
        return self.operation in DATA_DEPENDENT or bool(self.removed)

    @property
    def destructive(self) -> bool:
        return self.operation in DESTRUCTIVE or bool(self.removed)


def classify_statement(
    changes: Sequence[ch.Change], schema: Schema, session: Session, applied: list[ch.Change] | None = None
) -> list[Alteration]:
    """The operations of one statement's changes, each read against ``schema`` as the earlier ones leave
    it (``schema`` is updated, and the changes that took effect are added to ``applied``, as
    :func:`zsgate.history.apply.apply` returns them); a primary key dropped and added again in one
    statement is a change of it."""
    found: list[Alteration] = []
    added: dict[tuple[str, str], Column] = {}
    for change in changes:
        for made in expand(schema, change):
            found += classify(made, schema, session, added)
            if isinstance(made, ch.AddColumn):
                added[made.table, made.column.name.lower()] = made.column
            if (done := apply_one(schema, made)) is not None and applied is not None:
                applied.append(done)
    for table in {a.table for a in found if a.operation is Op.DROP_PRIMARY_KEY}:
        if new := next((a for a in found if a.table == table and a.operation is Op.ADD_PRIMARY_KEY), None):
            keys = (Op.DROP_PRIMARY_KEY, Op.ADD_PRIMARY_KEY)
            found = [a for a in found if a.table != table or a.operation not in keys]
            found.append(Alteration(table, Op.CHANGE_PRIMARY_KEY, key=new.key, prefixes=new.prefixes))
    return found


ONE_OPERATION: dict[type[ch.Change], Operation] = {
    ch.DropPrimaryKey: Op.DROP_PRIMARY_KEY,
    ch.RenameIndex: Op.RENAME_INDEX,
    ch.DropForeignKey: Op.DROP_FOREIGN_KEY,
    ch.RebuildTable: Op.REBUILD_TABLE,
    ch.ConvertCharset: Op.CONVERT_CHARSET,
}
"""Changes that are one operation on their table, whatever the table holds."""


def classify(
    change: ch.Change, schema: Schema, session: Session, added: dict[tuple[str, str], Column]
) -> Iterator[Alteration]:
    """The operations of one change on the table ``schema`` holds before it (none for a change that is not
    to an existing table); ``added`` holds the columns the statement added before this change."""
    if (operation := ONE_OPERATION.get(type(change))) is not None:
        yield Alteration(change.table, operation)
        return
    match change:
        case ch.AddColumn(table=table, column=column):
            kind = {"VIRTUAL": Op.ADD_VIRTUAL_COLUMN, "STORED": Op.ADD_STORED_COLUMN}.get(column.generated or "")
            yield Alteration(table, kind or Op.ADD_COLUMN, column.name, after=column)
        case ch.ModifyColumn():
            yield from _modify(change, schema)
        case ch.AlterDefault(table=table, column=column, default=default):
            yield Alteration(table, Op.SET_DEFAULT if default is not None else Op.DROP_DEFAULT, column)
        case ch.RenameColumn(table=table, old=old, new=new):
            before = schema.column(table, old)
            yield Alteration(table, Op.RENAME_COLUMN, old, before, replace(before, name=new) if before else None)
        case ch.DropColumn(table=table, name=name):
            yield Alteration(table, Op.DROP_COLUMN, name, before=schema.column(table, name))
        case ch.AddIndex(table=table, index=index) if index.fulltext:
            known = schema.table(table)
            yield Alteration(table, Op.ADD_ANOTHER_FULLTEXT if known and known.fulltext else Op.ADD_FULLTEXT)
        case ch.AddIndex(table=table, index=index) if not index.unique:
            yield Alteration(table, Op.ADD_INDEX)
        case ch.AddIndex(table=table, index=index):
            if (new := _added(added, table, index.columns)) is None:
                yield Alteration(table, Op.ADD_UNIQUE, key=index.columns, prefixes=index.prefixes)
            else:  # every existing row gets the new column's one value: a UNIQUE key holds only if it is NULL
                all_null = new.nullable is not False and _default(new) is None
                operation = Op.ADD_INDEX if all_null else Op.ADD_UNIQUE
                yield Alteration(table, operation, new.name, after=new, key=index.columns)
        case ch.AddPrimaryKey(table=table, columns=columns, prefixes=prefixes):
            new = _added(added, table, columns)
            column = new.name if new else ""
            yield Alteration(table, Op.ADD_PRIMARY_KEY, column, after=new, key=columns, prefixes=prefixes)
        case ch.DropIndex(table=table, name=name):
            yield Alteration(table, Op.DROP_INDEX, name)
        case ch.AddForeignKey(table=table, foreign_key=foreign_key):
            checked = Op.ADD_FOREIGN_KEY if session.foreign_key_checks else Op.ADD_FOREIGN_KEY_UNCHECKED
            yield Alteration(table, checked, foreign_key=foreign_key)
        case ch.SetTableOptions(table=table, options=options):
            for name, _ in options:
                yield Alteration(table, Op.REBUILD_TABLE if name == "ENGINE" else Op.OTHER)
        case ch.RenameTable(old=old, new=new):
            yield Alteration(old, Op.RENAME_TABLE, key=(new,))
        case ch.Unread(table=table, creates=False):
            yield Alteration(table, Op.OTHER)


def _added(added: dict[tuple[str, str], Column], table: str, columns: tuple[str, ...]) -> Column | None:
    """The column a one-column key is over, when the same statement added it."""
    return added.get((table, columns[0].lower())) if len(columns) == 1 else None


def _modify(change: ch.ModifyColumn, schema: Schema) -> Iterator[Alteration]:
    table, after = change.table, change.column
    before = schema.column(table, change.old)
    renamed = change.old.lower() != after.name.lower()
    if renamed:
        yield Alteration(table, Op.RENAME_COLUMN, change.old, before, after)
    if change.moves:
        yield Alteration(table, Op.REORDER_COLUMN, after.name, before, after)
    if before is None:
        yield Alteration(table, Op.CHANGE_COLUMN, after.name, None, after)
        return
    known = schema.table(table)
    indexed = known is not None and known.holds(change.old)
    operations = list(_column_changes(before, after, schema.charset(table) or DEFAULT_CHARSET))
    for operation in operations:
        if operation is Op.WIDEN_CHARSET and indexed:
            operation = Op.WIDEN_INDEXED_CHARSET
        if operation is Op.CHANGE_COLLATION and indexed:
            operation = Op.CHANGE_INDEXED_COLLATION
        removed = tuple(m for m in before.members if m not in after.members) if operation is Op.ENUM_CHANGE else ()
        yield Alteration(table, operation, after.name, before, after, removed=removed)
    if not operations and not change.moves and not renamed:
        yield Alteration(table, Op.NO_CHANGE, after.name, before, after)


def _column_changes(before: Column, after: Column, table_charset: str) -> Iterator[Operation]:
    """The operations that turn column ``before`` into ``after`` (same name)."""
    charsets = _charset(before, table_charset), _charset(after, table_charset)
    charset_change = Op.WIDEN_CHARSET if charsets == ("utf8mb3", "utf8mb4") else Op.CHANGE_CHARSET
    if before.generated != after.generated:
        yield Op.CHANGE_TYPE
    elif before.type == after.type == "ENUM":
        old, new = before.members, after.members
        if new[: len(old)] != old:
            yield Op.ENUM_CHANGE
        elif len(new) > len(old):
            yield Op.ENUM_APPEND
    elif before.type == after.type and before.length is not None and after.length is not None:
        old_bytes, new_bytes = before.max_bytes(table_charset), after.max_bytes(table_charset)
        if charsets[0] != charsets[1]:
            yield charset_change
        elif old_bytes is not None and new_bytes is not None and new_bytes != old_bytes:
            widen = Op.WIDEN_VARCHAR_PREFIX if old_bytes <= 255 < new_bytes else Op.WIDEN_VARCHAR
            yield widen if new_bytes > old_bytes else Op.NARROW_TYPE
    elif (old_range := before.integer_range) and (new_range := after.integer_range) and old_range != new_range:
        fits = new_range[0] <= old_range[0] and old_range[1] <= new_range[1]
        yield Op.CHANGE_TYPE if fits else Op.NARROW_TYPE
    elif (before.type, before.arguments) != (after.type, after.arguments):
        yield Op.CHANGE_TYPE
    elif charsets[0] != charsets[1]:
        yield charset_change
    if charsets[0] == charsets[1] and _collation(before) != _collation(after):
        yield Op.CHANGE_COLLATION
    if before.auto_increment != after.auto_increment:
        yield Op.CHANGE_TYPE
    if before.nullable is True and after.nullable is False:
        yield Op.MAKE_NOT_NULL
    elif before.nullable is False and after.nullable is True:
        yield Op.MAKE_NULLABLE
    if _default(before) != _default(after):
        yield Op.SET_DEFAULT if _default(after) is not None else Op.DROP_DEFAULT


def _default(column: Column) -> str | None:
    """The DEFAULT as SQL; a nullable column without one defaults to NULL."""
    if column.default is None or column.default.upper() == "NULL":
        return None
    return column.default


def _collation(column: Column) -> str | None:
    """The collation a column names (utf8_bin is utf8mb3_bin); None where it takes its charset's or table's."""
    return families.collation(column.collation)


def _charset(column: Column, table_charset: str) -> str:
    """The column's character set, utf8 by its real name (utf8mb3): utf8mb3 to utf8mb4 widens, any other
    change converts every value."""
    charset = (column.charset or table_charset).lower()
    return "utf8mb3" if charset == "utf8" else charset
