"""Tables named L...: L2NetworkClusterRefVO, L2NetworkEO, L2NetworkHostRefVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, PrimaryKeyConstraint, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class L2NetworkClusterRefVO(Base):
    __tablename__ = "L2NetworkClusterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("uqL2NetworkClusterRefVO", "l2NetworkUuid", "clusterUuid", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkL2NetworkClusterRefVOClusterEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["l2NetworkUuid"],
            ["L2NetworkEO.uuid"],
            name="fkL2NetworkClusterRefVOL2NetworkEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    l2NetworkUuid: Mapped[Uuid]
    clusterUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    l2ProviderType: Mapped[str | None] = mapped_column(String(32))


class L2NetworkEO(Base):
    __tablename__ = "L2NetworkEO"
    __table_args__ = (
        Index("idxL2NetworkEOname", "name"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkL2NetworkEOZoneEO", ondelete="NO ACTION"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="l2 network uuid")
    name: Mapped[str] = mapped_column(String(255), comment="name")
    type: Mapped[str] = mapped_column(String(128), comment="type")
    vSwitchType: Mapped[str] = mapped_column(String(32), server_default=text("'LinuxBridge'"))
    virtualNetworkId: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    pvlan: Mapped[str | None] = mapped_column(String(128))
    isolated: Mapped[Flag] = mapped_column(server_default=text("0"))
    description: Mapped[str | None] = mapped_column(String(2048), comment="description")
    zoneUuid: Mapped[Uuid] = mapped_column(comment="zone uuid")
    physicalInterface: Mapped[str] = mapped_column(
        String(1024),
        comment="physical nic that this L2 network attaches to",
    )
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))


class L2NetworkHostRefVO(Base):
    __tablename__ = "L2NetworkHostRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("ukL2NetworkHost", "l2NetworkUuid", "hostUuid", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkL2NetworkHostRefVOHostEO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["l2NetworkUuid"],
            ["L2NetworkEO.uuid"],
            name="fkL2NetworkHostRefVOL2NetworkEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    l2NetworkUuid: Mapped[Uuid]
    hostUuid: Mapped[Uuid]
    l2ProviderType: Mapped[str | None] = mapped_column(String(32))
    attachStatus: Mapped[str | None] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class L2PortGroupNetworkVO(Base):
    __tablename__ = "L2PortGroupNetworkVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vSwitchUuid"],
            ["L2VirtualSwitchNetworkVO.uuid"],
            name="fkL2PortGroupNetworkVOL2VirtualSwitchNetworkVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vSwitchUuid: Mapped[Uuid]
    vlanMode: Mapped[str] = mapped_column(String(32), server_default=text("'ACCESS'"))
    vlanId: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    vlanRanges: Mapped[str | None] = mapped_column(String(256))


class L2VirtualSwitchNetworkVO(Base):
    __tablename__ = "L2VirtualSwitchNetworkVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    isDistributed: Mapped[Flag] = mapped_column(server_default=text("1"))


class L2VlanNetworkVO(Base):
    __tablename__ = "L2VlanNetworkVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["L2NetworkEO.uuid"],
            name="fkL2VlanNetworkVOL2NetworkEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vlan: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))


class L3NetworkDnsVO(Base):
    __tablename__ = "L3NetworkDnsVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkL3NetworkDnsVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    l3NetworkUuid: Mapped[Uuid] = mapped_column(comment="l3 network uuid")
    dns: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class L3NetworkEO(Base):
    __tablename__ = "L3NetworkEO"
    __table_args__ = (
        Index("idxL3NetworkEOname", "name"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["l2NetworkUuid"],
            ["L2NetworkEO.uuid"],
            name="fkL3NetworkEOL2NetworkEO",
            ondelete="NO ACTION",
        ),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkL3NetworkEOZoneEO", ondelete="NO ACTION"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="l3 network uuid")
    l2NetworkUuid: Mapped[Uuid] = mapped_column(comment="l2 network uuid that this l3 network belongs to")
    name: Mapped[str] = mapped_column(String(255), comment="name")
    description: Mapped[str | None] = mapped_column(String(2048), comment="description")
    type: Mapped[str] = mapped_column(String(128), comment="type")
    dnsDomain: Mapped[str | None] = mapped_column(String(255))
    system: Mapped[int | None] = mapped_column(mysql.TINYINT(unsigned=True), server_default=text("0"))
    state: Mapped[str] = mapped_column(String(32))
    zoneUuid: Mapped[Uuid] = mapped_column(comment="zone uuid")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    category: Mapped[str] = mapped_column(
        String(255),
        server_default=text("'Private'"),
        comment="the type network used for",
    )
    ipVersion: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    enableIPAM: Mapped[Flag] = mapped_column(server_default=text("1"))
    isolated: Mapped[Flag] = mapped_column(server_default=text("0"))


class L3NetworkHostRouteVO(Base):
    __tablename__ = "L3NetworkHostRouteVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkL3NetworkHostRouteVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    l3NetworkUuid: Mapped[Uuid] = mapped_column(comment="l3 network uuid")
    prefix: Mapped[str] = mapped_column(String(255))
    nexthop: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LdapAccountRefVO(Base):
    __tablename__ = "LdapAccountRefVO"
    __table_args__ = (
        Index("ldapUid", "ldapUid", "ldapServerUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["accountUuid"],
            ["AccountVO.uuid"],
            name="fkLdapAccountRefVOAccountVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["ldapServerUuid"],
            ["LdapServerVO.uuid"],
            name="fkLdapAccountRefVOLdapServerVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ldapUid: Mapped[str] = mapped_column(String(255))
    ldapServerUuid: Mapped[str] = mapped_column(String(255))
    accountUuid: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LdapResourceRefVO(Base):
    __tablename__ = "LdapResourceRefVO"
    __table_args__ = (
        Index("ldapUid", "ldapUid", "ldapServerUuid", "resourceUuid", "resourceType", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["ldapServerUuid"],
            ["LdapServerVO.uuid"],
            name="fkLdapResourceRefVOLdapServerVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ldapUid: Mapped[str] = mapped_column(String(255))
    ldapGlobalUuid: Mapped[str | None] = mapped_column(String(255))
    ldapServerUuid: Mapped[str] = mapped_column(String(255))
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LdapServerVO(Base):
    __tablename__ = "LdapServerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    url: Mapped[str] = mapped_column(String(1024))
    base: Mapped[str] = mapped_column(String(1024))
    username: Mapped[str] = mapped_column(String(1024))
    password: Mapped[str] = mapped_column(String(1024))
    encryption: Mapped[str] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    scope: Mapped[str] = mapped_column(String(255))


class LicenseAppIdRefVO(Base):
    __tablename__ = "LicenseAppIdRefVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    licenseId: Mapped[str] = mapped_column(String(32))
    appId: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class LicenseHistoryVO(Base):
    __tablename__ = "LicenseHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    uuid: Mapped[Uuid]
    cpuNum: Mapped[int] = mapped_column(mysql.INTEGER(10))
    hostNum: Mapped[int] = mapped_column(mysql.INTEGER(10))
    vmNum: Mapped[int] = mapped_column(mysql.INTEGER(10))
    expiredDate: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    issuedDate: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    uploadDate: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    licenseType: Mapped[str] = mapped_column(String(32))
    userName: Mapped[str] = mapped_column(String(64))
    prodInfo: Mapped[str] = mapped_column(String(32), server_default=text("''"))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    hash: Mapped[str] = mapped_column(mysql.CHAR(32), server_default=text("'unknown'"))
    source: Mapped[str] = mapped_column(String(16))
    managementNodeUuid: Mapped[Uuid] = mapped_column(server_default=text("'none'"))
    mergedTo: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    capacity: Mapped[int] = mapped_column(mysql.INTEGER(10))


class LoadBalancerListenerACLRefVO(Base):
    __tablename__ = "LoadBalancerListenerACLRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["serverGroupUuid"],
            ["LoadBalancerServerGroupVO.uuid"],
            name="fkLoadBalancerListenerACLRefVOLoadBalancerServerGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["aclUuid"],
            ["AccessControlListVO.uuid"],
            name="fkLoadbalancerListenerACLRefVOAccessControlListVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["listenerUuid"],
            ["LoadBalancerListenerVO.uuid"],
            name="fkLoadbalancerListenerACLRefVOLoadBalancerListenerVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    aclUuid: Mapped[Uuid]
    listenerUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    serverGroupUuid: Mapped[Uuid | None]


class LoadBalancerListenerCertificateRefVO(Base):
    __tablename__ = "LoadBalancerListenerCertificateRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["certificateUuid"],
            ["CertificateVO.uuid"],
            name="fkLoadBalancerListenerCertificateRefVOCertificateVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["listenerUuid"],
            ["LoadBalancerListenerVO.uuid"],
            name="fkLoadBalancerListenerCertificateRefVOLoadBalancerListenerVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    listenerUuid: Mapped[Uuid]
    certificateUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LoadBalancerListenerServerGroupRefVO(Base):
    __tablename__ = "LoadBalancerListenerServerGroupRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["listenerUuid"],
            ["LoadBalancerListenerVO.uuid"],
            name="fkLoadBalancerListenerServerGroupRefVOLoadBalancerListenerVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["serverGroupUuid"],
            ["LoadBalancerServerGroupVO.uuid"],
            name="fkLoadBalancerListenerServerGroupRefVOLoadBalancerServerGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    listenerUuid: Mapped[Uuid]
    serverGroupUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LoadBalancerListenerVO(Base):
    __tablename__ = "LoadBalancerListenerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["serverGroupUuid"],
            ["LoadBalancerServerGroupVO.uuid"],
            name="fkLoadBalancerListenerVOLoadBalancerServerGroupVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["loadBalancerUuid"],
            ["LoadBalancerVO.uuid"],
            name="fkLoadBalancerListenerVOLoadBalancerVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    loadBalancerUuid: Mapped[Uuid]
    instancePort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    loadBalancerPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    protocol: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    serverGroupUuid: Mapped[Uuid | None]
    securityPolicyType: Mapped[str | None] = mapped_column(String(255))


class LoadBalancerListenerVmNicRefVO(Base):
    __tablename__ = "LoadBalancerListenerVmNicRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["listenerUuid"],
            ["LoadBalancerListenerVO.uuid"],
            name="fkLoadBalancerListenerVmNicRefVOLoadBalancerListenerVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmNicUuid"],
            ["VmNicVO.uuid"],
            name="fkLoadBalancerListenerVmNicRefVOVmNicVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    listenerUuid: Mapped[Uuid]
    vmNicUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LoadBalancerServerGroupServerIpVO(Base):
    __tablename__ = "LoadBalancerServerGroupServerIpVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["serverGroupUuid"],
            ["LoadBalancerServerGroupVO.uuid"],
            name="fkLoadBalancerServerGroupServerIpVOLoadBalancerServerGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    serverGroupUuid: Mapped[Uuid]
    ipAddress: Mapped[str] = mapped_column(String(128))
    weight: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("100"))
    status: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LoadBalancerServerGroupVO(Base):
    __tablename__ = "LoadBalancerServerGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["loadBalancerUuid"],
            ["LoadBalancerVO.uuid"],
            name="fkLoadBalancerServerGroupVOLoadBalancerVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    loadBalancerUuid: Mapped[Uuid]
    ipVersion: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LoadBalancerServerGroupVmNicRefVO(Base):
    __tablename__ = "LoadBalancerServerGroupVmNicRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["serverGroupUuid"],
            ["LoadBalancerServerGroupVO.uuid"],
            name="fkLoadBalancerServerGroupVmNicRefVOLoadBalancerServerGroupVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vmNicUuid"],
            ["VmNicVO.uuid"],
            name="fkLoadBalancerServerGroupVmNicRefVOVmNicVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    serverGroupUuid: Mapped[Uuid]
    vmNicUuid: Mapped[Uuid]
    weight: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("100"))
    status: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    ipVersion: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4"))


class LoadBalancerVO(Base):
    __tablename__ = "LoadBalancerVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["ipv6VipUuid"], ["VipVO.uuid"], name="fkLoadBalancerVOIpv6VipVO", ondelete="SET NULL"),
        ForeignKeyConstraint(
            ["serverGroupUuid"],
            ["LoadBalancerServerGroupVO.uuid"],
            name="fkLoadBalancerVOLoadBalancerServerGroupVO",
            use_alter=True,
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkLoadBalancerVOVipVO", ondelete="SET NULL"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    providerType: Mapped[str | None] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(64))
    vipUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    type: Mapped[str | None] = mapped_column(String(255), server_default=text("'Shared'"))
    serverGroupUuid: Mapped[Uuid | None]
    ipv6VipUuid: Mapped[Uuid | None]


class LocalStorageHostRefVO(Base):
    __tablename__ = "LocalStorageHostRefVO"
    __table_args__ = (
        Index("idxLocalStorageHostRefVOavailableCapacity", "availableCapacity"),
        Index("idxLocalStorageHostRefVOavailablePhysicalCapacity", "availablePhysicalCapacity"),
        Index("idxLocalStorageHostRefVOtotalCapacity", "totalCapacity"),
        Index("idxLocalStorageHostRefVOtotalPhysicalCapacity", "totalPhysicalCapacity"),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkLocalStorageHostRefVOHostEO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkLocalStorageHostRefVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    hostUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    primaryStorageUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    totalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availableCapacity: Mapped[int] = mapped_column(mysql.BIGINT(), server_default=text("0"))
    totalPhysicalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availablePhysicalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    systemUsedCapacity: Mapped[int] = mapped_column(mysql.BIGINT(), server_default=text("0"))


class LocalStorageResourceRefVO(Base):
    __tablename__ = "LocalStorageResourceRefVO"
    __table_args__ = (
        PrimaryKeyConstraint("resourceUuid", "hostUuid", "primaryStorageUuid"),
        Index("fkLocalStorageResourceRefVOHostEO", "hostUuid"),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkLocalStorageResourceRefVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    resourceUuid: Mapped[Uuid]
    primaryStorageUuid: Mapped[Uuid]
    hostUuid: Mapped[Uuid]
    size: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    resourceType: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LogVO(Base):
    __tablename__ = "LogVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    content: Mapped[str | None] = mapped_column(mysql.TEXT())
    type: Mapped[str] = mapped_column(String(32))
    level: Mapped[str | None] = mapped_column(String(32))
    resourceUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class LoginAttemptsVO(Base):
    __tablename__ = "LoginAttemptsVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    targetResourceIdentity: Mapped[str] = mapped_column(String(256))
    attempts: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    locked: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True))
    forceChangePassword: Mapped[int] = mapped_column(mysql.TINYINT(1, unsigned=True))
    unlockDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    successCount: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))


class LongJobVO(Base):
    __tablename__ = "LongJobVO"
    __table_args__ = (
        Index("idxLongJobVOapiId", "apiId"),
        Index("idxLongJobVOtargetResourceUuid", "targetResourceUuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["managementNodeUuid"],
            ["ManagementNodeVO.uuid"],
            name="fkLongJobVOManagementNodeVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    apiId: Mapped[str] = mapped_column(String(32))
    jobName: Mapped[str] = mapped_column(String(255))
    jobData: Mapped[str] = mapped_column(mysql.MEDIUMTEXT())
    jobResult: Mapped[str | None] = mapped_column(mysql.MEDIUMTEXT())
    state: Mapped[str] = mapped_column(String(255))
    targetResourceUuid: Mapped[Uuid | None]
    managementNodeUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    executeTime: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))


class LunVO(Base):
    __tablename__ = "LunVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    name: Mapped[str | None] = mapped_column(String(256))
    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    wwid: Mapped[str] = mapped_column(String(256))
    vendor: Mapped[str | None] = mapped_column(String(256))
    model: Mapped[str | None] = mapped_column(String(256))
    wwn: Mapped[str | None] = mapped_column(String(256))
    serial: Mapped[str | None] = mapped_column(String(256))
    hctl: Mapped[str | None] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(128))
    path: Mapped[str | None] = mapped_column(String(128))
    source: Mapped[str | None] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    state: Mapped[str | None] = mapped_column(String(64))
    multipathDeviceUuid: Mapped[Uuid | None]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
