"""A file cut as Flyway 3.2.1 cuts it (`zsgate.sql.flyway` ports its rules), on top of its client reading."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from sqlglot.dialects.mysql import MySQL

from zsgate.sql.flyway import FlywayStatement, read_script
from zsgate.sql.statements import BOM, Piece, PieceKind, Runner, SplitError, SqlFile, Statement, comments_of
from zsgate.sql.tokens import own_tokens


def read_as_flyway(client: SqlFile) -> SqlFile:
    """The file as Flyway 3.2.1 cuts it, from its client reading."""
    return _FlywayReading(client).run()


@dataclass(frozen=True, slots=True)
class FlywayCut:
    """Where one of Flyway's statements lies in the file, and what Flyway sends for it: what a comparison
    with the client reading needs, without the tokens, comments and pieces of a whole reading."""

    start: int
    """Its first character that is not blank."""
    end: int
    """Where it ends before its delimiter and the blanks before that."""
    delimiter_end: int
    """Where its delimiter ends (its own end if it has none)."""
    sent: str
    delimiter: str
    terminated: bool


def flyway_cuts(client: SqlFile, statements: Iterable[FlywayStatement]) -> Iterator[FlywayCut]:
    """Where Flyway's `statements` (`zsgate.sql.flyway.read_script` of the file) lie in the client reading's text."""
    text, starts = client.text, client.lines.starts
    for flyway in statements:
        start = starts[flyway.first_line - 1]
        first_line_end = _line_end(text, starts, flyway.first_line)
        while start < first_line_end and (text[start].isspace() or text[start] == BOM):
            start += 1
        stop = _line_end(text, starts, flyway.last_line)
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        end = max(stop - len(flyway.delimiter), start) if flyway.terminated else stop
        while end > start and text[end - 1].isspace():
            end -= 1
        yield FlywayCut(start, end, max(stop, end), flyway.sql, flyway.delimiter, flyway.terminated)


def placeholder_errors(client: SqlFile, placeholders: Iterable[tuple[int, str]]) -> tuple[SplitError, ...]:
    """Why Flyway 3.2.1 refuses the whole file: a `${...}` placeholder (`FlywayScript.placeholders`), which
    ZStack gives no value."""
    return tuple(
        SplitError(client.path, *client.lines.locate(offset), f"Flyway 3.2.1 refuses the file: {expression} is a"
                   " placeholder to it, and none has a value (even in a comment or string)")
        for offset, expression in placeholders
    )  # fmt: skip


def _line_end(text: str, starts: Sequence[int], number: int) -> int:
    """Where 1-based line ``number`` of ``text`` ends, before its line break (as `read_lines` cuts it), from
    where each line starts (`LineIndex.starts`)."""
    if number >= len(starts):  # the last line
        return len(text)
    following = starts[number]
    return following - 2 if text.startswith("\r\n", following - 2) else following - 1


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
        self.tokenizer = MySQL.Tokenizer(dialect="mysql")
        self.starts = [comment.start for comment in client.comments]
        self.by_span = {(statement.start, statement.end): statement for statement in client.statements}

    def run(self) -> SqlFile:
        script = read_script(self.text)
        spans: list[tuple[PieceKind, int, int]] = []
        statements = []
        for cut in flyway_cuts(self.client, script.statements):
            statements.append(self._statement(cut))
            spans.append((PieceKind.STATEMENT, cut.start, cut.end))
            if cut.delimiter_end > cut.end:
                spans.append((PieceKind.DELIMITER, cut.delimiter_end - len(cut.delimiter), cut.delimiter_end))
        for number in script.delimiter_lines:
            starts = self.client.lines.starts
            spans.append((PieceKind.DIRECTIVE, starts[number - 1], _line_end(self.text, starts, number)))
        pieces, cursor = [], 0
        for kind, start, end in sorted(spans, key=lambda span: (span[1], span[2])):
            if start > cursor:
                pieces.append(Piece(PieceKind.TRIVIA, cursor, start, self.text[cursor:start]))
            pieces.append(Piece(kind, start, end, self.text[start:end]))
            cursor = end
        if cursor < len(self.text):
            pieces.append(Piece(PieceKind.TRIVIA, cursor, len(self.text), self.text[cursor:]))
        client = self.client
        return SqlFile(
            client.path,
            self.text,
            tuple(pieces),
            tuple(statements),
            client.comments,
            placeholder_errors(client, script.placeholders),
            client.lines,
            Runner.FLYWAY,
        )

    def _statement(self, cut: FlywayCut) -> Statement:
        """The Statement for one of Flyway's: the client's where it has the same span, else a new one."""
        same = self.by_span.get((cut.start, cut.end))
        if same is not None:  # the client's statement, which has its tokens and comments already
            return replace(same, delimiter=cut.delimiter, terminated=cut.terminated, sent=cut.sent)
        return self._new_statement(cut)

    def _new_statement(self, cut: FlywayCut) -> Statement:
        """A statement the client reading does not have: its own tokens, the client's comments inside it."""
        start, end = cut.start, cut.end
        line, column = self.client.lines.locate(start)
        tokens = own_tokens(self.tokenizer, self.scan, self.client.lines, start, end) or ()
        statement = Statement(
            self.client.path, self.text[start:end], start, end, line, column, cut.delimiter, cut.terminated,
            tokens, (), self.text, cut.sent,
        )  # fmt: skip
        if end == start:
            return statement
        return replace(statement, comments=comments_of(statement, self.client.comments, self.starts, self.client.lines))
