"""Read SQL files and parse their statements with sqlglot's MySQL dialect.

sqlglot 30 parses what it understands into expression trees and some of what it does not into
`exp.Command` (CALL, CREATE TRIGGER, ...); both come back from `parse_statement`. It returns None where
sqlglot gives up (most procedure bodies: IF ... END IF, DECLARE ... CURSOR) and where the statement is
several to sqlglot (`SELECT 1; SELECT 2` under `DELIMITER $$`), and where sqlglot itself fails on odd
input (both builds raise TypeError on some statements). A statement nested deeper than sqlglot's
recursive parser goes raises `StatementTooDeep`: it may be valid SQL, which the caller could not check.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator

from sqlglot import exp
from sqlglot.tokens import TokenType

from zsgate.sql.dialect import DIALECT, PARSER
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits, shown_size
from zsgate.sql.split import split_sql, split_windows
from zsgate.sql.statements import SqlFile, Statement


class SqlReadError(Exception):
    """A SQL file that cannot be read, is not UTF-8, or is larger than the limits (then at ``line``)."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path = path
        self.message = message
        self.line = line


def read_sql_file(path: str | os.PathLike[str], limits: SizeLimits = DEFAULT_LIMITS) -> SqlFile:
    """Read a UTF-8 SQL file (a BOM is dropped) and split it; raise SqlReadError if that is impossible
    or the file or one of its statements is larger than ``limits``."""
    name, text = _read_text(path, limits)
    sql = split_sql(text, name)
    _check_sizes(name, sql.statements, limits)
    return sql


def read_sql_windows(path: str | os.PathLike[str], limits: SizeLimits = DEFAULT_LIMITS) -> Iterator[SqlFile]:
    """`read_sql_file` a window at a time (`zsgate.sql.split.split_windows`), so that tokens never exist for
    more than a window of the file: the file is read at once (SqlReadError as `read_sql_file` raises it), and
    a statement larger than ``limits`` raises SqlReadError when its window is reached."""
    name, text = _read_text(path, limits)
    return _checked(name, split_windows(text, name), limits)


def _checked(name: str, parts: Iterable[SqlFile], limits: SizeLimits) -> Iterator[SqlFile]:
    for part in parts:
        _check_sizes(name, part.statements, limits)
        yield part


def _read_text(path: str | os.PathLike[str], limits: SizeLimits) -> tuple[str, str]:
    """The file's name and its text; SqlReadError if it cannot be read, is not UTF-8 or is too large."""
    name = os.fspath(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size  # 0 for a pipe or a device: the read is bounded too
            if limits.file_bytes and size > limits.file_bytes:
                raise SqlReadError(name, _too_large("file", size, limits.file_bytes, "--max-file-size"))
            data = handle.read(limits.file_bytes + 1) if limits.file_bytes else handle.read()
            if limits.file_bytes and len(data) > limits.file_bytes:
                raise SqlReadError(name, _too_large("file", None, limits.file_bytes, "--max-file-size"))
    except OSError as error:
        raise SqlReadError(name, f"cannot read: {error.strerror or error}") from error
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = bom + error.start
        line = data.count(b"\n", 0, offset) + 1
        message = f"not UTF-8 ({error.reason}): byte 0x{data[offset]:02x} at byte offset {offset}, line {line}"
        raise SqlReadError(name, message) from error
    return name, text


def _check_sizes(name: str, statements: Iterable[Statement], limits: SizeLimits) -> None:
    """Raise SqlReadError at the first statement larger than ``limits``."""
    if limits.statement_bytes:
        for statement in statements:
            # characters first: encoding every statement to count its bytes would cost more than the check
            if len(statement.text) * 4 > limits.statement_bytes:
                size = len(statement.text.encode("utf-8"))
                if size > limits.statement_bytes:
                    message = _too_large("statement", size, limits.statement_bytes, "--max-statement-size")
                    raise SqlReadError(name, message, statement.line)


def _too_large(what: str, size: int | None, limit: int, flag: str) -> str:
    """``file of 50 MiB is larger than the 1 MiB limit (raise it with --max-file-size)``; a pipe's size
    is not known."""
    of = f" of {shown_size(size)}" if size is not None else ""
    return f"{what}{of} is larger than the {shown_size(limit)} limit (raise it with {flag})"


MAX_PARENTHESES = 20
"""Deepest nesting of parentheses parsed. Plain sqlglot runs out of Python's recursion limit from about
35 (sqlglotc from about 600); the same limit on both keeps their findings equal. ZStack's deepest is 5."""


class StatementTooDeep(Exception):
    """A statement nested too deeply for sqlglot's recursive parser."""

    def __init__(self, statement: Statement, reason: str) -> None:
        super().__init__(f"{statement.path}:{statement.line}: {reason}")
        self.statement = statement
        self.reason = reason


def parse_statement(statement: Statement) -> exp.Expr | None:
    """Parse one statement from its tokens; None where sqlglot cannot make one tree of it.

    Raises StatementTooDeep when the parentheses nest deeper than MAX_PARENTHESES or the nesting exhausts
    Python's recursion limit, and nothing else."""
    if not statement.tokens:
        return None
    if statement.text.count("(") > MAX_PARENTHESES and (depth := _parenthesis_depth(statement)) > MAX_PARENTHESES:
        raise StatementTooDeep(statement, f"parentheses nest {depth} deep, more than the {MAX_PARENTHESES} parsed")
    try:
        trees = PARSER.parse(list(statement.tokens), statement.source)
    except RecursionError:
        raise StatementTooDeep(statement, "nested too deeply for sqlglot's parser") from None
    except MemoryError:
        raise
    except Exception:  # noqa: BLE001 - ParseError, TokenError, and sqlglot's own TypeErrors on odd input
        return None
    found = [tree for tree in trees if tree is not None]
    return found[0] if len(found) == 1 else None


def let_go() -> None:
    """The shared parser keeps the last statement's tokens and the text it was read from (a whole file, when
    that was a file's statement) until its next parse: a reader done with a file calls this to free them."""
    PARSER.reset()


def parse_text(sql: str) -> exp.Expr | None:
    """Parse SQL that zsgate made itself (such as the ALTER a helper procedure runs); None where sqlglot
    cannot make one tree of it."""
    try:
        trees = PARSER.parse(DIALECT.tokenize(sql), sql)
    except (RecursionError, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - as in parse_statement
        return None
    found = [tree for tree in trees if tree is not None]
    return found[0] if len(found) == 1 else None


def _parenthesis_depth(statement: Statement) -> int:
    depth = deepest = 0
    for token in statement.tokens:
        if token.token_type is TokenType.L_PAREN:
            depth += 1
            deepest = max(deepest, depth)
        elif token.token_type is TokenType.R_PAREN:
            depth -= 1
    return deepest
