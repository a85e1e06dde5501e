from __future__ import annotations

from collections.abc import Iterator

from zsgate import servers
from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule, listed
from zsgate.history.helpers import helper


class ReservedWord(Rule):
    """An unquoted identifier that is a reserved word on the target server.

    Why: the server refuses the statement with a syntax error, so the upgrade stops there. Each
    target ({targets}) has its own word list, from the vendor's documentation or the server's own
    information_schema.KEYWORDS (its module in zsgate/servers/ says which); MySQL 8.4, for example,
    reserves MANUAL and TABLESAMPLE, which 8.0 does not. Quote the name, or rename
    it. Where a reserved word stops sqlglot in CREATE or ALTER, it is read as a name so that it is
    reported, and the rest of the statement checked. Helper
    procedures splice table, column, index and constraint names into ALTER TABLE unquoted, so a
    reserved word there cannot be quoted at all: it needs another name.

    Bad:
        CREATE TABLE IF NOT EXISTS `zstack`.`ModelRankVO` (`uuid` VARCHAR(32) NOT NULL, rank INT);

    Good:
        CREATE TABLE IF NOT EXISTS `zstack`.`ModelRankVO` (`uuid` VARCHAR(32) NOT NULL, `rank` INT);
    """

    code = "ZS102"
    name = "reserved-word"

    @classmethod
    def doc_fields(cls) -> dict[str, str]:
        return {"targets": listed(servers.NAMES)}

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        for identifier in statement.unquoted_names:
            if identifier.name.upper() in context.reserved:
                yield Hit(
                    identifier.meta["start"],
                    f"{identifier.name} is a reserved word on {context.target}: quote it as `{identifier.name}`",
                )
        if (call := statement.call) is not None and (called := helper(call.procedure)) is not None:
            for argument in called.spliced_names(call):
                if str(argument.value).upper() in context.reserved:
                    yield Hit(
                        argument.start,
                        f"{argument.value} is a reserved word on {context.target}, and {call.procedure} splices it "
                        "into ALTER TABLE without backticks, so the call fails: choose another name",
                    )
