"""What each family's releases share: the default sql_mode of MySQL since 8.0 and MariaDB since 10.2.4,
the sql_mode a ZStack installation runs in, and how to keep a throwaway server small."""

from __future__ import annotations

from zsgate.servers.target import Family, SqlMode

MYSQL = Family(
    "mysql",
    # no X Protocol port to collide with, no monitoring overhead; MySQL 8.0.30+ sizes its redo log so
    # (MySQL 9 refuses innodb-log-file-size)
    small_server_options=("--mysqlx=OFF", "--performance-schema=OFF", "--innodb-redo-log-capacity=8M"),
)
MARIADB = Family("mariadb", small_server_options=("--innodb-log-file-size=8M",))

MYSQL_SQL_MODE = SqlMode(
    (
        "ONLY_FULL_GROUP_BY",
        "STRICT_TRANS_TABLES",
        "NO_ZERO_IN_DATE",
        "NO_ZERO_DATE",
        "ERROR_FOR_DIVISION_BY_ZERO",
        "NO_ENGINE_SUBSTITUTION",
    ),
    'MySQL manual, "Server SQL Modes": "The default SQL mode in MySQL 8.0 includes these modes: ..." (the same '
    "in 8.4 and 9.7); read from MySQL 9.7.4's @@GLOBAL.sql_mode (tests/lint/test_zero_date_on_server.py)",
)
MARIADB_SQL_MODE = SqlMode(
    ("STRICT_TRANS_TABLES", "ERROR_FOR_DIVISION_BY_ZERO", "NO_AUTO_CREATE_USER", "NO_ENGINE_SUBSTITUTION"),
    "https://mariadb.com/kb/en/sql-mode/ (the default since 10.2.4: no NO_ZERO_DATE, no NO_ZERO_IN_DATE); "
    "read from MariaDB 10.11.19's and 11.8.9's @@GLOBAL.sql_mode (tests/lint/test_zero_date_on_server.py)",
)

REMOVED_FROM_MYSQL = frozenset({"NO_AUTO_CREATE_USER"})


def zstack_sql_mode(family: Family) -> str:
    """The sql_mode a ZStack installation runs in on a server of ``family``. Neither ZStack's installer
    (zstack-utility's installation/install.sh, which writes my.cnf) nor the management node (zstack's JDBC
    settings) sets one, so the server's default applies, and ZStack installs MariaDB: its default takes the 547
    zero-date defaults of ZStack's tables that MySQL's (NO_ZERO_DATE, NO_ZERO_IN_DATE) refuses. On MySQL the
    same modes but NO_AUTO_CREATE_USER, which MySQL 8 removed."""
    modes = MARIADB_SQL_MODE.modes
    return ",".join(mode for mode in modes if family == MARIADB or mode not in REMOVED_FROM_MYSQL)
