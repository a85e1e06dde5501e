"""MySQL 9.7 LTS: proven on 9.7.4, Debian's build (the mysql-9.7 recipe), in a container and on the
embedded engine."""

from zsgate.servers.families import MYSQL, MYSQL_SQL_MODE
from zsgate.servers.target import Image, OnlineDdl, Target

TARGET = Target(
    name="mysql-9.7",
    product="MySQL",
    family=MYSQL,
    version="9.7",
    sql_mode=MYSQL_SQL_MODE,
    image=Image("mysql:9.7", recipe="mysql-9.7"),
    online_ddl=OnlineDdl(
        "mysql-9.7",
        # read at 9.5, the same table; measured on 9.7.4 (tests/impact/test_on_server.py)
        "https://dev.mysql.com/doc/refman/9.7/en/innodb-online-ddl-operations.html",
    ),
)
