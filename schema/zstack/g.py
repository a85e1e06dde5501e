"""Tables named G...: GarbageCollectorVO, GlobalConfigTemplateVO, GlobalConfigVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import prefix_lengths, table_options
from zsgate.schema.releases import BASELINE


class GarbageCollectorVO(Base):
    __tablename__ = "GarbageCollectorVO"
    __table_args__ = (
        Index("idxName", "name", **prefix_lengths({"name": 255})),
        Index("idxStatus", "status"),
        ForeignKeyConstraint(
            ["managementNodeUuid"],
            ["ManagementNodeVO.uuid"],
            name="fkGarbageCollectorVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    runnerClass: Mapped[str] = mapped_column(String(512))
    context: Mapped[str] = mapped_column(mysql.TEXT())
    status: Mapped[str] = mapped_column(String(64))
    managementNodeUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    type: Mapped[str] = mapped_column(String(1024))
    name: Mapped[str] = mapped_column(String(1024))
    uuid: Mapped[Uuid] = mapped_column(primary_key=True)


class GlobalConfigTemplateVO(Base):
    __tablename__ = "GlobalConfigTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(1024))


class GlobalConfigVO(Base):
    __tablename__ = "GlobalConfigVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    category: Mapped[str] = mapped_column(String(64))
    defaultValue: Mapped[str | None] = mapped_column(mysql.TEXT())
    value: Mapped[str | None] = mapped_column(mysql.TEXT())


class GpuDeviceVO(Base):
    __tablename__ = "GpuDeviceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["PciDeviceVO.uuid"], name="fkGpuDeviceInfoVOPciDeviceVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    serialNumber: Mapped[str | None] = mapped_column(String(255))
    memory: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    power: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    isDriverLoaded: Mapped[Flag] = mapped_column(server_default=text("0"))


class GuestOsCategoryVO(Base):
    __tablename__ = "GuestOsCategoryVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(32))
    version: Mapped[str | None] = mapped_column(String(32))
    osRelease: Mapped[str] = mapped_column(String(64))


class GuestToolsStateVO(Base):
    __tablename__ = "GuestToolsStateVO"
    __table_args__ = (
        Index("vmInstanceUuid", "vmInstanceUuid", unique=True),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkGuestToolsStateVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    vmInstanceUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    qgaState: Mapped[str] = mapped_column(String(32), server_default=text("'NotInstalled'"))
    version: Mapped[str | None] = mapped_column(String(32))
    platform: Mapped[str | None] = mapped_column(String(32))
    osType: Mapped[str | None] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    zwatchState: Mapped[str] = mapped_column(String(32), server_default=text("'NotInstalled'"))


class GuestToolsVO(Base):
    __tablename__ = "GuestToolsVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255), server_default=text("''"))
    description: Mapped[str | None] = mapped_column(String(2048))
    managementNodeUuid: Mapped[Uuid]
    architecture: Mapped[str] = mapped_column(String(32))
    hypervisorType: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    agentType: Mapped[str] = mapped_column(String(64), server_default=text("'WindowsOnKvm'"))


class GuestVmScriptEO(Base):
    __tablename__ = "GuestVmScriptEO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(String(256))
    platform: Mapped[str] = mapped_column(String(255))
    scriptContent: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    renderParams: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    scriptType: Mapped[str] = mapped_column(String(32))
    scriptTimeout: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    version: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    deleted: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class GuestVmScriptExecutedRecordDetailVO(Base):
    __tablename__ = "GuestVmScriptExecutedRecordDetailVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["recordUuid"],
            ["GuestVmScriptExecutedRecordVO.uuid"],
            name="fkGuestVmScriptExecutedRecordDetailVOScriptExecutedRecordVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    recordUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vmInstanceUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vmName: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(128))
    exitCode: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    stdout: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    errCause: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    stderr: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    startTime: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    endTime: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class GuestVmScriptExecutedRecordVO(Base):
    __tablename__ = "GuestVmScriptExecutedRecordVO"
    __table_args__ = (
        Index("idxScriptUuid", "scriptUuid", "version"),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    recordName: Mapped[str] = mapped_column(String(255))
    scriptUuid: Mapped[Uuid]
    scriptTimeout: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    status: Mapped[str] = mapped_column(String(256))
    version: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    Executor: Mapped[str] = mapped_column(String(256))
    ExecutionCount: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    scriptContent: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    renderParams: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    startTime: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    endTime: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
