"""The models as history's schema model: what report and docs read, equal to what the upgrade file makes."""

from __future__ import annotations

import pytest

from tests.conftest import MIGRATIONS
from zsgate.history.apply import apply, starting_schema
from zsgate.history.changes import read_file
from zsgate.schema import metadata
from zsgate.schema.as_history import model_provenance, model_schema
from zsgate.schema.releases import BASELINE, releases

RELEASES = [release for release in releases(list(metadata.sorted_tables)) if release != BASELINE]


@pytest.mark.parametrize("release", RELEASES)
def test_the_upgrade_file_applied_to_the_models_before_the_release_gives_the_models_after_it(release: str) -> None:
    """Read by history's one reader, each release's file leaves every table as its models define it: columns
    (type, nullability, default), primary key, indexes with prefixes, foreign keys with ON DELETE, options."""
    previous = [BASELINE, *RELEASES][RELEASES.index(release)]
    schema = starting_schema(None, defines_helpers=False)
    schema.tables = model_schema(metadata, previous).tables
    for change in read_file(MIGRATIONS / f"V{release}__schema.sql") or []:
        apply(schema, change)
    assert schema.tables == model_schema(metadata, release).tables


def test_a_table_before_its_release_is_absent_and_each_part_has_its_release() -> None:
    before = model_schema(metadata, BASELINE)
    assert "AiHostModelCacheVO" not in before.tables and "cacheuuid" not in before.tables["VmModelMountVO"].columns
    mount = model_schema(metadata).tables["VmModelMountVO"]
    fk = mount.foreign_keys["fkvmmodelmountvoaihostmodelcachevo"]
    assert (fk.columns, fk.references, fk.referenced, fk.on_delete) == (
        ("cacheUuid",), "AiHostModelCacheVO", ("uuid",), "SET NULL"
    )  # fmt: skip
    releases_of = model_provenance(metadata)["VmModelMountVO"]
    assert releases_of[""] == BASELINE and releases_of["uuid"] == BASELINE
    assert releases_of["cacheuuid"] == releases_of["fkvmmodelmountvoaihostmodelcachevo"] == "5.5.28"
