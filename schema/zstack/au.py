"""Tables named Au...: AuditsVO, AutoScalingGroupActivityVO, AutoScalingGroupInstanceVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class AuditsVO(Base):
    __tablename__ = "AuditsVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("id_id_resourceType", "id", "resourceType"),
        Index("idxCreateTime", "createTime"),
        Index("idxOperatorAccountUuid", "operatorAccountUuid"),
        Index("idxRequestUuid", "requestUuid"),
        Index("idxResourceUuid", "resourceUuid"),
        Index("idxSuccess", "success"),
        Index("idx_id_resourceType_startTime", "id", "resourceType", "startTime"),
        Index("idx_startTime", "startTime"),
        table_options(engine="MyISAM", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    createTime: Mapped[int] = mapped_column(mysql.BIGINT())
    apiName: Mapped[str] = mapped_column(String(2048))
    clientBrowser: Mapped[str] = mapped_column(String(64))
    clientIp: Mapped[str] = mapped_column(String(64))
    duration: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    error: Mapped[str | None] = mapped_column(mysql.TEXT())
    operator: Mapped[str | None] = mapped_column(String(256))
    requestDump: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    resourceType: Mapped[str] = mapped_column(String(256))
    resourceUuid: Mapped[Uuid | None]
    requestUuid: Mapped[Uuid | None]
    responseDump: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    success: Mapped[int] = mapped_column(
        mysql.TINYINT(1, unsigned=True),
        server_default=text("0"),
        comment="api call success or failed",
    )
    operatorAccountUuid: Mapped[Uuid | None]
    signedText: Mapped[str | None] = mapped_column(mysql.TEXT())
    resourceName: Mapped[str | None] = mapped_column(String(255))
    startTime: Mapped[int | None] = mapped_column(mysql.BIGINT())


class AutoScalingGroupActivityVO(Base):
    __tablename__ = "AutoScalingGroupActivityVO"
    __table_args__ = (
        Index("indexActivityVOLastOpDate", "lastOpDate"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["scalingGroupUuid"],
            ["AutoScalingGroupVO.uuid"],
            name="fkAutoScalingGroupActivityVOAutoScalingGroupVO",
        ),
        ForeignKeyConstraint(
            ["scalingGroupRuleUuid"],
            ["AutoScalingRuleVO.uuid"],
            name="fkAutoScalingGroupActivityVOAutoScalingRuleVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    scalingGroupUuid: Mapped[Uuid]
    activityAction: Mapped[str] = mapped_column(String(128))
    scalingGroupRuleUuid: Mapped[Uuid | None]
    name: Mapped[str] = mapped_column(String(256))
    cause: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(128))
    activityActionResultMessage: Mapped[str | None] = mapped_column(mysql.TEXT())
    description: Mapped[str | None] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    endDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    instanceUuids: Mapped[str | None] = mapped_column(String(2048))


class AutoScalingGroupInstanceVO(Base):
    __tablename__ = "AutoScalingGroupInstanceVO"
    __table_args__ = (
        Index("fkAutoScalingGroupInstanceVOAutoScalingGroupActivityVO", "scalingGroupActivityUuid"),
        Index("instanceUuid", "instanceUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["scalingGroupUuid"],
            ["AutoScalingGroupVO.uuid"],
            name="fkAutoScalingGroupInstanceVOAutoScalingGroupVO",
        ),
        ForeignKeyConstraint(
            ["templateUuid"],
            ["AutoScalingTemplateVO.uuid"],
            name="fkAutoScalingGroupInstanceVOAutoScalingTemplateVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    instanceUuid: Mapped[Uuid]
    scalingGroupUuid: Mapped[Uuid]
    templateUuid: Mapped[Uuid | None]
    scalingGroupActivityUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(64))
    healthStatus: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    description: Mapped[str | None] = mapped_column(String(256))
    protectionStrategy: Mapped[str] = mapped_column(String(128))


class AutoScalingGroupVO(Base):
    __tablename__ = "AutoScalingGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    scalingResourceType: Mapped[str] = mapped_column(String(256))
    removalPolicy: Mapped[str] = mapped_column(String(256))
    minResourceSize: Mapped[int] = mapped_column(mysql.INTEGER(10))
    maxResourceSize: Mapped[int] = mapped_column(mysql.INTEGER(10))
    state: Mapped[str] = mapped_column(String(256))
    defaultCooldown: Mapped[str] = mapped_column(mysql.MEDIUMTEXT())
    description: Mapped[str | None] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AutoScalingRuleAlarmTriggerVO(Base):
    __tablename__ = "AutoScalingRuleAlarmTriggerVO"
    __table_args__ = (
        Index("alarmUuid", "alarmUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["alarmUuid"], ["AlarmVO.uuid"], name="fkAutoScalingRuleInstanceAlarmVO", use_alter=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    alarmUuid: Mapped[Uuid]


class AutoScalingRuleSchedulerJobTriggerVO(Base):
    __tablename__ = "AutoScalingRuleSchedulerJobTriggerVO"
    __table_args__ = (
        Index("schedulerJobUuid", "schedulerJobUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["schedulerJobUuid"],
            ["SchedulerJobVO.uuid"],
            name="fkAutoScalingRuleSchedulerJobTriggerVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    schedulerJobUuid: Mapped[Uuid]


class AutoScalingRuleTriggerVO(Base):
    __tablename__ = "AutoScalingRuleTriggerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["ruleUuid"],
            ["AutoScalingRuleVO.uuid"],
            name="fkAutoScalingRuleTriggerVOAutoScalingRuleVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    ruleUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(String(256))
    state: Mapped[str] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AutoScalingRuleVO(Base):
    __tablename__ = "AutoScalingRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["scalingGroupUuid"],
            ["AutoScalingGroupVO.uuid"],
            name="fkAutoScalingRuleVOAutoScalingGroupVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    scalingGroupUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(String(256))
    cooldown: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    state: Mapped[str] = mapped_column(String(256))
    status: Mapped[str] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AutoScalingTemplateGroupRefVO(Base):
    __tablename__ = "AutoScalingTemplateGroupRefVO"
    __table_args__ = (
        Index("groupUuid", "groupUuid", unique=True),
        ForeignKeyConstraint(
            ["groupUuid"],
            ["AutoScalingGroupVO.uuid"],
            name="fkAutoScalingTemplateGroupRefVOAutoScalingGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["templateUuid"],
            ["AutoScalingTemplateVO.uuid"],
            name="fkAutoScalingTemplateGroupRefVOAutoScalingTemplateVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    groupUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    templateUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AutoScalingTemplateVO(Base):
    __tablename__ = "AutoScalingTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    type: Mapped[str] = mapped_column(String(256))
    state: Mapped[str] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class AutoScalingVmTemplateVO(Base):
    __tablename__ = "AutoScalingVmTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vmInstanceName: Mapped[str] = mapped_column(String(256))
    vmInstanceDescription: Mapped[str | None] = mapped_column(String(256))
    vmInstanceType: Mapped[str] = mapped_column(String(256))
    vmInstanceOfferingUuid: Mapped[Uuid]
    imageUuid: Mapped[Uuid]
    l3NetworkUuids: Mapped[str | None] = mapped_column(mysql.TEXT())
    rootDiskOfferingUuid: Mapped[Uuid | None]
    dataDiskOfferingUuids: Mapped[str | None] = mapped_column(mysql.TEXT())
    vmInstanceZoneUuid: Mapped[Uuid | None]
    vmInstanceClusterUuid: Mapped[Uuid | None]
    hostUuid: Mapped[Uuid | None]
    primaryStorageUuidForRootVolume: Mapped[str | None] = mapped_column(String(32))
    defaultL3NetworkUuid: Mapped[Uuid | None]
    strategy: Mapped[str | None] = mapped_column(String(32))
