"""The splitter on hand-written SQL: statements, positions, DELIMITER blocks, comments and errors."""

from __future__ import annotations

import pytest
from sqlglot.dialects.mysql import MySQL
from sqlglot.tokens import TokenType

from zsgate.sql.split import split_sql
from zsgate.sql.statements import PieceKind, SqlFile, Statement


def texts(sql_file: SqlFile) -> list[str]:
    return [statement.text for statement in sql_file.statements]


def rejoined(sql_file: SqlFile) -> str:
    return "".join(piece.text for piece in sql_file.pieces)


def token_texts(statement: Statement) -> list[str]:
    """Each token as it stands in the file."""
    return [statement.source[token.start : token.end + 1] for token in statement.tokens]


BEFORE_MIGRATE_LIKE = """\
use zstack;

DELIMITER $$

DROP FUNCTION IF EXISTS `Json_getKeyValue` $$

CREATE FUNCTION `Json_getKeyValue`(in_KeyName VARCHAR(64)) RETURNS VARCHAR(4096) CHARSET utf8
BEGIN
    DECLARE vs_return VARCHAR(4096);
    SET vs_return = CONCAT('"', in_KeyName, '":');
    RETURN(vs_return);
END$$
DELIMITER  ;

DROP PROCEDURE IF EXISTS `DELETE_INDEX`;

DELIMITER $$
CREATE PROCEDURE `DELETE_INDEX`(IN tb_name VARCHAR(64), IN idx_name VARCHAR(64))
begin_label: BEGIN
    IF idx_name = '' OR idx_name IS NULL THEN
        LEAVE begin_label;
    END IF;
    SET @sql = CONCAT('ALTER TABLE ', tb_name, ' DROP INDEX ', idx_name, '; -- $$');
    PREPARE stmt FROM @sql;
    EXECUTE stmt;
END $$
DELIMITER ;
CALL DELETE_INDEX('VmInstanceVO', 'idx');
"""


class TestStatements:
    def test_plain_statements(self) -> None:
        sql_file = split_sql("SELECT 1;\nSELECT 2;\n")
        assert texts(sql_file) == ["SELECT 1", "SELECT 2"]
        assert [s.terminated for s in sql_file.statements] == [True, True]
        assert sql_file.errors == ()

    def test_last_statement_without_delimiter(self) -> None:
        sql_file = split_sql("SELECT 1;\nSELECT 2\n")
        assert texts(sql_file) == ["SELECT 1", "SELECT 2"]
        assert [s.terminated for s in sql_file.statements] == [True, False]
        assert sql_file.errors == ()

    def test_text_runs_from_first_to_last_token(self) -> None:
        sql_file = split_sql("-- lead\n  ALTER TABLE t  /* inner */ ADD x INT  -- trailing\n;")
        (statement,) = sql_file.statements
        assert statement.text == "ALTER TABLE t  /* inner */ ADD x INT"
        assert statement.text == sql_file.text[statement.start : statement.end]

    @pytest.mark.parametrize(
        "sql",
        [
            "SELECT 'a;b', 'it''s;', 'a\\';b', \"x;\", `c;d`",
            "SELECT 1 -- ; not here\n , 2 # ; nor here\n , 3 /* ; nor ; here */ + 4",
        ],
    )
    def test_delimiters_inside_strings_identifiers_and_comments(self, sql: str) -> None:
        sql_file = split_sql(sql + ";\nSELECT 9;")
        assert texts(sql_file) == [sql, "SELECT 9"]
        assert sql_file.errors == ()

    def test_version_comments_are_sql(self) -> None:
        sql_file = split_sql("/*!40101 SET NAMES utf8 */;\nSELECT /*!STRAIGHT_JOIN*/ 1;")
        assert texts(sql_file) == ["/*!40101 SET NAMES utf8 */", "SELECT /*!STRAIGHT_JOIN*/ 1"]
        assert sql_file.comments == ()

    def test_empty_statements_leave_only_delimiters(self) -> None:
        sql_file = split_sql("SELECT 1;;\n;")
        assert texts(sql_file) == ["SELECT 1"]
        assert [piece.kind for piece in sql_file.pieces].count(PieceKind.DELIMITER) == 3

    @pytest.mark.parametrize("sql", ["", "   \n\t\r\n", "-- just a comment\n", "/* a */ # b\n-- c", "\ufeff"])
    def test_files_without_statements(self, sql: str) -> None:
        sql_file = split_sql(sql)
        assert sql_file.statements == ()
        assert sql_file.errors == ()
        assert rejoined(sql_file) == sql


