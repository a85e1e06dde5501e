"""What a statement does to the schema, read statically, and how the server applies it.

:func:`read_changes` turns one statement (its sqlglot tree, its CALL, its tokens) into changes:
CREATE/DROP/RENAME TABLE, ALTER TABLE (ADD/MODIFY/CHANGE/DROP/RENAME COLUMN, keys, foreign keys,
RENAME TO), CREATE INDEX, procedures defined and dropped, and CALLs. A statement that changes a table but cannot
be read becomes :class:`Unread`: that table's nullability is unknown from there on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

from zsgate.history.schema import Column, ForeignKey, Index, Procedure, Table
from zsgate.sql.calls import Call


@dataclass(frozen=True, slots=True)
class CreateTable:
    table: Table
    if_not_exists: bool
    key_starts: tuple[tuple[str, int], ...]
    """Lower-case key or foreign-key name -> where it is declared."""
    start: int


@dataclass(frozen=True, slots=True)
class CreateTableLike:
    name: str
    source: str
    if_not_exists: bool
    start: int


@dataclass(frozen=True, slots=True)
class DropTables:
    names: tuple[str, ...]
    start: int


@dataclass(frozen=True, slots=True)
class RenameTable:
    old: str
    new: str
    start: int


@dataclass(frozen=True, slots=True)
class AddColumn:
    table: str
    column: Column
    if_missing: bool
    """MariaDB's ADD COLUMN IF NOT EXISTS, and the helpers, which look first."""
    start: int


@dataclass(frozen=True, slots=True)
class ModifyColumn:
    """MODIFY (``old`` is the column's own name) or CHANGE old new: the definition is replaced."""

    table: str
    old: str
    column: Column
    start: int


@dataclass(frozen=True, slots=True)
class RenameColumn:
    table: str
    old: str
    new: str
    start: int


@dataclass(frozen=True, slots=True)
class DropColumn:
    table: str
    name: str
    start: int


@dataclass(frozen=True, slots=True)
class AddIndex:
    table: str
    index: Index
    start: int


@dataclass(frozen=True, slots=True)
class AddPrimaryKey:
    table: str
    columns: tuple[str, ...]
    start: int


@dataclass(frozen=True, slots=True)
class DropIndex:
    table: str
    name: str
    start: int


@dataclass(frozen=True, slots=True)
class DropPrimaryKey:
    table: str
    start: int


@dataclass(frozen=True, slots=True)
class AddForeignKey:
    table: str
    foreign_key: ForeignKey
    start: int


@dataclass(frozen=True, slots=True)
class DropForeignKey:
    table: str
    name: str
    start: int


@dataclass(frozen=True, slots=True)
class DefineProcedure:
    procedure: Procedure
    start: int


@dataclass(frozen=True, slots=True)
class DropProcedure:
    name: str
    start: int


@dataclass(frozen=True, slots=True)
class CallProcedure:
    call: Call
    start: int


@dataclass(frozen=True, slots=True)
class Unread:
    """A statement that changes ``table`` in a way this reader cannot follow."""

    table: str
    start: int


Change = (
    CreateTable
    | CreateTableLike
    | DropTables
    | RenameTable
    | AddColumn
    | ModifyColumn
    | RenameColumn
    | DropColumn
    | AddIndex
    | AddPrimaryKey
    | DropIndex
    | DropPrimaryKey
    | AddForeignKey
    | DropForeignKey
    | DefineProcedure
    | DropProcedure
    | CallProcedure
    | Unread
)


# --- reading --------------------------------------------------------------------------------------------


