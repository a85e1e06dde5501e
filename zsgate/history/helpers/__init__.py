"""The catalogue of ZStack's helper procedures: one entry per procedure of ``conf/db/upgrade/beforeMigrate.sql``.

Each entry says what a call passes (:class:`Parameter`, in the procedure's order), which arguments the
procedure splices into its ALTER TABLE or RENAME TABLE text without backticks, the changes a call makes (in
:mod:`zsgate.history.changes`' vocabulary), the ZStack version that brought it, and whether zsgate's own copy
of it (:data:`SQL`, the helpers of the baseline that verify builds) defines it. Each helper looks in
information_schema first, so a second call is a no-op: that is what ``if_missing`` and the "skip when absent" of
the drops model. Lint's rules, history's reader, the generator and verify read this module; the tests check it
against the corpus's beforeMigrate.sql and against a server.

One entry is zsgate's own: :data:`GUARD`, the temporary procedure a generated file defines and calls where
beforeMigrate.sql has no helper for a change (``CALL zsgate_alter_if(0, '<information_schema condition>',
'<statement>')``); a call of it makes the changes its statement makes.

Sources: the corpus (zstackio/zstack ``conf/db`` at 5a29293bd53c, whose beforeMigrate.sql defines the first five
and whose upgrade files first call each in the version given), zstackio/zstack a49cacda04 (INSERT_COLUMN, on the
4.8.0.6 branch) and 098218e78a37 (RENAME_TABLE, DROP_FOREIGN_KEY, GENERIC_ADD_FOREIGN_KEY, ZStack 5.4).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from zsgate.history.changes import (
    AddColumn,
    AddForeignKey,
    AddIndex,
    Change,
    DropColumn,
    DropForeignKey,
    DropIndex,
    RenameTable,
    text_changes,
    typed_column,
)
from zsgate.history.schema import ForeignKey, Index
from zsgate.sql.calls import Argument, Call
from zsgate.sql.quoting import string

GUARD = "zsgate_alter_if"
"""zsgate's guard procedure (see :mod:`zsgate.generate.render_changes`): runs its statement when
information_schema holds (``wanted`` 1) or lacks (0) what its condition names."""

SQL = Path(__file__).with_name("helpers.sql")
"""zsgate's own definitions of the helpers marked ``in_sql``: same names, signatures and behaviour as ZStack's."""

CORPUS_COMMIT = "5a29293bd53c"
"""The zstackio/zstack commit the corpus's ``conf/db`` is: the source of the helpers it defines."""


class Kind(Enum):
    """What an argument is, for the rules that read it."""

    NAME = "name"  # a table, column, index or constraint name, compared with information_schema as a string
    TYPE = "type"  # a column type, spliced as SQL
    FLAG = "flag"  # 0 or 1
    DEFAULT = "default"  # a column default, spliced inside quotes (or NULL)
    ACTION = "action"  # an ON DELETE action, spliced as SQL
    SQL = "sql"  # SQL text the procedure runs or splices as it is (the guard's condition and statement)


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter a helper procedure declares."""

    name: str
    """As the procedure declares it."""
    means: str
    """What to pass, as messages say it."""
    kind: Kind = Kind.NAME
    spliced: bool = True
    """Put into the procedure's ALTER TABLE / RENAME TABLE text as it is, without backticks or quotes."""


Arguments = tuple[str | None, ...]
Reading = Callable[[Arguments, int], list[Change] | None]


