"""Tables named K...: KVMHostVO, KeyValueBinaryVO, KeyValueVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class KVMHostVO(Base):
    __tablename__ = "KVMHostVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["HostEO.uuid"],
            name="fkKVMHostVOHostEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="host uuid")
    username: Mapped[str] = mapped_column(String(255))
    password: Mapped[str] = mapped_column(String(255))
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("22"))
    osDistribution: Mapped[str | None] = mapped_column(String(64))
    osRelease: Mapped[str | None] = mapped_column(String(64))
    osVersion: Mapped[str | None] = mapped_column(String(64))


class KeyValueBinaryVO(Base):
    __tablename__ = "KeyValueBinaryVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    contents: Mapped[bytes] = mapped_column(mysql.LONGBLOB())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class KeyValueVO(Base):
    __tablename__ = "KeyValueVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["KeyValueBinaryVO.uuid"],
            name="fkKeyValueVOKeyValueBinaryVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    uuid: Mapped[Uuid]
    className: Mapped[str] = mapped_column(String(128))
    entityKey: Mapped[str] = mapped_column(mysql.TEXT())
    entityValue: Mapped[str] = mapped_column(mysql.TEXT())
    valueType: Mapped[str] = mapped_column(String(128))


class KvmHostHypervisorMetadataVO(Base):
    __tablename__ = "KvmHostHypervisorMetadataVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["categoryUuid"],
            ["HostOsCategoryVO.uuid"],
            name="KvmHostHypervisorMetadataVOHostOsCategoryVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[str] = mapped_column(mysql.CHAR(32), primary_key=True, comment="uuid")
    categoryUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    managementNodeUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    hypervisor: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class KvmHypervisorInfoVO(Base):
    __tablename__ = "KvmHypervisorInfoVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["ResourceVO.uuid"], name="KvmHypervisorInfoVOResourceVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[str] = mapped_column(mysql.CHAR(32), primary_key=True, comment="uuid")
    hypervisor: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(64))
    matchState: Mapped[str] = mapped_column(mysql.CHAR(10))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
