"""Tables named B...: BackupStorageEO, BackupStorageZoneRefVO, BareMetal2BillingVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class BackupStorageEO(Base):
    __tablename__ = "BackupStorageEO"
    __table_args__ = (
        Index("idxBackupStorageEOname", "name"),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    name: Mapped[str | None] = mapped_column(String(255), comment="backup storage name")
    url: Mapped[str] = mapped_column(String(2048), comment="url, can be ip or fqdn name or type specific string")
    description: Mapped[str | None] = mapped_column(String(2048), comment="backup storage description")
    totalCapacity: Mapped[int] = mapped_column(
        mysql.BIGINT(unsigned=True),
        comment="total capacity of backup storage in bytes",
    )
    availableCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    state: Mapped[str] = mapped_column(String(32), comment="backup storage state")
    status: Mapped[str] = mapped_column(String(32), comment="backup storage status")
    type: Mapped[str] = mapped_column(String(32), comment="backup storage type")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))


class BackupStorageZoneRefVO(Base):
    __tablename__ = "BackupStorageZoneRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkBackupStorageZoneRefVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkBackupStorageZoneRefVOZoneEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    backupStorageUuid: Mapped[Uuid] = mapped_column(comment="uuid of backup storage")
    zoneUuid: Mapped[Uuid] = mapped_column(comment="uuid of zone")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class BareMetal2BillingVO(Base):
    __tablename__ = "BareMetal2BillingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    bareMetal2ChassisOfferingUUid: Mapped[Uuid]
    bareMetal2ChassisOfferingName: Mapped[str] = mapped_column(String(255))


class BareMetal2BondingNicRefVO(Base):
    __tablename__ = "BareMetal2BondingNicRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["provisionNicUuid"],
            ["BareMetal2InstanceProvisionNicVO.uuid"],
            name="fkBareMetal2BondingNicRefVOProvisionNicVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["bondingUuid"], ["BareMetal2BondingVO.uuid"], name="fkbonding", ondelete="CASCADE"),
        ForeignKeyConstraint(["instanceUuid"], ["BareMetal2InstanceVO.uuid"], name="fkinstance", ondelete="CASCADE"),
        ForeignKeyConstraint(["nicUuid"], ["VmNicVO.uuid"], name="fknic", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    nicUuid: Mapped[Uuid | None]
    instanceUuid: Mapped[Uuid]
    bondingUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    provisionNicUuid: Mapped[Uuid | None]


class BareMetal2BondingVO(Base):
    __tablename__ = "BareMetal2BondingVO"
    __table_args__ = (
        ForeignKeyConstraint(["chassisUuid"], ["BareMetal2ChassisVO.uuid"], name="fkchassisUuid", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    slaves: Mapped[str] = mapped_column(String(255))
    opts: Mapped[str | None] = mapped_column(String(255))
    chassisUuid: Mapped[Uuid]
    mode: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BareMetal2ChassisDiskVO(Base):
    __tablename__ = "BareMetal2ChassisDiskVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["chassisUuid"],
            ["BareMetal2ChassisVO.uuid"],
            name="fkBareMetal2ChassisDiskVOChassisVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    chassisUuid: Mapped[Uuid]
    type: Mapped[str | None] = mapped_column(String(32), server_default=text("''"))
    diskSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="disk size in bytes")
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    wwn: Mapped[str | None] = mapped_column(String(128))


class BareMetal2ChassisGpuDeviceVO(Base):
    __tablename__ = "BareMetal2ChassisGpuDeviceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BareMetal2ChassisPciDeviceVO.uuid"],
            name="fkBm2ChassisGpuDeviceVOBm2ChassisPciDeviceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    serialNumber: Mapped[str | None] = mapped_column(String(255))
    memory: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    power: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    isDriverLoaded: Mapped[Flag] = mapped_column(server_default=text("0"))


class BareMetal2ChassisNicVO(Base):
    __tablename__ = "BareMetal2ChassisNicVO"
    __table_args__ = (
        Index("mac", "mac", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["chassisUuid"],
            ["BareMetal2ChassisVO.uuid"],
            name="fkBareMetal2ChassisNicVOChassisVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    chassisUuid: Mapped[Uuid]
    mac: Mapped[str] = mapped_column(String(32))
    speed: Mapped[str | None] = mapped_column(String(32))
    isProvisionNic: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    nicName: Mapped[str | None] = mapped_column(String(255))


class BareMetal2ChassisOfferingVO(Base):
    __tablename__ = "BareMetal2ChassisOfferingVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    architecture: Mapped[str] = mapped_column(String(32))
    cpuModelName: Mapped[str] = mapped_column(String(255))
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    memorySize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="memory size in bytes")
    bootMode: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    provisionType: Mapped[str] = mapped_column(String(32), server_default=text("'Remote'"))


class BareMetal2ChassisPciDeviceVO(Base):
    __tablename__ = "BareMetal2ChassisPciDeviceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["chassisUuid"],
            ["BareMetal2ChassisVO.uuid"],
            name="fkBareMetal2ChassisPciDeviceVOChassisVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    chassisUuid: Mapped[Uuid]
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(32))
    pciDeviceAddress: Mapped[str] = mapped_column(String(32))
    vendorId: Mapped[str] = mapped_column(String(64))
    deviceId: Mapped[str] = mapped_column(String(64))
    subvendorId: Mapped[str | None] = mapped_column(String(64))
    subdeviceId: Mapped[str | None] = mapped_column(String(64))
    iommuGroup: Mapped[str | None] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(255))
    vendor: Mapped[str | None] = mapped_column(String(128))
    device: Mapped[str | None] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BareMetal2ChassisVO(Base):
    __tablename__ = "BareMetal2ChassisVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkBareMetal2ChassisVOClusterEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["chassisOfferingUuid"],
            ["BareMetal2ChassisOfferingVO.uuid"],
            name="fkBareMetal2ChassisVOOfferingVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkBareMetal2ChassisVOZoneEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    zoneUuid: Mapped[Uuid]
    clusterUuid: Mapped[Uuid]
    chassisOfferingUuid: Mapped[Uuid | None]
    type: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    powerStatus: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    provisionType: Mapped[str] = mapped_column(String(32), server_default=text("'Remote'"))


class BareMetal2GatewayClusterRefVO(Base):
    __tablename__ = "BareMetal2GatewayClusterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("ukBareMetal2GatewayClusterRefVO", "clusterUuid", "gatewayUuid", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkBareMetal2GatewayVOClusterEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["gatewayUuid"],
            ["BareMetal2GatewayVO.uuid"],
            name="fkBareMetal2GatewayVOGatewayVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    clusterUuid: Mapped[Uuid]
    gatewayUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BareMetal2GatewayProvisionNicVO(Base):
    __tablename__ = "BareMetal2GatewayProvisionNicVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BareMetal2GatewayVO.uuid"],
            name="fkBareMetal2GatewayProvisionNicVOGatewayVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["networkUuid"],
            ["BareMetal2ProvisionNetworkVO.uuid"],
            name="fkBareMetal2GatewayProvisionNicVONetworkVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    networkUuid: Mapped[Uuid]
    interfaceName: Mapped[str] = mapped_column(String(17))
    ip: Mapped[str] = mapped_column(String(128))
    netmask: Mapped[str] = mapped_column(String(128))
    gateway: Mapped[str | None] = mapped_column(String(128))
    metaData: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BareMetal2GatewayVO(Base):
    __tablename__ = "BareMetal2GatewayVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["KVMHostVO.uuid"], name="fkBareMetal2GatewayVOKVMHostVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)


class BareMetal2InstanceProvisionNicVO(Base):
    __tablename__ = "BareMetal2InstanceProvisionNicVO"
    __table_args__ = (
        Index("mac", "mac", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BareMetal2InstanceVO.uuid"],
            name="fkBareMetal2InstanceProvisionNicVOInstanceVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["networkUuid"],
            ["BareMetal2ProvisionNetworkVO.uuid"],
            name="fkBareMetal2InstanceProvisionNicVONetworkVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    networkUuid: Mapped[Uuid]
    mac: Mapped[str | None] = mapped_column(String(17))
    ip: Mapped[str] = mapped_column(String(128))
    netmask: Mapped[str] = mapped_column(String(128))
    gateway: Mapped[str | None] = mapped_column(String(128))
    metaData: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BareMetal2InstanceVO(Base):
    __tablename__ = "BareMetal2InstanceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["chassisOfferingUuid"],
            ["BareMetal2ChassisOfferingVO.uuid"],
            name="fkBareMetal2InstanceVOChassisOfferingVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["chassisUuid"],
            ["BareMetal2ChassisVO.uuid"],
            name="fkBareMetal2InstanceVOChassisVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["lastChassisUuid"],
            ["BareMetal2ChassisVO.uuid"],
            name="fkBareMetal2InstanceVOChassisVO1",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["gatewayUuid"],
            ["BareMetal2GatewayVO.uuid"],
            name="fkBareMetal2InstanceVOGatewayVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["lastGatewayUuid"],
            ["BareMetal2GatewayVO.uuid"],
            name="fkBareMetal2InstanceVOGatewayVO1",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["uuid"],
            ["VmInstanceEO.uuid"],
            name="fkBareMetal2InstanceVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(32))
    chassisUuid: Mapped[Uuid | None]
    lastChassisUuid: Mapped[Uuid | None]
    gatewayUuid: Mapped[Uuid | None]
    lastGatewayUuid: Mapped[Uuid | None]
    chassisOfferingUuid: Mapped[Uuid | None]
    gatewayAllocatorStrategy: Mapped[str | None] = mapped_column(String(64))
    provisionType: Mapped[str] = mapped_column(String(32), server_default=text("'Remote'"))
    agentVersion: Mapped[str | None] = mapped_column(String(32))
    isLatestAgent: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))


class BareMetal2IpmiChassisVO(Base):
    __tablename__ = "BareMetal2IpmiChassisVO"
    __table_args__ = (
        Index("ukBareMetal2IpmiChassisVO", "ipmiAddress", "ipmiPort", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BareMetal2ChassisVO.uuid"],
            name="fkBareMetal2IpmiChassisVOChassisVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ipmiAddress: Mapped[str] = mapped_column(String(32))
    ipmiPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    ipmiUsername: Mapped[str] = mapped_column(String(255))
    ipmiPassword: Mapped[str] = mapped_column(String(255))


class BareMetal2ProvisionNetworkClusterRefVO(Base):
    __tablename__ = "BareMetal2ProvisionNetworkClusterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("ukBareMetal2ProvisionNetworkClusterRefVO", "clusterUuid", "networkUuid", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkBareMetal2ProvisionNetworkVOClusterEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["networkUuid"],
            ["BareMetal2ProvisionNetworkVO.uuid"],
            name="fkBareMetal2ProvisionNetworkVONetworkVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    clusterUuid: Mapped[Uuid]
    networkUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BareMetal2ProvisionNetworkVO(Base):
    __tablename__ = "BareMetal2ProvisionNetworkVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["zoneUuid"],
            ["ZoneEO.uuid"],
            name="fkBareMetal2ProvisionNetworkVOZoneEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    zoneUuid: Mapped[Uuid]
    dhcpInterface: Mapped[str] = mapped_column(String(128))
    dhcpRangeStartIp: Mapped[str] = mapped_column(String(32))
    dhcpRangeEndIp: Mapped[str] = mapped_column(String(32))
    dhcpRangeNetmask: Mapped[str] = mapped_column(String(32))
    dhcpRangeGateway: Mapped[str | None] = mapped_column(String(32))
    dhcpRangeNetworkCidr: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str | None] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BareMetal2UsageHistoryVO(Base):
    __tablename__ = "BareMetal2UsageHistoryVO"
    __table_args__ = (
        Index("idxBareMetal2VmUsageVOaccountUuid", "accountUuid", "dateInLong"),
        table_options(engine="MyISAM", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    bareMetal2ChassisOfferingUuid: Mapped[Uuid]
    vmUuid: Mapped[Uuid]
    vmName: Mapped[str | None] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(64))
    accountUuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    resourcePriceUserConfig: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BareMetal2UsageVO(Base):
    __tablename__ = "BareMetal2UsageVO"
    __table_args__ = (
        Index("idxBareMetal2VmUsageVOaccountUuid", "accountUuid", "dateInLong"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    bareMetal2ChassisOfferingUuid: Mapped[Uuid]
    vmUuid: Mapped[Uuid]
    vmName: Mapped[str | None] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(64))
    accountUuid: Mapped[Uuid]
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BaremetalBondingVO(Base):
    __tablename__ = "BaremetalBondingVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    chassisUuid: Mapped[Uuid]
    name: Mapped[str] = mapped_column(String(255))
    mode: Mapped[int] = mapped_column(mysql.TINYINT(unsigned=True))
    slaves: Mapped[str] = mapped_column(String(2048))
    opts: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BaremetalChassisVO(Base):
    __tablename__ = "BaremetalChassisVO"
    __table_args__ = (
        Index("ukBaremetalChassisVO", "ipmiAddress", "ipmiPort", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["pxeServerUuid"],
            ["BaremetalPxeServerVO.uuid"],
            name="fkBaremetalChassisVOBaremetalPxeServerVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkBaremetalChassisVOClusterEO",
            ondelete="NO ACTION",
        ),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkBaremetalChassisVOZoneEO", ondelete="NO ACTION"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    ipmiAddress: Mapped[str] = mapped_column(String(32), comment="baremetal chassis ipmi address")
    ipmiUsername: Mapped[str] = mapped_column(String(255), comment="baremetal chassis ipmi username")
    ipmiPassword: Mapped[str] = mapped_column(String(255), comment="baremetal chassis ipmi password")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    name: Mapped[str | None] = mapped_column(String(255), comment="baremetal chassis name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="baremetal chassis description")
    ipmiPort: Mapped[int | None] = mapped_column(mysql.INTEGER())
    status: Mapped[str | None] = mapped_column(String(32), comment="baremetal chassis status")
    state: Mapped[str] = mapped_column(String(32))
    zoneUuid: Mapped[Uuid]
    clusterUuid: Mapped[Uuid]
    pxeServerUuid: Mapped[Uuid | None]


class BaremetalHardwareInfoVO(Base):
    __tablename__ = "BaremetalHardwareInfoVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["chassisUuid"],
            ["BaremetalChassisVO.uuid"],
            name="fkBaremetalHardwareInfoVOBaremetalChassisVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    chassisUuid: Mapped[Uuid] = mapped_column(comment="baremetal chassis uuid")
    type: Mapped[str | None] = mapped_column(String(255))
    content: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class BaremetalImageCacheVO(Base):
    __tablename__ = "BaremetalImageCacheVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["pxeServerUuid"],
            ["BaremetalPxeServerVO.uuid"],
            name="fkBaremetalImageCacheVOBaremetalPxeServerVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["imageUuid"],
            ["ImageEO.uuid"],
            name="fkBaremetalImageCacheVOImageEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    imageUuid: Mapped[Uuid | None]
    url: Mapped[str] = mapped_column(String(1024))
    installUrl: Mapped[str] = mapped_column(String(1024))
    mediaType: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    actualSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    md5sum: Mapped[str | None] = mapped_column(String(255))
    utilization: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    pxeServerUuid: Mapped[Uuid]


class BaremetalInstanceSequenceNumberVO(Base):
    __tablename__ = "BaremetalInstanceSequenceNumberVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)


class BaremetalInstanceVO(Base):
    __tablename__ = "BaremetalInstanceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["chassisUuid"],
            ["BaremetalChassisVO.uuid"],
            name="fkBaremetalInstanceVOBaremetalChassisVO",
        ),
        ForeignKeyConstraint(
            ["pxeServerUuid"],
            ["BaremetalPxeServerVO.uuid"],
            name="fkBaremetalInstanceVOBaremetalPxeServerVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkBaremetalInstanceVOClusterEO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(["imageUuid"], ["ImageEO.uuid"], name="fkBaremetalInstanceVOImageEO", ondelete="SET NULL"),
        ForeignKeyConstraint(
            ["templateUuid"],
            ["PreconfigurationTemplateVO.uuid"],
            name="fkBaremetalInstanceVOPreconfigurationTemplateVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkBaremetalInstanceVOZoneEO", ondelete="SET NULL"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    internalId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    zoneUuid: Mapped[Uuid | None]
    clusterUuid: Mapped[Uuid | None]
    chassisUuid: Mapped[Uuid | None]
    imageUuid: Mapped[Uuid | None]
    platform: Mapped[str] = mapped_column(String(255))
    managementIp: Mapped[str] = mapped_column(String(255))
    username: Mapped[str] = mapped_column(String(255))
    password: Mapped[str] = mapped_column(String(255))
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    state: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    pxeServerUuid: Mapped[Uuid | None]
    templateUuid: Mapped[Uuid | None]


class BaremetalNicVO(Base):
    __tablename__ = "BaremetalNicVO"
    __table_args__ = (
        Index("ukBaremetalNicVO", "mac", "baremetalBondingUuid", unique=True),
        Index("usedIpUuid", "usedIpUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["baremetalInstanceUuid"],
            ["BaremetalInstanceVO.uuid"],
            name="fkBaremetalNicVOBaremetalInstanceVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkBaremetalNicVOL3NetworkEO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["usedIpUuid"],
            ["UsedIpVO.uuid"],
            name="fkBaremetalNicVOUsedIpVO",
            use_alter=True,
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    baremetalInstanceUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid | None]
    usedIpUuid: Mapped[Uuid | None]
    mac: Mapped[str | None] = mapped_column(String(17))
    ip: Mapped[str] = mapped_column(String(128))
    netmask: Mapped[str | None] = mapped_column(String(128))
    gateway: Mapped[str | None] = mapped_column(String(128))
    metaData: Mapped[str | None] = mapped_column(String(255))
    pxe: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    baremetalBondingUuid: Mapped[Uuid | None]


class BaremetalPxeServerClusterRefVO(Base):
    __tablename__ = "BaremetalPxeServerClusterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["pxeServerUuid"],
            ["BaremetalPxeServerVO.uuid"],
            name="fkBaremetalPxeServerClusterRefVOBaremetalPxeServerVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkBaremetalPxeServerClusterRefVOClusterEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    clusterUuid: Mapped[Uuid]
    pxeServerUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class BaremetalPxeServerVO(Base):
    __tablename__ = "BaremetalPxeServerVO"
    __table_args__ = (
        Index("hostname", "hostname", unique=True),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    dhcpInterface: Mapped[str] = mapped_column(String(128), comment="pxe dhcp interface")
    dhcpRangeBegin: Mapped[str | None] = mapped_column(String(32), comment="dhcp range begin")
    dhcpRangeEnd: Mapped[str | None] = mapped_column(String(32), comment="dhcp range end")
    dhcpRangeNetmask: Mapped[str | None] = mapped_column(String(32), comment="dhcp range netmask")
    status: Mapped[str | None] = mapped_column(String(32), comment="pxe server status")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    name: Mapped[str | None] = mapped_column(String(255), comment="baremetal pxeserver name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="baremetal pxeserver description")
    zoneUuid: Mapped[Uuid]
    hostname: Mapped[str] = mapped_column(String(255))
    sshUsername: Mapped[str] = mapped_column(String(64))
    sshPassword: Mapped[str] = mapped_column(String(255))
    sshPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    storagePath: Mapped[str] = mapped_column(String(2048))
    totalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availableCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    dhcpInterfaceAddress: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))


class BaremetalVlanNicVO(Base):
    __tablename__ = "BaremetalVlanNicVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BaremetalNicVO.uuid"],
            name="fkBaremetalVlanNicVOBaremetalNicVO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vlan: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))


class BillingResourceLabelVO(Base):
    __tablename__ = "BillingResourceLabelVO"
    __table_args__ = (
        Index("resourceUuid", "resourceUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    resourceUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    labelKey: Mapped[str] = mapped_column(String(255), primary_key=True)
    labelValue: Mapped[str | None] = mapped_column(String(255))


class BillingVO(Base):
    __tablename__ = "BillingVO"
    __table_args__ = (
        Index("acountUuid", "accountUuid"),
        Index("id", "id", unique=True),
        Index("idxAccountUuidCreateDate", "accountUuid", "createDate"),
        Index("idxBillingVOaccountUuid", "accountUuid", "startTime", "endTime"),
        Index("resourceUuid", "resourceUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    billingType: Mapped[str] = mapped_column(String(255))
    accountUuid: Mapped[Uuid]
    resourceUuid: Mapped[Uuid]
    resourceName: Mapped[str | None] = mapped_column(String(255))
    spending: Mapped[float] = mapped_column(mysql.DOUBLE(unsigned=True))
    startTime: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    endTime: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    hypervisorType: Mapped[str | None] = mapped_column(String(64))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )


class BlockPrimaryStorageHostRefVO(Base):
    __tablename__ = "BlockPrimaryStorageHostRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["id"],
            ["PrimaryStorageHostRefVO.id"],
            name="fkBlockPrimaryStorageHostRefVOPrimaryStorageHostRefVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    initiatorName: Mapped[str | None] = mapped_column(String(256))
    metadata_: Mapped[str | None] = mapped_column("metadata", mysql.TEXT())


class BlockPrimaryStorageVO(Base):
    __tablename__ = "BlockPrimaryStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vendorName: Mapped[str] = mapped_column(String(256))
    metadata_: Mapped[str | None] = mapped_column("metadata", mysql.TEXT())


class BlockScsiLunVO(Base):
    __tablename__ = "BlockScsiLunVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["volumeUuid"], ["VolumeEO.uuid"], name="fkScsiLunVOVolumeVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    target: Mapped[str | None] = mapped_column(String(256))
    name: Mapped[str | None] = mapped_column(String(256))
    id: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    wwn: Mapped[str | None] = mapped_column(String(256))
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    lunMapId: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    lunInitSnapshotID: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    usedSize: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    encryptedId: Mapped[int | None] = mapped_column(mysql.SMALLINT(unsigned=True), server_default=text("0"))
    encryptedWwn: Mapped[str | None] = mapped_column(String(256))
    lunType: Mapped[str | None] = mapped_column(String(256))
    volumeUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BlockVolumeVO(Base):
    __tablename__ = "BlockVolumeVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["VolumeEO.uuid"], name="fkBlockVolumeVOVolumeVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    iscsiPath: Mapped[str] = mapped_column(String(1024))
    vendor: Mapped[str] = mapped_column(String(32))


class BuildAppExportHistoryVO(Base):
    __tablename__ = "BuildAppExportHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxBuildAppExportHistoryVObuildAppUuid", "buildAppUuid"),
        Index("idxBuildAppExportHistoryVOname", "name"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    buildAppUuid: Mapped[Uuid]
    name: Mapped[str | None] = mapped_column(String(255))
    path: Mapped[str | None] = mapped_column(String(2048))
    size: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    md5Sum: Mapped[str] = mapped_column(String(255))
    version: Mapped[str] = mapped_column(String(127))
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class BuildAppImageRefVO(Base):
    __tablename__ = "BuildAppImageRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkBuildAppImageRefVOBackupStorageEO",
        ),
        ForeignKeyConstraint(
            ["buildAppUuid"],
            ["BuildApplicationVO.uuid"],
            name="fkBuildAppImageRefVOBuildApplicationVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["imageUuid"], ["ImageEO.uuid"], name="fkBuildAppImageRefVOImageVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    imageUuid: Mapped[Uuid]
    imageName: Mapped[str] = mapped_column(String(255))
    buildAppUuid: Mapped[Uuid]
    backupStorageUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class BuildApplicationVO(Base):
    __tablename__ = "BuildApplicationVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["buildSystemUuid"],
            ["AppBuildSystemVO.uuid"],
            name="fkBuildApplicationVOAppBuildSystemVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    buildSystemUuid: Mapped[Uuid | None]
    templateContent: Mapped[str] = mapped_column(mysql.MEDIUMTEXT())
    appMetaData: Mapped[str] = mapped_column(mysql.MEDIUMTEXT())
    appId: Mapped[str] = mapped_column(String(255))
    version: Mapped[str] = mapped_column(String(127))
    installPath: Mapped[str | None] = mapped_column(String(1024))
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
