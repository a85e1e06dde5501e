"""The helper catalogue against the procedures themselves: ZStack's beforeMigrate.sql in the corpus, and
zsgate's own helpers.sql. Each definition is parsed: its parameters, and which of them its CONCAT puts into
the SQL text bare (not right after a backtick or a quote)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlglot.dialects.mysql import MySQL
from sqlglot.tokens import Token, TokenType

from zsgate.history.flyway import read_history
from zsgate.history.helpers import CORPUS_COMMIT, HELPERS, SQL, Helper, helper_changes
from zsgate.sql.calls import read_call
from zsgate.sql.parse import read_sql_file


@dataclass(frozen=True)
class Definition:
    parameters: tuple[str, ...]
    spliced: frozenset[str]


def definitions(path: Path) -> dict[str, Definition]:
    """Upper-case name -> definition, of every CREATE PROCEDURE in the file."""
    found = {}
    for statement in read_sql_file(path).statements:
        tokens = MySQL().tokenize(statement.text)
        words = [token.text.upper() for token in tokens]
        if words[:2] != ["CREATE", "PROCEDURE"]:
            continue
        header = _inside(tokens, 3)
        parameters = tuple(header[i + 1].text for i, token in enumerate(header) if token.text.upper() == "IN")
        spliced = set()
        for at, token in enumerate(tokens):
            if token.text.upper() == "CONCAT" and tokens[at + 1].token_type is TokenType.L_PAREN:
                pieces = [token for token in _inside(tokens, at + 1) if token.token_type is not TokenType.COMMA]
                for before, piece in zip([None, *pieces], pieces, strict=False):
                    opened = before is not None and before.token_type is TokenType.STRING and before.text[-1:] in "`'"
                    if piece.text in parameters and not opened:
                        spliced.add(piece.text)
        found[tokens[2].text.upper()] = Definition(parameters, frozenset(spliced))
    return found


def _inside(tokens: list[Token], opening: int) -> list[Token]:
    """The tokens between the parenthesis at ``opening`` and the one that closes it."""
    depth = 0
    for at in range(opening, len(tokens)):
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(tokens[at].token_type, 0)
        if depth == 0:
            return tokens[opening + 1 : at]
    raise AssertionError("unclosed parenthesis")


def catalogued(entry: Helper) -> Definition:
    return Definition(
        tuple(parameter.name for parameter in entry.parameters),
        frozenset(parameter.name for parameter in entry.parameters if parameter.spliced),
    )


@pytest.fixture(scope="module")
def zstack_helpers(corpus: Path) -> dict[str, Definition]:
    return definitions(corpus / "upgrade" / "beforeMigrate.sql")


def test_the_corpus_defines_exactly_the_helpers_read_from_it(zstack_helpers: dict[str, Definition]) -> None:
    from_corpus = {name for name, entry in HELPERS.items() if entry.source == CORPUS_COMMIT}
    assert from_corpus == set(zstack_helpers) & set(HELPERS)
    assert from_corpus == {"ADD_COLUMN", "DROP_COLUMN", "CREATE_INDEX", "DELETE_INDEX", "ADD_CONSTRAINT"}


@pytest.mark.parametrize("name", [name for name, entry in HELPERS.items() if entry.source == CORPUS_COMMIT])
def test_parameters_and_spliced_names_are_zstacks(zstack_helpers: dict[str, Definition], name: str) -> None:
    assert catalogued(HELPERS[name]) == zstack_helpers[name]


def test_zsgates_sql_defines_its_helpers_as_zstack_does(zstack_helpers: dict[str, Definition]) -> None:
    ours = definitions(SQL)
    assert set(ours) == {name for name, entry in HELPERS.items() if entry.in_sql}
    for name, definition in ours.items():
        assert definition == catalogued(HELPERS[name]) == zstack_helpers[name], name


def test_each_helper_came_with_the_first_upgrade_that_calls_it(corpus: Path) -> None:
    first: dict[str, str] = {}
    for migration in read_history(corpus).migrations:
        for statement in read_sql_file(migration.path).statements:
            if (call := read_call(statement.tokens)) is not None and call.procedure.upper() in HELPERS:
                first.setdefault(call.procedure.upper(), migration.version)
    assert first == {name: entry.introduced for name, entry in HELPERS.items() if entry.source == CORPUS_COMMIT}


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("CALL ADD_COLUMN('T', 'c', 'int', 1, NULL);", "AddColumn"),
        ("CALL INSERT_COLUMN('T', 'c', 'int', 0, '1', 'b');", "AddColumn"),
        ("CALL DROP_COLUMN('T', 'c');", "DropColumn"),
        ("CALL CREATE_INDEX('T', 'idx', 'c');", "AddIndex"),
        ("CALL DELETE_INDEX('T', 'idx');", "DropIndex"),
        ("CALL ADD_CONSTRAINT('T', 'fk', 'c', 'P', 'uuid', 'SET NULL');", "AddForeignKey"),
        ("CALL GENERIC_ADD_FOREIGN_KEY('T', 'fk', 'c', 'P', 'uuid', 'CASCADE');", None),
        ("CALL RENAME_TABLE('T', 'U');", "RenameTable"),
        ("CALL DROP_FOREIGN_KEY('T', 'fk');", "DropForeignKey"),
        ("CALL zsgate_alter_if(0, 'COLUMNS WHERE 1', 'ALTER TABLE `T` ADD COLUMN `c` INT');", "AddColumn"),
        ("CALL zsgate_alter_if(1, 'STATISTICS WHERE 1', 'ALTER TABLE `T` DROP INDEX `i`');", "DropIndex"),
        (
            "CALL `zsgate_alter_if`(0, 'TABLES WHERE 1', 'ALTER TABLE `T` DROP PRIMARY KEY, ADD PRIMARY KEY (`a`)');",
            "DropPrimaryKey AddPrimaryKey",
        ),
    ],
)
def test_every_helper_says_what_a_call_changes(sql: str, expected: str | None) -> None:
    from zsgate.sql.split import split_sql

    call = read_call(split_sql(sql).statements[0].tokens)
    assert call is not None
    changes = helper_changes(call, 0)
    assert changes is not None and [type(change).__name__ for change in changes] == (expected or "").split()


def test_a_call_with_another_number_of_arguments_says_nothing() -> None:
    """The server refuses it (ERROR 1318), so it changes nothing."""
    from zsgate.sql.split import split_sql

    call = read_call(split_sql("CALL ADD_COLUMN('T', 'c', 'int', 1, NULL, 'extra');").statements[0].tokens)
    assert call is not None and helper_changes(call, 0) is None


def test_the_guard_is_read_as_its_statement(tmp_path: Path) -> None:
    """The catalogue's entry for zsgate's guard has the parameters of the procedure a generated file defines
    (the condition spliced into its query), and a call reads as the changes of its statement: an added column
    only where missing, each change at the call's first argument."""
    from zsgate.generate.render_changes import GUARD_PROCEDURE
    from zsgate.history.changes import AddColumn, AddForeignKey
    from zsgate.history.helpers import GUARD
    from zsgate.history.schema import ForeignKey
    from zsgate.sql.split import split_sql

    def guarded(sql: str) -> list[object]:
        call = read_call(split_sql(sql).statements[0].tokens)
        assert call is not None
        return list(helper_changes(call, 0) or [])

    (tmp_path / "guard.sql").write_text(GUARD_PROCEDURE + "\n", encoding="utf-8")
    assert catalogued(HELPERS[GUARD.upper()]) == definitions(tmp_path / "guard.sql")[GUARD.upper()]
    sql = (
        "CALL `zsgate_alter_if`(0, 'COLUMNS WHERE TABLE_NAME = ''T''', "
        "'ALTER TABLE `zstack`.`T` ADD COLUMN `c` VARCHAR(32) COLLATE utf8mb3_bin');"
    )
    (added,) = guarded(sql)
    assert isinstance(added, AddColumn) and added.if_missing and added.table == "T"
    assert (added.column.name, added.column.collation, added.start) == ("c", "utf8mb3_bin", sql.index("0, '"))
    sql = (
        "CALL `zsgate_alter_if`(0, 'TABLE_CONSTRAINTS WHERE 1', 'ALTER TABLE `T` ADD CONSTRAINT `fk` FOREIGN KEY "
        "(`p`) REFERENCES `P` (`uuid`) ON DELETE SET NULL ON UPDATE CASCADE');"
    )
    (key,) = guarded(sql)
    assert isinstance(key, AddForeignKey)
    assert key.foreign_key == ForeignKey("fk", ("p",), "P", ("uuid",), "SET NULL", "CASCADE")
