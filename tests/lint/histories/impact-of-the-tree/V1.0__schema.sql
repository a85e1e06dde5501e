CREATE TABLE `zstack`.`HostMemoryVO` (
    `uuid` VARCHAR(32) NOT NULL,
    `availableMemory` BIGINT UNSIGNED NOT NULL,
    `note` VARCHAR(64) DEFAULT NULL,
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
