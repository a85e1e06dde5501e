"""Read SQL files and parse their statements with sqlglot's MySQL dialect.

sqlglot 30 parses what it understands into expression trees and some of what it does not into
`exp.Command` (CALL, CREATE TRIGGER, ...); both come back from `parse_statement`. It returns None where
sqlglot gives up (most procedure bodies: IF ... END IF, DECLARE ... CURSOR) and where the statement is
several to sqlglot (`SELECT 1; SELECT 2` under `DELIMITER $$`).
"""

from __future__ import annotations

import codecs
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlglot import exp
from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import ErrorLevel, ParseError, TokenError

from zsgate.sql.split import SqlFile, Statement, split_sql

_DIALECT = MySQL()
_SQLGLOT_LOGGER = logging.getLogger("sqlglot")


class SqlReadError(Exception):
    """A SQL file that cannot be read or is not UTF-8."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def read_sql_file(path: str | os.PathLike[str]) -> SqlFile:
    """Read a UTF-8 SQL file (a BOM is dropped) and split it; raise SqlReadError if that is impossible."""
    name = os.fspath(path)
    try:
        data = Path(path).read_bytes()
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
    return split_sql(text, name)


def parse_statement(statement: Statement) -> exp.Expr | None:
    """Parse one statement from its tokens; None where sqlglot cannot make one tree of it. Never raises."""
    if not statement.tokens:
        return None
    parser = _DIALECT.parser(error_level=ErrorLevel.IMMEDIATE)  # stop at the first error
    try:
        with without_command_warnings():
            trees = parser.parse(list(statement.tokens), statement.source)
    except (ParseError, TokenError, RecursionError):  # RecursionError: deeply nested parentheses
        return None
    found = [tree for tree in trees if tree is not None]
    return found[0] if len(found) == 1 else None


class _CommandWarningFilter(logging.Filter):
    """Drops sqlglot's warning that it fell back to `exp.Command`: that is expected here, not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Falling back to parsing as a 'Command'" not in record.getMessage()


_COMMAND_WARNING_FILTER = _CommandWarningFilter()


@contextmanager
def without_command_warnings() -> Iterator[None]:
    """Silence sqlglot's "Falling back to parsing as a 'Command'" warnings inside the block."""
    _SQLGLOT_LOGGER.addFilter(_COMMAND_WARNING_FILTER)
    try:
        yield
    finally:
        _SQLGLOT_LOGGER.removeFilter(_COMMAND_WARNING_FILTER)
