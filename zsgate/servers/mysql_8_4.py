"""MySQL 8.4 LTS."""

from zsgate.servers.families import MYSQL, MYSQL_SQL_MODE
from zsgate.servers.target import Image, OnlineDdl, Target

TARGET = Target(
    name="mysql-8.4",
    product="MySQL",
    family=MYSQL,
    version="8.4",
    sql_mode=MYSQL_SQL_MODE,
    image=Image("mysql:8.4"),
    online_ddl=OnlineDdl("mysql", "https://dev.mysql.com/doc/refman/8.4/en/innodb-online-ddl-operations.html"),
)
