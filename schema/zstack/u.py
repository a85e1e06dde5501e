"""Tables named U...: UKeyLicenseVO, UpdateVO, UsbDeviceVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import prefix_lengths, table_options
from zsgate.schema.releases import BASELINE


class UKeyLicenseVO(Base):
    __tablename__ = "UKeyLicenseVO"
    __table_args__ = (
        Index("idxUKeyLicenseVOmanagementNodeUuid", "managementNodeUuid"),
        Index("keyId", "keyId", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    keyId: Mapped[str] = mapped_column(String(32), primary_key=True)
    managementNodeUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(32))
    offline: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    online: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    recover: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    license: Mapped[str] = mapped_column(mysql.TEXT())


class UpdateVO(Base):
    __tablename__ = "UpdateVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    voName: Mapped[str] = mapped_column(String(255))
    uuid: Mapped[Uuid]
    foreignVOName: Mapped[str | None] = mapped_column(String(255))
    foreignVOUuid: Mapped[Uuid | None]
    updateDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class UsbDeviceVO(Base):
    __tablename__ = "UsbDeviceVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkUsbDeviceVOHostEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    name: Mapped[str | None] = mapped_column(String(2048))
    description: Mapped[str | None] = mapped_column(String(2048))
    hostUuid: Mapped[Uuid]
    vmInstanceUuid: Mapped[Uuid | None]
    state: Mapped[str] = mapped_column(String(32))
    busNum: Mapped[str] = mapped_column(String(32))
    devNum: Mapped[str] = mapped_column(String(32))
    idVendor: Mapped[str] = mapped_column(String(32))
    idProduct: Mapped[str] = mapped_column(String(32))
    iManufacturer: Mapped[str | None] = mapped_column(String(1024))
    iProduct: Mapped[str | None] = mapped_column(String(1024))
    iSerial: Mapped[str | None] = mapped_column(String(1024))
    usbVersion: Mapped[str | None] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    attachType: Mapped[str | None] = mapped_column(String(32))


class UsedIpVO(Base):
    __tablename__ = "UsedIpVO"
    __table_args__ = (
        Index("idxUsedIpVOip", "ip"),
        Index("idxUsedIpVOipInLong", "ipInLong"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["ipRangeUuid"], ["IpRangeEO.uuid"], name="fkUsedIpVOIpRangeEO", ondelete="CASCADE"),
        ForeignKeyConstraint(["l3NetworkUuid"], ["L3NetworkEO.uuid"], name="fkUsedIpVOL3NetworkEO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["vmNicUuid"],
            ["VmNicVO.uuid"],
            name="fkUsedIpVOVmNicVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ipRangeUuid: Mapped[Uuid | None]
    l3NetworkUuid: Mapped[Uuid]
    ip: Mapped[str] = mapped_column(String(128))
    ipInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    ipInBinary: Mapped[bytes] = mapped_column(mysql.VARBINARY(16))
    gateway: Mapped[str | None] = mapped_column(String(128))
    netmask: Mapped[str | None] = mapped_column(String(128))
    usedFor: Mapped[str | None] = mapped_column(String(128))
    metaData: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    ipVersion: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4"))
    vmNicUuid: Mapped[Uuid | None]


class UserGroupPolicyRefVO(Base):
    __tablename__ = "UserGroupPolicyRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("uqUserGroupPolicyVO", "policyUuid", "groupUuid", unique=True),
        ForeignKeyConstraint(
            ["policyUuid"],
            ["PolicyVO.uuid"],
            name="fkUserGroupPolicyRefVOPolicyVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["groupUuid"],
            ["UserGroupVO.uuid"],
            name="fkUserGroupPolicyRefVOUserGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    policyUuid: Mapped[Uuid]
    groupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class UserGroupUserRefVO(Base):
    __tablename__ = "UserGroupUserRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["groupUuid"],
            ["UserGroupVO.uuid"],
            name="fkUserGroupUserRefVOUserGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["userUuid"], ["UserVO.uuid"], name="fkUserGroupUserRefVOUserVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    userUuid: Mapped[Uuid]
    groupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class UserGroupVO(Base):
    __tablename__ = "UserGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountUuid"], ["AccountVO.uuid"], name="fkUserGroupVOAccountVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    accountUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class UserPolicyRefVO(Base):
    __tablename__ = "UserPolicyRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("uqUserPolicyRefVO", "policyUuid", "userUuid", unique=True),
        ForeignKeyConstraint(
            ["policyUuid"],
            ["PolicyVO.uuid"],
            name="fkUserPolicyRefVOPolicyVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["userUuid"], ["UserVO.uuid"], name="fkUserPolicyRefVOUserVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    policyUuid: Mapped[Uuid]
    userUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class UserTagVO(Base):
    __tablename__ = "UserTagVO"
    __table_args__ = (
        Index("idxUserTagVOresourceType", "resourceType"),
        Index("idxUserTagVOresourceUuid", "resourceUuid"),
        Index("idxUserTagVOtag", "tag", **prefix_lengths({"tag": 128})),
        Index("idxUserTagVOtype", "type"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkUserTagVOResourceVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["tagPatternUuid"],
            ["TagPatternVO.uuid"],
            name="fkUserTagVOTagPatternVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(32))
    tag: Mapped[str] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    tagPatternUuid: Mapped[Uuid | None]


class UserVO(Base):
    __tablename__ = "UserVO"
    __table_args__ = (
        Index("uqUserVO", "accountUuid", "name", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["accountUuid"],
            ["AccountVO.uuid"],
            name="fkUserVOAccountVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountUuid: Mapped[Uuid]
    name: Mapped[str] = mapped_column(String(255))
    password: Mapped[str | None] = mapped_column(String(255))
    securityKey: Mapped[str | None] = mapped_column(String(128))
    token: Mapped[str | None] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    description: Mapped[str | None] = mapped_column(String(2048))