@dataclass(frozen=True, slots=True)
class Helper:
    """A helper procedure of the catalogue: its parameters, the changes a call makes, where it comes from."""

    name: str
    parameters: tuple[Parameter, ...]
    introduced: str
    """The ZStack version whose beforeMigrate.sql first defines it (and whose upgrade file first calls it)."""
    source: str
    """The zstackio/zstack commit its definition was read from."""
    read: Reading
    """The changes a call makes, from its literal arguments and where the call starts; None when the arguments
    do not say."""
    in_sql: bool
    """zsgate's :data:`SQL` defines it."""
    file_defines: bool = False
    """The file that calls it defines it (the guard): a call says nothing of beforeMigrate.sql's session."""

    @property
    def signature(self) -> str:
        """``CALL NAME(table, column, ...)``, as messages show it."""
        return f"CALL {self.name}({', '.join(parameter.means for parameter in self.parameters)})"

    @property
    def advice(self) -> str:
        """The signature and the ZStack that has it."""
        return f"{self.signature} (beforeMigrate.sql of ZStack {self.introduced} and later)"

    def position(self, parameter: str) -> int | None:
        """Where the parameter named ``parameter`` is in a call; None when the helper has none of that name."""
        return next((i for i, declared in enumerate(self.parameters) if declared.name == parameter), None)

    def call(self, **arguments: str | int | None) -> tuple[str | int | None, ...]:
        """The arguments of a call in the procedure's order, given by parameter name (each one required)."""
        if set(arguments) != {parameter.name for parameter in self.parameters}:
            raise TypeError(f"{self.name} takes {', '.join(p.name for p in self.parameters)}, not {sorted(arguments)}")
        return tuple(arguments[parameter.name] for parameter in self.parameters)

    def spliced_names(self, call: Call) -> list[Argument]:
        """The names in ``call`` that the procedure splices into SQL text unquoted."""
        return [
            argument
            for argument, parameter in zip(call.arguments, self.parameters, strict=False)
            if parameter.spliced and parameter.kind is Kind.NAME and argument.value
        ]


def helper(procedure: str) -> Helper | None:
    """The helper called ``procedure`` (any case), None for other procedures."""
    return HELPERS.get(procedure.upper())


def calls_before_migrate(call: Call) -> bool:
    """Whether ``call`` calls one of ZStack's helpers, which only beforeMigrate.sql defines (and so comes with
    the session it leaves)."""
    found = helper(call.procedure)
    return found is not None and not found.file_defines


def helper_changes(call: Call, start: int) -> list[Change] | None:
    """The changes a helper CALL makes; None when ``call`` is not a helper or its arguments are not literals
    that say what it does."""
    found = helper(call.procedure)
    if found is None or len(call.arguments) != len(found.parameters):
        return None
    at = call.arguments[0].start if call.arguments else start
    return found.read(tuple(argument.value for argument in call.arguments), at)


def _add_column(arguments: Arguments, at: int) -> list[Change] | None:
    table, column, data_type, allow_null, default = arguments[:5]
    if not (table and column and data_type and allow_null):
        return None
    # `IF NOT allow_null THEN ... NOT NULL`; `DEFAULT '<value>'` or `DEFAULT NULL`
    nullable = allow_null not in ("0", "false", "FALSE")
    default_sql = None if default is None else string(default)
    return [AddColumn(table, typed_column(column, data_type, nullable, default_sql), True, at)]


def _named(make: Callable[[str, str, int], Change]) -> Reading:
    """The reading of a helper that takes a table and one name."""

    def read(arguments: Arguments, at: int) -> list[Change] | None:
        first, second = arguments
        return [make(first, second, at)] if first and second else None

    return read


def _create_index(arguments: Arguments, at: int) -> list[Change] | None:
    table, name, column = arguments
    return [AddIndex(table, Index(name, (column,), unique=False), at)] if table and name and column else None


def _add_constraint(arguments: Arguments, at: int) -> list[Change] | None:
    if not all(arguments):
        return None
    table, constraint, column, references, referenced, on_delete = arguments
    key = ForeignKey(constraint, (column,), references, (referenced,), " ".join(on_delete.upper().split()))
    return [AddForeignKey(table, key, at)]


def _guarded(arguments: Arguments, at: int) -> list[Change] | None:
    """The guard's statement's changes; an added column is added only where it is missing, as the guard asks."""
    wanted, _, statement = arguments
    if wanted not in ("0", "1") or not statement:
        return None
    changes = text_changes(statement, at)
    if changes is None:
        return None
    return [replace(change, if_missing=True) if isinstance(change, AddColumn) else change for change in changes]