class TestDelimiterBlocks:
    def test_before_migrate_like_file(self) -> None:
        sql_file = split_sql(BEFORE_MIGRATE_LIKE)
        assert sql_file.errors == ()
        assert [(s.line, s.delimiter, s.text.split(None, 2)[:2]) for s in sql_file.statements] == [
            (1, ";", ["use", "zstack"]),
            (5, "$$", ["DROP", "FUNCTION"]),
            (7, "$$", ["CREATE", "FUNCTION"]),
            (15, ";", ["DROP", "PROCEDURE"]),
            (18, "$$", ["CREATE", "PROCEDURE"]),
            (28, ";", ["CALL", "DELETE_INDEX('VmInstanceVO',"]),
        ]
        body = sql_file.statements[2]
        assert body.text.endswith("RETURN(vs_return);\nEND")  # `END$$` is cut inside the token
        assert token_texts(body)[-1] == "END"
        assert sql_file.statements[4].text.endswith("EXECUTE stmt;\nEND")

    def test_directives_are_pieces_not_statements(self) -> None:
        sql_file = split_sql(BEFORE_MIGRATE_LIKE)
        directives = [piece.text for piece in sql_file.pieces if piece.kind is PieceKind.DIRECTIVE]
        assert directives == ["DELIMITER $$", "DELIMITER  ;", "DELIMITER $$", "DELIMITER ;"]

    def test_slash_delimiter_split_across_tokens(self) -> None:
        sql = "delimiter //\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END//\nSELECT 1 //\n"
        sql_file = split_sql(sql + "delimiter ;\nSELECT 2;")
        assert texts(sql_file) == [
            "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END",
            "SELECT 1",
            "SELECT 2",
        ]
        assert [s.delimiter for s in sql_file.statements] == ["//", "//", ";"]

    def test_double_semicolon_delimiter(self) -> None:
        sql_file = split_sql("DELIMITER ;;\nSELECT 1; SELECT 2;;\nDELIMITER ;\nSELECT 3;")
        assert texts(sql_file) == ["SELECT 1; SELECT 2", "SELECT 3"]

    def test_delimiter_glued_to_tokens(self) -> None:
        sql_file = split_sql("DELIMITER $$\nSELECT 1$$SELECT 2 $$$")
        assert texts(sql_file) == ["SELECT 1", "SELECT 2", "$"]

    def test_tokens_are_read_again_after_a_directive_line_they_overran(self) -> None:
        # sqlglot reads `unsigned\ninteger` as one keyword, across the end of the directive's line
        sql_file = split_sql("DELIMITER unsigned\ninteger; SELECT 1 unsigned\nDELIMITER ;\nSELECT 2;")
        assert texts(sql_file) == ["integer; SELECT 1", "SELECT 2"]
        assert sql_file.errors == ()

    def test_block_left_open_without_trailing_statement_is_fine(self) -> None:
        sql_file = split_sql("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END $$\n")
        assert texts(sql_file) == ["CREATE PROCEDURE p() BEGIN SELECT 1; END"]
        assert sql_file.errors == ()

    def test_block_never_closed(self) -> None:
        sql = "SELECT 0;\nDELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END\n"
        sql_file = split_sql(sql, "x.sql")
        assert [(e.path, e.line, e.column) for e in sql_file.errors] == [("x.sql", 2, 1)]
        assert "DELIMITER $$" in sql_file.errors[0].message
        assert sql_file.statements[-1].terminated is False

    def test_directive_inside_unfinished_statement(self) -> None:
        sql_file = split_sql("DROP PROCEDURE IF EXISTS p\nDELIMITER $$\nCREATE PROCEDURE p() SELECT 1;")
        assert [(e.line, e.column) for e in sql_file.errors] == [(2, 1)]
        assert len(sql_file.statements) == 1  # as the client does: the DELIMITER line is sent as SQL

    def test_column_named_delimiter_is_no_directive(self) -> None:
        sql_file = split_sql("SELECT a,\ndelimiter\nFROM t;\nDELIMITER\n;")
        assert texts(sql_file)[0] == "SELECT a,\ndelimiter\nFROM t"
        assert [e.line for e in sql_file.errors] == [4]  # a bare DELIMITER lacks its argument

    def test_directive_not_at_line_start(self) -> None:
        sql_file = split_sql("SELECT 1; DELIMITER $$\n")
        assert texts(sql_file) == ["SELECT 1", "DELIMITER $$"]
        assert [(e.line, e.column) for e in sql_file.errors] == [(1, 11)]

    def test_unsupported_delimiter_keeps_the_old_one(self) -> None:
        sql_file = split_sql("DELIMITER '\nSELECT 'a;b';\nDELIMITER #\nSELECT 2;")
        assert texts(sql_file) == ["SELECT 'a;b'", "SELECT 2"]
        assert [e.line for e in sql_file.errors] == [1, 3]


