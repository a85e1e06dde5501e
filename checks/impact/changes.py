"""What a statement does to tables that exist: its changes, each of one `Operation`, read off sqlglot's tree.

ALTER TABLE (each action), CREATE/DROP INDEX, RENAME TABLE and the helper procedures of ZStack's
beforeMigrate.sql (read as the ALTER TABLE they run) are read against the table's definition before the
statement, so that ``MODIFY note VARCHAR(255)`` is a widening, a narrowing or a charset change as the
earlier definition says. Pure: sqlglot and the standard library only (lint reads it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from sqlglot import exp
from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import TokenError
from sqlglot.tokens import Token, TokenType
from zsgate.checks.impact.online_ddl import Operation
from zsgate.checks.impact.session import Session
from zsgate.checks.impact.tables import Column, Table, Tables, column_of, integer_range, table_of, type_length

from zsgate.sql.calls import Call
from zsgate.sql.parse import parse_text

Op = Operation
DATA_DEPENDENT = frozenset({Op.MAKE_NOT_NULL, Op.ADD_UNIQUE, Op.NARROW_TYPE, Op.ADD_PRIMARY_KEY, Op.CHANGE_PRIMARY_KEY})
"""Changes the server refuses half-way when existing rows disagree (ENUM_CHANGE too when it removes members)."""
DESTRUCTIVE = frozenset({Op.DROP_COLUMN, Op.NARROW_TYPE})
"""Changes that lose data for good (ENUM_CHANGE too when it removes members)."""
_DIALECT = MySQL()


@dataclass(frozen=True, slots=True)
class Change:
    """One change to an existing table: the operation, the column it is about, and its definitions."""

    table: str
    operation: Operation
    column: str = ""
    before: Column | None = None
    after: Column | None = None
    key: tuple[str, ...] = ()
    """The columns of an added key (UNIQUE, PRIMARY KEY)."""
    removed: tuple[str, ...] = ()
    """ENUM members the change removes."""
    new_table: bool = False
    """The table is created earlier in the same file: on the file's first run it holds no rows."""

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


