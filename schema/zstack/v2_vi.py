"""Tables named V2_vi...: V2VConversionCacheVO, V2VConversionHostVO, VCenterBackupStorageVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class V2VConversionCacheVO(Base):
    __tablename__ = "V2VConversionCacheVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    conversionHostUuid: Mapped[Uuid]
    srcVmUrl: Mapped[str] = mapped_column(String(255))
    installPath: Mapped[str] = mapped_column(String(255))
    deviceId: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    virtualSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    actualSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    bootMode: Mapped[str | None] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    virtioScsi: Mapped[Flag]
    type: Mapped[str] = mapped_column(String(256))
    downloadTime: Mapped[str | None] = mapped_column(String(32))
    uploadTime: Mapped[str | None] = mapped_column(String(32))
    deviceName: Mapped[str | None] = mapped_column(String(32))
    deviceAddress: Mapped[str | None] = mapped_column(String(128))


class V2VConversionHostVO(Base):
    __tablename__ = "V2VConversionHostVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkV2VConversionHostVOHostEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(255))
    hostUuid: Mapped[Uuid]
    storagePath: Mapped[str] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    totalSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availableSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))


class VCenterBackupStorageVO(Base):
    __tablename__ = "VCenterBackupStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BackupStorageEO.uuid"],
            name="fkVCenterBackupStorageVOBackupStorageEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        ForeignKeyConstraint(
            ["vCenterUuid"],
            ["VCenterVO.uuid"],
            name="fkVCenterBackupStorageVOVCenterVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vCenterUuid: Mapped[Uuid] = mapped_column(comment="vcenter uuid")
    datastore: Mapped[str | None] = mapped_column(String(64))


class VCenterClusterVO(Base):
    __tablename__ = "VCenterClusterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["ClusterEO.uuid"],
            name="fkVCenterClusterVOClusterEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        ForeignKeyConstraint(
            ["vCenterUuid"],
            ["VCenterVO.uuid"],
            name="fkVCenterClusterVOVCenterVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["dataCenterUuid"],
            ["VCenterDatacenterVO.uuid"],
            name="fkVCenterDataCenterVOVCenterClusterVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="vcenter cluster uuid")
    vCenterUuid: Mapped[Uuid] = mapped_column(comment="vcenter uuid")
    morval: Mapped[str] = mapped_column(String(64), comment="MOR value")
    dataCenterUuid: Mapped[Uuid | None]


class VCenterDatacenterVO(Base):
    __tablename__ = "VCenterDatacenterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vCenterUuid"],
            ["VCenterVO.uuid"],
            name="fkVCenterDatacenterVOVCenterVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="vcenter data-center uuid")
    vCenterUuid: Mapped[Uuid] = mapped_column(comment="vcenter uuid")
    name: Mapped[str] = mapped_column(String(255), comment="data-center name")
    morval: Mapped[str] = mapped_column(String(64), comment="MOR value")


class VCenterPrimaryStorageVO(Base):
    __tablename__ = "VCenterPrimaryStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkVCenterPrimaryStorageVOPrimaryStorageEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        ForeignKeyConstraint(
            ["vCenterUuid"],
            ["VCenterVO.uuid"],
            name="fkVCenterPrimaryStorageVOVCenterVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vCenterUuid: Mapped[Uuid] = mapped_column(comment="vcenter uuid")
    datastore: Mapped[str | None] = mapped_column(String(64))


class VCenterResourcePoolUsageVO(Base):
    __tablename__ = "VCenterResourcePoolUsageVO"
    __table_args__ = (
        Index("VCenterResourcePoolUsageVO", "vCenterResourcePoolUuid", "resourceUuid", unique=True),
        ForeignKeyConstraint(
            ["vCenterResourcePoolUuid"],
            ["VCenterResourcePoolVO.uuid"],
            name="fkVCenterResourcePoolUsageVOVCenterResourcePoolVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="VCenter Resource Pool usage uuid")
    vCenterResourcePoolUuid: Mapped[Uuid] = mapped_column(comment="VCenter Resource Pool uuid")
    resourceUuid: Mapped[Uuid] = mapped_column(comment="VCenter Resource resource uuid")
    resourceType: Mapped[str] = mapped_column(String(256), comment="VCenter Resource resource type")
    resourceName: Mapped[str | None] = mapped_column(String(256), comment="VCenter Resource resource name")
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VCenterResourcePoolVO(Base):
    __tablename__ = "VCenterResourcePoolVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["vCenterClusterUuid"],
            ["VCenterClusterVO.uuid"],
            name="fkVCenterResourcePoolVOVCenterClusterVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="VCenter Resource Pool uuid")
    vCenterClusterUuid: Mapped[Uuid] = mapped_column(comment="VCenter cluster uuid")
    name: Mapped[str] = mapped_column(String(256), comment="VCenter Resource Pool name")
    morVal: Mapped[str] = mapped_column(String(256), comment="VCenter Resource Pool management object value in vcenter")
    parentUuid: Mapped[Uuid | None] = mapped_column(comment="Parent Resource Pool uuid or NULL")
    CPULimit: Mapped[int | None] = mapped_column(mysql.BIGINT(64))
    CPUOverheadLimit: Mapped[int | None] = mapped_column(mysql.BIGINT(64))
    CPUReservation: Mapped[int | None] = mapped_column(mysql.BIGINT(64))
    CPUShares: Mapped[int | None] = mapped_column(mysql.BIGINT(64))
    CPULevel: Mapped[str | None] = mapped_column(String(64))
    MemoryLimit: Mapped[int | None] = mapped_column(mysql.BIGINT(64))
    MemoryOverheadLimit: Mapped[int | None] = mapped_column(mysql.BIGINT(64))
    MemoryReservation: Mapped[int | None] = mapped_column(mysql.BIGINT(64))
    MemoryShares: Mapped[int | None] = mapped_column(mysql.BIGINT(64))
    MemoryLevel: Mapped[str | None] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VCenterVO(Base):
    __tablename__ = "VCenterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkVCenterVOZoneEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    zoneUuid: Mapped[Uuid]
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    domainName: Mapped[str] = mapped_column(String(255))
    userName: Mapped[str] = mapped_column(String(255))
    password: Mapped[str] = mapped_column(String(1024))
    https: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    state: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    port: Mapped[int | None] = mapped_column(mysql.INTEGER())
    version: Mapped[str | None] = mapped_column(String(32))


class VipNetworkServicesRefVO(Base):
    __tablename__ = "VipNetworkServicesRefVO"
    __table_args__ = (
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkVipNetworkServicesRefVOVipVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    serviceType: Mapped[str] = mapped_column(String(32), primary_key=True)
    vipUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VipPeerL3NetworkRefVO(Base):
    __tablename__ = "VipPeerL3NetworkRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkVipPeerL3NetworkRefVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkVipPeerL3NetworkRefVOVipVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    vipUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    l3NetworkUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VipQosVO(Base):
    __tablename__ = "VipQosVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkVipQosVOVipVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    vipUuid: Mapped[Uuid]
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(16, unsigned=True))
    inboundBandwidth: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    outboundBandwidth: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    type: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VipVO(Base):
    __tablename__ = "VipVO"
    __table_args__ = (
        Index("idxVipVOip", "ip"),
        Index("idxVipVOname", "name"),
        Index("ipRangeUuid", "ipRangeUuid", "ip", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["ipRangeUuid"],
            ["IpRangeEO.uuid"],
            name="fkVipVOIpRangeEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["l3NetworkUuid"], ["L3NetworkEO.uuid"], name="fkVipVOL3NetworkEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    ipRangeUuid: Mapped[Uuid]
    usedIpUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    state: Mapped[str] = mapped_column(String(32))
    ip: Mapped[str] = mapped_column(String(128))
    gateway: Mapped[str | None] = mapped_column(String(128))
    netmask: Mapped[str | None] = mapped_column(String(128))
    useFor: Mapped[str | None] = mapped_column(String(1024))
    serviceProvider: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    prefixLen: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    system: Mapped[int] = mapped_column(mysql.TINYINT(unsigned=True), server_default=text("0"))


class VirtualBorderRouterVO(Base):
    __tablename__ = "VirtualBorderRouterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["accessPointUuid"],
            ["ConnectionAccessPointVO.uuid"],
            name="fkVirtualBorderRouterVOConnectionAccessPointVO",
        ),
        ForeignKeyConstraint(["dataCenterUuid"], ["DataCenterVO.uuid"], name="fkVirtualBorderRouterVODataCenterVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vbrId: Mapped[str] = mapped_column(String(32))
    vlanInterfaceId: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    dataCenterUuid: Mapped[Uuid]
    vlanId: Mapped[str] = mapped_column(String(64))
    circuitCode: Mapped[str] = mapped_column(String(32))
    localGatewayIp: Mapped[str] = mapped_column(String(32))
    peerGatewayIp: Mapped[str] = mapped_column(String(32))
    physicalConnectionStatus: Mapped[str] = mapped_column(String(32))
    peeringSubnetMask: Mapped[str] = mapped_column(String(32))
    physicalConnectionId: Mapped[str] = mapped_column(String(32))
    accessPointUuid: Mapped[Uuid]
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VirtualRouterBootstrapIsoVO(Base):
    __tablename__ = "VirtualRouterBootstrapIsoVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["virtualRouterUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVirtualRouterBootstrapIsoVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    virtualRouterUuid: Mapped[Uuid]
    isoPath: Mapped[str] = mapped_column(String(255))


class VirtualRouterEipRefVO(Base):
    __tablename__ = "VirtualRouterEipRefVO"
    __table_args__ = (
        Index("eipUuid", "eipUuid", unique=True),
        ForeignKeyConstraint(["eipUuid"], ["EipVO.uuid"], name="fkVirtualRouterEipRefVOEipVO", ondelete="NO ACTION"),
        ForeignKeyConstraint(
            ["virtualRouterVmUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVirtualRouterEipRefVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    eipUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    virtualRouterVmUuid: Mapped[Uuid | None]


class VirtualRouterLoadBalancerRefVO(Base):
    __tablename__ = "VirtualRouterLoadBalancerRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("virtualRouterVmUuid", "virtualRouterVmUuid", "loadBalancerUuid", unique=True),
        ForeignKeyConstraint(
            ["loadBalancerUuid"],
            ["LoadBalancerVO.uuid"],
            name="fkVirtualRouterLoadBalancerRefVOLoadBalancerVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["virtualRouterVmUuid"],
            ["VirtualRouterVmVO.uuid"],
            name="fkVirtualRouterLoadBalancerRefVOVirtualRouterVmVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    virtualRouterVmUuid: Mapped[Uuid]
    loadBalancerUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VirtualRouterMetadataVO(Base):
    __tablename__ = "VirtualRouterMetadataVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["VirtualRouterVmVO.uuid"],
            name="fkVirtualRouterMetadataVOVirtualRouterVmVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    zvrVersion: Mapped[str | None] = mapped_column(String(32))
    vyosVersion: Mapped[str | None] = mapped_column(String(32))
    kernelVersion: Mapped[str | None] = mapped_column(String(32))


class VirtualRouterOfferingVO(Base):
    __tablename__ = "VirtualRouterOfferingVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["imageUuid"],
            ["ImageEO.uuid"],
            name="fkVirtualRouterOfferingVOImageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["uuid"],
            ["InstanceOfferingEO.uuid"],
            name="fkVirtualRouterOfferingVOInstanceOfferingEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        ForeignKeyConstraint(
            ["managementNetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkVirtualRouterOfferingVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["publicNetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkVirtualRouterOfferingVOL3NetworkEO1",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkVirtualRouterOfferingVOZoneEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    managementNetworkUuid: Mapped[Uuid | None]
    publicNetworkUuid: Mapped[Uuid | None]
    imageUuid: Mapped[Uuid]
    zoneUuid: Mapped[Uuid]
    isDefault: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))


class VirtualRouterPortForwardingRuleRefVO(Base):
    __tablename__ = "VirtualRouterPortForwardingRuleRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vipUuid"],
            ["VipVO.uuid"],
            name="fkVirtualRouterPortForwardingRuleRefVOVipVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["virtualRouterVmUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVirtualRouterPortForwardingRuleRefVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vipUuid: Mapped[Uuid]
    virtualRouterVmUuid: Mapped[Uuid | None]


class VirtualRouterSoftwareVersionVO(Base):
    __tablename__ = "VirtualRouterSoftwareVersionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["VirtualRouterVmVO.uuid"],
            name="fkVirtualRouterSoftwareVersionVOVirtualRouterVmVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    softwareName: Mapped[str] = mapped_column(String(32))
    currentVersion: Mapped[str | None] = mapped_column(String(32))
    latestVersion: Mapped[str | None] = mapped_column(String(32))


class VirtualRouterVRouterRouteTableRefVO(Base):
    __tablename__ = "VirtualRouterVRouterRouteTableRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("virtualRouterVmUuid", "virtualRouterVmUuid", unique=True),
        ForeignKeyConstraint(
            ["routeTableUuid"],
            ["VRouterRouteTableVO.uuid"],
            name="VirutalRouterVRouterRouteTableRefVOVRouterRouteTableVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["virtualRouterVmUuid"],
            ["VirtualRouterVmVO.uuid"],
            name="VirutalRouterVRouterRouteTableRefVOVirtualRouterVmVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    virtualRouterVmUuid: Mapped[Uuid] = mapped_column(comment="uuid")
    routeTableUuid: Mapped[Uuid]


class VirtualRouterVipVO(Base):
    __tablename__ = "VirtualRouterVipVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["VipVO.uuid"], name="fkVirtualRouterVipVOVipVO", ondelete="NO ACTION"),
        ForeignKeyConstraint(
            ["virtualRouterVmUuid"],
            ["VmInstanceEO.uuid"],
            name="fkVirtualRouterVipVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    virtualRouterVmUuid: Mapped[Uuid | None]


class VirtualRouterVmVO(Base):
    __tablename__ = "VirtualRouterVmVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["VmInstanceEO.uuid"],
            name="fkVirtualRouterVmVOVmInstanceEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    publicNetworkUuid: Mapped[Uuid | None]
