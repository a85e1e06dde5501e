"""Tables named H...: HaStrategyConditionVO, HaiTaiSecretResourcePoolVO, HardwareL2VxlanNetworkPoolVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class HaStrategyConditionVO(Base):
    __tablename__ = "HaStrategyConditionVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(256))
    fencerName: Mapped[str] = mapped_column(String(256))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class HaiTaiSecretResourcePoolVO(Base):
    __tablename__ = "HaiTaiSecretResourcePoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecretResourcePoolVO.uuid"],
            name="fkHaiTaiSecretResourcePoolVOSecretResourcePoolVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    managementIp: Mapped[str] = mapped_column(String(32))
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    realm: Mapped[str] = mapped_column(String(32))


class HardwareL2VxlanNetworkPoolVO(Base):
    __tablename__ = "HardwareL2VxlanNetworkPoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["L2NetworkEO.uuid"],
            name="fkHardwareL2VxlanNetworkPoolVOL2NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sdnControllerUuid: Mapped[Uuid]


class HistoricalPasswordVO(Base):
    __tablename__ = "HistoricalPasswordVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    uuid: Mapped[Uuid]
    password: Mapped[str | None] = mapped_column(String(255))
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class HostAllocatedCpuVO(Base):
    __tablename__ = "HostAllocatedCpuVO"
    __table_args__ = (
        Index("HostAllocatedCpuVO_UniqueIndex_HostUuid_CPUID", "hostUuid", "allocatedCPU", unique=True),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="HostAllocatedCpuVO_HostEO_uuid_fk",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    hostUuid: Mapped[Uuid]
    allocatedCPU: Mapped[int] = mapped_column(mysql.SMALLINT())


class HostCapacityVO(Base):
    __tablename__ = "HostCapacityVO"
    __table_args__ = (
        Index("idxHostCapacityVOavailableCpu", "availableCpu"),
        Index("idxHostCapacityVOavailableMemory", "availableMemory"),
        Index("idxHostCapacityVOcpuNum", "cpuNum"),
        Index("idxHostCapacityVOtotalCpu", "totalCpu"),
        Index("idxHostCapacityVOtotalMemory", "totalMemory"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["HostEO.uuid"], name="fkHostCapacityVOHostEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="host uuid")
    totalMemory: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="total memory of host in bytes")
    totalCpu: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="total cpu of host in HZ")
    availableMemory: Mapped[int] = mapped_column(mysql.BIGINT(), server_default=text("0"))
    availableCpu: Mapped[int] = mapped_column(mysql.BIGINT(), comment="used cpu of host in HZ")
    totalPhysicalMemory: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availablePhysicalMemory: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    cpuSockets: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))


class HostEO(Base):
    __tablename__ = "HostEO"
    __table_args__ = (
        Index("idxHostEOuuid", "uuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["clusterUuid"], ["ClusterEO.uuid"], name="fkHostEOClusterEO", ondelete="NO ACTION"),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkHostEOZoneEO", ondelete="NO ACTION"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="host uuid")
    zoneUuid: Mapped[Uuid] = mapped_column(comment="zone uuid")
    clusterUuid: Mapped[Uuid] = mapped_column(comment="cluster uuid")
    name: Mapped[str] = mapped_column(String(255), comment="host name")
    state: Mapped[str] = mapped_column(String(32), comment="host state")
    status: Mapped[str] = mapped_column(String(32), comment="host connection status")
    hypervisorType: Mapped[str] = mapped_column(String(64), comment="hypervisor type")
    managementIp: Mapped[str] = mapped_column(String(255), comment="ip of managment nic")
    description: Mapped[str | None] = mapped_column(String(2048), comment="host description")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    architecture: Mapped[str | None] = mapped_column(String(32))


class HostHaStateVO(Base):
    __tablename__ = "HostHaStateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="host uuid")
    state: Mapped[str | None] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class HostHwMonitorStatusVO(Base):
    __tablename__ = "HostHwMonitorStatusVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["HostEO.uuid"], name="fkHostHwMonitorStatusVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    cpuStatus: Mapped[str] = mapped_column(String(32))
    memoryStatus: Mapped[str] = mapped_column(String(32))
    diskStatus: Mapped[str] = mapped_column(String(32))
    nicStatus: Mapped[str] = mapped_column(String(32))
    gpuStatus: Mapped[str] = mapped_column(String(32))
    powerSupplyStatus: Mapped[str] = mapped_column(String(32))
    fanStatus: Mapped[str] = mapped_column(String(32))
    raidStatus: Mapped[str] = mapped_column(String(32))
    temperatureStatus: Mapped[str] = mapped_column(String(32))


class HostIpmiVO(Base):
    __tablename__ = "HostIpmiVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["HostEO.uuid"], name="fkHostIpmiVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ipmiAddress: Mapped[str | None] = mapped_column(String(32))
    ipmiPort: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    ipmiUsername: Mapped[str | None] = mapped_column(String(255))
    ipmiPassword: Mapped[str | None] = mapped_column(String(255))
    ipmiPowerStatus: Mapped[str | None] = mapped_column(String(255))


class HostNetworkBondingServiceRefVO(Base):
    __tablename__ = "HostNetworkBondingServiceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["bondingUuid"],
            ["HostNetworkBondingVO.uuid"],
            name="fkHostNetworkBodnuingServiceRefVOHostNetworkBondingVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    bondingUuid: Mapped[Uuid]
    vlanId: Mapped[int] = mapped_column(mysql.INTEGER(32), server_default=text("0"))
    serviceType: Mapped[str | None] = mapped_column(String(128))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class HostNetworkBondingVO(Base):
    __tablename__ = "HostNetworkBondingVO"
    __table_args__ = (
        Index("idxHostNetworkBondingVOhostUuid", "hostUuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="fkHostNetworkBondingVOHostVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    bondingName: Mapped[str] = mapped_column(String(128))
    mode: Mapped[str] = mapped_column(String(32))
    xmitHashPolicy: Mapped[str | None] = mapped_column(String(32))
    miiStatus: Mapped[str | None] = mapped_column(String(32))
    miimon: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    mac: Mapped[str | None] = mapped_column(String(17))
    ipAddresses: Mapped[str | None] = mapped_column(String(255))
    allSlavesActive: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    type: Mapped[str | None] = mapped_column(mysql.CHAR(32), server_default=text("'unknown'"))
    speed: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    bondingType: Mapped[str | None] = mapped_column(String(32))
    gateway: Mapped[str | None] = mapped_column(String(128))
    callBackIp: Mapped[str | None] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(2048))


class HostNetworkInterfaceLldpRefVO(Base):
    __tablename__ = "HostNetworkInterfaceLldpRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["lldpUuid"],
            ["HostNetworkInterfaceLldpVO.uuid"],
            name="fkHostNetworkInterfaceLldpRefVOHostNetworkInterfaceLldpVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    lldpUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    chassisId: Mapped[str] = mapped_column(String(32))
    timeToLive: Mapped[int] = mapped_column(mysql.INTEGER(32))
    managementAddress: Mapped[str | None] = mapped_column(String(32))
    systemName: Mapped[str] = mapped_column(String(32))
    systemDescription: Mapped[str] = mapped_column(String(255))
    systemCapabilities: Mapped[str] = mapped_column(String(32))
    portId: Mapped[str] = mapped_column(String(32))
    portDescription: Mapped[str | None] = mapped_column(String(255))
    vlanId: Mapped[int | None] = mapped_column(mysql.INTEGER(32))
    aggregationPortId: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    mtu: Mapped[str | None] = mapped_column(String(128))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class HostNetworkInterfaceLldpVO(Base):
    __tablename__ = "HostNetworkInterfaceLldpVO"
    __table_args__ = (
        Index("interfaceUuid", "interfaceUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["interfaceUuid"],
            ["HostNetworkInterfaceVO.uuid"],
            name="fkHostNetworkInterfaceLldpVOHostNetworkInterfaceVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    interfaceUuid: Mapped[Uuid]
    mode: Mapped[str] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class HostNetworkInterfaceServiceRefVO(Base):
    __tablename__ = "HostNetworkInterfaceServiceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["interfaceUuid"],
            ["HostNetworkInterfaceVO.uuid"],
            name="fkHostNetworkInterfaceServiceRefVOHostNetworkInterfaceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    interfaceUuid: Mapped[Uuid]
    vlanId: Mapped[int] = mapped_column(mysql.INTEGER(32), server_default=text("0"))
    serviceType: Mapped[str | None] = mapped_column(String(128))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class HostNetworkInterfaceVO(Base):
    __tablename__ = "HostNetworkInterfaceVO"
    __table_args__ = (
        Index("idxHostNetworkInterfaceVObondingUuid", "bondingUuid"),
        Index("idxHostNetworkInterfaceVOhostUuid", "hostUuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["bondingUuid"],
            ["HostNetworkBondingVO.uuid"],
            name="fkHostNetworkInterfaceVOHostNetworkBondingVO",
            use_alter=True,
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="fkHostNetworkInterfaceVOHostVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    bondingUuid: Mapped[Uuid | None]
    interfaceName: Mapped[str] = mapped_column(String(32))
    interfaceType: Mapped[str] = mapped_column(String(32))
    mac: Mapped[str | None] = mapped_column(String(128))
    speed: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    ipAddresses: Mapped[str | None] = mapped_column(String(255))
    pciDeviceAddress: Mapped[str | None] = mapped_column(String(32))
    slaveActive: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    carrierActive: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    offloadStatus: Mapped[str | None] = mapped_column(String(128))
    virtStatus: Mapped[str | None] = mapped_column(String(32))
    gateway: Mapped[str | None] = mapped_column(String(128))
    callBackIp: Mapped[str | None] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(2048))
    interfaceModel: Mapped[str | None] = mapped_column(String(255))
    vendorId: Mapped[str | None] = mapped_column(String(64))
    deviceId: Mapped[str | None] = mapped_column(String(64))
    deviceName: Mapped[str | None] = mapped_column(String(64))
    vendorName: Mapped[str | None] = mapped_column(String(64))
    subvendorId: Mapped[str | None] = mapped_column(String(64))
    subdeviceId: Mapped[str | None] = mapped_column(String(64))
    subvendorName: Mapped[str | None] = mapped_column(String(64))


class HostNumaNodeVO(Base):
    __tablename__ = "HostNumaNodeVO"
    __table_args__ = (
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="HostNumaNodeVO_HostEO_uuid_fk", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    hostUuid: Mapped[Uuid]
    nodeID: Mapped[int] = mapped_column(mysql.INTEGER())
    nodeCPUs: Mapped[str] = mapped_column(mysql.TEXT())
    nodeMemSize: Mapped[int] = mapped_column(mysql.BIGINT())
    nodeDistance: Mapped[str] = mapped_column(String(512))


class HostOsCategoryVO(Base):
    __tablename__ = "HostOsCategoryVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[str] = mapped_column(mysql.CHAR(32), primary_key=True, comment="uuid")
    architecture: Mapped[str] = mapped_column(String(32))
    osReleaseVersion: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class HostPhysicalMemoryVO(Base):
    __tablename__ = "HostPhysicalMemoryVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkHostPhysicalMemoryVOHostVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    manufacturer: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[str | None] = mapped_column(String(32))
    locator: Mapped[str | None] = mapped_column(String(255))
    serialNumber: Mapped[str] = mapped_column(String(255))
    speed: Mapped[str | None] = mapped_column(String(32))
    clockSpeed: Mapped[str | None] = mapped_column(String(32))
    rank: Mapped[str | None] = mapped_column(String(32))
    voltage: Mapped[str | None] = mapped_column(String(32))
    hostUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    type: Mapped[str | None] = mapped_column(String(32))


class HostPortVO(Base):
    __tablename__ = "HostPortVO"
    __table_args__ = (
        Index("hostUuid", "hostUuid"),
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="fkHostPortVOHostEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    hostUuid: Mapped[Uuid]
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    portUsage: Mapped[str] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class HostSchedulingRuleGroupRefVO(Base):
    __tablename__ = "HostSchedulingRuleGroupRefVO"
    __table_args__ = (
        Index("hostGroupUuid_hostUuid", "hostGroupUuid", "hostUuid", unique=True),
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["hostGroupUuid"],
            ["HostSchedulingRuleGroupVO.uuid"],
            name="fkHostSchedulingRuleGroupRefVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkHostVORefVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    hostGroupUuid: Mapped[Uuid]
    hostUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class HostSchedulingRuleGroupVO(Base):
    __tablename__ = "HostSchedulingRuleGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    zoneUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class HostTagVO(Base):
    __tablename__ = "HostTagVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    hostUuid: Mapped[Uuid] = mapped_column(comment="host uuid")
    tag: Mapped[str] = mapped_column(String(128), comment="host tag")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class HybridAccountVO(Base):
    __tablename__ = "HybridAccountVO"
    __table_args__ = (
        Index("uniqAccountUuid", "accountUuid", "akey", "type", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountUuid"], ["AccountVO.uuid"], name="fkHybridAccountVOAccountVO", use_alter=True),
        ForeignKeyConstraint(["userUuid"], ["UserVO.uuid"], name="fkHybridAccountVOUserVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    accountUuid: Mapped[Uuid]
    userUuid: Mapped[Uuid | None]
    type: Mapped[str] = mapped_column(String(32))
    akey: Mapped[str] = mapped_column(String(32))
    secret: Mapped[str] = mapped_column(String(64))
    current: Mapped[str] = mapped_column(String(64), server_default=text("'false'"))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    hybridAccountId: Mapped[str | None] = mapped_column(String(32))
    hybridUserId: Mapped[str | None] = mapped_column(String(32))
    hybridUserName: Mapped[str | None] = mapped_column(String(64))


class HybridConnectionRefVO(Base):
    __tablename__ = "HybridConnectionRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["connectionUuid"],
            ["ConnectionRelationShipVO.uuid"],
            name="fkHybridConnectionRefVOConnectionRelationShipVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(32))
    accountUuid: Mapped[Uuid]
    direction: Mapped[str] = mapped_column(String(16))
    connectionType: Mapped[str] = mapped_column(String(32))
    connectionUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class HybridEipAddressVO(Base):
    __tablename__ = "HybridEipAddressVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["dataCenterUuid"],
            ["DataCenterVO.uuid"],
            name="fkHybridEipAddressVODataCenterVO",
            ondelete="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    eipId: Mapped[str] = mapped_column(String(32))
    bandWidth: Mapped[str] = mapped_column(String(32))
    eipAddress: Mapped[str] = mapped_column(String(32))
    allocateResourceUuid: Mapped[Uuid | None]
    allocateResourceType: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    eipType: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    name: Mapped[str] = mapped_column(String(128), server_default=text("'Unknown'"))
    dataCenterUuid: Mapped[Uuid]
    chargeType: Mapped[str] = mapped_column(String(32), server_default=text("'PayByTraffic'"))
    allocateTime: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00'"),
    )
