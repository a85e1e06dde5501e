-- The key is checked against the columns as the whole file leaves them: both the key and the MODIFY are reported.
ALTER TABLE `zstack`.`VipVO` ADD CONSTRAINT `fkVipVOVmNicVO` FOREIGN KEY (`ownerNicUuid`) REFERENCES `VmNicVO` (`uuid`) ON DELETE CASCADE;  -- expect: nullable-cascade-fk
ALTER TABLE `zstack`.`VipVO` MODIFY COLUMN `ownerNicUuid` varchar(32) DEFAULT NULL;  -- expect: nullable-cascade-fk
-- The key on vipUuid (NOT NULL since V0.6) and the renamed column are fine.
ALTER TABLE `zstack`.`PortForwardingRuleVO` ADD UNIQUE INDEX `ukPortForwardingRuleVOVip` (`vipUuid`, `privatePortStart`);
ALTER TABLE `zstack`.`PortForwardingRuleVO` CHANGE `vmNicUuid` `nicUuid` varchar(32) NOT NULL;
ALTER TABLE `zstack`.`PortForwardingRuleVO` ADD UNIQUE INDEX `ukPortForwardingRuleVONicPort` (`nicUuid`, `privatePortStart`);
