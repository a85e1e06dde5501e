"""Split MySQL-family SQL files into statements the way the `mysql` client does.

The splitter is lossless: the texts of `SqlFile.pieces` joined give the input back. It follows the
client: a statement ends at the delimiter in force (outside strings, quoted identifiers and comments), and
a `DELIMITER x` line at the start of a statement switches the delimiter without being a statement itself.
Strings, identifiers and comments are recognised by sqlglot's MySQL tokenizer, and each `Statement.tokens`
is what that tokenizer makes of `Statement.text`, ready for sqlglot's parser (`zsgate.sql.parse`).

Positions: `start`/`end` are character offsets into `SqlFile.text` (end exclusive); `line`/`column` are
1-based, `\\n`, `\\r\\n` and a lone `\\r` each end a line, and a UTF-8 BOM takes no column. Tokens carry
absolute offsets too (`token.end` inclusive, as in sqlglot): `SqlFile.location(token.start)` is where a
token starts, while `token.line`/`token.col` are sqlglot's own bookkeeping (col is that of the last char),
as is `token.comments`, which may hold comments from just outside the statement.

Comments: `SqlFile.comments` lists every comment with its position; `Statement.comments` those inside the
statement and after it on its last line, where `-- noqa: ...` goes. `/*! ... */` version comments are SQL:
they belong to statements and are not listed as comments. What keeps a file from splitting cleanly (an
unterminated string, identifier or comment, a DELIMITER block left open, ...) goes to `SqlFile.errors`;
nothing is raised. From text sqlglot cannot tokenize on, the rest of the file is one last statement.

Where this differs from the client: it does not look for the delimiter inside `/*! ... */`; it refuses
delimiters holding a quote, a backslash, `#`, `--` or `/*`; comments on a DELIMITER line are part of it.

Two runners read files differently, so the reader has two modes (`Runner`). `client` is the `mysql`/`mariadb`
client (client/mysql.cc, `add_line`): besides the above, `--` at the start of a statement begins a comment even
without a space after it, and `Statement.sent` is the text the client sends: comments left out (a block
comment leaves a space before what follows it), `\\r` of CRLF line breaks dropped. `flyway` is Flyway 3.2.1,
ZStack's deployer (`zsgate.sql.flyway` ports its rules): statements are whole lines, cut where a line ends
with the delimiter, comments go with them to the server, and `Statement.sent` is exactly what Flyway sends.
"""

from __future__ import annotations

import gc
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import ClassVar

from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import TokenError
from sqlglot.tokens import Token, Tokenizer, TokenType

from zsgate.sql.flyway import FlywayStatement, read_lines, read_script

BOM = "\ufeff"
DEFAULT_DELIMITER = ";"

