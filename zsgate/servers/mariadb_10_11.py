"""MariaDB 10.11 LTS: proven on 10.11.19, Debian 12's build (the mariadb-10.11 recipe and the embedded
engine's default)."""

from zsgate.servers.families import MARIADB, MARIADB_SQL_MODE
from zsgate.servers.target import Image, OnlineDdl, Target

TARGET = Target(
    name="mariadb-10.11",
    product="MariaDB",
    family=MARIADB,
    version="10.11",
    sql_mode=MARIADB_SQL_MODE,
    image=Image("mariadb:10.11", tls=False, recipe="mariadb-10.11"),  # MariaDB's images have TLS from 11.4
    online_ddl=OnlineDdl(
        "mariadb-10.11",
        # every row but the catch-alls proven on 10.11.19 (tests/impact/test_on_server.py)
        "https://mariadb.com/kb/en/innodb-online-ddl-overview/",
    ),
)
