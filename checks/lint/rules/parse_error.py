from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sqlglot.tokens import Token, TokenType

from zsgate.checks.lint.context import FileContext, Parsed
from zsgate.checks.lint.rule import Hit, Rule
from zsgate.sql.statements import Statement

CONFLICT_MARKER = re.compile(r"^(?:<{7}|={7}|>{7})(?=\s|$)", re.MULTILINE)
"""What git leaves in a file it could not merge: ``<<<<<<< HEAD``, ``=======``, ``>>>>>>> branch``."""
_MARKS = ("<" * 7, "=" * 7, ">" * 7)
NOT_NUMERIC = frozenset(
    {
        *("CHAR", "VARCHAR", "BINARY", "VARBINARY", "TEXT", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT"),
        *("BLOB", "TINYBLOB", "MEDIUMBLOB", "LONGBLOB", "ENUM", "SET", "JSON", "BIT", "BOOL", "BOOLEAN"),
        *("DATE", "TIME", "DATETIME", "TIMESTAMP"),
    }
)
"""Types the server refuses UNSIGNED or ZEROFILL on (error 1064, checked on MariaDB 10.11: see
tests/lint/test_parse_error_on_server.py); the numeric types and YEAR take them."""
SIGN_ATTRIBUTES = ("UNSIGNED", "ZEROFILL")
NAMES = (TokenType.IDENTIFIER, TokenType.STRING, TokenType.VAR)
_L_PAREN, _R_PAREN = TokenType.L_PAREN, TokenType.R_PAREN  # read off the enum class, a member costs more than the test


class ParseError(Rule):
    """SQL that no MySQL-family server would accept.

    Why: the upgrade stops at the first statement the server cannot read. This rule reports what is
    broken for every MySQL-family server: an unterminated string, comment, quoted identifier or
    DELIMITER block, unbalanced parentheses, git conflict markers left in the file (``<<<<<<< HEAD``,
    ``=======``, ``>>>>>>> branch``), and UNSIGNED or ZEROFILL on a type that is not a number
    (``varchar(128) unsigned``), at the place it starts. sqlglot not understanding a statement is not
    by itself a finding (it reads CALL, triggers and procedures as raw commands).

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
            token_type = token.token_type
            if token_type is _L_PAREN:
                opened.append(token)
            elif token_type is _R_PAREN:
                if not opened:
                    yield Hit(token.start, "')' closes a parenthesis that was never opened")
                    return
                opened.pop()
        if opened:
            yield Hit(opened[-1].start, "'(' is never closed")
        if _may_sign(statement.statement.text):
            yield from _sign_on_non_numbers(statement.statement.tokens)
        yield from _conflict_markers(statement.statement, context.text)

    def finish(self, context: FileContext) -> Iterator[Hit]:
        for error in context.split_errors:
            yield Hit(context.offset_at(error.line, error.column), error.message)


def _conflict_markers(statement: Statement, text: str) -> Iterator[Hit]:
    """Git's conflict markers where the statement has a token (not inside a comment or a string)."""
    start, end = statement.start, statement.end + len(_MARKS[0])  # a marker starting inside it ends by here
    if all(text.find(mark, start, end) < 0 for mark in _MARKS):
        return
    tokens: set[int] | None = None
    for marker in CONFLICT_MARKER.finditer(text, start, end + 1):
        if marker.start() < statement.end:
            tokens = {token.start for token in statement.tokens} if tokens is None else tokens
            if marker.start() in tokens:
                yield Hit(marker.start(), f"git conflict marker {marker.group()}: resolve the merge")


def _may_sign(text: str) -> bool:
    """Whether a statement's tokens may say UNSIGNED or ZEROFILL: a token's text is the statement's, unless a
    backslash escape in a string made it (``'UN\\SIGNED'``). Most statements do not, and looking at each token
    of every one took a tenth of the time the rules take."""
    upper = text.upper()
    return any(attribute in upper for attribute in SIGN_ATTRIBUTES) or "\\" in text


def _sign_on_non_numbers(tokens: Sequence[Token]) -> Iterator[Hit]:
    """``varchar(128) unsigned``: UNSIGNED or ZEROFILL after a type that is not a number."""
    for index, token in enumerate(tokens):
        if token.token_type in NAMES or token.text.upper() not in NOT_NUMERIC:
            continue
        after = index + 1
        if after < len(tokens) and tokens[after].token_type is _L_PAREN:
            while after < len(tokens) and tokens[after].token_type is not _R_PAREN:
                after += 1
            after += 1
        if after < len(tokens) and tokens[after].text.upper() in SIGN_ATTRIBUTES:
            attribute = tokens[after]
            yield Hit(attribute.start, f"{attribute.text} on {token.text.upper()}: the server takes it on numbers only")
