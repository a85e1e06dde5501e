"""MariaDB 11.8 LTS: proven on 11.8.9, Debian 13's build (the mariadb-11.8 recipe), in a container and on
the embedded engine.

Its default collations are UCA 14.0's (since 11.5): ``utf8mb4_uca1400_ai_ci``, and a table created
``DEFAULT CHARSET=utf8`` gets ``utf8mb3_uca1400_ai_ci`` (``@@character_set_collations``), where 10.11 gave
``utf8mb3_general_ci``. Measured on 11.8.9: a foreign key between a ``utf8mb3_general_ci`` column (a table
made before the server became 11.8) and a new table's ``utf8`` column is refused (errno 150, even with
foreign_key_checks off), and comparing the two columns fails (error 1267, "Illegal mix of collations");
a ``utf8mb4`` column (a table made without a charset) compares with either, but takes no foreign key to them.
"""

from zsgate.servers.families import MARIADB, MARIADB_SQL_MODE
from zsgate.servers.target import CollationChange, Image, OnlineDdl, Target

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
    collation_change=CollationChange(
        now=(("utf8mb3", "utf8mb3_uca1400_ai_ci"), ("utf8mb4", "utf8mb4_uca1400_ai_ci")),
        before=(("utf8mb3", "utf8mb3_general_ci"), ("utf8mb4", "utf8mb4_general_ci")),
        # 11.8.9's @@character_set_collations, and 10.11.19's defaults; a foreign key across the two is
        # refused on 11.8.9 (tests/lint/test_default_collation_fk_on_server.py)
        source="https://mariadb.com/kb/en/server-system-variables/#character_set_collations",
    ),
)
