"""Tables named Vp_vx...: VpcFirewallIpSetTemplateVO, VpcFirewallRuleSetL3RefVO, VpcFirewallRuleSetVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class VpcFirewallIpSetTemplateVO(Base):
    __tablename__ = "VpcFirewallIpSetTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    sourceValue: Mapped[str | None] = mapped_column(String(2048))
    destValue: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcFirewallRuleSetL3RefVO(Base):
    __tablename__ = "VpcFirewallRuleSetL3RefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkVpcFirewallRuleSetL3RefVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["ruleSetUuid"],
            ["VpcFirewallRuleSetVO.uuid"],
            name="fkVpcFirewallRuleSetL3RefVOVpcFirewallRuleSetVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vpcFirewallUuid"],
            ["VpcFirewallVO.uuid"],
            name="fkVpcFirewallRuleSetL3RefVOVpcFirewallVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    ruleSetUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    vpcFirewallUuid: Mapped[Uuid]
    packetsForwardType: Mapped[str] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcFirewallRuleSetVO(Base):
    __tablename__ = "VpcFirewallRuleSetVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    actionType: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    enableDefaultLog: Mapped[Flag] = mapped_column(server_default=text("0"))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    isDefault: Mapped[Flag] = mapped_column(server_default=text("0"))
    isApplied: Mapped[Flag] = mapped_column(server_default=text("1"))


class VpcFirewallRuleTemplateVO(Base):
    __tablename__ = "VpcFirewallRuleTemplateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(String(255))
    protocol: Mapped[str | None] = mapped_column(String(255))
    sourcePort: Mapped[str | None] = mapped_column(String(255))
    destPort: Mapped[str | None] = mapped_column(String(255))
    sourceIp: Mapped[str | None] = mapped_column(String(2048))
    destIp: Mapped[str | None] = mapped_column(String(2048))
    ruleNumber: Mapped[int] = mapped_column(mysql.INTEGER(10))
    icmpTypeName: Mapped[str | None] = mapped_column(String(255))
    allowStates: Mapped[str | None] = mapped_column(String(255))
    tcpFlag: Mapped[str | None] = mapped_column(String(255))
    enableLog: Mapped[Flag] = mapped_column(server_default=text("0"))
    state: Mapped[str] = mapped_column(String(32), server_default=text("'0'"))
    isDefault: Mapped[Flag] = mapped_column(server_default=text("0"))
    description: Mapped[str | None] = mapped_column(String(2048))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcFirewallRuleVO(Base):
    __tablename__ = "VpcFirewallRuleVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    ruleSetUuid: Mapped[Uuid]
    action: Mapped[str] = mapped_column(String(255))
    protocol: Mapped[str | None] = mapped_column(String(255))
    sourcePort: Mapped[str | None] = mapped_column(String(255))
    destPort: Mapped[str | None] = mapped_column(String(255))
    sourceIp: Mapped[str | None] = mapped_column(String(2048))
    destIp: Mapped[str | None] = mapped_column(String(2048))
    ruleNumber: Mapped[int] = mapped_column(mysql.INTEGER(10))
    icmpTypeName: Mapped[str | None] = mapped_column(String(255))
    allowStates: Mapped[str | None] = mapped_column(String(255))
    tcpFlag: Mapped[str | None] = mapped_column(String(255))
    enableLog: Mapped[Flag] = mapped_column(server_default=text("0"))
    state: Mapped[str] = mapped_column(String(32), server_default=text("'0'"))
    isDefault: Mapped[Flag] = mapped_column(server_default=text("0"))
    description: Mapped[str | None] = mapped_column(String(2048))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    isApplied: Mapped[Flag] = mapped_column(server_default=text("1"))
    expired: Mapped[Flag] = mapped_column(server_default=text("0"))


class VpcFirewallVO(Base):
    __tablename__ = "VpcFirewallVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    description: Mapped[str | None] = mapped_column(String(2048))
    name: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VpcFirewallVRouterRefVO(Base):
    __tablename__ = "VpcFirewallVRouterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["vRouterUuid"],
            ["VirtualRouterVmVO.uuid"],
            name="VpcFirewallVRouterRefVOVirtualRouteVmVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vpcFirewallUuid"],
            ["VpcFirewallVO.uuid"],
            name="VpcFirewallVRouterRefVOVpcFirewallVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(), primary_key=True, autoincrement=True)
    vRouterUuid: Mapped[Uuid]
    vpcFirewallUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcHaGroupApplianceVmRefVO(Base):
    __tablename__ = "VpcHaGroupApplianceVmRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["ApplianceVmVO.uuid"],
            name="fkVpcHaGroupApplianceVmRefVOApplianceVmVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vpcHaRouterUuid"],
            ["VpcHaGroupVO.uuid"],
            name="fkVpcHaGroupApplianceVmRefVOVpcHaGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vpcHaRouterUuid: Mapped[Uuid | None]


class VpcHaGroupMonitorIpVO(Base):
    __tablename__ = "VpcHaGroupMonitorIpVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["vpcHaRouterUuid"],
            ["VpcHaGroupVO.uuid"],
            name="fkVpcHaGroupMonitorIpVOVpcHaGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vpcHaRouterUuid: Mapped[Uuid]
    monitorIp: Mapped[str] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcHaGroupNetworkServiceRefVO(Base):
    __tablename__ = "VpcHaGroupNetworkServiceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["vpcHaRouterUuid"],
            ["VpcHaGroupVO.uuid"],
            name="fkVpcHaGroupNetworkServiceRefVOVpcHaGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vpcHaRouterUuid: Mapped[Uuid]
    networkServiceName: Mapped[str] = mapped_column(String(128))
    networkServiceUuid: Mapped[str] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class VpcHaGroupVO(Base):
    __tablename__ = "VpcHaGroupVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VpcHaGroupVipRefVO(Base):
    __tablename__ = "VpcHaGroupVipRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkVpcHaGroupVipRefVOL3NetworkVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkVpcHaGroupVipRefVOVipVO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["vpcHaRouterUuid"],
            ["VpcHaGroupVO.uuid"],
            name="fkVpcHaGroupVipRefVOVpcHaGroupVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vpcHaRouterUuid: Mapped[Uuid]
    vipUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    ip: Mapped[str] = mapped_column(String(32))
    netmask: Mapped[str] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcRouterDnsVO(Base):
    __tablename__ = "VpcRouterDnsVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["vpcRouterUuid"],
            ["VirtualRouterVmVO.uuid"],
            name="fkVpcRouterDnsVOVirtualRouterVmVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vpcRouterUuid: Mapped[Uuid]
    dns: Mapped[str] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcRouterVmVO(Base):
    __tablename__ = "VpcRouterVmVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)


class VpcSharedQosRefVipVO(Base):
    __tablename__ = "VpcSharedQosRefVipVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(["vipUuid"], ["VipVO.uuid"], name="fkVpcSharedQosRefVipVOVipVO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["sharedQosUuid"],
            ["VpcSharedQosVO.uuid"],
            name="fkVpcSharedQosRefVipVOVpcSharedQosVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    sharedQosUuid: Mapped[Uuid]
    vipUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VpcSharedQosVO(Base):
    __tablename__ = "VpcSharedQosVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vpcUuid"],
            ["ApplianceVmVO.uuid"],
            name="fkVpcSharedQosVOApplianceVmVO",
            ondelete="SET NULL",
        ),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkVpcSharedQosVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(255))
    l3NetworkUuid: Mapped[Uuid]
    vpcUuid: Mapped[Uuid | None]
    bandwidth: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VpcSnatStateVO(Base):
    __tablename__ = "VpcSnatStateVO"
    __table_args__ = (
        Index("uqVpcL3NetworkRefVO", "vpcUuid", "l3NetworkUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vpcUuid"],
            ["VirtualRouterVmVO.uuid"],
            name="fkVpcNetworkServiceRefVOVirtualRouterVmVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vpcUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    state: Mapped[str] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcUserVpnGatewayVO(Base):
    __tablename__ = "VpcUserVpnGatewayVO"
    __table_args__ = (
        Index("ukVpcUserVpnGatewayVO", "dataCenterUuid", "accountName", "gatewayId", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountName"], ["AccountVO.name"], name="fkVpcUserVpnGatewayVOAccountVO"),
        ForeignKeyConstraint(
            ["dataCenterUuid"],
            ["DataCenterVO.uuid"],
            name="fkVpcUserVpnGatewayVODataCenterVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountName: Mapped[str] = mapped_column(String(128))
    gatewayId: Mapped[str] = mapped_column(String(32))
    dataCenterUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    ip: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcVirtualRouteEntryVO(Base):
    __tablename__ = "VpcVirtualRouteEntryVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    destinationCidrBlock: Mapped[str] = mapped_column(String(64))
    nextHopId: Mapped[str | None] = mapped_column(String(128))
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    nextHopType: Mapped[str] = mapped_column(String(32))
    vRouterType: Mapped[str] = mapped_column(String(16))
    virtualRouterUuid: Mapped[Uuid]
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcVirtualRouterVO(Base):
    __tablename__ = "VpcVirtualRouterVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["vpcUuid"], ["EcsVpcVO.uuid"], name="fkVpcVirtualRouterVOEcsVpcVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vrId: Mapped[str] = mapped_column(String(32))
    vpcUuid: Mapped[Uuid]
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcVpnConnectionVO(Base):
    __tablename__ = "VpcVpnConnectionVO"
    __table_args__ = (
        Index("ukVpcVpnConnectionVO", "connectionId", "accountName", "userGatewayUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountName"], ["AccountVO.name"], name="fkVpcVpnConnectionVOAccountVO"),
        ForeignKeyConstraint(
            ["userGatewayUuid"],
            ["VpcUserVpnGatewayVO.uuid"],
            name="fkVpcVpnConnectionVOVpcUserVpnGatewayVO",
        ),
        ForeignKeyConstraint(["vpnGatewayUuid"], ["VpcVpnGatewayVO.uuid"], name="fkVpcVpnConnectionVOVpcVpnGatewayVO"),
        ForeignKeyConstraint(
            ["ikeConfigUuid"],
            ["VpcVpnIkeConfigVO.uuid"],
            name="fkVpcVpnConnectionVOVpcVpnIkeConfigVO",
        ),
        ForeignKeyConstraint(
            ["ipsecConfigUuid"],
            ["VpcVpnIpSecConfigVO.uuid"],
            name="fkVpcVpnConnectionVOVpcVpnIpSecConfigVO",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountName: Mapped[str] = mapped_column(String(128))
    connectionId: Mapped[str] = mapped_column(String(32))
    userGatewayUuid: Mapped[Uuid]
    vpnGatewayUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    localSubnet: Mapped[str] = mapped_column(String(64))
    remoteSubnet: Mapped[str] = mapped_column(String(64))
    ikeConfigUuid: Mapped[Uuid]
    ipsecConfigUuid: Mapped[Uuid]
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    status: Mapped[str] = mapped_column(String(32), server_default=text("'IPSEC_SUCCESS'"))


class VpcVpnGatewayVO(Base):
    __tablename__ = "VpcVpnGatewayVO"
    __table_args__ = (
        Index("ukVpcVpnGatewayVO", "vSwitchUuid", "accountName", "gatewayId", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountName"], ["AccountVO.name"], name="fkVpcVpnGatewayVOAccountVO"),
        ForeignKeyConstraint(
            ["vSwitchUuid"],
            ["EcsVSwitchVO.uuid"],
            name="fkVpcVpnGatewayVOEcsVSwitchVO",
            use_alter=True,
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountName: Mapped[str] = mapped_column(String(128))
    gatewayId: Mapped[str] = mapped_column(String(32))
    vSwitchUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    publicIp: Mapped[str] = mapped_column(String(32))
    spec: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    businessStatus: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    endDate: Mapped[dt.datetime] = mapped_column(mysql.DATETIME())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcVpnIkeConfigVO(Base):
    __tablename__ = "VpcVpnIkeConfigVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountName"], ["AccountVO.name"], name="fkVpcVpnIkeConfigVOAccountVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountName: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(128))
    psk: Mapped[str] = mapped_column(mysql.VARCHAR(100, collation="utf8mb3_bin"))
    version: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str] = mapped_column(String(32))
    encodeAlgorithm: Mapped[str] = mapped_column(String(32))
    authAlgorithm: Mapped[str] = mapped_column(String(32))
    pfs: Mapped[str] = mapped_column(String(32))
    lifetime: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    localIp: Mapped[str] = mapped_column(String(32))
    remoteIp: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VpcVpnIpSecConfigVO(Base):
    __tablename__ = "VpcVpnIpSecConfigVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["accountName"], ["AccountVO.name"], name="fkVpcVpnIpSecConfigVOAccountVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accountName: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(128))
    encodeAlgorithm: Mapped[str] = mapped_column(String(32))
    authAlgorithm: Mapped[str] = mapped_column(String(32))
    pfs: Mapped[str] = mapped_column(String(32))
    lifetime: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    description: Mapped[str | None] = mapped_column(String(1024))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VRouterRouteEntryVO(Base):
    __tablename__ = "VRouterRouteEntryVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["routeTableUuid"],
            ["VRouterRouteTableVO.uuid"],
            name="fkRouteEntryVOVRouterRouteTableVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    description: Mapped[str | None] = mapped_column(String(2048))
    routeTableUuid: Mapped[Uuid]
    destination: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(32))
    distance: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VRouterRouteTableVO(Base):
    __tablename__ = "VRouterRouteTableVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="uuid")
    type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class VtepVO(Base):
    __tablename__ = "VtepVO"
    __table_args__ = (
        Index("ukVtepIpPoolUuid", "vtepIp", "poolUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["clusterUuid"], ["ClusterEO.uuid"], name="fkVtepVOClusterEO", ondelete="CASCADE"),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkVtepVOHostEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    hostUuid: Mapped[Uuid]
    vtepIp: Mapped[str] = mapped_column(String(32))
    port: Mapped[int] = mapped_column(mysql.INTEGER())
    clusterUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(32))
    poolUuid: Mapped[Uuid]
    physicalInterface: Mapped[str | None] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VxlanClusterMappingVO(Base):
    __tablename__ = "VxlanClusterMappingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkVxlanClusterMappingVOClusterEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vxlanUuid"],
            ["VxlanNetworkVO.uuid"],
            name="fkVxlanClusterMappingVOVxlanNetworkVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vxlanUuid: Mapped[Uuid]
    clusterUuid: Mapped[Uuid]
    vlanId: Mapped[int | None] = mapped_column(mysql.INTEGER())
    physicalInterface: Mapped[str | None] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VxlanHostMappingVO(Base):
    __tablename__ = "VxlanHostMappingVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkVxlanHostMappingVOHostEO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["vxlanUuid"],
            ["VxlanNetworkVO.uuid"],
            name="fkVxlanHostMappingVOVxlanNetworkVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    vxlanUuid: Mapped[Uuid]
    hostUuid: Mapped[Uuid]
    vlanId: Mapped[int | None] = mapped_column(mysql.INTEGER())
    physicalInterface: Mapped[str | None] = mapped_column(String(32))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class VxlanNetworkPoolVO(Base):
    __tablename__ = "VxlanNetworkPoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["L2NetworkEO.uuid"],
            name="fkVxlanNetworkPoolVOL2NetworkEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)


class VxlanNetworkVO(Base):
    __tablename__ = "VxlanNetworkVO"
    __table_args__ = (
        Index("ukVniPoolUuid", "vni", "poolUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["L2NetworkEO.uuid"], name="fkVxlanNetworkVOL2NetworkEO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["poolUuid"],
            ["VxlanNetworkPoolVO.uuid"],
            name="fkVxlanNetworkVOVxlanNetworkPoolVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vni: Mapped[int] = mapped_column(mysql.INTEGER())
    poolUuid: Mapped[Uuid | None]
