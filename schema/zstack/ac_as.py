"""Tables named Ac_as...: AccessControlListEntryVO, AccessControlListVO, AccessControlRuleVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import after_table, table_options
from zsgate.schema.releases import BASELINE


class AccessControlListEntryVO(Base):
    __tablename__ = "AccessControlListEntryVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["aclUuid"],
            ["AccessControlListVO.uuid"],
            name="fkACLRuleVOAccessControlListVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    aclUuid: Mapped[Uuid]
    ipEntries: Mapped[str | None] = mapped_column(String(2048))
    description: Mapped[str | None] = mapped_column(String(2048))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    type: Mapped[str] = mapped_column(String(32), server_default=text("'IpEntry'"))
    name: Mapped[str | None] = mapped_column(String(32))
    matchMethod: Mapped[str | None] = mapped_column(String(32))
    criterion: Mapped[str | None] = mapped_column(String(32))
    domain: Mapped[str | None] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(String(255))
    redirectRule: Mapped[str | None] = mapped_column(String(1024))


class AccessControlListVO(Base):
    __tablename__ = "AccessControlListVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    ipVersion: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4"))
    description: Mapped[str | None] = mapped_column(String(2048))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class AccessControlRuleVO(Base):
    __tablename__ = "AccessControlRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    strategy: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class AccessKeyVO(Base):
    __tablename__ = "AccessKeyVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountUuid: Mapped[Uuid]
    userUuid: Mapped[Uuid]
    AccessKeyID: Mapped[str] = mapped_column(String(128))
    AccessKeySecret: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AccountPriceTableRefVO(Base):
    __tablename__ = "AccountPriceTableRefVO"
    __table_args__ = (
        Index("accountUuid", "accountUuid", unique=True),
        ForeignKeyConstraint(
            ["accountUuid"],
            ["AccountVO.uuid"],
            name="fkAccountPriceTableRefVOAccountVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["tableUuid"],
            ["PriceTableVO.uuid"],
            name="fkAccountPriceTableRefVOPriceTableVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    tableUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AccountResourceRefVO(Base):
    __tablename__ = "AccountResourceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxAccountResourceRefVOresourceType", "resourceType"),
        Index("idxAccountResourceRefVOresourceUuid", "resourceUuid"),
        Index("resourceUuid", "resourceUuid", "resourceType", unique=True),
        ForeignKeyConstraint(
            ["accountUuid"],
            ["AccountVO.uuid"],
            name="fkAccountResourceRefVOAccountVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["ownerAccountUuid"],
            ["AccountVO.uuid"],
            name="fkAccountResourceRefVOAccountVO1",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkAccountResourceRefVOResourceVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    accountUuid: Mapped[Uuid]
    ownerAccountUuid: Mapped[Uuid]
    resourceUuid: Mapped[str] = mapped_column(String(255))
    resourceType: Mapped[str] = mapped_column(String(255))
    permission: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    isShared: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    concreteResourceType: Mapped[str] = mapped_column(String(512))


class AccountVO(Base):
    __tablename__ = "AccountVO"
    __table_args__ = (
        Index("idxAccountVOname", "name"),
        Index("name", "name", unique=True),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="account uuid")
    name: Mapped[str] = mapped_column(String(255))
    password: Mapped[str] = mapped_column(String(255), comment="password")
    type: Mapped[str] = mapped_column(String(128), comment="account type")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    description: Mapped[str | None] = mapped_column(String(2048))


class ActiveAlarmTemplateVO(Base):
    __tablename__ = "ActiveAlarmTemplateVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    alarmName: Mapped[str] = mapped_column(String(255))
    comparisonOperator: Mapped[str] = mapped_column(String(128))
    period: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    repeatInterval: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    namespace: Mapped[str] = mapped_column(String(255))
    metricName: Mapped[str] = mapped_column(String(512))
    threshold: Mapped[float] = mapped_column(mysql.DOUBLE())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    repeatCount: Mapped[int | None] = mapped_column(mysql.INTEGER())
    enableRecovery: Mapped[Flag] = mapped_column(server_default=text("0"))
    emergencyLevel: Mapped[str | None] = mapped_column(String(64))
    labels: Mapped[str | None] = mapped_column(String(4096))


class ActiveAlarmVO(Base):
    __tablename__ = "ActiveAlarmVO"
    __table_args__ = (
        Index("alarmUuid", "alarmUuid"),
        ForeignKeyConstraint(
            ["templateUuid"],
            ["ActiveAlarmTemplateVO.uuid"],
            name="fkActiveAlarmVOActiveAlarmTemplateVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    templateUuid: Mapped[Uuid]
    alarmUuid: Mapped[Uuid]
    namespace: Mapped[str] = mapped_column(String(128))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AddingNewInstanceRuleVO(Base):
    __tablename__ = "AddingNewInstanceRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    AdjustmentType: Mapped[str] = mapped_column(String(256))
    adjustmentValue: Mapped[int] = mapped_column(mysql.INTEGER(10))


class AddressPoolVO(Base):
    __tablename__ = "AddressPoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["IpRangeEO.uuid"], name="fkAddressPoolVOIpRangeEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)


class AffinityGroupUsageVO(Base):
    __tablename__ = "AffinityGroupUsageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["affinityGroupUuid"],
            ["AffinityGroupVO.uuid"],
            name="fkAffinityGroupUsageVOcreateAffinityGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    affinityGroupUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(255))
    resourceUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AffinityGroupVO(Base):
    __tablename__ = "AffinityGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    policy: Mapped[str] = mapped_column(String(255))
    version: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(255))
    appliance: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    state: Mapped[str | None] = mapped_column(String(128), server_default=text("'Enabled'"))
    zoneUuid: Mapped[Uuid | None]


class AgentVersionVO(Base):
    __tablename__ = "AgentVersionVO"
    __table_args__ = (
        ForeignKeyConstraint(["uuid"], ["ResourceVO.uuid"], name="fkAgentVersionVOResourceVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    agentType: Mapped[str | None] = mapped_column(String(255))
    currentVersion: Mapped[str | None] = mapped_column(String(255))
    expectVersion: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AiSiNoSecretResourcePoolVO(Base):
    __tablename__ = "AiSiNoSecretResourcePoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecretResourcePoolVO.uuid"],
            name="fkAiSiNoSecretResourcePoolVOSecretResourcePoolVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    managementIp: Mapped[str] = mapped_column(String(32))
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    route: Mapped[str] = mapped_column(String(32))
    clientID: Mapped[str] = mapped_column(String(32))
    clientSecrete: Mapped[str] = mapped_column(String(32))
    appId: Mapped[str] = mapped_column(String(8))
    keyNumSM2: Mapped[str] = mapped_column(String(8))
    keyNumSM4: Mapped[str] = mapped_column(String(8))


class AlarmActionVO(Base):
    __tablename__ = "AlarmActionVO"
    __table_args__ = (
        ForeignKeyConstraint(["alarmUuid"], ["AlarmVO.uuid"], name="fkAlarmActionVOAlarmVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    alarmUuid: Mapped[Uuid] = mapped_column(primary_key=True)
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


class AlarmDataAckVO(Base):
    __tablename__ = "AlarmDataAckVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    alertDataUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    alarmUuid: Mapped[Uuid]


class AlarmLabelVO(Base):
    __tablename__ = "AlarmLabelVO"
    __table_args__ = (
        Index("alarmUuid", "alarmUuid", "key", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["alarmUuid"],
            ["AlarmVO.uuid"],
            name="fkAlarmLabelVOAlarmVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(128))
    value: Mapped[str] = mapped_column(mysql.TEXT())
    operator: Mapped[str] = mapped_column(String(128))
    alarmUuid: Mapped[Uuid]


class AlarmRecordsVO(Base):
    __tablename__ = "AlarmRecordsVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxAccountUuid", "accountUuid"),
        Index("idxAccountUuidCreateTime", "accountUuid", "createTime"),
        Index("idxAccountUuidHourEmergencyLevel", "accountUuid", "hour", "emergencyLevel"),
        Index("idxAlarmUuid", "alarmUuid"),
        Index("idxCreateTime", "createTime"),
        Index("idxCreateTimeReadStatusEmergencyLevel", "createTime", "emergencyLevel", "readStatus", "accountUuid"),
        Index("idxDataUuid", "dataUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    createTime: Mapped[int] = mapped_column(mysql.BIGINT())
    accountUuid: Mapped[Uuid | None]
    alarmName: Mapped[str] = mapped_column(String(255))
    alarmStatus: Mapped[str | None] = mapped_column(String(64))
    alarmUuid: Mapped[Uuid | None]
    comparisonOperator: Mapped[str | None] = mapped_column(String(128))
    context: Mapped[str | None] = mapped_column(mysql.TEXT())
    dataUuid: Mapped[Uuid | None]
    emergencyLevel: Mapped[str | None] = mapped_column(String(64))
    labels: Mapped[str | None] = mapped_column(mysql.TEXT())
    metricName: Mapped[str | None] = mapped_column(String(256))
    metricValue: Mapped[float | None] = mapped_column(mysql.DOUBLE())
    namespace: Mapped[str | None] = mapped_column(String(256))
    period: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    readStatus: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    resourceType: Mapped[str] = mapped_column(String(256))
    resourceUuid: Mapped[str | None] = mapped_column(mysql.TEXT())
    threshold: Mapped[float] = mapped_column(mysql.DOUBLE())
    hour: Mapped[int | None] = mapped_column(mysql.INTEGER(10))


class AlarmVO(Base):
    __tablename__ = "AlarmVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    comparisonOperator: Mapped[str] = mapped_column(String(128))
    period: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    repeatInterval: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    namespace: Mapped[str] = mapped_column(String(255))
    metricName: Mapped[str] = mapped_column(String(512))
    threshold: Mapped[float] = mapped_column(mysql.DOUBLE())
    status: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    type: Mapped[str] = mapped_column(String(32))
    repeatCount: Mapped[int | None] = mapped_column(mysql.INTEGER())
    enableRecovery: Mapped[Flag] = mapped_column(server_default=text("0"))
    emergencyLevel: Mapped[str | None] = mapped_column(String(64))


class AlertDataAckVO(Base):
    __tablename__ = "AlertDataAckVO"
    __table_args__ = (
        Index("resourceUuid", "resourceUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    alertDataUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    alertType: Mapped[str] = mapped_column(String(255))
    ackPeriod: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    resourceUuid: Mapped[Uuid]
    ackDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    resumeAlert: Mapped[Flag] = mapped_column(server_default=text("0"))
    operatorAccountUuid: Mapped[Uuid]


class AlertVO(Base):
    __tablename__ = "AlertVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    targetResourceUuid: Mapped[Uuid]
    triggerUuid: Mapped[Uuid]
    triggerStatus: Mapped[str] = mapped_column(String(64))
    content: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class AliyunDiskVO(Base):
    __tablename__ = "AliyunDiskVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["ecsInstanceUuid"], ["EcsInstanceVO.uuid"], name="fkAliyunDiskVOEcsInstanceVO"),
        ForeignKeyConstraint(["identityZoneUuid"], ["IdentityZoneVO.uuid"], name="fkAliyunDiskVOIdentityZoneVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    diskId: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(1024))
    identityZoneUuid: Mapped[Uuid]
    ecsInstanceUuid: Mapped[Uuid | None]
    diskType: Mapped[str] = mapped_column(String(16))
    diskCategory: Mapped[str | None] = mapped_column(String(16))
    diskChargeType: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(16))
    sizeWithGB: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    deviceInfo: Mapped[str | None] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class AliyunEbsBackupStorageVO(Base):
    __tablename__ = "AliyunEbsBackupStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["ossBucketUuid"], ["OssBucketVO.uuid"], name="fkAliyunEbsBackupStorageVOOssBucketVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ossBucketUuid: Mapped[Uuid]


class AliyunEbsPrimaryStorageVO(Base):
    __tablename__ = "AliyunEbsPrimaryStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["identityZoneUuid"],
            ["IdentityZoneVO.uuid"],
            name="fkAliyunEbsPrimaryStorageVOIdentityZoneVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    panguAppName: Mapped[str | None] = mapped_column(String(255))
    panguPartitionName: Mapped[str | None] = mapped_column(String(255))
    defaultIoType: Mapped[str] = mapped_column(String(16))
    identityZoneUuid: Mapped[Uuid]


class AliyunNasAccessGroupVO(Base):
    __tablename__ = "AliyunNasAccessGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["dataCenterUuid"], ["DataCenterVO.uuid"], name="fkAliyunNasAccessGroupVODataCenterVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    dataCenterUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AliyunNasAccessRuleVO(Base):
    __tablename__ = "AliyunNasAccessRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["accessGroupUuid"],
            ["AliyunNasAccessGroupVO.uuid"],
            name="fkAliyunNasAccessRuleVOAliyunNasAccessGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accessGroupUuid: Mapped[Uuid]
    rule: Mapped[str] = mapped_column(String(16))
    priority: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    sourceCidr: Mapped[str] = mapped_column(String(32))
    userAccess: Mapped[str] = mapped_column(String(32))
    ruleId: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AliyunNasFileSystemVO(Base):
    __tablename__ = "AliyunNasFileSystemVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["dataCenterUuid"], ["DataCenterVO.uuid"], name="fkAliyunNasFileSystemVODataCenterVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    dataCenterUuid: Mapped[Uuid]
    storageType: Mapped[str] = mapped_column(String(32))


class AliyunNasMountTargetVO(Base):
    __tablename__ = "AliyunNasMountTargetVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["accessGroupUuid"],
            ["AliyunNasAccessGroupVO.uuid"],
            name="fkAliyunNasMountTargetVOAliyunNasAccessGroupVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accessGroupUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(32))


class AliyunNasMountVolumeRefVO(Base):
    __tablename__ = "AliyunNasMountVolumeRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["nasMountUuid"],
            ["AliyunNasMountTargetVO.uuid"],
            name="fkAliyunNasMountVolumeRefVOAliyunNasMountTargetVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="fkAliyunNasMountVolumeRefVOHostEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["imageUuid"],
            ["ImageEO.uuid"],
            name="fkAliyunNasMountVolumeRefVOImageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["volumeUuid"],
            ["VolumeEO.uuid"],
            name="fkAliyunNasMountVolumeRefVOVolumeEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    volumeUuid: Mapped[Uuid | None]
    imageUuid: Mapped[Uuid | None]
    nasMountUuid: Mapped[Uuid]
    hostUuid: Mapped[Uuid]
    sourceType: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    dataPath: Mapped[str] = mapped_column(String(1024))


class AliyunNasPrimaryStorageFileSystemRefVO(Base):
    __tablename__ = "AliyunNasPrimaryStorageFileSystemRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["nasFileSystemUuid"],
            ["NasFileSystemVO.uuid"],
            name="fkPSNasRefVONasFileSystemVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkPSNasRefVOPrimaryStorageVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    primaryStorageUuid: Mapped[Uuid]
    nasFileSystemUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AliyunNasPrimaryStorageMountPointVO(Base):
    __tablename__ = "AliyunNasPrimaryStorageMountPointVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxMountPointVOhostUuid", "hostUuid"),
        ForeignKeyConstraint(
            ["hostUuid"],
            ["HostEO.uuid"],
            name="fkMountPointVOHostEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkMountPointVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    hostUuid: Mapped[Uuid]
    primaryStorageUuid: Mapped[Uuid]
    mountUrl: Mapped[str] = mapped_column(String(512))
    mountPath: Mapped[str] = mapped_column(String(512))
    lastErrInfo: Mapped[str | None] = mapped_column(String(1024))
    checkTimes: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    errorTimes: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    lastNormalDistance: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AliyunPanguPartitionVO(Base):
    __tablename__ = "AliyunPanguPartitionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["identityZoneUuid"],
            ["IdentityZoneVO.uuid"],
            name="fkAliyunPanguPartitionVOIdentityZoneVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    identityZoneUuid: Mapped[Uuid]
    description: Mapped[str | None] = mapped_column(String(2048))
    appName: Mapped[str] = mapped_column(String(255))
    partitionName: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AliyunProxyVSwitchVO(Base):
    __tablename__ = "AliyunProxyVSwitchVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["aliyunProxyVpcUuid"],
            ["AliyunProxyVpcVO.uuid"],
            name="fkAliyunProxyVSwitchVOAliyunProxyVpcVO",
        ),
        ForeignKeyConstraint(["vpcL3NetworkUuid"], ["L3NetworkEO.uuid"], name="fkAliyunProxyVSwitchVOL3NetworkEO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vpcL3NetworkUuid: Mapped[Uuid]
    aliyunProxyVpcUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(32))
    isDefault: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))


class AliyunProxyVpcVO(Base):
    __tablename__ = "AliyunProxyVpcVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vRouterUuid"],
            ["VmInstanceEO.uuid"],
            name="fkAliyunProxyVpcVOVmInstanceEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(32))
    vpcName: Mapped[str] = mapped_column(String(128))
    cidrBlock: Mapped[str] = mapped_column(String(128))
    vRouterUuid: Mapped[Uuid | None]
    description: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    isDefault: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))


class AliyunRouterInterfaceVO(Base):
    __tablename__ = "AliyunRouterInterfaceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["accessPointUuid"],
            ["ConnectionAccessPointVO.uuid"],
            name="fkVirtualRouterInterfaceVOConnectionAccessPointVO",
        ),
        ForeignKeyConstraint(["dataCenterUuid"], ["DataCenterVO.uuid"], name="fkVirtualRouterInterfaceVODataCenterVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    dataCenterUuid: Mapped[Uuid]
    routerInterfaceId: Mapped[str] = mapped_column(String(64))
    virtualRouterUuid: Mapped[Uuid]
    accessPointUuid: Mapped[Uuid | None]
    vRouterType: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))
    spec: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    oppositeInterfaceUuid: Mapped[Uuid | None]
    description: Mapped[str | None] = mapped_column(String(128))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class AliyunSmsSNSTextTemplateVO(Base):
    __tablename__ = "AliyunSmsSNSTextTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSTextTemplateVO.uuid"],
            name="fkAliyunSmsSNSTextTemplateVOSNSTextTemplateVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sign: Mapped[str] = mapped_column(String(24))
    alarmTemplateCode: Mapped[str] = mapped_column(String(24))
    eventTemplateCode: Mapped[str] = mapped_column(String(24))
    eventTemplate: Mapped[str | None] = mapped_column(mysql.TEXT())


class AliyunSnapshotVO(Base):
    __tablename__ = "AliyunSnapshotVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["diskUuid"],
            ["AliyunDiskVO.uuid"],
            name="fkAliyunSnapshotVOAliyunDiskVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    snapshotId: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(1024))
    dataCenterUuid: Mapped[Uuid]
    diskUuid: Mapped[Uuid | None]
    status: Mapped[str | None] = mapped_column(String(16))
    aliyunSnapshotUsage: Mapped[str] = mapped_column(String(16))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class AppBuildSystemVO(Base):
    __tablename__ = "AppBuildSystemVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    storageType: Mapped[str] = mapped_column(String(32))
    url: Mapped[str] = mapped_column(String(1024))
    hostname: Mapped[str] = mapped_column(String(255))
    username: Mapped[str] = mapped_column(String(255))
    password: Mapped[str] = mapped_column(String(255))
    sshPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    status: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    totalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availableCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AppBuildSystemZoneRefVO(Base):
    __tablename__ = "AppBuildSystemZoneRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["buildSystemUuid"],
            ["AppBuildSystemVO.uuid"],
            name="fkAppBuildSystemZoneRefVOAppBuildSystemVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkAppBuildSystemZoneRefVOZoneEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    buildSystemUuid: Mapped[Uuid]
    zoneUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ApplianceVmFirewallRuleVO(Base):
    __tablename__ = "ApplianceVmFirewallRuleVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxApplianceVmFirewallRuleVOallowCidr", "allowCidr"),
        Index("idxApplianceVmFirewallRuleVOdestIp", "destIp"),
        Index("idxApplianceVmFirewallRuleVOendPort", "endPort"),
        Index("idxApplianceVmFirewallRuleVOidentity", "identity"),
        Index("idxApplianceVmFirewallRuleVOprotocol", "protocol"),
        Index("idxApplianceVmFirewallRuleVOsourceIp", "sourceIp"),
        Index("idxApplianceVmFirewallRuleVOstartPort", "startPort"),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkApplianceVmFirewallRuleVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["applianceVmUuid"],
            ["VmInstanceEO.uuid"],
            name="fkApplianceVmFirewallRuleVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    applianceVmUuid: Mapped[Uuid]
    protocol: Mapped[str | None] = mapped_column(String(16))
    sourceIp: Mapped[str | None] = mapped_column(String(128))
    destIp: Mapped[str | None] = mapped_column(String(128))
    startPort: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    endPort: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    allowCidr: Mapped[str | None] = mapped_column(String(32))
    l3NetworkUuid: Mapped[Uuid]
    identity: Mapped[str] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ApplianceVmVO(Base):
    __tablename__ = "ApplianceVmVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["managementNetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkApplianceVmVOL3NetworkEO",
            ondelete="NO ACTION",
        ),
        ForeignKeyConstraint(["defaultRouteL3NetworkUuid"], ["L3NetworkEO.uuid"], name="fkApplianceVmVOL3NetworkEO1"),
        ForeignKeyConstraint(
            ["uuid"],
            ["VmInstanceEO.uuid"],
            name="fkApplianceVmVOVmInstanceEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    applianceVmType: Mapped[str] = mapped_column(String(64))
    managementNetworkUuid: Mapped[Uuid | None]
    defaultRouteL3NetworkUuid: Mapped[Uuid | None]
    status: Mapped[str] = mapped_column(String(64))
    agentPort: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("7759"))
    haStatus: Mapped[str | None] = mapped_column(String(255), server_default=text("'NoHa'"))


class ArchiveTicketStatusHistoryVO(Base):
    __tablename__ = "ArchiveTicketStatusHistoryVO"
    __table_args__ = (
        Index("sequence", "sequence", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    historyUuid: Mapped[Uuid]
    accountUuid: Mapped[Uuid]
    ticketUuid: Mapped[Uuid]
    fromStatus: Mapped[str] = mapped_column(String(255))
    toStatus: Mapped[str] = mapped_column(String(255))
    comment: Mapped[str | None] = mapped_column(mysql.TEXT())
    operatorUuid: Mapped[Uuid]
    operatorType: Mapped[str] = mapped_column(String(255))
    operationContext: Mapped[str | None] = mapped_column(mysql.TEXT())
    operationContextType: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    sequence: Mapped[int] = mapped_column(mysql.INTEGER())
    flowName: Mapped[str | None] = mapped_column(String(255))


after_table(
    ArchiveTicketStatusHistoryVO.__table__,
    "ALTER TABLE `ArchiveTicketStatusHistoryVO` MODIFY `sequence` int(11) NOT NULL AUTO_INCREMENT",
)


class ArchiveTicketVO(Base):
    __tablename__ = "ArchiveTicketVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ticketUuid: Mapped[Uuid]
    accountUuid: Mapped[Uuid]
    name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(mysql.TEXT())
    status: Mapped[str] = mapped_column(String(255))
    accountSystemType: Mapped[str] = mapped_column(String(255))
    accountSystemContext: Mapped[str | None] = mapped_column(mysql.TEXT())
    requests: Mapped[str] = mapped_column(mysql.TEXT())
    flowCollectionUuid: Mapped[Uuid]
    currentFlowUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    ticketTypeUuid: Mapped[Uuid | None]


class AsyncRestVO(Base):
    __tablename__ = "AsyncRestVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    requestData: Mapped[str | None] = mapped_column(mysql.LONGTEXT())
    state: Mapped[str] = mapped_column(String(64))
    result: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
