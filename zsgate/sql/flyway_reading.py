"""A file cut as Flyway 3.2.1 cuts it (`zsgate.sql.flyway` ports its rules), on top of its client reading."""

from __future__ import annotations

from dataclasses import replace

from sqlglot.dialects.mysql import MySQL

from zsgate.sql.flyway import FlywayStatement, read_lines, read_script
from zsgate.sql.statements import BOM, Piece, PieceKind, Runner, SplitError, SqlFile, Statement, comments_of
from zsgate.sql.tokens import own_tokens


def read_as_flyway(client: SqlFile) -> SqlFile:
    """The file as Flyway 3.2.1 cuts it, from its client reading."""
    return _FlywayReading(client).run()


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
        tokens = own_tokens(self.tokenizer, self.scan, self.client.lines, start, end) or ()
        statement = Statement(
            self.client.path, self.text[start:end], start, end, line, column, flyway.delimiter, flyway.terminated,
            tokens, (), self.text, flyway.sql,
        )  # fmt: skip
        if end == start:
            return statement
        return replace(statement, comments=comments_of(statement, self.client.comments, self.starts, self.client.lines))
