"""Tables named Vm_vo...: VmCPUBillingVO, VmCdRomVO, VmCrashHistoryVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import prefix_lengths, table_options
from zsgate.schema.releases import BASELINE


class VmCPUBillingVO(Base):
    __tablename__ = "VmCPUBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))


class VmCdRomVO(Base):
    __tablename__ = "VmCdRomVO"
    __table_args__ = (
        Index("fkVmCdRomVOVmInstanceEO", "vmInstanceUuid"),
        Index("uuid", "uuid", unique=True),
        Index("vmInstanceCdRomDeviceId", "vmInstanceUuid", "deviceId", unique=True),
        ForeignKeyConstraint(["isoUuid"], ["ImageEO.uuid"], name="fkVmCdRomVOImageEO", ondelete="SET NULL"),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmCdRomVOVmInstanceEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    vmInstanceUuid: Mapped[Uuid]
    deviceId: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), comment="device id")
    isoUuid: Mapped[Uuid | None]
    isoInstallPath: Mapped[str | None] = mapped_column(String(1024))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    protocol: Mapped[str | None] = mapped_column(String(32))


class VmCrashHistoryVO(Base):
    __tablename__ = "VmCrashHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    uuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VmInstanceDeviceAddressArchiveVO(Base):
    __tablename__ = "VmInstanceDeviceAddressArchiveVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["addressGroupUuid"],
            ["VmInstanceDeviceAddressGroupVO.uuid"],
            name="fkVmInstanceDeviceAddressArchiveVOVmInstanceDeviceAddressGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmInstanceDeviceAddressArchiveVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    resourceUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    vmInstanceUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    addressGroupUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    deviceAddress: Mapped[str | None] = mapped_column(String(128))
    metadata_: Mapped[str | None] = mapped_column("metadata", mysql.TEXT())
    metadataClass: Mapped[str | None] = mapped_column(String(128))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VmInstanceDeviceAddressGroupVO(Base):
    __tablename__ = "VmInstanceDeviceAddressGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmInstanceDeviceAddressGroupVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[str] = mapped_column(mysql.CHAR(32), primary_key=True)
    resourceUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    vmInstanceUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VmInstanceDeviceAddressVO(Base):
    __tablename__ = "VmInstanceDeviceAddressVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmInstanceDeviceAddressVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    resourceUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    vmInstanceUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    deviceAddress: Mapped[str | None] = mapped_column(String(128))
    metadata_: Mapped[str | None] = mapped_column("metadata", mysql.TEXT())
    metadataClass: Mapped[str | None] = mapped_column(String(128))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VmInstanceEO(Base):
    __tablename__ = "VmInstanceEO"
    __table_args__ = (
        Index("idxDeleted", "deleted"),
        Index("idxVmInstanceEOname", "name", **prefix_lengths({"name": 128})),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["clusterUuid"], ["ClusterEO.uuid"], name="fkVmInstanceEOClusterEO", ondelete="SET NULL"),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkVmInstanceEOHostEO", ondelete="SET NULL"),
        ForeignKeyConstraint(["lastHostUuid"], ["HostEO.uuid"], name="fkVmInstanceEOHostEO1", ondelete="SET NULL"),
        ForeignKeyConstraint(["imageUuid"], ["ImageEO.uuid"], name="fkVmInstanceEOImageEO", ondelete="NO ACTION"),
        ForeignKeyConstraint(
            ["instanceOfferingUuid"],
            ["InstanceOfferingEO.uuid"],
            name="fkVmInstanceEOInstanceOfferingEO",
            ondelete="NO ACTION",
        ),
        ForeignKeyConstraint(["rootVolumeUuid"], ["VolumeEO.uuid"], name="fkVmInstanceEOVolumeEO", ondelete="SET NULL"),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkVmInstanceEOZoneEO", ondelete="SET NULL"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    zoneUuid: Mapped[Uuid | None]
    clusterUuid: Mapped[Uuid | None]
    imageUuid: Mapped[Uuid | None]
    hostUuid: Mapped[Uuid | None]
    lastHostUuid: Mapped[Uuid | None]
    rootVolumeUuid: Mapped[Uuid | None]
    instanceOfferingUuid: Mapped[Uuid | None]
    defaultL3NetworkUuid: Mapped[Uuid | None]
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    cpuSpeed: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    memorySize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    allocatorStrategy: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(64))
    internalId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    hypervisorType: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    platform: Mapped[str] = mapped_column(String(255))
    architecture: Mapped[str | None] = mapped_column(String(32))
    guestOsType: Mapped[str | None] = mapped_column(String(255))
    reservedMemorySize: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))


class VmInstanceMdevDeviceSpecRefVO(Base):
    __tablename__ = "VmInstanceMdevDeviceSpecRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["mdevSpecUuid"],
            ["MdevDeviceSpecVO.uuid"],
            name="fkVmMdevSpecRefMdevSpecUuid",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmMdevSpecRefVmInstanceUuid",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmInstanceUuid: Mapped[Uuid]
    mdevSpecUuid: Mapped[Uuid]
    mdevDeviceNumber: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("1"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VmInstanceNumaNodeVO(Base):
    __tablename__ = "VmInstanceNumaNodeVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["vmUuid"],
            ["VmInstanceEO.uuid"],
            name="VmInstanceNumaNodeVO_VmInstanceEO_uuid_fk",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    vmUuid: Mapped[Uuid]
    vNodeID: Mapped[int] = mapped_column(mysql.INTEGER())
    vNodeCPUs: Mapped[str] = mapped_column(mysql.TEXT())
    vNodeMemSize: Mapped[int] = mapped_column(mysql.BIGINT())
    vNodeDistance: Mapped[str] = mapped_column(String(512))
    pNodeID: Mapped[int] = mapped_column(mysql.INTEGER())


class VmInstancePciDeviceSpecRefVO(Base):
    __tablename__ = "VmInstancePciDeviceSpecRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("vmInstanceUuid", "vmInstanceUuid", "pciSpecUuid", unique=True),
        ForeignKeyConstraint(
            ["pciSpecUuid"],
            ["PciDeviceSpecVO.uuid"],
            name="fkVmPciSpecRefPciSpecUuid",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmPciSpecRefVmInstanceUuid",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmInstanceUuid: Mapped[Uuid]
    pciSpecUuid: Mapped[Uuid]
    pciDeviceNumber: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("1"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VmInstanceSequenceNumberVO(Base):
    __tablename__ = "VmInstanceSequenceNumberVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)


class VmInstanceVmNicRedirectPortRefVO(Base):
    __tablename__ = "VmInstanceVmNicRedirectPortRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("vmInstanceUuid", "vmInstanceUuid"),
        Index("vmNicUuid", "vmNicUuid"),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmInstanceVmNicRedirectPortRefVOVmInstanceEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmNicUuid"],
            ["VmNicVO.uuid"],
            name="fkVmInstanceVmNicRedirectPortRefVOVmNicVO",
            use_alter=True,
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmInstanceUuid: Mapped[Uuid]
    mirrorPortId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    primaryInPortId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    secondaryInPortId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    primaryOutPortId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    vmNicUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VmMemoryBillingVO(Base):
    __tablename__ = "VmMemoryBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    memorySize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))


class VmNicSecurityGroupRefVO(Base):
    __tablename__ = "VmNicSecurityGroupRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["securityGroupUuid"],
            ["SecurityGroupVO.uuid"],
            name="fkVmNicSecurityGroupRefVOSecurityGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmNicSecurityGroupRefVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmNicUuid"],
            ["VmNicVO.uuid"],
            name="fkVmNicSecurityGroupRefVOVmNicVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vmInstanceUuid: Mapped[Uuid]
    vmNicUuid: Mapped[Uuid]
    securityGroupUuid: Mapped[Uuid]
    priority: Mapped[int | None] = mapped_column(mysql.INTEGER(), server_default=text("-1"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VmNicSecurityPolicyVO(Base):
    __tablename__ = "VmNicSecurityPolicyVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vmNicUuid"],
            ["VmNicVO.uuid"],
            name="fkVmNicSecurityPolicyVOVmNicVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vmNicUuid: Mapped[Uuid]
    ingressPolicy: Mapped[str] = mapped_column(String(32), server_default=text("'DENY'"))
    egressPolicy: Mapped[str] = mapped_column(String(32), server_default=text("'ALLOW'"))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VmNicVO(Base):
    __tablename__ = "VmNicVO"
    __table_args__ = (
        Index("idxVmNicVOip", "ip"),
        Index("idxVmNicVOmac", "mac"),
        Index("usedIpUuid", "usedIpUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["l3NetworkUuid"], ["L3NetworkEO.uuid"], name="fkVmNicVOL3NetworkEO", ondelete="SET NULL"),
        ForeignKeyConstraint(
            ["usedIpUuid"],
            ["UsedIpVO.uuid"],
            name="fkVmNicVOUsedIpVO",
            use_alter=True,
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVmNicVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    vmInstanceUuid: Mapped[Uuid | None] = mapped_column(comment="vm instance uuid")
    usedIpUuid: Mapped[Uuid | None] = mapped_column(comment="used ip uuid")
    l3NetworkUuid: Mapped[Uuid | None] = mapped_column(comment="l3 network uuid")
    metaData: Mapped[str | None] = mapped_column(String(255))
    ip: Mapped[str | None] = mapped_column(String(128))
    mac: Mapped[str] = mapped_column(String(17), comment="mac address")
    gateway: Mapped[str | None] = mapped_column(String(128))
    netmask: Mapped[str | None] = mapped_column(String(128))
    internalName: Mapped[str | None] = mapped_column(String(128))
    deviceId: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), comment="device id")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    hypervisorType: Mapped[str | None] = mapped_column(String(64))
    ipVersion: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4"))
    driverType: Mapped[str | None] = mapped_column(String(64))
    type: Mapped[str | None] = mapped_column(String(32), server_default=text("'VNIC'"))
    state: Mapped[str] = mapped_column(String(255), server_default=text("'enable'"))


class VmPriorityConfigVO(Base):
    __tablename__ = "VmPriorityConfigVO"
    __table_args__ = (
        Index("level", "level", unique=True),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(255))
    cpuShares: Mapped[int] = mapped_column(mysql.INTEGER())
    oomScoreAdj: Mapped[int] = mapped_column(mysql.INTEGER())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VmSchedHistoryVO(Base):
    __tablename__ = "VmSchedHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxVmSchedHistoryVOSchedType", "schedType"),
        Index("idxVmSchedHistoryVOVmInstanceUuid", "vmInstanceUuid"),
        Index("idxVmSchedHistoryVOZoneUuid", "zoneUuid"),
        ForeignKeyConstraint(
            ["zoneUuid"],
            ["ZoneEO.uuid"],
            name="fkVmSchedHistoryVOZoneEO",
            use_alter=True,
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmInstanceUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    zoneUuid: Mapped[str | None] = mapped_column(mysql.CHAR(32))
    accountUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    schedType: Mapped[str] = mapped_column(String(32))
    success: Mapped[Flag | None]
    lastHostUuid: Mapped[str | None] = mapped_column(mysql.CHAR(32))
    destHostUuid: Mapped[str | None] = mapped_column(mysql.CHAR(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    schedReason: Mapped[str | None] = mapped_column(mysql.TEXT())
    failReason: Mapped[str | None] = mapped_column(mysql.TEXT())


class VmSchedulingRuleGroupRefVO(Base):
    __tablename__ = "VmSchedulingRuleGroupRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("vmGroupUuid_vmUuid", "vmGroupUuid", "vmUuid", unique=True),
        ForeignKeyConstraint(["vmUuid"], ["VmInstanceEO.uuid"], name="fkVmInstanceVORefVO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["vmGroupUuid"],
            ["VmSchedulingRuleGroupVO.uuid"],
            name="fkVmSchedulingPolicyGroupRefVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmGroupUuid: Mapped[Uuid]
    vmUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VmSchedulingRuleGroupVO(Base):
    __tablename__ = "VmSchedulingRuleGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    appliance: Mapped[str] = mapped_column(String(128))
    zoneUuid: Mapped[Uuid | None]
    description: Mapped[str | None] = mapped_column(String(2048))
    srcUuid: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VmSchedulingRuleRefVO(Base):
    __tablename__ = "VmSchedulingRuleRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index(
            "ruleUuid_vmGroupUuid_hostGroupUuid",
            "vmSchedulingRuleUuid",
            "vmGroupUuid",
            "hostGroupUuid",
            unique=True,
        ),
        ForeignKeyConstraint(
            ["hostGroupUuid"],
            ["HostSchedulingRuleGroupVO.uuid"],
            name="fkHostSchedulingRuleGroupVORefVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmGroupUuid"],
            ["VmSchedulingRuleGroupVO.uuid"],
            name="fkVmSchedulingRuleGroupVORefVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmSchedulingRuleUuid"],
            ["VmSchedulingRuleVO.uuid"],
            name="fkVmSchedulingRuleVORefVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmSchedulingRuleUuid: Mapped[Uuid]
    vmGroupUuid: Mapped[Uuid]
    hostGroupUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VmSchedulingRuleVO(Base):
    __tablename__ = "VmSchedulingRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["AffinityGroupVO.uuid"],
            name="fkVmSchedulingRuleVOAffinityGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(64))


class VmUsageHistoryVO(Base):
    __tablename__ = "VmUsageHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxVmUsageVOaccountUuid", "accountUuid", "dateInLong"),
        Index("idxVmUsageVOvmUuid", "accountUuid", "dateInLong", "vmUuid"),
        Index("idxVmUuid", "vmUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmUuid: Mapped[Uuid]
    state: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255))
    accountUuid: Mapped[Uuid]
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    memorySize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    rootVolumeSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    resourcePriceUserConfig: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VmUsageVO(Base):
    __tablename__ = "VmUsageVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxVmUsageVOaccountUuid", "accountUuid", "dateInLong"),
        Index("idxVmUuid", "vmUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmUuid: Mapped[Uuid]
    state: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255))
    accountUuid: Mapped[Uuid]
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    memorySize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    rootVolumeSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VmVdpaNicVO(Base):
    __tablename__ = "VmVdpaNicVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["pciDeviceUuid"],
            ["PciDeviceVO.uuid"],
            name="fkVmVdpaNicVOPciDeviceVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    pciDeviceUuid: Mapped[Uuid | None]
    lastPciDeviceUuid: Mapped[Uuid | None]
    srcPath: Mapped[str | None] = mapped_column(String(128))


class VmVfNicVO(Base):
    __tablename__ = "VmVfNicVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["pciDeviceUuid"],
            ["PciDeviceVO.uuid"],
            name="fkVmVfNicVOPciDeviceVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    pciDeviceUuid: Mapped[Uuid | None]
    haState: Mapped[str] = mapped_column(String(32), server_default=text("'Disabled'"))


class VniRangeVO(Base):
    __tablename__ = "VniRangeVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["l2NetworkUuid"],
            ["L2NetworkEO.uuid"],
            name="fkVniRangeVOL2NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    name: Mapped[str | None] = mapped_column(String(255), comment="name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="description")
    l2NetworkUuid: Mapped[Uuid] = mapped_column(comment="l3 network uuid")
    startVni: Mapped[int] = mapped_column(mysql.INTEGER(), comment="start vni")
    endVni: Mapped[int] = mapped_column(mysql.INTEGER(), comment="end vni")
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VolumeBackupHistoryVO(Base):
    __tablename__ = "VolumeBackupHistoryVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["lastBackupUuid"],
            ["VolumeBackupVO.uuid"],
            name="fkVolumeBackupHistoryVOVolumeBackupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["uuid"], ["VolumeEO.uuid"], name="fkVolumeBackupHistoryVOVolumeEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    bitmap: Mapped[str] = mapped_column(String(32))
    lastBackupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VolumeBackupStorageRefVO(Base):
    __tablename__ = "VolumeBackupStorageRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkVolumeBackupStorageRefVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["volumeBackupUuid"],
            ["VolumeBackupVO.uuid"],
            name="fkVolumeBackupStorageRefVOVolumeBackupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    backupStorageUuid: Mapped[Uuid]
    volumeBackupUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(64))
    installPath: Mapped[str] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VolumeBackupVO(Base):
    __tablename__ = "VolumeBackupVO"
    __table_args__ = (
        Index("fkVolumeBackupVOVolumeEO", "volumeUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    volumeUuid: Mapped[Uuid]
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    type: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(64))
    metadata_: Mapped[str | None] = mapped_column("metadata", mysql.TEXT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    groupUuid: Mapped[Uuid | None]
    mode: Mapped[str | None] = mapped_column(String(32), server_default=text("'incremental'"))
    vmInstanceUuid: Mapped[Uuid | None]


class VolumeEO(Base):
    __tablename__ = "VolumeEO"
    __table_args__ = (
        Index("fkVolumeEOImageEO", "rootImageUuid"),
        Index("fkVolumeEOPrimaryStorageEO", "primaryStorageUuid"),
        Index("fkVolumeEOVmInstanceEO", "vmInstanceUuid"),
        Index("idxDeleted", "deleted"),
        Index("idxVolumeEOname", "name"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["diskOfferingUuid"],
            ["DiskOfferingEO.uuid"],
            name="fkVolumeEODiskOfferingEO",
            ondelete="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    primaryStorageUuid: Mapped[Uuid | None]
    rootImageUuid: Mapped[Uuid | None]
    vmInstanceUuid: Mapped[Uuid | None]
    diskOfferingUuid: Mapped[Uuid | None]
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    installPath: Mapped[str | None] = mapped_column(String(1024))
    type: Mapped[str] = mapped_column(String(64))
    format: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    deviceId: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    status: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    isAttached: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    actualSize: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    isShareable: Mapped[Flag] = mapped_column(server_default=text("0"))
    volumeQos: Mapped[str | None] = mapped_column(String(128), comment="volumeQos format like total=1048576")
    lastVmInstanceUuid: Mapped[Uuid | None]
    lastDetachDate: Mapped[str | None] = mapped_column(String(32))
    lastAttachDate: Mapped[str | None] = mapped_column(String(32))
    protocol: Mapped[str | None] = mapped_column(String(32))


class VolumeHostRefVO(Base):
    __tablename__ = "VolumeHostRefVO"
    __table_args__ = (
        Index("volumeUuid", "volumeUuid", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkVolumeHostRefVOHostEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    volumeUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    mountPath: Mapped[str] = mapped_column(String(512))
    device: Mapped[str] = mapped_column(String(512))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VolumeSnapshotBackupStorageRefVO(Base):
    __tablename__ = "VolumeSnapshotBackupStorageRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkVolumeSnapshotBackupStorageRefVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["volumeSnapshotUuid"],
            ["VolumeSnapshotEO.uuid"],
            name="fkVolumeSnapshotBackupStorageRefVOVolumeSnapshotEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    volumeSnapshotUuid: Mapped[Uuid]
    backupStorageUuid: Mapped[Uuid]
    installPath: Mapped[str] = mapped_column(String(1024))


class VolumeSnapshotEO(Base):
    __tablename__ = "VolumeSnapshotEO"
    __table_args__ = (
        Index("idxDeleted", "deleted"),
        Index("idxVolumeSnapshotEOname", "name"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkVolumeSnapshotEOPrimaryStorageEO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(["volumeUuid"], ["VolumeEO.uuid"], name="fkVolumeSnapshotEOVolumeEO", ondelete="SET NULL"),
        ForeignKeyConstraint(
            ["parentUuid"],
            ["VolumeSnapshotEO.uuid"],
            name="fkVolumeSnapshotEOVolumeSnapshotEO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["treeUuid"],
            ["VolumeSnapshotTreeEO.uuid"],
            name="fkVolumeSnapshotEOVolumeSnapshotTreeEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    volumeUuid: Mapped[Uuid | None]
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str | None] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(64))
    treeUuid: Mapped[Uuid]
    parentUuid: Mapped[Uuid | None]
    backupStorageUuid: Mapped[Uuid | None]
    primaryStorageUuid: Mapped[Uuid | None]
    primaryStorageInstallPath: Mapped[str | None] = mapped_column(String(1024))
    backupStorageInstallPath: Mapped[str | None] = mapped_column(String(1024))
    volumeType: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(64))
    distance: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    size: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    latest: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    fullSnapshot: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))


class VolumeSnapshotGroupRefVO(Base):
    __tablename__ = "VolumeSnapshotGroupRefVO"
    __table_args__ = (
        Index("volumeSnapshotUuid", "volumeSnapshotUuid", unique=True),
        ForeignKeyConstraint(
            ["volumeSnapshotGroupUuid"],
            ["VolumeSnapshotGroupVO.uuid"],
            name="fkVolumeSnapshotGroupRefVOVolumeSnapshotGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    volumeSnapshotUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    volumeSnapshotGroupUuid: Mapped[Uuid]
    snapshotDeleted: Mapped[Flag]
    deviceId: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    volumeUuid: Mapped[Uuid]
    volumeName: Mapped[str] = mapped_column(String(256))
    volumeType: Mapped[str] = mapped_column(String(32))
    volumeSnapshotName: Mapped[str | None] = mapped_column(String(256))
    volumeSnapshotInstallPath: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    volumeLastAttachDate: Mapped[str | None] = mapped_column(String(32))


class VolumeSnapshotGroupVO(Base):
    __tablename__ = "VolumeSnapshotGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    vmInstanceUuid: Mapped[Uuid]
    snapshotCount: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VolumeSnapshotReferenceTreeVO(Base):
    __tablename__ = "VolumeSnapshotReferenceTreeVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    rootImageUuid: Mapped[Uuid | None]
    rootVolumeUuid: Mapped[Uuid | None]
    rootInstallUrl: Mapped[str | None] = mapped_column(String(1024))
    rootVolumeSnapshotUuid: Mapped[Uuid | None]
    rootVolumeSnapshotTreeUuid: Mapped[Uuid | None]
    primaryStorageUuid: Mapped[Uuid | None]
    hostUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VolumeSnapshotReferenceVO(Base):
    __tablename__ = "VolumeSnapshotReferenceVO"
    __table_args__ = (
        Index("idxVolumeSnapshotReferenceVOReferenceUuid", "referenceUuid"),
        Index("idxVolumeSnapshotReferenceVOVolumeSnapshotUuid", "volumeSnapshotUuid"),
        Index("idxVolumeSnapshotReferenceVOVolumeUuid", "volumeUuid"),
        ForeignKeyConstraint(
            ["parentId"],
            ["VolumeSnapshotReferenceVO.id"],
            name="fkVolumeSnapshotReferenceReferenceParentId",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["treeUuid"],
            ["VolumeSnapshotReferenceTreeVO.uuid"],
            name="fkVolumeSnapshotReferenceReferenceTreeUuid",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["referenceVolumeUuid"],
            ["VolumeEO.uuid"],
            name="fkVolumeSnapshotReferenceReferenceVolumeUuid",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    parentId: Mapped[int | None] = mapped_column(mysql.BIGINT())
    volumeUuid: Mapped[Uuid | None]
    volumeSnapshotUuid: Mapped[Uuid | None]
    directSnapshotUuid: Mapped[Uuid | None]
    volumeSnapshotInstallUrl: Mapped[str | None] = mapped_column(String(1024))
    directSnapshotInstallUrl: Mapped[str | None] = mapped_column(String(1024))
    treeUuid: Mapped[Uuid | None]
    referenceUuid: Mapped[Uuid | None]
    referenceType: Mapped[str | None] = mapped_column(String(32))
    referenceInstallUrl: Mapped[str | None] = mapped_column(String(1024))
    referenceVolumeUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VolumeSnapshotTreeEO(Base):
    __tablename__ = "VolumeSnapshotTreeEO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["volumeUuid"],
            ["VolumeEO.uuid"],
            name="fkVolumeSnapshotTreeEOVolumeEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="host uuid")
    volumeUuid: Mapped[Uuid | None]
    current: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(32), server_default=text("'Completed'"))
    rootImageUuid: Mapped[Uuid | None]