class Reader:
    """Reads a file's statements in order, each against the tables and session the earlier ones leave."""

    def __init__(self, tables: Tables, session: Session) -> None:
        self.tables, self.session = tables, session
        self.created: set[str] = set()

    def read(self, expression: exp.Expression | None, call: Call | None = None) -> list[Change]:
        """The changes of one statement; then learn what it did."""
        if call is not None and (helper_sql := helper_alter(call)) is not None:
            expression = parse_text(helper_sql)
        changes = [
            replace(change, new_table=True) if change.table.lower() in self.created else change
            for change in self._changes(expression)
        ]
        self._learn(expression, changes)
        self.session = self.session.after(expression)
        return changes

    def _changes(self, expression: exp.Expression | None) -> Iterator[Change]:
        if isinstance(expression, exp.Alter) and expression.args.get("kind") == "TABLE":
            yield from self._alter(expression)
        elif isinstance(expression, exp.Create) and expression.args.get("kind") == "INDEX":
            index = expression.this
            table = index.args.get("table")
            if isinstance(table, exp.Table):
                columns = _names(index.args.get("params").args.get("columns") if index.args.get("params") else [])
                unique = bool(expression.args.get("unique"))
                operation = Op.ADD_UNIQUE if unique else Op.ADD_INDEX
                yield Change(table.name, operation, key=columns if unique else ())
        elif isinstance(expression, exp.Drop) and expression.args.get("kind") == "INDEX":
            on = expression.args.get("cluster")
            if isinstance(on, exp.OnProperty) and isinstance(on.this, exp.Table):
                name = next(iter(_dropped(expression)), "")
                yield Change(on.this.name, Op.DROP_PRIMARY_KEY if name.upper() == "PRIMARY" else Op.DROP_INDEX)
        elif isinstance(expression, exp.Command):
            yield from self._command(expression)

    def _alter(self, alter: exp.Alter) -> Iterator[Change]:
        name = alter.this.name
        table = self.tables.get(name)
        changes: list[Change] = []
        for action in alter.args.get("actions") or []:
            changes += self._action(name, table, action)
        for option in alter.args.get("options") or []:
            if isinstance(option, exp.EngineProperty):
                changes.append(Change(name, Op.REBUILD_TABLE))
            elif not isinstance(option, exp.AlgorithmProperty | exp.LockProperty):
                changes.append(Change(name, Op.OTHER))
        operations = {change.operation for change in changes}
        if {Op.DROP_PRIMARY_KEY, Op.ADD_PRIMARY_KEY} <= operations:
            key = next(change.key for change in changes if change.operation is Op.ADD_PRIMARY_KEY)
            changes = [c for c in changes if c.operation not in (Op.DROP_PRIMARY_KEY, Op.ADD_PRIMARY_KEY)]
            changes.append(Change(name, Op.CHANGE_PRIMARY_KEY, key=key))
        yield from changes or [Change(name, Op.OTHER)]

    def _action(self, name: str, table: Table | None, action: exp.Expression) -> list[Change]:
        if isinstance(action, exp.ColumnDef):
            added = column_of(action)
            kind = {"virtual": Op.ADD_VIRTUAL_COLUMN, "stored": Op.ADD_STORED_COLUMN}.get(added.generated or "")
            keys = _column_keys(name, action, added)
            return [Change(name, kind or Op.ADD_COLUMN, added.name, after=added), *keys]
        if isinstance(action, exp.Drop):
            return [self._drop(name, table, action)]
        if isinstance(action, exp.DropPrimaryKey):
            return [Change(name, Op.DROP_PRIMARY_KEY)]
        if isinstance(action, exp.ModifyColumn):
            return self._modify(name, table, action)
        if isinstance(action, exp.AlterColumn):
            operation = Op.DROP_DEFAULT if action.args.get("drop") else Op.SET_DEFAULT
            if action.args.get("default") is None and not action.args.get("drop"):
                operation = Op.OTHER
            return [Change(name, operation, action.name)]
        if isinstance(action, exp.RenameColumn):
            before = table.column(action.this.name) if table else None
            after = replace(before, name=action.args["to"].name) if before else None
            return [Change(name, Op.RENAME_COLUMN, action.this.name, before, after)]
        if isinstance(action, exp.AddConstraint):
            return [self._constraint(name, table, constraint) for constraint in action.expressions]
        if isinstance(action, exp.RenameIndex):
            return [Change(name, Op.RENAME_INDEX)]
        if isinstance(action, exp.AlterRename):
            return [Change(name, Op.RENAME_TABLE, after=None, key=(action.this.name,))]
        if isinstance(action, exp.ForceProperty):
            return [Change(name, Op.REBUILD_TABLE)]
        return [Change(name, Op.OTHER)]

    def _drop(self, name: str, table: Table | None, drop: exp.Drop) -> Change:
        kind = drop.args.get("kind")
        dropped = next(iter(_dropped(drop)), "")
        if kind == "COLUMN":
            return Change(name, Op.DROP_COLUMN, dropped, before=table.column(dropped) if table else None)
        if kind == "INDEX":
            return Change(name, Op.DROP_PRIMARY_KEY if dropped.upper() == "PRIMARY" else Op.DROP_INDEX, dropped)
        if kind == "FOREIGN KEY":
            return Change(name, Op.DROP_FOREIGN_KEY, dropped)
        return Change(name, Op.OTHER)

    def _constraint(self, name: str, table: Table | None, constraint: exp.Expression) -> Change:
        if isinstance(constraint, exp.Constraint) and constraint.expressions:
            constraint = constraint.expressions[0]
        if isinstance(constraint, exp.ForeignKey):
            checked = self.session.foreign_key_checks
            return Change(name, Op.ADD_FOREIGN_KEY if checked else Op.ADD_FOREIGN_KEY_UNCHECKED)
        if isinstance(constraint, exp.UniqueColumnConstraint):
            schema = constraint.this
            return Change(name, Op.ADD_UNIQUE, key=_names(schema.expressions if isinstance(schema, exp.Schema) else []))
        if isinstance(constraint, exp.PrimaryKey):
            return Change(name, Op.ADD_PRIMARY_KEY, key=_names(constraint.expressions))
        if isinstance(constraint, exp.IndexColumnConstraint):
            if constraint.args.get("kind") == "FULLTEXT":
                first = table is None or not table.fulltext
                return Change(name, Op.ADD_FULLTEXT if first else Op.ADD_ANOTHER_FULLTEXT)
            return Change(name, Op.ADD_INDEX)
        return Change(name, Op.OTHER)

    def _modify(self, name: str, table: Table | None, modify: exp.ModifyColumn) -> list[Change]:
        definition = modify.this
        after = column_of(definition)
        old_name = modify.args.get("rename_from").name if modify.args.get("rename_from") else after.name
        before = table.column(old_name) if table else None
        changes = []
        if old_name.lower() != after.name.lower():
            changes.append(Change(name, Op.RENAME_COLUMN, old_name, before, after))
        if definition.args.get("position") is not None:
            changes.append(Change(name, Op.REORDER_COLUMN, after.name, before, after))
        if before is None:
            return [*changes, Change(name, Op.CHANGE_COLUMN, after.name, None, after)]
        charset = table.charset if table else ""
        indexed = table is not None and _in_a_key(table, old_name)
        changes += [
            Change(name, Op.WIDEN_INDEXED_CHARSET if op is Op.WIDEN_CHARSET and indexed else op, after.name, before,
                   after, removed=removed)
            for op, removed in _column_changes(before, after, charset)
        ]  # fmt: skip
        changes += _column_keys(name, definition)
        return changes or [Change(name, Op.NO_CHANGE, after.name, before, after)]

    def _command(self, command: exp.Command) -> Iterator[Change]:
        """RENAME TABLE and the ALTER TABLE forms sqlglot leaves as a Command (CONVERT TO CHARACTER SET)."""
        raw = command.args.get("expression")
        words = _tokens(raw.name if isinstance(raw, exp.Expression) else str(raw or ""))
        verb = str(command.this).upper()
        if verb == "RENAME" and words and words[0].text.upper() == "TABLE":
            for pair in _split(words[1:], TokenType.COMMA):
                old, new = _split(pair, None, "TO") if any(t.text.upper() == "TO" for t in pair) else ([], [])
                if old and new:
                    yield Change(old[-1].text, Op.RENAME_TABLE, key=(new[-1].text,))
        elif verb == "ALTER" and len(words) > 1 and words[0].text.upper() == "TABLE":
            name = _table_name(words[1:])
            texts = [word.text.upper() for word in words]
            converting = any(texts[i : i + 2] == ["CONVERT", "TO"] for i in range(len(texts)))
            yield Change(name, Op.CONVERT_CHARSET if converting else Op.OTHER)

    def _learn(self, expression: exp.Expression | None, changes: list[Change]) -> None:
        """Update the definitions with what the statement did."""
        if isinstance(expression, exp.Create) and expression.args.get("kind") == "TABLE":
            if isinstance(expression.this, exp.Schema) and isinstance(expression.this.this, exp.Table):
                self.created.add(expression.this.this.name.lower())
                exists = expression.args.get("exists") and self.tables.get(expression.this.this.name)
                if not exists:
                    self.tables.define(table_of(expression.this, expression.args.get("properties")))
            return
        if isinstance(expression, exp.Drop) and expression.args.get("kind") == "TABLE":
            for dropped in _dropped(expression):
                self.tables.forget(dropped)
            return
        for change in changes:
            _apply(self.tables, change, expression)


