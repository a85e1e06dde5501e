-- A CREATE TABLE sqlglot cannot read (PARTITION BY, as ZStack's NotificationVO): the table is unknown.
CREATE TABLE `zstack`.`AuditLogVO` (
    `uuid` varchar(32) NOT NULL,
    `resourceUuid` varchar(32) DEFAULT NULL,
    `dateTime` datetime NOT NULL,
    PRIMARY KEY (`uuid`, `dateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 PARTITION BY RANGE( YEAR(dateTime) ) (
    PARTITION p2017 VALUES LESS THAN (2018),
    PARTITION p9999 VALUES LESS THAN MAXVALUE
);
ALTER TABLE `zstack`.`AuditLogVO` ADD UNIQUE INDEX `ukAuditLogVOResource` (`resourceUuid`, `dateTime`);
