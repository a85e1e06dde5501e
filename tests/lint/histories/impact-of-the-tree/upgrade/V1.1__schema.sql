-- The table comes from V1.0, not from the models: read against it, BIGINT UNSIGNED -> BIGINT narrows.
ALTER TABLE `zstack`.`HostMemoryVO` MODIFY `availableMemory` BIGINT NOT NULL; -- expect: blocking-alter, data-dependent-change, destructive-change
UPDATE `zstack`.`HostMemoryVO` SET `note` = '' WHERE `note` IS NULL;
ALTER TABLE `zstack`.`HostMemoryVO` MODIFY `note` VARCHAR(64) NOT NULL; -- the UPDATE above fills the NULLs: not data-dependent
ALTER TABLE `zstack`.`HostMemoryVO` MODIFY `note` VARCHAR(32) NOT NULL; -- noqa: destructive-change: notes were never longer  -- expect: blocking-alter, data-dependent-change
