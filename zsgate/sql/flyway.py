"""How Flyway 3.2.1, ZStack's deployer, cuts a MySQL migration script into statements.

A port, method by method, of flyway/flyway at tag `flyway-3.2.1`, in
`flyway-core/src/main/java/org/flywaydb/core/internal/dbsupport/`: `SqlScript.linesToStatements` and
`readLines`, `SqlStatementBuilder` with the overrides of `mysql/MySQLSqlStatementBuilder`, and `Delimiter`.
Flyway reads a script line by line; what it does not recognise it sends to the server as it stands:

- a line that starts with `--` or `#` outside a string or comment (`isSingleLineComment`; `--` need not be
  followed by a space) ends its statement's line for Flyway: the delimiter is not looked for there;
- a statement made only of such comments is dropped; a comment inside a statement is sent with it;
- a statement ends where a line, simplified (`simplifyLine`), ends with the delimiter: a delimiter in the
  middle of a line does not end a statement;
- `DELIMITER x` at the very start of a line between statements switches the delimiter;
- `'` and `"` strings are tracked (backslash and doubled quotes escape); backticks are not;
- `/*!40101 ... */` directives are statements (`isCommentDirective`);
- lines are joined with `\\n` whatever ended them (`BufferedReader.readLine`), so `\\r` never reaches the server;
- before any of this, `${...}` anywhere (comments and strings too) is a placeholder, and as ZStack configures
  none, Flyway refuses the whole file (`PlaceholderReplacer.checkForUnmatchedPlaceholderExpression`).

The Java quirks are kept on purpose (a token is what `String.split` on `" @<>;:=|(),+{}"` gives, empty ones
count as SQL); the tests in `tests/sql/test_flyway.py` name the method each one comes from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, auto

LINE_BREAK = re.compile(r"\r\n|\r|\n")
"""What ends a line for BufferedReader.readLine: "\\n", "\\r" or "\\r\\n"."""
# Java's \s in String.replaceAll("\\s+", " ")
_JAVA_SPACES = re.compile(r"[ \t\n\x0b\f\r]+")
# String.trim() removes every char up to U+0020
_JAVA_TRIMMED = "".join(map(chr, range(0x21)))
# SqlStatementBuilder.applyStateChanges: "Ignore all special characters that naturally occur in SQL"
_TOKEN_SEPARATORS = re.compile(r"[ @<>;:=|(),+{}]")
# MySQLSqlStatementBuilder.isCommentDirective
_DIRECTIVE_LINE = re.compile(r"/\*!\d{5} .*\*/\s*;?")
_DIRECTIVE_LAST_LINE = re.compile(r".*\*/\s*;?")
_DIRECTIVE_START = re.compile(r"/\*!\d{5} .*")
_DELIMITER_KEYWORD = "DELIMITER"
# A delimiter that a plain line ends with exactly when its simplified line does: ASCII punctuation only, which
# neither upper case nor simplifyLine's whitespace changes (and no char but itself upper-cases to)
_PLAIN_DELIMITER = re.compile(r"[!-/:-@\[-`{-~]+")
# A line that _java_split cuts into no token: only separators, once simplifyLine made its whitespace spaces
_ONLY_SEPARATORS = re.compile(r"[ \t\n\x0b\f\r@<>;:=|(),+{}]+")
# PlaceholderReplacer: prefix "${", suffix "}", and Java's `.`, which stops at any line terminator
_PLACEHOLDER = re.compile("\\$\\{[^\n\r\u0085\u2028\u2029]+?\\}")
# MySQLSqlStatementBuilder.charSets, for cleanToken's `_utf8'...'` introducers
_CHARSETS = (
    "ARMSCII8", "ASCII", "BIG5", "BINARY", "CP1250", "CP1251", "CP1256", "CP1257", "CP850", "CP852", "CP866",
    "CP932", "DEC8", "EUCJPMS", "EUCKR", "GB2312", "GBK", "GEOSTD8", "GREEK", "HEBREW", "HP8", "KEYBCS2", "KOI8R",
    "KOI8U", "LATIN1", "LATIN2", "LATIN5", "LATIN7", "MACCE", "MACROMAN", "SJIS", "SWE7", "TIS620", "UCS2", "UJIS",
    "UTF8",
)  # fmt: skip


class _Mark(Enum):
    """SqlStatementBuilder.TokenType: what a token does to string and comment state."""

    OTHER = auto()
    QUOTE = auto()
    ALTERNATE_QUOTE = auto()
    SINGLE_LINE_COMMENT = auto()
    MULTI_LINE_COMMENT = auto()


@dataclass(frozen=True, slots=True)
class FlywayStatement:
    """One statement as Flyway 3.2.1 sends it to the server."""

    first_line: int  # 1-based line of the file where it starts
    last_line: int
    sql: str  # its lines joined by "\n", the delimiter stripped off the end
    delimiter: str
    terminated: bool  # False for a last statement the file ends before its delimiter


@dataclass(frozen=True, slots=True)
class FlywayScript:
    """What Flyway makes of a script: its statements, the lines that set a delimiter, and the placeholders
    (offset, text) for which it refuses the whole script instead."""

    statements: tuple[FlywayStatement, ...]
    delimiter_lines: tuple[int, ...]
    placeholders: tuple[tuple[int, str], ...] = ()


def read_lines(text: str) -> list[str]:
    """SqlScript.readLines: the lines as BufferedReader.readLine gives them, without their line breaks."""
    return list(iter_lines(text))


def iter_lines(text: str) -> Iterator[str]:
    """`read_lines` one line at a time (a long file's lines never exist at once)."""
    start = 0
    if "\r" in text:
        for line_break in LINE_BREAK.finditer(text):
            yield text[start : line_break.start()]
            start = line_break.end()
    else:  # only "\n" ends a line: str.find finds each in half the time the regular expression takes
        while (end := text.find("\n", start)) >= 0:
            yield text[start:end]
            start = end + 1
    if start < len(text):
        yield text[start:]


def _has_mark_but_quote(text: str) -> bool:
    """Whether ``text`` holds a mark but `'` (`"`, `#`, `--`, `/*`, `*/`): a simplified line without one holds no token
    but `'` that is not OTHER. (str's own searches: a regular expression of the marks took four times as long.)"""
    return '"' in text or "#" in text or "--" in text or "/*" in text or "*/" in text


def _has_mark(text: str) -> bool:
    """Whether ``text`` holds what can make a token anything but OTHER in extractStringLiteralDelimitingTokens."""
    return "'" in text or _has_mark_but_quote(text)


def _not_plain(text: str) -> bool:
    """Whether ``text`` holds what keeps a line off StatementBuilder's plain path: a mark of a string or comment, or an
    escape."""
    return "'" in text or "\\" in text or _has_mark_but_quote(text)


def _java_trim(text: str) -> str:
    return text.strip(_JAVA_TRIMMED)


def _java_split(text: str) -> list[str]:
    """String.split("[ @<>;:=|(),+{}]"): trailing empty strings go, but no match gives the text itself."""
    parts = _TOKEN_SEPARATORS.split(text)
    if len(parts) == 1:
        return parts
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def _is_java_whitespace(char: str) -> bool:
    """Character.isWhitespace, as far as SQL files go: ASCII spaces and controls 0x1c-0x1f, Unicode spaces."""
    return char in " \t\n\x0b\f\r\x1c\x1d\x1e\x1f" or (char.isspace() and char not in "\xa0\u2007\u202f")


class StatementBuilder:
    """SqlStatementBuilder with MySQLSqlStatementBuilder's overrides: builds one statement, a line at a time."""

    def __init__(self, delimiter: str = ";") -> None:
        self.lines: list[str] = []
        self.delimiter = delimiter
        self.terminated = False
        self.inside_quote = False  # insideQuoteStringLiteral
        self.inside_alternate_quote = False  # insideAlternateQuoteStringLiteral
        self.alternate_quote: str | None = None
        self.line_ends_with_single_line_comment = False
        self.inside_multi_line_comment = False
        self.non_comment_part_seen = False  # nonCommentStatementPartSeen
        self.inside_directive = False  # MySQLSqlStatementBuilder.isInMultiLineCommentDirective

    @property
    def empty(self) -> bool:
        return not self.lines

    @property
    def sql(self) -> str:
        """getSqlStatement: the lines joined by "\\n" (stripDelimiter has run on a terminated one)."""
        return "\n".join(self.lines)

    def can_discard(self) -> bool:
        """canDiscard: only closed comments so far."""
        return not (
            self.inside_alternate_quote
            or self.inside_quote
            or self.inside_multi_line_comment
            or self.non_comment_part_seen
        )

    def add_line(self, line: str) -> None:
        """addLine."""
        self.lines.append(line)
        if (
            self.alternate_quote is None
            and not self._in_string_comment_or_directive()
            and (self.delimiter == ";" or _PLAIN_DELIMITER.fullmatch(self.delimiter) is not None)
        ):
            trimmed = _java_trim(line)
            if not _not_plain(trimmed) and not trimmed[:9].upper().startswith(_DELIMITER_KEYWORD):
                self._add_plain_line(trimmed)
                return
        simplified = simplify_line(line)
        self._apply_state_changes(simplified)
        if self.inside_quote or self.inside_alternate_quote or self.inside_multi_line_comment:
            return
        if simplified.startswith(_DELIMITER_KEYWORD):  # changeDelimiterIfNecessary (simplified is upper case)
            self.delimiter = _java_trim(simplified[len(_DELIMITER_KEYWORD) :])
        if self._is_comment_directive(simplified):
            self.non_comment_part_seen = True
        if not self.line_ends_with_single_line_comment and simplified.endswith(self.delimiter.upper()):
            self._strip_delimiter()
            self.terminated = True

    def _in_string_comment_or_directive(self) -> bool:
        return (
            self.inside_quote or self.inside_alternate_quote or self.inside_multi_line_comment or self.inside_directive
        )

    def _add_plain_line(self, trimmed: str) -> None:
        """What addLine does with a line that holds no quote, comment mark or backslash (most lines), a delimiter
        of ASCII punctuation in force and no string or comment open: the same as its general path, without
        simplifying the line or splitting it into tokens. ``trimmed`` is the line without what String.trim
        removes."""
        self.line_ends_with_single_line_comment = False
        if not self.non_comment_part_seen and (not trimmed or _ONLY_SEPARATORS.fullmatch(trimmed) is None):
            self.non_comment_part_seen = True  # _java_split finds a token in the line
        if trimmed.endswith(self.delimiter):
            self._strip_delimiter()
            self.terminated = True

    def _strip_delimiter(self) -> None:
        """stripDelimiter: drop trailing whitespace, then as many chars as the delimiter has."""
        sql = self.sql
        last = len(sql)
        while last > 0 and _is_java_whitespace(sql[last - 1]):
            last -= 1
        stripped = sql[: max(last - len(self.delimiter), 0)]
        self.lines = stripped.split("\n")

    def _is_comment_directive(self, line: str) -> bool:
        """MySQLSqlStatementBuilder.isCommentDirective: a `/*!12345 ... */` line or block."""
        if not self.inside_directive and not line.startswith("/*!"):  # none of the patterns can match
            return False
        if _DIRECTIVE_LINE.fullmatch(line):
            return True
        if self.inside_directive and _DIRECTIVE_LAST_LINE.fullmatch(line):
            self.inside_directive = False
            return True
        if _DIRECTIVE_START.fullmatch(line):
            self.inside_directive = True
            return True
        return self.inside_directive

    def _apply_state_changes(self, line: str) -> None:
        """applyStateChanges: follow strings and comments through the line's tokens."""
        self.line_ends_with_single_line_comment = False
        if self.alternate_quote is None and not _has_mark_but_quote(line):
            # simplifyLine set each `'` apart: every token is `'` (a QUOTE) or holds no mark (OTHER)
            if self.inside_multi_line_comment or self.inside_alternate_quote:
                return  # neither kind of token changes anything there
            if not (self.non_comment_part_seen or self.inside_quote or line.startswith("'")):
                self.non_comment_part_seen = bool(_java_split(line))  # a first token is OTHER, outside strings
            if self.non_comment_part_seen:  # all a QUOTE or an OTHER token can still change: the quote
                self.inside_quote ^= line.count("'") % 2 == 1
                return
            marks = [_Mark.QUOTE if token == "'" else _Mark.OTHER for token in _java_split(line)]
        else:
            marks = self._marks(_java_split(line))
        for mark in marks:
            in_string = self.inside_quote or self.inside_alternate_quote
            if not in_string and mark is _Mark.MULTI_LINE_COMMENT:
                self.inside_multi_line_comment = not self.inside_multi_line_comment
            if not in_string and not self.inside_multi_line_comment and mark is _Mark.SINGLE_LINE_COMMENT:
                self.line_ends_with_single_line_comment = True
                return
            if not self.inside_multi_line_comment and not self.inside_quote and mark is _Mark.ALTERNATE_QUOTE:
                self.inside_alternate_quote = not self.inside_alternate_quote
            if not self.inside_multi_line_comment and not self.inside_alternate_quote and mark is _Mark.QUOTE:
                self.inside_quote = not self.inside_quote
            in_string = self.inside_quote or self.inside_alternate_quote
            if not self.inside_multi_line_comment and not in_string and mark is _Mark.OTHER:
                self.non_comment_part_seen = True

    def _marks(self, tokens: list[str]) -> list[_Mark]:
        """extractStringLiteralDelimitingTokens."""
        marks: list[_Mark] = []
        for raw in tokens:
            if self.alternate_quote is None and not _has_mark(raw):  # nothing below applies: OTHER
                marks.append(_Mark.OTHER)
                continue
            token = _clean_token(_java_trim(raw))
            if self.alternate_quote is None:
                open_quote = _alternate_open_quote(token)
                if open_quote is not None:
                    close_quote = "'" if open_quote in ("B'", "X'") else open_quote
                    if (
                        len(token) >= len(open_quote) + len(close_quote)
                        and token.startswith(open_quote)
                        and token.endswith(close_quote)
                    ):
                        continue  # Skip $$abc$$, ...
                    self.alternate_quote = close_quote
                    marks.append(_Mark.ALTERNATE_QUOTE)
                    continue
            if self.alternate_quote is not None and token.endswith(self.alternate_quote):
                self.alternate_quote = None
                marks.append(_Mark.ALTERNATE_QUOTE)
                continue
            if len(token) >= 2 and token.startswith("'") and token.endswith("'"):
                continue  # Skip '', 'abc', ...
            if len(token) >= 4 and token.startswith("/*") and token.endswith("*/"):
                continue  # Skip /**/, /*comment*/, ...
            handled = False
            if token.startswith(("--", "#")):  # MySQLSqlStatementBuilder.isSingleLineComment
                marks.append(_Mark.SINGLE_LINE_COMMENT)
                handled = True
            if token.startswith("/*"):
                marks.append(_Mark.MULTI_LINE_COMMENT)
                handled = True
            elif token.startswith("'"):
                marks.append(_Mark.QUOTE)
                handled = True
            if not token.startswith("/*") and token.endswith("*/"):
                marks.append(_Mark.MULTI_LINE_COMMENT)
                handled = True
            elif not token.startswith("'") and token.endswith("'"):
                marks.append(_Mark.QUOTE)
                handled = True
            if not handled:
                marks.append(_Mark.OTHER)
        return marks


def simplify_line(line: str) -> str:
    """simplifyLine with MySQLSqlStatementBuilder.removeEscapedQuotes: escapes out, `'` and `--` apart, upper case."""
    no_escaped_backslashes = line.replace("\\\\", "")
    no_backslash_escapes = no_escaped_backslashes.replace("\\'", "").replace('\\"', "")
    without_escapes = no_backslash_escapes.replace("''", "").replace("'", " ' ")
    return _spaces_collapsed_and_trimmed(without_escapes.replace("--", " -- ")).upper()


def _spaces_collapsed_and_trimmed(text: str) -> str:
    """``text.replaceAll("\\s+", " ").trim()``. Where Java's whitespace in ``text`` is spaces and tabs only (a line
    holds no line break, and rarely a vertical tab or form feed), the runs of spaces go as ``text`` is split on them and
    its words joined again, in a third of the time the regular expression takes; what that drops at either end trim()
    would drop."""
    if "\x0b" in text or "\f" in text or "\n" in text or "\r" in text:
        return _java_trim(_JAVA_SPACES.sub(" ", text))
    return _java_trim(" ".join(filter(None, text.replace("\t", " ").split(" "))))


def _clean_token(token: str) -> str:
    """MySQLSqlStatementBuilder.cleanToken: drop a charset introducer such as `_utf8`."""
    if token.startswith("_"):
        for charset in _CHARSETS:
            if token.startswith("_" + charset):
                return token[len(charset) + 1 :]
    return token


def _alternate_open_quote(token: str) -> str | None:
    """MySQLSqlStatementBuilder.extractAlternateOpenQuote: `"`, and bit or hex literals `B'`, `X'`."""
    if token.startswith('"'):
        return '"'
    for prefix in ("B'", "X'"):
        if token.startswith(prefix) and len(token) > 2:
            return prefix
    return None


def new_delimiter(line: str) -> str | None:
    """MySQLSqlStatementBuilder.extractNewDelimiterFromLine: `DELIMITER x` at the very start of a raw line."""
    if line.upper().startswith(_DELIMITER_KEYWORD):
        return _java_trim(line[len(_DELIMITER_KEYWORD) :])
    return None


def read_script(text: str) -> FlywayScript:
    """SqlScript.linesToStatements over readLines: the statements Flyway sends, in order."""
    delimiter_lines: list[int] = []
    statements = tuple(iter_statements(text, delimiter_lines))
    return FlywayScript(statements, tuple(delimiter_lines), unmatched_placeholders(text))


def iter_statements(text: str, delimiter_lines: list[int] | None = None) -> Iterator[FlywayStatement]:
    """`read_script`'s statements one at a time (a long file's never exist at once); the numbers of the lines
    that set a delimiter go to ``delimiter_lines``."""
    non_standard_delimiter: str | None = None
    builder, first_line, number = StatementBuilder(), 0, 0
    for number, line in enumerate(iter_lines(text), start=1):  # after the loop, `number` counts the lines
        if builder.empty:
            if not _java_trim(line):  # StringUtils.hasText: skip empty lines between statements
                continue
            delimiter = new_delimiter(line)
            if delimiter is not None:
                non_standard_delimiter = delimiter
                if delimiter_lines is not None:
                    delimiter_lines.append(number)
                continue
            first_line = number
            if non_standard_delimiter is not None:
                builder.delimiter = non_standard_delimiter
        builder.add_line(line)
        if builder.terminated:
            yield FlywayStatement(first_line, number, builder.sql, builder.delimiter, True)
            builder = StatementBuilder()
        elif builder.can_discard():
            builder = StatementBuilder()
    if not builder.empty:  # "Catch any statements not followed by delimiter."
        yield FlywayStatement(first_line, number, builder.sql, builder.delimiter, False)


def unmatched_placeholders(text: str) -> tuple[tuple[int, str], ...]:
    """PlaceholderReplacer.checkForUnmatchedPlaceholderExpression, with no placeholder configured."""
    return tuple((match.start(), match.group()) for match in _PLACEHOLDER.finditer(text))
