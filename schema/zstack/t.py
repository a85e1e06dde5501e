"""Tables named T...: TagPatternVO, TaskProgressVO, TemplateConfigVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid, metadata
from zsgate.schema.ddl import after_table, table_options
from zsgate.schema.releases import BASELINE


class TagPatternVO(Base):
    __tablename__ = "TagPatternVO"
    __table_args__ = (
        Index("idxTagPatternVOName", "name"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    value: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(2048))
    color: Mapped[str | None] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class TaskProgressVO(Base):
    __tablename__ = "TaskProgressVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxTaskProgressVOapiId", "apiId"),
        ForeignKeyConstraint(
            ["managementUuid"],
            ["ManagementNodeVO.uuid"],
            name="fkTaskProgressVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    apiId: Mapped[str] = mapped_column(String(32))
    taskUuid: Mapped[Uuid]
    parentUuid: Mapped[Uuid | None]
    taskName: Mapped[str] = mapped_column(String(1024))
    managementUuid: Mapped[Uuid | None]
    type: Mapped[str] = mapped_column(String(255))
    content: Mapped[str | None] = mapped_column(mysql.TEXT())
    arguments: Mapped[str | None] = mapped_column(mysql.TEXT())
    opaque: Mapped[str | None] = mapped_column(mysql.TEXT())
    time: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    timeToDelete: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))


class TemplateConfigVO(Base):
    __tablename__ = "TemplateConfigVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["templateUuid"],
            ["GlobalConfigTemplateVO.uuid"],
            name="GlobalConfigTemplateVOTemplateConfigVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255))
    category: Mapped[str] = mapped_column(String(64))
    templateUuid: Mapped[Uuid]
    defaultValue: Mapped[str | None] = mapped_column(mysql.TEXT())
    value: Mapped[str | None] = mapped_column(mysql.TEXT())


class TemplateCustomParamVO(Base):
    __tablename__ = "TemplateCustomParamVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["templateUuid"],
            ["PreconfigurationTemplateVO.uuid"],
            name="fkTemplateCustomParamVOPreconfigurationTemplateVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    templateUuid: Mapped[Uuid]
    param: Mapped[str] = mapped_column(String(255))


class ThirdClientAccountRefVO(Base):
    __tablename__ = "ThirdClientAccountRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["clientUuid"],
            ["SSOClientVO.uuid"],
            name="fkThirdClientAccountRefVOSSOClientVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    clientUuid: Mapped[str] = mapped_column(String(255))
    resourceUuid: Mapped[str] = mapped_column(String(255))
    resourceType: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ThirdpartyOriginalAlertVO(Base):
    __tablename__ = "ThirdpartyOriginalAlertVO"
    __table_args__ = (
        Index("idxThirdpartyPlatformUuid", "thirdpartyPlatformUuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["thirdpartyPlatformUuid"],
            ["ThirdpartyPlatformVO.uuid"],
            name="fkThirdpartyAlertVOThirdpartyPlatformVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    thirdpartyPlatformUuid: Mapped[Uuid]
    product: Mapped[str] = mapped_column(String(255))
    service: Mapped[str | None] = mapped_column(String(255))
    metric: Mapped[str | None] = mapped_column(String(512))
    alertLevel: Mapped[str] = mapped_column(String(64))
    alertTime: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    dimensions: Mapped[str | None] = mapped_column(String(4096))
    message: Mapped[str] = mapped_column(String(4096))
    dataSource: Mapped[str] = mapped_column(String(255))
    sourceText: Mapped[str | None] = mapped_column(mysql.TEXT())
    readStatus: Mapped[str] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class ThirdpartyPlatformVO(Base):
    __tablename__ = "ThirdpartyPlatformVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(255))
    url: Mapped[str] = mapped_column(String(512))
    template: Mapped[str] = mapped_column(String(4096))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastSyncDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class TicketFlowCollectionVO(Base):
    __tablename__ = "TicketFlowCollectionVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    isDefault: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    state: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(64))


class TicketFlowVO(Base):
    __tablename__ = "TicketFlowVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    collectionUuid: Mapped[Uuid]
    parentFlowUuid: Mapped[Uuid | None]
    flowContext: Mapped[str] = mapped_column(mysql.TEXT())
    flowContextType: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class TicketStatusHistoryVO(Base):
    __tablename__ = "TicketStatusHistoryVO"
    __table_args__ = (
        Index("sequence", "sequence", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
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
    TicketStatusHistoryVO.__table__,
    "ALTER TABLE `TicketStatusHistoryVO` MODIFY `sequence` int(11) NOT NULL AUTO_INCREMENT",
)


class TicketTypeTicketFlowCollectionRefVO(Base):
    __tablename__ = "TicketTypeTicketFlowCollectionRefVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    ticketTypeUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ticketFlowCollectionUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class TicketTypeVO(Base):
    __tablename__ = "TicketTypeVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    requests: Mapped[str] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(255))
    adminOnly: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class TicketVO(Base):
    __tablename__ = "TicketVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["ticketTypeUuid"],
            ["TicketTypeVO.uuid"],
            name="fkTicketVOTicketTypeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
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


class TwoFactorAuthenticationSecretVO(Base):
    __tablename__ = "TwoFactorAuthenticationSecretVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    secret: Mapped[str] = mapped_column(String(2048))
    userUuid: Mapped[Uuid]
    userType: Mapped[str] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    status: Mapped[str] = mapped_column(String(255), server_default=text("'NewCreated'"))


temp_array_table = Table(
    "temp_array_table",
    metadata,
    Column("idx", mysql.INTEGER(), nullable=True),
    Column("value", String(128), nullable=True),
    **table_options(engine="InnoDB", charset="utf8mb4", release=BASELINE),
)
