"""Split MySQL-family SQL files into statements the way the `mysql` client does.

The splitter is lossless: the texts of `SqlFile.pieces` joined give the input back. It follows the
client: a statement ends at the delimiter in force (outside strings, quoted identifiers and comments), and
a `DELIMITER x` line at the start of a statement switches the delimiter without being a statement itself.
Strings, identifiers and comments are recognised by sqlglot's MySQL tokenizer, and each `Statement.tokens`
is what that tokenizer makes of `Statement.text`, ready for sqlglot's parser (`zsgate.sql.parse`).

`split_windows` gives the same reading a window of the file at a time, so that a long file's tokens never
exist at once; `split_sql` joins its windows. Positions and comments are described with the values
(`zsgate.sql.statements`). What keeps a file from splitting cleanly (an unterminated string, identifier or
comment, a DELIMITER block left open, ...) goes to `SqlFile.errors`; nothing is raised. From text sqlglot
cannot tokenize on, the rest of the file is one last statement.

Where this differs from the client: it does not look for the delimiter inside `/*! ... */`; it refuses
delimiters holding a quote, a backslash, `#`, `--` or `/*`; comments on a DELIMITER line are part of it.

Two runners read files differently, so the reader has two modes (`Runner`). `client` is the `mysql`/`mariadb`
client (client/mysql.cc, `add_line`): besides the above, `--` at the start of a statement begins a comment even
without a space after it, and `Statement.sent` is the text the client sends: comments left out (a block
comment leaves a space before what follows it), `\\r` of CRLF line breaks dropped. `flyway` is Flyway 3.2.1,
ZStack's deployer (`zsgate.sql.flyway` ports its rules): statements are whole lines, cut where a line ends
with the delimiter, comments go with them to the server, and `Statement.sent` is exactly what Flyway sends
(`zsgate.sql.flyway_reading`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import ClassVar

from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import TokenError
from sqlglot.tokens import Token, TokenType

from zsgate import collector
from zsgate.sql.dialect import DIALECT, TOKENIZER
from zsgate.sql.flyway_reading import read_as_flyway
from zsgate.sql.statements import (
    BOM,
    Comment,
    LineIndex,
    Piece,
    PieceKind,
    Runner,
    SplitError,
    SqlFile,
    Statement,
    comments_of,
)
from zsgate.sql.tokens import (
    COMMAND_PREFIX_TYPES,
    COMMAND_TYPES,
    own_tokens,
    shift,
    sqlglot_origin,
    tokenize,
)

DEFAULT_DELIMITER = ";"

_QUOTES = "'\"`"
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


# Token types the walks compare each token with: a member read off its enum class takes longer than the test.
_SEMICOLON, _DASH, _HINT = TokenType.SEMICOLON, TokenType.DASH, TokenType.HINT

WHOLE = 64 * 1024
"""Characters of a file read in one part: above ZStack's largest file (63 KB), which windows would only slow."""
WINDOW = 16 * 1024
"""Characters tokenized at a time in a longer file: sqlglot's tokens take about forty times the text they cover,
and each statement's are made again on their own (64 Ki characters at a time took 7 MiB more of a 20 MB file's
peak)."""


def split_sql(text: str, path: str = "<string>", runner: Runner = Runner.CLIENT) -> SqlFile:
    """Split `text` into statements, DELIMITER directives and trivia as `runner` does; never raises."""
    with collector.paused():
        parts = list(split_windows(text, path))
        whole = parts[0] if len(parts) == 1 else _joined(parts)
        return as_run_by(whole, runner)


