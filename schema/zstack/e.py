"""Tables named E...: ESXHostVO, EcsImageUsageVO, EcsImageVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import prefix_lengths, table_options
from zsgate.schema.releases import BASELINE


class ESXHostVO(Base):
    __tablename__ = "ESXHostVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["HostEO.uuid"],
            name="fkESXHostVOHostEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        ForeignKeyConstraint(["vCenterUuid"], ["VCenterVO.uuid"], name="fkESXHostVOVCenterVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="host uuid")
    vCenterUuid: Mapped[Uuid] = mapped_column(comment="vcenter uuid")
    morval: Mapped[str] = mapped_column(String(128), comment="MOR value")
    esxiVersion: Mapped[str | None] = mapped_column(String(32))


class EcsImageUsageVO(Base):
    __tablename__ = "EcsImageUsageVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["snapshotUuidOfCreatedImage"],
            ["AliyunSnapshotVO.uuid"],
            name="fkEcsImageUsageVOAliyunSnapshotVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["ecsImageUuid"],
            ["EcsImageVO.uuid"],
            name="fkEcsImageUsageVOEcsImageVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), primary_key=True, autoincrement=True)
    ecsImageUuid: Mapped[Uuid]
    snapshotUuidOfCreatedImage: Mapped[str | None] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class EcsImageVO(Base):
    __tablename__ = "EcsImageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["dataCenterUuid"], ["DataCenterVO.uuid"], name="fkEcsImageVODataCenterVO"),
        ForeignKeyConstraint(["localImageUuid"], ["ImageEO.uuid"], name="fkEcsImageVOImageEO", ondelete="SET NULL"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    localImageUuid: Mapped[Uuid | None]
    ecsImageId: Mapped[str] = mapped_column(String(128))
    dataCenterUuid: Mapped[Uuid | None]
    name: Mapped[str] = mapped_column(String(128))
    ecsImageSize: Mapped[int] = mapped_column(mysql.BIGINT())
    platform: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(32))
    ossMd5Sum: Mapped[str | None] = mapped_column(String(128))
    format: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    osName: Mapped[str | None] = mapped_column(String(256))


class EcsInstanceVO(Base):
    __tablename__ = "EcsInstanceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["ecsImageUuid"],
            ["EcsImageVO.uuid"],
            name="fkEcsInstanceVOEcsImageVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["ecsSecurityGroupUuid"],
            ["EcsSecurityGroupVO.uuid"],
            name="fkEcsInstanceVOEcsSecurityGroupVO",
            ondelete="NO ACTION",
        ),
        ForeignKeyConstraint(
            ["ecsVSwitchUuid"],
            ["EcsVSwitchVO.uuid"],
            name="fkEcsInstanceVOEcsVSwitchVO",
            ondelete="NO ACTION",
        ),
        ForeignKeyConstraint(
            ["identityZoneUuid"],
            ["IdentityZoneVO.uuid"],
            name="fkEcsInstanceVOIdentityZoneVO",
            ondelete="NO ACTION",
        ),
        ForeignKeyConstraint(
            ["localVmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkEcsInstanceVOVmInstanceEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    localVmInstanceUuid: Mapped[Uuid | None]
    ecsInstanceId: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    ecsStatus: Mapped[str] = mapped_column(String(16))
    ecsInstanceRootPassword: Mapped[str] = mapped_column(String(32))
    cpuCores: Mapped[int] = mapped_column(mysql.INTEGER(10))
    memorySize: Mapped[int] = mapped_column(mysql.BIGINT())
    ecsInstanceType: Mapped[str] = mapped_column(String(32))
    ecsBandWidth: Mapped[int] = mapped_column(mysql.BIGINT())
    ecsRootVolumeId: Mapped[str] = mapped_column(String(32))
    ecsRootVolumeCategory: Mapped[str] = mapped_column(String(32))
    ecsRootVolumeSize: Mapped[int] = mapped_column(mysql.BIGINT())
    privateIpAddress: Mapped[str] = mapped_column(String(32))
    ecsVSwitchUuid: Mapped[Uuid]
    ecsImageUuid: Mapped[Uuid | None]
    ecsSecurityGroupUuid: Mapped[Uuid]
    identityZoneUuid: Mapped[Uuid]
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    lastOpDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    expireDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.DATETIME(),
        server_default=text("'2999-01-01 00:00:00'"),
    )
    chargeType: Mapped[str | None] = mapped_column(String(16), server_default=text("'postpaid'"))
    publicIpAddress: Mapped[str | None] = mapped_column(String(32))


class EcsSecurityGroupRuleVO(Base):
    __tablename__ = "EcsSecurityGroupRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["ecsSecurityGroupUuid"],
            ["EcsSecurityGroupVO.uuid"],
            name="fkEcsSecurityGroupRuleVOEcsSecurityGroupVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ecsSecurityGroupUuid: Mapped[Uuid]
    portRange: Mapped[str] = mapped_column(String(32))
    cidrIp: Mapped[str] = mapped_column(String(32))
    protocol: Mapped[str] = mapped_column(String(32))
    nicType: Mapped[str] = mapped_column(String(32))
    policy: Mapped[str] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(128))
    priority: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class EcsSecurityGroupVO(Base):
    __tablename__ = "EcsSecurityGroupVO"
    __table_args__ = (
        Index("ukEcsVpcUuidSecurityGroupId", "ecsVpcUuid", "securityGroupId", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["ecsVpcUuid"], ["EcsVpcVO.uuid"], name="fkEcsSecurityGroupVOEcsVpcVO", use_alter=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ecsVpcUuid: Mapped[Uuid]
    securityGroupId: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class EcsVSwitchVO(Base):
    __tablename__ = "EcsVSwitchVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["ecsVpcUuid"], ["EcsVpcVO.uuid"], name="fkEcsVSwitchVOEcsVpcVO"),
        ForeignKeyConstraint(["identityZoneUuid"], ["IdentityZoneVO.uuid"], name="fkEcsVSwitchVOIdentityZoneVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vSwitchId: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    cidrBlock: Mapped[str] = mapped_column(String(32))
    availableIpAddressCount: Mapped[int] = mapped_column(mysql.INTEGER(10))
    description: Mapped[str | None] = mapped_column(String(1024))
    name: Mapped[str] = mapped_column(String(128))
    ecsVpcUuid: Mapped[Uuid]
    identityZoneUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class EcsVpcVO(Base):
    __tablename__ = "EcsVpcVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["dataCenterUuid"], ["DataCenterVO.uuid"], name="fkEcsVpcVODataCenterVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ecsVpcId: Mapped[str] = mapped_column(String(32))
    dataCenterUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[str | None] = mapped_column(String(1))
    name: Mapped[str] = mapped_column(String(128))
    cidrBlock: Mapped[str] = mapped_column(String(32))
    vRouterId: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class EipVO(Base):
    __tablename__ = "EipVO"
    __table_args__ = (
        Index("idxEipVOname", "name"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkEipVOVipVO", ondelete="CASCADE"),
        ForeignKeyConstraint(["vmNicUuid"], ["VmNicVO.uuid"], name="fkEipVOVmNicVO", ondelete="SET NULL"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    vipUuid: Mapped[Uuid]
    vipIp: Mapped[str] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(32))
    vmNicUuid: Mapped[Uuid | None]
    guestIp: Mapped[str | None] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class EmailMediaVO(Base):
    __tablename__ = "EmailMediaVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["MediaVO.uuid"], name="fkEmailMediaVOMediaVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    smtpServer: Mapped[str] = mapped_column(String(512))
    smtpPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    username: Mapped[str | None] = mapped_column(String(512))
    password: Mapped[str | None] = mapped_column(String(512))


class EmailTriggerActionVO(Base):
    __tablename__ = "EmailTriggerActionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["mediaUuid"],
            ["EmailMediaVO.uuid"],
            name="fkEmailTriggerActionVOEmailMediaVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["uuid"],
            ["MonitorTriggerActionVO.uuid"],
            name="fkEmailTriggerActionVOMonitorTriggerActionVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(512))
    mediaUuid: Mapped[Uuid | None]


class EncryptEntityMetadataVO(Base):
    __tablename__ = "EncryptEntityMetadataVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    entityName: Mapped[str] = mapped_column(String(255))
    columnName: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class EncryptionIntegrityVO(Base):
    __tablename__ = "EncryptionIntegrityVO"
    __table_args__ = (
        Index("resource", "resourceUuid", "resourceType", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(64))
    signedText: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class EthernetVfPciDeviceVO(Base):
    __tablename__ = "EthernetVfPciDeviceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["PciDeviceVO.uuid"], name="fkEthernetVfPciDeviceVO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["hostDevUuid"],
            ["HostEO.uuid"],
            name="fkEthernetVfPciDeviceVOHostEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkEthernetVfPciDeviceVOL3NetworkEO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["vmUuid"],
            ["VmInstanceEO.uuid"],
            name="fkEthernetVfPciDeviceVOVmInstanceEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostDevUuid: Mapped[Uuid | None]
    interfaceName: Mapped[str | None] = mapped_column(String(32))
    vmUuid: Mapped[Uuid | None]
    l3NetworkUuid: Mapped[Uuid | None]
    vfStatus: Mapped[str] = mapped_column(String(32))


class EventDataAckVO(Base):
    __tablename__ = "EventDataAckVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    alertDataUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    eventSubscriptionUuid: Mapped[Uuid]


class EventLogVO(Base):
    __tablename__ = "EventLogVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxEventLogVOCategory", "category"),
        Index("idxEventLogVOResourceUuid", "resourceUuid"),
        Index("idxEventLogVOTime", "time"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    content: Mapped[str] = mapped_column(mysql.TEXT())
    type: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(32))
    trackingId: Mapped[str | None] = mapped_column(String(32))
    resourceUuid: Mapped[Uuid | None]
    resourceType: Mapped[str | None] = mapped_column(String(255))
    time: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class EventRecordsVO(Base):
    __tablename__ = "EventRecordsVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxAccountUuid", "accountUuid"),
        Index("idxAccountUuidCreateTime", "accountUuid", "createTime"),
        Index("idxAccountUuidHourEmergencyLevel", "accountUuid", "hour", "emergencyLevel"),
        Index("idxCreateTime", "createTime"),
        Index("idxCreateTimeReadStatusEmergencyLevel", "createTime", "emergencyLevel", "readStatus", "accountUuid"),
        Index("idxDataUuid", "dataUuid"),
        Index("idxName", "name", **prefix_lengths({"name": 255})),
        Index("idxSubscriptionUuid", "subscriptionUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    createTime: Mapped[int] = mapped_column(mysql.BIGINT())
    accountUuid: Mapped[Uuid | None]
    dataUuid: Mapped[Uuid | None]
    emergencyLevel: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(String(256))
    error: Mapped[str | None] = mapped_column(mysql.TEXT())
    labels: Mapped[str | None] = mapped_column(mysql.TEXT())
    namespace: Mapped[str | None] = mapped_column(String(256))
    readStatus: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    resourceId: Mapped[str | None] = mapped_column(String(32))
    resourceName: Mapped[str | None] = mapped_column(String(256))
    subscriptionUuid: Mapped[Uuid | None]
    hour: Mapped[int | None] = mapped_column(mysql.INTEGER(10))


class EventRuleTemplateVO(Base):
    __tablename__ = "EventRuleTemplateVO"
    __table_args__ = (
        Index("monitorTemplateUuid", "monitorTemplateUuid"),
        ForeignKeyConstraint(
            ["monitorTemplateUuid"],
            ["MonitorTemplateVO.uuid"],
            name="fkEventRuleTemplateVOMonitorTemplateVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    monitorTemplateUuid: Mapped[Uuid]
    namespace: Mapped[str] = mapped_column(String(255))
    eventName: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    emergencyLevel: Mapped[str | None] = mapped_column(String(64))
    labels: Mapped[str | None] = mapped_column(String(4096))


class EventSubscriptionActionVO(Base):
    __tablename__ = "EventSubscriptionActionVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["subscriptionUuid"],
            ["EventSubscriptionVO.uuid"],
            name="fkEventSubscriptionActionVOEventSubscriptionVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    subscriptionUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    actionUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    actionType: Mapped[str] = mapped_column(String(128))
    createDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'2018-05-10 06:04:00'"),
    )
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'2018-05-10 06:04:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class EventSubscriptionLabelVO(Base):
    __tablename__ = "EventSubscriptionLabelVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["subscriptionUuid"],
            ["EventSubscriptionVO.uuid"],
            name="fkEventSubscriptionLabelVOEventSubscriptionVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(1024))
    value: Mapped[str] = mapped_column(mysql.TEXT())
    operator: Mapped[str] = mapped_column(String(128))
    subscriptionUuid: Mapped[Uuid]


class EventSubscriptionVO(Base):
    __tablename__ = "EventSubscriptionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    namespace: Mapped[str] = mapped_column(String(255))
    eventName: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    name: Mapped[str | None] = mapped_column(String(255))
    emergencyLevel: Mapped[str | None] = mapped_column(String(64))


class ExponBlockVolumeVO(Base):
    __tablename__ = "ExponBlockVolumeVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BlockVolumeVO.uuid"],
            name="fkExponBlockVolumeVOBlockVolumeVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    exponStatus: Mapped[str | None] = mapped_column(String(32))


class ExternalBackupMetadataVO(Base):
    __tablename__ = "ExternalBackupMetadataVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["uuid"],
            ["ExternalBackupVO.uuid"],
            name="fkExternalBackupMetadataVOExternalBackupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    metadata_: Mapped[str | None] = mapped_column("metadata", mysql.TEXT())


class ExternalBackupVO(Base):
    __tablename__ = "ExternalBackupVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(String(1024))
    type: Mapped[str] = mapped_column(String(32))
    installPath: Mapped[str | None] = mapped_column(String(2048))
    totalSize: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    version: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ExternalPrimaryStorageVO(Base):
    __tablename__ = "ExternalPrimaryStorageVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    identity: Mapped[str] = mapped_column(String(32))
    config: Mapped[str | None] = mapped_column(String(2048))
    password: Mapped[str | None] = mapped_column(String(255))
    addonInfo: Mapped[str | None] = mapped_column(String(2048))
    defaultProtocol: Mapped[str] = mapped_column(String(255))
