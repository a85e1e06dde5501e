"""Flyway 3.2.1's reading of MySQL scripts, rule by rule from its sources, and the reader's two modes.

Each test names the method of flyway/flyway at tag `flyway-3.2.1` it follows (files under
`flyway-core/src/main/java/org/flywaydb/core/internal/dbsupport/`); the `flyway_own_*` cases are inputs of
Flyway's own `mysql/MySQLSqlStatementBuilderSmallTest`, with the result it asserts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zsgate.sql import flyway
from zsgate.sql.flyway import StatementBuilder, read_lines, read_script, simplify_line
from zsgate.sql.split import split_sql
from zsgate.sql.statements import PieceKind, Runner


def sent(text: str) -> list[str]:
    """What Flyway sends for `text`, statement by statement."""
    return [statement.sql for statement in read_script(text).statements]


def terminated(*lines: str, delimiter: str = ";") -> bool:
    builder = StatementBuilder(delimiter)
    for line in lines:
        builder.add_line(line)
    return builder.terminated


class TestSqlScript:
    def test_read_lines_ends_lines_as_buffered_reader_does(self) -> None:
        """SqlScript.readLines: BufferedReader.readLine ends a line at \\n, \\r or \\r\\n and drops it."""
        assert read_lines("a\r\nb\rc\n") == ["a", "b", "c"]
        assert read_lines("") == []
        assert read_lines("\n") == [""]

    def test_crlf_never_reaches_the_server(self) -> None:
        """SqlStatementBuilder.addLine joins lines with "\\n": a CRLF file's bodies carry no \\r."""
        assert sent("DELIMITER $$\r\nCREATE PROCEDURE p()\r\nBEGIN\r\n  SELECT 1;\r\nEND$$\r\n") == [
            "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND"
        ]

    def test_blank_lines_between_statements_are_skipped(self) -> None:
        """SqlScript.linesToStatements: `if (!StringUtils.hasText(line)) continue;` while the builder is empty."""
        script = read_script("\n  \nSELECT 1;\n\nSELECT\n\n2;\n")
        assert [(s.first_line, s.last_line, s.sql) for s in script.statements] == [
            (3, 3, "SELECT 1"),
            (5, 7, "SELECT\n\n2"),
        ]

    def test_delimiter_directive_only_at_the_very_start_of_a_line(self) -> None:
        """MySQLSqlStatementBuilder.extractNewDelimiterFromLine: `line.toUpperCase().startsWith("DELIMITER")`."""
        script = read_script("delimiter $$\nSELECT 1$$\nDELIMITER ;\nSELECT 2;\n")
        assert [s.sql for s in script.statements] == ["SELECT 1", "SELECT 2"]
        assert script.delimiter_lines == (1, 3)
        # indented, it is not a directive but a statement, ended by the delimiter it names
        assert sent("  DELIMITER $$\nSELECT 1$$\n") == ["  DELIMITER ", "SELECT 1$$"]

    def test_comment_only_statements_are_dropped(self) -> None:
        """SqlScript.linesToStatements: `else if (sqlStatementBuilder.canDiscard())` starts a new builder."""
        assert sent("-- a\n# b\n/* c\n d */\nSELECT 1;\n") == ["SELECT 1"]

    def test_a_statement_without_delimiter_at_the_end_is_sent(self) -> None:
        """SqlScript.linesToStatements: "Catch any statements not followed by delimiter."."""
        (statement,) = read_script("SELECT 1\n").statements
        assert (statement.sql, statement.terminated) == ("SELECT 1", False)


class TestSingleLineComments:
    def test_dash_dash_without_space_is_a_comment(self) -> None:
        """MySQLSqlStatementBuilder.isSingleLineComment: `line.startsWith("--") || line.startsWith("#")`.

        A real ZStack upgrade file holds `--CREATE TABLE ...`: Flyway skips it (the server would not).
        """
        assert sent("--CREATE TABLE `zstack`.`OldVO` (\n#  `uuid` varchar(32),\nSELECT 1;\n") == ["SELECT 1"]

    def test_a_comment_after_the_delimiter_keeps_the_statement_open(self) -> None:
        """SqlStatementBuilder.addLine: `if (!lineEndsWithSingleLineComment && lineTerminatesStatement(...))`."""
        assert sent("SELECT 1; -- one\nSELECT 2;\n") == ["SELECT 1; -- one\nSELECT 2"]
        assert sent("SELECT 1; # one\nSELECT 2;\n") == ["SELECT 1; # one\nSELECT 2"]

    def test_a_double_quote_after_a_comment_still_opens_a_string(self) -> None:
        """SqlStatementBuilder.applyStateChanges reads every token's type (extractStringLiteralDelimitingTokens,
        which opens and closes `"` strings) before it stops at the comment: a later `"` closes that string,
        and Flyway reads the rest as inside one."""
        assert sent('SELECT 1\n-- "a\nb";\nSELECT 2;\n') == ['SELECT 1\n-- "a\nb";\nSELECT 2;']

    def test_comments_inside_a_statement_are_sent(self) -> None:
        """SqlStatementBuilder.addLine appends every line; nothing strips comments (despite SqlScript's doc)."""
        assert sent("CREATE TABLE t (\n  a INT, -- why\n  b INT /* note */\n);\n") == [
            "CREATE TABLE t (\n  a INT, -- why\n  b INT /* note */\n)"
        ]

    def test_backticks_are_not_tracked(self) -> None:
        """SqlStatementBuilder.extractStringLiteralDelimitingTokens: ' and " only, so `a--b` holds a comment."""
        assert not terminated("SELECT `a--b` FROM t;")

    def test_dash_dash_is_cut_apart_before_tokens(self) -> None:
        """SqlStatementBuilder.simplifyLine: `.replace("--", " -- ")`, then whitespace runs become one space."""
        assert simplify_line("a--b\t\t c") == "A -- B C"


