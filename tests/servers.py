"""Reaching a server an engine yielded from outside SQLAlchemy: pymysql directly, or the `mariadb` client."""

from __future__ import annotations

import os

import pymysql
from sqlalchemy.engine import URL


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
