-- Nullability as the server decides it. ZStack's V3.4.0: a column added with UNIQUE, made PRIMARY KEY
-- later in the same file (the server makes it NOT NULL); V4.0.0: CHANGE ... AUTO_INCREMENT UNIQUE.
CREATE TABLE IF NOT EXISTS `zstack`.`TicketFlowVO` (
    `uuid` varchar(32) NOT NULL,
    `sequence` int,
    `flowName` varchar(255) DEFAULT NULL,
    `hostUuid` varchar(32) PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
ALTER TABLE `zstack`.`TicketFlowVO` ADD `id` BIGINT UNSIGNED UNIQUE;
ALTER TABLE `zstack`.`TicketFlowVO` ADD CONSTRAINT `fkTicketFlowVOHostEO` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`) ON DELETE CASCADE;
ALTER TABLE `zstack`.`TicketFlowVO` DROP PRIMARY KEY, ADD PRIMARY KEY (`id`);
ALTER TABLE `zstack`.`TicketFlowVO` CHANGE `sequence` `sequence` INT AUTO_INCREMENT UNIQUE;
ALTER TABLE `zstack`.`TicketFlowVO` ADD UNIQUE KEY `ukTicketFlowVOName` (`flowName`);  -- expect: nullable-unique-key
-- A TIMESTAMP without NULL or NOT NULL is nullable or not depending on explicit_defaults_for_timestamp: silent.
ALTER TABLE `zstack`.`TicketFlowVO` ADD COLUMN `expireDate` timestamp;
ALTER TABLE `zstack`.`TicketFlowVO` ADD UNIQUE KEY `ukTicketFlowVOExpire` (`uuid`, `expireDate`);
