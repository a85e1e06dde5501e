"""Properties of splitting and parsing that hold for any text whatsoever."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlglot.dialects.mysql import MySQL

from zsgate.sql.parse import StatementTooDeep, parse_statement
from zsgate.sql.quoting import has_invisible, is_invisible
from zsgate.sql.split import split_sql, split_windows
from zsgate.sql.statements import BOM, PieceKind, SqlFile

FRAGMENTS = [
    # SQL, including sqlglot's command keywords and keywords that span whitespace
    "SELECT", "CALL p(1)", "EXECUTE s", "BEGIN", "END", "END$$", "CREATE PROCEDURE p() BEGIN", "REPLACE",
    "UNSIGNED", "\nINTEGER", "ORDER", " BY", "a", "1", "x'", "N'", "(", ")", ",", "@", "=", "$", "$$", "/", "//",
    "*", "-", "é", "\ufeff",
    # line breaks, delimiters, quotes and comment marks
    " ", "\t", "\n", "\r\n", "\r", ";", ";;", "'", '"', "`", "''", "\\", "\\'",
    "--", "-- ", "#", "/*", "*/", "/*!", "/*+", "{#", "#}",
    # client directives, well and badly placed
    "DELIMITER $$\n", "DELIMITER ;\n", "delimiter //\n", "DELIMITER ;;\n", "DELIMITER\n", "DELIMITER '\n",
    "\nDELIMITER $$ ", "DELIMITER",
]  # fmt: skip

sqlish = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
any_text = st.one_of(st.text(), st.text().map(lambda text: BOM + text), sqlish)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def naive_location(text: str, offset: int) -> tuple[int, int]:
    """Line and column by walking the text, as a check on the indexed lookup."""
    line, line_start, position = 1, 0, 0
    while position < offset:
        if text[position] == "\r" and text[position + 1 : position + 2] == "\n":
            position += 1
        if text[position] in "\r\n":
            line, line_start = line + 1, position + 1
        position += 1
    column = offset - line_start + 1
    return line, column - 1 if line == 1 and text.startswith(BOM) and offset > 0 else column


def only_whitespace_outside_comments(sql_file: SqlFile, start: int, end: int) -> bool:
    text = list(sql_file.text[start:end])
    for comment in sql_file.comments:
        for position in range(max(comment.start, start), min(comment.end, end)):
            text[position - start] = " "
    return "".join(text).replace(BOM, " ").isspace() or not text


@SETTINGS
@given(any_text)
def test_pieces_tile_the_text(text: str) -> None:
    sql_file = split_sql(text)
    assert "".join(piece.text for piece in sql_file.pieces) == text
    position = 0
    for piece in sql_file.pieces:
        assert piece.start == position < piece.end
        assert piece.text == text[piece.start : piece.end]
        position = piece.end


@SETTINGS
@given(any_text)
def test_statements_are_their_pieces(text: str) -> None:
    sql_file = split_sql(text)
    pieces = [piece for piece in sql_file.pieces if piece.kind is PieceKind.STATEMENT]
    assert [(p.start, p.end) for p in pieces] == [(s.start, s.end) for s in sql_file.statements]
    for statement in sql_file.statements:
        assert statement.text == text[statement.start : statement.end] != ""
        assert (statement.line, statement.column) == naive_location(text, statement.start)
        assert not statement.text[0].isspace()
        assert sql_file.errors or not statement.text[-1].isspace()


@SETTINGS
@given(any_text)
def test_trivia_is_whitespace_and_comments(text: str) -> None:
    sql_file = split_sql(text)
    for piece in sql_file.pieces:
        if piece.kind is PieceKind.TRIVIA:
            assert only_whitespace_outside_comments(sql_file, piece.start, piece.end)
        elif piece.kind is PieceKind.DIRECTIVE:
            assert piece.text[:9].upper() == "DELIMITER"
    for comment in sql_file.comments:
        assert comment.text == text[comment.start : comment.end]
        assert (comment.line, comment.column) == naive_location(text, comment.start)


@SETTINGS
@given(any_text)
def test_tokens_lie_in_their_statement(text: str) -> None:
    for statement in split_sql(text).statements:
        starts = [token.start for token in statement.tokens]
        assert starts == sorted(starts)
        for token in statement.tokens:
            assert statement.start <= token.start <= token.end < statement.end


def _everything(parts: list[SqlFile]) -> tuple[list[object], ...]:
    """What readings hold, tokens (with their positions and comments) and every statement field included."""
    statements = [
        (repr(statement), statement.comments, statement.sent, statement.source == part.text,
         [(t.token_type, t.text, t.line, t.col, t.start, t.end, t.comments) for t in statement.tokens])
        for part in parts
        for statement in part.statements
    ]  # fmt: skip
    pieces = [piece for part in parts for piece in part.pieces]
    return pieces, [c for part in parts for c in part.comments], [e for part in parts for e in part.errors], statements


@SETTINGS
@given(st.lists(any_text, min_size=1, max_size=6).map("\n".join), st.integers(min_value=1, max_value=64))
def test_a_file_read_in_windows_reads_as_a_whole(text: str, window: int) -> None:
    """Windows as small as one character: each ends only where a fresh tokenizer reads as the whole file's."""
    assert _everything(list(split_windows(text, window=window))) == _everything([split_sql(text)])


@SETTINGS
@given(any_text)
def test_clean_files_give_sqlglots_tokens(text: str) -> None:
    sql_file = split_sql(text)
    if sql_file.errors:
        return
    for statement in sql_file.statements:
        if statement.text.endswith("--"):
            continue  # `--;` is no comment, but `--` at the end of a text is: the file's reading stands
        expected = MySQL().tokenize(statement.text)
        assert [(t.token_type, t.text) for t in statement.tokens] == [(t.token_type, t.text) for t in expected]


@SETTINGS
@given(any_text)
def test_parse_statement_raises_nothing_but_too_deep(text: str) -> None:
    for statement in split_sql(text).statements:
        with contextlib.suppress(StatementTooDeep):
            parse_statement(statement)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=st.characters(max_codepoint=0x7F))))
def test_has_invisible_finds_what_a_look_at_each_character_finds(text: str) -> None:
    assert has_invisible(text) == any(map(is_invisible, text))
