-- ZStack's V4.8.0 AlterBlockScsiLunTable: a procedure body changes the table where the history cannot
-- follow it (IF EXISTS on information_schema); after the call, nothing is said about the table.
DROP PROCEDURE IF EXISTS upgradeSchedulerJob;
DELIMITER $$
CREATE PROCEDURE upgradeSchedulerJob()
BEGIN
    IF EXISTS (SELECT NULL FROM INFORMATION_SCHEMA.COLUMNS WHERE table_name = 'SchedulerJobVO'
               AND column_name = 'targetResourceUuid' AND is_nullable = 'YES') THEN
        ALTER TABLE `zstack`.`SchedulerJobVO` MODIFY COLUMN `targetResourceUuid` varchar(32) NOT NULL;
    END IF;
END $$
DELIMITER ;
call upgradeSchedulerJob;
DROP PROCEDURE IF EXISTS upgradeSchedulerJob;
ALTER TABLE `zstack`.`SchedulerJobVO` ADD CONSTRAINT `fkSchedulerJobVOResourceVO` FOREIGN KEY (`targetResourceUuid`) REFERENCES `ResourceVO` (`uuid`) ON DELETE CASCADE;