_COMMAND_TYPES = frozenset(MySQL.Tokenizer.COMMANDS)
_COMMAND_PREFIX_TYPES = frozenset(MySQL.Tokenizer.COMMAND_PREFIX_TOKENS)
_QUOTES = "'\"`"
_LINE_BREAK = re.compile(r"\r\n?|\n")
_DELIMITER_WORD = re.compile(r"delimiter(?=\s|\Z)", re.IGNORECASE)
# What sqlglot's MySQL tokenizer skips between tokens: whitespace and comments. `--` starts a comment only
# before whitespace, a control character or the end; `{# #}` is a comment in every sqlglot dialect.
_GAP_ITEM = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<line>(?:\#|--(?=\s|[\x00-\x1f\x7f]|\Z))[^\n]*)"
    r"|(?P<block>/\*.*?\*/|\{\#.*?\#\})"
    r"|(?P<open>/\*|\{\#)",
    re.DOTALL,
)
# Marks that would make sqlglot read a delimiter as a string or comment (the client also refuses `\`).
_UNSUPPORTED_IN_DELIMITER = ("'", '"', "`", "\\", "#", "--", "/*")
# Marks on a DELIMITER line that may have made the tokenizer read comments or strings past its end.
_MULTILINE_MARKS = ("'", '"', "`", "/*", "{#")


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


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Maps character offsets to 1-based lines and columns."""

    starts: tuple[int, ...]
    bom: bool

    @classmethod
    def of(cls, text: str) -> LineIndex:
        """Index the line starts of `text`."""
        starts = [0]
        starts.extend(match.end() for match in _LINE_BREAK.finditer(text))
        return cls(tuple(starts), text.startswith(BOM))

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


def split_sql(text: str, path: str = "<string>", runner: Runner = Runner.CLIENT) -> SqlFile:
    """Split `text` into statements, DELIMITER directives and trivia as `runner` does; never raises."""
    with _collector_paused():
        return as_run_by(_Splitter(text, path).run(), runner)


def as_run_by(sql_file: SqlFile, runner: Runner) -> SqlFile:
    """The file as `runner` cuts it, from its client reading (which every reading starts from)."""
    if sql_file.runner is runner:
        return sql_file
    if sql_file.runner is not Runner.CLIENT:
        raise ValueError(f"{sql_file.path}: reread it from its client reading, not from a {sql_file.runner} one")
    with _collector_paused():
        return _FlywayReading(sql_file).run()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the tokens that the SqlFile keeps are made.

    Otherwise collections run over and over among them (and every object kept from earlier files): on
    the corpus, a quarter of the splitting time. The collector still runs between calls.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _SplitTokenizer(MySQL.Tokenizer):
    """MySQL's tokenizer without command mode, so that every token has its true span.

    After CALL, EXECUTE, ... sqlglot reads the rest of the statement as one STRING token whose offsets are
    not its own; to find delimiters and comments we want the real tokens.
    """

    COMMANDS: ClassVar[set[TokenType]] = set()


def _tokenize(tokenizer: Tokenizer, sql: str) -> tuple[list[Token], TokenError | None]:
    """Tokenize `sql`; on failure return the tokens read before it and the error."""
    try:
        return tokenizer.tokenize(sql), None
    except TokenError as error:
        return tokenizer.tokens, error


def _is_bare(token: Token, scan: str) -> bool:
    """Whether a token is bare SQL, where a delimiter can occur: not a string, identifier or hint."""
    return scan[token.start] not in _QUOTES and scan[token.end] not in _QUOTES and token.token_type != TokenType.HINT


def _repair_command_strings(tokens: list[Token], sql: str) -> None:
    """Give the STRING that sqlglot makes of a command's arguments (`CALL x(1)`) its real span in `sql`."""
    for index in range(1, len(tokens)):
        command, arguments = tokens[index - 1], tokens[index]
        in_command_position = index == 1 or tokens[index - 2].token_type in _COMMAND_PREFIX_TYPES
        if in_command_position and command.token_type in _COMMAND_TYPES and arguments.token_type == TokenType.STRING:
            rest = sql[command.end + 1 :]
            arguments.start = command.end + 1 + len(rest) - len(rest.lstrip())
            arguments.end = arguments.start + len(arguments.text) - 1


def _failure_message(head: str, failure: TokenError) -> str:
    """Describe what the tokenizer stopped at, given the first two characters there."""
    if head[0] == "`":
        return "unterminated quoted identifier"
    if head[0] in _QUOTES:
        return "unterminated string literal"
    return f"sqlglot cannot tokenize the text from here on ({failure.__context__ or failure})"


def _shift(tokens: list[Token], offset: int, line: int, column: int) -> None:
    """Move tokens read from text found at `offset` (on `line`, `column` chars in) to file positions."""
    for token in tokens:
        if token.line == 1:
            token.col += column
        token.line += line - 1
        token.start += offset
        token.end += offset


