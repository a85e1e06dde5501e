"""Tables named Sn_sy...: SNSAliyunSmsEndpointVO, SNSApplicationEndpointVO, SNSApplicationPlatformVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, Table, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid, metadata
from zsgate.schema.ddl import prefix_lengths, table_options
from zsgate.schema.releases import BASELINE


class SNSAliyunSmsEndpointVO(Base):
    __tablename__ = "SNSAliyunSmsEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSApplicationEndpointVO.uuid"],
            name="fkSNSAliyunSmsEndpointVOSNSApplicationEndpointVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)


class SNSApplicationEndpointVO(Base):
    __tablename__ = "SNSApplicationEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["platformUuid"],
            ["SNSApplicationPlatformVO.uuid"],
            name="fkSNSApplicationEndpointVOSNSApplicationPlatformVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(128))
    platformUuid: Mapped[Uuid]
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    ownerType: Mapped[str | None] = mapped_column(String(32), server_default=text("'Customized'"))
    connectionStatus: Mapped[str | None] = mapped_column(String(10), server_default=text("'UP'"), comment="UP or DOWN")


class SNSApplicationPlatformVO(Base):
    __tablename__ = "SNSApplicationPlatformVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(128))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SNSDingTalkAtPersonVO(Base):
    __tablename__ = "SNSDingTalkAtPersonVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["endpointUuid"],
            ["SNSDingTalkEndpointVO.uuid"],
            name="fkSNSDingTalkAtPersonVOSNSDingTalkEndpointVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    phoneNumber: Mapped[str] = mapped_column(String(64))
    endpointUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00'"),
    )
    remark: Mapped[str | None] = mapped_column(String(128), server_default=text("''"))


class SNSDingTalkEndpointVO(Base):
    __tablename__ = "SNSDingTalkEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSApplicationEndpointVO.uuid"],
            name="fkSNSDingTalkEndpointVOSNSApplicationEndpointVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1024))
    atAll: Mapped[int] = mapped_column(mysql.INTEGER(1, unsigned=True))
    secret: Mapped[str | None] = mapped_column(String(128), server_default=text("''"))


class SNSEmailAddressVO(Base):
    __tablename__ = "SNSEmailAddressVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    emailAddress: Mapped[str] = mapped_column(String(1024))
    endpointUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SNSEmailEndpointVO(Base):
    __tablename__ = "SNSEmailEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSApplicationEndpointVO.uuid"],
            name="fkSNSEmailEndpointVOSNSApplicationEndpointVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    email: Mapped[str | None] = mapped_column(String(1024))


class SNSEmailPlatformVO(Base):
    __tablename__ = "SNSEmailPlatformVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSApplicationPlatformVO.uuid"],
            name="fkSNSEmailPlatformVOSNSApplicationPlatformVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    smtpServer: Mapped[str] = mapped_column(String(255))
    smtpPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    username: Mapped[str] = mapped_column(String(255))
    password: Mapped[str | None] = mapped_column(String(255))


class SNSEmaySmsEndpointVO(Base):
    __tablename__ = "SNSEmaySmsEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSApplicationEndpointVO.uuid"],
            name="fkSNSEmaySmsEndpointVOSNSApplicationEndpointVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    requestUrl: Mapped[str] = mapped_column(String(128))


SNSEndpointThirdpartyAlertHistoryVO = Table(
    "SNSEndpointThirdpartyAlertHistoryVO",
    metadata,
    Column("endpointUuid", String(32), nullable=False),
    Column("alertUuid", String(32), nullable=False),
    Column("subscriptionUuid", String(32), nullable=False),
    Column("createDate", mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"), nullable=False),
    Index("idxEndpointUuid", "endpointUuid"),
    Index("idxSubscriptionUuid", "subscriptionUuid"),
    **table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
)


class SNSFeiShuAtPersonVO(Base):
    __tablename__ = "SNSFeiShuAtPersonVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    userId: Mapped[str] = mapped_column(String(64))
    endpointUuid: Mapped[Uuid]
    remark: Mapped[str | None] = mapped_column(String(128), server_default=text("''"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SNSFeiShuEndpointVO(Base):
    __tablename__ = "SNSFeiShuEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1024))
    atAll: Mapped[int] = mapped_column(mysql.INTEGER(1, unsigned=True))
    secret: Mapped[str | None] = mapped_column(String(128), server_default=text("''"))


class SNSHttpEndpointVO(Base):
    __tablename__ = "SNSHttpEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSApplicationEndpointVO.uuid"],
            name="fkSNSHttpEndpointVOSNSApplicationEndpointVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1024))
    username: Mapped[str | None] = mapped_column(String(512))
    password: Mapped[str | None] = mapped_column(String(512))


class SNSMicrosoftTeamsEndpointVO(Base):
    __tablename__ = "SNSMicrosoftTeamsEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSApplicationEndpointVO.uuid"],
            name="fkSNSMicrosoftTeamsEndpointVOSNSApplicationEndpointVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1024))


class SNSSmsReceiverVO(Base):
    __tablename__ = "SNSSmsReceiverVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["endpointUuid"],
            ["SNSUniversalSmsEndpointVO.uuid"],
            name="fkSNSSmsReceiverVOSNSUniversalSmsEndpointVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    phoneNumber: Mapped[str] = mapped_column(String(24))
    endpointUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(24))
    description: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SNSSnmpPlatformVO(Base):
    __tablename__ = "SNSSnmpPlatformVO"
    __table_args__ = (
        Index("ukipAddrPort", "snmpAddress", "snmpPort", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    snmpAddress: Mapped[str] = mapped_column(String(128))
    snmpPort: Mapped[int] = mapped_column(mysql.SMALLINT(unsigned=True))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class SNSSubscriberVO(Base):
    __tablename__ = "SNSSubscriberVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["endpointUuid"],
            ["SNSApplicationEndpointVO.uuid"],
            name="fkSNSSubscriberVOSNSApplicationEndpointVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["topicUuid"],
            ["SNSTopicVO.uuid"],
            name="fkSNSSubscriberVOSNSTopicVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    topicUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    endpointUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SNSTextTemplateVO(Base):
    __tablename__ = "SNSTextTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    applicationPlatformType: Mapped[str] = mapped_column(String(128))
    template: Mapped[str] = mapped_column(mysql.TEXT())
    defaultTemplate: Mapped[int] = mapped_column(mysql.INTEGER(1, unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    recoveryTemplate: Mapped[str | None] = mapped_column(mysql.TEXT())
    type: Mapped[str | None] = mapped_column(String(255), server_default=text("'ALARM'"))
    subject: Mapped[str | None] = mapped_column(String(2048))
    recoverySubject: Mapped[str | None] = mapped_column(String(2048))


class SNSTopicVO(Base):
    __tablename__ = "SNSTopicVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    ownerType: Mapped[str | None] = mapped_column(String(32), server_default=text("'Customized'"))
    locale: Mapped[str | None] = mapped_column(String(32))


class SNSUniversalSmsEndpointVO(Base):
    __tablename__ = "SNSUniversalSmsEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SNSApplicationEndpointVO.uuid"],
            name="fkSNSUniversalSmsEndpointVOSNSApplicationEndpointVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    smsAccessKeyId: Mapped[str] = mapped_column(String(128))
    smsAccessKeySecret: Mapped[str] = mapped_column(String(128))
    supplier: Mapped[str] = mapped_column(String(32))


class SNSWeComAtPersonVO(Base):
    __tablename__ = "SNSWeComAtPersonVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    userId: Mapped[str] = mapped_column(String(64))
    endpointUuid: Mapped[Uuid]
    remark: Mapped[str | None] = mapped_column(String(128), server_default=text("''"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SNSWeComEndpointVO(Base):
    __tablename__ = "SNSWeComEndpointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1024))
    atAll: Mapped[int] = mapped_column(mysql.INTEGER(1, unsigned=True))


class SnapShotUsageVO(Base):
    __tablename__ = "SnapShotUsageVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxSnapShotUsageVOaccountUuid", "accountUuid", "dateInLong"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    volumeUuid: Mapped[Uuid]
    SnapshotUuid: Mapped[Uuid]
    SnapshotStatus: Mapped[str] = mapped_column(String(64))
    SnapshotName: Mapped[str] = mapped_column(String(255))
    accountUuid: Mapped[Uuid]
    SnapshotSize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    dateInLong: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    inventory: Mapped[str | None] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SnmpAgentVO(Base):
    __tablename__ = "SnmpAgentVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    version: Mapped[str] = mapped_column(String(32), comment="snmp authentication version")
    readCommunity: Mapped[str | None] = mapped_column(String(32))
    userName: Mapped[str | None] = mapped_column(String(32))
    authAlgorithm: Mapped[str | None] = mapped_column(String(32))
    authPassword: Mapped[str | None] = mapped_column(String(32))
    privacyAlgorithm: Mapped[str | None] = mapped_column(String(32))
    privacyPassword: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(
        String(32),
        comment="SNMP agent status. status is enable which means start snmp with mn start.",
    )
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(10))
    securityLevel: Mapped[str | None] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class SSOClientVO(Base):
    __tablename__ = "SSOClientVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    clientType: Mapped[str] = mapped_column(String(255))
    loginType: Mapped[str] = mapped_column(String(255))
    loginMNUrl: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    redirectUrl: Mapped[str | None] = mapped_column(String(256))


class SSORedirectTemplateVO(Base):
    __tablename__ = "SSORedirectTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["clientUuid"],
            ["SSOClientVO.uuid"],
            name="fkSSORedirectTemplateClientVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    clientUuid: Mapped[str] = mapped_column(String(255))
    redirectTemplate: Mapped[str] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class SSOServerTokenVO(Base):
    __tablename__ = "SSOServerTokenVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accessToken: Mapped[str | None] = mapped_column(mysql.TEXT())
    idToken: Mapped[str | None] = mapped_column(mysql.TEXT())
    refreshToken: Mapped[str | None] = mapped_column(mysql.TEXT())
    userUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SSOTokenVO(Base):
    __tablename__ = "SSOTokenVO"
    __table_args__ = (
        Index("idxSSOTokenVOUserUuid", "userUuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["clientUuid"], ["SSOClientVO.uuid"], name="fkSSOTokenVOClientVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    clientUuid: Mapped[Uuid | None]
    userUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SshKeyPairRefVO(Base):
    __tablename__ = "SshKeyPairRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["sshKeyPairUuid"],
            ["SshKeyPairVO.uuid"],
            name="fkSshKeyPairRefVOSshKey",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkSshKeyPairRefVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.INTEGER(), primary_key=True, autoincrement=True)
    resourceUuid: Mapped[Uuid]
    sshKeyPairUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SshKeyPairVO(Base):
    __tablename__ = "SshKeyPairVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(2048))
    publicKey: Mapped[str] = mapped_column(String(4096))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class StackTemplateVO(Base):
    __tablename__ = "StackTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(32))
    version: Mapped[str] = mapped_column(String(32))
    state: Mapped[int | None] = mapped_column(mysql.TINYINT(1, unsigned=True), server_default=text("1"))
    content: Mapped[str] = mapped_column(mysql.MEDIUMTEXT())
    md5sum: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class SystemRoleVO(Base):
    __tablename__ = "SystemRoleVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    systemRoleType: Mapped[str] = mapped_column(String(64))


class SystemTagVO(Base):
    __tablename__ = "SystemTagVO"
    __table_args__ = (
        Index("idxSystemTagVOresourceType", "resourceType"),
        Index("idxSystemTagVOresourceUuid", "resourceUuid"),
        Index("idxSystemTagVOtag", "tag", **prefix_lengths({"tag": 128})),
        Index("idxSystemTagVOtype", "type"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkSystemTagVOResourceVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(64))
    inherent: Mapped[int] = mapped_column(mysql.TINYINT(unsigned=True), server_default=text("0"))
    type: Mapped[str] = mapped_column(String(32))
    tag: Mapped[str] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
