"""Talking to a server through its URL: readiness, version, the `zstack` claim, safe error text."""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable, Iterator

import sqlalchemy
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from zsgate.engines.redact import scrub
from zsgate.engines.server import SCHEMA, EngineRefused, EngineUnavailable

ER_DB_CREATE_EXISTS = 1007
CLAIM_MARK = "zsgate_claim"  # a database beside `zstack`: the mark that zsgate made that `zstack`
CLAIM_LOCK = "zsgate.zstack"  # held by the run that owns the marked `zstack`
POLL_INTERVAL = 0.02  # seconds between readiness attempts


@contextlib.contextmanager
def connect(url: URL) -> Iterator[Connection]:
    """One autocommit connection to the server at `url`, closed afterwards."""
    engine = sqlalchemy.create_engine(
        url,
        poolclass=NullPool,
        pool_reset_on_return=None,  # closing is the reset
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 5},
    )
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def server_version(url: URL) -> str:
    """The server's `SELECT VERSION()`, e.g. "10.11.19-MariaDB-0+deb12u1"."""
    with connect(url) as connection:
        return str(connection.exec_driver_sql("SELECT VERSION()").scalar_one())


def family_of(version: str) -> str:
    """ "mariadb" or "mysql" (Percona, GreatSQL and other MySQL forks count as MySQL)."""
    return "mariadb" if "mariadb" in version.lower() else "mysql"


def label(version: str) -> str:
    """A short name for people: "MariaDB 10.11.19", "MySQL 8.0.40"."""
    number = re.match(r"\d+(?:\.\d+)*", version)
    product = "MariaDB" if family_of(version) == "mariadb" else "MySQL"
    return f"{product} {number.group() if number else version}"


def wait_until_ready(url: URL, *, timeout: float, died: Callable[[], str | None]) -> None:
    """Poll until a connection to `url` succeeds.

    `died()` returns why the server is gone (or None while it lives); both that and the deadline raise
    EngineUnavailable.
    """
    deadline = time.monotonic() + timeout
    while True:
        reason = died()
        if reason is not None:
            raise EngineUnavailable(reason)
        try:
            with connect(url):
                return
        except DBAPIError as error:
            if time.monotonic() > deadline:
                raise EngineUnavailable(
                    f"server at {shown(url)} not ready after {timeout:.0f} s: {safe_message(error, url)}"
                ) from None
        time.sleep(POLL_INTERVAL)


def claim_schema(url: URL) -> None:
    """Create the run's `zstack` database; refuse if one exists (its owner is someone else)."""
    try:
        with connect(url) as connection:
            connection.exec_driver_sql(f"CREATE DATABASE `{SCHEMA}`")
    except DBAPIError as error:
        if error.orig is not None and error.orig.args[:1] == (ER_DB_CREATE_EXISTS,):
            raise _not_ours(url) from None
        raise EngineUnavailable(f"cannot create `{SCHEMA}` on {shown(url)}: {safe_message(error, url)}") from None


@contextlib.contextmanager
def claimed_schema(url: URL) -> Iterator[None]:
    """`zstack` on a server others use, created for this run and dropped after it.

    zsgate marks the `zstack` it creates with a `zsgate_claim` database beside it, and holds a named lock
    on one connection for the whole run; the server releases that lock when the connection dies. So a
    `zstack` with the mark and no lock holder is the leftover of a run that was killed or lost its
    server: it is dropped and claimed again. A `zstack` without the mark is someone else's: never touched.
    """
    with connect(url) as lock:
        if lock.exec_driver_sql(f"SELECT GET_LOCK('{CLAIM_LOCK}', 0)").scalar_one() != 1:
            raise EngineRefused(
                f"another zsgate run is using `{SCHEMA}` on {shown(url)}; wait for it, or use --engine local"
            )
        existing = _schemas(lock)
        if SCHEMA in existing and CLAIM_MARK not in existing:
            raise _not_ours(url)
        lock.exec_driver_sql(f"CREATE DATABASE IF NOT EXISTS `{CLAIM_MARK}`")
        lock.exec_driver_sql(f"DROP DATABASE IF EXISTS `{SCHEMA}`")  # a killed run's leftover, if any
        claim_schema(url)
        try:
            yield
        finally:
            with contextlib.suppress(DBAPIError):  # the server is gone: the next run reclaims
                lock.exec_driver_sql(f"DROP DATABASE IF EXISTS `{SCHEMA}`")
                lock.exec_driver_sql(f"DROP DATABASE IF EXISTS `{CLAIM_MARK}`")


def _not_ours(url: URL) -> EngineRefused:
    return EngineRefused(
        f"{shown(url)} already has a `{SCHEMA}` database; zsgate verify builds its own `{SCHEMA}` "
        f"and drops it afterwards, so it will not run beside yours. Use a server without one "
        f"(or --engine local)."
    )


def _schemas(connection: Connection) -> set[str]:
    return set(connection.exec_driver_sql("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA").scalars())


def shown(url: URL) -> str:
    """`url` for messages, password masked."""
    return url.render_as_string(hide_password=True)


def safe_message(error: BaseException, url: URL) -> str:
    """The driver's own message for `error` (e.g. "(1045) Access denied ..."), with `url`'s password removed."""
    orig = error.orig if isinstance(error, DBAPIError) else error
    args = getattr(orig, "args", ())
    return scrub(f"({args[0]}) {args[1]}" if len(args) == 2 else str(orig), url.password)
