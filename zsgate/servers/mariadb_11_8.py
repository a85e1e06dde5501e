"""MariaDB 11.8 LTS: proven on 11.8.9, Debian 13's build (the mariadb-11.8 recipe), in a container and on
the embedded engine."""

from zsgate.servers.families import MARIADB, MARIADB_SQL_MODE
from zsgate.servers.target import Image, OnlineDdl, Target

TARGET = Target(
    name="mariadb-11.8",
    product="MariaDB",
    family=MARIADB,
    version="11.8",
    sql_mode=MARIADB_SQL_MODE,  # read from 11.8.9's @@GLOBAL.sql_mode (tests/lint/test_zero_date_on_server.py)
    # the official image has TLS (11.4+), the recipe's none; MariaDB takes a password without it
    image=Image("mariadb:11.8", tls=False, recipe="mariadb-11.8"),
    online_ddl=OnlineDdl(
        "mariadb-10.11",
        # 11.8.9 takes each of the 40 cases as 10.11.19 does (tests/impact/test_on_server.py)
        "https://mariadb.com/docs/server/server-usage/storage-engines/innodb/innodb-online-ddl",
    ),
)