def read_changes(expression: exp.Expression | None, call: Call | None, tokens: Sequence[Token]) -> list[Change]:
    """The changes one statement makes; [] for statements that change no table or procedure."""
    if not tokens:
        return []
    start = tokens[0].start
    words = [token.text.upper() for token in tokens[:8] if token.token_type is not TokenType.STRING]
    if words[:1] == ["CALL"]:
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
    if (procedure := _procedure_defined(tokens)) is not None:
        return [DefineProcedure(procedure, start)]
    if words[:2] == ["DROP", "PROCEDURE"] and len(tokens) > 2:
        return [DropProcedure(_name_after(tokens, 2), start)]
    raw = _raw_words(tokens)
    if [word.upper() for word in raw[:2]] == ["RENAME", "TABLE"]:
        return _rename_tables(raw[2:], start)
    unread = _unread_table(raw)
    return [Unread(unread, start)] if unread else []


def _create_table(create: exp.Create, start: int) -> list[Change]:
    exists = bool(create.args.get("exists"))
    schema = create.this
    if not isinstance(schema, exp.Schema):
        like = create.find(exp.LikeProperty)
        if isinstance(schema, exp.Table) and like is not None and isinstance(like.this, exp.Table):
            return [CreateTableLike(schema.name, like.this.name, exists, start)]
        return [Unread(schema.name, start)] if isinstance(schema, exp.Table) else []
    table = Table(schema.this.name)
    key_starts: list[tuple[str, int]] = []
    for definition in schema.expressions:
        if isinstance(definition, exp.ColumnDef):
            table.put_column(column_of(definition))
            if _has(definition, exp.PrimaryKeyColumnConstraint):
                table.set_primary_key((definition.name,))
    for definition in schema.expressions:
        for key, where in _keys(definition):
            if isinstance(key, tuple):
                table.set_primary_key(key)
            elif isinstance(key, ForeignKey):
                name = (key.name or f"{table.name}_ibfk_{len(table.foreign_keys) + 1}").lower()
                table.foreign_keys[name] = key
                key_starts.append((name, where))
            else:
                table.add_index(key)
                key_starts.append((list(table.indexes)[-1], where))
    return [CreateTable(table, exists, tuple(key_starts), start)]


def _create_index(create: exp.Create, start: int) -> list[Change]:
    index = create.this
    table = index.args.get("table") if isinstance(index, exp.Index) else None
    params = index.args.get("params") if isinstance(index, exp.Index) else None
    if not isinstance(table, exp.Table) or params is None:
        return []
    columns = tuple(_column_name(column) for column in params.args.get("columns") or [])
    return [AddIndex(table.name, Index(index.name, columns, bool(create.args.get("unique"))), start_of(index, start))]


def _alter_table(alter: exp.Alter) -> Iterator[Change]:
    table = alter.this.name
    for action in alter.args.get("actions") or []:
        start = start_of(action, -1)
        if isinstance(action, exp.ColumnDef):
            yield AddColumn(table, column_of(action), bool(action.args.get("exists")), start)
            yield from _inline_keys(table, action, start)
        elif isinstance(action, exp.ModifyColumn) and isinstance(action.this, exp.ColumnDef):
            old = action.args.get("rename_from")
            yield ModifyColumn(table, old.name if old is not None else action.this.name, column_of(action.this), start)
            yield from _inline_keys(table, action.this, start)
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
                    if isinstance(key, tuple):
                        yield AddPrimaryKey(table, key, where)
                    elif isinstance(key, ForeignKey):
                        yield AddForeignKey(table, key, where)
                    else:
                        yield AddIndex(table, key, where)
        elif isinstance(action, exp.AlterColumn):
            yield from _alter_column(table, action, start)
        else:
            yield Unread(table, start)


def _inline_keys(table: str, definition: exp.ColumnDef, start: int) -> Iterator[Change]:
    """``c INT PRIMARY KEY``, ``c INT UNIQUE`` in ALTER TABLE ADD, MODIFY or CHANGE."""
    if _has(definition, exp.PrimaryKeyColumnConstraint):
        yield AddPrimaryKey(table, (definition.name,), start)
    if _has(definition, exp.UniqueColumnConstraint):
        yield AddIndex(table, Index("", (definition.name,), unique=True), start)


