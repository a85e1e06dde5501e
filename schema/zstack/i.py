"""Tables named I...: IAM2GroupVirtualIDRefVO, IAM2OrganizationAttributeVO, IAM2OrganizationProjectRefVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, PrimaryKeyConstraint, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import prefix_lengths, table_options
from zsgate.schema.releases import BASELINE


class IAM2GroupVirtualIDRefVO(Base):
    __tablename__ = "IAM2GroupVirtualIDRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["groupUuid"],
            ["IAM2VirtualIDGroupVO.uuid"],
            name="fkIAM2GroupVirtualIDRefVOIAM2VirtualIDGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["virtualIDUuid"],
            ["IAM2VirtualIDVO.uuid"],
            name="fkIAM2GroupVirtualIDRefVOIAM2VirtualIDVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    virtualIDUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    groupUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2OrganizationAttributeVO(Base):
    __tablename__ = "IAM2OrganizationAttributeVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["organizationUuid"],
            ["IAM2OrganizationVO.uuid"],
            name="fkIAM2OrganizationAttributeVOIAM2OrganizationVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(2048))
    value: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(32))
    organizationUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2OrganizationProjectRefVO(Base):
    __tablename__ = "IAM2OrganizationProjectRefVO"
    __table_args__ = (
        Index("projectUuid", "projectUuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    projectUuid: Mapped[Uuid]
    organizationUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2OrganizationVO(Base):
    __tablename__ = "IAM2OrganizationVO"
    __table_args__ = (
        Index("idxRootOrganizationUuid", "rootOrganizationUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(64))
    parentUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    rootOrganizationUuid: Mapped[Uuid]
    srcType: Mapped[str | None] = mapped_column(String(32))


class IAM2ProjectAccountRefVO(Base):
    __tablename__ = "IAM2ProjectAccountRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["accountUuid"],
            ["AccountVO.uuid"],
            name="fkIAM2ProjectAccountRefVOAccountVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["projectUuid"],
            ["IAM2ProjectVO.uuid"],
            name="fkIAM2ProjectAccountRefVOIAM2ProjectVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    accountUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    projectUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2ProjectAttributeVO(Base):
    __tablename__ = "IAM2ProjectAttributeVO"
    __table_args__ = (
        ForeignKeyConstraint(["projectUuid"], ["IAM2ProjectVO.uuid"], name="fkIAM2ProjectAttributeVOIAM2ProjectVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(2048))
    value: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(32))
    projectUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2ProjectResourceRefVO(Base):
    __tablename__ = "IAM2ProjectResourceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["projectUuid"],
            ["IAM2ProjectVO.uuid"],
            name="fkIAM2ProjectResourceRefVOIAM2ProjectVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkIAM2ProjectResourceRefVOResourceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(128))
    projectUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class IAM2ProjectRoleVO(Base):
    __tablename__ = "IAM2ProjectRoleVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    iam2ProjectRoleType: Mapped[str] = mapped_column(String(64))


class IAM2ProjectTemplateVO(Base):
    __tablename__ = "IAM2ProjectTemplateVO"
    __table_args__ = (
        Index("name", "name", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    template: Mapped[str] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2ProjectVO(Base):
    __tablename__ = "IAM2ProjectVO"
    __table_args__ = (
        Index("name", "name", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2ProjectVirtualIDGroupRefVO(Base):
    __tablename__ = "IAM2ProjectVirtualIDGroupRefVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    groupUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    projectUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2ProjectVirtualIDRefVO(Base):
    __tablename__ = "IAM2ProjectVirtualIDRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["projectUuid"],
            ["IAM2ProjectVO.uuid"],
            name="fkIAM2ProjectVirtualIDRefVOIAM2ProjectVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["virtualIDUuid"],
            ["IAM2VirtualIDVO.uuid"],
            name="fkIAM2ProjectVirtualIDRefVOIAM2VirtualIDVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    virtualIDUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    projectUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2TicketFlowCollectionVO(Base):
    __tablename__ = "IAM2TicketFlowCollectionVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["projectUuid"],
            ["IAM2ProjectVO.uuid"],
            name="fkIAM2TicketFlowCollectionVOIAM2ProjectVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["uuid"],
            ["TicketFlowCollectionVO.uuid"],
            name="fkIAM2TicketFlowCollectionVOTicketFlowCollectionVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    projectUuid: Mapped[Uuid]


class IAM2TicketFlowVO(Base):
    __tablename__ = "IAM2TicketFlowVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["uuid"],
            ["TicketFlowVO.uuid"],
            name="fkIAM2TicketFlowVOTicketFlowVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    approverUuid: Mapped[Uuid]
    valid: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True))


class IAM2VirtualIDAttributeVO(Base):
    __tablename__ = "IAM2VirtualIDAttributeVO"
    __table_args__ = (
        Index("idxName", "name", **prefix_lengths({"name": 128})),
        Index("idxValue", "value", **prefix_lengths({"value": 128})),
        ForeignKeyConstraint(
            ["virtualIDUuid"],
            ["IAM2VirtualIDVO.uuid"],
            name="fkIAM2VirtualIDAttributeVOIAM2VirtualIDVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(2048))
    value: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(32))
    virtualIDUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2VirtualIDGroupAttributeVO(Base):
    __tablename__ = "IAM2VirtualIDGroupAttributeVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["groupUuid"],
            ["IAM2VirtualIDGroupVO.uuid"],
            name="fkIAM2VirtualIDGroupAttributeVOIAM2VirtualIDGroupVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(2048))
    value: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(32))
    groupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2VirtualIDGroupRefVO(Base):
    __tablename__ = "IAM2VirtualIDGroupRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["groupUuid"],
            ["IAM2VirtualIDGroupVO.uuid"],
            name="fkIAM2VirtualIDGroupRefVOIAM2VirtualIDGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["virtualIDUuid"],
            ["IAM2VirtualIDVO.uuid"],
            name="fkIAM2VirtualIDGroupRefVOIAM2VirtualIDVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    virtualIDUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    groupUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2VirtualIDGroupRoleRefVO(Base):
    __tablename__ = "IAM2VirtualIDGroupRoleRefVO"
    __table_args__ = (
        PrimaryKeyConstraint("groupUuid", "roleUuid", "targetAccountUuid"),
        Index("idxIAM2VirtualIDGroupRoleRefVOTargetAccountUuid", "targetAccountUuid"),
        ForeignKeyConstraint(
            ["groupUuid"],
            ["IAM2VirtualIDGroupVO.uuid"],
            name="fkIAM2VirtualIDGroupRoleRefVOIAM2VirtualIDGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["roleUuid"],
            ["RoleVO.uuid"],
            name="fkIAM2VirtualIDGroupRoleRefVORoleVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    roleUuid: Mapped[Uuid]
    groupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    targetAccountUuid: Mapped[Uuid]


class IAM2VirtualIDGroupVO(Base):
    __tablename__ = "IAM2VirtualIDGroupVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    projectUuid: Mapped[Uuid | None]
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2VirtualIDOrganizationRefVO(Base):
    __tablename__ = "IAM2VirtualIDOrganizationRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["organizationUuid"],
            ["IAM2OrganizationVO.uuid"],
            name="fkIAM2VirtualIDOrganizationRefVOIAM2OrganizationVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["virtualIDUuid"],
            ["IAM2VirtualIDVO.uuid"],
            name="fkIAM2VirtualIDOrganizationRefVOIAM2VirtualIDVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    virtualIDUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    organizationUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IAM2VirtualIDRoleRefVO(Base):
    __tablename__ = "IAM2VirtualIDRoleRefVO"
    __table_args__ = (
        Index("idxIAM2VirtualIDRoleRefVOTargetAccountUuid", "targetAccountUuid"),
        ForeignKeyConstraint(
            ["virtualIDUuid"],
            ["IAM2VirtualIDVO.uuid"],
            name="fkIAM2VirtualIDRoleRefVOIAM2VirtualIDVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["roleUuid"], ["RoleVO.uuid"], name="fkIAM2VirtualIDRoleRefVORoleVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    virtualIDUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    roleUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    targetAccountUuid: Mapped[Uuid] = mapped_column(primary_key=True)


class IAM2VirtualIDVO(Base):
    __tablename__ = "IAM2VirtualIDVO"
    __table_args__ = (
        Index("name", "name", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    password: Mapped[str] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    type: Mapped[str | None] = mapped_column(String(32))


class IPsecConnectionVO(Base):
    __tablename__ = "IPsecConnectionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkIPsecConnectionVOVipVO", ondelete="NO ACTION"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    peerAddress: Mapped[str] = mapped_column(String(255))
    authMode: Mapped[str] = mapped_column(String(255))
    authKey: Mapped[str] = mapped_column(mysql.TEXT())
    vipUuid: Mapped[Uuid]
    ikeAuthAlgorithm: Mapped[str] = mapped_column(String(32))
    ikeEncryptionAlgorithm: Mapped[str] = mapped_column(String(32))
    ikeDhGroup: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    policyAuthAlgorithm: Mapped[str] = mapped_column(String(32))
    policyEncryptionAlgorithm: Mapped[str] = mapped_column(String(32))
    pfs: Mapped[str | None] = mapped_column(String(32))
    policyMode: Mapped[str] = mapped_column(String(32))
    transformProtocol: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    state: Mapped[str] = mapped_column(String(255), server_default=text("'Enabled'"))
    status: Mapped[str] = mapped_column(String(255), server_default=text("'Ready'"))
    ikeVersion: Mapped[str] = mapped_column(String(16), server_default=text("'ikev1'"))
    idType: Mapped[str | None] = mapped_column(String(16))
    remoteId: Mapped[str | None] = mapped_column(String(128))
    localId: Mapped[str | None] = mapped_column(String(128))
    ikeLifeTime: Mapped[int | None] = mapped_column(mysql.INTEGER(10), server_default=text("0"))
    lifeTime: Mapped[int | None] = mapped_column(mysql.INTEGER(10), server_default=text("0"))


class IPsecL3NetworkRefVO(Base):
    __tablename__ = "IPsecL3NetworkRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["connectionUuid"],
            ["IPsecConnectionVO.uuid"],
            name="fkIPsecL3NetworkRefVOIPsecConnectionVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkIPsecL3NetworkRefVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    connectionUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IPsecPeerCidrVO(Base):
    __tablename__ = "IPsecPeerCidrVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["connectionUuid"],
            ["IPsecConnectionVO.uuid"],
            name="fkIPsecPeerCidrVOIPsecConnectionVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    cidr: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    connectionUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class IdentityZoneVO(Base):
    __tablename__ = "IdentityZoneVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["dataCenterUuid"], ["DataCenterVO.uuid"], name="fkIdentityZoneVODataCenterVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    zoneId: Mapped[str] = mapped_column(String(64))
    dataCenterUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    zoneName: Mapped[str] = mapped_column(String(128))
    closed: Mapped[str | None] = mapped_column(String(1))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class ImageBackupStorageRefVO(Base):
    __tablename__ = "ImageBackupStorageRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkImageBackupStorageRefVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["imageUuid"],
            ["ImageEO.uuid"],
            name="fkImageBackupStorageRefVOImageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    backupStorageUuid: Mapped[Uuid]
    imageUuid: Mapped[Uuid]
    installPath: Mapped[str] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    status: Mapped[str] = mapped_column(String(32))
    exportMd5Sum: Mapped[str | None] = mapped_column(String(255))
    exportUrl: Mapped[str | None] = mapped_column(String(2048))


class ImageCacheShadowVO(Base):
    __tablename__ = "ImageCacheShadowVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    primaryStorageUuid: Mapped[Uuid]
    imageUuid: Mapped[Uuid | None]
    installUrl: Mapped[str] = mapped_column(String(1024))
    mediaType: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    md5sum: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ImageCacheVO(Base):
    __tablename__ = "ImageCacheVO"
    __table_args__ = (
        Index("fkImageCacheShadowVOPrimaryStorageEO", "primaryStorageUuid"),
        Index("fkImageCacheVOImageEO", "imageUuid"),
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkImageCacheShadowVOPrimaryStorageEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkImageCacheVOPrimaryStorageEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    primaryStorageUuid: Mapped[Uuid]
    imageUuid: Mapped[Uuid | None]
    installUrl: Mapped[str] = mapped_column(String(1024))
    mediaType: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    md5sum: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ImageCacheVolumeRefVO(Base):
    __tablename__ = "ImageCacheVolumeRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["imageCacheId"],
            ["ImageCacheVO.id"],
            name="fkImageCacheVolumeRefVOImageCacheVO",
            ondelete="NO ACTION",
        ),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkImageCacheVolumeRefVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["volumeUuid"],
            ["VolumeEO.uuid"],
            name="fkImageCacheVolumeRefVOVolumeEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    imageCacheId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    volumeUuid: Mapped[Uuid]
    primaryStorageUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class ImageEO(Base):
    __tablename__ = "ImageEO"
    __table_args__ = (
        Index("idxDeleted", "deleted"),
        Index("idxImageEOname", "name"),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    size: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), comment="image size")
    md5sum: Mapped[str | None] = mapped_column(String(255), comment="md5sum of image")
    name: Mapped[str] = mapped_column(String(255), comment="image name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="image description")
    url: Mapped[str] = mapped_column(String(1024), comment="image url")
    installUrl: Mapped[str | None] = mapped_column(
        String(1024),
        comment="url where image installed on secondary storage",
    )
    mediaType: Mapped[str] = mapped_column(String(32))
    format: Mapped[str] = mapped_column(String(32))
    system: Mapped[int | None] = mapped_column(mysql.TINYINT(unsigned=True), server_default=text("0"))
    platform: Mapped[str | None] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(255), comment="image type")
    guestOsType: Mapped[str | None] = mapped_column(
        String(255),
        server_default=text("'other'"),
        comment="guest os type string",
    )
    state: Mapped[str] = mapped_column(String(32), comment="image state")
    status: Mapped[str] = mapped_column(String(32), comment="image status")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    actualSize: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    architecture: Mapped[str | None] = mapped_column(String(32))
    virtio: Mapped[Flag | None] = mapped_column(server_default=text("1"))


class ImageOpsJournalVO(Base):
    __tablename__ = "ImageOpsJournalVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkImageOpsJournalVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    backupStorageUuid: Mapped[Uuid]
    imageUuid: Mapped[Uuid]
    action: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    type: Mapped[str] = mapped_column(String(32), server_default=text("'Image'"))


class ImagePackageVO(Base):
    __tablename__ = "ImagePackageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkImagePackageVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmUuid"],
            ["VmInstanceEO.uuid"],
            name="fkImagePackageVOVmInstanceEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[str] = mapped_column(mysql.CHAR(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    vmUuid: Mapped[str | None] = mapped_column(mysql.CHAR(32))
    backupStorageUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    state: Mapped[str] = mapped_column(String(32))
    exportUrl: Mapped[str | None] = mapped_column(String(2048))
    md5Sum: Mapped[str | None] = mapped_column(mysql.CHAR(32))
    format: Mapped[str | None] = mapped_column(String(16))
    size: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class ImageReplicationGroupBackupStorageRefVO(Base):
    __tablename__ = "ImageReplicationGroupBackupStorageRefVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkImageReplicationGroupBackupStorageRefVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    backupStorageUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    replicationGroupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class ImageReplicationGroupVO(Base):
    __tablename__ = "ImageReplicationGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class ImageReplicationHistoryVO(Base):
    __tablename__ = "ImageReplicationHistoryVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkImageReplicationHistoryVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    backupStorageUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastIndex: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class ImageStoreBackupStorageVO(Base):
    __tablename__ = "ImageStoreBackupStorageVO"
    __table_args__ = (
        Index("hostname", "hostname", unique=True),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostname: Mapped[str] = mapped_column(String(255))
    username: Mapped[str] = mapped_column(String(255))
    password: Mapped[str] = mapped_column(String(255))
    sshPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))


class InfoSecSecretResourcePoolVO(Base):
    __tablename__ = "InfoSecSecretResourcePoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecretResourcePoolVO.uuid"],
            name="fkInfoSecSecretResourcePoolVOSecretResourcePoolVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    connectionMode: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    activatedToken: Mapped[str | None] = mapped_column(String(32))
    protectToken: Mapped[str | None] = mapped_column(String(32))
    hmacToken: Mapped[str | None] = mapped_column(String(32))
    encryptPublicKey: Mapped[str | None] = mapped_column(mysql.TEXT())
    encryptSubjectDN: Mapped[str | None] = mapped_column(String(128))


class InfoSecSecurityMachineVO(Base):
    __tablename__ = "InfoSecSecurityMachineVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecurityMachineVO.uuid"],
            name="fkInfoSecSecurityMachineVOSecurityMachineVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    password: Mapped[str | None] = mapped_column(String(255))


class InsertVO(Base):
    __tablename__ = "InsertVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    voName: Mapped[str] = mapped_column(String(255))
    uuid: Mapped[Uuid]
    foreignVOName: Mapped[str | None] = mapped_column(String(255))
    foreignVOUuid: Mapped[Uuid | None]
    insertDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class InstallPathRecycleVO(Base):
    __tablename__ = "InstallPathRecycleVO"
    __table_args__ = (
        Index("trashId", "trashId", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    trashId: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(32))
    storageUuid: Mapped[Uuid]
    storageType: Mapped[str] = mapped_column(String(32))
    installPath: Mapped[str] = mapped_column(String(1024))
    hostUuid: Mapped[Uuid | None]
    hypervisorType: Mapped[str | None] = mapped_column(String(32))
    trashType: Mapped[str] = mapped_column(String(32))
    isFolder: Mapped[Flag] = mapped_column(server_default=text("0"))
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class InstanceOfferingEO(Base):
    __tablename__ = "InstanceOfferingEO"
    __table_args__ = (
        Index("idxDeleted", "deleted"),
        Index("idxInstanceOfferingEOname", "name"),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    name: Mapped[str] = mapped_column(String(255), comment="instance offering name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="instance offering description")
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), comment="number of cpus")
    cpuSpeed: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="cpu speed in hz")
    memorySize: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), comment="memory size in bytes")
    state: Mapped[str] = mapped_column(String(32))
    sortKey: Mapped[int | None] = mapped_column(
        mysql.INTEGER(unsigned=True),
        server_default=text("0"),
        comment="sort key",
    )
    type: Mapped[str] = mapped_column(String(255), comment="offering type")
    duration: Mapped[str] = mapped_column(String(255))
    allocatorStrategy: Mapped[str | None] = mapped_column(
        String(64),
        comment="allocator strategy deciding which allocator chain to use",
    )
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    reservedMemorySize: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))


class IpRangeEO(Base):
    __tablename__ = "IpRangeEO"
    __table_args__ = (
        Index("idxIpRangeEOendIp", "endIp"),
        Index("idxIpRangeEOgateway", "gateway"),
        Index("idxIpRangeEOname", "name"),
        Index("idxIpRangeEOnetmask", "netmask"),
        Index("idxIpRangeEOstartIp", "startIp"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkIpRangeEOL3NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    l3NetworkUuid: Mapped[Uuid] = mapped_column(comment="l3 network uuid")
    name: Mapped[str | None] = mapped_column(String(255), comment="name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="description")
    startIp: Mapped[str] = mapped_column(String(64), comment="start ip")
    endIp: Mapped[str] = mapped_column(String(64), comment="end ip")
    netmask: Mapped[str] = mapped_column(String(64), comment="netmask")
    gateway: Mapped[str] = mapped_column(String(64), comment="gateway")
    networkCidr: Mapped[str | None] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    ipVersion: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4"))
    addressMode: Mapped[str | None] = mapped_column(String(64))
    prefixLen: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))


class IscsiFileSystemBackendPrimaryStorageVO(Base):
    __tablename__ = "IscsiFileSystemBackendPrimaryStorageVO"
    __table_args__ = (
        Index("hostname", "hostname", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkIscsiFileSystemBackendPrimaryStorageVOPrimaryStorageEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    hostname: Mapped[str] = mapped_column(String(255))
    sshUsername: Mapped[str] = mapped_column(String(255))
    sshPassword: Mapped[str] = mapped_column(String(255))
    filesystemType: Mapped[str] = mapped_column(String(255))
    chapUsername: Mapped[str | None] = mapped_column(String(255))
    chapPassword: Mapped[str | None] = mapped_column(String(255))


class IscsiIsoVO(Base):
    __tablename__ = "IscsiIsoVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkIscsiIsoVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkIscsiIsoVOVmInstanceEO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    imageUuid: Mapped[Uuid]
    primaryStorageUuid: Mapped[Uuid]
    target: Mapped[str | None] = mapped_column(String(128))
    hostname: Mapped[str | None] = mapped_column(String(128))
    path: Mapped[str | None] = mapped_column(String(512))
    vmInstanceUuid: Mapped[Uuid | None]
    lun: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class IscsiLunVO(Base):
    __tablename__ = "IscsiLunVO"
    __table_args__ = (
        ForeignKeyConstraint(["iscsiTargetUuid"], ["IscsiTargetVO.uuid"], name="fkIscsiLunVOIscsiTargetVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    iscsiTargetUuid: Mapped[Uuid]


class IscsiServerClusterRefVO(Base):
    __tablename__ = "IscsiServerClusterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkIscsiServerClusterRefVOClusterEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["iscsiServerUuid"],
            ["IscsiServerVO.uuid"],
            name="fkIscsiServerClusterRefVOIscsiServerVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    clusterUuid: Mapped[Uuid]
    iscsiServerUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IscsiServerVO(Base):
    __tablename__ = "IscsiServerVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    ip: Mapped[str] = mapped_column(String(64))
    port: Mapped[int | None] = mapped_column(mysql.SMALLINT(unsigned=True), server_default=text("3260"))
    state: Mapped[str] = mapped_column(String(32))
    chapUserName: Mapped[str | None] = mapped_column(String(256))
    chapUserPassword: Mapped[str | None] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class IscsiTargetVO(Base):
    __tablename__ = "IscsiTargetVO"
    __table_args__ = (
        ForeignKeyConstraint(["iscsiServerUuid"], ["IscsiServerVO.uuid"], name="fkIscsiTargetVOIscsiServerVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    iqn: Mapped[str] = mapped_column(String(256))
    state: Mapped[str] = mapped_column(String(32))
    iscsiServerUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
