-- The helpers the upgrade files call (a shortened beforeMigrate.sql: the names and arguments are ZStack's).
DROP PROCEDURE IF EXISTS `ADD_COLUMN`;
DELIMITER $$
CREATE PROCEDURE `ADD_COLUMN`(IN tb_name VARCHAR(64), IN col_name VARCHAR(64), IN col_data_type VARCHAR(64),
                              IN allow_null BOOL, IN default_value VARCHAR(255))
BEGIN
    SELECT CURTIME();
END$$
DELIMITER ;

DROP PROCEDURE IF EXISTS `ADD_CONSTRAINT`;
DELIMITER $$
CREATE PROCEDURE `ADD_CONSTRAINT`(IN tb_name VARCHAR(64), IN cons_name VARCHAR(255), IN references_col VARCHAR(64),
                                  IN referencing_table VARCHAR(64), IN referencing_col VARCHAR(64),
                                  IN on_delete VARCHAR(64))
BEGIN
    SELECT CURTIME();
END$$
DELIMITER ;
