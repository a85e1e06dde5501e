"""Tables named Sa_sl...: SanSecSecretResourcePoolVO, SanSecSecurityMachineVO, SchedulerJobGroupJobRefVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class SanSecSecretResourcePoolVO(Base):
    __tablename__ = "SanSecSecretResourcePoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecretResourcePoolVO.uuid"],
            name="fkSanSecSecretResourcePoolVOSecretResourcePoolVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    keyIndex: Mapped[str | None] = mapped_column(String(128))
    managementIp: Mapped[str | None] = mapped_column(String(128))
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    username: Mapped[str | None] = mapped_column(String(128))
    password: Mapped[str | None] = mapped_column(String(128))
    sm3Key: Mapped[str | None] = mapped_column(String(128))
    sm4Key: Mapped[str | None] = mapped_column(String(128))


class SanSecSecurityMachineVO(Base):
    __tablename__ = "SanSecSecurityMachineVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecurityMachineVO.uuid"],
            name="fkSanSecurityMachineVOSecurityMachineVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    password: Mapped[str | None] = mapped_column(String(255))


class SchedulerJobGroupJobRefVO(Base):
    __tablename__ = "SchedulerJobGroupJobRefVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    schedulerJobUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    schedulerJobGroupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SchedulerJobGroupSchedulerTriggerRefVO(Base):
    __tablename__ = "SchedulerJobGroupSchedulerTriggerRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["schedulerJobGroupUuid"],
            ["SchedulerJobGroupVO.uuid"],
            name="fkSchedulerJobGroupSchedulerTriggerRefVOSchedulerJobGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["schedulerTriggerUuid"],
            ["SchedulerTriggerVO.uuid"],
            name="fkSchedulerJobGroupSchedulerTriggerRefVOSchedulerTriggerVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    schedulerJobGroupUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    schedulerTriggerUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SchedulerJobGroupVO(Base):
    __tablename__ = "SchedulerJobGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    jobType: Mapped[str | None] = mapped_column(String(32))
    jobClassName: Mapped[str | None] = mapped_column(String(255))
    jobData: Mapped[str | None] = mapped_column(mysql.TEXT())
    state: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SchedulerJobHistoryVO(Base):
    __tablename__ = "SchedulerJobHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxSchedulerJobHistoryVOExecuteTime", "executeTime"),
        Index("idxSchedulerJobHistoryVOFireInstanceId", "fireInstanceId"),
        Index("idxSchedulerJobHistoryVOSchedulerJobGroupUuid", "schedulerJobGroupUuid"),
        Index("idxSchedulerJobHistoryVOSchedulerJobUuid", "schedulerJobUuid"),
        Index("idxSchedulerJobHistoryVOStartTime", "startTime"),
        Index("idxSchedulerJobHistoryVOTargetResourceUuid", "targetResourceUuid"),
        Index("idxSchedulerJobHistoryVOTriggerUuid", "triggerUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    triggerUuid: Mapped[Uuid | None]
    schedulerJobUuid: Mapped[Uuid]
    schedulerJobGroupUuid: Mapped[Uuid | None]
    targetResourceUuid: Mapped[Uuid]
    startTime: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("CURRENT_TIMESTAMP"))
    executeTime: Mapped[int | None] = mapped_column(mysql.BIGINT())
    requestDump: Mapped[str | None] = mapped_column(mysql.TEXT())
    resultDump: Mapped[str | None] = mapped_column(mysql.TEXT())
    success: Mapped[Flag] = mapped_column(server_default=text("0"))
    jobType: Mapped[str | None] = mapped_column(String(255))
    fireInstanceId: Mapped[str | None] = mapped_column(String(32))


class SchedulerJobSchedulerTriggerRefVO(Base):
    __tablename__ = "SchedulerJobSchedulerTriggerRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["schedulerJobUuid"],
            ["SchedulerJobVO.uuid"],
            name="fkSchedulerJobSchedulerTriggerRefVOSchedulerJobVO",
        ),
        ForeignKeyConstraint(
            ["schedulerTriggerUuid"],
            ["SchedulerTriggerVO.uuid"],
            name="fkSchedulerJobSchedulerTriggerRefVOSchedulerTriggerVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    schedulerJobUuid: Mapped[Uuid]
    schedulerTriggerUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SchedulerJobVO(Base):
    __tablename__ = "SchedulerJobVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["managementNodeUuid"],
            ["ManagementNodeVO.uuid"],
            name="fkSchedulerJobVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    targetResourceUuid: Mapped[Uuid]
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    jobClassName: Mapped[str | None] = mapped_column(String(255))
    jobData: Mapped[str | None] = mapped_column(mysql.TEXT())
    state: Mapped[str | None] = mapped_column(String(255))
    managementNodeUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SchedulerTriggerVO(Base):
    __tablename__ = "SchedulerTriggerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["managementNodeUuid"],
            ["ManagementNodeVO.uuid"],
            name="fkSchedulerTriggerVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    schedulerType: Mapped[str] = mapped_column(String(255))
    schedulerInterval: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    repeatCount: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    managementNodeUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    startTime: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00'"),
    )
    stopTime: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00'"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    cron: Mapped[str | None] = mapped_column(String(255), comment="interval in cron format")


class SchedulerVO(Base):
    __tablename__ = "SchedulerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["managementNodeUuid"],
            ["ManagementNodeVO.uuid"],
            name="fkSchedulerVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    targetResourceUuid: Mapped[Uuid]
    schedulerName: Mapped[str] = mapped_column(String(255))
    schedulerDescription: Mapped[str | None] = mapped_column(String(2048))
    schedulerType: Mapped[str] = mapped_column(String(255))
    schedulerInterval: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    repeatCount: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    cronScheduler: Mapped[str | None] = mapped_column(String(255))
    jobName: Mapped[str | None] = mapped_column(String(255))
    jobGroup: Mapped[str | None] = mapped_column(String(255))
    triggerName: Mapped[str | None] = mapped_column(String(255))
    triggerGroup: Mapped[str | None] = mapped_column(String(255))
    jobClassName: Mapped[str | None] = mapped_column(String(255))
    jobData: Mapped[str | None] = mapped_column(mysql.TEXT())
    state: Mapped[str | None] = mapped_column(String(128))
    managementNodeUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    startTime: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    stopTime: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    schedulerJob: Mapped[str | None] = mapped_column(String(2048))


class ScsiLunHostRefVO(Base):
    __tablename__ = "ScsiLunHostRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkScsiLunHostRefVOHostVO", ondelete="CASCADE"),
        ForeignKeyConstraint(["scsiLunUuid"], ["LunVO.uuid"], name="fkScsiLunHostRefVOScsiLunVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    hostUuid: Mapped[Uuid]
    scsiLunUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    hctl: Mapped[str | None] = mapped_column(String(64))
    path: Mapped[str | None] = mapped_column(String(128))


class ScsiLunVmInstanceRefVO(Base):
    __tablename__ = "ScsiLunVmInstanceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(["scsiLunUuid"], ["LunVO.uuid"], name="fkScsiLunVmInstanceRefVOScsiLunVO"),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkScsiLunVmInstanceRefVOVmInstanceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmInstanceUuid: Mapped[Uuid]
    scsiLunUuid: Mapped[Uuid]
    deviceId: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    attachMultipath: Mapped[Flag] = mapped_column(server_default=text("1"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SdnControllerVO(Base):
    __tablename__ = "SdnControllerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vendorType: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    ip: Mapped[str] = mapped_column(String(255))
    username: Mapped[str] = mapped_column(String(255))
    password: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SecretResourcePoolVO(Base):
    __tablename__ = "SecretResourcePoolVO"
    __table_args__ = (
        Index("idxSecretResourcePoolVOUuid", "uuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkSecretResourcePoolVOZoneEO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    zoneUuid: Mapped[Uuid]
    name: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(32))
    heartbeatInterval: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    description: Mapped[str | None] = mapped_column(String(2048))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    status: Mapped[str] = mapped_column(String(32), server_default=text("'Connected'"))
    ability: Mapped[str] = mapped_column(String(256), server_default=text("'All'"))


class SecurityGroupFailureHostVO(Base):
    __tablename__ = "SecurityGroupFailureHostVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="fkSecurityGroupFailureHostVOHostEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["managementNodeId"],
            ["ManagementNodeVO.uuid"],
            name="fkSecurityGroupFailureHostVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    hostUuid: Mapped[Uuid]
    securityGroupUuid: Mapped[Uuid | None]
    managementNodeId: Mapped[str | None] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SecurityGroupL3NetworkRefVO(Base):
    __tablename__ = "SecurityGroupL3NetworkRefVO"
    __table_args__ = (
        Index("uqSecurityGroupL3NetworkRefVO", "l3NetworkUuid", "securityGroupUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkSecurityGroupL3NetworkRefVOL3NetworkEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["securityGroupUuid"],
            ["SecurityGroupVO.uuid"],
            name="fkSecurityGroupL3NetworkRefVOSecurityGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    l3NetworkUuid: Mapped[Uuid]
    securityGroupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SecurityGroupRuleVO(Base):
    __tablename__ = "SecurityGroupRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["remoteSecurityGroupUuid"],
            ["SecurityGroupVO.uuid"],
            name="fkSecurityGroupRuleVORemoteSecurityGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["securityGroupUuid"],
            ["SecurityGroupVO.uuid"],
            name="fkSecurityGroupRuleVOSecurityGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    securityGroupUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(255))
    protocol: Mapped[str] = mapped_column(String(255))
    priority: Mapped[int | None] = mapped_column(mysql.INTEGER(), server_default=text("-1"))
    action: Mapped[str] = mapped_column(String(32), server_default=text("'ACCEPT'"))
    description: Mapped[str | None] = mapped_column(String(255))
    dstIpRange: Mapped[str | None] = mapped_column(String(1024))
    srcIpRange: Mapped[str | None] = mapped_column(String(1024))
    dstPortRange: Mapped[str | None] = mapped_column(String(255))
    srcPortRange: Mapped[str | None] = mapped_column(String(255))
    allowedCidr: Mapped[str] = mapped_column(String(255))
    startPort: Mapped[int] = mapped_column(mysql.INTEGER())
    endPort: Mapped[int] = mapped_column(mysql.INTEGER())
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    remoteSecurityGroupUuid: Mapped[str | None] = mapped_column(String(255))
    ipVersion: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4"))


class SecurityGroupSequenceNumberVO(Base):
    __tablename__ = "SecurityGroupSequenceNumberVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)


class SecurityGroupVO(Base):
    __tablename__ = "SecurityGroupVO"
    __table_args__ = (
        Index("idxSecurityGroupVOname", "name"),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(32))
    internalId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    ipVersion: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4"))


class SecurityMachineVO(Base):
    __tablename__ = "SecurityMachineVO"
    __table_args__ = (
        Index("idxSecurityMachineVOSecretResourcePoolUuid", "secretResourcePoolUuid"),
        Index("idxSecurityMachineVOUuid", "uuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["secretResourcePoolUuid"],
            ["SecretResourcePoolVO.uuid"],
            name="fkSecurityMachineVOSecretResourcePoolVO",
            use_alter=True,
        ),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkSecurityMachineVOZoneEO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    zoneUuid: Mapped[Uuid]
    secretResourcePoolUuid: Mapped[Uuid]
    name: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(32))
    managementIp: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class SessionVO(Base):
    __tablename__ = "SessionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountUuid"], ["AccountVO.uuid"], name="fkSessionVOAccountVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountUuid: Mapped[Uuid]
    userUuid: Mapped[Uuid | None]
    expiredDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP())
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SftpBackupStorageVO(Base):
    __tablename__ = "SftpBackupStorageVO"
    __table_args__ = (
        Index("hostname", "hostname", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BackupStorageEO.uuid"],
            name="fkSftpBackupStorageVOBackupStorageEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(String(255))
    username: Mapped[str] = mapped_column(String(255))
    password: Mapped[str] = mapped_column(String(255))
    sshPort: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("22"))


class ShareableVolumeVmInstanceRefVO(Base):
    __tablename__ = "ShareableVolumeVmInstanceRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        Index("volumeUuid", "volumeUuid", "vmInstanceUuid", unique=True),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkShareableVolumeVmInstanceRefVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["volumeUuid"],
            ["VolumeEO.uuid"],
            name="fkShareableVolumeVmInstanceRefVOVolumeEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    volumeUuid: Mapped[Uuid]
    vmInstanceUuid: Mapped[str] = mapped_column(String(255))
    deviceId: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SharedBlockCapacityVO(Base):
    __tablename__ = "SharedBlockCapacityVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SharedBlockVO.uuid"],
            name="fkSharedBlockCapacityVOSharedBlockVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="shared block uuid")
    totalCapacity: Mapped[int] = mapped_column(
        mysql.BIGINT(unsigned=True),
        server_default=text("0"),
        comment="total capacity of shared block in bytes",
    )
    availableCapacity: Mapped[int] = mapped_column(
        mysql.BIGINT(unsigned=True),
        server_default=text("0"),
        comment="available capacity of shared block in bytes",
    )
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SharedBlockGroupPrimaryStorageHostRefVO(Base):
    __tablename__ = "SharedBlockGroupPrimaryStorageHostRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["id"],
            ["PrimaryStorageHostRefVO.id"],
            name="fkSharedBlockGroupPrimaryStorageHostRefVOPrimaryStorageHostRefVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    hostId: Mapped[int] = mapped_column(mysql.INTEGER())
    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=False)


class SharedBlockGroupVO(Base):
    __tablename__ = "SharedBlockGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sharedBlockGroupType: Mapped[str] = mapped_column(String(128))


class SharedBlockVO(Base):
    __tablename__ = "SharedBlockVO"
    __table_args__ = (
        Index("diskUuid", "diskUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["sharedBlockGroupUuid"],
            ["SharedBlockGroupVO.uuid"],
            name="fkSharedBlockVOSharedBlockGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sharedBlockGroupUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(128))
    diskUuid: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SharedResourceVO(Base):
    __tablename__ = "SharedResourceVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxToPublic", "toPublic"),
        Index("ownerAccountUuid", "ownerAccountUuid", "receiverAccountUuid", "resourceUuid", "toPublic", unique=True),
        ForeignKeyConstraint(
            ["ownerAccountUuid"],
            ["AccountVO.uuid"],
            name="fkSharedResourceVOAccountVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["receiverAccountUuid"],
            ["AccountVO.uuid"],
            name="fkSharedResourceVOAccountVO1",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkSharedResourceVOResourceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    ownerAccountUuid: Mapped[Uuid]
    receiverAccountUuid: Mapped[Uuid | None]
    toPublic: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    resourceType: Mapped[str] = mapped_column(String(256))
    resourceUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    permission: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("1"))


class SimulatorHostVO(Base):
    __tablename__ = "SimulatorHostVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["HostEO.uuid"],
            name="fkSimulatorHostVOHostEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="host uuid")
    memoryCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="total memory of host in bytes")
    cpuCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="total cpu of host in HZ")


class SlbGroupL3NetworkRefVO(Base):
    __tablename__ = "SlbGroupL3NetworkRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkSlbGroupL3NetworkRefVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["slbGroupUuid"],
            ["SlbGroupVO.uuid"],
            name="fkSlbGroupL3NetworkRefVOSlbGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    slbGroupUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class SlbGroupMonitorIpVO(Base):
    __tablename__ = "SlbGroupMonitorIpVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["slbGroupUuid"],
            ["SlbGroupVO.uuid"],
            name="fkSlbGroupConfigTaskVOSlbGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    slbGroupUuid: Mapped[Uuid]
    monitorIp: Mapped[str | None] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SlbGroupVO(Base):
    __tablename__ = "SlbGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["slbOfferingUuid"],
            ["SlbOfferingVO.uuid"],
            name="fkSlbGroupVOSlbOfferingVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    backendType: Mapped[str] = mapped_column(String(255))
    deployType: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    slbOfferingUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    configVersion: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))


class SlbLoadBalancerVO(Base):
    __tablename__ = "SlbLoadBalancerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["slbGroupUuid"],
            ["SlbGroupVO.uuid"],
            name="fkSlbLoadBalancerVOSlbGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    slbGroupUuid: Mapped[Uuid]


class SlbOfferingVO(Base):
    __tablename__ = "SlbOfferingVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["InstanceOfferingEO.uuid"],
            name="fkSlbOfferingVOInstanceOfferingEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["managementNetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkSlbOfferingVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    managementNetworkUuid: Mapped[Uuid]
    imageUuid: Mapped[Uuid]
    zoneUuid: Mapped[Uuid]


class SlbVmInstanceConfigTaskVO(Base):
    __tablename__ = "SlbVmInstanceConfigTaskVO"
    __table_args__ = (
        Index("configVersion", "configVersion", unique=True),
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["SlbVmInstanceVO.uuid"],
            name="fkSlbVmInstanceConfigTaskVOSlbVmInstanceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vmInstanceUuid: Mapped[Uuid]
    configVersion: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    taskName: Mapped[str] = mapped_column(String(32))
    taskData: Mapped[str] = mapped_column(mysql.TEXT())
    lastFailedReason: Mapped[str] = mapped_column(String(1024))
    retryNumber: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SlbVmInstanceVO(Base):
    __tablename__ = "SlbVmInstanceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["slbGroupUuid"],
            ["SlbGroupVO.uuid"],
            name="fkSlbVmInstanceVOSlbGroupVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(["uuid"], ["VmInstanceEO.uuid"], name="fkSlbVmInstanceVOVmInstanceEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    slbGroupUuid: Mapped[Uuid | None]
    configVersion: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
