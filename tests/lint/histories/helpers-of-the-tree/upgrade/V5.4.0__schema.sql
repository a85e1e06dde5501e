ALTER TABLE `zstack`.`PrimaryStorageImageCacheVO` ADD CONSTRAINT `fkPrimaryStorageImageCacheVOImageEO` FOREIGN KEY (`imageUuid`) REFERENCES `ImageEO` (`uuid`) ON DELETE CASCADE;  -- expect: nullable-cascade-fk
ALTER TABLE `zstack`.`PrimaryStorageImageCacheVO` ADD UNIQUE KEY `ukPrimaryStorageImageCacheVOUrl` (`primaryStorageUuid`, `installUrl`(255));  -- expect: nullable-unique-key
ALTER TABLE `zstack`.`PrimaryStorageImageCacheVO` ADD UNIQUE KEY `ukPrimaryStorageImageCacheVOMd5` (`primaryStorageUuid`, `md5sum`);
-- size: unknown (the call above did nothing), so silent.
ALTER TABLE `zstack`.`PrimaryStorageImageCacheVO` ADD UNIQUE KEY `ukPrimaryStorageImageCacheVOSize` (`primaryStorageUuid`, `size`);
-- DROP_FOREIGN_KEY removes the CASCADE key; adding it again as SET NULL over the nullable column is right.
CALL DROP_FOREIGN_KEY('PrimaryStorageImageCacheVO', 'fkPrimaryStorageImageCacheVOImageEO');
ALTER TABLE `zstack`.`PrimaryStorageImageCacheVO` ADD CONSTRAINT `fkPrimaryStorageImageCacheVOImageEO` FOREIGN KEY (`imageUuid`) REFERENCES `ImageEO` (`uuid`) ON DELETE SET NULL;
