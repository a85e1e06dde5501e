"""Identifiers read off sqlglot's DDL and DML trees: the names a statement gives or refers to.

(What a statement does to the schema is read by :mod:`zsgate.history.changes`.)
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlglot import exp

DDL_AND_DML = (exp.Create, exp.Alter, exp.Drop, exp.Insert, exp.Update, exp.Delete, exp.Select, exp.Union)
DEFINING = (
    exp.ColumnDef,
    exp.Table,
    exp.Schema,
    exp.Constraint,
    exp.Index,
    exp.IndexColumnConstraint,
    exp.PrimaryKey,
    exp.ForeignKey,
    exp.ColumnPrefix,
    exp.ModifyColumn,
    exp.AlterColumn,
    exp.RenameIndex,
)
"""Where DDL gives a schema, table, column, index or constraint its name."""
NAME_PARENTS = (*DEFINING, exp.Column, exp.IndexTableHint)
"""Where an identifier names one of those: DDL, and references in DML (not aliases, collations, ...)."""


def unquoted_names(expression: exp.Expression | None) -> Iterator[exp.Identifier]:
    """Identifiers without backticks that name a schema, table, column, index or constraint in DDL or DML (not
    aliases), in file order, each with its position."""
    if not isinstance(expression, DDL_AND_DML):
        return
    if isinstance(expression, exp.Create | exp.Drop) and expression.args.get("kind") not in ("TABLE", "INDEX", "VIEW"):
        return  # procedures, functions, triggers: a body sqlglot reads only in part
    aliases: set[str] = set()
    candidates: list[exp.Identifier] = []
    settings: set[int] = set()  # identifiers inside a setting (rare): ids, so that one walk finds them all
    for node in expression.walk():
        kind = type(node)  # sqlglot has no subclasses of these: comparing types is the cheaper test
        if kind is _IDENTIFIER:
            if not node.args.get("quoted") and "start" in node.meta and isinstance(node.parent, NAME_PARENTS):
                candidates.append(node)
        elif kind is _TABLE_ALIAS:
            aliases.add(node.name)
        elif kind in _SETTING_TYPES:
            settings.update(id(inner) for inner in node.find_all(exp.Identifier))
    found = [
        identifier
        for identifier in candidates
        if identifier.name.upper() not in KEYWORDS_READ_AS_NAMES
        and id(identifier) not in settings
        and not _is_alias(identifier, aliases)
    ]
    yield from sorted(found, key=lambda identifier: identifier.meta["start"])


def _is_alias(identifier: exp.Identifier, aliases: set[str]) -> bool:
    """``t`` in ``t.uuid`` or ``DELETE t FROM SystemTagVO t``, where ``t`` is an alias the statement gives
    a table or subquery: not a name of the schema."""
    if identifier.name not in aliases:
        return False
    parent = identifier.parent
    if isinstance(parent, exp.Column):
        return identifier.arg_key == "table"
    return isinstance(parent, exp.Table) and identifier.arg_key == "this" and not parent.args.get("db")


KEYWORDS_READ_AS_NAMES = frozenset(
    {
        "DUAL",
        "LOW_PRIORITY",
        "HIGH_PRIORITY",
        "DELAYED",
        "IGNORE",
        "QUICK",
        "STRAIGHT_JOIN",
        "DISTINCTROW",
        "SQL_SMALL_RESULT",
        "SQL_BIG_RESULT",
        "SQL_BUFFER_RESULT",
        "SQL_CALC_FOUND_ROWS",
        "SQL_CACHE",
        "SQL_NO_CACHE",
    }
)
"""MySQL keywords sqlglot sometimes reads as a table or column (``FROM DUAL``, ``UPDATE LOW_PRIORITY t``):
unquoted, the server never takes them for names."""
SETTINGS = (
    exp.CollateColumnConstraint,
    exp.CollateProperty,
    exp.CharacterSetColumnConstraint,
    exp.CharacterSetProperty,
)
"""``COLLATE binary``, ``CHARACTER SET utf8``: values, not names."""
_SETTING_TYPES = frozenset(SETTINGS)
_IDENTIFIER, _TABLE_ALIAS = exp.Identifier, exp.TableAlias