class TestDelimiter:
    def test_a_delimiter_inside_a_line_does_not_end_the_statement(self) -> None:
        """SqlStatementBuilder.lineTerminatesStatement: `line.endsWith(upperCaseDelimiter)`."""
        assert sent("SELECT 1; SELECT 2;\n") == ["SELECT 1; SELECT 2"]

    def test_strip_delimiter_drops_trailing_whitespace_then_the_delimiter(self) -> None:
        """SqlStatementBuilder.stripDelimiter."""
        assert sent("DELIMITER $$\nEND $$  \t\n") == ["END "]

    def test_delimiter_line_inside_a_statement_changes_its_delimiter(self) -> None:
        """MySQLSqlStatementBuilder.changeDelimiterIfNecessary runs on every line added to a statement."""
        assert sent("SELECT 1 -- no delimiter\nDELIMITER $$\nSELECT 2$$\n") == [
            "SELECT 1 -- no delimiter\nDELIMITER ",
            "SELECT 2$$",
        ]

    def test_a_line_of_only_the_delimiter_is_an_empty_statement(self) -> None:
        """SqlStatementBuilder.addLine: `;` alone terminates a builder holding nothing; Flyway sends ""."""
        assert sent("SELECT 1;\n;\n") == ["SELECT 1", ""]


class TestPlaceholders:
    def test_a_placeholder_without_value_refuses_the_file(self) -> None:
        """PlaceholderReplacer.checkForUnmatchedPlaceholderExpression: `${...}` anywhere, none configured."""
        script = read_script("-- see ${HOME}\nSELECT '${a}', '$b', '${\n}';\n")
        assert script.placeholders == ((7, "${HOME}"), (23, "${a}"))

    def test_replay_and_lint_report_it(self) -> None:
        sql_file = split_sql("SELECT 1;\nSELECT '${a}';\n", "V1__x.sql", Runner.FLYWAY)
        ((error),) = sql_file.errors
        assert (error.line, error.column) == (2, 9) and "${a} is a placeholder" in error.message
        assert not split_sql("SELECT '${a}';\n").errors  # the client sends it as it is


