from __future__ import annotations

from collections.abc import Iterator

from sqlglot.tokens import TokenType
from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule


class ParseError(Rule):
    """SQL that no MySQL-family server would accept.

    Why: the upgrade stops at the first statement the server cannot read. This rule reports what is
    broken for every MySQL-family server: an unterminated string, comment, quoted identifier or
    DELIMITER block, and unbalanced parentheses, at the place it starts. sqlglot not understanding a
    statement is not by itself a finding (it reads CALL, triggers and procedures as raw commands).

    Bad:
        INSERT INTO `zstack`.`HostEO` (`uuid`, `name`) VALUES ('h1', 'it's');

    Good:
        INSERT INTO `zstack`.`HostEO` (`uuid`, `name`) VALUES ('h1', 'it''s');
    """

    code = "ZS001"
    name = "parse-error"

    def check(self, statement: Parsed, context: FileContext) -> Iterator[Hit]:
        opened = []
        for token in statement.statement.tokens:
            if token.token_type is TokenType.L_PAREN:
                opened.append(token)
            elif token.token_type is TokenType.R_PAREN:
                if not opened:
                    yield Hit(token.start, "')' closes a parenthesis that was never opened")
                    return
                opened.pop()
        if opened:
            yield Hit(opened[-1].start, "'(' is never closed")

    def finish(self, context: FileContext) -> Iterator[Hit]:
        for error in context.split_errors:
            yield Hit(context.offset_at(error.line, error.column), error.message)
