from __future__ import annotations

from collections.abc import Iterator

from sqlglot import exp

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule, listed
from zsgate.history.helpers import HELPERS
from zsgate.servers import MARIADB, TARGETS, target

ADD_COLUMN = HELPERS["ADD_COLUMN"].advice
DROP_COLUMN = HELPERS["DROP_COLUMN"].advice
CREATE_INDEX = HELPERS["CREATE_INDEX"].advice
DELETE_INDEX_FIRST = f"{HELPERS['DELETE_INDEX'].signature} before it, so that it is dropped if there and made again"
DELETE_INDEX = HELPERS["DELETE_INDEX"].advice
ADD_CONSTRAINT = HELPERS["ADD_CONSTRAINT"].advice
DROP_FOREIGN_KEY = HELPERS["DROP_FOREIGN_KEY"].advice
RENAME_TABLE = HELPERS["RENAME_TABLE"].advice
GUARD_COLUMN = "run it from a procedure only while information_schema.COLUMNS still has the old column"
ONE_ALTER = "drop and add the primary key in one ALTER TABLE (DROP PRIMARY KEY, ADD PRIMARY KEY (...))"
ROUTINES = ("PROCEDURE", "FUNCTION", "TRIGGER")


class NonIdempotentDdl(Rule):
    """A statement that fails, or changes things again, when the file runs a second time.

    Why: ZStack re-runs upgrade files (a failed upgrade is retried from the top), so every statement
    must be a no-op the second time. CREATE TABLE needs IF NOT EXISTS, DROP TABLE needs IF EXISTS and
    CREATE VIEW needs OR REPLACE; a view, procedure, function or trigger can instead have a
    DROP ... IF EXISTS before it in the same file. Adding or dropping columns, indexes and foreign keys,
    and renaming tables, go
    through the helper procedures of beforeMigrate.sql, which look in information_schema first; renaming
    a column (CHANGE old new, RENAME COLUMN) has no helper and needs a guard. (MariaDB's IF [NOT] EXISTS
    clauses are accepted only when the target is {mariadb_targets}: MySQL has no such clause.)

    Bad:
        CREATE TABLE `zstack`.`AiHostModelCachePolicyVO` (`uuid` VARCHAR(32) NOT NULL);
        ALTER TABLE `zstack`.`VmModelMountVO` ADD COLUMN `cacheUuid` VARCHAR(32);
        ALTER TABLE `zstack`.`VmModelMountVO` DROP FOREIGN KEY `fkVmModelMountVOModelVO`;
        RENAME TABLE `zstack`.`ModelCacheVO` TO `zstack`.`AiHostModelCacheVO`;

    Good:
        CREATE TABLE IF NOT EXISTS `zstack`.`AiHostModelCachePolicyVO` (`uuid` VARCHAR(32) NOT NULL);
        CALL ADD_COLUMN('VmModelMountVO', 'cacheUuid', 'VARCHAR(32)', 1, NULL);
        CALL DROP_FOREIGN_KEY('VmModelMountVO', 'fkVmModelMountVOModelVO');
        CALL RENAME_TABLE('ModelCacheVO', 'AiHostModelCacheVO');
    """

    code = "ZS202"
    name = "non-idempotent-ddl"

    @classmethod
    def doc_fields(cls) -> dict[str, str]:
        return {"mariadb_targets": listed((known.name for known in TARGETS if known.family is MARIADB), "or")}

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        start = statement.statement.start
        words = [token.text.upper() for token in statement.statement.tokens[:6]]
        mariadb = target(context.target).family is MARIADB
        if words[:2] == ["CREATE", "TABLE"] and words[2:5] != ["IF", "NOT", "EXISTS"]:
            yield Hit(start, "CREATE TABLE without IF NOT EXISTS fails when the file runs again")
        elif words[:2] == ["DROP", "TABLE"] and words[2:4] != ["IF", "EXISTS"]:
            yield Hit(start, "DROP TABLE without IF EXISTS fails when the file runs again")
        elif words[:2] == ["CREATE", "INDEX"] or words[:3] == ["CREATE", "UNIQUE", "INDEX"]:
            if not ("EXISTS" in words and mariadb):
                advice = CREATE_INDEX if words[1] == "INDEX" and _columns(statement.expression) == 1 else None
                yield Hit(start, f"CREATE INDEX fails when the file runs again: use {advice or DELETE_INDEX_FIRST}")
        elif words[:1] == ["RENAME"] and len(words) > 1 and words[1].split(maxsplit=1)[0] == "TABLE":
            yield Hit(start, f"RENAME TABLE fails when the file runs again: use {RENAME_TABLE}")
        elif isinstance(create := statement.expression, exp.Create) and create.args.get("kind") == "VIEW":
            view = create.this.name if isinstance(create.this, exp.Table) else ""
            if not create.args.get("replace") and not context.dropped_before("VIEW", view, start):
                yield Hit(
                    start,
                    "CREATE VIEW without OR REPLACE fails when the file runs again: "
                    f"use CREATE OR REPLACE, or put DROP VIEW IF EXISTS {view} before it",
                )
        elif (routine := _routine_created(words, statement)) is not None:
            kind, name = routine
            guarded = mariadb and ("EXISTS" in words or "REPLACE" in words)
            if not guarded and not context.dropped_before(kind, name, start):
                yield Hit(
                    start,
                    f"CREATE {kind} {name} fails when the file runs again: put DROP {kind} IF EXISTS {name} before it",
                )
        elif isinstance(expression := statement.expression, exp.Alter) and expression.args.get("kind") == "TABLE":
            actions = expression.args.get("actions") or []
            for action in actions:
                if action.args.get("exists") and mariadb:
                    continue
                if (advice := _alter_advice(action, actions)) is not None:
                    what, helper = advice
                    yield Hit(start, f"ALTER TABLE ... {what} fails or repeats when the file runs again: {helper}")


