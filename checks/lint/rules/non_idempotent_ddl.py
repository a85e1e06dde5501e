from __future__ import annotations

from collections.abc import Iterator

from sqlglot import exp
from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule

HELPER_FOR = {
    "ColumnDef": "CALL ADD_COLUMN(table, column, type, allow_null, default)",
    "AddConstraint": "CALL CREATE_INDEX(table, index, column) or CALL ADD_CONSTRAINT(table, fk, column, ...)",
    "Drop": "CALL DROP_COLUMN(table, column) or CALL DELETE_INDEX(table, index)",
}


class NonIdempotentDdl(Rule):
    """A statement that fails, or changes things again, when the file runs a second time.

    Why: ZStack re-runs upgrade files (a failed upgrade is retried from the top), so every statement
    must be a no-op the second time. CREATE TABLE needs IF NOT EXISTS and DROP TABLE needs IF EXISTS;
    adding or dropping columns, indexes and constraints on an existing table goes through the helper
    procedures, which look in information_schema first. (MariaDB's ADD COLUMN IF NOT EXISTS and
    CREATE INDEX IF NOT EXISTS are accepted only when the target is mariadb-10.11: MySQL 8 has no such
    clause.) Read from the statement's first words, so it works where sqlglot cannot parse the rest.

    Bad:
        CREATE TABLE `zstack`.`AiHostModelCachePolicyVO` (`uuid` VARCHAR(32) NOT NULL);
        ALTER TABLE `zstack`.`VmModelMountVO` ADD COLUMN `cacheUuid` VARCHAR(32);

    Good:
        CREATE TABLE IF NOT EXISTS `zstack`.`AiHostModelCachePolicyVO` (`uuid` VARCHAR(32) NOT NULL);
        CALL ADD_COLUMN('VmModelMountVO', 'cacheUuid', 'VARCHAR(32)', 1, NULL);
    """

    code = "ZS202"
    name = "non-idempotent-ddl"

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        start = statement.statement.start
        words = [token.text.upper() for token in statement.statement.tokens[:6]]
        if words[:2] == ["CREATE", "TABLE"] and words[2:5] != ["IF", "NOT", "EXISTS"]:
            yield Hit(start, "CREATE TABLE without IF NOT EXISTS fails when the file runs again")
        elif words[:2] == ["DROP", "TABLE"] and words[2:4] != ["IF", "EXISTS"]:
            yield Hit(start, "DROP TABLE without IF EXISTS fails when the file runs again")
        elif words[:2] == ["CREATE", "INDEX"] or words[:3] == ["CREATE", "UNIQUE", "INDEX"]:
            guarded = "EXISTS" in words and context.target.startswith("mariadb")
            if not guarded:
                yield Hit(start, f"CREATE INDEX fails when the file runs again: use {HELPER_FOR['AddConstraint']}")
        elif isinstance(expression := statement.expression, exp.Alter) and expression.args.get("kind") == "TABLE":
            for action in expression.args.get("actions") or []:
                helper = HELPER_FOR.get(type(action).__name__)
                if helper is None or (action.args.get("exists") and context.target.startswith("mariadb")):
                    continue
                if isinstance(action, exp.Drop) and action.args.get("kind") not in ("COLUMN", "INDEX", "FOREIGN KEY"):
                    continue
                yield Hit(
                    start,
                    f"ALTER TABLE ... {_describe(action)} fails or repeats when the file runs again: use {helper}",
                )


def _describe(action: exp.Expression) -> str:
    """``ADD COLUMN x``, ``DROP INDEX y``, ``ADD CONSTRAINT fk`` ..."""
    if isinstance(action, exp.ColumnDef):
        return f"ADD COLUMN {action.name}"
    return " ".join(action.sql("mysql").split()[:3])