class TestPositions:
    def test_lines_and_columns_of_statements(self) -> None:
        sql_file = split_sql("SELECT 1;  SELECT\n  2;\n\n   UPDATE t SET a = 1;")
        assert [(s.line, s.column) for s in sql_file.statements] == [(1, 1), (1, 12), (4, 4)]

    def test_crlf(self) -> None:
        sql = "SELECT 1;\r\nDELIMITER $$\r\nSELECT\r\n 2 $$\r\nDELIMITER ;\r\n  SELECT 3;\r\n"
        sql_file = split_sql(sql)
        assert rejoined(sql_file) == sql
        assert [(s.line, s.column, s.text) for s in sql_file.statements] == [
            (1, 1, "SELECT 1"),
            (3, 1, "SELECT\r\n 2"),
            (6, 3, "SELECT 3"),
        ]

    def test_bom_takes_no_column(self) -> None:
        sql_file = split_sql("\ufeffSELECT 1;\nSELECT 2;")
        assert [(s.line, s.column, s.start) for s in sql_file.statements] == [(1, 1, 1), (2, 1, 11)]
        assert sql_file.pieces[0].text == "\ufeff"

    def test_tokens_carry_file_offsets(self) -> None:
        sql = "SELECT 0;\nDELIMITER $$\nCREATE PROCEDURE p() BEGIN\n  CALL q(1, 'x');\nEND$$\nDELIMITER ;\nCALL q(2);"
        sql_file = split_sql(sql)
        procedure, call = sql_file.statements[1:]
        assert token_texts(procedure) == [
            "CREATE",
            "PROCEDURE",
            "p",
            "(",
            ")",
            "BEGIN",
            "CALL",
            "q(1, 'x')",
            ";",
            "END",
        ]
        assert token_texts(call) == ["CALL", "q(2)"]
        assert sql_file.location(procedure.tokens[7].start) == (4, 8)
        assert (procedure.tokens[7].line, procedure.tokens[7].col) == (4, 16)  # sqlglot's: where it ends

    @pytest.mark.parametrize(
        "sql",
        [
            "SELECT a, `b`, 'c' FROM t WHERE x = 1;",
            "CALL ADD_COLUMN('VmInstanceVO', 'x', 'INT', 0, NULL) /* trailing */;",
            "DELIMITER $$\nCREATE PROCEDURE p() BEGIN FETCH c INTO x; EXECUTE s; END$$",
            "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SET @a = 1; -- one\n  -- done\nEND$$",
            "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; CALL q(2)$$",
            "DELIMITER //\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END//\nSELECT 1; END",
            "START TRANSACTION; BEGIN; REPLACE INTO t VALUES (REPLACE('a', 'b', 'c'));",
        ],
    )
    def test_tokens_are_what_sqlglot_makes_of_the_text(self, sql: str) -> None:
        for statement in split_sql(sql).statements:
            expected = MySQL().tokenize(statement.text)
            assert [(t.token_type, t.text) for t in statement.tokens] == [(t.token_type, t.text) for t in expected]
            for token, sqlglots in zip(statement.tokens, expected, strict=True):
                in_place = token.start - statement.start == sqlglots.start
                # sqlglot misplaces the STRING it makes of a command's arguments; ours is where its text is
                assert in_place or statement.source[token.start : token.end + 1] == token.text
            # the first token's may hold comments from before the statement
            assert [t.comments for t in statement.tokens[1:]] == [t.comments for t in expected[1:]]


