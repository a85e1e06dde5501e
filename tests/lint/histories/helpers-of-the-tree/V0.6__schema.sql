CREATE TABLE `zstack`.`ImageCacheVO` (
    `id` bigint unsigned NOT NULL AUTO_INCREMENT,
    `primaryStorageUuid` varchar(32) NOT NULL,
    `imageUuid` varchar(32) DEFAULT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
