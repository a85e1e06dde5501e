"""Tables named O...: OAuth2ClientVO, OAuth2TokenVO, OssBucketDomainVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class OAuth2ClientVO(Base):
    __tablename__ = "OAuth2ClientVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["SSOClientVO.uuid"], name="fkOAuth2ClientVOSSOClientVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    clientId: Mapped[str] = mapped_column(String(255))
    clientSecret: Mapped[str | None] = mapped_column(String(255))
    authorizationUrl: Mapped[str | None] = mapped_column(String(255))
    grantType: Mapped[str] = mapped_column(String(64))
    tokenUrl: Mapped[str] = mapped_column(String(255))
    userinfoUrl: Mapped[str | None] = mapped_column(String(256))
    logoutUrl: Mapped[str | None] = mapped_column(String(256))
    scope: Mapped[str | None] = mapped_column(String(255), server_default=text("'openid'"))
    identityProvider: Mapped[str | None] = mapped_column(String(32), server_default=text("'default'"))


class OAuth2TokenVO(Base):
    __tablename__ = "OAuth2TokenVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["SSOTokenVO.uuid"], name="fkOAuth2TokenVOSSOTokenVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accessToken: Mapped[str | None] = mapped_column(mysql.TEXT())
    idToken: Mapped[str | None] = mapped_column(mysql.TEXT())
    refreshToken: Mapped[str | None] = mapped_column(mysql.TEXT())


class OssBucketDomainVO(Base):
    __tablename__ = "OssBucketDomainVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["ossBucketUuid"],
            ["OssBucketVO.uuid"],
            name="fkOssBucketDomainVOOssBucketVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    ossBucketUuid: Mapped[Uuid]
    ossDomain: Mapped[str] = mapped_column(String(256))
    ossKey: Mapped[str] = mapped_column(String(127))
    ossSecret: Mapped[str] = mapped_column(String(127))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class OssBucketVO(Base):
    __tablename__ = "OssBucketVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["dataCenterUuid"],
            ["DataCenterVO.uuid"],
            name="fkOssBucketVODataCenterVO",
            ondelete="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    bucketName: Mapped[str | None] = mapped_column(String(64))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    description: Mapped[str | None] = mapped_column(String(1024))
    regionName: Mapped[str | None] = mapped_column(String(64))
    dataCenterUuid: Mapped[Uuid]
    current: Mapped[str | None] = mapped_column(String(32), server_default=text("'false'"))


class OssUploadPartsVO(Base):
    __tablename__ = "OssUploadPartsVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("uploadId", "uploadId"),
        ForeignKeyConstraint(
            ["ossBucketUuid"],
            ["OssBucketVO.uuid"],
            name="fkOssUploadPartsVOOssBucketVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    uploadId: Mapped[str] = mapped_column(String(32))
    ossBucketUuid: Mapped[Uuid]
    fileKey: Mapped[str] = mapped_column(String(128))
    partNumber: Mapped[int] = mapped_column(mysql.INTEGER(16))
    total: Mapped[int] = mapped_column(mysql.INTEGER(16))
    eTag: Mapped[str] = mapped_column(String(32))
    partSize: Mapped[int] = mapped_column(mysql.BIGINT(32))
    partCRC: Mapped[int] = mapped_column(mysql.BIGINT(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
