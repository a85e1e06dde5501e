"""MySQL 8.0, the series' newest releases (reserved words through 8.0.32, online DDL of 8.0.29+)."""

from zsgate.servers.families import MYSQL, MYSQL_SQL_MODE
from zsgate.servers.target import Image, OnlineDdl, Target

TARGET = Target(
    name="mysql-8.0",
    product="MySQL",
    family=MYSQL,
    version="8.0",
    sql_mode=MYSQL_SQL_MODE,
    image=Image("mysql:8.0"),
    online_ddl=OnlineDdl(
        "mysql",
        # instant DROP COLUMN and ADD COLUMN at any position since 8.0.29, instant RENAME COLUMN since 8.0.28;
        # on older 8.0 servers those fall back to INPLACE with a rebuild
        "https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html",
    ),
)
