"""5.5.28's host model cache: which model files each host caches where, and how much room it has."""

from __future__ import annotations

from sqlalchemy import ForeignKeyConstraint, Index, text
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import (
    TABLE_OPTIONS,
    Base,
    Bytes,
    Flag,
    Int,
    LongText,
    Name32,
    Name64,
    Name255,
    Path1024,
    Path2048,
    Timestamp,
    Timestamps,
    Uuid,
)
from zsgate.schema.releases import since

RELEASE = "5.5.28"
NEW_TABLE = {**TABLE_OPTIONS, "info": since(RELEASE)}
ROOT_PREFIX = {"sourceRoot": 255}
"""Index prefix of ``sourceRoot``: 2048 utf8 characters exceed InnoDB's key length limit."""


def host_cascade(table: str) -> ForeignKeyConstraint:
    """The foreign key that deletes a host's rows together with the host."""
    return ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name=f"fk{table}HostEO", ondelete="CASCADE")


class AiHostModelCacheVO(Timestamps, Base):
    """One cached model copy on one host."""

    __tablename__ = "AiHostModelCacheVO"
    __table_args__ = (
        Index("ukAiHostModelCacheVOHostIdentity", "hostUuid", "identityHash", unique=True),
        Index("idxAiHostModelCacheVOHostRoot", "hostUuid", "sourceRoot", mysql_length=ROOT_PREFIX),
        Index("idxAiHostModelCacheVOModel", "modelUuid"),
        Index("idxAiHostModelCacheVOStatus", "status"),
        host_cascade(__tablename__),
        NEW_TABLE,
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    modelCenterUuid: Mapped[Uuid | None]
    modelUuid: Mapped[Uuid | None]
    sourceRoot: Mapped[Path2048 | None]
    sourcePath: Mapped[Path2048 | None]
    sizeBytes: Mapped[Bytes | None]
    sourceMtime: Mapped[Bytes | None]
    checksum: Mapped[Name255 | None]
    contentVersion: Mapped[Name255 | None]
    identityHash: Mapped[Name255]
    status: Mapped[Name32]
    desiredRefCount: Mapped[Bytes] = mapped_column(server_default=text("0"))
    runningRefCount: Mapped[Bytes] = mapped_column(server_default=text("0"))
    reservationUuid: Mapped[Uuid | None]
    waiterCount: Mapped[Int | None]
    lastAccessDate: Mapped[Timestamp | None]
    lastSyncDate: Mapped[Timestamp | None]
    failurePhase: Mapped[Name64 | None]
    failureCode: Mapped[Name64 | None]
    failureMessage: Mapped[LongText | None]


class AiHostCacheStorageVO(Timestamps, Base):
    """Capacity and watermarks of one cache root on one host."""

    __tablename__ = "AiHostCacheStorageVO"
    __table_args__ = (
        Index("ukAiHostCacheStorageVOHostRoot", "hostUuid", "sourceRoot", unique=True, mysql_length=ROOT_PREFIX),
        Index("idxAiHostCacheStorageVOStatus", "status"),
        host_cascade(__tablename__),
        NEW_TABLE,
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    sourceRoot: Mapped[Path2048]
    physicalTotalBytes: Mapped[Bytes | None]
    physicalAvailableBytes: Mapped[Bytes | None]
    policyUsedBytes: Mapped[Bytes | None]
    unmanagedUsedBytesEstimate: Mapped[Bytes | None]
    policyReservedBytes: Mapped[Bytes | None]
    policyMaxSizeBytes: Mapped[Bytes | None]
    effectiveAvailableBytes: Mapped[Bytes | None]
    highWatermarkBytes: Mapped[Bytes | None]
    lowWatermarkBytes: Mapped[Bytes | None]
    status: Mapped[Name32 | None]
    statusReason: Mapped[Path1024 | None]
    lastSyncDate: Mapped[Timestamp | None]


class AiHostModelCachePolicyVO(Timestamps, Base):
    """Cache policy of one root on one host."""

    __tablename__ = "AiHostModelCachePolicyVO"
    __table_args__ = (
        Index("ukAiHostModelCachePolicyVOHostRoot", "hostUuid", "sourceRoot", unique=True, mysql_length=ROOT_PREFIX),
        host_cascade(__tablename__),
        NEW_TABLE,
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    sourceRoot: Mapped[Path2048]
    enabled: Mapped[Flag | None]
    maxSizeBytes: Mapped[Bytes | None]
    highWatermarkPercent: Mapped[Int | None]
    lowWatermarkPercent: Mapped[Int | None]
    disabledReason: Mapped[Path1024 | None]


class AiHostModelCacheReservationVO(Timestamps, Base):
    """A space reservation or clean-up claim on one host's cache."""

    __tablename__ = "AiHostModelCacheReservationVO"
    __table_args__ = (
        Index("idxAiHostModelCacheReservationVOHostRoot", "hostUuid", "sourceRoot", mysql_length=ROOT_PREFIX),
        Index("idxAiHostModelCacheReservationVOOwner", "ownerType", "ownerResourceUuid"),
        Index("idxAiHostModelCacheReservationVOStatus", "status"),
        host_cascade(__tablename__),
        NEW_TABLE,
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    sourceRoot: Mapped[Path2048 | None]
    modelUuid: Mapped[Uuid | None]
    modelCenterUuid: Mapped[Uuid | None]
    ownerType: Mapped[Name32]
    ownerResourceUuid: Mapped[Uuid]
    reservedBytes: Mapped[Bytes]
    status: Mapped[Name32]
    expiredDate: Mapped[Timestamp | None]
