"""The 21 views and 2 triggers, created after every table, views in dependency order."""

from __future__ import annotations

from zsgate.schema.base import metadata
from zsgate.schema.ddl import trigger, view

view(
    metadata,
    "BackupStorageVO",
    (
        "select `BackupStorageEO`.`uuid` AS `uuid`,`BackupStorageEO`.`name` AS `name`,`BackupStorageEO`.`url` AS "
        "`url`,`BackupStorageEO`.`description` AS `description`,`BackupStorageEO`.`totalCapacity` AS `totalCapacity`,"
        "`BackupStorageEO`.`availableCapacity` AS `availableCapacity`,`BackupStorageEO`.`type` AS `type`,"
        "`BackupStorageEO`.`state` AS `state`,`BackupStorageEO`.`status` AS `status`,`BackupStorageEO`.`createDate` "
        "AS `createDate`,`BackupStorageEO`.`lastOpDate` AS `lastOpDate` from `BackupStorageEO` where "
        "`BackupStorageEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "CdpPolicyVO",
    (
        "select `CdpPolicyEO`.`uuid` AS `uuid`,`CdpPolicyEO`.`name` AS `name`,`CdpPolicyEO`.`description` AS "
        "`description`,`CdpPolicyEO`.`retentionTimePerDay` AS `retentionTimePerDay`,`CdpPolicyEO`.`dailyRPSinceDay` "
        "AS `dailyRPSinceDay`,`CdpPolicyEO`.`expireTime` AS `expireTime`,`CdpPolicyEO`.`recoveryPointPerSecond` AS "
        "`recoveryPointPerSecond`,`CdpPolicyEO`.`fullBackupInterval` AS `fullBackupInterval`,`CdpPolicyEO`.`state` "
        "AS `state`,`CdpPolicyEO`.`lastOpDate` AS `lastOpDate`,`CdpPolicyEO`.`createDate` AS `createDate` from "
        "`CdpPolicyEO` where `CdpPolicyEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "CephOsdGroupHistoricalUsageVO",
    (
        "select `PrimaryStorageHistoricalUsageBaseVO`.`id` AS `id`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`primaryStorageUuid` AS `primaryStorageUuid`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`resourceUuid` AS `osdGroupUuid`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`resourceType` AS `resourceType`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`totalPhysicalCapacity` AS `totalPhysicalCapacity`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`usedPhysicalCapacity` AS `usedPhysicalCapacity`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`recordDate` AS `recordDate`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`createDate` AS `createDate`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`lastOpDate` AS `lastOpDate` from "
        "`PrimaryStorageHistoricalUsageBaseVO` where `PrimaryStorageHistoricalUsageBaseVO`.`resourceType` = "
        "'CephOsdGroupVO'"
    ),
)

view(
    metadata,
    "ClusterVO",
    (
        "select `ClusterEO`.`uuid` AS `uuid`,`ClusterEO`.`zoneUuid` AS `zoneUuid`,`ClusterEO`.`name` AS `name`,"
        "`ClusterEO`.`type` AS `type`,`ClusterEO`.`description` AS `description`,`ClusterEO`.`state` AS `state`,"
        "`ClusterEO`.`hypervisorType` AS `hypervisorType`,`ClusterEO`.`createDate` AS `createDate`,"
        "`ClusterEO`.`lastOpDate` AS `lastOpDate`,`ClusterEO`.`managementNodeId` AS `managementNodeId`,"
        "`ClusterEO`.`architecture` AS `architecture` from `ClusterEO` where `ClusterEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "DiskOfferingVO",
    (
        "select `DiskOfferingEO`.`uuid` AS `uuid`,`DiskOfferingEO`.`name` AS `name`,`DiskOfferingEO`.`description` "
        "AS `description`,`DiskOfferingEO`.`diskSize` AS `diskSize`,`DiskOfferingEO`.`sortKey` AS `sortKey`,"
        "`DiskOfferingEO`.`type` AS `type`,`DiskOfferingEO`.`state` AS `state`,`DiskOfferingEO`.`createDate` AS "
        "`createDate`,`DiskOfferingEO`.`lastOpDate` AS `lastOpDate`,`DiskOfferingEO`.`allocatorStrategy` AS "
        "`allocatorStrategy` from `DiskOfferingEO` where `DiskOfferingEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "GuestVmScriptVO",
    (
        "select `GuestVmScriptEO`.`uuid` AS `uuid`,`GuestVmScriptEO`.`name` AS `name`,"
        "`GuestVmScriptEO`.`description` AS `description`,`GuestVmScriptEO`.`platform` AS `platform`,"
        "`GuestVmScriptEO`.`scriptContent` AS `scriptContent`,`GuestVmScriptEO`.`renderParams` AS `renderParams`,"
        "`GuestVmScriptEO`.`scriptType` AS `scriptType`,`GuestVmScriptEO`.`scriptTimeout` AS `scriptTimeout`,"
        "`GuestVmScriptEO`.`version` AS `version`,`GuestVmScriptEO`.`createDate` AS `createDate`,"
        "`GuestVmScriptEO`.`lastOpDate` AS `lastOpDate` from `GuestVmScriptEO` where `GuestVmScriptEO`.`deleted` is "
        "null"
    ),
)

view(
    metadata,
    "HostVO",
    (
        "select `HostEO`.`uuid` AS `uuid`,`HostEO`.`zoneUuid` AS `zoneUuid`,`HostEO`.`clusterUuid` AS `clusterUuid`,"
        "`HostEO`.`name` AS `name`,`HostEO`.`description` AS `description`,`HostEO`.`managementIp` AS `managementIp`,"
        "`HostEO`.`hypervisorType` AS `hypervisorType`,`HostEO`.`state` AS `state`,`HostEO`.`status` AS `status`,"
        "`HostEO`.`createDate` AS `createDate`,`HostEO`.`lastOpDate` AS `lastOpDate`,`HostEO`.`architecture` AS "
        "`architecture` from `HostEO` where `HostEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "ImageVO",
    (
        "select `ImageEO`.`uuid` AS `uuid`,`ImageEO`.`name` AS `name`,`ImageEO`.`description` AS `description`,"
        "`ImageEO`.`status` AS `status`,`ImageEO`.`state` AS `state`,`ImageEO`.`size` AS `size`,"
        "`ImageEO`.`actualSize` AS `actualSize`,`ImageEO`.`md5sum` AS `md5Sum`,`ImageEO`.`platform` AS `platform`,"
        "`ImageEO`.`type` AS `type`,`ImageEO`.`format` AS `format`,`ImageEO`.`url` AS `url`,`ImageEO`.`system` AS "
        "`system`,`ImageEO`.`mediaType` AS `mediaType`,`ImageEO`.`guestOsType` AS `guestOsType`,"
        "`ImageEO`.`architecture` AS `architecture`,`ImageEO`.`virtio` AS `virtio`,`ImageEO`.`createDate` AS "
        "`createDate`,`ImageEO`.`lastOpDate` AS `lastOpDate` from `ImageEO` where `ImageEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "InstanceOfferingVO",
    (
        "select `InstanceOfferingEO`.`uuid` AS `uuid`,`InstanceOfferingEO`.`name` AS `name`,"
        "`InstanceOfferingEO`.`description` AS `description`,`InstanceOfferingEO`.`cpuNum` AS `cpuNum`,"
        "`InstanceOfferingEO`.`cpuSpeed` AS `cpuSpeed`,`InstanceOfferingEO`.`memorySize` AS `memorySize`,"
        "`InstanceOfferingEO`.`reservedMemorySize` AS `reservedMemorySize`,`InstanceOfferingEO`.`allocatorStrategy` "
        "AS `allocatorStrategy`,`InstanceOfferingEO`.`sortKey` AS `sortKey`,`InstanceOfferingEO`.`state` AS `state`,"
        "`InstanceOfferingEO`.`createDate` AS `createDate`,`InstanceOfferingEO`.`lastOpDate` AS `lastOpDate`,"
        "`InstanceOfferingEO`.`type` AS `type`,`InstanceOfferingEO`.`duration` AS `duration` from "
        "`InstanceOfferingEO` where `InstanceOfferingEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "IpRangeVO",
    (
        "select `IpRangeEO`.`uuid` AS `uuid`,`IpRangeEO`.`l3NetworkUuid` AS `l3NetworkUuid`,`IpRangeEO`.`name` AS "
        "`name`,`IpRangeEO`.`description` AS `description`,`IpRangeEO`.`startIp` AS `startIp`,`IpRangeEO`.`endIp` AS "
        "`endIp`,`IpRangeEO`.`netmask` AS `netmask`,`IpRangeEO`.`gateway` AS `gateway`,`IpRangeEO`.`networkCidr` AS "
        "`networkCidr`,`IpRangeEO`.`createDate` AS `createDate`,`IpRangeEO`.`lastOpDate` AS `lastOpDate`,"
        "`IpRangeEO`.`ipVersion` AS `ipVersion`,`IpRangeEO`.`addressMode` AS `addressMode`,`IpRangeEO`.`prefixLen` "
        "AS `prefixLen` from `IpRangeEO` where `IpRangeEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "L2NetworkVO",
    (
        "select `L2NetworkEO`.`uuid` AS `uuid`,`L2NetworkEO`.`name` AS `name`,`L2NetworkEO`.`description` AS "
        "`description`,`L2NetworkEO`.`type` AS `type`,`L2NetworkEO`.`vSwitchType` AS `vSwitchType`,"
        "`L2NetworkEO`.`virtualNetworkId` AS `virtualNetworkId`,`L2NetworkEO`.`zoneUuid` AS `zoneUuid`,"
        "`L2NetworkEO`.`physicalInterface` AS `physicalInterface`,`L2NetworkEO`.`isolated` AS `isolated`,"
        "`L2NetworkEO`.`pvlan` AS `pvlan`,`L2NetworkEO`.`createDate` AS `createDate`,`L2NetworkEO`.`lastOpDate` AS "
        "`lastOpDate` from `L2NetworkEO` where `L2NetworkEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "L3NetworkVO",
    (
        "select `L3NetworkEO`.`uuid` AS `uuid`,`L3NetworkEO`.`name` AS `name`,`L3NetworkEO`.`description` AS "
        "`description`,`L3NetworkEO`.`state` AS `state`,`L3NetworkEO`.`type` AS `type`,`L3NetworkEO`.`zoneUuid` AS "
        "`zoneUuid`,`L3NetworkEO`.`l2NetworkUuid` AS `l2NetworkUuid`,`L3NetworkEO`.`system` AS `system`,"
        "`L3NetworkEO`.`dnsDomain` AS `dnsDomain`,`L3NetworkEO`.`createDate` AS `createDate`,"
        "`L3NetworkEO`.`lastOpDate` AS `lastOpDate`,`L3NetworkEO`.`category` AS `category`,`L3NetworkEO`.`ipVersion` "
        "AS `ipVersion`,`L3NetworkEO`.`enableIPAM` AS `enableIPAM`,`L3NetworkEO`.`isolated` AS `isolated` from "
        "`L3NetworkEO` where `L3NetworkEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "LocalStorageHostHistoricalUsageVO",
    (
        "select `PrimaryStorageHistoricalUsageBaseVO`.`id` AS `id`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`primaryStorageUuid` AS `primaryStorageUuid`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`resourceUuid` AS `hostUuid`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`resourceType` AS `resourceType`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`totalPhysicalCapacity` AS `totalPhysicalCapacity`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`usedPhysicalCapacity` AS `usedPhysicalCapacity`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`recordDate` AS `recordDate`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`createDate` AS `createDate`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`lastOpDate` AS `lastOpDate` from "
        "`PrimaryStorageHistoricalUsageBaseVO` where `PrimaryStorageHistoricalUsageBaseVO`.`resourceType` = "
        "'LocalStorageHostRefVO'"
    ),
)

view(
    metadata,
    "PrimaryStorageHistoricalUsageVO",
    (
        "select `PrimaryStorageHistoricalUsageBaseVO`.`id` AS `id`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`primaryStorageUuid` AS `primaryStorageUuid`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`resourceType` AS `resourceType`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`totalPhysicalCapacity` AS `totalPhysicalCapacity`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`usedPhysicalCapacity` AS `usedPhysicalCapacity`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`recordDate` AS `recordDate`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`createDate` AS `createDate`,"
        "`PrimaryStorageHistoricalUsageBaseVO`.`lastOpDate` AS `lastOpDate` from "
        "`PrimaryStorageHistoricalUsageBaseVO` where `PrimaryStorageHistoricalUsageBaseVO`.`resourceType` = "
        "'PrimaryStorageVO'"
    ),
)

view(
    metadata,
    "PrimaryStorageVO",
    (
        "select `PrimaryStorageEO`.`uuid` AS `uuid`,`PrimaryStorageEO`.`zoneUuid` AS `zoneUuid`,"
        "`PrimaryStorageEO`.`name` AS `name`,`PrimaryStorageEO`.`url` AS `url`,`PrimaryStorageEO`.`description` AS "
        "`description`,`PrimaryStorageEO`.`type` AS `type`,`PrimaryStorageEO`.`mountPath` AS `mountPath`,"
        "`PrimaryStorageEO`.`state` AS `state`,`PrimaryStorageEO`.`status` AS `status`,"
        "`PrimaryStorageEO`.`createDate` AS `createDate`,`PrimaryStorageEO`.`lastOpDate` AS `lastOpDate` from "
        "`PrimaryStorageEO` where `PrimaryStorageEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "ScsiLunVO",
    (
        "select `LunVO`.`uuid` AS `uuid`,`LunVO`.`name` AS `name`,`LunVO`.`wwid` AS `wwid`,`LunVO`.`vendor` AS "
        "`vendor`,`LunVO`.`model` AS `model`,`LunVO`.`wwn` AS `wwn`,`LunVO`.`serial` AS `serial`,`LunVO`.`type` AS "
        "`type`,`LunVO`.`hctl` AS `hctl`,`LunVO`.`path` AS `path`,`LunVO`.`size` AS `size`,`LunVO`.`state` AS "
        "`state`,`LunVO`.`source` AS `source`,`LunVO`.`multipathDeviceUuid` AS `multipathDeviceUuid`,"
        "`LunVO`.`createDate` AS `createDate`,`LunVO`.`lastOpDate` AS `lastOpDate` from `LunVO` where "
        "`LunVO`.`source` in ('iSCSI','fiberChannel')"
    ),
)

view(
    metadata,
    "VmInstanceVO",
    (
        "select `VmInstanceEO`.`uuid` AS `uuid`,`VmInstanceEO`.`name` AS `name`,`VmInstanceEO`.`description` AS "
        "`description`,`VmInstanceEO`.`zoneUuid` AS `zoneUuid`,`VmInstanceEO`.`clusterUuid` AS `clusterUuid`,"
        "`VmInstanceEO`.`imageUuid` AS `imageUuid`,`VmInstanceEO`.`hostUuid` AS `hostUuid`,"
        "`VmInstanceEO`.`internalId` AS `internalId`,`VmInstanceEO`.`lastHostUuid` AS `lastHostUuid`,"
        "`VmInstanceEO`.`instanceOfferingUuid` AS `instanceOfferingUuid`,`VmInstanceEO`.`rootVolumeUuid` AS "
        "`rootVolumeUuid`,`VmInstanceEO`.`defaultL3NetworkUuid` AS `defaultL3NetworkUuid`,`VmInstanceEO`.`type` AS "
        "`type`,`VmInstanceEO`.`hypervisorType` AS `hypervisorType`,`VmInstanceEO`.`cpuNum` AS `cpuNum`,"
        "`VmInstanceEO`.`cpuSpeed` AS `cpuSpeed`,`VmInstanceEO`.`memorySize` AS `memorySize`,"
        "`VmInstanceEO`.`reservedMemorySize` AS `reservedMemorySize`,`VmInstanceEO`.`platform` AS `platform`,"
        "`VmInstanceEO`.`guestOsType` AS `guestOsType`,`VmInstanceEO`.`allocatorStrategy` AS `allocatorStrategy`,"
        "`VmInstanceEO`.`createDate` AS `createDate`,`VmInstanceEO`.`lastOpDate` AS `lastOpDate`,"
        "`VmInstanceEO`.`state` AS `state`,`VmInstanceEO`.`architecture` AS `architecture` from `VmInstanceEO` where "
        "`VmInstanceEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "VolumeSnapshotTreeVO",
    (
        "select `VolumeSnapshotTreeEO`.`uuid` AS `uuid`,`VolumeSnapshotTreeEO`.`volumeUuid` AS `volumeUuid`,"
        "`VolumeSnapshotTreeEO`.`rootImageUuid` AS `rootImageUuid`,`VolumeSnapshotTreeEO`.`current` AS `current`,"
        "`VolumeSnapshotTreeEO`.`status` AS `status`,`VolumeSnapshotTreeEO`.`createDate` AS `createDate`,"
        "`VolumeSnapshotTreeEO`.`lastOpDate` AS `lastOpDate` from `VolumeSnapshotTreeEO` where "
        "`VolumeSnapshotTreeEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "VolumeSnapshotVO",
    (
        "select `VolumeSnapshotEO`.`uuid` AS `uuid`,`VolumeSnapshotEO`.`name` AS `name`,"
        "`VolumeSnapshotEO`.`description` AS `description`,`VolumeSnapshotEO`.`type` AS `type`,"
        "`VolumeSnapshotEO`.`volumeUuid` AS `volumeUuid`,`VolumeSnapshotEO`.`format` AS `format`,"
        "`VolumeSnapshotEO`.`treeUuid` AS `treeUuid`,`VolumeSnapshotEO`.`parentUuid` AS `parentUuid`,"
        "`VolumeSnapshotEO`.`primaryStorageUuid` AS `primaryStorageUuid`,"
        "`VolumeSnapshotEO`.`primaryStorageInstallPath` AS `primaryStorageInstallPath`,`VolumeSnapshotEO`.`distance` "
        "AS `distance`,`VolumeSnapshotEO`.`size` AS `size`,`VolumeSnapshotEO`.`latest` AS `latest`,"
        "`VolumeSnapshotEO`.`fullSnapshot` AS `fullSnapshot`,`VolumeSnapshotEO`.`volumeType` AS `volumeType`,"
        "`VolumeSnapshotEO`.`state` AS `state`,`VolumeSnapshotEO`.`status` AS `status`,"
        "`VolumeSnapshotEO`.`createDate` AS `createDate`,`VolumeSnapshotEO`.`lastOpDate` AS `lastOpDate` from "
        "`VolumeSnapshotEO` where `VolumeSnapshotEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "VolumeVO",
    (
        "select `VolumeEO`.`uuid` AS `uuid`,`VolumeEO`.`name` AS `name`,`VolumeEO`.`description` AS `description`,"
        "`VolumeEO`.`primaryStorageUuid` AS `primaryStorageUuid`,`VolumeEO`.`vmInstanceUuid` AS `vmInstanceUuid`,"
        "`VolumeEO`.`diskOfferingUuid` AS `diskOfferingUuid`,`VolumeEO`.`rootImageUuid` AS `rootImageUuid`,"
        "`VolumeEO`.`installPath` AS `installPath`,`VolumeEO`.`type` AS `type`,`VolumeEO`.`status` AS `status`,"
        "`VolumeEO`.`size` AS `size`,`VolumeEO`.`actualSize` AS `actualSize`,`VolumeEO`.`deviceId` AS `deviceId`,"
        "`VolumeEO`.`format` AS `format`,`VolumeEO`.`state` AS `state`,`VolumeEO`.`createDate` AS `createDate`,"
        "`VolumeEO`.`lastOpDate` AS `lastOpDate`,`VolumeEO`.`isShareable` AS `isShareable`,`VolumeEO`.`volumeQos` AS "
        "`volumeQos`,`VolumeEO`.`lastVmInstanceUuid` AS `lastVmInstanceUuid`,`VolumeEO`.`lastDetachDate` AS "
        "`lastDetachDate`,`VolumeEO`.`lastAttachDate` AS `lastAttachDate`,`VolumeEO`.`protocol` AS `protocol` from "
        "`VolumeEO` where `VolumeEO`.`deleted` is null"
    ),
)

view(
    metadata,
    "ZoneVO",
    (
        "select `ZoneEO`.`uuid` AS `uuid`,`ZoneEO`.`name` AS `name`,`ZoneEO`.`type` AS `type`,`ZoneEO`.`description` "
        "AS `description`,`ZoneEO`.`state` AS `state`,`ZoneEO`.`isDefault` AS `isDefault`,`ZoneEO`.`createDate` AS "
        "`createDate`,`ZoneEO`.`lastOpDate` AS `lastOpDate` from `ZoneEO` where `ZoneEO`.`deleted` is null"
    ),
)

trigger(
    metadata,
    "trigger_decrease_vswitch_for_create_ecs",
    "AFTER INSERT",
    "EcsInstanceVO",
    (
        "BEGIN\nupdate `EcsVSwitchVO` set `availableIpAddressCount`=`availableIpAddressCount`-1 where "
        "`uuid`=NEW.`ecsVSwitchUuid`;\nEND"
    ),
)

trigger(
    metadata,
    "trigger_cleanup_for_VolumeEO_soft_delete",
    "AFTER UPDATE",
    "VolumeEO",
    (
        "BEGIN\n        IF OLD.`deleted` IS NULL AND NEW.`deleted` IS NOT NULL THEN\n            DELETE FROM "
        "`AccountResourceRefVO` WHERE `resourceUuid` = OLD.`uuid` AND `resourceType` = 'VolumeVO';\n            "
        "DELETE FROM `SystemTagVO` WHERE `resourceUuid` = OLD.`uuid` AND `resourceType` = 'VolumeVO';\n            "
        "DELETE FROM `UserTagVO` WHERE `resourceUuid` = OLD.`uuid` AND `resourceType` = 'VolumeVO';\n        END "
        "IF;\n    END"
    ),
)
