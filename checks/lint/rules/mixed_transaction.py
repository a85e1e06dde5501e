from __future__ import annotations

from collections.abc import Iterator

from sqlglot import exp

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule
from zsgate.history.helpers import HELPERS

DDL = (exp.Create, exp.Alter, exp.Drop, exp.TruncateTable)
DDL_COMMANDS = frozenset({"ALTER", "CREATE", "DROP", "RENAME", "TRUNCATE"})


class MixedTransaction(Rule):
    """DDL inside an explicit transaction (BEGIN / START TRANSACTION ... COMMIT).

    Why: MySQL and MariaDB commit the open transaction before and after every DDL statement
    (CREATE, ALTER, DROP, RENAME, TRUNCATE, and the helper procedures that run ALTER TABLE). The
    BEGIN around it does not make the block atomic: a failure after the DDL leaves the earlier
    statements committed, and ROLLBACK cannot undo them. Keep DDL outside transactions; wrap only
    DML. (CREATE TEMPORARY TABLE commits nothing and is left alone.)

    Bad:
        BEGIN;
        UPDATE `zstack`.`VmModelMountVO` SET `status` = 'Detached' WHERE `status` = 'Unknown';
        ALTER TABLE `zstack`.`VmModelMountVO` ADD COLUMN `detachedDate` TIMESTAMP NULL;
        COMMIT;

    Good:
        CALL ADD_COLUMN('VmModelMountVO', 'detachedDate', 'TIMESTAMP', 1, NULL);
        BEGIN;
        UPDATE `zstack`.`VmModelMountVO` SET `status` = 'Detached' WHERE `status` = 'Unknown';
        COMMIT;
    """

    code = "ZS504"
    name = "mixed-transaction"

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        opened = context.transaction
        ends_or_opens = isinstance(statement.expression, exp.Transaction | exp.Commit | exp.Rollback)
        if opened is not None and not ends_or_opens and _is_ddl(statement):
            words = " ".join(token.text.upper() for token in statement.statement.tokens[:2])
            yield Hit(
                statement.statement.start,
                f"{words} commits the transaction begun at line {opened.statement.line} at once; "
                "the block is not atomic and ROLLBACK cannot undo it: keep DDL outside the transaction",
            )


def _is_ddl(statement: Parsed) -> bool:
    """A statement that commits the open transaction (a helper call that runs ALTER TABLE included)."""
    if [token.text.upper() for token in statement.statement.tokens[:2]] == ["CREATE", "TEMPORARY"]:
        return False
    if statement.call is not None:
        return statement.call.procedure.upper() in HELPERS
    expression = statement.expression
    if isinstance(expression, exp.Command):
        return str(expression.this).upper() in DDL_COMMANDS
    return isinstance(expression, DDL)
