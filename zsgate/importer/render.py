"""A reflected schema as the source of a Python package of SQLAlchemy declarative models.

The package: ``__init__.py`` (the header, ``metadata``), ``base.py`` (its own declarative base), one module per
first letter of the tables' names (``a.py`` ... ``z.py``, ``other.py``; a letter with too many tables for one module
is split by the next letters: ``vm.py``) and ``views.py``. Everything is written in name order, so one schema gives
the same bytes. As a project's baseline (``baseline=True``) the package has no base of its own: its tables are
the project's models (:mod:`zsgate.schema.base`), each tagged as the baseline release.

What SQLAlchemy cannot say in a model is said in DDL attached to ``metadata``, which plain ``create_all`` runs:
views (in dependency order), triggers, and AUTO_INCREMENT on a column outside the primary key.
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

from zsgate.compare.reflect import ReflectedSchema, spelled_type
from zsgate.history.schema import UNSIGNED_TYPES, Column, Index, Table, View

LINE = 110
"""Width a comment or docstring is wrapped to."""

WIDTH = 120
"""Longest line of code written (ruff's line-length); a longer call is written one argument a line."""

MODULE_LINES = 1200
"""Lines past which a letter's tables are split into modules by their next letters."""

# What the project's schema/base.py calls these column types; the import uses the same words (Uuid only for a
# column named ...uuid: ZStack has VARCHAR(32) states and times too).
ALIASES = {"varchar(32)": ("Uuid", "str"), "tinyint(1)": ("Flag", "bool")}

# MariaDB's display width of an integer type declared without one, signed and unsigned: left out of the model.
DEFAULT_WIDTHS = {
    "tinyint": (4, 3),
    "smallint": (6, 5),
    "mediumint": (9, 8),
    "int": (11, 10),
    "bigint": (20, 20),
}
INTEGERS = {
    "tinyint": "TINYINT",
    "smallint": "SMALLINT",
    "mediumint": "MEDIUMINT",
    "int": "INTEGER",
    "bigint": "BIGINT",
}
TEXTS = {"text": "TEXT", "tinytext": "TINYTEXT", "mediumtext": "MEDIUMTEXT", "longtext": "LONGTEXT"}
BLOBS = {"blob": "BLOB", "tinyblob": "TINYBLOB", "mediumblob": "MEDIUMBLOB", "longblob": "LONGBLOB", "json": "JSON"}
TIMES = {"datetime": "DATETIME", "timestamp": "TIMESTAMP", "time": "TIME"}
NUMBERS = {"double": "DOUBLE", "float": "FLOAT", "decimal": "DECIMAL"}
PYTHON_TYPES = {
    **dict.fromkeys(INTEGERS, "int"),
    **dict.fromkeys([*TEXTS, "varchar", "char", "enum", "set"], "str"),
    **dict.fromkeys([*BLOBS, "varbinary", "binary", "bit"], "bytes"),
    "datetime": "dt.datetime",
    "timestamp": "dt.datetime",
    "time": "dt.time",
    "date": "dt.date",
    "year": "int",
    "double": "float",
    "float": "float",
    "decimal": "Decimal",
    "json": "str",
}
# Names a generated module imports; an attribute or class of the same name is renamed.
MODULE_NAMES = frozenset(
    {"dt", "Decimal", "Mapped", "mapped_column", "mysql", "text", "String", "Index", "ForeignKeyConstraint"}
    | {"PrimaryKeyConstraint", "Table", "Column", "Base", "metadata", "auto_increment", "Uuid", "Flag"}
    | {"str", "int", "bool", "bytes", "float", "registry", "prefix_lengths", "table_options", "BASELINE"}
)


class UnmodelledType(ValueError):
    """A column type the renderer has no model for."""


@dataclass(frozen=True)
class Provenance:
    """Where the schema came from, for the package's header."""

    history: str  # the history's folder name, e.g. "db"
    version: str  # its last migration, e.g. "5.2.1"
    migrations: int
    digest: str  # SHA-256 over the migrations' scripts and Flyway checksums
    server: str  # SELECT VERSION() of the server it was replayed on


def render_package(schema: ReflectedSchema, provenance: Provenance, baseline: bool = False) -> dict[str, str]:
    """File name -> source of every file of the package; with ``baseline``, as a project's baseline models."""
    flavor = _Flavor(schema, baseline)
    groups = _groups(schema.tables, flavor)
    files = {f"{group}.py": _table_module(group, tables, flavor) for group, tables in groups.items()}
    files["views.py"] = _views_module(schema, flavor)
    if not baseline:
        files["base.py"] = BASE_MODULE
    files["__init__.py"] = _init_module(schema, provenance, list(groups), baseline)
    return dict(sorted(files.items()))


class _Flavor:
    """How the package is written: what depends on the server the schema was read from (how it spells defaults,
    its default rules), which foreign keys close a cycle, and whether it is a project's baseline."""

    def __init__(self, schema: ReflectedSchema, baseline: bool) -> None:
        self.baseline = baseline
        self.cyclic_keys = _cyclic_keys(schema.tables)
        self.mariadb = schema.mariadb
        self.default_collations = schema.default_collations
        # the rule a foreign key without ON DELETE / ON UPDATE reports
        self.default_rule = "RESTRICT" if self.mariadb else "NO ACTION"

    def server_default(self, column: Column) -> str | None:
        """The DEFAULT clause (and ON UPDATE) as SQL, or None where the column has none to declare (MariaDB
        reports ``NULL`` for none)."""
        default = None if self.mariadb and column.default == "NULL" else column.default
        if default is not None:
            default = _now(default)
        if column.on_update:
            return f"{default or 'NULL'} ON UPDATE {_now(column.on_update)}"
        return default


def _now(sql: str) -> str:
    """MariaDB's ``current_timestamp()`` in the spelling both families read, ``CURRENT_TIMESTAMP``."""
    return re.sub(r"(?i)^current_timestamp(\(\))?$", "CURRENT_TIMESTAMP", sql)


def _groups(tables: tuple[Table, ...], flavor: _Flavor) -> dict[str, list[Table]]:
    """Module name -> its tables: one module per first letter; a letter over MODULE_LINES is cut into runs of
    its next letters, each a module named after its first and last prefix (``vm.py``, ``va_vi.py``)."""
    lines = {table.name: _table(table, flavor, set()).count("\n") + 3 for table in tables}

    def size(group: list[Table]) -> int:
        return sum(lines[table.name] for table in group)

    def split(prefix: str, members: list[Table]) -> Iterator[tuple[str, list[Table]]]:
        if prefix == "other" or size(members) <= MODULE_LINES:
            yield prefix, members
            return
        by_prefix: dict[str, list[Table]] = {}
        for table in members:
            by_prefix.setdefault(_module_name(table.name[: len(prefix) + 1]), []).append(table)
        if list(by_prefix) == [prefix]:  # no name goes further
            yield prefix, members
            return
        runs: list[list[tuple[str, list[Table]]]] = [[]]
        for name, group in sorted(by_prefix.items()):
            if runs[-1] and size([table for _, tables in runs[-1] for table in tables]) + size(group) > MODULE_LINES:
                runs.append([])
            runs[-1].append((name, group))
        for run in runs:
            if len(run) == 1:
                yield from split(*run[0])
            else:
                yield f"{run[0][0]}_{run[-1][0]}", [table for _, tables in run for table in tables]

    found: dict[str, list[Table]] = {}
    for table in tables:
        found.setdefault(_module_name(table.name[:1]), []).append(table)
    groups = [(name, group) for letter, members in sorted(found.items()) for name, group in split(letter, members)]
    reserved = ("base", "views")
    return {f"{name}_" if keyword.iskeyword(name) or name in reserved else name: group for name, group in groups}


def _module_name(prefix: str) -> str:
    """``Vm`` -> ``vm``; a prefix that does not start with a letter -> ``other``."""
    if not ("a" <= prefix[:1].lower() <= "z"):
        return "other"
    return re.sub(r"\W", "_", prefix.lower())


def _cyclic_keys(tables: tuple[Table, ...]) -> set[tuple[str, str]]:
    """(table, foreign key) of each key on a cycle of tables: created after the tables (``use_alter``), or no
    order of the tables could create them."""
    refers: dict[str, set[str]] = {}
    for table in tables:
        refers[table.name] = {key.references for key in table.foreign_keys.values() if key.references != table.name}

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            name = todo.pop()
            if name == goal:
                return True
            if name not in seen:
                seen.add(name)
                todo += refers.get(name, ())
        return False

    return {
        (table.name, key.name)
        for table in tables
        for key in table.foreign_keys.values()
        if key.references != table.name and reaches(key.references, table.name)
    }


def _init_module(schema: ReflectedSchema, provenance: Provenance, groups: list[str], baseline: bool) -> str:
    modules = "".join(f"    {name},\n" for name in sorted([*groups, "views"]))
    tables, views = _count(len(schema.tables), "table"), _count(len(schema.views), "view")
    counts = f"{tables}, {views}, {_count(len(schema.triggers), 'trigger')}"
    made = (
        f"from the history `{provenance.history}` ({provenance.migrations} migrations up to V{provenance.version}), "
        f"replayed on {provenance.server}. SHA-256 of the migrations' scripts and Flyway checksums: "
        f"{provenance.digest[:16]}."
    )
    layout = (
        "The tables are in one module per first letter of their names (a letter with many is cut by its next "
        "letters); views.py holds the views and triggers."
    )
    if baseline:
        title = f"ZStack's schema at V{provenance.version}, the project's baseline models: {counts}."
        about = [
            f"Imported once by `zsgate import --as-baseline` {made}",
            "From here on these are the project's models of the schema customers have, edited by hand like any "
            "others. Every table is tagged `since(BASELINE)`: a change to one belongs to a release (`zsgate "
            f"generate --history`). {layout}",
        ]
        imports = "from zsgate.schema.base import Base, metadata\n\nfrom . import ("
    else:
        title = f"ZStack's schema at V{provenance.version}, as SQLAlchemy models: {counts}."
        about = [f"Written by `zsgate import` {made}", f"From here on these are models: edit them by hand. {layout}"]
        imports = "from . import ("
    paragraphs = "\n\n".join(textwrap.fill(paragraph, LINE) for paragraph in about)
    base = "" if baseline else "from .base import Base, metadata\n"
    return (
        f'"""{title}\n\n{paragraphs}\n"""\n\n{imports}  # noqa: F401  (each module registers its tables on `metadata`)'
        f'\n{modules})\n{base}\n__all__ = ["Base", "metadata"]\n'
    )


BASE_MODULE = '''"""The declarative base of the imported models; the helpers that say what a model cannot
(table options, views, triggers) are zsgate's (`zsgate.schema.ddl`)."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from zsgate.schema.base import Flag, Uuid
from zsgate.schema.ddl import after_table, prefix_lengths, table_options, trigger, view

__all__ = ["Base", "Flag", "Uuid", "after_table", "metadata", "prefix_lengths", "table_options", "trigger", "view"]


class Base(DeclarativeBase):
    """Declarative base of the imported models."""

    metadata = MetaData()


metadata = Base.metadata
'''


@dataclass(frozen=True)
class _Call:
    """A call written on one line, or one argument a line when the line would be longer than WIDTH."""

    function: str
    arguments: list[str]

    def __str__(self) -> str:
        return f"{self.function}({', '.join(self.arguments)})"

    def line(self, indent: str, tail: str = "") -> str:
        one = f"{indent}{self}{tail}"
        if len(one) <= WIDTH or not self.arguments:
            return one
        inner = "".join(f"{indent}    {argument},\n" for argument in self.arguments)
        return f"{indent}{self.function}(\n{inner}{indent}){tail}"


def _table_module(group: str, tables: list[Table], flavor: _Flavor) -> str:
    taken: set[str] = set()
    body = [_table(table, flavor, taken) for table in tables]
    names = ", ".join(table.name for table in tables[:3]) + (", ..." if len(tables) > 3 else ".")
    source = "\n\n\n".join(body)
    imports = ["from __future__ import annotations", ""]
    if "dt." in source:
        imports.append("import datetime as dt")
    if "Decimal" in source:
        imports.append("from decimal import Decimal")
    sqlalchemy = sorted(
        name
        for name in ("Column", "ForeignKeyConstraint", "Index", "PrimaryKeyConstraint", "String", "Table", "text")
        if re.search(rf"\b{name}\(", source)
    )
    imports += [
        "",
        f"from sqlalchemy import {', '.join(sqlalchemy)}" if sqlalchemy else "",
        "from sqlalchemy.dialects import mysql" if "mysql." in source else "",
        "from sqlalchemy.orm import Mapped, mapped_column" if "Mapped[" in source else "",
        "",
        *_helper_imports(source, flavor.baseline),
    ]
    header = "\n".join(line for index, line in enumerate(imports) if line or imports[index - 1])
    named = f"{group[:1].upper()}{group[1:]}..." if group != "other" else "otherwise"
    docstring = _docstring(f"Tables named {named}: {names}", "")
    return f"{docstring}\n\n{header}\n\n\n{source}\n"


MODEL_HELPERS = {
    "zsgate.schema.base": {"Base": r"\(Base\)", "Flag": r"\[Flag\b", "Uuid": r"\[Uuid\b", "metadata": r"^ +metadata,$"},
    "zsgate.schema.ddl": {
        "after_table": r"^after_table\(",
        "prefix_lengths": r"\*\*prefix_lengths\(",
        "table_options": r"table_options\(",
        "trigger": r"^trigger\(",
        "view": r"^view\(",
    },
    "zsgate.schema.releases": {"BASELINE": r"release=BASELINE"},
}
"""Where the names a module uses come from, and how code (not a string) uses each: a baseline imports them from
the project, a package from its own base."""


def _helper_imports(source: str, baseline: bool) -> list[str]:
    used = {
        module: [name for name, use in names.items() if re.search(use, source, re.MULTILINE)]
        for module, names in MODEL_HELPERS.items()
    }
    if not baseline:
        return [f"from .base import {', '.join(sorted(name for names in used.values() for name in names))}"]
    return [f"from {module} import {', '.join(names)}" for module, names in used.items() if names]


def _table(table: Table, flavor: _Flavor, taken: set[str]) -> str:
    """A class for a table with a primary key, else a `Table`, named after it (unlike any name in `taken`)."""
    name = _identifier(table.name, taken)
    taken.add(name)
    if table.primary_key:
        return _class(name, table, flavor)
    return _core_table(name, table, flavor)


def _class(name: str, table: Table, flavor: _Flavor) -> str:
    lines = [f"class {name}(Base):"]
    if table.comment:
        lines.append(_docstring(table.comment, "    "))
        lines.append("")
    lines.append(f"    __tablename__ = {_string(table.name)}")
    lines.append("    __table_args__ = (")
    lines += [argument.line("        ", ",") for argument in _table_arguments(table, flavor, in_class=True)]
    lines.append("    )")
    lines.append("")
    in_order = _primary_key_in_column_order(table)
    taken: set[str] = set()
    for column in table.columns.values():
        attribute = _identifier(column.name, taken | {"__tablename__", "__table_args__"})
        taken.add(attribute)
        lines.append(_attribute(attribute, column, table, flavor, in_order))
    return "\n".join(lines) + _after(table, f"{name}.__table__")


def _core_table(name: str, table: Table, flavor: _Flavor) -> str:
    lines = [f"{name} = Table(", f"    {_string(table.name)},", "    metadata,"]
    lines += [_column_object(column, table, flavor).line("    ", ",") for column in table.columns.values()]
    lines += [argument.line("    ", ",") for argument in _table_arguments(table, flavor, in_class=False)]
    lines.append(")")
    if table.comment:
        lines[:0] = [f"# {line}" for line in textwrap.wrap(table.comment, LINE) or [""]]
    return "\n".join(lines) + _after(table, name)


def _after(table: Table, expression: str) -> str:
    """AUTO_INCREMENT on a column SQLAlchemy cannot give it: one outside the primary key."""
    outside = [
        column
        for column in table.columns.values()
        if column.auto_increment and column.name not in table.primary_key[:1]
    ]
    statements = [
        f"ALTER TABLE `{table.name}` MODIFY `{column.name}` {spelled_type(column)}"
        f"{'' if column.nullable else ' NOT NULL'} AUTO_INCREMENT"
        + (f" COMMENT {_sql_string(column.comment)}" if column.comment else "")
        for column in outside
    ]
    calls = [_Call("after_table", [expression, _wrapped(statement, "    ")]) for statement in statements]
    return "".join(f"\n\n\n{call.line('')}" for call in calls)


def _foreign_key_indexes(table: Table) -> tuple[set[str], set[str]]:
    """Which indexes the model leaves to their foreign key, and which keys it adds after the indexes.

    `create_all` creates a table with its foreign keys, then its indexes. A key with no index to use makes
    its own, named after it: the model leaves such an index to the key when the key alone on its columns
    made it. Any other key (one a later index backs, or two on the same columns) is added after the indexes
    (``use_alter``), so it uses the one the history left instead of making another.
    """
    left_to_keys: set[str] = set()
    added_after: set[str] = set()
    for key in table.foreign_keys.values():
        width = len(key.columns)
        if table.primary_key[:width] == key.columns:
            continue
        backing = [index for index in table.indexes.values() if index.columns[:width] == key.columns]
        twins = [other for other in table.foreign_keys.values() if other.columns == key.columns]
        made = [index for index in backing if index.name == key.name and not index.unique]
        if len(backing) == 1 and made and made[0].columns == key.columns and not made[0].prefixes and len(twins) == 1:
            left_to_keys.add(key.name)
        else:
            added_after.add(key.name)
    return left_to_keys, added_after


def _primary_key_in_column_order(table: Table) -> bool:
    order = [column.name for column in table.columns.values() if column.name in table.primary_key]
    return order == list(table.primary_key)


def _table_arguments(table: Table, flavor: _Flavor, in_class: bool) -> list[_Call]:
    arguments = []
    if table.primary_key and not (in_class and _primary_key_in_column_order(table)):
        arguments.append(_Call("PrimaryKeyConstraint", list(map(_string, table.primary_key))))
    left_to_keys, added_after = _foreign_key_indexes(table)
    for index in table.indexes.values():
        if index.name not in left_to_keys:
            arguments.append(_index(index))
    for key in table.foreign_keys.values():
        options = [f"name={_string(key.name)}"]
        if key.name in added_after or (table.name, key.name) in flavor.cyclic_keys:
            options.append("use_alter=True")
        if key.on_delete != flavor.default_rule:
            options.append(f"ondelete={_string(key.on_delete)}")
        if key.on_update != flavor.default_rule:
            options.append(f"onupdate={_string(key.on_update)}")
        referred = ", ".join(_string(f"{key.references}.{column}") for column in key.referenced)
        columns = ", ".join(map(_string, key.columns))
        arguments.append(_Call("ForeignKeyConstraint", [f"[{columns}]", f"[{referred}]", *options]))
    options = {"engine": table.engine, "charset": table.charset}
    if flavor.default_collations.get(table.charset) != table.collation:
        options["collate"] = table.collation
    if table.comment:
        options["comment"] = table.comment
    if table.partitioning:
        options["partition_by"] = table.partitioning
    indent = " " * (12 if in_class else 8)
    rendered = [f"{key}={_wrapped(value, indent)}" for key, value in options.items()]
    if flavor.baseline:
        rendered.append("release=BASELINE")
    arguments.append(_Call("table_options" if in_class else "**table_options", rendered))
    return arguments


def _index(index: Index) -> _Call:
    parts = [_string(index.name), *map(_string, index.columns)]
    if index.unique:
        parts.append("unique=True")
    if index.fulltext:  # each dialect reads its own keyword
        parts += ['mysql_prefix="FULLTEXT"', 'mariadb_prefix="FULLTEXT"']
    lengths = {column: length for column, length in index.parts if length is not None}
    if lengths:
        parts.append("**prefix_lengths({" + ", ".join(f"{_string(c)}: {n}" for c, n in lengths.items()) + "})")
    return _Call("Index", parts)


def _attribute(attribute: str, column: Column, table: Table, flavor: _Flavor, pk_inline: bool) -> str:
    sql_type, python_type, alias = _type(column, table)
    annotation = alias or python_type
    if column.nullable:
        annotation = f"{annotation} | None"
    arguments = [] if attribute == column.name else [_string(column.name)]
    if not alias:
        arguments.append(sql_type)
    arguments += _column_options(column, table, flavor, pk_inline)
    declared = f"{attribute}: Mapped[{annotation}]"
    return _Call(f"{declared} = mapped_column", arguments).line("    ") if arguments else f"    {declared}"


def _column_object(column: Column, table: Table, flavor: _Flavor) -> _Call:
    sql_type, _, alias = _type(column, table)
    if alias == "Uuid":
        sql_type = "String(32)"
    elif alias == "Flag":
        sql_type = "mysql.TINYINT(1)"
    arguments = [_string(column.name), sql_type, *_column_options(column, table, flavor, False)]
    arguments.append(f"nullable={column.nullable}")
    return _Call("Column", arguments)


def _column_options(column: Column, table: Table, flavor: _Flavor, pk_inline: bool) -> list[str]:
    options = []
    in_key = column.name in table.primary_key
    if in_key and pk_inline:
        options.append("primary_key=True")
    if in_key and column.name == table.primary_key[0] and column.integer_range is not None:
        options.append(f"autoincrement={column.auto_increment}")
    if (default := flavor.server_default(column)) is not None:
        options.append(f"server_default=text({_string(default)})")
    if column.comment:
        options.append(f"comment={_string(column.comment)}")
    return options


def _type(column: Column, table: Table) -> tuple[str, str, str | None]:
    """The SQLAlchemy type expression, the Python type, and the project's alias when one fits exactly."""
    collation = column.collation if column.collation and column.collation != table.collation else None
    spelled = spelled_type(column)
    if spelled in ALIASES and collation is None and (spelled != "varchar(32)" or column.name.lower().endswith("uuid")):
        alias, python_type = ALIASES[spelled]
        return "", python_type, alias
    name, arguments = column.type_name.lower(), column.arguments
    if name not in PYTHON_TYPES:
        raise UnmodelledType(f"{table.name}.{column.name}: no model for the type {spelled}")
    args = ",".join(arguments)
    unsigned = column.type in UNSIGNED_TYPES
    if column.zerofill:
        raise UnmodelledType(f"{table.name}.{column.name}: no model for ZEROFILL ({spelled})")
    keywords = [f"collation={_string(collation)}"] if collation else []
    if name in INTEGERS:
        width = int(args) if args else None
        positional = [] if width is None or width == DEFAULT_WIDTHS[name][unsigned] else [str(width)]
        expression = _call(f"mysql.{INTEGERS[name]}", positional, ["unsigned=True"] if unsigned else [])
    elif name == "varchar":
        expression = _call("mysql.VARCHAR", [args], keywords) if keywords else f"String({args})"
    elif name == "char":
        expression = _call("mysql.CHAR", [args], keywords)
    elif name in ("enum", "set"):
        expression = _call(f"mysql.{name.upper()}", [_string(member) for member in column.members], keywords)
    elif name in TEXTS:
        expression = _call(f"mysql.{TEXTS[name]}", [], keywords)
    elif name in BLOBS:
        expression = _call(f"mysql.{BLOBS[name]}", [], [])
    elif name in ("varbinary", "binary", "bit"):
        expression = _call(f"mysql.{name.upper()}", [args] if args else [], [])
    elif name in TIMES:
        expression = _call(f"mysql.{TIMES[name]}", [], [f"fsp={args}"] if args else [])
    elif name in NUMBERS:
        precision = [f"{word}={value}" for word, value in zip(("precision", "scale"), arguments, strict=False)]
        expression = _call(f"mysql.{NUMBERS[name]}", [], [*precision, *(["unsigned=True"] * unsigned)])
    else:  # date, year
        expression = _call(f"mysql.{name.upper()}", [], [])
    return expression, PYTHON_TYPES[name], None


def _call(function: str, positional: list[str], keywords: list[str]) -> str:
    return f"{function}({', '.join([*positional, *keywords])})"


def _views_module(schema: ReflectedSchema, flavor: _Flavor) -> str:
    blocks = []
    for item in _in_dependency_order(schema.views):
        options = ""
        if item.algorithm.upper() != "UNDEFINED":
            options += f"ALGORITHM={item.algorithm} "
        if item.security.upper() != "DEFINER":
            options += f"SQL SECURITY {item.security} "
        select = item.definition
        if item.check_option.upper() != "NONE":
            select += f" WITH {item.check_option} CHECK OPTION"
        arguments = ["metadata", _string(item.name), _wrapped(select, "    ")]
        if options:
            arguments.append(_string(options))
        blocks.append("view(\n    " + ",\n    ".join(arguments) + ",\n)")
    for item in schema.triggers:
        body = item.statement
        timing = f"{item.timing} {item.event}"
        blocks.append(
            f"trigger(\n    metadata,\n    {_string(item.name)},\n    {_string(timing)},\n    {_string(item.table)},\n"
            f"    {_wrapped(body, '    ')},\n)"
        )
    summary = f"{_count(len(schema.views), 'view')} and {_count(len(schema.triggers), 'trigger')}"
    return (
        f'"""The {summary}, created after every table, views in dependency order."""\n\n'
        "from __future__ import annotations\n\n"
        + "\n".join(_helper_imports("\n".join(blocks), flavor.baseline))
        + "\n\n"
        + "\n\n".join(blocks)
        + "\n"
    )


def _in_dependency_order(views: tuple[View, ...]) -> list[View]:
    """Views by name, each after the views it reads."""
    by_name = {item.name: item for item in views}
    done: dict[str, View] = {}

    def visit(item: View, path: tuple[str, ...]) -> None:
        if item.name in done or item.name in path:
            return
        for other in item.reads:
            if other != item.name and other in by_name:
                visit(by_name[other], (*path, item.name))
        done[item.name] = item

    for name in sorted(by_name):
        visit(by_name[name], ())
    return list(done.values())


def _wrapped(sql: str, indent: str) -> str:
    """A long SQL string as adjacent literals that fit in WIDTH at ``indent``, cut after commas, at line ends or between
    words."""
    pieces = list(_pieces(sql, WIDTH - len(indent) - 6))
    if len(pieces) == 1:
        return _string(pieces[0])
    return "(\n" + "".join(f"{indent}    {_string(piece)}\n" for piece in pieces) + f"{indent})"


def _pieces(sql: str, width: int) -> Iterator[str]:
    current = ""
    for token in re.split(r"(?<=[,\n])|(?<= )(?=\S)", sql):
        if current and len(_string(current + token)) > width:
            yield current
            current = ""
        current += token
    if current or not sql:
        yield current


def _identifier(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """``name`` as a Python name: other characters become ``_``; a keyword, a name the module imports or
    one already taken gets a trailing ``_``."""
    identifier = re.sub(r"\W", "_", name)
    if not identifier or identifier[0].isdigit():
        identifier = f"_{identifier}"
    while keyword.iskeyword(identifier) or identifier in MODULE_NAMES or identifier in taken:
        identifier += "_"
    return identifier


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _string(value: str) -> str:
    """A Python string literal (double quotes, non-ASCII kept as it is)."""
    return json.dumps(value, ensure_ascii=False)


def _sql_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def _docstring(value: str, indent: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = textwrap.wrap(escaped, LINE, replace_whitespace=False, drop_whitespace=True) or [""]
    return f'{indent}"""' + f"\n{indent}".join(lines) + '"""'
