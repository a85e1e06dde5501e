-- The baseline declares the columns; later files put keys over them (ZStack's VmNicVO.usedIpUuid,
-- SharedResourceVO.receiverAccountUuid: a UNIQUE key added years after the column, in another file).
CREATE TABLE `zstack`.`PortForwardingRuleVO` (
    `uuid` varchar(32) NOT NULL UNIQUE,
    `vipUuid` varchar(32) NOT NULL,
    `vmNicUuid` varchar(32) DEFAULT NULL,
    `privatePortStart` int NOT NULL,
    `lastOpDate` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00' ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `zstack`.`VipVO` (
    `uuid` varchar(32) NOT NULL UNIQUE,
    `ip` varchar(128) NOT NULL,
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
