"""Tables named X...: XDragonHostVO, XmlHookVO, XmlHookVmInstanceRefVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class XDragonHostVO(Base):
    __tablename__ = "XDragonHostVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["HostEO.uuid"], name="fkXDragonHostVOHostEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="host uuid")
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    cpuSockets: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("1"))
    totalPhysicalMemory: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))


class XmlHookVO(Base):
    __tablename__ = "XmlHookVO"
    __table_args__ = (
        Index("name", "name", unique=True),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(32))
    hookScript: Mapped[str] = mapped_column(mysql.TEXT())
    libvirtVersion: Mapped[str | None] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class XmlHookVmInstanceRefVO(Base):
    __tablename__ = "XmlHookVmInstanceRefVO"
    __table_args__ = (
        Index("fkXmlHookVmInstanceRefVOVmInstanceVO", "vmInstanceUuid"),
        Index("fkXmlHookVmInstanceRefVOXmlHookVO", "xmlHookUuid"),
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["xmlHookUuid"],
            ["XmlHookVO.uuid"],
            name="fkXmlHookVmInstanceRefVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["ResourceVO.uuid"],
            name="fkXmlHookVmInstanceRefVO1",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    xmlHookUuid: Mapped[Uuid]
    vmInstanceUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class XskyBlockVolumeVO(Base):
    __tablename__ = "XskyBlockVolumeVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BlockVolumeVO.uuid"],
            name="fkXskyBlockVolumeVOBlockVolumeVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accessPathId: Mapped[int] = mapped_column(mysql.INTEGER())
    accessPathIqn: Mapped[str] = mapped_column(String(128))
    xskyStatus: Mapped[str | None] = mapped_column(String(32))
    xskyBlockVolumeId: Mapped[int | None] = mapped_column(mysql.INTEGER())
    burstTotalBw: Mapped[int | None] = mapped_column(mysql.BIGINT())
    burstTotalIops: Mapped[int | None] = mapped_column(mysql.BIGINT())
    maxTotalBw: Mapped[int | None] = mapped_column(mysql.BIGINT())
    maxTotalIops: Mapped[int | None] = mapped_column(mysql.BIGINT())
