"""Tables named F...: FaultToleranceVmGroupVO, FaultToleranceVmInstanceGroupHostPortRefVO,
FiSecSecretResourcePoolVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class FaultToleranceVmGroupVO(Base):
    __tablename__ = "FaultToleranceVmGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    primaryVmInstanceUuid: Mapped[Uuid | None]
    secondaryVmInstanceUuid: Mapped[Uuid | None]
    status: Mapped[str] = mapped_column(String(32))


class FaultToleranceVmInstanceGroupHostPortRefVO(Base):
    __tablename__ = "FaultToleranceVmInstanceGroupHostPortRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("vmInstanceUuid", "vmInstanceUuid"),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkShadowVmInstanceHostPortRefVOVmInstanceEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmInstanceUuid: Mapped[Uuid]
    nbdServerPortId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    blockReplicationPortId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    primaryVmMonitorPortId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    secondaryVmMonitorPortId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    reservedVmMigrationPortId: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class FiSecSecretResourcePoolVO(Base):
    __tablename__ = "FiSecSecretResourcePoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecretResourcePoolVO.uuid"],
            name="fkFiSecSecretResourcePoolVOSecretResourcePoolVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    keyNum: Mapped[str | None] = mapped_column(String(128))


class FiSecSecurityMachineVO(Base):
    __tablename__ = "FiSecSecurityMachineVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecurityMachineVO.uuid"],
            name="fkFiSecSecurityMachineVOSecurityMachineVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))


class FiberChannelLunVO(Base):
    __tablename__ = "FiberChannelLunVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["fiberChannelStorageUuid"],
            ["FiberChannelStorageVO.uuid"],
            name="fkFiberChannelLunVOFiberChannelStorageVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    fiberChannelStorageUuid: Mapped[Uuid]


class FiberChannelStorageVO(Base):
    __tablename__ = "FiberChannelStorageVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    name: Mapped[str | None] = mapped_column(String(256))
    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    wwnn: Mapped[str] = mapped_column(String(256))
    state: Mapped[str | None] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class FileIntegrityVerificationVO(Base):
    __tablename__ = "FileIntegrityVerificationVO"
    __table_args__ = (
        Index("node", "nodeUuid", "nodeType", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    path: Mapped[str] = mapped_column(String(256))
    nodeType: Mapped[str] = mapped_column(String(16))
    nodeUuid: Mapped[str] = mapped_column(String(64))
    hexType: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class FlkSecSecretResourcePoolVO(Base):
    __tablename__ = "FlkSecSecretResourcePoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecretResourcePoolVO.uuid"],
            name="fkFlkSecSecretResourcePoolVOSecretResourcePoolVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    encryptResult: Mapped[str | None] = mapped_column(String(64))
    activatedToken: Mapped[str | None] = mapped_column(String(32))
    protectToken: Mapped[str | None] = mapped_column(String(32))
    hmacToken: Mapped[str | None] = mapped_column(String(32))
    ukeyType: Mapped[str | None] = mapped_column(String(32))


class FlkSecSecurityMachineVO(Base):
    __tablename__ = "FlkSecSecurityMachineVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecurityMachineVO.uuid"],
            name="fkFlkSecSecurityMachineVOSecurityMachineVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))


class FlowCollectorVO(Base):
    __tablename__ = "FlowCollectorVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["flowMeterUuid"],
            ["FlowMeterVO.uuid"],
            name="fkFlowCollectorVOFlowMeterVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="flow collector uuid")
    flowMeterUuid: Mapped[Uuid]
    name: Mapped[str | None] = mapped_column(String(32), server_default=text("''"))
    description: Mapped[str | None] = mapped_column(String(128), server_default=text("''"))
    server: Mapped[str] = mapped_column(String(64))
    port: Mapped[str | None] = mapped_column(String(16), server_default=text("'2055'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class FlowMeterVO(Base):
    __tablename__ = "FlowMeterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="flow meter uuid")
    name: Mapped[str | None] = mapped_column(String(32), server_default=text("''"))
    description: Mapped[str | None] = mapped_column(String(128), server_default=text("''"))
    version: Mapped[str | None] = mapped_column(String(16), server_default=text("'V5'"))
    type: Mapped[str | None] = mapped_column(String(16), server_default=text("'NetFlow'"))
    sample: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("1"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class FlowRouterVO(Base):
    __tablename__ = "FlowRouterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="logic flow router uuid for vrouterHA")
    systemID: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    type: Mapped[str] = mapped_column(String(16), server_default=text("'normal'"), comment="router ha type")


class FusionstorBackupStorageMonVO(Base):
    __tablename__ = "FusionstorBackupStorageMonVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkFusionstorBackupStorageMonVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sshUsername: Mapped[str] = mapped_column(String(64))
    sshPassword: Mapped[str] = mapped_column(String(255))
    hostname: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(255))
    sshPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    monPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    backupStorageUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class FusionstorBackupStorageVO(Base):
    __tablename__ = "FusionstorBackupStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BackupStorageEO.uuid"],
            name="fkFusionstorBackupStorageVOBackupStorageEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    fsid: Mapped[str | None] = mapped_column(String(64))
    poolName: Mapped[str] = mapped_column(String(255))


class FusionstorCapacityVO(Base):
    __tablename__ = "FusionstorCapacityVO"
    __table_args__ = (
        Index("fsid", "fsid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    fsid: Mapped[str] = mapped_column(String(64), primary_key=True)
    totalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availableCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class FusionstorPrimaryStorageMonVO(Base):
    __tablename__ = "FusionstorPrimaryStorageMonVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkFusionstorPrimaryStorageMonVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sshUsername: Mapped[str] = mapped_column(String(64))
    sshPassword: Mapped[str] = mapped_column(String(255))
    hostname: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(255))
    sshPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    monPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    primaryStorageUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class FusionstorPrimaryStorageVO(Base):
    __tablename__ = "FusionstorPrimaryStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkFusionstorPrimaryStorageVOPrimaryStorageEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    fsid: Mapped[str | None] = mapped_column(String(64))
    rootVolumePoolName: Mapped[str] = mapped_column(String(255))
    dataVolumePoolName: Mapped[str] = mapped_column(String(255))
    imageCachePoolName: Mapped[str] = mapped_column(String(255))
    userKey: Mapped[str | None] = mapped_column(String(255))
