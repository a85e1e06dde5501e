"""The schema a history leaves, built statically: tables, columns, keys, foreign keys, procedures.

What the files say is applied as the server would apply it (see :mod:`zsgate.history.changes`); what
cannot be known without a server (a TIMESTAMP column's nullability, a table a procedure body changed)
is kept as unknown, so that nobody guesses from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Column:
    """A column: ``type`` its type's name (``VARCHAR``, "" when unknown); ``nullable`` None when the server decides."""

    name: str
    type: str
    nullable: bool | None
    default: str | None = None
    auto_increment: bool = False


@dataclass(frozen=True, slots=True)
class Index:
    """A key of a table other than its primary key; ``unique`` for UNIQUE keys."""

    name: str
    columns: tuple[str, ...]
    unique: bool


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """A foreign key: ``columns`` of its table reference ``referenced`` of ``references``."""

    name: str
    columns: tuple[str, ...]
    references: str
    referenced: tuple[str, ...]
    on_delete: str = ""
    """Upper case (``CASCADE``, ``SET NULL`` ...), "" when not given (RESTRICT)."""


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

    def column(self, name: str) -> Column | None:
        return self.columns.get(name.lower())

    def put_column(self, column: Column) -> None:
        """Add or replace a column; a primary-key column is NOT NULL whatever its definition says."""
        if column.name.lower() in {c.lower() for c in self.primary_key}:
            column = replace(column, nullable=False)
        self.columns[column.name.lower()] = column

    def set_primary_key(self, columns: tuple[str, ...]) -> None:
        """The server makes every primary-key column NOT NULL."""
        self.primary_key = columns
        for name in columns:
            if (column := self.column(name)) is not None:
                self.columns[name.lower()] = replace(column, nullable=False)

    def add_index(self, index: Index) -> None:
        """Add a key; an unnamed one gets the server's name: its first column, then ``_2``, ``_3``..."""
        name = index.name or index.columns[0]
        taken = {*self.indexes, "primary"}
        if not index.name and name.lower() in taken:
            name = next(f"{name}_{n}" for n in range(2, len(taken) + 3) if f"{name}_{n}".lower() not in taken)
        self.indexes[name.lower()] = replace(index, name=name)

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
        return Table(
            self.name, dict(self.columns), self.primary_key, dict(self.indexes), dict(self.foreign_keys), self.complete
        )


class ColumnFacts(Protocol):
    """Where columns the history does not define are looked up (the project's models)."""

    def nullable(self, table: str, column: str) -> bool | None: ...


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

    def table(self, name: str) -> Table | None:
        return self.tables.get(name)

    def nullable(self, table: str, column: str) -> bool | None:
        """True or False when the history (or, for tables it never made, the fallback) knows; None otherwise."""
        known = self.tables.get(table)
        if known is not None and (found := known.column(column)) is not None:
            return found.nullable
        if (known is not None and known.complete) or table in self.unknown or self.fallback is None:
            return None
        return self.fallback.nullable(table, column)

    def defines(self, procedure: str) -> bool:
        return procedure.upper() in self.procedures

    def forget(self, tables: Iterable[str]) -> None:
        """Tables changed by something not read (a procedure body, a statement sqlglot cannot parse): nothing
        is said about them until a CREATE TABLE defines them again."""
        for name in tables:
            self.tables.pop(name, None)
            self.unknown.add(name)

    def rename_table(self, old: str, new: str) -> None:
        """Move a table; foreign keys of other tables follow it, as the server's do."""
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
        )