def split_windows(text: str, path: str = "<string>", window: int | None = None) -> Iterator[SqlFile]:
    """The client reading of `text` (`split_sql`) a window at a time, so that memory follows the largest
    statement rather than the file: each part holds the next pieces, statements, comments and errors, and
    shares the whole text and its line index. A window ends at the start of a line after a `;` that ends
    its line, where a fresh tokenizer reads exactly as one over the whole file; a window without such a line
    grows until it has one or reaches the end. Without a ``window``: the whole text up to WHOLE characters,
    else WINDOW at a time."""
    if window is None:
        window = len(text) if len(text) <= WHOLE else WINDOW
    scan = " " + text[1:] if text.startswith(BOM) else text  # a BOM must not glue onto a token
    lines = LineIndex.of(text)
    start, size = _Resume(), window
    while True:
        end = min(start.offset + size, len(text))
        splitter = _Splitter(text, path, scan, lines, start, end)
        part = splitter.run()
        if end == len(text):
            yield part
            return
        cut = splitter.boundary
        if cut is None:
            size *= 2
            continue
        yield replace(
            part,
            pieces=part.pieces[: cut.pieces],
            statements=part.statements[: cut.statements],
            comments=part.comments[: cut.comments],
            errors=part.errors[: cut.errors],
        )
        start, size = cut, window


def _joined(parts: list[SqlFile]) -> SqlFile:
    """One SqlFile of the consecutive parts of a file."""
    return replace(
        parts[0],
        pieces=tuple(piece for part in parts for piece in part.pieces),
        statements=tuple(statement for part in parts for statement in part.statements),
        comments=tuple(comment for part in parts for comment in part.comments),
        errors=tuple(error for part in parts for error in part.errors),
    )


@dataclass(frozen=True, slots=True)
class _Resume:
    """Where a window of the file starts, with the walk's state there; as a window's `boundary`, also how
    many of its pieces, statements, comments and errors lie before it."""

    offset: int = 0
    cursor: int = 0
    """Where the last piece before it ends (the trivia after it starts there)."""
    delimiter_set_at: int = 0
    origin: int = 0
    """Where a tokenizer over the whole file would have started its last reading (a failure's message counts
    lines from there)."""
    pieces: int = 0
    statements: int = 0
    comments: int = 0
    errors: int = 0


def as_run_by(sql_file: SqlFile, runner: Runner) -> SqlFile:
    """The file as `runner` cuts it, from its client reading (which every reading starts from)."""
    if sql_file.runner is runner:
        return sql_file
    if sql_file.runner is not Runner.CLIENT:
        raise ValueError(f"{sql_file.path}: reread it from its client reading, not from a {sql_file.runner} one")
    with collector.paused():
        return read_as_flyway(sql_file)


class _SplitTokenizer(MySQL.Tokenizer):
    """MySQL's tokenizer without command mode, so that every token has its true span.

    After CALL, EXECUTE, ... sqlglot reads the rest of the statement as one STRING token whose offsets are
    not its own; to find delimiters and comments we want the real tokens.
    """

    COMMANDS: ClassVar[set[TokenType]] = set()


_SPLIT_TOKENIZER = _SplitTokenizer(dialect=DIALECT)


def _is_bare(token: Token, scan: str) -> bool:
    """Whether a token is bare SQL, where a delimiter can occur: not a string, identifier or hint."""
    return scan[token.start] not in _QUOTES and scan[token.end] not in _QUOTES and token.token_type is not _HINT


def _failure_message(head: str, failure: TokenError) -> str:
    """Describe what the tokenizer stopped at, given the first two characters there."""
    if head[0] == "`":
        return "unterminated quoted identifier"
    if head[0] in _QUOTES:
        return "unterminated string literal"
    return f"sqlglot cannot tokenize the text from here on ({failure.__context__ or failure})"


