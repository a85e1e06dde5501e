"""Tables named M...: ManagementNodeContextVO, ManagementNodeVO, MdevDeviceSpecVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class ManagementNodeContextVO(Base):
    __tablename__ = "ManagementNodeContextVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=False)
    inventory: Mapped[bytes | None] = mapped_column(mysql.BLOB())


class ManagementNodeVO(Base):
    __tablename__ = "ManagementNodeVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostName: Mapped[str | None] = mapped_column(String(255))
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    state: Mapped[str] = mapped_column(String(128))
    joinDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP(), server_default=text("CURRENT_TIMESTAMP"))
    heartBeat: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class MdevDeviceSpecVO(Base):
    __tablename__ = "MdevDeviceSpecVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(2048))
    specification: Mapped[str | None] = mapped_column(mysql.TEXT())
    type: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    vendor: Mapped[str | None] = mapped_column(String(128))


class MdevDeviceVO(Base):
    __tablename__ = "MdevDeviceVO"
    __table_args__ = (
        Index("idxMdevDeviceVOhostUuid", "hostUuid"),
        Index("idxMdevDeviceVOmdevSpecUuid", "mdevSpecUuid"),
        Index("idxMdevDeviceVOparentUuid", "parentUuid"),
        Index("idxMdevDeviceVOtype", "type"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="fkMdevDeviceVOHostEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["mdevSpecUuid"],
            ["MdevDeviceSpecVO.uuid"],
            name="fkMdevDeviceVOMdevSpecVO",
            use_alter=True,
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["mttyUuid"],
            ["MttyDeviceVO.uuid"],
            name="fkMdevDeviceVOMttyDeviceVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["parentUuid"],
            ["PciDeviceVO.uuid"],
            name="fkMdevDeviceVOPciDeviceVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkMdevDeviceVOVmInstanceEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(2048))
    hostUuid: Mapped[Uuid]
    parentUuid: Mapped[Uuid | None]
    vmInstanceUuid: Mapped[Uuid | None]
    mdevSpecUuid: Mapped[Uuid | None]
    type: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    chooser: Mapped[str | None] = mapped_column(String(32), server_default=text("'None'"))
    mttyUuid: Mapped[Uuid | None]
    vendor: Mapped[str | None] = mapped_column(String(128))


class MediaVO(Base):
    __tablename__ = "MediaVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class MetricDataHttpReceiverVO(Base):
    __tablename__ = "MetricDataHttpReceiverVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    url: Mapped[str] = mapped_column(String(256))
    state: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MetricRuleTemplateVO(Base):
    __tablename__ = "MetricRuleTemplateVO"
    __table_args__ = (
        Index("monitorTemplateUuid", "monitorTemplateUuid"),
        ForeignKeyConstraint(
            ["monitorTemplateUuid"],
            ["MonitorTemplateVO.uuid"],
            name="fkMetricRuleTemplateVOMonitorTemplateVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    monitorTemplateUuid: Mapped[Uuid]
    comparisonOperator: Mapped[str] = mapped_column(String(128))
    period: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    repeatInterval: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    namespace: Mapped[str] = mapped_column(String(255))
    metricName: Mapped[str] = mapped_column(String(512))
    threshold: Mapped[float] = mapped_column(mysql.DOUBLE())
    repeatCount: Mapped[int | None] = mapped_column(mysql.INTEGER())
    enableRecovery: Mapped[Flag] = mapped_column(server_default=text("0"))
    emergencyLevel: Mapped[str | None] = mapped_column(String(64))
    labels: Mapped[str | None] = mapped_column(String(4096))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MetricTemplateVO(Base):
    __tablename__ = "MetricTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["receiverUuid"],
            ["MetricDataHttpReceiverVO.uuid"],
            name="fkMetricTemplateVOMetricDataHttpReceiverVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    receiverUuid: Mapped[Uuid]
    template: Mapped[str] = mapped_column(String(4096))
    namespace: Mapped[str] = mapped_column(String(64))
    metricName: Mapped[str] = mapped_column(String(128))
    labelsJsonStr: Mapped[str | None] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MiniStorageHostRefVO(Base):
    __tablename__ = "MiniStorageHostRefVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=False)
    totalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availableCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    totalPhysicalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availablePhysicalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))


class MiniStorageResourceReplicationVO(Base):
    __tablename__ = "MiniStorageResourceReplicationVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkMiniStorageResourceReplicationVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="mini storage replications")
    type: Mapped[str] = mapped_column(String(32), comment="resource type")
    state: Mapped[str] = mapped_column(String(32), comment="replication state")
    resourceUuid: Mapped[Uuid] = mapped_column(comment="resource uuid")
    size: Mapped[int | None] = mapped_column(
        mysql.BIGINT(unsigned=True),
        server_default=text("0"),
        comment="resource size",
    )
    port: Mapped[int | None] = mapped_column(
        mysql.BIGINT(unsigned=True),
        server_default=text("0"),
        comment="resource port on host",
    )
    hostUuid: Mapped[Uuid] = mapped_column(comment="host")
    primaryStorageUuid: Mapped[Uuid] = mapped_column(comment="primary storage uuid")
    networkStatus: Mapped[str | None] = mapped_column(String(32), comment="replication network status")
    diskStatus: Mapped[str | None] = mapped_column(String(32), comment="replication disk status")
    role: Mapped[str | None] = mapped_column(String(32), comment="replication role")
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MiniStorageVO(Base):
    __tablename__ = "MiniStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="mini storage")
    miniStorageType: Mapped[str] = mapped_column(String(32), comment="type")
    diskIdentifier: Mapped[str | None] = mapped_column(String(255), comment="disk wwid/wwn/etc")


class MirrorNetworkUsedIpVO(Base):
    __tablename__ = "MirrorNetworkUsedIpVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkMirrorNetworkUsedIpVOClusterEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkMirrorNetworkUsedIpVOHostEO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkMirrorNetworkUsedIpVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    clusterUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    description: Mapped[str | None] = mapped_column(String(1024))


class MonitorGroupAlarmVO(Base):
    __tablename__ = "MonitorGroupAlarmVO"
    __table_args__ = (
        Index("groupUuid", "groupUuid"),
        ForeignKeyConstraint(
            ["groupUuid"],
            ["MonitorGroupVO.uuid"],
            name="fkMonitorGroupAlarmVOMonitorGroupVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    groupUuid: Mapped[Uuid]
    alarmUuid: Mapped[Uuid]
    metricRuleTemplateUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MonitorGroupEventSubscriptionVO(Base):
    __tablename__ = "MonitorGroupEventSubscriptionVO"
    __table_args__ = (
        Index("groupUuid", "groupUuid"),
        ForeignKeyConstraint(
            ["groupUuid"],
            ["MonitorGroupVO.uuid"],
            name="fkMonitorGroupEventSubscriptionVOMonitorGroupVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    groupUuid: Mapped[Uuid]
    eventSubscriptionUuid: Mapped[Uuid]
    eventRuleTemplateUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MonitorGroupInstanceVO(Base):
    __tablename__ = "MonitorGroupInstanceVO"
    __table_args__ = (
        Index("groupUuid", "groupUuid"),
        Index("groupUuidInstanceUuid", "groupUuid", "instanceUuid", unique=True),
        Index("instanceUuid", "instanceUuid"),
        ForeignKeyConstraint(
            ["groupUuid"],
            ["MonitorGroupVO.uuid"],
            name="fkMonitorGroupInstanceVOMonitorGroupVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    groupUuid: Mapped[Uuid]
    instanceResourceType: Mapped[str] = mapped_column(String(128))
    instanceUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MonitorGroupTemplateRefVO(Base):
    __tablename__ = "MonitorGroupTemplateRefVO"
    __table_args__ = (
        Index("groupUuidTemplateUuid", "groupUuid", "templateUuid", unique=True),
        ForeignKeyConstraint(
            ["groupUuid"],
            ["MonitorGroupVO.uuid"],
            name="fkMonitorGroupTemplateRefVOMonitorGroupVO",
            use_alter=True,
        ),
        ForeignKeyConstraint(
            ["templateUuid"],
            ["MonitorTemplateVO.uuid"],
            name="fkMonitorGroupTemplateRefVOMonitorTemplateVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    templateUuid: Mapped[Uuid]
    groupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    isApplied: Mapped[Flag] = mapped_column(server_default=text("1"))


class MonitorGroupVO(Base):
    __tablename__ = "MonitorGroupVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(255))
    actions: Mapped[str | None] = mapped_column(String(4096))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MonitorTemplateVO(Base):
    __tablename__ = "MonitorTemplateVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MonitorTriggerActionRefVO(Base):
    __tablename__ = "MonitorTriggerActionRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["actionUuid"],
            ["MonitorTriggerActionVO.uuid"],
            name="fkMonitorTriggerActionRefVOMonitorTriggerActionVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["triggerUuid"],
            ["MonitorTriggerVO.uuid"],
            name="fkMonitorTriggerActionRefVOMonitorTriggerVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    actionUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    triggerUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class MonitorTriggerActionVO(Base):
    __tablename__ = "MonitorTriggerActionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class MonitorTriggerVO(Base):
    __tablename__ = "MonitorTriggerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    expression: Mapped[str] = mapped_column(String(2048))
    recoveryExpression: Mapped[str | None] = mapped_column(String(2048))
    description: Mapped[str | None] = mapped_column(String(2048))
    contextData: Mapped[str | None] = mapped_column(mysql.TEXT())
    duration: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    status: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(64))
    targetResourceUuid: Mapped[Uuid]
    lastStatusChangeTime: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00'"),
    )
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class MttyDeviceVO(Base):
    __tablename__ = "MttyDeviceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkDeviceVOHostEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    hostUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    virtStatus: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MulticastRouterRendezvousPointVO(Base):
    __tablename__ = "MulticastRouterRendezvousPointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["multicastRouterUuid"],
            ["MulticastRouterVO.uuid"],
            name="fkMultiCastRouterRendezvousPointVOMulticastRouterVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    multicastRouterUuid: Mapped[Uuid]
    rpAddress: Mapped[str] = mapped_column(String(64))
    groupAddress: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MulticastRouterVO(Base):
    __tablename__ = "MulticastRouterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class MulticastRouterVpcVRouterRefVO(Base):
    __tablename__ = "MulticastRouterVpcVRouterRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["MulticastRouterVO.uuid"],
            name="fkMulticastRouterVpcVRouterRefVOMulticastRouterVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vpcRouterUuid"],
            ["VpcRouterVmVO.uuid"],
            name="fkMulticastRouterVpcVRouterRefVOVpcRouterVmVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vpcRouterUuid: Mapped[Uuid]
