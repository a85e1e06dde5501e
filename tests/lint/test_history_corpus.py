"""ZStack's real history (../shared/corpus/zstack/db) linted as a whole, and the static schema it builds
checked against a server that applied the same files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from zsgate.checks.lint.config import LintConfig
from zsgate.checks.lint.history import read_file_changes
from zsgate.checks.lint.runner import lint_paths
from zsgate.history.apply import apply
from zsgate.history.flyway import read_history
from zsgate.history.schema import Schema

COLUMNS, IN_ZSTACK = "TABLE_NAME, COLUMN_NAME, IS_NULLABLE", "TABLE_SCHEMA = 'zstack'"


@pytest.fixture(scope="module")
def findings(corpus: Path) -> set[tuple[str, int, str]]:
    report = lint_paths([corpus], LintConfig())
    return {(Path(f.path).name, f.line, f.rule) for f in report.findings}


@pytest.fixture(scope="module")
def final_schema(corpus: Path) -> Schema:
    schema = Schema()
    for path in read_history(corpus).files:
        changes = read_file_changes(path)
        assert changes is not None
        for change in changes.changes:
            apply(schema, change)
    return schema


def test_keys_over_columns_from_earlier_files_are_found(findings: set[tuple[str, int, str]]) -> None:
    # VmNicVO.vmInstanceUuid: CASCADE since V0.6, made nullable by V2.6.1's MODIFY
    assert ("V2.6.1__schema.sql", 1, "nullable-cascade-fk") in findings
    # BareMetal2BondingNicRefVO.nicUuid: fknic CASCADE in V4.4.24, made DEFAULT NULL in V4.7.13
    assert ("V4.7.13__schema.sql", 25, "nullable-cascade-fk") in findings
    # UsedIpVO.ipRangeUuid, declared nullable in an earlier file, CASCADE key added in V4.6.21
    assert ("V4.6.21__schema.sql", 38, "nullable-cascade-fk") in findings


def test_columns_the_server_makes_not_null_are_not_reported(findings: set[tuple[str, int, str]]) -> None:
    # SharedBlockGroupPrimaryStorageHostRefVO.id: ADD ... UNIQUE, made PRIMARY KEY later in V3.4.0
    assert ("V3.4.0__schema.sql", 17, "nullable-unique-key") not in findings
    assert ("V3.4.0__schema.sql", 19, "nullable-cascade-fk") not in findings
    # TicketStatusHistoryVO.sequence: CHANGE ... INT AUTO_INCREMENT UNIQUE
    assert ("V4.0.0__schema.sql", 91, "nullable-unique-key") not in findings


def test_no_table_alias_is_reported(corpus: Path) -> None:
    report = lint_paths([corpus], LintConfig(select=frozenset({"unquoted-identifier"})))
    named = {re.match(r"`([^`]+)`", f.message).group(1) for f in report.findings}  # type: ignore[union-attr]
    assert not named & {"t", "st", "b", "s", "r", "p", "t1", "t2", "ref1", "ref2", "nic", "vm"}


def test_every_cascade_key_on_a_nullable_column_of_the_final_schema_is_reported(
    corpus: Path, final_schema: Schema
) -> None:
    on_nullable = {
        f"{table.name}.{column}"
        for table in final_schema.tables.values()
        for key in table.foreign_keys.values()
        if key.on_delete == "CASCADE"
        for column in key.columns
        if final_schema.nullable(table.name, column)
    }
    report = lint_paths([corpus], LintConfig(select=frozenset({"nullable-cascade-fk"})))
    reported = {f.message.split(" ")[0] for f in report.findings}
    assert len(on_nullable) >= 30
    assert on_nullable <= reported


def test_the_static_schema_agrees_with_the_server(corpus: Path, final_schema: Schema, mariadb_binaries: None) -> None:
    """Every column whose nullability the static schema claims has it on a server that ran the same files;
    so do its foreign keys' ON DELETE actions."""
    from sqlalchemy import text

    from zsgate.engines import open_server
    from zsgate.engines.execute import apply as apply_on_server
    from zsgate.engines.execute import connect, load

    with open_server("local") as server, connect(server) as connection:
        for path in read_history(corpus).files:
            apply_on_server(connection, load(path))
        columns = connection.execute(text(f"SELECT {COLUMNS} FROM information_schema.COLUMNS WHERE {IN_ZSTACK}")).all()
        rules = connection.execute(
            text(
                "SELECT TABLE_NAME, CONSTRAINT_NAME, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS"
                " WHERE CONSTRAINT_SCHEMA = 'zstack'"
            )
        ).all()
    claimed = wrong = 0
    for table, column, nullable in columns:
        if (known := final_schema.nullable(table, column)) is not None:
            claimed += 1
            wrong += known != (nullable == "YES")
    assert claimed > 4000
    assert wrong == 0
    deletes = {(t, name.lower()): rule.replace("NO ACTION", "RESTRICT") for t, name, rule in rules}
    static = {
        (table.name, name): key.on_delete or "RESTRICT"
        for table in final_schema.tables.values()
        for name, key in table.foreign_keys.items()
    }
    assert {key: deletes[key] for key in static.keys() & deletes.keys()} == {
        key: static[key] for key in static.keys() & deletes.keys()
    }
    assert len(static.keys() & deletes.keys()) > 600, json.dumps(sorted(static.keys() - deletes.keys()))
