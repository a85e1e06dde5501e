from __future__ import annotations

import re
from collections.abc import Iterator

from sqlglot.tokens import TokenType
from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule

ZERO_IN_DATE = re.compile(r"\d{4}-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]*)?")
DATE_TYPES = ("DATE", "DATETIME", "TIMESTAMP")


def is_zero_date(value: str) -> bool:
    """A zero month or day ('0000-00-00 00:00:00', '2020-01-00'); a zero year alone is a real date."""
    match = ZERO_IN_DATE.fullmatch(value.strip())
    if match is None:
        return False
    return int(match.group(1)) == 0 or int(match.group(2)) == 0


class ZeroDateDefault(Rule):
    """A date or time default that MySQL 8's default sql_mode rejects.

    Why: MySQL 8 (and GreatSQL) run with STRICT_TRANS_TABLES, NO_ZERO_DATE and NO_ZERO_IN_DATE, so a
    default of '0000-00-00 00:00:00', or any date with a zero month or day ('2020-01-00'), makes
    CREATE TABLE or ADD COLUMN fail. A zero year alone ('0000-01-01') is accepted. ZStack's
    convention is '2000-01-01 00:00:00'.

    Bad:
        `createDate` TIMESTAMP NOT NULL DEFAULT '0000-00-00 00:00:00'

    Good:
        `createDate` TIMESTAMP NOT NULL DEFAULT '2000-01-01 00:00:00'
    """

    code = "ZS401"
    name = "zero-date-default"

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        tokens = statement.statement.tokens
        for before, token in zip(tokens, tokens[1:], strict=False):
            if (
                before.token_type is TokenType.DEFAULT
                and token.token_type is TokenType.STRING
                and is_zero_date(token.text)
            ):
                yield self._hit(token.text, token.start)
        call = statement.call
        if call is not None and call.procedure.upper() == "ADD_COLUMN" and len(call.arguments) >= 5:
            data_type, default = call.argument(2) or "", call.argument(4)
            if default is not None and data_type.upper().startswith(DATE_TYPES) and is_zero_date(default):
                yield self._hit(default, call.arguments[4].start)

    @staticmethod
    def _hit(value: str, start: int) -> Hit:
        return Hit(
            start,
            f"default '{value}' has a zero month or day; MySQL 8's NO_ZERO_DATE / NO_ZERO_IN_DATE "
            "reject it: use '2000-01-01 00:00:00'",
        )
