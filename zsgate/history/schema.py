"""The schema a history leaves, built statically: tables, columns, keys, foreign keys, views, triggers,
procedures.

What the files say is applied as the server would apply it (see :mod:`zsgate.history.changes`); what
cannot be known without a server (a TIMESTAMP column's nullability, a table a procedure body changed)
is kept as unknown, so that nobody guesses from it. Every command reads tables through this one model:
lint's rules over the schema, impact's table before a change, replay's bookkeeping.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Protocol, TypeVar

from zsgate.pickled import by_fields

STRING_TYPES = frozenset({"VARCHAR", "CHAR", "NVARCHAR", "NCHAR", "VARBINARY", "BINARY"})
"""Types whose one argument is a length (in characters, in bytes for the binary ones)."""
BINARY_TYPES = frozenset({"VARBINARY", "BINARY"})
BYTES_PER_CHAR = {"latin1": 1, "ascii": 1, "binary": 1, "utf8": 3, "utf8mb3": 3, "utf8mb4": 4, "ucs2": 2, "utf16": 4}
"""The most bytes a character takes in each character set (MySQL manual, "Character Sets and Collations")."""
INTEGER_BYTES = {"TINYINT": 1, "SMALLINT": 2, "MEDIUMINT": 3, "INT": 4, "BIGINT": 8}
UNSIGNED_INTEGERS = {f"U{name}": name for name in INTEGER_BYTES}
"""sqlglot's names of the unsigned integers (``INT UNSIGNED`` is ``UINT``)."""
UNSIGNED_TYPES = {**UNSIGNED_INTEGERS, "UDECIMAL": "DECIMAL", "UDOUBLE": "DOUBLE", "UFLOAT": "FLOAT"}
"""sqlglot's names of every unsigned type, with the signed type each is (``DECIMAL(10,2) UNSIGNED``: ``UDECIMAL``;
``UFLOAT`` is ours: sqlglot cannot read ``FLOAT UNSIGNED``, a server reports it)."""
STRING_OPTIONS = frozenset(
    {"COMMENT", "CONNECTION", "PASSWORD", "DATA DIRECTORY", "INDEX DIRECTORY", "ENCRYPTION", "COMPRESSION"}
)
"""Table options whose value is a string literal (MySQL manual, "CREATE TABLE"): the model keeps its text unquoted."""
_MYSQL_NAMES = {"TIMESTAMPTZ": "TIMESTAMP"}
"""sqlglot's names whose MySQL spelling differs (its MySQL dialect reads TIMESTAMP as TIMESTAMPTZ)."""


