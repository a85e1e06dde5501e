"""GreatSQL 8.0 (8.0.32-25), a Percona Server 8.0.32 derivative: MySQL 8.0's defaults, six more reserved
words. impact does not predict for it."""

from zsgate.servers.families import MYSQL, MYSQL_SQL_MODE
from zsgate.servers.target import Image, Target

TARGET = Target(
    name="greatsql-8.0",
    product="GreatSQL",
    family=MYSQL,
    version="8.0",
    sql_mode=MYSQL_SQL_MODE,  # GreatSQL 8.0 keeps MySQL 8.0's default
    image=Image(
        "greatsql/greatsql:8.0.32-25",
        # the image's my.cnf is a production sample: binary log with GTIDs, slow log, error log in a file
        options=("--gtid-mode=OFF", "--enforce-gtid-consistency=OFF", "--slow-query-log=OFF"),
        # MAXPERF=1 (the default) sizes the buffer pool to 3/4 of the host's memory
        env=(("MAXPERF", "0"),),
        # its server logs to a file, so wait for the entrypoint's last words, then poll
        ready_log=r"init process done\. Ready for start up",
    ),
)