def _alter_advice(action: exp.Expression, actions: list[exp.Expression]) -> tuple[str, str] | None:
    """What an ALTER TABLE action is and what to do instead, or None when it can run twice."""
    if isinstance(action, exp.ColumnDef):
        return f"ADD COLUMN {action.name}", f"use {ADD_COLUMN}"
    if isinstance(action, exp.Drop):
        kind = action.args.get("kind")
        named = " ".join(str(dropped.name) for dropped in action.args.get("tables") or [])
        helper = {"COLUMN": DROP_COLUMN, "INDEX": DELETE_INDEX, "FOREIGN KEY": DROP_FOREIGN_KEY}.get(str(kind))
        return (f"DROP {kind} {named}", f"use {helper}") if helper else None
    if isinstance(action, exp.AlterRename):
        return "RENAME TO", f"use {RENAME_TABLE}"
    if isinstance(action, exp.RenameColumn):
        return f"RENAME COLUMN {action.this.name}", GUARD_COLUMN
    old = action.args.get("rename_from") if isinstance(action, exp.ModifyColumn) else None
    if old is not None and old.name.lower() != action.this.name.lower():
        return f"CHANGE {old.name} {action.this.name}", GUARD_COLUMN
    if isinstance(action, exp.DropPrimaryKey) and not _has_action(actions, exp.PrimaryKey):
        return "DROP PRIMARY KEY", ONE_ALTER
    if isinstance(action, exp.AddConstraint):
        return _constraint_advice(action, actions)
    return None


def _constraint_advice(action: exp.AddConstraint, actions: list[exp.Expression]) -> tuple[str, str] | None:
    if action.find(exp.ForeignKey) is not None:
        return "ADD CONSTRAINT ... FOREIGN KEY", f"use {ADD_CONSTRAINT}"
    if action.find(exp.PrimaryKey) is not None:
        if any(isinstance(other, exp.DropPrimaryKey) for other in actions):
            return None
        return "ADD PRIMARY KEY", ONE_ALTER
    if action.find(exp.UniqueColumnConstraint) is not None:
        return "ADD UNIQUE KEY", f"use {DELETE_INDEX_FIRST}"
    if (index := action.find(exp.IndexColumnConstraint)) is not None:
        single = len(index.expressions) == 1 and not (index.args.get("kind") or "")
        return "ADD INDEX", f"use {CREATE_INDEX if single else DELETE_INDEX_FIRST}"
    return None


def _has_action(actions: list[exp.Expression], kind: type[exp.Expression]) -> bool:
    return any(action.find(kind) is not None for action in actions)


def _columns(expression: exp.Expression | None) -> int:
    """How many columns a CREATE INDEX covers (0 when unread)."""
    index = expression.this if isinstance(expression, exp.Create) else None
    params = index.args.get("params") if isinstance(index, exp.Index) else None
    return len(params.args.get("columns") or []) if params is not None else 0


def _routine_created(words: list[str], statement: Parsed) -> tuple[str, str] | None:
    """``(PROCEDURE, name)`` for ``CREATE [DEFINER = ...] PROCEDURE|FUNCTION|TRIGGER name``."""
    if words[:1] != ["CREATE"]:
        return None
    tokens = statement.statement.tokens
    for index, token in enumerate(tokens[:12]):
        if token.text.upper() in ROUTINES:
            names = [t for t in tokens[index + 1 : index + 8] if t.text.upper() not in ("IF", "NOT", "EXISTS")]
            if not names:
                return None
            dotted = len(names) > 2 and names[1].text == "."
            return token.text.upper(), (names[2] if dotted else names[0]).text
    return None