class _Splitter:
    """One walk over a file's tokens, cutting statements at the delimiter in force."""

    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.scan = " " + text[1:] if text.startswith(BOM) else text  # a BOM must not glue onto a token
        self.lines = LineIndex.of(text)
        self.split_tokenizer = _SplitTokenizer(dialect="mysql")
        self.statement_tokenizer = MySQL.Tokenizer(dialect="mysql")
        self.tokens, self.failure = _tokenize(self.split_tokenizer, self.scan)
        # where a DELIMITER followed by whitespace may start: only tokens starting there are looked at
        self.keyword_starts = frozenset(match.start() for match in _DELIMITER_WORD.finditer(self.scan))
        self.delimiter = DEFAULT_DELIMITER
        self.delimiter_set_at = 0
        self.pieces: list[Piece] = []
        self.statements: list[Statement] = []
        self.comments: list[Comment] = []
        self.errors: list[SplitError] = []
        self.cursor = 0  # where the last piece that is not trivia ends
        self.content_start: int | None = None  # the pending statement's first character, if any
        self.content_end = 0
        self.first_token = 0  # index of the pending statement's first token

    def run(self) -> SqlFile:
        """Walk the tokens and the gaps between them; return the split file."""
        index, gap_start = 0, 0
        while index < len(self.tokens):
            walk = self._walk_semicolons if self.delimiter == DEFAULT_DELIMITER else self._walk_custom
            index, gap_start = walk(index, gap_start)
        self._gap(gap_start, len(self.text), len(self.tokens))
        self._end_of_file()
        return self._result()

    def _walk_semicolons(self, index: int, gap_start: int) -> tuple[int, int]:
        """With `;` in force, cut at SEMICOLON tokens up to a directive or the last token.

        Returns where the walk stopped: the next token's index and where the next gap starts.
        """
        tokens, scan, keyword_starts, semicolon = self.tokens, self.scan, self.keyword_starts, TokenType.SEMICOLON
        for position in range(index, len(tokens)):
            token = tokens[position]
            if token.start > gap_start and not scan[gap_start : token.start].isspace():
                self._gap(gap_start, token.start, position)
            if token.start in keyword_starts and self._is_directive(token):
                return self._directive(position)
            if token.token_type == TokenType.DASH and self._starts_client_comment(token):
                return self._client_comment(position)
            if token.token_type == semicolon:
                self._end_statement(token.start, token.end + 1, position)
            elif self.content_start is None:
                self._content(token.start, token.end + 1, position)
            else:
                self.content_end = token.end + 1
            gap_start = token.end + 1
        return len(tokens), gap_start

    def _walk_custom(self, index: int, gap_start: int) -> tuple[int, int]:
        """With another delimiter in force, look for it in runs of adjacent bare tokens (as `_walk_semicolons`)."""
        tokens, scan, keyword_starts, delimiter = self.tokens, self.scan, self.keyword_starts, self.delimiter
        while index < len(tokens):
            token = tokens[index]
            if token.start > gap_start and not scan[gap_start : token.start].isspace():
                self._gap(gap_start, token.start, index)
            if token.start in keyword_starts and self._is_directive(token):
                return self._directive(index)
            if token.token_type == TokenType.DASH and self._starts_client_comment(token):
                return self._client_comment(index)
            if scan.find(delimiter, token.start, token.end + len(delimiter)) >= 0 and _is_bare(token, scan):
                index, gap_start = self._bare_run(index)
            else:
                self._content(token.start, token.end + 1, index)
                index, gap_start = index + 1, token.end + 1
        return index, gap_start

    def _bare_run(self, index: int) -> tuple[int, int]:
        """Cut at each delimiter in the run of adjacent bare tokens from `index` (`END$$`, `/` `/`)."""
        tokens = self.tokens
        last = index
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].start == tokens[last].end + 1
            and _is_bare(tokens[last + 1], self.scan)
        ):
            last += 1
        run_end = tokens[last].end + 1
        position = tokens[index].start
        while (found := self.scan.find(self.delimiter, position, run_end)) >= 0:
            self._bare_content(position, found, index)
            self._end_statement(found, found + len(self.delimiter), last + 1)
            position = found + len(self.delimiter)
        self._bare_content(position, run_end, index)
        return last + 1, run_end

    def _bare_content(self, start: int, end: int, token_index: int) -> None:
        """Add the part of a run between delimiters, less the spaces inside keywords like `UNSIGNED INTEGER`."""
        part = self.scan[start:end]
        if part.strip():
            start += len(part) - len(part.lstrip())
            self._content(start, start + len(part.strip()), token_index)

    def _is_directive(self, token: Token) -> bool:
        """Whether a token at a `keyword_starts` offset starts a `DELIMITER x` line.

        Reports a DELIMITER that the client would send to the server as SQL.
        """
        if token.token_type != TokenType.VAR or token.text.upper() != "DELIMITER":
            return False
        if self.content_start is None and self._at_line_start(token):
            return True
        if self.content_start is None:
            self._error(token.start, "DELIMITER must start its own line; here the server gets it as SQL")
        elif self._at_line_start(token) and self._rest_of_line_is_one_word(token):
            self._error(token.start, "DELIMITER inside an unfinished statement: the one before lacks its delimiter")
        return False

    def _directive(self, index: int) -> tuple[int, int]:
        """Apply the `DELIMITER x` line that starts at token `index`; skip the tokens on that line."""
        keyword = self.tokens[index]
        line_end = self.scan.find("\n", keyword.start)
        line_end = len(self.scan) if line_end < 0 else line_end
        line = self.scan[keyword.start : line_end].rstrip()
        self._trivia(keyword.start)
        self._piece(PieceKind.DIRECTIVE, keyword.start, keyword.start + len(line))
        self._set_delimiter(keyword, line[len(keyword.text) :].split())
        return self._skip_line(index, line_end), keyword.start + len(line)

    def _starts_client_comment(self, dash: Token) -> bool:
        """Whether a `-` starts `--` where no statement is pending: the client reads a comment there.

        (client/mysql.cc, add_line: "We also ignore lines starting with '--', even if there isn't a
        whitespace after"; sqlglot, like the server, wants the whitespace.)
        """
        return self.content_start is None and self.scan.startswith("--", dash.start)

    def _client_comment(self, index: int) -> tuple[int, int]:
        """Record the `--` comment that starts at token `index` and runs to the end of its line; skip it."""
        dash = self.tokens[index]
        line_end = self.scan.find("\n", dash.start)
        line_end = len(self.scan) if line_end < 0 else line_end
        self._comment(dash.start, line_end)
        return self._skip_line(index, line_end), line_end

    def _skip_line(self, index: int, line_end: int) -> int:
        """The index of the first token after the line that token `index` is on, read afresh if need be."""
        following = index + 1
        while following < len(self.tokens) and self.tokens[following].start < line_end:
            following += 1
        line = self.scan[self.tokens[index].start : line_end]
        if self.tokens[following - 1].end >= line_end or any(mark in line for mark in _MULTILINE_MARKS):
            self._retokenize_from(following, line_end)
        return following

    def _set_delimiter(self, keyword: Token, words: list[str]) -> None:
        """Switch to the delimiter a directive names (its first word), or report why not."""
        if not words:
            self._error(keyword.start, "DELIMITER needs an argument, e.g. DELIMITER $$")
        elif any(mark in words[0] for mark in _UNSUPPORTED_IN_DELIMITER):
            self._error(
                keyword.start, f"unsupported delimiter {words[0]!r}: it holds a quote, backslash or comment mark"
            )
        else:
            self.delimiter = words[0]
            self.delimiter_set_at = keyword.start

    def _retokenize_from(self, index: int, offset: int) -> None:
        """Replace the tokens from `index` on by those read from `offset`, where a directive's line ends.

        Needed where the tokenizer read past that line: into a string or comment opened on it, or with a
        keyword like `UNSIGNED INTEGER` spread over it and the next.
        """
        tokens, self.failure = _tokenize(self.split_tokenizer, self.scan[offset:])
        _shift(tokens, offset, *self._sqlglot_origin(offset))
        self.tokens[index:] = tokens

    def _gap(self, start: int, end: int, next_token: int) -> None:
        """Read the text between tokens: comments are recorded, version comments and stray text are SQL."""
        position = start
        while position < end:
            match = _GAP_ITEM.match(self.scan, position, end)
            if match is None:
                self._unreadable(position, end, next_token)
                return
            if match.lastgroup == "open":
                self._comment(position, end)
                self._error(position, "unterminated comment")
                return
            if match.lastgroup == "block" and self.scan.startswith("/*!", position):
                self._content(position, match.end(), next_token)
            elif match.lastgroup != "space":
                self._comment(position, match.end())
            position = match.end()

    def _unreadable(self, start: int, end: int, next_token: int) -> None:
        """Text sqlglot could not tokenize joins the pending statement; at the end, say why."""
        self._content(start, end, next_token)
        if self.failure is not None and end == len(self.text):
            self._error(start, _failure_message(self.scan[start : start + 2], self.failure))

    def _content(self, start: int, end: int, token_index: int) -> None:
        """Extend the pending statement by SQL text at [start, end)."""
        if self.content_start is None:
            self.content_start = start
            self.first_token = token_index
        self.content_end = end

    def _end_statement(self, delimiter_start: int, delimiter_end: int, next_token: int) -> None:
        """Close the pending statement (if any) at a delimiter found at [delimiter_start, delimiter_end)."""
        if self.content_start is not None:
            self._statement(self.content_start, terminated=True, next_token=next_token)
        self._trivia(delimiter_start)
        self._piece(PieceKind.DELIMITER, delimiter_start, delimiter_end)

    def _end_of_file(self) -> None:
        """Close a statement that the file ends before its delimiter."""
        start = self.content_start
        if start is None:
            return
        if self.delimiter != DEFAULT_DELIMITER and self.failure is None:
            self._error(
                self.delimiter_set_at,
                f"DELIMITER {self.delimiter} is still in force at the end of the file"
                f" and the last statement lacks {self.delimiter}",
            )
        self._statement(start, terminated=False, next_token=len(self.tokens))

    def _statement(self, start: int, terminated: bool, next_token: int) -> None:
        """Emit the pending statement, which starts at `start`; `next_token` is the first token after it."""
        end = self.content_end
        self._trivia(start)
        self._piece(PieceKind.STATEMENT, start, end)
        line, column = self.lines.locate(start)
        tokens = self._statement_tokens(start, end, next_token)
        text = self.text[start:end]
        self.statements.append(
            Statement(
                self.path, text, start, end, line, column, self.delimiter, terminated, tokens, (), self.text, text
            )
        )
        self.content_start = None

    def _statement_tokens(self, start: int, end: int, next_token: int) -> tuple[Token, ...]:
        """The file's tokens where they are what sqlglot makes of the statement alone, else its own."""
        if not self._needs_own_tokens(next_token):
            return tuple(self.tokens[self.first_token : next_token])
        tokens = _own_tokens(self.statement_tokenizer, self.scan, self.lines, start, end)
        if tokens is None:  # the statement holds the text the file's tokenization stopped at
            return tuple(t for t in self.tokens[self.first_token : next_token] if start <= t.start <= t.end < end)
        return tokens

    def _needs_own_tokens(self, next_token: int) -> bool:
        """Whether the statement alone tokenizes differently from the file around it.

        That happens with a custom delimiter (which may sit inside a token, as in `END$$`), after anything
        but a `;`, and where sqlglot's command mode starts (CALL, EXECUTE, ... first or after BEGIN).
        """
        first = self.first_token
        if self.delimiter != DEFAULT_DELIMITER:
            return True
        if first > 0 and self.tokens[first - 1].token_type != TokenType.SEMICOLON:
            return True
        previous = TokenType.SEMICOLON
        for token in self.tokens[first:next_token]:
            if token.token_type in _COMMAND_TYPES and previous in _COMMAND_PREFIX_TYPES:
                return True
            previous = token.token_type
        return False

    def _sqlglot_origin(self, offset: int) -> tuple[int, int]:
        return _sqlglot_origin(self.lines, offset)

    def _comment(self, start: int, end: int) -> None:
        """Record the comment at [start, end), leaving out a CRLF's `\\r`."""
        if end - 1 > start and self.scan[end - 1] == "\r":
            end -= 1
        line, column = self.lines.locate(start)
        self.comments.append(Comment(line, column, start, end, self.text[start:end]))

    def _error(self, offset: int, message: str) -> None:
        line, column = self.lines.locate(offset)
        self.errors.append(SplitError(self.path, line, column, message))

    def _trivia(self, until: int) -> None:
        """Emit the text from the last piece up to `until` as trivia."""
        if until > self.cursor:
            self._piece(PieceKind.TRIVIA, self.cursor, until)

    def _piece(self, kind: PieceKind, start: int, end: int) -> None:
        self.pieces.append(Piece(kind, start, end, self.text[start:end]))
        self.cursor = end

    def _at_line_start(self, token: Token) -> bool:
        line_start = self.scan.rfind("\n", 0, token.start) + 1
        return not self.scan[line_start : token.start].strip()

    def _rest_of_line_is_one_word(self, token: Token) -> bool:
        line_end = self.scan.find("\n", token.end)
        return len(self.scan[token.end + 1 : len(self.scan) if line_end < 0 else line_end].split()) == 1

    def _result(self) -> SqlFile:
        self._trivia(len(self.text))
        comments = tuple(self.comments)
        starts = [comment.start for comment in comments]
        statements = tuple(self._as_client_sends(statement, comments, starts) for statement in self.statements)
        return SqlFile(self.path, self.text, tuple(self.pieces), statements, comments, tuple(self.errors), self.lines)

    def _as_client_sends(self, statement: Statement, comments: tuple[Comment, ...], starts: list[int]) -> Statement:
        """Attach the statement's comments (see `_comments_of`) and the text the client sends for it."""
        attached = _comments_of(statement, comments, starts, self.lines)
        if not attached and "\r" not in statement.text:
            return statement
        sent = _client_text(statement, [comment for comment in attached if comment.end <= statement.end])
        return replace(statement, comments=attached, sent=sent)