class TestComments:
    def test_comments_are_located(self) -> None:
        sql_file = split_sql("-- one\r\nSELECT 1; # two\n/* three\n */ SELECT 2;")
        assert [(c.line, c.column, c.text) for c in sql_file.comments] == [
            (1, 1, "-- one"),
            (2, 11, "# two"),
            (3, 1, "/* three\n */"),
        ]

    def test_statement_comments_include_trailing_ones_on_its_last_line(self) -> None:
        sql = "-- before\nALTER TABLE t\n  ADD x INT; -- noqa: nullable-unique-key\n-- after\nSELECT 1;"
        first, second = split_sql(sql).statements
        assert [c.text for c in first.comments] == ["-- noqa: nullable-unique-key"]
        assert second.comments == ()

    def test_comments_inside_command_arguments(self) -> None:
        (statement,) = split_sql("CALL p(1, -- why\n 2);").statements
        assert [c.text for c in statement.comments] == ["-- why"]
        assert [t.token_type for t in statement.tokens] == [TokenType.COMMAND, TokenType.STRING]

    def test_dash_dash_needs_a_space(self) -> None:
        sql_file = split_sql("SELECT 1--1;")
        assert texts(sql_file) == ["SELECT 1--1"]
        assert sql_file.comments == ()


class TestErrors:
    @pytest.mark.parametrize(
        ("sql", "line", "column", "message"),
        [
            ("SELECT 1;\nSELECT 'abc;\nSELECT 3;", 2, 8, "unterminated string literal"),
            ('SELECT 1;\nSELECT "abc;', 2, 8, "unterminated string literal"),
            ("SELECT 1;\nSELECT `abc;\nSELECT 3;", 2, 8, "unterminated quoted identifier"),
            ("SELECT 1;\nSELECT 2 /* abc;\nSELECT 3;", 2, 10, "unterminated comment"),
            ("DELIMITER $$\nSELECT 'abc $$\nDELIMITER ;\n", 2, 8, "unterminated string literal"),
        ],
    )
    def test_unterminated(self, sql: str, line: int, column: int, message: str) -> None:
        sql_file = split_sql(sql, "bad.sql")
        assert [(e.path, e.line, e.column, e.message) for e in sql_file.errors] == [("bad.sql", line, column, message)]
        assert rejoined(sql_file) == sql

    def test_unterminated_string_swallows_the_rest(self) -> None:
        sql_file = split_sql("SELECT 1;\nSELECT 'abc;\nSELECT 3;")
        assert texts(sql_file) == ["SELECT 1", "SELECT 'abc;\nSELECT 3;"]
        assert token_texts(sql_file.statements[1]) == ["SELECT"]

    def test_text_sqlglot_cannot_read(self) -> None:
        sql_file = split_sql("SELECT 1;\nSELECT x'4g';\nSELECT 3;")
        assert [(e.line, e.column) for e in sql_file.errors] == [(2, 8)]
        assert "cannot tokenize" in sql_file.errors[0].message
