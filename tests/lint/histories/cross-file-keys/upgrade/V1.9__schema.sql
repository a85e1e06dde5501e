-- A key added over a column an earlier file declared nullable (vmNicUuid, from V0.6).
ALTER TABLE `zstack`.`PortForwardingRuleVO` ADD UNIQUE INDEX `ukPortForwardingRuleVONic` (`vmNicUuid`, `privatePortStart`);  -- expect: nullable-unique-key
CALL ADD_CONSTRAINT('PortForwardingRuleVO', 'fkPortForwardingRuleVOVmNicVO', 'vmNicUuid', 'VmNicVO', 'uuid', 'CASCADE');  -- expect: nullable-cascade-fk
CALL ADD_CONSTRAINT('PortForwardingRuleVO', 'fkPortForwardingRuleVOVipVO', 'vipUuid', 'VipVO', 'uuid', 'SET NULL');  -- expect: not-null-set-null-fk
CALL ADD_COLUMN('PortForwardingRuleVO', 'guestIp', 'varchar(128)', 1, NULL);
