from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from zsgate.checks.impact.classify import Alteration
from zsgate.checks.impact.online_ddl import Operation
from zsgate.checks.lint.findings import Severity
from zsgate.checks.lint.rule import Hit, Rule

if TYPE_CHECKING:
    from zsgate.checks.lint.changes import FileChanges, StatementChanges


class DataDependentChange(Rule):
    """A change to an existing table that fails when existing rows disagree with it.

    Why: NOT NULL on a nullable column, UNIQUE or a primary key over existing columns, a narrower type
    or VARCHAR, and an ENUM without some of its members all succeed on a test database and fail on a
    customer's whose rows hold NULLs, duplicates, long values or the removed member. MySQL commits
    each DDL at once, so the failure leaves the upgrade half-applied. Make the rows agree first (an
    UPDATE of the column earlier in the file counts for NOT NULL), and ship the queries of
    `zsgate impact --prechecks` to find the rows that would fail. Tables the same file creates are
    left alone.

    Bad:
        ALTER TABLE `zstack`.`VmModelMountVO` MODIFY `accountUuid` VARCHAR(32) NOT NULL;

    Good:
        UPDATE `zstack`.`VmModelMountVO` SET `accountUuid` = 'admin' WHERE `accountUuid` IS NULL;
        ALTER TABLE `zstack`.`VmModelMountVO` MODIFY `accountUuid` VARCHAR(32) NOT NULL;
    """

    code = "ZS502"
    name = "data-dependent-change"
    severity = Severity.WARNING

    checks_impact = True

    def check_alterations(
        self, statement: StatementChanges, alterations: Sequence[Alteration], file: FileChanges
    ) -> Iterator[Hit]:
        for change in alterations:
            if not change.data_dependent or change.new_table:
                continue
            if change.operation is Operation.MAKE_NOT_NULL and _updated_before(change, statement, file):
                continue
            yield Hit(statement.start, f"{_what(change)}: make the rows agree first, or ship a precheck")


def _what(change: Alteration) -> str:
    column = f"{change.table}.{change.column}"
    key = f"{change.table} ({', '.join(change.key)})"
    if change.removed:
        members = ", ".join(f"'{member}'" for member in change.removed)
        return f"{column} loses ENUM member(s) {members}; fails if a row holds one"
    return {
        Operation.MAKE_NOT_NULL: f"{column} becomes NOT NULL; fails if a row holds NULL",
        Operation.ADD_UNIQUE: f"UNIQUE key over {key}; fails if two rows share a value",
        Operation.NARROW_TYPE: f"{column} narrows to {change.after.type_sql if change.after else '?'}; "
        "fails if a value does not fit",
        Operation.ADD_PRIMARY_KEY: f"primary key over {key}; fails if rows share a value or hold NULL",
        Operation.CHANGE_PRIMARY_KEY: f"primary key over {key}; fails if rows share a value or hold NULL",
    }[change.operation]


def _updated_before(change: Alteration, statement: StatementChanges, file: FileChanges) -> bool:
    """An earlier UPDATE of the same table sets the column (the file fills in the NULLs itself)."""
    column = (change.table.lower(), change.column.lower())
    return any(earlier.start < statement.start and column in earlier.assigned for earlier in file.statements)