def _comments_of(
    statement: Statement, comments: tuple[Comment, ...], starts: list[int], lines: LineIndex
) -> tuple[Comment, ...]:
    """The comments inside a statement and after it on its last line (where `-- noqa` goes)."""
    first = bisect_left(starts, statement.start)
    last = bisect_left(starts, lines.next_line_start(statement.end - 1))
    return comments[first:last]


def _client_text(statement: Statement, inside: list[Comment]) -> str:
    """What the client sends for a statement: its comments left out, CRLF as LF (client/mysql.cc, add_line).

    A block comment followed by anything but whitespace leaves one space (add_line's `need_space`); MariaDB's
    executable comments `/*M!...*/` are sent.
    """
    source, parts, position = statement.source, [], statement.start
    for comment in (comment for comment in inside if not comment.text.startswith("/*M!")):
        parts.append(source[position : comment.start])
        if comment.text.startswith("/*") and comment.end < statement.end and not source[comment.end].isspace():
            parts.append(" ")
        position = comment.end
    parts.append(source[position : statement.end])
    return "".join(parts).replace("\r\n", "\n")


def _sqlglot_origin(lines: LineIndex, offset: int) -> tuple[int, int]:
    """The line of `offset` and the number of characters before it on that line, BOM included."""
    line = bisect_right(lines.starts, offset)
    return line, offset - lines.starts[line - 1]