@by_fields
@dataclass(frozen=True, slots=True)
class Column:
    """A column as its definition makes it.

    ``type`` is the type's name as sqlglot's MySQL dialect reads it (``VARCHAR``, ``UINT`` for ``INT
    UNSIGNED``; "" when unknown) and ``arguments`` its literal arguments (a length, a precision and
    scale, ENUM or SET members). ``nullable`` is None when the server decides (a bare TIMESTAMP).
    Read from a live server (:mod:`zsgate.compare.reflect`), every field is as the server spells it: its
    default and ON UPDATE keep their spelling (MariaDB's ``current_timestamp()``)."""

    name: str
    type: str
    nullable: bool | None
    default: str | None = None
    """The DEFAULT clause as SQL (``'Enabled'``, ``CURRENT_TIMESTAMP``); None when there is none."""
    auto_increment: bool = False
    arguments: tuple[str, ...] = ()
    charset: str | None = None
    """The column's own CHARACTER SET; None when it takes the table's."""
    collation: str | None = None
    generated: str | None = None
    """``VIRTUAL`` or ``STORED`` for a generated column."""
    on_update: str | None = None
    """The ON UPDATE clause as SQL (``CURRENT_TIMESTAMP``); None when there is none."""
    comment: str | None = None
    """The COMMENT's text (unquoted); None when there is none."""
    zerofill: bool = False
    """``INT(10) UNSIGNED ZEROFILL`` (values shown padded with zeros to the display width)."""

    @property
    def length(self) -> int | None:
        """The length of a VARCHAR(n), CHAR(n), VARBINARY(n) or BINARY(n); None for other types."""
        if self.type in STRING_TYPES and self.arguments and self.arguments[0].isdigit():
            return int(self.arguments[0])
        return None

    @property
    def members(self) -> tuple[str, ...]:
        """The members of an ENUM or SET, in order."""
        return self.arguments if self.type in ("ENUM", "SET") else ()

    @property
    def integer_range(self) -> tuple[int, int] | None:
        """The values an integer type holds (``INT UNSIGNED``: 0 to 2**32 - 1); None for other types."""
        if self.type in UNSIGNED_INTEGERS:
            return 0, 2 ** (8 * INTEGER_BYTES[UNSIGNED_INTEGERS[self.type]]) - 1
        if self.type in INTEGER_BYTES:
            bits = 8 * INTEGER_BYTES[self.type] - 1
            return -(2**bits), 2**bits - 1
        return None

    def max_bytes(self, table_charset: str) -> int | None:
        """The longest value of a string type in bytes (what sizes a VARCHAR's length prefix); None for
        other types. A character set missing from ``BYTES_PER_CHAR`` counts 4 bytes a character."""
        if (length := self.length) is None:
            return None
        if self.type in BINARY_TYPES:
            return length
        return length * BYTES_PER_CHAR.get((self.charset or table_charset).lower(), 4)

    @property
    def type_name(self) -> str:
        """The type's name as MySQL writes it, without UNSIGNED: ``INT`` for ``UINT``, ``TIMESTAMP``."""
        return UNSIGNED_TYPES.get(self.type) or _MYSQL_NAMES.get(self.type, self.type)

    @property
    def type_sql(self) -> str:
        """The type as MySQL writes it: ``VARCHAR(32)``, ``INT UNSIGNED``, ``ENUM('a', 'b')``."""
        name = self.type_name
        unsigned = " UNSIGNED" if self.type in UNSIGNED_TYPES else ""
        unsigned += " ZEROFILL" if self.zerofill else ""
        if not self.arguments:
            return name + unsigned
        if self.members:
            listed = ", ".join("'" + member.replace("'", "''") + "'" for member in self.members)
        else:
            listed = ", ".join(self.arguments)
        return f"{name}({listed}){unsigned}"


@by_fields
@dataclass(frozen=True, slots=True)
class Index:
    """A key of a table other than its primary key; ``unique`` for UNIQUE keys, ``fulltext`` for FULLTEXT ones."""

    name: str
    columns: tuple[str, ...]
    unique: bool
    fulltext: bool = False
    prefixes: tuple[int | None, ...] = ()
    """Per column the length of its prefix (``name(32)``), None for a whole column; () when none has one."""

    @property
    def parts(self) -> tuple[tuple[str, int | None], ...]:
        """Each column with the length of its prefix (None: the whole column)."""
        return tuple(zip(self.columns, self.prefixes or (None,) * len(self.columns), strict=True))


@by_fields
@dataclass(frozen=True, slots=True)
class ForeignKey:
    """A foreign key: ``columns`` of its table reference ``referenced`` of ``references``."""

    name: str
    columns: tuple[str, ...]
    references: str
    referenced: tuple[str, ...]
    on_delete: str = ""
    """Upper case (``CASCADE``, ``SET NULL`` ...), "" when not given (RESTRICT)."""
    on_update: str = ""
    """As ``on_delete``, for ON UPDATE."""


