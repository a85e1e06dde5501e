"""The project's baseline without its hand models: the tables of schema/zstack, as imported from ZStack's public
history and edited since, which `generate --check --history` holds to that history (`--models` of this file)."""

from sqlalchemy import MetaData

from zsgate.schema import Base
from zsgate.schema import metadata as project
from zsgate.schema.releases import BASELINE, release_of

HAND_MODULE = "zsgate.schema.model_center"
"""The hand models of tables ZStack added after the history ends."""

HAND = {mapper.local_table.name for mapper in Base.registry.mappers if mapper.class_.__module__ == HAND_MODULE}

metadata = MetaData()
for table in project.tables.values():
    if release_of(table) == BASELINE and table.name not in HAND:
        table.to_metadata(metadata)
