"""sqlglot's MySQL tokens at file offsets, for the readings of a file (`zsgate.sql.split`, its Flyway reading)."""

from __future__ import annotations

from bisect import bisect_right

from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import TokenError
from sqlglot.tokens import Token, Tokenizer, TokenType

from zsgate.sql.statements import LineIndex

COMMAND_TYPES = frozenset(MySQL.Tokenizer.COMMANDS)
COMMAND_PREFIX_TYPES = frozenset(MySQL.Tokenizer.COMMAND_PREFIX_TOKENS)


def tokenize(tokenizer: Tokenizer, sql: str) -> tuple[list[Token], TokenError | None]:
    """Tokenize `sql`; on failure return the tokens read before it and the error, without its tracebacks
    (their frames would hold the tokenizer and every token in a cycle that only a full collection frees).
    The tokenizer keeps nothing of `sql` (a shared one would hold a whole file's text and tokens)."""
    try:
        return tokenizer.tokenize(sql), None
    except TokenError as error:
        cause = error.__context__
        if cause is not None:
            cause.__traceback__ = None
        return tokenizer.tokens, error.with_traceback(None)
    finally:
        tokenizer.tokenize("")


def repair_command_strings(tokens: list[Token], sql: str) -> None:
    """Give the STRING that sqlglot makes of a command's arguments (`CALL x(1)`) its real span in `sql`."""
    for index in range(1, len(tokens)):
        command, arguments = tokens[index - 1], tokens[index]
        in_command_position = index == 1 or tokens[index - 2].token_type in COMMAND_PREFIX_TYPES
        if in_command_position and command.token_type in COMMAND_TYPES and arguments.token_type == TokenType.STRING:
            rest = sql[command.end + 1 :]
            arguments.start = command.end + 1 + len(rest) - len(rest.lstrip())
            arguments.end = arguments.start + len(arguments.text) - 1


def shift(tokens: list[Token], offset: int, line: int, column: int) -> None:
    """Move tokens read from text found at `offset` (on `line`, `column` chars in) to file positions."""
    for token in tokens:
        if token.line == 1:
            token.col += column
        token.line += line - 1
        token.start += offset
        token.end += offset


def sqlglot_origin(lines: LineIndex, offset: int) -> tuple[int, int]:
    """The line of `offset` and the number of characters before it on that line, BOM included."""
    line = bisect_right(lines.starts, offset)
    return line, offset - lines.starts[line - 1]


def own_tokens(tokenizer: Tokenizer, scan: str, lines: LineIndex, start: int, end: int) -> tuple[Token, ...] | None:
    """What sqlglot makes of the text at [start, end) alone, at file offsets; None where it cannot tokenize it."""
    tokens, error = tokenize(tokenizer, scan[start:end])
    if error is not None:
        return None
    repair_command_strings(tokens, scan[start:end])
    shift(tokens, start, *sqlglot_origin(lines, start))
    return tuple(tokens)