def _own_tokens(tokenizer: Tokenizer, scan: str, lines: LineIndex, start: int, end: int) -> tuple[Token, ...] | None:
    """What sqlglot makes of the text at [start, end) alone, at file offsets; None where it cannot tokenize it."""
    tokens, error = _tokenize(tokenizer, scan[start:end])
    if error is not None:
        return None
    _repair_command_strings(tokens, scan[start:end])
    _shift(tokens, start, *_sqlglot_origin(lines, start))
    return tuple(tokens)


class _FlywayReading:
    """A file cut as Flyway 3.2.1 cuts it, with the client reading's comments, positions and tokens.

    Flyway's statements are whole lines (`zsgate.sql.flyway`); here each becomes a `Statement` from its first
    non-blank character to the last before its delimiter, with `sent` what Flyway sends. Lines Flyway drops
    (blank, comments between statements) are trivia, its DELIMITER lines directives. What Flyway cannot cut,
    it sends, and the server answers; the one error is a `${...}` placeholder, for which it refuses the file.
    A statement may be empty (a line holding only `;`): Flyway sends that too, and it fails.
    """

    def __init__(self, client: SqlFile) -> None:
        self.client = client
        self.text = client.text
        self.scan = " " + self.text[1:] if self.text.startswith(BOM) else self.text
        self.line_ends = [
            start + len(line) for start, line in zip(client.lines.starts, read_lines(self.text), strict=False)
        ]
        self.tokenizer = MySQL.Tokenizer(dialect="mysql")
        self.starts = [comment.start for comment in client.comments]
        self.by_span = {(statement.start, statement.end): statement for statement in client.statements}

    def run(self) -> SqlFile:
        script = read_script(self.text)
        spans: list[tuple[PieceKind, int, int]] = []
        statements = []
        for flyway_statement in script.statements:
            statement, delimiter_end = self._statement(flyway_statement)
            statements.append(statement)
            spans.append((PieceKind.STATEMENT, statement.start, statement.end))
            if delimiter_end > statement.end:
                delimiter_start = delimiter_end - len(flyway_statement.delimiter)
                spans.append((PieceKind.DELIMITER, delimiter_start, delimiter_end))
        for number in script.delimiter_lines:
            spans.append((PieceKind.DIRECTIVE, self.client.lines.starts[number - 1], self.line_ends[number - 1]))
        pieces, cursor = [], 0
        for kind, start, end in sorted(spans, key=lambda span: (span[1], span[2])):
            if start > cursor:
                pieces.append(Piece(PieceKind.TRIVIA, cursor, start, self.text[cursor:start]))
            pieces.append(Piece(kind, start, end, self.text[start:end]))
            cursor = end
        if cursor < len(self.text):
            pieces.append(Piece(PieceKind.TRIVIA, cursor, len(self.text), self.text[cursor:]))
        client = self.client
        errors = tuple(
            SplitError(client.path, *client.lines.locate(offset), f"Flyway 3.2.1 refuses the file: {expression} is a"
                       " placeholder to it, and none has a value (even in a comment or string)")
            for offset, expression in script.placeholders
        )  # fmt: skip
        return SqlFile(
            client.path,
            self.text,
            tuple(pieces),
            tuple(statements),
            client.comments,
            errors,
            client.lines,
            Runner.FLYWAY,
        )

    def _statement(self, flyway: FlywayStatement) -> tuple[Statement, int]:
        """The Statement for one of Flyway's, and where its delimiter ends (its own end if it has none)."""
        text = self.text
        start = self.client.lines.starts[flyway.first_line - 1]
        first_line_end = self.line_ends[flyway.first_line - 1]
        while start < first_line_end and (text[start].isspace() or text[start] == BOM):
            start += 1
        stop = self.line_ends[flyway.last_line - 1]
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        delimiter_end = stop
        end = max(stop - len(flyway.delimiter), start) if flyway.terminated else stop
        while end > start and text[end - 1].isspace():
            end -= 1
        same = self.by_span.get((start, end))
        if same is not None:  # the client's statement, which has its tokens and comments already
            statement = replace(same, delimiter=flyway.delimiter, terminated=flyway.terminated, sent=flyway.sql)
        else:
            statement = self._new_statement(flyway, start, end)
        return statement, max(delimiter_end, end)

    def _new_statement(self, flyway: FlywayStatement, start: int, end: int) -> Statement:
        """A statement the client reading does not have: its own tokens, the client's comments inside it."""
        line, column = self.client.lines.locate(start)
        tokens = _own_tokens(self.tokenizer, self.scan, self.client.lines, start, end) or ()
        statement = Statement(
            self.client.path, self.text[start:end], start, end, line, column, flyway.delimiter, flyway.terminated,
            tokens, (), self.text, flyway.sql,
        )  # fmt: skip
        if end == start:
            return statement
        return replace(
            statement, comments=_comments_of(statement, self.client.comments, self.starts, self.client.lines)
        )
