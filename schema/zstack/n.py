"""Tables named N...: NasFileSystemVO, NasMountTargetVO, NetworkRouterAreaRefVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class NasFileSystemVO(Base):
    __tablename__ = "NasFileSystemVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    protocol: Mapped[str] = mapped_column(String(16))
    fileSystemId: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class NasMountTargetVO(Base):
    __tablename__ = "NasMountTargetVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["nasFileSystemUuid"], ["NasFileSystemVO.uuid"], name="fkNasMountTargetVONasFileSystemVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    nasFileSystemUuid: Mapped[Uuid]
    mountDomain: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class NetworkRouterAreaRefVO(Base):
    __tablename__ = "NetworkRouterAreaRefVO"
    __table_args__ = (
        Index("fkNetworkRouterAreaRefVOVpcRouterVmVO", "vRouterUuid"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkNetworkRouterAreaRefVOL3NetworkVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["routerAreaUuid"],
            ["RouterAreaVO.uuid"],
            name="fkNetworkRouterAreaRefVORouterAreaVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    routerAreaUuid: Mapped[Uuid]
    vRouterUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    applianceVmType: Mapped[str | None] = mapped_column(String(255), server_default=text("'vpcvrouter'"))


class NetworkRouterFlowMeterRefVO(Base):
    __tablename__ = "NetworkRouterFlowMeterRefVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["flowMeterUuid"],
            ["FlowMeterVO.uuid"],
            name="fkNetworkRouterFlowMeterRefVOFlowMeterVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["vFlowRouterUuid"],
            ["FlowRouterVO.uuid"],
            name="fkNetworkRouterFlowMeterRefVOFlowRouterVmVO",
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkNetworkRouterFlowMeterRefVOL3NetworkVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    flowMeterUuid: Mapped[Uuid]
    vFlowRouterUuid: Mapped[Uuid]
    l3NetworkUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class NetworkServiceL3NetworkRefVO(Base):
    __tablename__ = "NetworkServiceL3NetworkRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["l3NetworkUuid"],
            ["L3NetworkEO.uuid"],
            name="fkNetworkServiceL3NetworkRefVOL3NetworkEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["networkServiceProviderUuid"],
            ["NetworkServiceProviderVO.uuid"],
            name="fkNetworkServiceL3NetworkRefVONetworkServiceProviderVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    l3NetworkUuid: Mapped[Uuid]
    networkServiceProviderUuid: Mapped[Uuid]
    networkServiceType: Mapped[str] = mapped_column(String(255))


class NetworkServiceProviderL2NetworkRefVO(Base):
    __tablename__ = "NetworkServiceProviderL2NetworkRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("uqNetworkServiceProviderL2NetworkRefVO", "networkServiceProviderUuid", "l2NetworkUuid", unique=True),
        ForeignKeyConstraint(
            ["l2NetworkUuid"],
            ["L2NetworkEO.uuid"],
            name="fkNetworkServiceProviderL2NetworkRefVOL2NetworkEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["networkServiceProviderUuid"],
            ["NetworkServiceProviderVO.uuid"],
            name="fkNetworkServiceProviderL2NetworkRefVONetworkServiceProviderVO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    networkServiceProviderUuid: Mapped[Uuid]
    l2NetworkUuid: Mapped[Uuid]


class NetworkServiceProviderVO(Base):
    __tablename__ = "NetworkServiceProviderVO"
    __table_args__ = (
        Index("idxNetworkServiceProviderVOname", "name"),
        Index("type", "type", unique=True),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    type: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class NetworkServiceTypeVO(Base):
    __tablename__ = "NetworkServiceTypeVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["networkServiceProviderUuid"],
            ["NetworkServiceProviderVO.uuid"],
            name="fkNetworkServiceTypeVONetworkServiceProviderVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    networkServiceProviderUuid: Mapped[Uuid]
    type: Mapped[str] = mapped_column(String(255))


class NormalIpRangeVO(Base):
    __tablename__ = "NormalIpRangeVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["IpRangeEO.uuid"], name="fkNormalIpRangeVOIpRangeEO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)


class NotificationSubscriptionVO(Base):
    __tablename__ = "NotificationSubscriptionVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(1024))
    description: Mapped[str | None] = mapped_column(String(2048))
    notificationName: Mapped[str] = mapped_column(String(1024))
    filter: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class NotificationVO(Base):
    __tablename__ = "NotificationVO"
    __table_args__ = (
        Index("notification_resource_uuid_idx", "resourceUuid"),
        Index("uuid", "uuid", "dateTime", unique=True),
        table_options(
            engine="InnoDB",
            charset="utf8mb3",
            partition_by=(
                "RANGE (year(`dateTime`)) (PARTITION `p2017` VALUES LESS THAN (2018) ENGINE = InnoDB, PARTITION "
                "`p2018` VALUES LESS THAN (2019) ENGINE = InnoDB, PARTITION `p2019` VALUES LESS THAN (2020) ENGINE = "
                "InnoDB, PARTITION `p2020` VALUES LESS THAN (2021) ENGINE = InnoDB, PARTITION `p2021` VALUES LESS "
                "THAN (2022) ENGINE = InnoDB, PARTITION `p2022` VALUES LESS THAN (2023) ENGINE = InnoDB, PARTITION "
                "`p2023` VALUES LESS THAN (2024) ENGINE = InnoDB, PARTITION `p2024` VALUES LESS THAN (2025) ENGINE = "
                "InnoDB, PARTITION `p2025` VALUES LESS THAN (2026) ENGINE = InnoDB, PARTITION `p2026` VALUES LESS "
                "THAN (2027) ENGINE = InnoDB, PARTITION `p2027` VALUES LESS THAN (2028) ENGINE = InnoDB, PARTITION "
                "`p9999` VALUES LESS THAN MAXVALUE ENGINE = InnoDB)"
            ),
            release=BASELINE,
        ),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(1024))
    content: Mapped[str] = mapped_column(mysql.TEXT())
    arguments: Mapped[str | None] = mapped_column(mysql.TEXT())
    sender: Mapped[str] = mapped_column(String(1024))
    status: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(255))
    resourceUuid: Mapped[str | None] = mapped_column(String(255))
    resourceType: Mapped[str | None] = mapped_column(String(255))
    opaque: Mapped[str | None] = mapped_column(mysql.TEXT())
    time: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    dateTime: Mapped[dt.datetime] = mapped_column(mysql.DATETIME(), primary_key=True)


class NvmeLunHostRefVO(Base):
    __tablename__ = "NvmeLunHostRefVO"
    __table_args__ = (
        ForeignKeyConstraint(["hostUuid"], ["HostEO.uuid"], name="fkNvmeLunHostRefVOHostVO", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["nvmeLunUuid"],
            ["NvmeLunVO.uuid"],
            name="fkNvmeLunHostRefVONvmeLunVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    hostUuid: Mapped[Uuid]
    nvmeLunUuid: Mapped[Uuid]
    hctl: Mapped[str | None] = mapped_column(String(64))
    path: Mapped[str | None] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class NvmeLunVO(Base):
    __tablename__ = "NvmeLunVO"
    __table_args__ = (
        ForeignKeyConstraint(["nvmeTargetUuid"], ["NvmeTargetVO.uuid"], name="fkNvmeLunVONvmeTargetVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    nvmeTargetUuid: Mapped[Uuid]


class NvmeServerClusterRefVO(Base):
    __tablename__ = "NvmeServerClusterRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["clusterUuid"],
            ["ClusterEO.uuid"],
            name="fkNvmeServerClusterRefVOClusterEO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["nvmeServerUuid"],
            ["NvmeServerVO.uuid"],
            name="fkNvmeServerClusterRefVONvmeServerVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    clusterUuid: Mapped[Uuid]
    nvmeServerUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class NvmeServerVO(Base):
    __tablename__ = "NvmeServerVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    ip: Mapped[str] = mapped_column(String(64))
    port: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("4420"))
    transport: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class NvmeTargetVO(Base):
    __tablename__ = "NvmeTargetVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["nvmeServerUuid"],
            ["NvmeServerVO.uuid"],
            name="fkNvmeTargetVONvmeServerVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    name: Mapped[str | None] = mapped_column(String(256))
    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    nqn: Mapped[str] = mapped_column(String(256))
    state: Mapped[str | None] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    nvmeServerUuid: Mapped[Uuid | None]