def _drop(table: str, action: exp.Drop, start: int) -> Iterator[Change]:
    kind = action.args.get("kind")
    for dropped in action.args.get("tables") or []:
        if kind == "COLUMN":
            yield DropColumn(table, dropped.name, start)
        elif kind == "INDEX":
            yield DropIndex(table, dropped.name, start)
        elif kind == "FOREIGN KEY":
            yield DropForeignKey(table, dropped.name, start)
        else:
            yield Unread(table, start)


def _alter_column(table: str, action: exp.AlterColumn, start: int) -> Iterator[Change]:
    """ALTER COLUMN c SET/DROP DEFAULT changes a default only; anything else is not followed."""
    if action.args.get("default") is None and not action.args.get("drop"):
        yield Unread(table, start)


def _keys(definition: exp.Expression) -> Iterator[tuple[Index | ForeignKey | tuple[str, ...], int]]:
    """The keys a table-level definition declares: a primary key (its columns), an Index, a ForeignKey."""
    where = start_of(definition, -1)
    name = definition.name if isinstance(definition, exp.Constraint) else ""
    inner = definition.expressions if isinstance(definition, exp.Constraint) else [definition]
    for node in inner:
        if isinstance(node, exp.PrimaryKey):
            yield tuple(_column_name(column) for column in node.expressions), where
        elif isinstance(node, exp.ForeignKey):
            yield _foreign_key(node, name), where
        elif isinstance(node, exp.UniqueColumnConstraint) and isinstance(node.this, exp.Schema):
            columns = tuple(_column_name(column) for column in node.this.expressions)
            yield Index(node.this.this.name if node.this.this else name, columns, unique=True), where
        elif isinstance(node, exp.IndexColumnConstraint):
            columns = tuple(_column_name(column) for column in node.expressions)
            unique = (node.args.get("kind") or "").upper() == "UNIQUE"
            yield Index(node.name or name, columns, unique), where
        elif isinstance(node, exp.ColumnDef) and _has(node, exp.UniqueColumnConstraint):
            yield Index("", (node.name,), unique=True), where


def _foreign_key(fk: exp.ForeignKey, name: str) -> ForeignKey:
    reference = fk.args.get("reference")
    target = reference.this if reference is not None else None
    references = target.this.name if isinstance(target, exp.Schema) else ""
    referenced = tuple(_column_name(c) for c in target.expressions) if isinstance(target, exp.Schema) else ()
    options = " ".join(reference.args.get("options") or []).upper() if reference is not None else ""
    match = re.search(r"ON DELETE (SET NULL|SET DEFAULT|NO ACTION|CASCADE|RESTRICT)", options)
    columns = tuple(_column_name(column) for column in fk.expressions)
    return ForeignKey(name, columns, references, referenced, match.group(1) if match else "")


def column_of(definition: exp.ColumnDef) -> Column:
    """A column as the server makes it from its definition."""
    kind = definition.args.get("kind")
    data_type = kind.this.value if isinstance(kind, exp.DataType) else ""  # the name: generating SQL costs
    default = next(
        (c.args["kind"].this.sql("mysql") for c in definition.constraints if _is(c, exp.DefaultColumnConstraint)),
        None,
    )
    auto_increment = _has(definition, exp.AutoIncrementColumnConstraint)
    return Column(definition.name, data_type, nullability(definition, data_type), default, auto_increment)


def nullability(definition: exp.ColumnDef, data_type: str) -> bool | None:
    """NOT NULL, PRIMARY KEY and AUTO_INCREMENT make a column NOT NULL (the server makes an AUTO_INCREMENT
    column NOT NULL); ``NULL`` or nothing leaves it nullable, except a TIMESTAMP with neither, whose
    nullability depends on the server's explicit_defaults_for_timestamp (None)."""
    for constraint in definition.constraints:
        kind = constraint.args.get("kind")  # not `.kind`: sqlglotc type-checks it and some kinds fail
        if isinstance(kind, exp.NotNullColumnConstraint):
            return bool(kind.args.get("allow_null"))
        if isinstance(kind, exp.PrimaryKeyColumnConstraint | exp.AutoIncrementColumnConstraint):
            return False
    return None if data_type.startswith("TIMESTAMP") else True


