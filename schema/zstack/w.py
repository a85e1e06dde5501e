"""Tables named W...: WebhookVO, WorkFlowChainVO, WorkFlowVO."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class WebhookVO(Base):
    __tablename__ = "WebhookVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    url: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(255))
    opaque: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class WorkFlowChainVO(Base):
    __tablename__ = "WorkFlowChainVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid made of name of workflow_flow")
    name: Mapped[str] = mapped_column(String(255))
    owner: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(128))
    totalWorkFlows: Mapped[int] = mapped_column(mysql.INTEGER())
    currentPosition: Mapped[int] = mapped_column(mysql.INTEGER())
    OperationDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    reason: Mapped[str | None] = mapped_column(mysql.TEXT())


class WorkFlowVO(Base):
    __tablename__ = "WorkFlowVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    chainUuid: Mapped[Uuid]
    name: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str | None] = mapped_column(mysql.TEXT())
    position: Mapped[int] = mapped_column(mysql.INTEGER())
    OperationDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    context: Mapped[bytes | None] = mapped_column(mysql.BLOB())
