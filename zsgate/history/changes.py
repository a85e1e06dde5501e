"""What a statement does to the schema: one vocabulary of changes, read statically by one reader.

:func:`read_changes` turns one statement (its sqlglot tree, its CALL, its tokens) into changes:
CREATE/DROP/RENAME TABLE, ALTER TABLE (ADD/MODIFY/CHANGE/DROP/RENAME COLUMN, SET/DROP DEFAULT, keys,
foreign keys, RENAME INDEX, RENAME TO, FORCE, options, CONVERT TO CHARACTER SET), CREATE and DROP INDEX,
CREATE [OR REPLACE], ALTER and DROP VIEW, CREATE and DROP TRIGGER, procedures defined and dropped, and
CALLs. A statement that changes a table but cannot be read becomes :class:`Unread`: nothing is said about
that table from there on. :mod:`zsgate.history.apply` applies changes as the server does; a change whose
opposite is known says so with ``reverse()`` (Alembic's ops).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlglot import exp
from sqlglot.errors import ParseError, TokenError
from sqlglot.tokens import Token, TokenType

from zsgate.history.schema import (
    Column,
    ForeignKey,
    Index,
    Procedure,
    Table,
    Trigger,
    View,
    shared,
    shared_made,
    shared_table,
)
from zsgate.pickled import by_fields
from zsgate.sql.calls import Call, read_call
from zsgate.sql.dialect import DIALECT, PARSER
from zsgate.sql.parse import SqlReadError, StatementTooDeep, parse_statement, parse_text, read_sql_file
from zsgate.sql.statements import Statement


@by_fields
@dataclass(frozen=True, slots=True)
class CreateTable:
    """A table created (``CREATE TABLE [IF NOT EXISTS] t (...)``): ``table`` as the statement defines it."""

    table: Table
    if_not_exists: bool
    key_starts: tuple[tuple[str, int], ...]
    """Lower-case key or foreign-key name -> where it is declared, counted from ``start`` (so that equal
    declarations share one object: a long file creates the same tables again and again)."""
    start: int

    def reverse(self) -> DropTables:
        return DropTables((self.table.name,), self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class CreateTableLike:
    """``CREATE TABLE [IF NOT EXISTS] name LIKE source``: a new table with ``source``'s definition."""

    name: str
    source: str
    if_not_exists: bool
    start: int

    def reverse(self) -> DropTables:
        return DropTables((self.name,), self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class DropTables:
    """``DROP TABLE`` of ``names``."""

    names: tuple[str, ...]
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class RenameTable:
    """Table ``old`` renamed ``new`` (``RENAME TABLE``, ``ALTER TABLE ... RENAME TO``)."""

    old: str
    new: str
    start: int

    def reverse(self) -> RenameTable:
        return RenameTable(self.new, self.old, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class AddColumn:
    """``column`` added to ``table``."""

    table: str
    column: Column
    if_missing: bool
    """MariaDB's ADD COLUMN IF NOT EXISTS, and the helpers, which look first."""
    start: int
    first: bool = False
    after: str = ""
    """``FIRST`` or ``AFTER <after>``; neither: the column goes last."""

    def reverse(self) -> DropColumn:
        return DropColumn(self.table, self.column.name, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class ModifyColumn:
    """MODIFY (``old`` is the column's own name) or CHANGE old new: the definition is replaced."""

    table: str
    old: str
    column: Column
    start: int
    first: bool = False
    after: str = ""
    """``FIRST`` or ``AFTER <after>``; neither: the column stays where it is."""

    @property
    def moves(self) -> bool:
        return self.first or bool(self.after)


@by_fields
@dataclass(frozen=True, slots=True)
class AlterDefault:
    """``ALTER COLUMN c SET DEFAULT x`` (``default`` the SQL of x) or ``DROP DEFAULT`` (None)."""

    table: str
    column: str
    default: str | None
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class RenameColumn:
    """``RENAME COLUMN old TO new``: the definition stays."""

    table: str
    old: str
    new: str
    start: int

    def reverse(self) -> RenameColumn:
        return RenameColumn(self.table, self.new, self.old, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class DropColumn:
    """Column ``name`` of ``table`` dropped."""

    table: str
    name: str
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class AddIndex:
    """A key added to ``table`` (``ADD INDEX``/``UNIQUE``/..., ``CREATE INDEX``, a UNIQUE column)."""

    table: str
    index: Index
    start: int

    def reverse(self) -> DropIndex:
        """Defined for a named key only (the server names the others)."""
        if not self.index.name:
            raise ValueError(f"an unnamed key of {self.table} has no name to drop it by")
        return DropIndex(self.table, self.index.name, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class AddPrimaryKey:
    """``ADD PRIMARY KEY (columns)``."""

    table: str
    columns: tuple[str, ...]
    start: int
    prefixes: tuple[int | None, ...] = ()
    """Per column the length of its prefix (``name(32)``), None for a whole column; () when none has one."""

    def reverse(self) -> DropPrimaryKey:
        return DropPrimaryKey(self.table, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class DropIndex:
    """Key ``name`` of ``table`` dropped (``DROP INDEX``, ``DROP KEY``)."""

    table: str
    name: str
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class RenameIndex:
    """``RENAME INDEX old TO new``: the key stays as it is."""

    table: str
    old: str
    new: str
    start: int

    def reverse(self) -> RenameIndex:
        return RenameIndex(self.table, self.new, self.old, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class DropPrimaryKey:
    """``DROP PRIMARY KEY``."""

    table: str
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class AddForeignKey:
    """``foreign_key`` added to ``table``."""

    table: str
    foreign_key: ForeignKey
    start: int

    def reverse(self) -> DropForeignKey:
        """Defined for a named foreign key only (the server names the others). The index the server added
        for it, if any, stays, as it does on the server."""
        if not self.foreign_key.name:
            raise ValueError(f"an unnamed foreign key of {self.table} has no name to drop it by")
        return DropForeignKey(self.table, self.foreign_key.name, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class DropForeignKey:
    """Foreign key ``name`` of ``table`` dropped."""

    table: str
    name: str
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class RebuildTable:
    """``ALTER TABLE t FORCE``: the rows are copied into a new tablespace, nothing else changes."""

    table: str
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class SetTableOptions:
    """``ALTER TABLE t ENGINE=InnoDB, COMMENT='...'``: table options by upper-case name, as SQL."""

    table: str
    options: tuple[tuple[str, str], ...]
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class ConvertCharset:
    """``ALTER TABLE t CONVERT TO CHARACTER SET cs [COLLATE co]``: the table's and every column's charset."""

    table: str
    charset: str
    collation: str | None
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class CreateView:
    """``CREATE VIEW`` (the server refuses it when the name is taken) or ``CREATE OR REPLACE VIEW``."""

    view: View
    or_replace: bool
    start: int

    def reverse(self) -> DropViews:
        """Defined for a plain CREATE only (what OR REPLACE replaced is not known here)."""
        if self.or_replace:
            raise ValueError(f"CREATE OR REPLACE VIEW {self.view.name} replaced a definition not known here")
        return DropViews((self.view.name,), False, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class AlterView:
    """``ALTER VIEW v AS SELECT ...``: a new definition for an existing view."""

    view: View
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class DropViews:
    """``DROP VIEW [IF EXISTS]`` of ``names``."""

    names: tuple[str, ...]
    if_exists: bool
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class CreateTrigger:
    """``CREATE TRIGGER``: ``trigger`` as the statement defines it."""

    trigger: Trigger
    start: int

    def reverse(self) -> DropTrigger:
        return DropTrigger(self.trigger.name, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class DropTrigger:
    """``DROP TRIGGER name``."""

    name: str
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class DefineProcedure:
    """``CREATE PROCEDURE``: ``procedure``, with the tables its body changes."""

    procedure: Procedure
    start: int

    def reverse(self) -> DropProcedure:
        return DropProcedure(self.procedure.name, self.start)


@by_fields
@dataclass(frozen=True, slots=True)
class DropProcedure:
    """``DROP PROCEDURE name``."""

    name: str
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class CallProcedure:
    """A ``CALL``: :func:`zsgate.history.apply.expand` tells the changes it stands for."""

    call: Call
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class Unread:
    """A statement that changes ``table`` in a way this reader cannot follow."""

    table: str
    start: int
    creates: bool = False
    """The statement creates the table (``CREATE TABLE ... SELECT``, a CREATE TABLE sqlglot cannot read)."""


TableChange = (
    AddColumn
    | ModifyColumn
    | AlterDefault
    | RenameColumn
    | DropColumn
    | AddIndex
    | AddPrimaryKey
    | DropIndex
    | RenameIndex
    | DropPrimaryKey
    | AddForeignKey
    | DropForeignKey
    | RebuildTable
    | SetTableOptions
    | ConvertCharset
)
"""The changes to one existing table (their ``table`` is its name)."""

Change = (
    CreateTable
    | CreateTableLike
    | DropTables
    | RenameTable
    | TableChange
    | CreateView
    | AlterView
    | DropViews
    | CreateTrigger
    | DropTrigger
    | DefineProcedure
    | DropProcedure
    | CallProcedure
    | Unread
)
"""What one statement does: makes, drops or renames a table, changes one, makes, changes or drops a view or a
trigger, defines or calls a procedure, or what the reader could not follow (``Unread``)."""


# --- reading --------------------------------------------------------------------------------------------


def read_changes(
    expression: exp.Expression | None, call: Call | None, tokens: Sequence[Token], selects: bool = True
) -> list[Change]:
    """The changes one statement makes; [] for statements that change no table or procedure. ``selects=False``
    leaves a view's SELECT unread (its definition "" and its reads (), as when it cannot be read), for those that
    need to know only which views there are (lint)."""
    if not may_change_schema(tokens):
        return []
    start = tokens[0].start
    first_word = next((token.text.upper() for token in tokens[:8] if token.token_type is not TokenType.STRING), "")
    if first_word == "CALL":
        called = call or _call_without_arguments(tokens)
        return [CallProcedure(called, start)] if called is not None else []
    if isinstance(expression, exp.Create) and expression.args.get("kind") == "TABLE":
        return _create_table(expression, start)
    if isinstance(expression, exp.Create) and expression.args.get("kind") == "INDEX":
        return _create_index(expression, start)
    if isinstance(expression, exp.Alter) and expression.args.get("kind") == "TABLE":
        return list(_alter_table(expression))
    if isinstance(expression, exp.Drop) and expression.args.get("kind") == "TABLE":
        return [DropTables(tuple(table.name for table in expression.args.get("tables") or []), start)]
    if isinstance(expression, exp.Drop) and expression.args.get("kind") == "INDEX":
        return _drop_index(expression, start)
    if isinstance(expression, exp.Create | exp.Alter) and expression.args.get("kind") == "VIEW":
        return _view(expression, start, selects)
    if isinstance(expression, exp.Drop) and expression.args.get("kind") == "VIEW":
        names = tuple(view.name for view in expression.args.get("tables") or [])
        return [DropViews(names, bool(expression.args.get("exists")), start)]
    if isinstance(expression, exp.Drop) and expression.args.get("kind") == "TRIGGER":
        return [DropTrigger(table.name, start) for table in expression.args.get("tables") or []]
    words = [token.text.upper() for token in tokens[:8] if token.token_type is not TokenType.STRING]
    if words[:1] == ["CREATE"] and "TRIGGER" in words and _DEFINED.isdisjoint(words[: words.index("TRIGGER")]):
        return _create_trigger(tokens, start)
    if (
        not isinstance(expression, exp.Create | exp.Alter)
        and (view := _view_command(tokens, start, selects)) is not None
    ):
        return view
    if (procedure := _procedure_defined(tokens)) is not None:
        return [DefineProcedure(procedure, start)]
    if words[:2] == ["DROP", "PROCEDURE"] and len(tokens) > 2:
        return [DropProcedure(_name_after(tokens, 2), start)]
    raw = _raw_words(tokens)
    if [word.upper() for word in raw[:2]] == ["RENAME", "TABLE"]:
        return _rename_tables(raw[2:], start)
    if (read := _read_command(raw, start)) is not None:
        return [read]
    unread, creates = _unread_table(raw)
    return [Unread(unread, start, creates)] if unread else []


def _create_table(create: exp.Create, start: int) -> list[Change]:
    exists = bool(create.args.get("exists"))
    schema = create.this
    if not isinstance(schema, exp.Schema):
        like = create.find(exp.LikeProperty)
        if isinstance(schema, exp.Table) and like is not None and isinstance(like.this, exp.Table):
            return [CreateTableLike(schema.name, like.this.name, exists, start)]
        return [Unread(schema.name, start, creates=True)] if isinstance(schema, exp.Table) else []
    table = Table(schema.this.name)
    key_starts: list[tuple[str, int]] = []
    keyed = []  # the definitions that declare keys: all but the columns without UNIQUE
    for definition in schema.expressions:
        if not isinstance(definition, exp.ColumnDef):
            keyed.append(definition)
            continue
        column, primary, unique = _read_column(definition)
        table.put_column(column)
        if primary:
            table.set_primary_key((definition.name,))
        if unique:
            keyed.append(definition)
    for definition in keyed:
        for key, where in _keys(definition):
            if key is None:
                return [Unread(table.name, start, creates=True)]
            if isinstance(key, AddPrimaryKey):
                table.set_primary_key(key.columns)
            elif isinstance(key, ForeignKey):
                name = (key.name or f"{table.name}_ibfk_{len(table.foreign_keys) + 1}").lower()
                table.foreign_keys[name] = key
                key_starts.append((name, where))
            else:
                table.add_index(key)
                key_starts.append((next(reversed(table.indexes)), where))
    for foreign_key in list(table.foreign_keys.values()):
        table.index_foreign_key(foreign_key)
    properties = create.args.get("properties")
    for name, value in _options(properties.expressions if properties is not None else []):
        table.set_option(name, value)
    starts = shared(tuple((name, where - start) for name, where in key_starts))
    return [CreateTable(shared_table(table), exists, starts, start)]


def _view(statement: exp.Create | exp.Alter, start: int, selects: bool) -> list[Change]:
    """``CREATE [OR REPLACE] VIEW v AS SELECT ...`` or ``ALTER VIEW v AS SELECT ...`` as sqlglot reads them (the
    SELECT left unread unless ``selects``)."""
    if isinstance(statement, exp.Create):
        select = statement.expression if selects else None
        return _view_change(statement.this.name, select, False, bool(statement.args.get("replace")), start)
    actions = statement.args.get("actions") or [None]
    return _view_change(statement.this.name, actions[0] if selects else None, True, False, start)


def _view_change(name: str, select: object, alter: bool, or_replace: bool, start: int) -> list[Change]:
    """The view ``name`` over ``select``; a SELECT that cannot be read leaves its definition "" and the
    tables it reads unknown (``reads`` empty), but the view is still there."""
    if not name:
        return []
    view = View(name, "", ())
    if isinstance(select, exp.Query):
        view = View(name, select.sql(dialect=DIALECT), reads_of(select))
    return [AlterView(view, start)] if alter else [CreateView(view, or_replace, start)]


def reads_of(select: exp.Query) -> tuple[str, ...]:
    """The tables (and views) a SELECT reads, in name order; its common table expressions are none of them."""
    ctes = {cte.alias_or_name for cte in select.find_all(exp.CTE)}
    return tuple(sorted({table.name for table in select.find_all(exp.Table) if table.name and table.name not in ctes}))


def _view_command(tokens: Sequence[Token], start: int, selects: bool) -> list[Change] | None:
    """A view statement sqlglot keeps as a raw command (``ALTER ALGORITHM=MERGE VIEW``, a column list,
    ``WITH CHECK OPTION``), read from its tokens: its name, and (with ``selects``) its SELECT parsed on its own;
    None when the statement is not one."""
    if tokens[0].text.upper() not in ("CREATE", "ALTER") or "VIEW" not in (t.text.upper() for t in tokens[:16]):
        return None
    words = [token.text.upper() for token in tokens]
    if "AS" not in words:
        return None
    at = words.index("VIEW")
    if any(word in ("TABLE", "PROCEDURE", "FUNCTION", "TRIGGER", "EVENT") for word in words[1:at]):
        return None
    depth, body = 0, len(tokens)
    for index in range(at + 2, len(tokens)):
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(tokens[index].token_type, 0)
        if depth == 0 and words[index] == "AS":
            body = index + 1
            break
    end = len(tokens)
    if words[-2:] == ["CHECK", "OPTION"]:
        end = len(words) - 1 - words[::-1].index("WITH")
    try:
        select = PARSER.parse(list(tokens[body:end]), "")[0] if selects else None
    except (ParseError, TokenError, IndexError):
        select = None
    return _view_change(_name_after(tokens, at + 1), select, words[0] == "ALTER", "REPLACE" in words[1:at], start)


_DEFINED = frozenset({"TABLE", "VIEW", "PROCEDURE", "FUNCTION", "EVENT", "INDEX"})
"""What a CREATE can make other than a trigger (a word that comes before TRIGGER in those statements)."""
_TIMINGS = frozenset({"BEFORE", "AFTER"})
_EVENTS = frozenset({"INSERT", "UPDATE", "DELETE"})


def _create_trigger(tokens: Sequence[Token], start: int) -> list[Change]:
    """``CREATE [DEFINER = ...] TRIGGER [IF NOT EXISTS] name {BEFORE|AFTER} {INSERT|UPDATE|DELETE} ON table``
    (sqlglot keeps a trigger as a raw command: it is read from its tokens)."""
    words = [token.text.upper() for token in tokens[:40]]
    at = words.index("TRIGGER")
    name = _name_after(tokens, at + 1)
    for index in range(at + 2, len(words) - 3):
        if words[index] in _TIMINGS and words[index + 1] in _EVENTS and words[index + 2] == "ON":
            trigger = Trigger(name, _last_name(tokens, index + 3), words[index], words[index + 1])
            return [CreateTrigger(trigger, start)]
    return []


def _create_index(create: exp.Create, start: int) -> list[Change]:
    index = create.this
    table = index.args.get("table") if isinstance(index, exp.Index) else None
    params = index.args.get("params") if isinstance(index, exp.Index) else None
    if not isinstance(table, exp.Table) or params is None:
        return []
    parts = params.args.get("columns") or []
    columns, prefixes = _key_parts(parts)
    if not index.name or not columns:  # the server refuses the one, we cannot read the other
        return [Unread(table.name, start)]
    key = Index(index.name, columns, bool(create.args.get("unique")), prefixes=prefixes)
    return [AddIndex(table.name, key, start_of(index, start))]


def _drop_index(drop: exp.Drop, start: int) -> list[Change]:
    """``DROP INDEX name ON table``; ``DROP INDEX `PRIMARY` ON table`` drops the primary key."""
    on = drop.args.get("cluster")
    if not isinstance(on, exp.OnProperty) or not isinstance(on.this, exp.Table):
        return []
    return [
        DropPrimaryKey(on.this.name, start)
        if dropped.name.upper() == "PRIMARY"
        else DropIndex(on.this.name, dropped.name, start)
        for dropped in drop.args.get("tables") or []
    ]


def _alter_table(alter: exp.Alter) -> Iterator[Change]:  # noqa: C901, PLR0912 - one branch per action
    table = shared(alter.this.name)  # one string for all the ALTERs of a table (a long file repeats them)
    read = False
    for action in alter.args.get("actions") or []:
        read, start = True, start_of(action, -1)
        if isinstance(action, exp.ColumnDef):
            first, after = _position(action)
            column, primary, unique = _read_column(action)
            yield AddColumn(table, column, bool(action.args.get("exists")), start, first, after)
            yield from _inline_keys(table, action.name, primary, unique, start)
        elif isinstance(action, exp.ModifyColumn) and isinstance(action.this, exp.ColumnDef):
            old = action.args.get("rename_from")
            first, after = _position(action.this)
            column, primary, unique = _read_column(action.this)
            yield ModifyColumn(table, old.name if old is not None else action.this.name, column, start, first, after)
            yield from _inline_keys(table, action.this.name, primary, unique, start)
        elif isinstance(action, exp.RenameIndex):
            yield RenameIndex(table, action.this.name, action.args["to"].name, start)
        elif isinstance(action, exp.ForceProperty):
            yield RebuildTable(table, start)
        elif isinstance(action, exp.RenameColumn):
            yield RenameColumn(table, action.this.name, action.args["to"].name, start)
        elif isinstance(action, exp.AlterRename) and isinstance(action.this, exp.Table):
            yield RenameTable(table, action.this.name, start)
        elif isinstance(action, exp.Drop):
            yield from _drop(table, action, start)
        elif isinstance(action, exp.DropPrimaryKey):
            yield DropPrimaryKey(table, start)
        elif isinstance(action, exp.AddConstraint):
            for definition in action.expressions:
                for key, where in _keys(definition):
                    if key is None:
                        yield Unread(table, where)
                    elif isinstance(key, AddPrimaryKey):
                        yield replace(key, table=table, start=where)
                    elif isinstance(key, ForeignKey):
                        yield AddForeignKey(table, key, where)
                    else:
                        yield AddIndex(table, shared(key), where)
        elif isinstance(action, exp.AlterColumn):
            yield _alter_column(table, action, start)
        else:
            yield Unread(table, start)
    start = start_of(alter.this, -1)
    if options := tuple(_options(alter.args.get("options") or [])):
        yield SetTableOptions(table, options, start)
    elif not read:
        yield Unread(table, start)


_ONLY_HOW = frozenset({"ALGORITHM", "LOCK"})
"""ALTER options that say how to make the change, not what it is."""


def _options(properties: Sequence[exp.Expression]) -> Iterator[tuple[str, str]]:
    """Table options as (upper-case name, value as SQL); ALGORITHM and LOCK left out, PARTITION BY's value
    what follows it."""
    for prop in properties:
        if isinstance(prop, exp.PartitionByRangeProperty | exp.PartitionByListProperty):
            yield "PARTITION BY", prop.sql("mysql").removeprefix("PARTITION BY ")
            continue
        name = exp.Properties.PROPERTY_TO_NAME.get(type(prop), "")
        if name in _ONLY_HOW:
            continue
        value = prop.this
        text = value.name if isinstance(value, exp.Var | exp.Identifier | exp.Literal) else prop.sql("mysql")
        yield name or prop.sql("mysql"), text


def _position(definition: exp.ColumnDef) -> tuple[bool, str]:
    """(FIRST, AFTER which column) of a column definition in ALTER TABLE."""
    place = definition.args.get("position")
    if place is None:
        return False, ""
    if place.args.get("position") == "FIRST":
        return True, ""
    return False, place.this.name if place.this is not None else ""


def _inline_keys(table: str, column: str, primary: bool, unique: bool, start: int) -> Iterator[Change]:
    """``c INT PRIMARY KEY``, ``c INT UNIQUE`` in ALTER TABLE ADD, MODIFY or CHANGE."""
    if primary:
        yield AddPrimaryKey(table, (column,), start)
    if unique:
        yield AddIndex(table, Index("", (column,), unique=True), start)


def _drop(table: str, action: exp.Drop, start: int) -> Iterator[Change]:
    kind = action.args.get("kind")
    for dropped in action.args.get("tables") or []:
        if kind == "COLUMN":
            yield DropColumn(table, dropped.name, start)
        elif kind == "INDEX" and dropped.name.upper() == "PRIMARY":
            yield DropPrimaryKey(table, start)
        elif kind == "INDEX":
            yield DropIndex(table, dropped.name, start)
        elif kind == "FOREIGN KEY":
            yield DropForeignKey(table, dropped.name, start)
        else:
            yield Unread(table, start)


def _alter_column(table: str, action: exp.AlterColumn, start: int) -> Change:
    """ALTER COLUMN c SET/DROP DEFAULT changes a default only; anything else is not followed."""
    if action.args.get("drop"):
        return AlterDefault(table, action.name, None, start)
    if (default := action.args.get("default")) is not None:
        return AlterDefault(table, action.name, default.sql("mysql"), start)
    return Unread(table, start)


def _keys(definition: exp.Expression) -> Iterator[tuple[Index | ForeignKey | AddPrimaryKey | None, int]]:
    """The keys a table-level definition declares: a primary key (as an AddPrimaryKey of no table yet), an
    Index, a ForeignKey; None for a key whose columns cannot be read (none, or an expression as in
    ``KEY ((a + 1))``)."""
    for key, where in _declared_keys(definition):
        columns = key.columns
        readable = bool(columns) and (not isinstance(key, ForeignKey) or bool(key.referenced))
        yield (key if readable else None), where


def _declared_keys(definition: exp.Expression) -> Iterator[tuple[Index | ForeignKey | AddPrimaryKey, int]]:
    where = start_of(definition, -1)
    name = definition.name if isinstance(definition, exp.Constraint) else ""
    inner = definition.expressions if isinstance(definition, exp.Constraint) else [definition]
    for node in inner:
        if isinstance(node, exp.PrimaryKey):
            columns, prefixes = _key_parts(node.expressions)
            yield AddPrimaryKey("", columns, where, prefixes), where
        elif isinstance(node, exp.ForeignKey):
            yield _foreign_key(node, name), where
        elif isinstance(node, exp.UniqueColumnConstraint) and isinstance(node.this, exp.Schema):
            columns, prefixes = _key_parts(node.this.expressions)
            key_name = node.this.this.name if node.this.this else name
            yield Index(key_name, columns, unique=True, prefixes=prefixes), where
        elif isinstance(node, exp.IndexColumnConstraint):
            kind = (node.args.get("kind") or "").upper()
            columns, prefixes = _key_parts(node.expressions)
            yield Index(node.name or name, columns, kind == "UNIQUE", kind == "FULLTEXT", prefixes), where
        elif isinstance(node, exp.ColumnDef) and _has(node, exp.UniqueColumnConstraint):
            yield Index("", (node.name,), unique=True), where


def _foreign_key(fk: exp.ForeignKey, name: str) -> ForeignKey:
    reference = fk.args.get("reference")
    target = reference.this if reference is not None else None
    references = target.this.name if isinstance(target, exp.Schema) else ""
    referenced = _names(target.expressions) if isinstance(target, exp.Schema) else ()
    options = tuple(reference.args.get("options") or ()) if reference is not None else ()
    on_delete, on_update = _referential_actions(options)
    return shared_made(ForeignKey, name, _names(fk.expressions), references, referenced, on_delete, on_update)


@functools.lru_cache(maxsize=256)
def _referential_actions(options: tuple[str, ...]) -> tuple[str, str]:
    """ON DELETE's and ON UPDATE's action among a reference's options (a history repeats a few), "" when not given."""
    rules = dict(_REFERENTIAL_ACTION.findall(" ".join(options).upper()))
    return rules.get("DELETE", ""), rules.get("UPDATE", "")


_REFERENTIAL_ACTION = re.compile(r"ON (DELETE|UPDATE) (SET NULL|SET DEFAULT|NO ACTION|CASCADE|RESTRICT)")


def column_of(definition: exp.ColumnDef) -> Column:
    """A column as the server makes it from its definition."""
    return _read_column(definition)[0]


def _read_column(definition: exp.ColumnDef) -> tuple[Column, bool, bool]:
    """A column as the server makes it from its definition, and whether the definition makes it the primary key
    and a UNIQUE key (``c INT PRIMARY KEY``, ``c INT UNIQUE``), read in one pass over its constraints.

    NOT NULL, PRIMARY KEY and AUTO_INCREMENT make a column NOT NULL (the server makes an AUTO_INCREMENT column NOT
    NULL), the first of them deciding; ``NULL`` or nothing leaves it nullable, except a TIMESTAMP with neither,
    whose nullability depends on the server's explicit_defaults_for_timestamp (None)."""
    default = charset = collation = generated = on_update = comment = nullable = None
    auto_increment = primary = unique = decided = False
    for constraint in definition.args.get("constraints") or ():
        kind = constraint.args.get("kind")  # not `.kind`: sqlglotc type-checks it and some kinds fail
        role = _ROLES.get(type(kind)) or _role(type(kind))
        if role is _DEFAULT:
            default = _default_sql(kind.this)
        elif role is _NOT_NULL:
            nullable = nullable if decided else bool(kind.args.get("allow_null"))
            decided = True
        elif role is _PRIMARY_KEY:
            nullable = nullable if decided else False
            decided = primary = True
        elif role is _AUTO_INCREMENT:
            nullable = nullable if decided else False
            decided = auto_increment = True
        elif role is _UNIQUE:
            unique = True
        elif role is _CHARSET:
            charset = kind.this.name
        elif role is _COLLATE:
            collation = kind.this.name
        elif role is _COMPUTED:
            generated = "STORED" if kind.args.get("persisted") else "VIRTUAL"
        elif role is _ON_UPDATE:
            on_update = _default_sql(kind.this)
        elif role is _COMMENT:
            comment = kind.this.name
    data_type = definition.args.get("kind")
    name, arguments = _type_of(data_type) if isinstance(data_type, exp.DataType) else ("", ())
    if not decided:
        nullable = None if name.startswith("TIMESTAMP") else True
    fields = (definition.name, name, nullable, default, auto_increment, arguments, charset, collation, generated,
              on_update, comment)  # fmt: skip
    return shared_made(Column, *fields), primary, unique


_DEFAULT, _NOT_NULL = exp.DefaultColumnConstraint, exp.NotNullColumnConstraint
_PRIMARY_KEY, _AUTO_INCREMENT = exp.PrimaryKeyColumnConstraint, exp.AutoIncrementColumnConstraint
_UNIQUE, _COMMENT = exp.UniqueColumnConstraint, exp.CommentColumnConstraint
_CHARSET, _COLLATE = exp.CharacterSetColumnConstraint, exp.CollateColumnConstraint
_COMPUTED, _ON_UPDATE = exp.ComputedColumnConstraint, exp.OnUpdateColumnConstraint
_READ_KINDS = (_DEFAULT, _CHARSET, _COLLATE, _COMPUTED, _AUTO_INCREMENT, _ON_UPDATE, _COMMENT, _NOT_NULL, _PRIMARY_KEY,
               _UNIQUE)  # fmt: skip
"""The kinds of column constraint a column's reading looks at (none is a subclass of another)."""


class _Skipped:
    """The role of a constraint kind that is none of ``_READ_KINDS``."""


_ROLES: dict[type, type] = {}
"""A constraint kind's type -> which of ``_READ_KINDS`` it is (or ``_Skipped``), filled as types are met."""


def _role(kind: type) -> type:
    """Which of ``_READ_KINDS`` a constraint kind is an instance of, kept in ``_ROLES``."""
    _ROLES[kind] = role = next((read for read in _READ_KINDS if issubclass(kind, read)), _Skipped)
    return role


def _default_sql(value: exp.Expression) -> str:
    """``value.sql("mysql")``, without starting sqlglot's generator for NULL, CURRENT_TIMESTAMP and literals that
    need no escaping (nearly every default): no quote, backslash or control character."""
    if isinstance(value, exp.Null):
        return "NULL"
    if isinstance(value, exp.CurrentTimestamp) and not value.this:
        return "CURRENT_TIMESTAMP"  # as MySQL's manual and ZStack write it; sqlglot writes CURRENT_TIMESTAMP()
    text = value.this if isinstance(value, exp.Literal) else None
    if isinstance(text, str) and text.isprintable() and "'" not in text and "\\" not in text:
        return f"'{text}'" if value.is_string else text
    return value.sql("mysql")


def typed_column(name: str, type_sql: str, nullable: bool, default: str | None) -> Column:
    """A column given its type as SQL text (``VARCHAR(32)``), as the helpers and the models give it; a type
    sqlglot cannot read keeps its text as its name."""
    try:
        data_type = exp.DataType.build(type_sql, dialect="mysql")
    except (ParseError, TokenError, ValueError):
        return Column(name, type_sql.upper(), nullable, default)
    type_name, arguments = _type_of(data_type)
    return Column(name, type_name, nullable, default, arguments=arguments)


def _type_of(data_type: exp.DataType) -> tuple[str, tuple[str, ...]]:
    """A type's name and its literal arguments (lengths, ENUM members), read without generating SQL."""
    arguments = []
    for argument in data_type.expressions:
        literal = argument.this if isinstance(argument, exp.DataTypeParam) else argument
        arguments.append(literal.name if isinstance(literal, exp.Literal | exp.Var) else literal.sql("mysql"))
    return data_type.this.value, tuple(arguments)


def _is(constraint: exp.Expression, kind: type[exp.Expression]) -> bool:
    return isinstance(constraint.args.get("kind"), kind)


def _has(definition: exp.ColumnDef, kind: type[exp.Expression]) -> bool:
    return any(_is(constraint, kind) for constraint in definition.constraints)


_NAMED = (exp.Column, exp.Identifier)


def _key_part(part: exp.Expression) -> tuple[str, int | None]:
    """The column and prefix length of a key part: ``col``, ``col(255)``, ``col DESC``; ("", None) for an
    expression (``(a + 1)``, MySQL's functional key part)."""
    node = part.this if isinstance(part, exp.Ordered) else part
    column, length = node, None
    if isinstance(node, exp.ColumnPrefix):
        column, length = node.this, node.expression
    elif isinstance(node, exp.Anonymous) and len(node.expressions) == 1:  # CREATE INDEX reads col(255) as a call
        column, length = node.this, node.expressions[0]
    name = column if isinstance(column, str) else column.name if isinstance(column, _NAMED) else ""
    digits = length.name if isinstance(length, exp.Literal) and length.name.isdigit() else ""
    return name, int(digits) if digits else None


def _names(parts: Sequence[exp.Expression]) -> tuple[str, ...]:
    """The columns of key parts; () when a part is not a column."""
    return _key_parts(parts)[0]


def _key_parts(parts: Sequence[exp.Expression]) -> tuple[tuple[str, ...], tuple[int | None, ...]]:
    """The columns of key parts (() when a part is not a column) and the prefix length of each (``col(255)``; ()
    when no part has one)."""
    read = [_key_part(part) for part in parts]
    names = tuple(name for name, _ in read)
    lengths = tuple(length for _, length in read)
    return names if all(names) else (), lengths if any(length is not None for length in lengths) else ()


def start_of(node: exp.Expression, default: int) -> int:
    """File offset of the first identifier in ``node``, breadth first (sqlglot keeps positions on identifiers)."""
    for child in (node, *node.iter_expressions()):  # where a definition's name is: no walk of the tree for it
        if isinstance(child, exp.Identifier) and (start := child.meta_get("start")) is not None:
            return start
    for identifier in node.find_all(exp.Identifier):
        if (start := identifier.meta_get("start")) is not None:
            return start
    return default


# --- reading from tokens: what sqlglot keeps as a raw command ----------------------------------------------

_CHANGING = ("ALTER", "DROP", "CREATE")
"""The words before TABLE in a procedure's body that change the table named after it."""


def _indexes(words: list[str], word: str, start: int) -> Iterator[int]:
    """Where ``word`` is in ``words`` from ``start`` on (list.index finds each: no Python loop over the others)."""
    try:
        while True:
            start = words.index(word, start)
            yield start
            start += 1
    except ValueError:
        return


def _procedure_defined(tokens: Sequence[Token]) -> Procedure | None:
    """``CREATE [DEFINER = ...] PROCEDURE name ...``, with the tables its body changes."""
    words = [token.text.upper() for token in tokens[:12]]
    if not words or words[0] != "CREATE" or "PROCEDURE" not in words:
        return None
    at = words.index("PROCEDURE")
    if at + 1 >= len(tokens) or any(w in ("FUNCTION", "TRIGGER", "VIEW", "TABLE") for w in words[1:at]):
        return None
    body = [token.text.upper() for token in tokens[: len(tokens) - 1]]
    tables = _indexes(body, "TABLE", at + 3)
    changed = {_last_name(tokens, index + 1) for index in tables if body[index - 1] in _CHANGING}
    for index in _indexes(body, "RENAME", at + 2):  # RENAME keeps the rest of its statement as one raw string
        if tokens[index].token_type is TokenType.RENAME:
            renames = _rename_tables(_raw_words(tokens[index : index + 2])[2:], -1)
            changed |= {name for change in renames for name in (change.old, change.new)}
    return Procedure(_name_after(tokens, at + 1), frozenset(changed - {""}))


def _name_after(tokens: Sequence[Token], index: int) -> str:
    """The name at ``index`` after an optional ``IF [NOT] EXISTS``, without its schema."""
    while index < len(tokens) and tokens[index].text.upper() in ("IF", "NOT", "EXISTS"):
        index += 1
    return _last_name(tokens, index)


def _last_name(tokens: Sequence[Token], index: int) -> str:
    """``name`` of ``schema.name`` (or ``name``) starting at ``index``."""
    if index >= len(tokens):
        return ""
    name = tokens[index].text
    while index + 2 < len(tokens) and tokens[index + 1].token_type is TokenType.DOT:
        index += 2
        name = tokens[index].text
    return name


def _rename_tables(words: list[str], start: int) -> list[Change]:
    """``a TO b, c TO d`` of ``RENAME TABLE``, as words; any other list (``a TO b TO c``) leaves every table
    it names unread."""
    text = " ".join(words)
    pair = rf"({_NAME})\s+TO\s+({_NAME})"
    if re.fullmatch(rf"\s*{pair}(?:\s*,\s*{pair})*\s*", text, re.IGNORECASE):
        pairs = re.findall(pair, text, re.IGNORECASE)
        return [RenameTable(_bare(old), _bare(new), start) for old, new in pairs]
    named = dict.fromkeys(_bare(name) for name in re.findall(_NAME, text) if name.upper() != "TO")
    return [Unread(name, start) for name in named]


def _call_without_arguments(tokens: Sequence[Token]) -> Call | None:
    """``CALL name`` or ``CALL name()`` (the argument list is what read_call reads)."""
    match = re.fullmatch(rf"\s*({_NAME})\s*(?:\(\s*\))?\s*", tokens[1].text) if len(tokens) == 2 else None
    return Call(_bare(match.group(1)), ()) if match else None


_NAME = r"(?:`[^`]+`|\w+)(?:\s*\.\s*(?:`[^`]+`|\w+))?"
"""A table name, quoted or not, with its schema or without."""

_CONVERT = re.compile(
    rf"ALTER\s+TABLE\s+({_NAME})\s+CONVERT\s+TO\s+(?:CHARACTER\s+SET|CHARSET)\s+(\w+)(?:\s+COLLATE\s+(\w+))?\s*",
    re.IGNORECASE,
)
_CREATE_INDEX = re.compile(
    rf"CREATE\s+(UNIQUE|FULLTEXT|SPATIAL)\s+INDEX\s+({_NAME})\s+ON\s+({_NAME})\s*\(([^()]*(?:\(\s*\d+\s*\)[^()]*)*)\)\s*",
    re.IGNORECASE,
)


def _read_command(words: list[str], start: int) -> Change | None:
    """The forms sqlglot keeps as a raw command: ``ALTER TABLE t CONVERT TO CHARACTER SET cs [COLLATE co]``
    and ``CREATE FULLTEXT|SPATIAL|UNIQUE INDEX i ON t (c, ...)``."""
    text = " ".join(words[:60])
    if match := _CONVERT.fullmatch(text):
        return ConvertCharset(_bare(match.group(1)), match.group(2), match.group(3), start)
    if match := _CREATE_INDEX.fullmatch(text):
        kind, name, table, listed = match.groups()
        parts = [
            re.fullmatch(r"\s*(`[^`]+`|\w+)\s*(?:\(\s*(\d+)\s*\))?\s*(?:ASC|DESC)?\s*", part, re.I)
            for part in listed.split(",")
        ]
        if all(parts):
            columns = tuple(_bare(part.group(1)) for part in parts if part)
            prefixes = tuple(int(part.group(2)) if part and part.group(2) else None for part in parts)
            index = Index(_bare(name), columns, kind.upper() == "UNIQUE", kind.upper() == "FULLTEXT",
                          prefixes if any(prefixes) else ())  # fmt: skip
            return AddIndex(_bare(table), index, start)
    return None


def _unread_table(words: list[str]) -> tuple[str, bool]:
    """The table of a CREATE or ALTER TABLE (or CREATE INDEX ... ON) that sqlglot could not parse, and
    whether the statement creates it."""
    text = " ".join(words[:40])
    match = re.match(
        rf"ALTER(?:\s+(?:ONLINE|IGNORE))*\s+TABLE\s+({_NAME})"
        rf"|CREATE\s+(?:TEMPORARY\s+)?TABLE(?:\s+IF\s+NOT\s+EXISTS)?\s+({_NAME})"
        rf"|CREATE\s+(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s+{_NAME}\s+ON\s+({_NAME})",
        text,
        re.IGNORECASE,
    )
    if match is None:
        return "", False
    return _bare(match.group(1) or match.group(2) or match.group(3)), match.group(2) is not None


def _bare(name: str) -> str:
    """``zstack.T``, `` `zstack`.`T` `` -> ``T``."""
    return re.split(r"\s*\.\s*", name)[-1].strip("`")


def _raw_words(tokens: Sequence[Token]) -> list[str]:
    """The statement's words, with the text sqlglot keeps raw after a command keyword (RENAME, CALL ...)
    split into words again; identifiers keep their backticks."""
    words: list[str] = []
    for token in tokens[:60]:
        if token.token_type is TokenType.STRING and len(words) == 1:
            words += re.findall(r"`[^`]+`|\w+|[^\s\w]", token.text)
        elif token.token_type is TokenType.IDENTIFIER:
            words.append(f"`{token.text}`")
        else:
            words.append(token.text)
    return words


# --- reading a file --------------------------------------------------------------------------------------

SCHEMA_CHANGING = frozenset({"CREATE", "ALTER", "DROP", "RENAME", "CALL"})
"""First words of the statements that can change a table or a procedure."""


def may_change_schema(tokens: Sequence[Token]) -> bool:
    """Whether a statement's first word is one of those that can change a table or a procedure (what
    :func:`read_changes` reads of the others is nothing: it and :func:`statement_changes` look no further)."""
    return bool(tokens) and tokens[0].text.upper() in SCHEMA_CHANGING


def statement_changes(statement: Statement) -> list[Change]:
    """The changes of one split statement, parsing it only when its first word can change the schema."""
    tokens = statement.tokens
    if not may_change_schema(tokens):
        return []
    try:
        expression = parse_statement(statement)
    except StatementTooDeep:
        expression = None  # read from its words: a change to a table is Unread
    return read_changes(expression, read_call(tokens), tokens)


def text_changes(sql: str, start: int) -> list[Change] | None:
    """The changes of one statement zsgate made itself, given as text (the statement a guard procedure runs),
    each placed at ``start``; None when its tokens do not read."""
    try:
        tokens = DIALECT.tokenize(sql)
    except TokenError:
        return None
    return [replace(change, start=start) for change in read_changes(parse_text(sql), read_call(tokens), tokens)]


def read_file(path: Path) -> list[Change] | None:
    """The changes of a file, in order; None when it is not readable UTF-8."""
    try:
        sql = read_sql_file(path)
    except SqlReadError:
        return None
    return [change for statement in sql.statements for change in statement_changes(statement)]
