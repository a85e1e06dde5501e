"""Tables named R...: RaidControllerVO, RaidPhysicalDriveVO, RegisterLicenseApplicationVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid, metadata
from zsgate.schema.ddl import after_table, table_options
from zsgate.schema.releases import BASELINE


class RaidControllerVO(Base):
    __tablename__ = "RaidControllerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkRaidControllerVOHostVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    sasAddress: Mapped[str | None] = mapped_column(String(255))
    hostUuid: Mapped[Uuid | None]
    description: Mapped[str | None] = mapped_column(String(255))
    productName: Mapped[str | None] = mapped_column(String(255))
    adapterNumber: Mapped[int | None] = mapped_column(mysql.SMALLINT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class RaidPhysicalDriveVO(Base):
    __tablename__ = "RaidPhysicalDriveVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["raidControllerUuid"],
            ["RaidControllerVO.uuid"],
            name="fkRaidPhysicalDriveVORaidControllerVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    raidControllerUuid: Mapped[Uuid]
    raidLevel: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(255))
    deviceModel: Mapped[str | None] = mapped_column(String(255))
    enclosureDeviceId: Mapped[int] = mapped_column(mysql.SMALLINT())
    slotNumber: Mapped[int] = mapped_column(mysql.SMALLINT())
    deviceId: Mapped[int | None] = mapped_column(mysql.SMALLINT())
    diskGroup: Mapped[int | None] = mapped_column(mysql.SMALLINT())
    wwn: Mapped[str | None] = mapped_column(String(255))
    serialNumber: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(mysql.BIGINT())
    driveState: Mapped[str | None] = mapped_column(String(255))
    locateStatus: Mapped[str | None] = mapped_column(String(32))
    driveType: Mapped[str | None] = mapped_column(String(255))
    mediaType: Mapped[str | None] = mapped_column(String(255))
    rotationRate: Mapped[int | None] = mapped_column(mysql.SMALLINT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class RegisterLicenseApplicationVO(Base):
    __tablename__ = "RegisterLicenseApplicationVO"
    __table_args__ = (
        Index("appId", "appId", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    appId: Mapped[str] = mapped_column(String(32), primary_key=True)
    licenseRequestCode: Mapped[str] = mapped_column(mysql.TEXT())
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class RemoteVtepVO(Base):
    __tablename__ = "RemoteVtepVO"
    __table_args__ = (
        Index("ukRemoteVtepIpPoolUuidClusterUuid", "vtepIp", "poolUuid", "clusterUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["clusterUuid"], ["ClusterEO.uuid"], name="fkRemoteVtepVOClusterEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vtepIp: Mapped[str] = mapped_column(String(32))
    port: Mapped[int] = mapped_column(mysql.INTEGER())
    clusterUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    poolUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class RemovalInstanceRuleVO(Base):
    __tablename__ = "RemovalInstanceRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    AdjustmentType: Mapped[str] = mapped_column(String(256))
    adjustmentValue: Mapped[int] = mapped_column(mysql.INTEGER(10))
    removalPolicy: Mapped[str] = mapped_column(String(256))


ReplayMessageVO = Table(
    "ReplayMessageVO",
    metadata,
    Column("id", mysql.BIGINT(unsigned=True), nullable=False),
    Column("msgDump", mysql.TEXT(), nullable=True),
    Column("locationType", String(256), nullable=False),
    Column("locationUuid", String(32), nullable=False),
    Column("groupUuid", String(32), nullable=True),
    Column("resourceUuid", String(32), nullable=False),
    Column("manageJobUuid", String(32), nullable=True),
    Column("lastOpDate", mysql.TIMESTAMP(), server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"), nullable=True),
    Column("createDate", mysql.TIMESTAMP(), nullable=True),
    Index("id", "id", unique=True),
    **table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
)


after_table(ReplayMessageVO, "ALTER TABLE `ReplayMessageVO` MODIFY `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT")


class ReservedIpRangeVO(Base):
    __tablename__ = "ReservedIpRangeVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    l3NetworkUuid: Mapped[Uuid] = mapped_column(comment="l3 network uuid")
    name: Mapped[str | None] = mapped_column(String(255), comment="name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="description")
    ipVersion: Mapped[int | None] = mapped_column(
        mysql.INTEGER(unsigned=True),
        server_default=text("4"),
        comment="ip range version",
    )
    startIp: Mapped[str] = mapped_column(String(64), comment="start ip")
    endIp: Mapped[str] = mapped_column(String(64), comment="end ip")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ResourceConfigVO(Base):
    __tablename__ = "ResourceConfigVO"
    __table_args__ = (
        Index("resourceUuid", "resourceUuid", "category", "name", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkResourceConfigVOResourceVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(1024))
    category: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(mysql.TEXT())
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ResourceDirectoryRefVO(Base):
    __tablename__ = "ResourceDirectoryRefVO"
    __table_args__ = (
        Index("fkResourceDirectoryRefVODirectoryVO", "directoryUuid"),
        Index("fkResourceDirectoryRefVOResourceVO", "resourceUuid"),
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkResourceDirectoryRefVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["directoryUuid"],
            ["DirectoryVO.uuid"],
            name="fkResourceDirectoryRefVO1",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    resourceUuid: Mapped[Uuid]
    directoryUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class ResourceStackVO(Base):
    __tablename__ = "ResourceStackVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(32))
    templateContent: Mapped[str] = mapped_column(mysql.TEXT())
    paramContent: Mapped[str | None] = mapped_column(mysql.TEXT())
    status: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(2048))
    enableRollback: Mapped[Flag] = mapped_column(server_default=text("1"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    outputs: Mapped[str | None] = mapped_column(mysql.TEXT())


class ResourceStackVmPortRefVO(Base):
    __tablename__ = "ResourceStackVmPortRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["stackUuid"],
            ["ResourceStackVO.uuid"],
            name="fkResourceStackVmPortRefVOResourceStackVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkResourceStackVmPortRefVOVmInstanceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    stackUuid: Mapped[Uuid]
    vmInstanceUuid: Mapped[Uuid]
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    status: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class ResourceVO(Base):
    __tablename__ = "ResourceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    resourceName: Mapped[str | None] = mapped_column(String(255))
    resourceType: Mapped[str | None] = mapped_column(String(255))
    concreteResourceType: Mapped[str] = mapped_column(String(512))


class RoleAccountRefVO(Base):
    __tablename__ = "RoleAccountRefVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    roleUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class RolePolicyRefVO(Base):
    __tablename__ = "RolePolicyRefVO"
    __table_args__ = (
        ForeignKeyConstraint(["policyUuid"], ["PolicyVO.uuid"], name="fkRolePolicyRefVOPolicyVO", ondelete="CASCADE"),
        ForeignKeyConstraint(["roleUuid"], ["RoleVO.uuid"], name="fkRolePolicyRefVORoleVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    roleUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    policyUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class RolePolicyStatementVO(Base):
    __tablename__ = "RolePolicyStatementVO"
    __table_args__ = (
        Index("roleUuid", "roleUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    roleUuid: Mapped[Uuid]
    statement: Mapped[str] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class RoleUserGroupRefVO(Base):
    __tablename__ = "RoleUserGroupRefVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    roleUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    groupUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class RoleUserRefVO(Base):
    __tablename__ = "RoleUserRefVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    roleUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    userUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class RoleVO(Base):
    __tablename__ = "RoleVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    identity: Mapped[str | None] = mapped_column(String(64))


class RootVolumeBillingVO(Base):
    __tablename__ = "RootVolumeBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    volumeSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    vmInstanceUuid: Mapped[Uuid | None]


class RootVolumeUsageExtensionVO(Base):
    __tablename__ = "RootVolumeUsageExtensionVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["id"],
            ["RootVolumeUsageVO.id"],
            name="fkRootVolumeUsageExtensionVORootVolumeUsageVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    resourcePriceUserConfig: Mapped[str | None] = mapped_column(String(1024))


class RootVolumeUsageHistoryVO(Base):
    __tablename__ = "RootVolumeUsageHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxRootVolumeUsageVOaccountUuid", "accountUuid", "dateInLong"),
        Index("idxRootVolumeUsageVOvolumeUuid", "accountUuid", "dateInLong", "volumeUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmUuid: Mapped[Uuid]
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


class RootVolumeUsageVO(Base):
    __tablename__ = "RootVolumeUsageVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxRootVolumeUsageVOaccountUuid", "accountUuid", "dateInLong"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmUuid: Mapped[Uuid]
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


class RouterAreaVO(Base):
    __tablename__ = "RouterAreaVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="area uuid")
    areaId: Mapped[str] = mapped_column(String(64), comment="area id 32bit with IPv4 address style")
    type: Mapped[str] = mapped_column(String(16), server_default=text("'Standard'"))
    authentication: Mapped[str] = mapped_column(String(16), server_default=text("'None'"))
    password: Mapped[str | None] = mapped_column(String(16))
    keyId: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
