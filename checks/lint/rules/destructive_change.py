from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlglot import exp

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule

if TYPE_CHECKING:
    from zsgate.checks.impact.classify import Alteration
    from zsgate.checks.lint.changes import FileChanges, StatementChanges

UNDO = re.compile(r"U\d+(?:[._]\d+)*__.*\.sql", re.IGNORECASE)
"""Flyway's undo files (``U<version>__*.sql``) exist to remove what their V file added."""


class DestructiveChange(Rule):
    """A change that loses data for good: DROP TABLE, DROP COLUMN, a narrower type, fewer ENUM members.

    Why: an upgrade that drops a table or a column, or shrinks one, deletes customer data that no
    rollback brings back. It is sometimes right, and then the file must say why: only a noqa that
    gives a reason, `-- noqa: destructive-change: <why this data may go>`, silences it; a bare noqa
    does not. Tables the same file creates, and Flyway undo files (U<version>__*.sql), are left alone.

    Bad:
        CALL DROP_COLUMN('VmModelMountVO', 'modelName');

    Good:
        CALL DROP_COLUMN('VmModelMountVO', 'modelName');  -- noqa: destructive-change: ModelVO.name holds it
    """

    code = "ZS503"
    name = "destructive-change"
    noqa_needs_reason = True
    checks_impact = True

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        if _undo(context.sql.path):
            return
        start = statement.statement.start
        drop = statement.expression
        if isinstance(drop, exp.Drop) and drop.args.get("kind") == "TABLE":
            for table in drop.args.get("tables") or []:
                if table.name.lower() not in context.created_tables:
                    yield Hit(start, f"DROP TABLE {table.name} deletes its rows for good; {_HOW}")

    def check_alterations(
        self, statement: StatementChanges, alterations: Sequence[Alteration], file: FileChanges
    ) -> Iterator[Hit]:
        if _undo(file.path):
            return
        for change in alterations:
            if change.destructive and not change.new_table:
                yield Hit(
                    statement.start, f"{change.table}.{change.column}: {change.operation.value} loses data; {_HOW}"
                )


@functools.lru_cache(maxsize=1024)  # asked for every statement of a file
def _undo(path: str) -> bool:
    return UNDO.fullmatch(Path(path).name) is not None


_HOW = "if that is meant, say why: `-- noqa: destructive-change: <reason>`"