def _adds_nothing(arguments: Arguments, at: int) -> list[Change]:
    # GENERIC_ADD_FOREIGN_KEY's existence checks compare each parameter with itself (`table_name = table_name`:
    # in a procedure the parameter wins over the column), so on a database with any foreign key it adds nothing.
    return []


TABLE = Parameter("tb_name", "table")
COLUMN = Parameter("col_name", "column")
COLUMN_TYPE = Parameter("col_data_type", "type", Kind.TYPE)
ALLOW_NULL = Parameter("allow_null", "allow_null", Kind.FLAG, spliced=False)
DEFAULT = Parameter("default_value", "default", Kind.DEFAULT, spliced=False)


def _catalogue(*helpers: Helper) -> dict[str, Helper]:
    return {entry.name: entry for entry in helpers}


HELPERS: dict[str, Helper] = _catalogue(
    Helper(
        "ADD_COLUMN",
        (TABLE, COLUMN, COLUMN_TYPE, ALLOW_NULL, DEFAULT),
        "4.7.13",
        CORPUS_COMMIT,
        _add_column,
        in_sql=True,
    ),
    Helper(
        "INSERT_COLUMN",
        (TABLE, COLUMN, COLUMN_TYPE, ALLOW_NULL, DEFAULT, Parameter("col_name_to_after", "after_column")),
        "4.8.0.6",
        "a49cacda0431",
        _add_column,
        in_sql=False,
    ),
    Helper("DROP_COLUMN", (TABLE, COLUMN), "4.8.0", CORPUS_COMMIT, _named(DropColumn), in_sql=True),
    Helper(
        "CREATE_INDEX",
        (TABLE, Parameter("idx_name", "index"), Parameter("col_name", "column", spliced=False)),
        "4.7.11",
        CORPUS_COMMIT,
        _create_index,
        in_sql=True,
    ),
    Helper(
        "DELETE_INDEX",
        (TABLE, Parameter("idx_name", "index")),
        "4.7.11",
        CORPUS_COMMIT,
        _named(DropIndex),
        in_sql=True,
    ),
    Helper(
        "ADD_CONSTRAINT",
        (
            TABLE,
            Parameter("cons_name", "fk"),
            Parameter("references_col", "column"),
            Parameter("referencing_table", "referenced_table"),
            Parameter("referencing_col", "referenced_column"),
            Parameter("on_delete", "on_delete", Kind.ACTION),
        ),
        "4.7.13",
        CORPUS_COMMIT,
        _add_constraint,
        in_sql=True,
    ),
    Helper(
        "GENERIC_ADD_FOREIGN_KEY",
        (
            Parameter("table_name", "table", spliced=False),
            Parameter("constraint_name", "fk", spliced=False),
            Parameter("column_name", "column", spliced=False),
            Parameter("ref_table", "referenced_table", spliced=False),
            Parameter("ref_column", "referenced_column", spliced=False),
            Parameter("on_delete_action", "on_delete", Kind.ACTION),
        ),
        "5.4",
        "098218e78a37",
        _adds_nothing,
        in_sql=False,
    ),
    Helper(
        "RENAME_TABLE",
        (Parameter("old_name", "old"), Parameter("new_name", "new")),
        "5.4",
        "098218e78a37",
        _named(RenameTable),
        in_sql=False,
    ),
    Helper(
        "DROP_FOREIGN_KEY",
        (TABLE, Parameter("fk_name", "fk")),
        "5.4",
        "098218e78a37",
        _named(DropForeignKey),
        in_sql=False,
    ),
    Helper(
        GUARD.upper(),
        (
            Parameter("wanted", "wanted", Kind.FLAG, spliced=False),
            Parameter("found_in", "condition", Kind.SQL),
            Parameter("statement", "statement", Kind.SQL, spliced=False),
        ),
        "",
        "zsgate",
        _guarded,
        in_sql=False,
        file_defines=True,
    ),
)
