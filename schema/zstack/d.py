"""Tables named D...: DRSAdviceVO, DRSVmMigrationActivityVO, DataCenterVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class DRSAdviceVO(Base):
    __tablename__ = "DRSAdviceVO"
    __table_args__ = (
        Index("adviceGroupUuid", "adviceGroupUuid"),
        Index("drsUuid", "drsUuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["drsUuid"], ["ClusterDRSVO.uuid"], name="fkDRSAdviceVOClusterDRSVO", use_alter=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    drsUuid: Mapped[Uuid]
    adviceGroupUuid: Mapped[Uuid]
    vmUuid: Mapped[Uuid]
    vmSourceHostUuid: Mapped[Uuid]
    vmTargetHostUuid: Mapped[Uuid]
    reason: Mapped[str] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class DRSVmMigrationActivityVO(Base):
    __tablename__ = "DRSVmMigrationActivityVO"
    __table_args__ = (
        Index("adviceUuid", "adviceUuid"),
        Index("drsUuid", "drsUuid"),
        Index("uuid", "uuid", unique=True),
        Index("vmUuid", "vmUuid"),
        ForeignKeyConstraint(
            ["drsUuid"],
            ["ClusterDRSVO.uuid"],
            name="fkDRSVmMigrationActivityVOClusterDRSVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    drsUuid: Mapped[Uuid | None]
    vmUuid: Mapped[Uuid]
    vmSourceHostUuid: Mapped[Uuid]
    vmTargetHostUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(255))
    endDate: Mapped[dt.datetime | None] = mapped_column(mysql.DATETIME())
    adviceUuid: Mapped[Uuid | None]
    reason: Mapped[str] = mapped_column(String(255))
    cause: Mapped[str] = mapped_column(String(64))
    result: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class DataCenterVO(Base):
    __tablename__ = "DataCenterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    deleted: Mapped[str | None] = mapped_column(String(1))
    regionName: Mapped[str] = mapped_column(String(1024))
    dcType: Mapped[str] = mapped_column(String(32))
    regionId: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    endpoint: Mapped[str | None] = mapped_column(String(127))


class DataVolumeBillingVO(Base):
    __tablename__ = "DataVolumeBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    volumeSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))


class DataVolumeUsageExtensionVO(Base):
    __tablename__ = "DataVolumeUsageExtensionVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["id"],
            ["DataVolumeUsageVO.id"],
            name="fkDataVolumeUsageExtensionVODataVolumeUsageVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    resourcePriceUserConfig: Mapped[str | None] = mapped_column(String(1024))


class DataVolumeUsageHistoryVO(Base):
    __tablename__ = "DataVolumeUsageHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxDataVolumeUsageVOaccountUuid", "accountUuid", "dateInLong"),
        Index("idxDataVolumeUsageVOvolumeUuid", "accountUuid", "dateInLong", "volumeUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    volumeUuid: Mapped[Uuid]
    volumeStatus: Mapped[str] = mapped_column(String(64))
    volumeName: Mapped[str] = mapped_column(String(255))
    accountUuid: Mapped[Uuid]
    volumeSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    resourcePriceUserConfig: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class DataVolumeUsageVO(Base):
    __tablename__ = "DataVolumeUsageVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxDataVolumeUsageVOaccountUuid", "accountUuid", "dateInLong"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    volumeUuid: Mapped[Uuid]
    volumeStatus: Mapped[str] = mapped_column(String(64))
    volumeName: Mapped[str] = mapped_column(String(255))
    accountUuid: Mapped[Uuid]
    volumeSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class DatabaseBackupStorageRefVO(Base):
    __tablename__ = "DatabaseBackupStorageRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkDatabaseBackupStorageRefVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["databaseBackupUuid"],
            ["DatabaseBackupVO.uuid"],
            name="fkDatabaseBackupStorageRefVODatabaseBackupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    backupStorageUuid: Mapped[Uuid]
    databaseBackupUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(64))
    installPath: Mapped[str] = mapped_column(String(2048))
    exportUrl: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class DatabaseBackupVO(Base):
    __tablename__ = "DatabaseBackupVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    state: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(64))
    metadata_: Mapped[str | None] = mapped_column("metadata", mysql.TEXT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class DeleteVO(Base):
    __tablename__ = "DeleteVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    voName: Mapped[str] = mapped_column(String(255))
    uuid: Mapped[Uuid]
    foreignVOToDeleteName: Mapped[str | None] = mapped_column(String(255))
    foreignVOToDeleteUuid: Mapped[Uuid | None]
    foreignVOName: Mapped[str | None] = mapped_column(String(255))
    foreignVOUuid: Mapped[Uuid | None]
    deletedDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class DirectoryVO(Base):
    __tablename__ = "DirectoryVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkDirectoryVOZoneEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    groupName: Mapped[str] = mapped_column(String(2048), comment="equivalent to a path")
    parentUuid: Mapped[Uuid | None]
    rootDirectoryUuid: Mapped[Uuid]
    zoneUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class DiskOfferingEO(Base):
    __tablename__ = "DiskOfferingEO"
    __table_args__ = (
        Index("idxDiskOfferingEOname", "name"),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    name: Mapped[str] = mapped_column(String(255), comment="disk offering name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="disk offering description")
    diskSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="disk size in bytes")
    sortKey: Mapped[int | None] = mapped_column(
        mysql.INTEGER(unsigned=True),
        server_default=text("0"),
        comment="sort key",
    )
    state: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(255))
    allocatorStrategy: Mapped[str | None] = mapped_column(
        String(64),
        comment="allocator strategy deciding which allocator chain to use",
    )
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