def _column_changes(before: Column, after: Column, table_charset: str) -> Iterator[tuple[Operation, tuple[str, ...]]]:
    """The operations that turn column ``before`` into ``after`` (same name)."""
    old, new = before.type, after.type
    if before.generated != after.generated:
        yield Op.CHANGE_TYPE, ()
    elif old.this is exp.DataType.Type.ENUM and new.this is exp.DataType.Type.ENUM:
        old_members, new_members = _members(old), _members(new)
        if new_members[: len(old_members)] == old_members:
            if len(new_members) > len(old_members):
                yield Op.ENUM_APPEND, ()
        else:
            yield Op.ENUM_CHANGE, tuple(m for m in old_members if m not in new_members)
    elif old.this == new.this and type_length(old) is not None and type_length(new) is not None:
        old_bytes, new_bytes = before.max_bytes(table_charset), after.max_bytes(table_charset)
        if _charset(before, table_charset) != _charset(after, table_charset):
            yield _charset_change(before, after, table_charset), ()
        elif new_bytes is not None and old_bytes is not None and new_bytes > old_bytes:
            yield (Op.WIDEN_VARCHAR_PREFIX if old_bytes <= 255 < new_bytes else Op.WIDEN_VARCHAR), ()
        elif new_bytes is not None and old_bytes is not None and new_bytes < old_bytes:
            yield Op.NARROW_TYPE, ()
    elif (old_range := integer_range(old)) and (new_range := integer_range(new)) and old_range != new_range:
        fits = new_range[0] <= old_range[0] and old_range[1] <= new_range[1]
        yield (Op.CHANGE_TYPE if fits else Op.NARROW_TYPE), ()
    elif old.sql("mysql").upper() != new.sql("mysql").upper():
        yield Op.CHANGE_TYPE, ()
    elif _charset(before, table_charset) != _charset(after, table_charset):
        yield _charset_change(before, after, table_charset), ()
    if before.auto_increment != after.auto_increment:
        yield Op.CHANGE_TYPE, ()
    if before.nullable and not after.nullable:
        yield Op.MAKE_NOT_NULL, ()
    elif not before.nullable and after.nullable:
        yield Op.MAKE_NULLABLE, ()
    if _default(before) != _default(after):
        yield (Op.SET_DEFAULT if _default(after) is not None else Op.DROP_DEFAULT), ()


