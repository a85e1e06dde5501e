"""Helper-procedure calls read from a statement's tokens, with each argument's place in the file."""

from __future__ import annotations

from zsgate.sql.calls import read_call
from zsgate.sql.split import split_sql

TEXT = "-- header\n  CALL ADD_COLUMN('VmModelMountVO', 'it''s', 'VARCHAR(32)', 1, NULL);\nCALL f(x);\nCALL g();\n"


def test_arguments_keep_their_values_and_file_offsets() -> None:
    statement = split_sql(TEXT).statements[0]
    call = read_call(statement.tokens)
    assert call is not None and call.procedure == "ADD_COLUMN"
    assert [argument.value for argument in call.arguments] == ["VmModelMountVO", "it's", "VARCHAR(32)", "1", None]
    assert [TEXT[a.start : a.start + 5] for a in call.arguments] == ["'VmMo", "'it''", "'VARC", "1, NU", "NULL)"]
    assert call.argument(9) is None


def test_calls_with_anything_but_literals_are_not_read() -> None:
    statements = split_sql(TEXT).statements
    assert read_call(statements[1].tokens) is None
    empty = read_call(statements[2].tokens)
    assert empty is not None and empty.arguments == ()