class _Splitter:
    """One walk over a file's tokens, cutting statements at the delimiter in force."""

    def __init__(self, text: str, path: str, scan: str, lines: LineIndex, start: _Resume, end: int) -> None:
        self.text = text
        self.path = path
        self.scan = scan
        self.lines = lines
        self.start = start.offset
        self.end = end  # the window [start, end) of the file read; the file's end makes it the last
        self.tokens, self.failure = self._tokenize(start.offset)
        self.origin = start.origin
        # where a DELIMITER followed by whitespace may start: only tokens starting there are looked at
        self.keyword_starts = frozenset(match.start() for match in _DELIMITER_WORD.finditer(scan, start.offset, end))
        self.delimiter = DEFAULT_DELIMITER
        self.delimiter_set_at = start.delimiter_set_at
        self.pieces: list[Piece] = []
        self.statements: list[Statement] = []
        self.comments: list[Comment] = []
        self.errors: list[SplitError] = []
        self.cursor = start.cursor  # where the last piece that is not trivia ends
        self.boundary: _Resume | None = None  # the last place the next window may start
        self.content_start: int | None = None  # the pending statement's first character, if any
        self.content_end = 0
        self.first_token = 0  # index of the pending statement's first token

    def run(self) -> SqlFile:
        """Walk the tokens and the gaps between them; return the split window."""
        index, gap_start = 0, self.start
        while index < len(self.tokens):
            walk = self._walk_semicolons if self.delimiter == DEFAULT_DELIMITER else self._walk_custom
            index, gap_start = walk(index, gap_start)
        if self.end == len(self.text):
            if self.failure is not None and self.origin != self.start:  # its message as the whole file's reading
                self.failure = tokenize(_SPLIT_TOKENIZER, self.scan[self.origin : self.end])[1]
            self._gap(gap_start, self.end, len(self.tokens))
            self._end_of_file()
        return self._result()

    def _tokenize(self, offset: int) -> tuple[list[Token], TokenError | None]:
        """The tokens of the window from `offset` on, at file positions."""
        tokens, failure = tokenize(_SPLIT_TOKENIZER, self.scan[offset : self.end])
        if offset:
            shift(tokens, offset, *sqlglot_origin(self.lines, offset))
        return tokens, failure

    def _may_resume_after(self, semicolon: Token) -> None:
        """Note the start of the next line as where the next window may start, if nothing but blanks follows
        the `;` on its line (so no comment there belongs to it) and the line ends inside the window."""
        line_end = self.scan.find("\n", semicolon.end + 1, self.end)
        if line_end >= 0 and not self.scan[semicolon.end + 1 : line_end].strip(" \t\r"):
            self.boundary = _Resume(
                line_end + 1, self.cursor, self.delimiter_set_at, self.origin,
                len(self.pieces), len(self.statements), len(self.comments), len(self.errors),
            )  # fmt: skip

    def _walk_semicolons(self, index: int, gap_start: int) -> tuple[int, int]:
        """With `;` in force, cut at SEMICOLON tokens up to a directive or the last token.

        Returns where the walk stopped: the next token's index and where the next gap starts.
        """
        tokens, scan, keyword_starts = self.tokens, self.scan, self.keyword_starts
        semicolon, dash = _SEMICOLON, _DASH
        for position in range(index, len(tokens)):
            token = tokens[position]
            start, end, token_type = token.start, token.end, token.token_type
            if start > gap_start and not scan[gap_start:start].isspace():
                self._gap(gap_start, start, position)
            if start in keyword_starts and self._is_directive(token):
                return self._directive(position)
            if token_type is dash and self._starts_client_comment(token):
                return self._client_comment(position)
            if token_type is semicolon:
                self._end_statement(start, end + 1, position)
                if self.end < len(self.text):
                    self._may_resume_after(token)
            elif self.content_start is None:
                self._content(start, end + 1, position)
            else:
                self.content_end = end + 1
            gap_start = end + 1
        return len(tokens), gap_start

    def _walk_custom(self, index: int, gap_start: int) -> tuple[int, int]:
        """With another delimiter in force, look for it in runs of adjacent bare tokens (as `_walk_semicolons`)."""
        tokens, scan, keyword_starts, delimiter = self.tokens, self.scan, self.keyword_starts, self.delimiter
        while index < len(tokens):
            token = tokens[index]
            start, end = token.start, token.end
            if start > gap_start and not scan[gap_start:start].isspace():
                self._gap(gap_start, start, index)
            if start in keyword_starts and self._is_directive(token):
                return self._directive(index)
            if token.token_type is _DASH and self._starts_client_comment(token):
                return self._client_comment(index)
            if scan.find(delimiter, start, end + len(delimiter)) >= 0 and _is_bare(token, scan):
                index, gap_start = self._bare_run(index)
            else:
                self._content(start, end + 1, index)
                index, gap_start = index + 1, end + 1
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
        tokens, self.failure = self._tokenize(offset)
        self.origin = offset
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
        if self.failure is not None and end == len(self.text) == self.end:
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
        """The file's tokens where they are what sqlglot makes of the statement alone, else its own (under
        another delimiter, the file's up to its last `;` and its own from there, where that reads the same)."""
        if not self._needsown_tokens(next_token):
            return tuple(self.tokens[self.first_token : next_token])
        semicolon = self._last_semicolon(start, end, next_token) if self.delimiter != DEFAULT_DELIMITER else None
        if semicolon is not None:
            rest = own_tokens(TOKENIZER, self.scan, self.lines, self.tokens[semicolon].start, end)
            if rest is not None:
                return (*self.tokens[self.first_token : semicolon], *rest)
        tokens = own_tokens(TOKENIZER, self.scan, self.lines, start, end)
        if tokens is None:  # the statement holds the text the file's tokenization stopped at
            return tuple(t for t in self.tokens[self.first_token : next_token] if start <= t.start <= t.end < end)
        return tokens

    def _last_semicolon(self, start: int, end: int, next_token: int) -> int | None:
        """The index of the statement's last `;` where the file's tokens before it are what sqlglot makes of the
        statement alone: the statement starts at its first token, after no `@` (which makes the next word a
        name), and no command comes before that `;`. No token is read past a `;`, and sqlglot reads on from
        it afresh, so only what follows it (`END` of `END$$`) needs the statement's own reading."""
        tokens, first = self.tokens, self.first_token
        if first >= next_token or tokens[first].start != start:
            return None
        if first > 0 and tokens[first - 1].token_type is TokenType.PARAMETER:
            return None
        for index in range(next_token - 1, first - 1, -1):
            token = tokens[index]
            if token.token_type is _SEMICOLON and token.end < end:
                return None if self._has_command(first, index) else index
        return None

    def _needsown_tokens(self, next_token: int) -> bool:
        """Whether the statement alone tokenizes differently from the file around it.

        That happens with a custom delimiter (which may sit inside a token, as in `END$$`), after anything
        but a `;`, and where sqlglot's command mode starts (CALL, EXECUTE, ... first or after BEGIN).
        """
        first = self.first_token
        if self.delimiter != DEFAULT_DELIMITER:
            return True
        if first > 0 and self.tokens[first - 1].token_type != TokenType.SEMICOLON:
            return True
        return self._has_command(first, next_token)

    def _has_command(self, first: int, until: int) -> bool:
        """Whether sqlglot's command mode starts among the tokens [first, until) read alone."""
        previous = TokenType.SEMICOLON
        for token in self.tokens[first:until]:
            if token.token_type in COMMAND_TYPES and previous in COMMAND_PREFIX_TYPES:
                return True
            previous = token.token_type
        return False

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
        if self.end == len(self.text):
            self._trivia(len(self.text))
        comments = tuple(self.comments)
        starts = [comment.start for comment in comments]
        statements = tuple(self._as_client_sends(statement, comments, starts) for statement in self.statements)
        return SqlFile(self.path, self.text, tuple(self.pieces), statements, comments, tuple(self.errors), self.lines)

    def _as_client_sends(self, statement: Statement, comments: tuple[Comment, ...], starts: list[int]) -> Statement:
        """Attach the statement's comments (see `comments_of`) and the text the client sends for it."""
        attached = comments_of(statement, comments, starts, self.lines)
        if not attached and "\r" not in statement.text:
            return statement
        sent = _client_text(statement, [comment for comment in attached if comment.end <= statement.end])
        return replace(statement, comments=attached, sent=sent)


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