def _default(column: Column) -> str | None:
    """The DEFAULT as SQL; a nullable column without one defaults to NULL."""
    if column.default is None or column.default.upper() == "NULL":
        return None
    return column.default


def _column_keys(table: str, definition: exp.ColumnDef, added: Column | None = None) -> list[Change]:
    """``UNIQUE`` or ``PRIMARY KEY`` written on a column definition: a key added over that column. Over a
    column the statement adds (``added``), every existing row gets the same value: a UNIQUE key holds
    only when that value is NULL, so then it is a plain index."""
    changes = []
    for constraint in definition.constraints:
        kind = constraint.args.get("kind")
        if isinstance(kind, exp.UniqueColumnConstraint):
            all_null = added is not None and added.nullable and _default(added) is None
            operation = Op.ADD_INDEX if all_null else Op.ADD_UNIQUE
            changes.append(Change(table, operation, definition.name, after=added, key=(definition.name,)))
        elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
            changes.append(Change(table, Op.ADD_PRIMARY_KEY, definition.name, after=added, key=(definition.name,)))
    return changes


def _in_a_key(table: Table, column: str) -> bool:
    """Whether the primary key or an index holds ``column``."""
    keys = [table.primary_key, *table.indexes.values()]
    return any(column.lower() in (part.lower() for part in key) for key in keys)


def _charset_change(before: Column, after: Column, table_charset: str) -> Operation:
    """utf8mb3 to utf8mb4 widens; any other change of character set converts every value."""
    pair = (_charset(before, table_charset), _charset(after, table_charset))
    return Op.WIDEN_CHARSET if pair == ("utf8mb3", "utf8mb4") else Op.CHANGE_CHARSET


def _charset(column: Column, table_charset: str) -> str:
    charset = (column.charset or table_charset).lower()
    return "utf8mb3" if charset == "utf8" else charset


def _members(data_type: exp.DataType) -> list[str]:
    return [member.name for member in data_type.expressions]


def _names(columns: list[exp.Expression] | None) -> tuple[str, ...]:
    """Column names of a key's column list (plain, prefixed or ordered)."""
    return tuple(column.this.name if isinstance(column, exp.Ordered) else column.name for column in columns or [])


