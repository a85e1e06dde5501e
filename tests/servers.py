"""Reaching a server an engine yielded from outside SQLAlchemy: pymysql directly, or the `mariadb` client."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pymysql
import sqlalchemy
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from zsgate.engines import SCHEMA, Server, open_server


def pymysql_connect(url: URL, **options: object) -> pymysql.Connection:
    """A pymysql connection to `url`: over its socket when it names one (the `local` engine), else TCP."""
    socket = url.query.get("unix_socket")
    where = {"unix_socket": socket} if socket else {"host": url.host or "127.0.0.1", "port": url.port or 3306}
    return pymysql.connect(user=url.username, password=url.password or "", **where, **options)  # type: ignore[arg-type]


def client_command(url: URL, database: str) -> tuple[list[str], dict[str, str]]:
    """The `mariadb` client's command line for `url`, and its environment (the password stays off the
    command line, where `ps` would show it)."""
    socket = url.query.get("unix_socket")
    where = [f"--socket={socket}"] if socket else [f"--host={url.host}", f"--port={url.port or 3306}"]
    command = ["mariadb", "--no-defaults", *where, f"--user={url.username}", database]
    return command, {**os.environ, "MYSQL_PWD": url.password or ""}


def query(server: Server, sql: str) -> list[tuple[object, ...]]:
    """The rows of one query on a fresh connection to `server`."""
    engine = sqlalchemy.create_engine(server.url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.exec_driver_sql(sql)]
    finally:
        engine.dispose()


@contextlib.contextmanager
def server_for_dsn() -> Iterator[URL]:
    """A throwaway local server as `dsn:` finds one (no `zstack`), with a user `gate` whose password
    `set_password` gives; the URL is root's, over the server's socket."""
    with open_server("local") as server:
        engine = sqlalchemy.create_engine(server.url, poolclass=NullPool)
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE USER 'gate'@'localhost'")
            # what a dsn account needs: zsgate makes its own account for the upgrade files (engines/account.py)
            connection.exec_driver_sql("GRANT ALL PRIVILEGES ON *.* TO 'gate'@'localhost' WITH GRANT OPTION")
            connection.exec_driver_sql(f"DROP DATABASE `{SCHEMA}`")  # the local engine's own claim
        engine.dispose()
        yield server.url


def set_password(root: URL, password: str) -> None:
    """Give `gate` on the server of `root` (from `server_for_dsn`) this password."""
    with pymysql_connect(root, autocommit=True) as connection, connection.cursor() as cursor:
        cursor.execute("ALTER USER 'gate'@'localhost' IDENTIFIED BY %s", (password,))
