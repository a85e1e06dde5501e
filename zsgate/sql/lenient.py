"""Parse statements that sqlglot refuses only because a reserved word is used as a name.

The server stops at such a word too; the linter wants to say so and still check the rest. When the
parser fails at an unquoted reserved word of the target, that token is retried as a plain name.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.errors import ParseError
from sqlglot.tokens import Token, TokenType

from zsgate.sql.dialect import PARSER
from zsgate.sql.names import DEFINING, unquoted_names
from zsgate.sql.statements import Statement

RETRIES = 5
"""How many reserved words are looked past in one statement."""


def parse_as_names(statement: Statement, reserved: frozenset[str]) -> exp.Expression | None:
    """The tree sqlglot makes of a CREATE or ALTER TABLE (or CREATE INDEX) when the reserved words it
    stops at are read as names, or None. Each word must end up where DDL defines a name (a column, table, key, ...):
    elsewhere it is more likely syntax sqlglot does not know (``COLLATE binary``, ``LOW_PRIORITY``)."""
    tokens = list(statement.tokens)
    if not _defines_names(tokens):
        return None
    renamed: set[int] = set()
    for _ in range(RETRIES):
        try:
            trees = PARSER.parse(tokens, statement.source)
        except ParseError as error:
            where = error.errors[0] if error.errors else {}
        except Exception:  # noqa: BLE001 - sqlglot has other failure modes on odd input
            return None
        else:
            found = [tree for tree in trees if tree is not None]
            return found[0] if len(found) == 1 and renamed <= _defined_names(found[0]) else None
        index = _reserved_token_at(tokens, where.get("line"), where.get("col"), reserved)
        if index is None:
            return None
        token = tokens[index]
        renamed.add(token.start)
        tokens[index] = Token(TokenType.VAR, token.text, token.line, token.col, token.start, token.end)
    return None


def _defines_names(tokens: list[Token]) -> bool:
    """CREATE TABLE, CREATE INDEX or ALTER TABLE: not procedures, functions or triggers, whose bodies
    sqlglot reads only in part, so parsing them again could not help."""
    words = [token.text.upper() for token in tokens[:3]]
    return words[:2] in (["CREATE", "TABLE"], ["CREATE", "INDEX"], ["ALTER", "TABLE"]) or words in (
        ["CREATE", "TEMPORARY", "TABLE"],
        ["CREATE", "UNIQUE", "INDEX"],
    )


def _reserved_token_at(tokens: list[Token], line: object, col: object, reserved: frozenset[str]) -> int | None:
    """The reserved word the parser stopped at or, when it stopped later (``constraint INT)`` reads as a
    constraint until the `)`), the nearest one before that which starts a column definition (after `(` or `,`)."""
    for index, token in enumerate(tokens):
        if token.line == line and token.col == col:
            if _is_reserved(token, reserved):
                return index
            return next(
                (
                    earlier
                    for earlier in range(index - 1, 0, -1)
                    if _is_reserved(tokens[earlier], reserved)
                    and tokens[earlier - 1].token_type in (TokenType.L_PAREN, TokenType.COMMA)
                ),
                None,
            )
    return None


def _is_reserved(token: Token, reserved: frozenset[str]) -> bool:
    bare = token.token_type not in (TokenType.STRING, TokenType.IDENTIFIER, TokenType.VAR)
    return bare and token.text.upper() in reserved


def _defined_names(tree: exp.Expression) -> set[int]:
    """Where the unquoted identifiers that DDL defines start in the file (a reserved word read as a name is one)."""
    return {identifier.meta["start"] for identifier in unquoted_names(tree) if isinstance(identifier.parent, DEFINING)}
