from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from zsgate.checks.impact.online_ddl import TARGETS, Impact, impact
from zsgate.checks.lint.findings import Severity
from zsgate.checks.lint.rule import Hit, Rule, listed

if TYPE_CHECKING:
    from zsgate.checks.impact.classify import Alteration
    from zsgate.checks.lint.changes import FileChanges, StatementChanges


class BlockingAlter(Rule):
    """A change to an existing table that copies it, or blocks writes to it, on some target server.

    Why: ZStack upgrades run on customer databases with years of rows. A change the server can only
    make with ALGORITHM=COPY, or with LOCK=SHARED/EXCLUSIVE, holds every write to the table until it
    finishes: on a large table the management plane stalls for the whole upgrade. Read as
    `zsgate impact` reads it (the table as the file's history, or outside one the models, and the
    file's earlier statements leave it; the session as the callbacks beside the file leave it), on
    {targets}. Tables the same file creates are left alone: they hold no rows on its first run.
    Where it cannot tell (a MODIFY of a column nothing before defines, an ALTER form it does not
    read) it stays silent.

    Bad:
        ALTER TABLE `zstack`.`VmModelMountVO` MODIFY `lastAttachedEpoch` VARCHAR(32);

    Good:
        CALL ADD_COLUMN('VmModelMountVO', 'lastAttachedAt', 'VARCHAR(32)', 1, NULL);
    """

    code = "ZS501"
    name = "blocking-alter"
    severity = Severity.WARNING
    checks_impact = True

    @classmethod
    def doc_fields(cls) -> dict[str, str]:
        return {"targets": listed(TARGETS)}

    def check_alterations(
        self, statement: StatementChanges, alterations: Sequence[Alteration], file: FileChanges
    ) -> Iterator[Hit]:
        for change in alterations:
            if change.new_table or not change.understood:
                continue
            costs: dict[Impact, list[str]] = {}
            for target in TARGETS:
                if (cost := impact(target, change.operation)).blocking:
                    costs.setdefault(cost, []).append(target)
            if costs:
                where = "; ".join(
                    f"{cost.algorithm.value}/{cost.lock.value} on {', '.join(targets)}"
                    for cost, targets in costs.items()
                )
                yield Hit(
                    statement.start,
                    f"{change.table}: {change.operation.value} holds writes to the table while it runs ({where}); "
                    "see `zsgate impact` and plan it for a maintenance window or find an online form",
                )
