"""Tables named J...: JitSecurityMachineVO, JobQueueEntryVO, JobQueueVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class JitSecurityMachineVO(Base):
    __tablename__ = "JitSecurityMachineVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecurityMachineVO.uuid"],
            name="fkJitSecurityMachineVOSecurityMachineVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))


class JobQueueEntryVO(Base):
    __tablename__ = "JobQueueEntryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(["jobQueueId"], ["JobQueueVO.id"], name="fkJobQueueEntryVOJobQueueVO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["issuerManagementNodeId"],
            ["ManagementNodeVO.uuid"],
            name="fkJobQueueEntryVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255))
    jobQueueId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    state: Mapped[str] = mapped_column(String(128))
    context: Mapped[bytes | None] = mapped_column(mysql.BLOB())
    owner: Mapped[str | None] = mapped_column(String(255))
    issuerManagementNodeId: Mapped[str | None] = mapped_column(String(32))
    restartable: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
    inDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP(), server_default=text("CURRENT_TIMESTAMP"))
    doneDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    errText: Mapped[str | None] = mapped_column(mysql.TEXT())


class JobQueueVO(Base):
    __tablename__ = "JobQueueVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("name", "name", unique=True),
        ForeignKeyConstraint(
            ["workerManagementNodeId"],
            ["ManagementNodeVO.uuid"],
            name="fkJobQueueVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255))
    owner: Mapped[str | None] = mapped_column(String(255))
    workerManagementNodeId: Mapped[str | None] = mapped_column(String(32))
    takenDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP(), server_default=text("CURRENT_TIMESTAMP"))


class JsonLabelVO(Base):
    __tablename__ = "JsonLabelVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("labelKey", "labelKey", unique=True),
        ForeignKeyConstraint(["resourceUuid"], ["ResourceVO.uuid"], name="fkJsonLabelVOResourceVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    labelKey: Mapped[str] = mapped_column(String(128))
    labelValue: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    resourceUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
