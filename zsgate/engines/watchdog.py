"""A time limit on every statement a connection runs: past it, the statement is killed on the server.

MariaDB's `max_statement_time` and MySQL's `MAX_EXECUTION_TIME` (SELECT only) each cover part of what an
upgrade can run; this covers all of it on both families. The limit is a cursor class handed to PyMySQL: a
timer beside each statement sends `KILL QUERY` for the connection's own thread from a second connection of
the same account (an account may stop its own statements), and the statement fails with a message saying
so, which the caller places at its file and line.
"""

from __future__ import annotations

import threading
from typing import Any

import pymysql
from pymysql.cursors import Cursor

DEFAULT_STATEMENT_TIMEOUT = 600.0  # seconds; ZStack's slowest upgrade statement on a large site takes minutes
ER_QUERY_INTERRUPTED = 1317
KILL_TIMEOUT = 10  # seconds the second connection may take to connect


class StatementTimeout(pymysql.OperationalError):
    """A statement that ran longer than the limit, killed on the server."""


def limited_cursor(seconds: float) -> type[Cursor]:
    """A cursor class whose statements are killed after `seconds` (0: a plain cursor, no limit)."""
    if not seconds:
        return Cursor
    return type("LimitedCursor", (_LimitedCursor,), {"seconds": seconds})


class _LimitedCursor(Cursor):
    seconds: float

    def execute(self, query: str, args: Any = None) -> int:
        watch = _Watch(self.connection)
        timer = threading.Timer(self.seconds, watch.kill)
        timer.daemon = True
        timer.start()
        try:
            result = super().execute(query, args)
        except pymysql.OperationalError as error:
            # the error can arrive while the kill is still closing its connection: `ended` waits for it
            if watch.ended(timer) and error.args[0] == ER_QUERY_INTERRUPTED:
                raise self._timed_out() from None
            raise
        finally:
            watch.ended(timer)
        if watch.killed:  # MySQL's SLEEP() ends without an error when killed: it was stopped all the same
            raise self._timed_out()
        return result

    def _timed_out(self) -> StatementTimeout:
        return StatementTimeout(
            ER_QUERY_INTERRUPTED,
            f"ran longer than the statement timeout ({self.seconds:g} s) and was stopped (--statement-timeout)",
        )


class _Watch:
    """One statement's kill switch: `kill` stops it on the server unless `ended` came first."""

    def __init__(self, connection: pymysql.Connection) -> None:
        self.connection, self.thread = connection, connection.thread_id()
        self.killed = self._done = False
        self._lock = threading.Lock()

    def ended(self, timer: threading.Timer) -> bool:
        """The statement is over: no kill may start now, and one under way has finished. Whether it was killed."""
        timer.cancel()
        with self._lock:
            self._done = True
        return self.killed

    def kill(self) -> None:
        with self._lock:  # never after `ended`: KILL QUERY on an idle thread would stop its next statement
            if self._done:
                return
            c = self.connection
            try:
                killer = pymysql.connect(
                    host=c.host,
                    port=c.port,
                    user=c.user,
                    password=c.password,
                    unix_socket=c.unix_socket,
                    ssl=c.ctx if getattr(c, "_ssl_required", False) else None,  # as the connection watched
                    connect_timeout=KILL_TIMEOUT,
                )
                try:
                    with killer.cursor() as cursor:
                        cursor.execute(f"KILL QUERY {int(self.thread)}")
                    self.killed = True
                finally:
                    killer.close()
            except pymysql.MySQLError:
                pass  # the server is gone or refuses: the statement ends with the server's own error
