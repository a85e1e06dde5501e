"""The rows a pending file changes itself before a change meets them: ``DELETE`` of duplicates, ``UPDATE ... SET c =
'' WHERE c IS NULL`` before a UNIQUE or NOT NULL. A precheck such a statement precedes, on its table (and, for an
``UPDATE``, on a column it sets), counts rows the upgrade does not leave for the change to fail on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from zsgate.checks.impact.prechecks import Precheck
from zsgate.sql.parse import SqlReadError, read_sql_file

ROUTINE = re.compile(r"^\s*CREATE\s+(?:DEFINER\s*=\s*\S+\s+)?(?:PROCEDURE|FUNCTION|TRIGGER|EVENT)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RowChange:
    """A statement of a pending file that changes a table's rows."""

    path: str
    line: int
    order: int
    """The file's place in Flyway's order."""
    table: str
    """Lower-case."""
    columns: frozenset[str] | None
    """The lower-case columns an UPDATE sets or a DELETE's condition reads; None for a DELETE of every row."""
    in_routine: bool
    """Inside a procedure, function, trigger or event: whether and when it runs cannot be read here."""

    def where(self, path: str) -> str:
        return f"the file at line {self.line}" if self.path == path else f"{self.path}:{self.line}"


def row_changes(paths: Sequence[str]) -> list[RowChange]:
    """The UPDATE and DELETE statements of ``paths`` (in Flyway's order), routines' bodies included."""
    found: list[RowChange] = []
    for order, path in enumerate(paths):
        try:
            sql = read_sql_file(path)
        except SqlReadError:
            continue  # impact reports the file as not read: its prechecks are not checked
        for statement in sql.statements:
            if ROUTINE.match(statement.text):
                found += [
                    RowChange(path, statement.line, order, table.lower(), None, in_routine=True)
                    for table in _tables_changed_in(statement.text)
                ]
                continue
            try:
                tree = sqlglot.parse_one(statement.text, read="mysql")
            except SqlglotError:
                continue
            if isinstance(tree, exp.Update):
                columns = frozenset(item.this.name.lower() for item in tree.expressions if isinstance(item, exp.EQ))
                found.append(RowChange(path, statement.line, order, tree.this.name.lower(), columns, in_routine=False))
            elif isinstance(tree, exp.Delete):
                read = frozenset(column.name.lower() for column in tree.find_all(exp.Column)) or None
                found += [RowChange(path, statement.line, order, table, read, False) for table in _deleted_from(tree)]
    return found


def _deleted_from(tree: exp.Delete) -> set[str]:
    """The tables a DELETE removes rows of, by lower-case name: ``DELETE h1 FROM HostVO h1 JOIN ...`` is HostVO's."""
    targets = [target.name for target in tree.args.get("tables") or ()] or [tree.this.alias_or_name]
    named = {table.alias_or_name: table.name for table in tree.find_all(exp.Table) if table.alias}
    return {named.get(target, target).lower() for target in targets}


def fix_for(precheck: Precheck, changes: Sequence[RowChange], order: dict[str, int]) -> RowChange | None:
    """The last statement that changes the rows ``precheck`` counts before its change runs, if any."""
    tree = sqlglot.parse_one(precheck.sql, read="mysql")
    table = tree.find(exp.Table)
    if table is None:
        return None
    columns = {column.name.lower() for column in tree.find_all(exp.Column)}
    place = (order[precheck.path], precheck.line)
    before = [
        change
        for change in changes
        if (change.order, change.line) < place
        and change.table == table.name.lower()
        and (change.columns is None or change.columns & columns)
    ]
    return before[-1] if before else None


def _tables_changed_in(body: str) -> set[str]:
    """Tables a routine's body updates or deletes from, by name."""
    pattern = r"\b(?:UPDATE|DELETE\s+FROM)\s+`?(\w+)`?"
    return {name for name in re.findall(pattern, body, re.IGNORECASE)}