@by_fields
@dataclass(slots=True)
class Table:
    """A table as far as the history tells. ``complete`` is False for a table the history changes but never
    created: its other columns are looked up in the fallback."""

    name: str
    columns: dict[str, Column] = field(default_factory=dict)
    """Lower-case name -> column, in table order."""
    primary_key: tuple[str, ...] = ()
    indexes: dict[str, Index] = field(default_factory=dict)
    """Lower-case name -> key."""
    foreign_keys: dict[str, ForeignKey] = field(default_factory=dict)
    """Lower-case name -> foreign key."""
    complete: bool = True
    engine: str | None = None
    charset: str | None = None
    """The table's DEFAULT CHARSET; None when it takes the server's."""
    collation: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    """Its other options (``ROW_FORMAT``, ``COMMENT``, ``AUTO_INCREMENT`` ...) by upper-case name, as SQL but for
    the text of those in ``STRING_OPTIONS``, kept unquoted."""
    partitioning: str | None = None
    """What follows PARTITION BY, as its source spells it (``RANGE (YEAR(at)) (PARTITION p0 ...)``); None when
    the table has none."""

    @property
    def comment(self) -> str | None:
        """The table's COMMENT (its text); None when it has none."""
        return self.options.get("COMMENT")

    def column(self, name: str) -> Column | None:
        return self.columns.get(name.lower())

    def set_option(self, name: str, value: str) -> None:
        """A table option by its upper-case name (``ENGINE``, ``CHARACTER SET``, ``COLLATE``, ``COMMENT``,
        ``PARTITION BY`` ...)."""
        value = sys.intern(value)  # InnoDB, utf8: the same in every table
        if name == "ENGINE":
            self.engine = value
        elif name in ("CHARACTER SET", "CHARSET"):
            self.charset = value
        elif name == "COLLATE":
            self.collation = value
        elif name == "PARTITION BY":
            self.partitioning = value
        else:
            self.options[name] = value

    def put_column(self, column: Column, first: bool = False, after: str = "") -> None:
        """Add or replace a column, where it is (or last), FIRST, or AFTER ``after``; a primary-key column is
        NOT NULL whatever its definition says."""
        key = sys.intern(column.name.lower())
        if column.nullable is not False and key in {c.lower() for c in self.primary_key}:
            column = replace(column, nullable=False)
        column = shared(column)
        if not first and not after:
            self.columns[key] = column
            return
        others = [(k, c) for k, c in self.columns.items() if k != key]
        at = 0 if first else next((i + 1 for i, (k, _) in enumerate(others) if k == after.lower()), len(others))
        self.columns = dict([*others[:at], (key, column), *others[at:]])

    def set_primary_key(self, columns: tuple[str, ...]) -> None:
        """The server makes every primary-key column NOT NULL."""
        self.primary_key = shared(columns)
        for name in columns:
            if (column := self.column(name)) is not None and column.nullable is not False:
                self.columns[name.lower()] = shared(replace(column, nullable=False))

    def add_index(self, index: Index) -> None:
        """Add a key; an unnamed one gets the server's name: its first column, then ``_2``, ``_3``..."""
        name = index.name or index.columns[0]
        if not index.name and ((lower := name.lower()) in self.indexes or lower == "primary"):
            taken = {*self.indexes, "primary"}
            name = next(f"{name}_{n}" for n in range(2, len(taken) + 3) if f"{name}_{n}".lower() not in taken)
        self.indexes[sys.intern(name.lower())] = shared(index if index.name == name else replace(index, name=name))

    def add_foreign_key(self, foreign_key: ForeignKey) -> bool:
        """Add a foreign key (False when one of its name exists). The server needs an index whose first
        columns are the key's: where the table has none it adds one, named after the foreign key."""
        name = (foreign_key.name or f"{self.name}_ibfk_{len(self.foreign_keys) + 1}").lower()
        if name in self.foreign_keys:
            return False
        self.foreign_keys[name] = foreign_key
        self.index_foreign_key(foreign_key)
        return True

    def index_foreign_key(self, foreign_key: ForeignKey) -> None:
        """Add the index the server adds for a foreign key no key of the table starts with."""
        wanted = tuple(column.lower() for column in foreign_key.columns)
        keys = [self.primary_key, *(index.columns for index in self.indexes.values())]
        if not any(tuple(c.lower() for c in key[: len(wanted)]) == wanted for key in keys):
            self.add_index(Index(foreign_key.name, foreign_key.columns, unique=False))

    def holds(self, column: str) -> bool:
        """Whether the primary key or an index holds ``column``."""
        keys = [self.primary_key, *(index.columns for index in self.indexes.values())]
        return any(column.lower() in (part.lower() for part in key) for key in keys)

    @property
    def fulltext(self) -> bool:
        """Whether the table has a FULLTEXT index (and so InnoDB's hidden FTS_DOC_ID column)."""
        return any(index.fulltext for index in self.indexes.values())

    def rename_column(self, old: str, new: str) -> None:
        """Rename a column where its table, keys and foreign keys name it."""

        def renamed(columns: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(new if c.lower() == old.lower() else c for c in columns)

        self.columns = {
            (new.lower() if key == old.lower() else key): (replace(c, name=new) if key == old.lower() else c)
            for key, c in self.columns.items()
        }
        self.primary_key = renamed(self.primary_key)
        self.indexes = {k: replace(i, columns=renamed(i.columns)) for k, i in self.indexes.items()}
        self.foreign_keys = {k: replace(f, columns=renamed(f.columns)) for k, f in self.foreign_keys.items()}

    def drop_column(self, name: str) -> None:
        """Drop a column; the server drops it from every key too, and a key left empty with it."""
        self.columns.pop(name.lower(), None)

        def without(columns: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(c for c in columns if c.lower() != name.lower())

        self.primary_key = without(self.primary_key)
        self.indexes = {
            k: replace(i, columns=without(i.columns)) for k, i in self.indexes.items() if without(i.columns)
        }

    def copy(self) -> Table:
        return replace(
            self,
            columns=dict(self.columns),
            indexes=dict(self.indexes),
            foreign_keys=dict(self.foreign_keys),
            options=dict(self.options),
        )


class ColumnFacts(Protocol):
    """Where columns the history does not define are looked up (the project's models)."""

    def column(self, table: str, name: str) -> Column | None: ...

    def charset(self, table: str) -> str | None: ...


@by_fields
@dataclass(frozen=True, slots=True)
class View:
    """A view: its SELECT as sqlglot writes it (as the server reports it, read from a live server) and the
    tables (and views) it reads, in name order; "" and () when its SELECT could not be read. The history reader
    does not read the options: they stay at the server's defaults."""

    name: str
    definition: str
    reads: tuple[str, ...]
    algorithm: str = "UNDEFINED"
    """ALGORITHM: ``UNDEFINED``, ``MERGE`` or ``TEMPTABLE``."""
    security: str = "DEFINER"
    """SQL SECURITY: ``DEFINER`` or ``INVOKER``."""
    check_option: str = "NONE"
    """WITH ... CHECK OPTION: ``NONE``, ``CASCADED`` or ``LOCAL``."""


@by_fields
@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger on ``table``: ``timing`` BEFORE or AFTER, ``event`` INSERT, UPDATE or DELETE (upper case).
    The history reader reads no more: ``order`` 0 and ``statement`` "" say it does not know them."""

    name: str
    table: str
    timing: str
    event: str
    order: int = 0
    """Its place among the triggers of its table, timing and event (the server's ACTION_ORDER, from 1)."""
    statement: str = ""
    """Its body as the server reports it (``BEGIN ... END`` or one statement)."""


@dataclass(slots=True)
class Procedure:
    """A stored procedure the history defined, and the tables its body changes (ALTER, RENAME, DROP ...)."""

    name: str
    changes_tables: frozenset[str] = frozenset()


@dataclass(slots=True)
class Schema:
    """The schema at one point of a history. ``fallback`` answers for tables the history never created."""

    tables: dict[str, Table] = field(default_factory=dict)
    procedures: dict[str, Procedure] = field(default_factory=dict)
    """Upper-case name -> procedure."""
    unknown: set[str] = field(default_factory=set)
    """Tables something unread changed: nothing is said about them, nor are changes to them followed."""
    fallback: ColumnFacts | None = None
    views: dict[str, View] = field(default_factory=dict)
    """Name -> view (names are case-sensitive, as the tables' are)."""
    triggers: dict[str, Trigger] = field(default_factory=dict)
    """Name -> trigger."""

    def table(self, name: str) -> Table | None:
        return self.tables.get(name)

    def column(self, table: str, name: str) -> Column | None:
        """The column as the history (or, for tables it never made, the fallback) defines it; None otherwise."""
        known = self.tables.get(table)
        if known is not None and (found := known.column(name)) is not None:
            return found
        if not self._falls_back(table, known):
            return None
        return self.fallback.column(table, name)  # type: ignore[union-attr]

    def nullable(self, table: str, column: str) -> bool | None:
        """True or False when the history (or, for tables it never made, the fallback) knows; None otherwise."""
        found = self.column(table, column)
        return found.nullable if found is not None else None

    def charset(self, table: str) -> str | None:
        """The table's DEFAULT CHARSET where the history or the fallback says it; None otherwise."""
        known = self.tables.get(table)
        if known is not None and known.charset is not None:
            return known.charset
        return self.fallback.charset(table) if self._falls_back(table, known) else None  # type: ignore[union-attr]

    def _falls_back(self, table: str, known: Table | None) -> bool:
        return (known is None or not known.complete) and table not in self.unknown and self.fallback is not None

    def defines(self, procedure: str) -> bool:
        return procedure.upper() in self.procedures

    def forget(self, tables: Iterable[str]) -> None:
        """Tables changed by something not read (a procedure body, a statement sqlglot cannot parse): nothing
        is said about them until a CREATE TABLE defines them again."""
        for name in tables:
            self.tables.pop(name, None)
            self.unknown.add(name)

    def views_over(self, table: str) -> list[View]:
        """The views that read ``table``, in name order."""
        return [view for name, view in sorted(self.views.items()) if table in view.reads]

    def drop_tables(self, names: Iterable[str]) -> None:
        """Drop tables and, as the server does, their triggers (views over them stay, invalid)."""
        dropped = set(names)
        for name in dropped:
            self.tables.pop(name, None)
            self.unknown.discard(name)
        self.triggers = {key: t for key, t in self.triggers.items() if t.table not in dropped}

    def rename_table(self, old: str, new: str) -> None:
        """Move a table; foreign keys of other tables and its triggers follow it, as the server's do (views
        over it keep the old name, as the server's do)."""
        self.triggers = {key: (replace(t, table=new) if t.table == old else t) for key, t in self.triggers.items()}
        table = self.tables.pop(old, None)
        if table is None:
            self.unknown.add(new)
            return
        table.name = new
        self.tables[new] = table
        for other in self.tables.values():
            other.foreign_keys = {
                key: (replace(fk, references=new) if fk.references == old else fk)
                for key, fk in other.foreign_keys.items()
            }

    def copy(self) -> Schema:
        return Schema(
            {name: table.copy() for name, table in self.tables.items()},
            dict(self.procedures),
            set(self.unknown),
            self.fallback,
            dict(self.views),
            dict(self.triggers),
        )


_Value = TypeVar("_Value", bound=Hashable)
_SHARED: dict[Hashable, Hashable] = {}


_SHARED_AT_MOST = 1 << 16
"""Distinct values kept for sharing; past it the table starts afresh, so a long-lived process stays bounded."""


def shared(value: _Value) -> _Value:
    """One object for equal values (a column, key or foreign key): a long history declares the same ones
    again and again (ZStack's `uuid` VARCHAR(32) NOT NULL), and what lint keeps of each file holds them."""
    if len(_SHARED) >= _SHARED_AT_MOST:
        _SHARED.clear()
        _MADE.clear()
    return _SHARED.setdefault(value, value)  # type: ignore[return-value]


_MADE: dict[tuple[object, ...], Hashable] = {}
"""What :func:`shared_made` made, by its type and fields."""


def shared_made(kind: Callable[..., _Value], *fields: object) -> _Value:
    """``shared(kind(*fields))``, found by its fields when an equal one was made before: a tuple is hashed and
    compared in C, where making a frozen dataclass and sharing it runs its ``__init__`` and ``__hash__``, both
    Python (a history declares the same columns and keys again and again)."""
    key = (kind, *fields)
    made = _MADE.get(key)
    if made is None:
        if len(_MADE) >= _SHARED_AT_MOST:
            _MADE.clear()
        made = _MADE[key] = shared(kind(*fields))
    return made  # type: ignore[return-value]


def shared_table(table: Table) -> Table:
    """One object for equal tables as CREATE TABLE declares them, in the same column and key order (a file
    that creates the same table again and again holds one): such a table must not change afterwards, as
    :func:`zsgate.history.apply.apply` copies it into the schema."""
    values = (getattr(table, name) for name in _TABLE_FIELDS)
    key = tuple(tuple(value.items()) if isinstance(value, dict) else value for value in values)
    return shared(_SharedTable(key, table)).table


_TABLE_FIELDS = tuple(part.name for part in fields(Table))
"""Every field of a table: a new one is never left out of its key."""


@dataclass(frozen=True, slots=True)
class _SharedTable:
    """A table as :func:`shared` keeps it: equal by its declaration (``key``), not by the mutable table."""

    key: tuple[object, ...]
    table: Table = field(compare=False)
