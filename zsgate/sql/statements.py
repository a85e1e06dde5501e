"""What a split SQL file is made of: statements, DELIMITER directives, trivia and comments, with positions.

Positions: `start`/`end` are character offsets into `SqlFile.text` (end exclusive); `line`/`column` are
1-based, `\\n`, `\\r\\n` and a lone `\\r` each end a line, and a UTF-8 BOM takes no column. Tokens carry
absolute offsets too (`token.end` inclusive, as in sqlglot): `SqlFile.location(token.start)` is where a
token starts, while `token.line`/`token.col` are sqlglot's own bookkeeping (col is that of the last char),
as is `token.comments`, which may hold comments from just outside the statement.

Comments: `SqlFile.comments` lists every comment with its position; `Statement.comments` those inside the
statement and after it on its last line, where `-- noqa: ...` goes. `/*! ... */` version comments are SQL:
they belong to statements and are not listed as comments.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlglot.tokens import Token

from zsgate.pickled import by_fields

BOM = "\ufeff"
_LINE_BREAK = re.compile(r"\r\n?|\n")
_COMPACT_FROM = 100_000
"""Lines from which a file's line starts are kept as machine integers."""


class Runner(StrEnum):
    """What runs a file, and so how it is cut into statements."""

    FLYWAY = "flyway"  # Flyway 3.2.1's MySQL statement builder: ZStack's deployer
    CLIENT = "client"  # the mysql / mariadb command-line client


class PieceKind(StrEnum):
    """What a stretch of a SQL file is."""

    STATEMENT = "statement"
    DELIMITER = "delimiter"
    DIRECTIVE = "directive"
    TRIVIA = "trivia"


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the file; a file's pieces tile it."""

    kind: PieceKind
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment (`-- `, `#`, `/* */`) with its marks; a CRLF's `\\r` is not part of it."""

    line: int
    column: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SplitError:
    """Something that keeps the file from splitting cleanly, located where it starts."""

    path: str
    line: int
    column: int
    message: str


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement as the client sends it: `text` runs from its first token to its last."""

    path: str
    text: str
    start: int
    end: int
    line: int
    column: int
    delimiter: str
    terminated: bool  # False for a last statement that ends with the file instead of a delimiter
    tokens: tuple[Token, ...] = field(repr=False, compare=False)
    comments: tuple[Comment, ...] = field(repr=False)
    source: str = field(repr=False, compare=False)  # the whole file text, which token offsets index
    sent: str = field(repr=False)  # what the runner sends to the server for it


@by_fields
@dataclass(frozen=True, slots=True)
class StatementSpan:
    """Where a statement lies and what the client sends for it, without its tokens, comments or a copy of its
    text: what is kept of each statement of a file read in parts, for the rules over the whole file."""

    start: int
    end: int
    delimiter: str
    source: str = field(repr=False)
    own_sent: str | None = field(default=None, repr=False)
    """What the client sends, where that is not the statement's text."""

    @property
    def sent(self) -> str:
        return self.source[self.start : self.end] if self.own_sent is None else self.own_sent


class StatementSpans:
    """The spans of a file's statements, kept as machine integers (an object per statement took a hundred
    bytes more: 9 MiB for a 20 MB file); each is a :class:`StatementSpan` again when read."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._starts = offsets(source)
        self._ends = offsets(source)
        self._delimiters: list[str] = []
        self._own_sent: dict[int, str] = {}

    def extend(self, statements: Iterable[Statement]) -> None:
        for statement in statements:
            if statement.sent is not statement.text:
                self._own_sent[len(self._starts)] = statement.sent
            self._starts.append(statement.start)
            self._ends.append(statement.end)
            self._delimiters.append(statement.delimiter)

    def __len__(self) -> int:
        return len(self._starts)

    def __iter__(self) -> Iterator[StatementSpan]:
        return map(self._span, range(len(self)))

    def _span(self, at: int) -> StatementSpan:
        own_sent = self._own_sent.get(at)
        return StatementSpan(self._starts[at], self._ends[at], self._delimiters[at], self._source, own_sent)


def offsets(text: str, values: Iterable[int] = ()) -> array[int]:
    """Machine integers for offsets into ``text``: 4 bytes each where they fit (a long file has hundreds of
    thousands of lines and statements)."""
    return array("I" if len(text) < 1 << 32 else "q", values)


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Maps character offsets to 1-based lines and columns."""

    starts: Sequence[int]
    """Where each line starts: a tuple, or machine integers for a long file (4 bytes each where its offsets fit:
    a tenth of the memory, but slower to search)."""
    bom: bool

    @classmethod
    def of(cls, text: str) -> LineIndex:
        """Index the line starts of `text`."""
        starts = [0]
        starts.extend(match.end() for match in _LINE_BREAK.finditer(text))
        return cls(tuple(starts) if len(starts) < _COMPACT_FROM else offsets(text, starts), text.startswith(BOM))

    def locate(self, offset: int) -> tuple[int, int]:
        """The (line, column) of `offset`; a BOM takes no column."""
        line = bisect_right(self.starts, offset)
        column = offset - self.starts[line - 1] + 1
        if self.bom and line == 1 and offset > 0:
            column -= 1
        return line, column

    def next_line_start(self, offset: int) -> int:
        """Where the line after the one holding `offset` starts (`sys.maxsize` after the last line)."""
        line = bisect_right(self.starts, offset)
        return self.starts[line] if line < len(self.starts) else sys.maxsize


@dataclass(frozen=True, slots=True)
class SqlFile:
    """A split SQL file."""

    path: str
    text: str = field(repr=False)
    pieces: tuple[Piece, ...] = field(repr=False)
    statements: tuple[Statement, ...]
    comments: tuple[Comment, ...] = field(repr=False)
    errors: tuple[SplitError, ...]
    lines: LineIndex = field(repr=False, compare=False)
    runner: Runner = Runner.CLIENT

    def location(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of a character offset."""
        return self.lines.locate(offset)


def comments_of(
    statement: Statement, comments: tuple[Comment, ...], starts: list[int], lines: LineIndex
) -> tuple[Comment, ...]:
    """The comments inside a statement and after it on its last line (where `-- noqa` goes)."""
    first = bisect_left(starts, statement.start)
    last = bisect_left(starts, lines.next_line_start(statement.end - 1))
    return comments[first:last]
