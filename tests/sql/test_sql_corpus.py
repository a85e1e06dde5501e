"""The reader on ZStack's real schema history (../shared/corpus), which must split without a single error."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import sqlglot
from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import ParseError

from zsgate.sql.parse import parse_statement, read_sql_file
from zsgate.sql.split import as_run_by
from zsgate.sql.statements import PieceKind, Runner, SqlFile

STATEMENT_KEYWORDS = {"ALTER", "CALL", "CREATE", "DELETE", "DROP", "INSERT", "RENAME", "SELECT", "SET", "UPDATE", "USE"}


@pytest.fixture(scope="module")
def corpus_files(corpus: Path) -> list[SqlFile]:
    return [read_sql_file(path) for path in sorted(corpus.rglob("*.sql"))]


def by_name(files: list[SqlFile], name: str) -> SqlFile:
    return next(sql_file for sql_file in files if sql_file.path.endswith(f"/{name}"))


def test_every_file_splits_cleanly_and_losslessly(corpus_files: list[SqlFile]) -> None:
    assert len(corpus_files) > 150
    for sql_file in corpus_files:
        assert sql_file.errors == (), sql_file.path
        assert "".join(piece.text for piece in sql_file.pieces) == sql_file.text


def test_every_statement_starts_like_one(corpus_files: list[SqlFile]) -> None:
    first_words = Counter(s.text.split(None, 1)[0].upper() for f in corpus_files for s in f.statements)
    assert set(first_words) <= STATEMENT_KEYWORDS
    assert sum(first_words.values()) > 2500


def test_before_migrate(corpus_files: list[SqlFile]) -> None:
    sql_file = by_name(corpus_files, "beforeMigrate.sql")
    procedures = [
        "cleanupUsedIpVO",
        "`DELETE_INDEX`",
        "`CREATE_INDEX`",
        "`ADD_COLUMN`",
        "`ADD_CONSTRAINT`",
        "`DROP_COLUMN`",
    ]
    expected = [
        (";", "use zstack"),
        ("$$", "DROP FUNCTION IF EXISTS `Json_getKeyValue`"),
        ("$$", "CREATE FUNCTION `Json_getKeyValue`("),
        (";", "SET FOREIGN_KEY_CHECKS = 0"),
    ]
    for name in procedures:
        expected += [(";", f"DROP PROCEDURE IF EXISTS {name}"), ("$$", f"CREATE PROCEDURE {name}(")]
    assert len(sql_file.statements) == len(expected) == 16
    for statement, (delimiter, start) in zip(sql_file.statements, expected, strict=True):
        assert (statement.delimiter, statement.text[: len(start)]) == (delimiter, start)
    assert sum(piece.kind is PieceKind.DIRECTIVE for piece in sql_file.pieces) == 14
    assert [s.text[-3:] for s in sql_file.statements if s.text.startswith("CREATE")] == ["END"] * 7


def test_consecutive_delimiter_directives(corpus_files: list[SqlFile]) -> None:
    sql_file = by_name(corpus_files, "V5.2.0__schema.sql")
    assert len(sql_file.statements) == 33
    assert [s.line for s in sql_file.statements if s.delimiter == "$$"] == [42, 157, 158, 199]


def test_one_statement_per_semicolon_without_delimiter_blocks(corpus_files: list[SqlFile]) -> None:
    sql_file = by_name(corpus_files, "V0.6__schema.sql")
    assert len(sql_file.statements) == sql_file.text.count(";") == 243


def test_tokens_are_sqlglots(corpus_files: list[SqlFile]) -> None:
    tokenizer = MySQL().tokenizer()
    for sql_file in corpus_files:
        for statement in sql_file.statements:
            expected = [(t.token_type, t.text) for t in tokenizer.tokenize(statement.text)]
            assert [(t.token_type, t.text) for t in statement.tokens] == expected, (sql_file.path, statement.line)


def test_parsing_tokens_equals_parsing_text(corpus_files: list[SqlFile]) -> None:
    outcomes: Counter[str] = Counter()
    for sql_file in corpus_files:
        for statement in sql_file.statements:
            tree = parse_statement(statement)
            try:
                from_text = sqlglot.parse(statement.text, read="mysql")
            except ParseError:
                from_text = []
            assert tree == (from_text[0] if len(from_text) == 1 else None), (sql_file.path, statement.line)
            outcomes["none" if tree is None else "command" if isinstance(tree, sqlglot.exp.Command) else "tree"] += 1
    print(f"\ncorpus statements parsed by sqlglot: {dict(outcomes)}")
    assert outcomes["tree"] + outcomes["command"] > 0.9 * sum(outcomes.values())


def test_flyway_and_the_client_cut_the_history_alike(corpus_files: list[SqlFile]) -> None:
    """ZStack's files pass through Flyway 3.2.1 at every customer site: both readings give the same statements,
    whose texts differ only in comments (Flyway sends them) and CRs (neither sends them)."""
    for sql_file in corpus_files:
        flyway = as_run_by(sql_file, Runner.FLYWAY)
        assert flyway.errors == ()
        assert [(s.start, s.end) for s in flyway.statements] == [(s.start, s.end) for s in sql_file.statements]
        for ours, theirs in zip(sql_file.statements, flyway.statements, strict=True):
            assert "\r" not in theirs.sent and "\r" not in ours.sent
            assert [t.text for t in MySQL().tokenize(ours.sent)] == [t.text for t in MySQL().tokenize(theirs.sent)]
