"""Parsing statements from their tokens, and reading files."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlglot
from sqlglot import exp

from zsgate.sql.parse import SqlReadError, StatementTooDeep, parse_statement, read_sql_file
from zsgate.sql.split import split_sql


def parsed(sql: str) -> list[exp.Expr | None]:
    return [parse_statement(statement) for statement in split_sql(sql).statements]


class TestParseStatement:
    def test_trees_for_what_sqlglot_understands(self) -> None:
        alter, select = parsed("ALTER TABLE t ADD COLUMN c INT NOT NULL;\nSELECT a FROM `b` WHERE c = 'x;y';")
        assert isinstance(alter, exp.Alter)
        assert isinstance(select, exp.Select)
        assert select.sql("mysql") == "SELECT a FROM `b` WHERE c = 'x;y'"

    def test_commands_for_call(self) -> None:
        (call,) = parsed("SELECT 0;\nCALL ADD_COLUMN('VmInstanceVO', 'x', 'INT', 0, NULL);")[1:]
        assert isinstance(call, exp.Command)
        assert call.this == "CALL"
        assert call.expression.name == "ADD_COLUMN('VmInstanceVO', 'x', 'INT', 0, NULL)"

    def test_none_where_sqlglot_gives_up(self) -> None:
        assert parsed("ALTER TABLE t RENAME AS u; SELECT FROM WHERE;") == [None, None]

    def test_procedure_bodies(self) -> None:
        simple, with_if = parsed(
            "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END $$\n"
            "CREATE PROCEDURE q() BEGIN IF x THEN SELECT 1; END IF; END $$"
        )
        assert isinstance(simple, exp.Create)
        assert with_if is None  # sqlglot 30 does not know IF ... END IF

    def test_none_for_several_statements(self) -> None:
        assert parsed("DELIMITER $$\nSELECT 1; SELECT 2 $$") == [None]

    def test_none_without_tokens(self) -> None:
        assert parsed("/*!40101 SET NAMES utf8 */;") == [None]

    def test_too_deep_past_20_parentheses(self) -> None:
        assert parsed("SELECT " + "(" * 20 + "1" + ")" * 20) != [None]
        with pytest.raises(StatementTooDeep, match="parentheses nest 3000 deep, more than the 20 parsed"):
            parsed("SELECT " + "(" * 3000 + "1" + ")" * 3000)

    def test_too_deep_when_sqlglot_runs_out_of_recursion(self) -> None:
        with pytest.raises(StatementTooDeep, match="nested too deeply for sqlglot's parser"):
            parsed("SELECT " + "NOT " * 3000 + "1")

    @pytest.mark.parametrize("sql", ["CREATE TABLE t (a INT) DEFAULT SET", "SELECT /*+ a;b */ 1"])
    def test_none_where_sqlglot_itself_fails(self, sql: str) -> None:
        assert len(parsed(sql)) == 1  # sqlglot (or sqlglotc) raises TypeError on these

    def test_same_tree_as_sqlglot_from_text(self) -> None:
        sql = "UPDATE t SET a = REPLACE(a, '-', '') WHERE b IN (1, 2);\nINSERT INTO t (a) VALUES ('x') /* c */;"
        for statement in split_sql(sql).statements:
            assert parse_statement(statement) == sqlglot.parse_one(statement.text, read="mysql")

    def test_parsing_twice_gives_the_same_tree(self) -> None:
        (statement,) = split_sql("-- c\nSELECT a /* b */ FROM t -- d\n;").statements
        assert parse_statement(statement) == parse_statement(statement)

    def test_no_command_fallback_warnings(self, caplog: pytest.LogCaptureFixture) -> None:
        parsed("CALL p(1); CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1;")
        assert "Falling back" not in caplog.text


class TestReadSqlFile:
    def test_reads_and_splits(self, tmp_path: Path) -> None:
        path = tmp_path / "V1__schema.sql"
        path.write_bytes(b"\xef\xbb\xbfSELECT 1;\r\nSELECT 'caf\xc3\xa9';\r\n")
        sql_file = read_sql_file(path)
        assert sql_file.path == str(path)
        assert sql_file.text == "SELECT 1;\r\nSELECT 'café';\r\n"  # the BOM is dropped
        assert [(s.line, s.column, s.text) for s in sql_file.statements] == [
            (1, 1, "SELECT 1"),
            (2, 1, "SELECT 'café'"),
        ]

    def test_not_utf8(self, tmp_path: Path) -> None:
        path = tmp_path / "latin1.sql"
        path.write_bytes(b"SELECT 1;\nSELECT 'caf\xe9';\n")
        with pytest.raises(SqlReadError) as raised:
            read_sql_file(path)
        assert raised.value.path == str(path)
        assert "byte 0xe9 at byte offset 21, line 2" in raised.value.message
        assert str(raised.value).startswith(str(path))

    def test_not_utf8_after_a_bom(self, tmp_path: Path) -> None:
        path = tmp_path / "bom.sql"
        path.write_bytes(b"\xef\xbb\xbf\xff")
        with pytest.raises(SqlReadError, match="byte 0xff at byte offset 3, line 1"):
            read_sql_file(path)

    def test_unreadable(self, tmp_path: Path) -> None:
        with pytest.raises(SqlReadError, match="cannot read"):
            read_sql_file(tmp_path / "missing.sql")
        with pytest.raises(SqlReadError, match="cannot read"):
            read_sql_file(tmp_path)
