"""The statements generation writes for a change of the one vocabulary read back, by the one reader (through
zsgate's guard and ZStack's helpers, as impact and lint read them), as that very change."""

from __future__ import annotations

import dataclasses

import pytest

from zsgate.generate.render_changes import change_statements
from zsgate.history.changes import (
    AddColumn,
    AddForeignKey,
    AddIndex,
    AddPrimaryKey,
    CallProcedure,
    Change,
    ConvertCharset,
    CreateTable,
    DropColumn,
    DropForeignKey,
    DropIndex,
    DropPrimaryKey,
    DropTables,
    ModifyColumn,
    RenameTable,
    SetTableOptions,
    text_changes,
)
from zsgate.history.helpers import HELPERS, helper_changes
from zsgate.history.schema import Column, ForeignKey, Index, Table

ALL_HELPERS = frozenset(HELPERS)
MEMORY = Column("memory", "INT", True, "'1'")
STAMP = Column("lastOpDate", "TIMESTAMPTZ", True, "CURRENT_TIMESTAMP", on_update="CURRENT_TIMESTAMP", comment="at")
ZONE = Table(
    "ZoneVO",
    {
        "uuid": Column("uuid", "VARCHAR", False, arguments=("32",)),
        "name": Column("name", "TEXT", True, charset="utf8mb4"),
    },
    ("uuid",),
    engine="InnoDB",
    charset="utf8",
)

NOTES = Table(
    "NoteVO",
    {"id": Column("id", "BIGINT", False)},
    ("id",),
    options={"ROW_FORMAT": "DYNAMIC", "COMMENT": "it's a note"},
    partitioning="RANGE (id) (PARTITION p0 VALUES LESS THAN (10), PARTITION p1 VALUES LESS THAN (20))",
)

CASES: dict[str, tuple[Change, ...]] = {
    "create-table": (CreateTable(ZONE, True, (), 0),),
    "create-table-options": (CreateTable(NOTES, True, (), 0),),
    "table-comment": (SetTableOptions("ClusterVO", (("COMMENT", "it's a \\ cluster"),), 0),),
    "drop-table": (DropTables(("ZoneVO",), 0),),
    "add-column": (AddColumn("VmVO", MEMORY, True, 0),),
    "add-column-on-update": (AddColumn("VmVO", STAMP, True, 0),),
    "drop-column": (DropColumn("VmVO", "memory", 0),),
    "modify-column": (ModifyColumn("VmVO", "memory", MEMORY, 0),),
    "change-column": (ModifyColumn("VmVO", "cpuNum", MEMORY, 0),),
    "rename-table": (RenameTable("ClusterVO", "ZoneGroupVO", 0),),
    "engine": (SetTableOptions("ClusterVO", (("ENGINE", "MyISAM"),), 0),),
    "convert-charset": (ConvertCharset("ClusterVO", "utf8mb4", None, 0),),
    "plain-index": (AddIndex("HostEO", Index("idxHostEOState", ("state",), False), 0),),
    "unique-multi-column": (AddIndex("HostEO", Index("ukHostEONameUuid", ("name", "uuid"), True), 0),),
    "prefix-index": (AddIndex("HostEO", Index("idxName", ("name", "state"), False, prefixes=(64, None)), 0),),
    "drop-index": (DropIndex("HostEO", "idxHostEOCpuNum", 0),),
    "foreign-key": (
        AddForeignKey("VmVO", ForeignKey("fkVmVOHostEO", ("hostUuid",), "HostEO", ("uuid",), "SET NULL"), 0),
    ),
    "foreign-key-on-update": (
        AddForeignKey("VmVO", ForeignKey("fkVmVOHostEO", ("hostUuid",), "HostEO", ("uuid",), "RESTRICT", "CASCADE"), 0),
    ),
    "multi-column-foreign-key": (AddForeignKey("A", ForeignKey("fkAB", ("x", "y"), "B", ("x", "y"), "CASCADE"), 0),),
    "drop-foreign-key": (DropForeignKey("VmVO", "fkVmVOHostEO", 0),),
    "primary-key-changed": (DropPrimaryKey("ClusterVO", 0), AddPrimaryKey("ClusterVO", ("uuid", "enabled"), 0)),
    "primary-key-added": (AddPrimaryKey("ClusterVO", ("uuid",), 0),),
    "primary-key-dropped": (DropPrimaryKey("ClusterVO", 0),),
}


def read_back(statements: list[str]) -> list[Change]:
    """Each statement's changes, a CALL of zsgate's guard or of a ZStack helper as the changes it makes."""
    read: list[Change] = []
    for statement in statements:
        changes = text_changes(statement.removesuffix(";"), 0)
        assert changes is not None, statement
        for change in changes:
            made = helper_changes(change.call, 0) if isinstance(change, CallProcedure) else [change]
            assert made is not None, statement
            read += [dataclasses.replace(each, start=0) for each in made]
    return read


@pytest.mark.parametrize("helpers", [frozenset(), ALL_HELPERS], ids=["guarded", "zstack-helpers"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_change_reads_back_as_itself(case: str, helpers: frozenset[str]) -> None:
    changes = CASES[case]
    assert read_back(change_statements(changes, helpers)) == list(changes)
