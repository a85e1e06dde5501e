"""Tables named P...: PciDeviceBillingVO, PciDeviceMdevSpecRefVO, PciDeviceOfferingInstanceOfferingRefVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class PciDeviceBillingVO(Base):
    __tablename__ = "PciDeviceBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmName: Mapped[str] = mapped_column(String(255))


class PciDeviceMdevSpecRefVO(Base):
    __tablename__ = "PciDeviceMdevSpecRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["mdevSpecUuid"],
            ["MdevDeviceSpecVO.uuid"],
            name="fkSpecRefMdevSpecUuid",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["pciDeviceUuid"],
            ["PciDeviceVO.uuid"],
            name="fkSpecRefPciDeviceUuid",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    pciDeviceUuid: Mapped[Uuid]
    mdevSpecUuid: Mapped[Uuid]
    effective: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PciDeviceOfferingInstanceOfferingRefVO(Base):
    __tablename__ = "PciDeviceOfferingInstanceOfferingRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["instanceOfferingUuid"],
            ["InstanceOfferingEO.uuid"],
            name="PciDeviceOfferingInstanceOfferingRefVOInstanceOfferingEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["pciDeviceOfferingUuid"],
            ["PciDeviceOfferingVO.uuid"],
            name="PciDeviceOfferingInstanceOfferingRefVOPciDeviceOfferingVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    pciDeviceOfferingUuid: Mapped[Uuid]
    instanceOfferingUuid: Mapped[Uuid]
    metadata_: Mapped[str | None] = mapped_column("metadata", String(4096))
    pciDeviceCount: Mapped[int | None] = mapped_column(mysql.INTEGER(), server_default=text("1"))


class PciDeviceOfferingVO(Base):
    __tablename__ = "PciDeviceOfferingVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(255))
    vendorId: Mapped[str] = mapped_column(String(64))
    deviceId: Mapped[str] = mapped_column(String(64))
    subvendorId: Mapped[str | None] = mapped_column(String(64))
    subdeviceId: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    ramSize: Mapped[str | None] = mapped_column(String(32))


class PciDevicePciDeviceOfferingRefVO(Base):
    __tablename__ = "PciDevicePciDeviceOfferingRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["pciDeviceOfferingUuid"],
            ["PciDeviceOfferingVO.uuid"],
            name="PciDevicePciDeviceOfferingVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["pciDeviceUuid"],
            ["PciDeviceVO.uuid"],
            name="PciDeviceUsageVOPciDeviceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    pciDeviceUuid: Mapped[Uuid]
    pciDeviceOfferingUuid: Mapped[Uuid]


class PciDeviceSpecVO(Base):
    __tablename__ = "PciDeviceSpecVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    vendorId: Mapped[str] = mapped_column(String(64))
    deviceId: Mapped[str] = mapped_column(String(64))
    subvendorId: Mapped[str | None] = mapped_column(String(64))
    subdeviceId: Mapped[str | None] = mapped_column(String(64))
    romContent: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    romVersion: Mapped[str | None] = mapped_column(String(255))
    romMd5sum: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    type: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    isVirtual: Mapped[Flag] = mapped_column(server_default=text("0"))
    maxPartNum: Mapped[int | None] = mapped_column(mysql.INTEGER())
    ramSize: Mapped[str | None] = mapped_column(String(32))
    vendor: Mapped[str | None] = mapped_column(String(128))
    device: Mapped[str | None] = mapped_column(String(128))


class PciDeviceUsageHistoryVO(Base):
    __tablename__ = "PciDeviceUsageHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxPciDeviceUsageVOaccountUuid", "accountUuid", "dateInLong"),
        Index("idxPciDeviceUsageVOpciDeviceUuid", "accountUuid", "dateInLong", "pciDeviceUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    pciDeviceUuid: Mapped[Uuid]
    vendorId: Mapped[str] = mapped_column(String(64))
    deviceId: Mapped[str] = mapped_column(String(64))
    subvendorId: Mapped[str | None] = mapped_column(String(64))
    subdeviceId: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(String(2048))
    vmUuid: Mapped[Uuid]
    vmName: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(64))
    accountUuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    resourcePriceUserConfig: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PciDeviceUsageVO(Base):
    __tablename__ = "PciDeviceUsageVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxPciDeviceUsageVOaccountUuid", "accountUuid", "dateInLong"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    pciDeviceUuid: Mapped[Uuid]
    vendorId: Mapped[str] = mapped_column(String(64))
    deviceId: Mapped[str] = mapped_column(String(64))
    subvendorId: Mapped[str | None] = mapped_column(String(64))
    subdeviceId: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(String(2048))
    vmUuid: Mapped[Uuid]
    vmName: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(64))
    accountUuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class PciDeviceVO(Base):
    __tablename__ = "PciDeviceVO"
    __table_args__ = (
        Index("idxPciDeviceVOhostUuid", "hostUuid"),
        Index("idxPciDeviceVOparentUuid", "parentUuid"),
        Index("idxPciDeviceVOpciSpecUuid", "pciSpecUuid"),
        Index("idxPciDeviceVOtype", "type"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="fkPciDeviceVOHostEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["pciSpecUuid"],
            ["PciDeviceSpecVO.uuid"],
            name="fkPciDeviceVOPciDeviceSpecVO",
            use_alter=True,
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["parentUuid"],
            ["PciDeviceVO.uuid"],
            name="fkPciDeviceVOPciDeviceVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkPciDeviceVOVmInstanceEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    description: Mapped[str | None] = mapped_column(String(2048))
    hostUuid: Mapped[Uuid]
    vmInstanceUuid: Mapped[Uuid | None]
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    pciDeviceAddress: Mapped[str] = mapped_column(String(32))
    vendorId: Mapped[str] = mapped_column(String(64))
    deviceId: Mapped[str] = mapped_column(String(64))
    subvendorId: Mapped[str | None] = mapped_column(String(64))
    subdeviceId: Mapped[str | None] = mapped_column(String(64))
    metadata_: Mapped[str | None] = mapped_column("metadata", String(4096))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    name: Mapped[str] = mapped_column(String(255))
    virtStatus: Mapped[str | None] = mapped_column(String(32))
    parentUuid: Mapped[Uuid | None]
    pciSpecUuid: Mapped[Uuid | None]
    iommuGroup: Mapped[str | None] = mapped_column(String(255))
    chooser: Mapped[str | None] = mapped_column(String(32), server_default=text("'None'"))
    rev: Mapped[str | None] = mapped_column(String(32), server_default=text("''"))
    vendor: Mapped[str | None] = mapped_column(String(128))
    device: Mapped[str | None] = mapped_column(String(128))


class PhysicalDriveSmartSelfTestHistoryVO(Base):
    __tablename__ = "PhysicalDriveSmartSelfTestHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["raidPhysicalDriveUuid"],
            ["RaidPhysicalDriveVO.uuid"],
            name="fkPhysicalDriveSmartSelfTestHistoryVORaidPhysicalDriveVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    raidPhysicalDriveUuid: Mapped[Uuid | None]
    runningState: Mapped[str | None] = mapped_column(String(255))
    testResult: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PolicyRouteRuleSetL3RefVO(Base):
    __tablename__ = "PolicyRouteRuleSetL3RefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["ruleSetUuid"],
            ["PolicyRouteRuleSetVO.uuid"],
            name="fkPolicyRouteRuleSetNicRefVOPolicyRouteRuleSetVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkPolicyRouteRuleSetNicRefVOVmNicVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    ruleSetUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class PolicyRouteRuleSetVO(Base):
    __tablename__ = "PolicyRouteRuleSetVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    vyosName: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    type: Mapped[str] = mapped_column(String(64), server_default=text("'User'"))


class PolicyRouteRuleSetVRouterRefVO(Base):
    __tablename__ = "PolicyRouteRuleSetVRouterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["ruleSetUuid"],
            ["PolicyRouteRuleSetVO.uuid"],
            name="fkPolicyRouteRuleSetVRouterRefVOPolicyRouteRuleSetVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vRouterUuid"],
            ["VirtualRouterVmVO.uuid"],
            name="fkPolicyRouteRuleSetVRouterRefVOVirtualRouteVMVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    vRouterUuid: Mapped[Uuid]
    ruleSetUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class PolicyRouteRuleVO(Base):
    __tablename__ = "PolicyRouteRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["ruleSetUuid"],
            ["PolicyRouteRuleSetVO.uuid"],
            name="fkPolicyRouteRuleVOPolicyRouteRuleSetVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["tableUuid"],
            ["PolicyRouteTableVO.uuid"],
            name="fkPolicyRouteRuleVOPolicyRouteTableVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ruleNumber: Mapped[int] = mapped_column(mysql.INTEGER(4))
    ruleSetUuid: Mapped[Uuid]
    protocol: Mapped[str | None] = mapped_column(String(32))
    tableUuid: Mapped[Uuid | None]
    destIp: Mapped[str | None] = mapped_column(String(255))
    sourceIp: Mapped[str | None] = mapped_column(String(255))
    destPort: Mapped[str | None] = mapped_column(String(255))
    sourcePort: Mapped[str | None] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PolicyRouteTableRouteEntryVO(Base):
    __tablename__ = "PolicyRouteTableRouteEntryVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["tableUuid"],
            ["PolicyRouteTableVO.uuid"],
            name="fkPolicyRouteTableRouteEntryVOPolicyRouteTableVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    tableUuid: Mapped[Uuid]
    distance: Mapped[int | None] = mapped_column(mysql.INTEGER(10))
    destinationCidr: Mapped[str] = mapped_column(String(64))
    nextHopIp: Mapped[str] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class PolicyRouteTableVO(Base):
    __tablename__ = "PolicyRouteTableVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[str] = mapped_column(String(255), primary_key=True)
    tableNumber: Mapped[int] = mapped_column(mysql.INTEGER(3))
    description: Mapped[str | None] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    type: Mapped[str] = mapped_column(String(64), server_default=text("'User'"))


class PolicyRouteTableVRouterRefVO(Base):
    __tablename__ = "PolicyRouteTableVRouterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["vRouterUuid"],
            ["VirtualRouterVmVO.uuid"],
            name="fkPolicyRouteTableVRouterRefVOVirtualRouterVMVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["tableUuid"],
            ["PolicyRouteTableVO.uuid"],
            name="fkPolicyRouteTableVRouterRefVcPolicyRouteTableVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    tableUuid: Mapped[Uuid]
    vRouterUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class PolicyVO(Base):
    __tablename__ = "PolicyVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountUuid"], ["AccountVO.uuid"], name="fkPolicyVOAccountVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    accountUuid: Mapped[Uuid]
    data: Mapped[str] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    type: Mapped[str] = mapped_column(String(32), server_default=text("'System'"))


class PortForwardingRuleVO(Base):
    __tablename__ = "PortForwardingRuleVO"
    __table_args__ = (
        Index("idxPortForwardingRuleVOname", "name"),
        Index("idxPortForwardingRuleVOprivatePortEnd", "privatePortEnd"),
        Index("idxPortForwardingRuleVOprivatePortStart", "privatePortStart"),
        Index("idxPortForwardingRuleVOvipPortEnd", "vipPortEnd"),
        Index("idxPortForwardingRuleVOvipPortStart", "vipPortStart"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkPortForwardingRuleVOVipVO", ondelete="NO ACTION"),
        ForeignKeyConstraint(
            ["vmNicUuid"],
            ["VmNicVO.uuid"],
            name="fkPortForwardingRuleVOVmNicVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(32))
    guestIp: Mapped[str | None] = mapped_column(String(128))
    vipIp: Mapped[str] = mapped_column(String(128))
    vipUuid: Mapped[Uuid]
    vipPortStart: Mapped[int] = mapped_column(mysql.INTEGER())
    vipPortEnd: Mapped[int] = mapped_column(mysql.INTEGER())
    privatePortStart: Mapped[int] = mapped_column(mysql.INTEGER())
    privatePortEnd: Mapped[int] = mapped_column(mysql.INTEGER())
    vmNicUuid: Mapped[Uuid | None]
    allowedCidr: Mapped[str | None] = mapped_column(String(128))
    protocolType: Mapped[str] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class PortMirrorSessionMirrorNetworkRefVO(Base):
    __tablename__ = "PortMirrorSessionMirrorNetworkRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["dstTunnelUuid"],
            ["MirrorNetworkUsedIpVO.uuid"],
            name="fkMirrorRefVOMirrorNetworkUsedIpVODst",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["srcTunnelUuid"],
            ["MirrorNetworkUsedIpVO.uuid"],
            name="fkMirrorRefVOMirrorNetworkUsedIpVOSrc",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["sessionUuid"],
            ["PortMirrorSessionVO.uuid"],
            name="fkMirrorRefVOPortMirrorSessionVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sessionUuid: Mapped[Uuid]
    srcTunnelUuid: Mapped[Uuid]
    dstTunnelUuid: Mapped[Uuid | None]
    type: Mapped[str | None] = mapped_column(String(32), server_default=text("'GRE'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PortMirrorSessionSequenceNumberVO(Base):
    __tablename__ = "PortMirrorSessionSequenceNumberVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), primary_key=True, autoincrement=True)


class PortMirrorSessionVO(Base):
    __tablename__ = "PortMirrorSessionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["portMirrorUuid"],
            ["PortMirrorVO.uuid"],
            name="fkPortMirrorSessionVOPortMirrorVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["srcEndPoint"],
            ["VmNicVO.uuid"],
            name="fkPortMirrorSessionVOSrcNIcVmNicVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    srcEndPoint: Mapped[str] = mapped_column(String(32))
    dstEndPoint: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(128), server_default=text("'Created'"))
    internalId: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    description: Mapped[str | None] = mapped_column(String(1024))
    portMirrorUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PortMirrorVO(Base):
    __tablename__ = "PortMirrorVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["mirrorNetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkPortMirrorVOL3NetworkVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(128), server_default=text("''"))
    state: Mapped[str | None] = mapped_column(String(128), server_default=text("'Enable'"))
    mirrorNetworkUuid: Mapped[Uuid]
    description: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PreconfigurationTemplateVO(Base):
    __tablename__ = "PreconfigurationTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    distribution: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(mysql.MEDIUMTEXT())
    md5sum: Mapped[str] = mapped_column(String(255))
    isPredefined: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PriceBareMetal2ChassisOfferingRefVO(Base):
    __tablename__ = "PriceBareMetal2ChassisOfferingRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["bareMetal2ChassisOfferingUuid"],
            ["BareMetal2ChassisOfferingVO.uuid"],
            name="fkPriceBareMetal2ChassisOfferingRefVOBareMetal2ChassisOfferingVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["priceUuid"],
            ["PriceVO.uuid"],
            name="fkPriceBareMetal2ChassisOfferingRefVOPriceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    priceUuid: Mapped[Uuid]
    bareMetal2ChassisOfferingUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class PricePciDeviceOfferingRefVO(Base):
    __tablename__ = "PricePciDeviceOfferingRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["pciDeviceOfferingUuid"],
            ["PciDeviceOfferingVO.uuid"],
            name="fkPricePciDeviceOfferingRefVOPciDeviceOfferingVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["priceUuid"],
            ["PriceVO.uuid"],
            name="fkPricePciDeviceOfferingRefVOPriceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    priceUuid: Mapped[Uuid]
    pciDeviceOfferingUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class PriceTableVO(Base):
    __tablename__ = "PriceTableVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PriceVO(Base):
    __tablename__ = "PriceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["tableUuid"], ["PriceTableVO.uuid"], name="fkPriceVOPriceTableVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    resourceName: Mapped[str] = mapped_column(String(255))
    timeUnit: Mapped[str] = mapped_column(String(255))
    resourceUnit: Mapped[str | None] = mapped_column(String(255))
    price: Mapped[float | None] = mapped_column(mysql.DOUBLE(precision=14, scale=5))
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    tableUuid: Mapped[Uuid]
    endDateInLong: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))


class PrimaryStorageCapacityVO(Base):
    __tablename__ = "PrimaryStorageCapacityVO"
    __table_args__ = (
        Index("idxPrimaryStorageCapacityVOavailableCapacity", "availableCapacity"),
        Index("idxPrimaryStorageCapacityVOtotalCapacity", "totalCapacity"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkPrimaryStorageCapacityVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    totalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availableCapacity: Mapped[int] = mapped_column(mysql.BIGINT(), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    totalPhysicalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availablePhysicalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    systemUsedCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT())


class PrimaryStorageClusterRefVO(Base):
    __tablename__ = "PrimaryStorageClusterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("uqPrimaryStorageClusterRefVO", "primaryStorageUuid", "clusterUuid", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkPrimaryStorageClusterRefVOClusterEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkPrimaryStorageClusterRefVOPrimaryStorageEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    primaryStorageUuid: Mapped[Uuid] = mapped_column(comment="primary storage uuid")
    clusterUuid: Mapped[Uuid] = mapped_column(comment="primary storage uuid")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class PrimaryStorageEO(Base):
    __tablename__ = "PrimaryStorageEO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkPrimaryStorageEOZoneEO", ondelete="NO ACTION"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    zoneUuid: Mapped[Uuid]
    name: Mapped[str | None] = mapped_column(String(255), comment="primary storage name")
    url: Mapped[str] = mapped_column(String(2048))
    mountPath: Mapped[str] = mapped_column(String(2048))
    description: Mapped[str | None] = mapped_column(String(2048), comment="primary storage description")
    state: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    type: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))


class PrimaryStorageHistoricalUsageBaseVO(Base):
    __tablename__ = "PrimaryStorageHistoricalUsageBaseVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("primaryStorageUuid", "primaryStorageUuid"),
        Index("resourceType", "resourceType"),
        Index("resourceUuid", "resourceUuid"),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkUsageVOPrimaryStorageEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    primaryStorageUuid: Mapped[Uuid]
    resourceUuid: Mapped[Uuid | None]
    resourceType: Mapped[str] = mapped_column(String(32))
    totalPhysicalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    usedPhysicalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    recordDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00'"),
    )
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00'"),
    )


class PrimaryStorageHostRefVO(Base):
    __tablename__ = "PrimaryStorageHostRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("primaryStorageUuid", "primaryStorageUuid", "hostUuid", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkPrimaryStorageHostRefVOHostEO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkPrimaryStorageHostRefVOPrimaryStorageEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    primaryStorageUuid: Mapped[Uuid]
    hostUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)


class PrimaryStorageOutputProtocolRefVO(Base):
    __tablename__ = "PrimaryStorageOutputProtocolRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["ExternalPrimaryStorageVO.uuid"],
            name="fkPrimaryStorageOutputProtocolRefVOExternalPrimaryStorageVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    primaryStorageUuid: Mapped[Uuid]
    outputProtocol: Mapped[str] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class PubIpVipBandwidthInBillingVO(Base):
    __tablename__ = "PubIpVipBandwidthInBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vipIp: Mapped[str | None] = mapped_column(String(255))
    bandwidthSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))


class PubIpVipBandwidthOutBillingVO(Base):
    __tablename__ = "PubIpVipBandwidthOutBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vipIp: Mapped[str | None] = mapped_column(String(255))
    bandwidthSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))


class PubIpVipBandwidthUsageHistoryVO(Base):
    __tablename__ = "PubIpVipBandwidthUsageHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxPubIpVipBandwidthUsageVOaccountUuid", "accountUuid", "dateInLong"),
        Index("idxPubIpVipBandwidthUsageVOvipUuid", "accountUuid", "dateInLong", "vipUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vipUuid: Mapped[Uuid]
    vipName: Mapped[str | None] = mapped_column(String(255))
    vipIp: Mapped[str] = mapped_column(String(128))
    bandwidthOut: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    bandwidthIn: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    l3NetworkUuid: Mapped[str] = mapped_column(String(64))
    vipStatus: Mapped[str] = mapped_column(String(64))
    accountUuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    resourcePriceUserConfig: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PubIpVipBandwidthUsageVO(Base):
    __tablename__ = "PubIpVipBandwidthUsageVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxPubIpVipBandwidthUsageVOaccountUuid", "accountUuid", "dateInLong"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vipUuid: Mapped[Uuid]
    vipName: Mapped[str | None] = mapped_column(String(255))
    vipIp: Mapped[str] = mapped_column(String(128))
    bandwidthOut: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    bandwidthIn: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    l3NetworkUuid: Mapped[str] = mapped_column(String(64))
    vipStatus: Mapped[str] = mapped_column(String(64))
    accountUuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class PubIpVmNicBandwidthInBillingVO(Base):
    __tablename__ = "PubIpVmNicBandwidthInBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmNicIp: Mapped[str | None] = mapped_column(String(255))
    bandwidthSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))


class PubIpVmNicBandwidthOutBillingVO(Base):
    __tablename__ = "PubIpVmNicBandwidthOutBillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmNicIp: Mapped[str | None] = mapped_column(String(255))
    bandwidthSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))


class PubIpVmNicBandwidthUsageHistoryVO(Base):
    __tablename__ = "PubIpVmNicBandwidthUsageHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxPubIpVmNicBandwidthUsageVOaccountUuid", "accountUuid", "dateInLong"),
        Index("idxPubIpVmNicBandwidthUsageVOvmNicUuid", "accountUuid", "dateInLong", "vmNicUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmNicUuid: Mapped[Uuid]
    vmInstanceUuid: Mapped[Uuid | None]
    bandwidthOut: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    bandwidthIn: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    vmNicIp: Mapped[str | None] = mapped_column(String(128))
    vmNicStatus: Mapped[str] = mapped_column(String(64))
    l3NetworkUuid: Mapped[str] = mapped_column(String(64))
    accountUuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    resourcePriceUserConfig: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PubIpVmNicBandwidthUsageVO(Base):
    __tablename__ = "PubIpVmNicBandwidthUsageVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxPubIpVmNicBandwidthUsageVOaccountUuid", "accountUuid", "dateInLong"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmNicUuid: Mapped[Uuid]
    vmInstanceUuid: Mapped[Uuid | None]
    bandwidthOut: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    bandwidthIn: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    vmNicIp: Mapped[str | None] = mapped_column(String(128))
    vmNicStatus: Mapped[str] = mapped_column(String(64))
    l3NetworkUuid: Mapped[str] = mapped_column(String(64))
    accountUuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class PublishAppResourceRefVO(Base):
    __tablename__ = "PublishAppResourceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["appUuid"],
            ["PublishAppVO.uuid"],
            name="fkPublishAppResourceRefVOPublishAppVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkPublishAppResourceRefVOResourceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    appUuid: Mapped[Uuid]
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class PublishAppVO(Base):
    __tablename__ = "PublishAppVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["buildAppUuid"],
            ["BuildApplicationVO.uuid"],
            name="fkPublishAppVOBuildApplicationVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    buildAppUuid: Mapped[Uuid | None]
    templateContent: Mapped[str] = mapped_column(mysql.MEDIUMTEXT())
    appMetaData: Mapped[str] = mapped_column(mysql.MEDIUMTEXT())
    preParams: Mapped[str | None] = mapped_column(mysql.TEXT())
    appId: Mapped[str] = mapped_column(String(255))
    version: Mapped[str] = mapped_column(String(127))
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    vmRelationship: Mapped[str | None] = mapped_column(mysql.TEXT())


class person(Base):
    __tablename__ = "person"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str | None] = mapped_column(String(255))
    uuid: Mapped[str] = mapped_column(String(36))
    description: Mapped[str | None] = mapped_column(String(2048))
    age: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    sex: Mapped[str] = mapped_column(String(40), server_default=text("'male'"))
    marriage: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True))
    title: Mapped[str] = mapped_column(String(12))
    date: Mapped[dt.datetime] = mapped_column(mysql.DATETIME())
