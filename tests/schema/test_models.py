"""The models: every object knows its release, and the baseline is what existed before 5.5.28."""

from __future__ import annotations

from zsgate.generate.plan import plan_release, upgrade_releases
from zsgate.schema import metadata
from zsgate.schema.invariants import check
from zsgate.schema.releases import BASELINE, as_of, parts_of, release_key, release_of

NEW_TABLES = {"AiHostModelCacheVO", "AiHostCacheStorageVO", "AiHostModelCachePolicyVO", "AiHostModelCacheReservationVO"}


def test_every_table_column_index_and_foreign_key_knows_its_release() -> None:
    for table in metadata.tables.values():
        assert release_of(table) in (BASELINE, "5.5.28")
        for part in parts_of(table):
            assert release_key(release_of(part)) >= release_key(release_of(table))


def test_the_baseline_is_zstacks_tables_before_5_5_28_without_cache_uuid() -> None:
    baseline = as_of(metadata, BASELINE)
    assert {"HostEO", "VmInstanceEO", "ModelVO", "VmModelMountVO"} <= set(baseline.tables)
    assert not NEW_TABLES & set(baseline.tables)
    assert len(baseline.tables) == 620  # ZStack's 618 at V5.2.1 and the 2 hand models
    assert len(baseline.tables["HostEO"].c) == 13  # ZStack's HostEO, not a stub
    mount = baseline.tables["VmModelMountVO"]
    assert "cacheUuid" not in mount.c
    assert {fk.name for fk in mount.foreign_key_constraints} == {
        "fkVmModelMountVOVmInstanceEO",
        "fkVmModelMountVOModelVO",
    }


def test_5_5_28_adds_four_tables_and_cache_uuid_with_its_index_and_set_null_key() -> None:
    assert upgrade_releases(metadata) == ["5.5.28"]
    plan = plan_release(metadata, "5.5.28")
    assert {table.name for table in plan.new_tables} == NEW_TABLES
    assert [(c.table.name, c.name, c.nullable) for c in plan.new_columns] == [("VmModelMountVO", "cacheUuid", True)]
    assert [i.name for i in plan.new_indexes] == ["idxVmModelMountVOCacheUuid"]
    assert [(fk.name, fk.ondelete) for fk in plan.new_foreign_keys] == [
        ("fkVmModelMountVOAiHostModelCacheVO", "SET NULL")
    ]


def test_prefix_lengths_engine_and_charset_live_in_the_models() -> None:
    storage = metadata.tables["AiHostCacheStorageVO"]
    (unique,) = [index for index in storage.indexes if index.unique]
    assert unique.kwargs["mysql_length"] == {"sourceRoot": 255}
    assert storage.kwargs["mysql_engine"] == "InnoDB" and storage.kwargs["mysql_default_charset"] == "utf8"
    last_op = storage.c.lastOpDate.server_default.arg.text
    assert last_op == "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"


def test_the_models_keep_every_invariant() -> None:
    assert check(metadata) == []


def test_a_release_of_the_models_keeps_each_primary_key_in_its_order_and_what_runs_after_a_table() -> None:
    """ZStack's LocalStorageResourceRefVO keys on (resourceUuid, hostUuid, primaryStorageUuid), not on its columns'
    order; ReplayMessageVO's AUTO_INCREMENT is DDL run after the table is created (schema/ddl.py)."""
    baseline = as_of(metadata, BASELINE)
    for table in metadata.tables.values():
        if table.name in baseline.tables:
            copy = baseline.tables[table.name]
            assert [c.name for c in copy.primary_key.columns] == [c.name for c in table.primary_key.columns]
            assert list(copy.dispatch.after_create.listeners) == list(table.dispatch.after_create.listeners)
    assert [c.name for c in baseline.tables["LocalStorageResourceRefVO"].primary_key.columns] == [
        "resourceUuid",
        "hostUuid",
        "primaryStorageUuid",
    ]
    assert baseline.tables["ReplayMessageVO"].dispatch.after_create.listeners
