"""Hand-written models of the model center's tables, which ZStack added after V5.2.1 (the public history
schema/zstack was imported from ends there) and which 5.5.28 touches: ``ModelVO`` and ``VmModelMountVO``.

They are baseline tables like the import's (customers upgrading to 5.5.28 have them), written by hand from the
parts 5.5.28 needs, not by `zsgate import`; 5.5.28 points a mount at the host cache entry it uses.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKeyConstraint, Index, text
from sqlalchemy.dialects.mysql import TIMESTAMP
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import (
    BASELINE_TABLE,
    LAST,
    Base,
    Bytes,
    Name32,
    Name255,
    Name256,
    Path512,
    Path1024,
    Timestamps,
    Uuid,
)
from zsgate.schema.releases import since


class ModelVO(Timestamps, Base):
    """An AI model in the model center (only the columns 5.5.28's tables refer to)."""

    __tablename__ = "ModelVO"
    __table_args__ = BASELINE_TABLE

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[Name255]


class VmModelMountVO(Base):
    """One model mount of one VM."""

    __tablename__ = "VmModelMountVO"
    __table_args__ = (
        Index(
            "ukVmModelMountVOVmInstanceMountPath",
            "vmInstanceUuid",
            "mountPath",
            unique=True,
            mysql_length={"mountPath": 255},
        ),
        Index("ukVmModelMountVOVmInstanceModel", "vmInstanceUuid", "modelUuid", unique=True),
        ForeignKeyConstraint(
            ["vmInstanceUuid"], ["VmInstanceEO.uuid"], name="fkVmModelMountVOVmInstanceEO", ondelete="CASCADE"
        ),
        ForeignKeyConstraint(["modelUuid"], ["ModelVO.uuid"], name="fkVmModelMountVOModelVO", ondelete="CASCADE"),
        Index("idxVmModelMountVOCacheUuid", "cacheUuid", info=since("5.5.28")),
        ForeignKeyConstraint(
            ["cacheUuid"],
            ["AiHostModelCacheVO.uuid"],
            name="fkVmModelMountVOAiHostModelCacheVO",
            ondelete="SET NULL",
            info=since("5.5.28"),
        ),
        BASELINE_TABLE,
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vmInstanceUuid: Mapped[Uuid]
    modelUuid: Mapped[Uuid]
    modelName: Mapped[Name256 | None]
    mountPath: Mapped[Path512]
    sourcePath: Mapped[Path1024]
    status: Mapped[Name32]
    lastAttachedEpoch: Mapped[Bytes | None]
    accountUuid: Mapped[Uuid | None]
    createDate: Mapped[datetime] = mapped_column(
        TIMESTAMP, server_default=text("'2000-01-01 00:00:00'"), sort_order=LAST
    )
    lastOpDate: Mapped[datetime] = mapped_column(
        TIMESTAMP, server_default=text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"), sort_order=LAST
    )
    cacheUuid: Mapped[Uuid | None] = mapped_column(info=since("5.5.28"), sort_order=LAST + 1)