def _apply(tables: Tables, change: Change, expression: exp.Expression | None) -> None:
    table = tables.get(change.table)
    if change.operation is Op.RENAME_TABLE and change.key:
        tables.rename(change.table, change.key[0])
        return
    if table is None:
        return
    position = _position(expression, change.column)
    if change.after is not None and change.operation in (Op.ADD_COLUMN, Op.ADD_VIRTUAL_COLUMN, Op.ADD_STORED_COLUMN):
        index = len(table.columns) if position is None else position(table)
        table.columns.insert(index, change.after)
    elif change.operation is Op.DROP_COLUMN:
        table.columns = [c for c in table.columns if c.name.lower() != change.column.lower()]
    elif change.after is not None and change.before is not None:
        names = {change.before.name.lower(), change.after.name.lower()}
        index = next((i for i, c in enumerate(table.columns) if c.name.lower() in names), len(table.columns))
        table.columns[index : index + 1] = [change.after]
    elif change.operation in (Op.ADD_FULLTEXT, Op.ADD_ANOTHER_FULLTEXT):
        table.fulltext.add(f"#{len(table.fulltext)}")
    elif change.operation in (Op.ADD_PRIMARY_KEY, Op.CHANGE_PRIMARY_KEY):
        table.primary_key = change.key
    elif change.operation is Op.DROP_PRIMARY_KEY:
        table.primary_key = ()


def _position(expression: exp.Expression | None, column: str) -> Callable[[Table], int] | None:
    """Where an added column goes (FIRST / AFTER x), as a function of the table; None to append."""
    if not isinstance(expression, exp.Alter):
        return None
    for action in expression.args.get("actions") or []:
        if isinstance(action, exp.ColumnDef) and action.name == column:
            place = action.args.get("position")
            if place is None:
                return None
            if place.args.get("position") == "FIRST":
                return lambda table: 0
            after = place.this.name if place.this is not None else ""
            return lambda table: next(
                (i + 1 for i, c in enumerate(table.columns) if c.name.lower() == after.lower()), len(table.columns)
            )
    return None


def helper_alter(call: Call) -> str | None:
    """The ALTER TABLE a helper procedure of beforeMigrate.sql runs for this call, None for other calls."""
    argument = call.argument
    procedure = call.procedure.upper()
    if procedure == "ADD_COLUMN" and argument(0) and argument(1) and argument(2):
        null = "" if argument(3) != "0" else " NOT NULL"
        default = f" DEFAULT '{argument(4)}'" if argument(4) is not None else " DEFAULT NULL"
        return f"ALTER TABLE zstack.{argument(0)} ADD COLUMN {argument(1)} {argument(2)}{null}{default}"
    if procedure == "CREATE_INDEX" and argument(0) and argument(1) and argument(2):
        return f"ALTER TABLE {argument(0)} ADD INDEX {argument(1)} (`{argument(2)}`)"
    if procedure in ("DELETE_INDEX", "DROP_INDEX") and argument(0) and argument(1):
        return f"ALTER TABLE {argument(0)} DROP INDEX {argument(1)}"
    if procedure == "DROP_COLUMN" and argument(0) and argument(1):
        return f"ALTER TABLE zstack.{argument(0)} DROP {argument(1)}"
    if procedure == "ADD_CONSTRAINT" and all(argument(i) for i in range(6)):
        return (
            f"ALTER TABLE zstack.{argument(0)} ADD CONSTRAINT {argument(1)} FOREIGN KEY ({argument(2)}) "
            f"REFERENCES zstack.{argument(3)} ({argument(4)}) ON DELETE {argument(5)}"
        )
    return None


def _dropped(drop: exp.Drop) -> list[str]:
    """The names a DROP (of a table, column, index or key) names."""
    named = drop.args.get("tables") or ([drop.this] if drop.this is not None else [])
    return [node.name for node in named]


def _tokens(text: str) -> list[Token]:
    try:
        return _DIALECT.tokenize(text)
    except TokenError:
        return []


def _split(tokens: list[Token], token_type: TokenType | None, word: str = "") -> list[list[Token]]:
    """``tokens`` cut at each token of ``token_type`` (or each bare ``word``)."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.token_type is token_type or (word and token.text.upper() == word):
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _table_name(tokens: list[Token]) -> str:
    """The table of ``[schema.]table ...``: the name before the first keyword."""
    name = ""
    for index, token in enumerate(tokens):
        if token.token_type is TokenType.DOT:
            continue
        if index and tokens[index - 1].token_type is not TokenType.DOT:
            break
        name = token.text
    return name