class TestStringsAndDirectives:
    def test_quotes_are_followed_across_lines(self) -> None:
        """SqlStatementBuilder.applyStateChanges: `insideQuoteStringLiteral` hides delimiters and comments."""
        assert sent("INSERT INTO t VALUES ('a;\n-- b;\nc');\n") == ["INSERT INTO t VALUES ('a;\n-- b;\nc')"]

    def test_escaped_quotes_do_not_close_a_string(self) -> None:
        """MySQLSqlStatementBuilder.removeEscapedQuotes: `\\\\`, `\\'`, `\\"` and `''` are dropped first."""
        assert sent("SELECT 'it''s \\' ;\nstill';\n") == ["SELECT 'it''s \\' ;\nstill'"]

    def test_double_quoted_strings(self) -> None:
        """MySQLSqlStatementBuilder.extractAlternateOpenQuote: `"` opens an alternate string."""
        assert sent('SELECT "a;\nb";\n') == ['SELECT "a;\nb"']

    def test_a_comment_closed_against_a_word_stays_open(self) -> None:
        """SqlStatementBuilder.extractStringLiteralDelimitingTokens: `*/2` neither ends with `*/` nor starts `/*`.

        So Flyway reads on as if in a comment, and the delimiter on the next line does not end the statement.
        """
        assert not terminated("SELECT /* inline */2", "FROM t;")
        assert terminated("SELECT /* inline */ 2", "FROM t;")

    def test_version_comment_is_a_statement(self) -> None:
        """MySQLSqlStatementBuilder.isCommentDirective: `/*!40101 ... */` is sent, not dropped as a comment."""
        assert sent("/*!40101 SET NAMES utf8 */;\n/* plain */\n") == ["/*!40101 SET NAMES utf8 */"]

    def test_flyway_own_escaped_single_quotes(self) -> None:
        """MySQLSqlStatementBuilderSmallTest.escapedSingleQuotes."""
        assert terminated(
            "CREATE PROCEDURE test_proc(testDate CHAR(10))",
            "BEGIN",
            "    SET @testSQL = CONCAT(",
            "        'INSERT INTO test_table (test_id, test_date) ',",
            "        ' VALUE (1, DATE(\\'', testDate, '\\'));');",
            "    PREPARE testStmt FROM @testSQL;",
            "END $$",
            delimiter="$$",
        )

    def test_flyway_own_literals(self) -> None:
        """MySQLSqlStatementBuilderSmallTest: hexLiteral, binaryLiteral, charsetCastedString, trailing quotes."""
        for line in (
            "INSERT INTO Tablename (id) VALUES (x'5B1A5933964C4AA59F3013D3B3F3414D');",
            "INSERT INTO Tablename (id) VALUES (b'10110011');",
            "INSERT INTO Tablename (id) VALUES (_utf8'hello');",
            "INSERT INTO Tablename (id) VALUES (' \"');",
            "INSERT INTO Tablename (id) VALUES ('\\\\');",
        ):
            assert terminated(line), line

    def test_flyway_own_mixed_quotes(self) -> None:
        """MySQLSqlStatementBuilderSmallTest.stringMixedQuotes."""
        lines = ["SET sql_cmd = CONCAT(", "    'SELECT", "    \"',dt0,'\" AS from_date", "FROM stats_bonus s1"]
        assert not terminated(*lines)
        assert terminated(*lines, "WHERE s1.agg_date=\"',dt1,'\"');")


class TestReaderModes:
    TRAPS = (
        "--CREATE TABLE `zstack`.`OldVO` (`uuid` varchar(32));\n"
        "DELIMITER $$\r\n"
        "CREATE PROCEDURE p()\r\n"
        "BEGIN\r\n"
        "    -- why\r\n"
        "    SELECT /* inline */ 2;\r\n"
        "END $$\r\n"
        "DELIMITER ;\n"
    )

    def test_flyway_mode_sends_what_flyway_sends(self) -> None:
        sql_file = split_sql(self.TRAPS, "V1__x.sql", Runner.FLYWAY)
        (statement,) = sql_file.statements
        assert statement.sent == "CREATE PROCEDURE p()\nBEGIN\n    -- why\n    SELECT /* inline */ 2;\nEND "
        assert (statement.line, statement.column, statement.delimiter) == (3, 1, "$$")
        assert statement.text.endswith("END") and statement.tokens
        assert [piece.kind for piece in sql_file.pieces if piece.kind is not PieceKind.TRIVIA] == [
            PieceKind.DIRECTIVE, PieceKind.STATEMENT, PieceKind.DELIMITER, PieceKind.DIRECTIVE,
        ]  # fmt: skip

    def test_client_mode_sends_what_the_client_sends(self) -> None:
        """client/mysql.cc add_line, as measured with mariadb 10.11's client (ROUTINE_DEFINITION)."""
        (statement,) = split_sql(self.TRAPS, "V1__x.sql").statements
        assert statement.sent == "CREATE PROCEDURE p()\nBEGIN\n    \n    SELECT  2;\nEND"
        assert statement.line == 3

    def test_client_sends_executable_comments(self) -> None:
        """add_line keeps `/*!`, `/*+` and `/*M!` comments: the server runs what they hold."""
        (statement,) = split_sql("SELECT /*M!100500 1, */ /*! 2, */ 3 /* gone */;").statements
        assert statement.sent == "SELECT /*M!100500 1, */ /*! 2, */ 3"  # the client returns 1, 2, 3

    def test_client_reads_dash_dash_at_a_statement_start_as_a_comment(self) -> None:
        """add_line: "We also ignore lines starting with '--', even if there isn't a whitespace after"."""
        sql_file = split_sql("--don't\nSELECT 1;\nSELECT 1--1;\n")
        assert [s.sent for s in sql_file.statements] == ["SELECT 1", "SELECT 1--1"]
        assert [c.text for c in sql_file.comments] == ["--don't"]
        assert not sql_file.errors


SQLISH = st.lists(
    st.sampled_from(
        ["SELECT 1", "a", "'", '"', "`", "\\", ";", "$$", "--", "-- ", "#", "/*", "*/", "/*!40101 ", " ", "\n",
         "\r\n", "\r", "DELIMITER $$\n", "DELIMITER ;\n", "  ", "_utf8", "x'", "\ufeff"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), SQLISH))
