from __future__ import annotations

from collections.abc import Iterator

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.findings import Severity
from zsgate.checks.lint.rule import Edit, Hit, Rule


class UnquotedIdentifier(Rule):
    """A schema, table, column, index or constraint name in DDL or DML without backticks.

    Why: MySQL 8 and GreatSQL reserve words that older servers did not (RANK, WINDOW, LATERAL, ...),
    so an unquoted name that works today can break the upgrade on the next server. ZStack quotes
    every identifier in SQL text (never inside helper-procedure string arguments). `--fix` adds the
    backticks; comments, strings and helper arguments are left alone, and so is a name that touches a
    quote or another name (``a`b``` is ``a`` named ``b``: quoting ``a`` would join the two).

    Bad:
        ALTER TABLE zstack.HostEO ADD COLUMN rank INT;

    Good:
        CALL ADD_COLUMN('HostEO', 'rank', 'INT', 1, NULL);
        UPDATE `zstack`.`HostEO` SET `rank` = 0;
    """

    code = "ZS101"
    name = "unquoted-identifier"
    severity = Severity.WARNING
    fixable = True

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        for identifier in statement.unquoted_names:
            start, end = identifier.meta["start"], identifier.meta["end"] + 1
            written = context.text[start:end]
            if written != identifier.name:
                continue  # sqlglot rewrote it; never edit what we cannot see
            edit = None if _touches(context.text, start, end) else Edit(start, end, f"`{written}`")
            yield Hit(start, f"`{written}` is not backtick-quoted", edit)


def _touches(text: str, start: int, end: int) -> bool:
    """Whether a quote or a name character stands right before or after ``text[start:end]``: there
    backticks could join it to its neighbour, or change what either means."""
    return any(
        char in "`'\"$@" or char.isalnum() or char == "_"
        for char in text[max(start - 1, 0) : start] + text[end : end + 1]
    )
