ALTER TABLE `HostEO` ADD CONSTRAINT `fkHostEOAccountVO` FOREIGN KEY (`accountName`) REFERENCES `AccountVO` (`name`) ON DELETE SET NULL ON UPDATE NO ACTION;
ALTER TABLE `HostEO` ADD CONSTRAINT `fkHostEOAccountVO1` FOREIGN KEY (`accountName`) REFERENCES `AccountVO` (`name`) ON DELETE RESTRICT;

CREATE TABLE `HostCapacityVO` (
    `hostUuid` varchar(32) NOT NULL,
    `zone` varchar(32) NOT NULL,
    `sequence` bigint unsigned NOT NULL AUTO_INCREMENT,
    `used` bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (`zone`, `hostUuid`),
    UNIQUE KEY `sequence` (`sequence`),
    KEY `idxHost` (`hostUuid`),
    CONSTRAINT `fkHostCapacityVOHostEO` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `EventVO` (
    `uuid` varchar(32) NOT NULL,
    `hostUuid` varchar(32) CHARACTER SET utf8 COLLATE utf8_general_ci DEFAULT NULL,
    `dateTime` datetime(3) NOT NULL,
    PRIMARY KEY (`uuid`, `dateTime`),
    CONSTRAINT `fkEventVOHostEO` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`) ON DELETE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

DELIMITER $$
CREATE TRIGGER `trigger_cleanup_host` AFTER UPDATE ON `HostEO` FOR EACH ROW
BEGIN
    IF OLD.`deleted` IS NULL AND NEW.`deleted` IS NOT NULL THEN
        DELETE FROM `HostCapacityVO` WHERE `hostUuid` = OLD.`uuid` AND `zone` LIKE '%';
    END IF;
END $$
DELIMITER ;

CREATE TABLE `NotificationVO` (
    `uuid` varchar(32) NOT NULL,
    `dateTime` datetime NOT NULL,
    PRIMARY KEY (`uuid`, `dateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8
PARTITION BY RANGE (year(`dateTime`)) (PARTITION p2017 VALUES LESS THAN (2018), PARTITION p9999 VALUES LESS THAN MAXVALUE);

CREATE TABLE `zone-tag` (
    `id` bigint unsigned NOT NULL AUTO_INCREMENT,
    `class` varchar(8) DEFAULT NULL,
    `metadata` varchar(8) DEFAULT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
