"""Tables named C...: CCSCertificateUserRefVO, CCSCertificateVO, CSPSecretResourcePoolVO, ..."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Flag, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class CCSCertificateUserRefVO(Base):
    __tablename__ = "CCSCertificateUserRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["certificateUuid"],
            ["CCSCertificateVO.uuid"],
            name="fkCCSCertificateUserRefVOCertificateUuid",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    userUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    certificateUuid: Mapped[str] = mapped_column(mysql.CHAR(32))
    state: Mapped[str] = mapped_column(String(10), server_default=text("'Disabled'"))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class CCSCertificateVO(Base):
    __tablename__ = "CCSCertificateVO"
    __table_args__ = (
        Index("subjectDNAndSerNumber", "subjectDN", "serNumber", unique=True),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    algorithm: Mapped[str] = mapped_column(String(10), server_default=text("'SM2'"))
    format: Mapped[str] = mapped_column(mysql.CHAR(3), server_default=text("'CER'"))
    issuerDN: Mapped[str] = mapped_column(String(255))
    subjectDN: Mapped[str] = mapped_column(String(255))
    serNumber: Mapped[str] = mapped_column(String(128))
    effectiveTime: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    expirationTime: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class CSPSecretResourcePoolVO(Base):
    __tablename__ = "CSPSecretResourcePoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["SecretResourcePoolVO.uuid"],
            name="fkCSPSecretResourcePoolVOSecretResourcePoolVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    managementIp: Mapped[str] = mapped_column(String(32))
    port: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    appId: Mapped[str] = mapped_column(String(128))
    appKey: Mapped[str] = mapped_column(String(128))
    keyId: Mapped[str] = mapped_column(String(128))
    userId: Mapped[str | None] = mapped_column(String(128))
    protocol: Mapped[str | None] = mapped_column(String(8))


class CacheVolumeRefVO(Base):
    __tablename__ = "CacheVolumeRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("volumeUuid", "volumeUuid"),
        ForeignKeyConstraint(
            ["volumeUuid"],
            ["VolumeEO.uuid"],
            name="fkCacheVolumeRefVOVolumeEO",
            use_alter=True,
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    volumeUuid: Mapped[Uuid]
    backingVolumeUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class CaptchaVO(Base):
    __tablename__ = "CaptchaVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    captcha: Mapped[str] = mapped_column(mysql.TEXT())
    verifyCode: Mapped[str] = mapped_column(String(32))
    targetResourceIdentity: Mapped[str] = mapped_column(String(256))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class CasClientVO(Base):
    __tablename__ = "CasClientVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["uuid"], ["SSOClientVO.uuid"], name="fkCasClientVOSSOClientVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    casServerLoginUrl: Mapped[str] = mapped_column(String(255))
    casServerUrlPrefix: Mapped[str] = mapped_column(String(255))
    serverName: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(128))


class CdpPolicyEO(Base):
    __tablename__ = "CdpPolicyEO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    retentionTimePerDay: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    recoveryPointPerSecond: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    state: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    dailyRPSinceDay: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    expireTime: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("0"))
    fullBackupInterval: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True), server_default=text("1"))


class CdpTaskResourceRefVO(Base):
    __tablename__ = "CdpTaskResourceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("idxCdpTaskResourceRefVOresourceUuid", "resourceUuid"),
        Index("idxCdpTaskResourceRefVOtaskUuid", "taskUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    taskUuid: Mapped[Uuid]
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class CdpTaskVO(Base):
    __tablename__ = "CdpTaskVO"
    __table_args__ = (
        Index("idxCdpTaskVOtaskType", "taskType"),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    taskType: Mapped[str] = mapped_column(String(32))
    policyUuid: Mapped[Uuid]
    backupStorageUuid: Mapped[Uuid]
    backupBandwidth: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    maxCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    usedCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    state: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    maxLatency: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("600000"))
    lastLatency: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))


class CdpVolumeHistoryVO(Base):
    __tablename__ = "CdpVolumeHistoryVO"
    __table_args__ = (
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    volumeUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    backupStorageUuid: Mapped[Uuid] = mapped_column(primary_key=True)
    lastVolumePath: Mapped[str | None] = mapped_column(String(1024))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class CephBackupStorageMonVO(Base):
    __tablename__ = "CephBackupStorageMonVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["backupStorageUuid"],
            ["BackupStorageEO.uuid"],
            name="fkCephBackupStorageMonVOBackupStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sshUsername: Mapped[str] = mapped_column(String(64))
    sshPassword: Mapped[str] = mapped_column(String(255))
    hostname: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(255))
    sshPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    monPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    backupStorageUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    monAddr: Mapped[str | None] = mapped_column(String(255))


class CephBackupStorageVO(Base):
    __tablename__ = "CephBackupStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["BackupStorageEO.uuid"],
            name="fkCephBackupStorageVOBackupStorageEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    fsid: Mapped[str | None] = mapped_column(String(64))
    poolName: Mapped[str] = mapped_column(String(255))
    poolAvailableCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    poolUsedCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    poolReplicatedSize: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    poolSecurityPolicy: Mapped[str | None] = mapped_column(String(255), server_default=text("'Copy'"))
    poolDiskUtilization: Mapped[float | None] = mapped_column(mysql.FLOAT())


class CephCapacityVO(Base):
    __tablename__ = "CephCapacityVO"
    __table_args__ = (
        Index("fsid", "fsid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    fsid: Mapped[str] = mapped_column(String(64), primary_key=True)
    totalCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    availableCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class CephOsdGroupVO(Base):
    __tablename__ = "CephOsdGroupVO"
    __table_args__ = (
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkPrimaryStorageUuid",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    primaryStorageUuid: Mapped[Uuid]
    osds: Mapped[str] = mapped_column(mysql.TEXT())
    availableCapacity: Mapped[int | None] = mapped_column(mysql.BIGINT())
    availablePhysicalCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    totalPhysicalCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class CephPrimaryStorageMonVO(Base):
    __tablename__ = "CephPrimaryStorageMonVO"
    __table_args__ = (
        Index("hostname", "hostname", "primaryStorageUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["primaryStorageUuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkCephPrimaryStorageMonVOPrimaryStorageEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    sshUsername: Mapped[str] = mapped_column(String(64))
    sshPassword: Mapped[str] = mapped_column(String(255))
    hostname: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(255))
    sshPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    monPort: Mapped[int] = mapped_column(mysql.INTEGER(unsigned=True))
    primaryStorageUuid: Mapped[Uuid]
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    monAddr: Mapped[str | None] = mapped_column(String(255))


class CephPrimaryStoragePoolVO(Base):
    __tablename__ = "CephPrimaryStoragePoolVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["osdGroupUuid"],
            ["CephOsdGroupVO.uuid"],
            name="fkCephPrimaryStoragePoolVOOsdGroupVO",
            ondelete="SET NULL",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    primaryStorageUuid: Mapped[Uuid]
    poolName: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    type: Mapped[str] = mapped_column(String(32), server_default=text("'Data'"))
    aliasName: Mapped[str | None] = mapped_column(String(255))
    availableCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    usedCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    replicatedSize: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    totalCapacity: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), server_default=text("0"))
    securityPolicy: Mapped[str | None] = mapped_column(String(255), server_default=text("'Copy'"))
    diskUtilization: Mapped[float | None] = mapped_column(mysql.FLOAT())
    osdGroupUuid: Mapped[Uuid | None]


class CephPrimaryStorageVO(Base):
    __tablename__ = "CephPrimaryStorageVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["PrimaryStorageEO.uuid"],
            name="fkCephPrimaryStorageVOPrimaryStorageEO",
            ondelete="CASCADE",
            onupdate="NO ACTION",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    fsid: Mapped[str | None] = mapped_column(String(64))
    userKey: Mapped[str | None] = mapped_column(String(255))


class CertificateVO(Base):
    __tablename__ = "CertificateVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(2048))
    certificate: Mapped[str] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class CloudFormationStackEventVO(Base):
    __tablename__ = "CloudFormationStackEventVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["stackUuid"],
            ["ResourceStackVO.uuid"],
            name="fkCloudFormationStackEventVOResourceStackVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    stackUuid: Mapped[Uuid]
    action: Mapped[str] = mapped_column(String(64))
    resourceName: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(128), server_default=text("'1'"))
    content: Mapped[str] = mapped_column(mysql.TEXT())
    actionStatus: Mapped[str] = mapped_column(String(16))
    duration: Mapped[str | None] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class CloudFormationStackResourceRefVO(Base):
    __tablename__ = "CloudFormationStackResourceRefVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(
            ["stackUuid"],
            ["ResourceStackVO.uuid"],
            name="fkCloudFormationStackResourceRefVOResourceStackVO",
            ondelete="CASCADE",
        ),
        ForeignKeyConstraint(
            ["resourceUuid"],
            ["ResourceVO.uuid"],
            name="fkCloudFormationStackResourceRefVOResourceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    stackUuid: Mapped[Uuid]
    resourceUuid: Mapped[Uuid]
    resourceType: Mapped[str] = mapped_column(String(255))
    reserve: Mapped[Flag] = mapped_column(server_default=text("1"))
    round: Mapped[int | None] = mapped_column(mysql.INTEGER(unsigned=True))
    resourceName: Mapped[str | None] = mapped_column(String(255))


class ClusterDRSVO(Base):
    __tablename__ = "ClusterDRSVO"
    __table_args__ = (
        Index("clusterUuid", "clusterUuid", unique=True),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["clusterUuid"], ["ClusterEO.uuid"], name="fkClusterDRSVOClusterEO", use_alter=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    clusterUuid: Mapped[Uuid]
    state: Mapped[str] = mapped_column(String(255))
    balancedState: Mapped[str] = mapped_column(String(255))
    automationLevel: Mapped[str] = mapped_column(String(255))
    thresholds: Mapped[str] = mapped_column(mysql.TEXT())
    thresholdDuration: Mapped[str] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(String(255))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class ClusterEO(Base):
    __tablename__ = "ClusterEO"
    __table_args__ = (
        Index("idxClusterEOname", "name"),
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["zoneUuid"], ["ZoneEO.uuid"], name="fkClusterEOZoneEO", ondelete="NO ACTION"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True, comment="cluster uuid")
    zoneUuid: Mapped[Uuid] = mapped_column(comment="zone uuid")
    name: Mapped[str] = mapped_column(String(255), comment="cluster name")
    type: Mapped[str] = mapped_column(String(255), comment="cluster name")
    managementNodeId: Mapped[str | None] = mapped_column(String(128), comment="management node id")
    state: Mapped[str] = mapped_column(String(32), comment="cluster state")
    hypervisorType: Mapped[str] = mapped_column(String(64), comment="hypervisor type")
    description: Mapped[str | None] = mapped_column(String(2048), comment="cluster description")
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
        comment="last operation date",
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    deleted: Mapped[str | None] = mapped_column(String(255))
    architecture: Mapped[str | None] = mapped_column(String(32))


class ConnectionAccessPointVO(Base):
    __tablename__ = "ConnectionAccessPointVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(["dataCenterUuid"], ["DataCenterVO.uuid"], name="fkConnectionAccessPointVODataCenterVO"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    accessPointId: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    dataCenterUuid: Mapped[Uuid]
    status: Mapped[str] = mapped_column(String(32))
    hostOperator: Mapped[str] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(String(128))
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )


class ConnectionRelationShipVO(Base):
    __tablename__ = "ConnectionRelationShipVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str | None] = mapped_column(String(1024))
    relationShips: Mapped[str] = mapped_column(mysql.TEXT())
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class ConsoleProxyAgentVO(Base):
    __tablename__ = "ConsoleProxyAgentVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["uuid"],
            ["ManagementNodeVO.uuid"],
            name="fkConsoleProxyAgentVOManagementNodeVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    description: Mapped[str | None] = mapped_column(String(2048))
    managementIp: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(64))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    consoleProxyOverriddenIp: Mapped[str] = mapped_column(String(255))
    consoleProxyPort: Mapped[int] = mapped_column(mysql.INTEGER())


class ConsoleProxyVO(Base):
    __tablename__ = "ConsoleProxyVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["vmInstanceUuid"],
            ["VmInstanceEO.uuid"],
            name="fkConsoleProxyVOVmInstanceEO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    vmInstanceUuid: Mapped[Uuid | None]
    agentIp: Mapped[str] = mapped_column(String(32))
    proxyHostname: Mapped[str] = mapped_column(String(128))
    proxyPort: Mapped[int] = mapped_column(mysql.INTEGER())
    targetHostname: Mapped[str] = mapped_column(String(128))
    targetPort: Mapped[int] = mapped_column(mysql.INTEGER())
    status: Mapped[str] = mapped_column(String(32))
    scheme: Mapped[str | None] = mapped_column(String(32), server_default=text("'http'"))
    proxyIdentity: Mapped[str | None] = mapped_column(String(255))
    agentType: Mapped[str] = mapped_column(String(128))
    token: Mapped[str | None] = mapped_column(String(255))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    targetSchema: Mapped[str] = mapped_column(String(32), server_default=text("'vnc'"))
    version: Mapped[str | None] = mapped_column(String(32))
    expiredDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP())


class CpuFeaturesHistoryVO(Base):
    __tablename__ = "CpuFeaturesHistoryVO"
    __table_args__ = (
        Index("id", "id", unique=True),
        ForeignKeyConstraint(["srcHostUuid"], ["HostEO.uuid"], name="CpuFeaturesHistoryVOHostVO", ondelete="CASCADE"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    srcHostUuid: Mapped[Uuid]
    dstHostUuid: Mapped[Uuid]
    srcCpuModelName: Mapped[str | None] = mapped_column(String(64))
    supportLiveMigration: Mapped[Flag] = mapped_column(server_default=text("0"))
    lastOpDate: Mapped[dt.datetime] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("'0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime] = mapped_column(mysql.TIMESTAMP(), server_default=text("'0000-00-00 00:00:00'"))


class CustomPreconfigurationVO(Base):
    __tablename__ = "CustomPreconfigurationVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        ForeignKeyConstraint(
            ["baremetalInstanceUuid"],
            ["BaremetalInstanceVO.uuid"],
            name="fkCustomPreconfigurationVOBaremetalInstanceVO",
            ondelete="CASCADE",
        ),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    baremetalInstanceUuid: Mapped[Uuid]
    param: Mapped[str] = mapped_column(String(255))
    value: Mapped[str] = mapped_column(mysql.TEXT())


class check_point(Base):
    __tablename__ = "check_point"
    __table_args__ = (
        Index("id", "id", unique=True),
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255))
    uuid: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(128))
    context: Mapped[bytes | None] = mapped_column(mysql.BLOB())
    op_date: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class check_point_entry(Base):
    __tablename__ = "check_point_entry"
    __table_args__ = (
        Index("id", "id", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True), primary_key=True, autoincrement=True)
    check_point_id: Mapped[int] = mapped_column(mysql.BIGINT(unsigned=True))
    name: Mapped[str] = mapped_column(String(255))
    context: Mapped[bytes | None] = mapped_column(mysql.BLOB())
    state: Mapped[str] = mapped_column(String(128))
    reason: Mapped[str | None] = mapped_column(String(1024))
    op_date: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
