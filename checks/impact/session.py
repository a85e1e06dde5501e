"""The session settings online DDL depends on, as a file and the callbacks run before it leave them.

Only ``foreign_key_checks`` changes an algorithm today: with it off, ADD FOREIGN KEY reads no rows and
runs in place. ZStack's ``beforeMigrate.sql`` turns it off for the session Flyway migrates in.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from sqlglot import exp

from zsgate.pickled import by_fields
from zsgate.sql.parse import SqlReadError, StatementTooDeep, parse_statement, read_sql_file

CALLBACKS = ("beforeMigrate.sql", "beforeEachMigrate.sql")
"""Flyway callbacks that run on the migrating session before a versioned file (in the file's folder)."""
_ON = {"1", "ON", "TRUE"}


@by_fields
@dataclass(frozen=True, slots=True)
class Session:
    """Settings of the session a statement runs in."""

    foreign_key_checks: bool = True

    def after(self, expression: exp.Expression | None) -> Session:
        """The session once ``expression`` ran (only SET statements change it)."""
        return self.after_setting(Setting.of(expression))

    def after_setting(self, setting: Setting | None) -> Session:
        """The session once a SET statement that makes ``setting`` ran."""
        return self if setting is None else replace(self, foreign_key_checks=setting.foreign_key_checks)


@dataclass(frozen=True, slots=True)
class Setting:
    """What a SET statement changes in the session: a small value to keep in place of its tree (3 KB)."""

    foreign_key_checks: bool

    @staticmethod
    def of(expression: exp.Expression | None) -> Setting | None:
        """What ``expression`` sets; None when it changes nothing a :class:`Session` holds."""
        if not isinstance(expression, exp.Set):
            return None
        checks = None
        for item in expression.expressions:
            assignment = item.this if isinstance(item, exp.SetItem) else None
            if not isinstance(assignment, exp.EQ) or _is_global(item, assignment.this):
                continue  # SET GLOBAL changes new sessions only
            if _variable(assignment.this) == "FOREIGN_KEY_CHECKS":
                checks = assignment.expression.name.upper() in _ON
        return None if checks is None else Setting(checks)


def _is_global(item: exp.Expression, variable: exp.Expression) -> bool:
    """``SET GLOBAL x = ...`` or ``SET @@global.x = ...``."""
    kind = variable.args.get("kind") if isinstance(variable, exp.SessionParameter) else item.args.get("kind")
    return str(kind or "").upper() == "GLOBAL"


def _variable(node: exp.Expression) -> str:
    """``foreign_key_checks``, ``@@session.foreign_key_checks`` ... as one upper-case name."""
    if isinstance(node, exp.SessionParameter):
        return node.this.name.upper()
    return node.name.upper()


HELPERS_SESSION = Session(foreign_key_checks=False)
"""The session of a file that calls ZStack's helper procedures: only beforeMigrate.sql defines them, and it
sets FOREIGN_KEY_CHECKS = 0 on the session Flyway then migrates in."""


def file_session(folder: Path | None, calls_helpers: bool) -> Session:
    """The session a file starts in: as the Flyway callbacks beside it leave it; without callbacks, as
    beforeMigrate.sql leaves it for a file that calls its helpers; else the server's defaults."""
    found = callback_session(folder) if folder is not None else None  # cached as named: resolving costs more
    if found is not None:
        return found
    return HELPERS_SESSION if calls_helpers else Session()


@cache
def callback_session(folder: Path) -> Session | None:
    """The session the Flyway callbacks in ``folder`` leave; None when there are none."""
    session = None
    for name in CALLBACKS:
        path = folder / name
        if not path.is_file():
            continue
        try:
            sql = read_sql_file(path)
        except SqlReadError:
            continue
        session = session or Session()
        for statement in sql.statements:
            try:
                session = session.after(parse_statement(statement))
            except StatementTooDeep:
                continue  # not followed, as impact does not read it in a migration either
    return session
