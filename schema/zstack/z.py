"""Tables named Z...: ZBoxBackupVO, ZBoxLocationRefVO, ZBoxVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class ZBoxBackupVO(Base):
    __tablename__ = "ZBoxBackupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["ExternalBackupVO.uuid"],
            name="fkZBoxBackupVOExternalBackupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["zBoxUuid"], ["ZBoxVO.uuid"], name="fkZBoxBackupVOZBoxVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    zBoxUuid: Mapped[Uuid]


class ZBoxLocationRefVO(Base):
    __tablename__ = "ZBoxLocationRefVO"
    __table_args__ = (
        ForeignKeyConstraint(["zboxUuid"], ["ZBoxVO.uuid"], name="fkZBoxLocationRefVOZBoxVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    zboxUuid: Mapped[Uuid]
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(256))


class ZBoxVO(Base):
    __tablename__ = "ZBoxVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    mountPath: Mapped[str | None] = mapped_column(String(2048))
    totalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    availableCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    busNum: Mapped[str | None] = mapped_column(String(32))
    devNum: Mapped[str | None] = mapped_column(String(32))
    idVendor: Mapped[str | None] = mapped_column(String(32))
    idProduct: Mapped[str | None] = mapped_column(String(32))
    iManufacturer: Mapped[str | None] = mapped_column(String(1024))
    iProduct: Mapped[str | None] = mapped_column(String(1024))
    iSerial: Mapped[str | None] = mapped_column(String(1024))
    usbVersion: Mapped[str | None] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ZoneEO(Base):
    __tablename__ = "ZoneEO"
    __table_args__ = (
        Index("idxZoneEOname", "name"),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="Zone uuid")
    name: Mapped[str] = mapped_column(String(255), comment="Zone name")
    type: Mapped[str] = mapped_column(String(255), comment="Zone type")
    state: Mapped[str] = mapped_column(String(32), comment="Zone state")
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    isDefault: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("0"))