def test_flyway_mode_is_lossless_and_sends_flyways_statements(text: str) -> None:
    sql_file = split_sql(text, runner=Runner.FLYWAY)
    assert "".join(piece.text for piece in sql_file.pieces) == text
    position = 0
    for piece in sql_file.pieces:
        assert piece.start == position and piece.text == text[piece.start : piece.end]
        position = piece.end
    assert [s.sent for s in sql_file.statements] == sent(text)
    for statement in sql_file.statements:
        assert statement.text == text[statement.start : statement.end]
        for token in statement.tokens:
            assert statement.start <= token.start <= token.end < statement.end


# Lines of SQL, quirks around the fast paths included: separators only, tabs, controls, a lone `-`, Unicode,
# delimiters of punctuation and others, strings that open and close over lines
PLAIN_OR_NOT = st.lists(
    st.sampled_from(
        [
            "CREATE TABLE t (",
            "  a int,",
            ");",
            ")\t;",
            "\x1c;",
            ";",
            "",
            " ",
            "\t",
            "-",
            "a - b;",
            "DELIMITER $$",
            "  delimiter ;",
            "DELIMITER //",
            "delimiter end",
            "DELIMITER $ $",
            "DELIMITER ß",
            "END$$",
            "END //",
            "end",
            "x END",
            "a\t$  $",
            "$ $",
            "ss",
            "'",
            "''",
            "a 'b' c;",
            "'x",
            "y';",
            "_utf8'x' 'y;",
            "'it''s'",
            '"',
            '"a" \'b;',
            '-- "a',
            'b";',
            "#",
            "--",
            "/*",
            "*/",
            "/*!40101 SET a=1 */;",
            "\\",
            "x'0a'",
            "@a := 1;",
            "ß;",
            "ı$$",
            "(\t)",
            "()",
            "\x1c(",
            ", ,",
            "{}",
            "a;;",
            "; a",
            "SELECT 1; SELECT 2;",
            "\r",
        ]
    ),
    max_size=30,
).map("\n".join)


def general_path_only(patch: pytest.MonkeyPatch) -> None:
    """Send every line and token down the port's general path: the shortcuts' tests find marks everywhere."""
    for shortcut in ("_not_plain", "_has_mark_but_quote", "_has_mark"):
        patch.setattr(flyway, shortcut, lambda text: True)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(text='CREATE TABLE t (\n-- "a\nb";\nSELECT 2;')
@example(text="DELIMITER end\nSELECT 1 END\nDELIMITER $ $\nSELECT 2\t$  $\nDELIMITER ß\nSELECT 3 SS")
@given(text=st.one_of(PLAIN_OR_NOT, st.text(alphabet=" \t\n;()'\"#-/*\\abDELIMITER$x\x1c", max_size=120), st.text()))
def test_the_fast_paths_read_lines_as_the_general_one_does(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = read_script(text)
    with monkeypatch.context() as patch:
        general_path_only(patch)
        assert read_script(text) == fast


def test_the_fast_paths_read_zstacks_and_its_peers_files_as_the_general_one_does(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = sorted(corpus.rglob("*.sql")) + sorted((corpus.parent / "peers").rglob("*.sql"))
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in paths]
    fast = [read_script(text) for text in texts]
    general_path_only(monkeypatch)
    assert [read_script(text) for text in texts] == fast


@given(text=st.text(alphabet=" \t\n\r\x0b\f\x01\x1c\xa0\u2028a'", max_size=40) | st.text())
def test_the_shortcuts_for_lines_and_whitespace_run_as_the_regular_expressions_they_stand_for(text: str) -> None:
    """readLines cuts at "\\r\\n", "\\r" or "\\n"; simplifyLine's replaceAll("\\s+", " ").trim()."""
    pieces = flyway.LINE_BREAK.split(text)
    assert list(flyway.iter_lines(text)) == (pieces[:-1] if pieces[-1] == "" else pieces)
    collapsed = flyway._JAVA_SPACES.sub(" ", text).strip("".join(map(chr, range(0x21))))
    assert flyway._spaces_collapsed_and_trimmed(text) == collapsed


def test_no_char_but_ascii_punctuation_upper_cases_to_it() -> None:
    """Why the plain path may compare a line's end with a delimiter of ASCII punctuation before upper case."""
    punctuation = {chr(code) for code in range(0x21, 0x7F) if not chr(code).isalnum()}
    for code in range(0x110000):
        char = chr(code)
        assert char.upper() == char if char in punctuation else punctuation.isdisjoint(char.upper()), hex(code)
