from __future__ import annotations

import re
from collections.abc import Iterator

from sqlglot.tokens import TokenType

from zsgate import servers
from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule, listed
from zsgate.history.helpers import helper

ZERO_IN_DATE = re.compile(r"\d{4}-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]*)?")
ALL_ZERO = re.compile(r"0{4}-0{1,2}-0{1,2}(?:[ T][0:.]*)?")
DATE_TYPES = ("DATE", "DATETIME", "TIMESTAMP")
STRICT_MODES = frozenset({"STRICT_TRANS_TABLES", "STRICT_ALL_TABLES"})
ZERO_DATE = "0000-00-00 00:00:00"
_DEFAULT, _STRING = TokenType.DEFAULT, TokenType.STRING  # read off the enum class, a member costs more than the test


def is_zero_date(value: str) -> bool:
    """A zero month or day ('0000-00-00 00:00:00', '2020-01-00'); a zero year alone is a real date."""
    match = ZERO_IN_DATE.fullmatch(value.strip())
    if match is None:
        return False
    return int(match.group(1)) == 0 or int(match.group(2)) == 0


def refusing_mode(value: str, sql_mode: frozenset[str]) -> str | None:
    """The mode of `sql_mode` that makes a server refuse `value` as a date default, or None if it takes it.

    With strict mode on, NO_ZERO_DATE refuses '0000-00-00' and NO_ZERO_IN_DATE refuses any other zero
    month or day (MySQL manual, "Server SQL Modes"); without strict mode both only warn.
    """
    if not is_zero_date(value) or not sql_mode & STRICT_MODES:
        return None
    mode = "NO_ZERO_DATE" if ALL_ZERO.fullmatch(value.strip()) else "NO_ZERO_IN_DATE"
    return mode if mode in sql_mode else None


class ZeroDateDefault(Rule):
    """A date or time default that the target server's default sql_mode refuses.

    Why: {refusing} run with strict mode, NO_ZERO_DATE and NO_ZERO_IN_DATE by default, so a default of
    '0000-00-00 00:00:00', or any date with a zero month or day ('2020-01-00'), makes CREATE TABLE or
    ADD COLUMN fail. A zero year alone ('0000-01-01') is accepted. The default sql_mode of {accepting}
    has neither, so those targets accept them; the upgrade then fails on the first MySQL server.
    ZStack's convention is '2000-01-01 00:00:00'.

    Bad:
        `createDate` TIMESTAMP NOT NULL DEFAULT '0000-00-00 00:00:00'

    Good:
        `createDate` TIMESTAMP NOT NULL DEFAULT '2000-01-01 00:00:00'
    """

    code = "ZS401"
    name = "zero-date-default"

    @classmethod
    def doc_fields(cls) -> dict[str, str]:
        refusing = {known.name for known in servers.TARGETS if refusing_mode(ZERO_DATE, known.sql_mode.names)}
        return {
            "refusing": listed(name for name in servers.NAMES if name in refusing),
            "accepting": listed(name for name in servers.NAMES if name not in refusing),
        }

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        sql_mode = servers.target(context.target).sql_mode.names
        tokens = statement.statement.tokens
        for before, token in zip(tokens, tokens[1:], strict=False):
            if (
                before.token_type is _DEFAULT
                and token.token_type is _STRING
                and (mode := refusing_mode(token.text, sql_mode))
            ):
                yield self._hit(token.text, token.start, context.target, mode)
        call = statement.call
        adds = helper(call.procedure) if call is not None else None
        typed, at = (adds.position("col_data_type"), adds.position("default_value")) if adds else (None, None)
        if typed is None or at is None:
            return
        data_type, default = call.argument(typed) or "", call.argument(at)
        if default is None or not data_type.upper().startswith(DATE_TYPES):
            return
        if mode := refusing_mode(default, sql_mode):
            yield self._hit(default, call.arguments[at].start, context.target, mode)

    @staticmethod
    def _hit(value: str, start: int, target: str, mode: str) -> Hit:
        return Hit(
            start,
            f"default '{value}' has a zero month or day; {mode} in {target}'s default sql_mode refuses it: "
            "use '2000-01-01 00:00:00'",
        )