def _is(constraint: exp.Expression, kind: type[exp.Expression]) -> bool:
    return isinstance(constraint.args.get("kind"), kind)


def _has(definition: exp.ColumnDef, kind: type[exp.Expression]) -> bool:
    return any(_is(constraint, kind) for constraint in definition.constraints)


def _column_name(node: exp.Expression) -> str:
    """The column of a key part: ``col``, ``col(255)``, ``col DESC``."""
    while isinstance(node, exp.Ordered | exp.ColumnPrefix) and node.this is not None:
        node = node.this
    return node.name


def start_of(node: exp.Expression, default: int) -> int:
    """File offset of the first identifier in ``node`` (sqlglot keeps positions on identifiers)."""
    for identifier in node.find_all(exp.Identifier):
        if "start" in identifier.meta:
            return identifier.meta["start"]
    return default


# --- reading from tokens: what sqlglot keeps as a raw command ----------------------------------------------

_BODY_CHANGES = (("ALTER", "TABLE"), ("DROP", "TABLE"), ("CREATE", "TABLE"))


def _procedure_defined(tokens: Sequence[Token]) -> Procedure | None:
    """``CREATE [DEFINER = ...] PROCEDURE name ...``, with the tables its body changes."""
    words = [token.text.upper() for token in tokens[:12]]
    if not words or words[0] != "CREATE" or "PROCEDURE" not in words:
        return None
    at = words.index("PROCEDURE")
    if at + 1 >= len(tokens) or any(w in ("FUNCTION", "TRIGGER", "VIEW", "TABLE") for w in words[1:at]):
        return None
    changed = {
        _last_name(tokens, index + 2)
        for index in range(at + 2, len(tokens) - 2)
        if (tokens[index].text.upper(), tokens[index + 1].text.upper()) in _BODY_CHANGES
    }
    for index in range(at + 2, len(tokens) - 1):  # RENAME keeps the rest of its statement as one raw string
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
    """``a TO b, c TO d`` of ``RENAME TABLE``, as words."""
    text = " ".join(words)
    pairs = re.findall(rf"({_NAME})\s+TO\s+({_NAME})", text, re.IGNORECASE)
    return [RenameTable(_bare(old), _bare(new), start) for old, new in pairs]


def _call_without_arguments(tokens: Sequence[Token]) -> Call | None:
    """``CALL name`` or ``CALL name()`` (the argument list is what read_call reads)."""
    match = re.fullmatch(rf"\s*({_NAME})\s*(?:\(\s*\))?\s*", tokens[1].text) if len(tokens) == 2 else None
    return Call(_bare(match.group(1)), ()) if match else None


def _unread_table(words: list[str]) -> str:
    """The table of a CREATE or ALTER TABLE (or CREATE INDEX ... ON) that sqlglot could not parse."""
    text = " ".join(words[:40])
    match = re.match(
        rf"(?:ALTER(?:\s+(?:ONLINE|IGNORE))*\s+TABLE|CREATE\s+(?:TEMPORARY\s+)?TABLE(?:\s+IF\s+NOT\s+EXISTS)?)\s+({_NAME})"
        rf"|CREATE\s+(?:UNIQUE\s+)?INDEX\s+{_NAME}\s+ON\s+({_NAME})",
        text,
        re.IGNORECASE,
    )
    return _bare(match.group(1) or match.group(2)) if match else ""


_NAME = r"(?:`[^`]+`|\w+)(?:\s*\.\s*(?:`[^`]+`|\w+))?"
"""A table name, quoted or not, with its schema or without."""


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
