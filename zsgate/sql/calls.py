"""Stored-procedure calls read from tokens: ``CALL ADD_COLUMN('T', 'c', 'VARCHAR(32)', 1, NULL)``.

sqlglot parses CALL as a generic Command, so the arguments are read from its tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlglot.tokens import Token, TokenType

from zsgate.pickled import by_fields
from zsgate.sql.dialect import TOKENIZER
from zsgate.sql.tokens import tokenize


@by_fields
@dataclass(frozen=True, slots=True)
class Argument:
    """One literal argument: a string, a number, or NULL (``value`` None), at ``start`` in the file."""

    value: str | None
    start: int


@by_fields
@dataclass(frozen=True, slots=True)
class Call:
    """A ``CALL name(literal, ...)`` statement."""

    procedure: str
    arguments: tuple[Argument, ...]

    def argument(self, position: int) -> str | None:
        """The value of the argument at ``position`` (None when NULL or absent)."""
        return self.arguments[position].value if position < len(self.arguments) else None


def read_call(tokens: Sequence[Token]) -> Call | None:
    """The call in a statement's tokens (whose offsets are file offsets), or None when they are not
    ``CALL name(literals)``."""
    if len(tokens) != 2 or tokens[0].text.upper() != "CALL" or tokens[1].token_type is not TokenType.STRING:
        return None
    # sqlglot's tokenizer keeps everything after a command keyword as one raw string: read it again.
    inner, error = tokenize(TOKENIZER, tokens[1].text)
    return _call(inner, tokens[1].start) if error is None else None


def _call(tokens: list[Token], offset: int) -> Call | None:
    if len(tokens) < 3:
        return None
    name, opening, *rest = tokens
    if opening.token_type is not TokenType.L_PAREN or not rest or rest[-1].token_type is not TokenType.R_PAREN:
        return None
    arguments = []
    for position, token in enumerate(rest[:-1]):
        if position % 2:
            if token.token_type is not TokenType.COMMA:
                return None
        elif token.token_type in (TokenType.STRING, TokenType.NUMBER):
            arguments.append(Argument(token.text, offset + token.start))
        elif token.token_type is TokenType.NULL:
            arguments.append(Argument(None, offset + token.start))
        else:
            return None
    return Call(name.text, tuple(arguments))
