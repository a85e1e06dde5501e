-- A small history with what an import must carry exactly (tests/importer).
CREATE TABLE `AccountVO` (
    `uuid` varchar(32) NOT NULL UNIQUE COMMENT 'account uuid',
    `name` varchar(255) NOT NULL,
    `isAdmin` tinyint(1) NOT NULL DEFAULT 0,
    `enabled` BOOLEAN NOT NULL DEFAULT TRUE,
    `quota` bigint unsigned NOT NULL DEFAULT 600000,
    `ratio` double(14,5) unsigned DEFAULT NULL,
    `state` enum('Enabled','Disabled','it''s') NOT NULL DEFAULT 'Enabled',
    `secret` varchar(64) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT NULL,
    `lastOpDate` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00' ON UPDATE CURRENT_TIMESTAMP,
    `createDate` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`uuid`),
    UNIQUE KEY `ukName` (`name`),
    KEY `idxAccountVOname` (`name`(16))
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='who owns what';

CREATE TABLE `HostEO` (
    `uuid` varchar(32) NOT NULL UNIQUE,
    `accountName` varchar(255) DEFAULT NULL,
    `deleted` varchar(255) DEFAULT NULL,
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE VIEW `HostVO` AS SELECT `uuid`, `accountName` FROM `HostEO` WHERE `deleted` IS NULL;
CREATE VIEW `AHostView` AS SELECT `uuid` FROM `HostVO`;

CREATE TABLE `LegacyLogVO` (
    `id` int(16) NOT NULL,
    `message` text,
    `my-col` varchar(8) DEFAULT NULL,
    `class` int DEFAULT NULL,
    FULLTEXT KEY `ftMessage` (`message`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;
