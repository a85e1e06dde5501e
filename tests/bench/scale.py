"""`make bench`, cost at scale: the 5.5.28 upgrade and a copy-class ALTER on VmModelMountVO grown from 10k to
1M rows (local engine), each with impact's predicted class beside the measured time.

Usage: python tests/bench/scale.py [ROWS ...]   (default 10000 100000 1000000)
"""

from __future__ import annotations

import contextlib
import sys
import time

import sqlalchemy
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from zsgate.checks.verify import baseline
from zsgate.checks.verify.run import SESSION, default_plan, previous_release
from zsgate.checks.verify.scale import apply_timed, grow, predictions
from zsgate.engines import SCHEMA, Server, open_server
from zsgate.engines.execute import connect, load
from zsgate.schema.releases import as_of
from zsgate.servers import target_of
from zsgate.sql.split import split_sql

SIZES = (10_000, 100_000, 1_000_000)
TABLE = "VmModelMountVO"
ALTERS = split_sql(
    "ALTER TABLE `zstack`.`VmModelMountVO` MODIFY `lastAttachedEpoch` VARCHAR(32);\n"
    "ALTER TABLE `zstack`.`VmModelMountVO` ADD COLUMN `detachedDate` TIMESTAMP NULL;\n",
    "alters.sql",
)


def size_like_production(server: Server) -> str:
    """A buffer pool and redo log of a small production server instead of the local engine's quick-start
    64 MB and 8 MB (both are dynamic on MariaDB 10.11), set as the server's administrator (the account the
    files run as may not); says what the server runs with."""
    engine = sqlalchemy.create_engine(server.url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            for setting in ("innodb_buffer_pool_size = 1073741824", "innodb_log_file_size = 268435456"):
                with contextlib.suppress(DBAPIError):  # a server that refuses keeps its own sizes, reported below
                    connection.exec_driver_sql(f"SET GLOBAL {setting}")
            sizes = "SELECT @@innodb_buffer_pool_size, @@innodb_log_file_size"
            pool, log = connection.exec_driver_sql(sizes).one()
    finally:
        engine.dispose()
    return f"buffer pool {pool // 2**20} MB, redo log {log // 2**20} MB"


def main(sizes: tuple[int, ...]) -> None:
    plan = default_plan()
    upgrade, helpers = load(plan.upgrade), load(plan.helpers)
    before = as_of(plan.metadata, previous_release(plan.metadata, plan.release))
    table = Table(
        "rows", "grow s", "5.5.28 upgrade s", "slowest statement (predicted)", "MODIFY BIGINT→VARCHAR", "ADD COLUMN"
    )
    with open_server("local") as server, connect(server, SESSION) as connection:
        sized = size_like_production(server)
        target = target_of(server.family, server.version)
        predicted = predictions(upgrade, target)
        alter_predicted = predictions(ALTERS, target)
        for rows in sizes:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS `{SCHEMA}`")
            connection.exec_driver_sql(f"CREATE DATABASE `{SCHEMA}`")
            connection.exec_driver_sql(f"USE `{SCHEMA}`")
            baseline.build(connection, before, helpers, server.family)
            started = time.perf_counter()
            grow(connection, TABLE, rows)
            grown = time.perf_counter() - started
            times = apply_timed(connection, upgrade, predicted)
            slowest = max(times, key=lambda t: t.seconds)
            copy, instant = apply_timed(connection, ALTERS, alter_predicted)
            table.add_row(
                f"{rows:,}",
                f"{grown:.1f}",
                f"{sum(t.seconds for t in times):.2f}",
                f"{slowest.seconds:.2f} line {slowest.line} ({slowest.predicted})",
                f"{copy.seconds:.2f} ({copy.predicted})",
                f"{instant.seconds:.3f} ({instant.predicted})",
            )
    console = Console(width=160)
    console.print(f"cost at scale on {server.description} ({sized}): {TABLE} grown, the rest as seeded")
    console.print(table)


if __name__ == "__main__":
    main(tuple(int(arg) for arg in sys.argv[1:]) or SIZES)
