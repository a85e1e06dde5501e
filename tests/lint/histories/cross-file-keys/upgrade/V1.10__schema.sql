-- V1.10 comes after V1.9 (Flyway compares versions as numbers): guestIp exists, added by a helper there.
CREATE UNIQUE INDEX `ukPortForwardingRuleVOGuestIp` ON `zstack`.`PortForwardingRuleVO` (`guestIp`);  -- expect: nullable-unique-key
-- ZStack's V4.7.13: a column under an ON DELETE CASCADE key (from another file) made nullable.
ALTER TABLE `zstack`.`VipVO` ADD COLUMN `ownerNicUuid` varchar(32) NOT NULL;
