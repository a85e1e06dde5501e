"""Talking to a server through its URL: readiness, version, the `zstack` claim, safe error text."""

from __future__ import annotations

import contextlib
import re
import time
import uuid
from collections.abc import Callable, Iterator

import sqlalchemy
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from zsgate.engines.redact import scrub
from zsgate.engines.server import EngineRefused, EngineUnavailable
from zsgate.history.flyway import SCHEMA

ER_DB_CREATE_EXISTS = 1007
CLAIM_RECORD = "zsgate_claim"  # a database beside `zstack` holding the identifier of the run that made it
CLAIM_MARK = "zsgate_claim"  # a procedure inside `zstack` whose comment holds that same identifier
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
            raise _not_ours(url, "a `zstack` database") from None
        raise EngineUnavailable(f"cannot create `{SCHEMA}` on {shown(url)}: {safe_message(error, url)}") from None


@contextlib.contextmanager
def claimed_schema(url: URL) -> Iterator[None]:
    """`zstack` on a server others use, created for this run and dropped after it.

    Each run draws an identifier and writes it twice: in a `zsgate_claim` database beside `zstack` (the
    record) and, as the comment of a `zsgate_claim` procedure, inside the `zstack` it creates (the mark).
    It holds a named lock on one connection for the whole run; the server releases that lock when the
    connection dies. A `zstack` whose mark matches the record while nobody holds the lock is the leftover
    of a run that was killed or lost its server: it is dropped and claimed again. Any other `zstack`
    (no mark, another identifier, no record) is refused and never touched: only that very database, not
    its name, proves what zsgate made.
    """
    with connect(url) as lock:
        if lock.exec_driver_sql(f"SELECT GET_LOCK('{CLAIM_LOCK}', 0)").scalar_one() != 1:
            raise EngineRefused(
                f"another zsgate run is using `{SCHEMA}` on {shown(url)}; wait for it, or use --engine local"
            )
        if SCHEMA in _schemas(lock):
            _drop_leftover(lock, url)
        run = uuid.uuid4().hex
        lock.exec_driver_sql(f"CREATE DATABASE IF NOT EXISTS `{CLAIM_RECORD}`")
        lock.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS `{CLAIM_RECORD}`.`run` (`id` CHAR(32) NOT NULL)")
        lock.exec_driver_sql(f"DELETE FROM `{CLAIM_RECORD}`.`run`")
        lock.exec_driver_sql(f"INSERT INTO `{CLAIM_RECORD}`.`run` VALUES ('{run}')")
        claim_schema(url)
        mark_schema(lock, run)
        try:
            yield
        finally:
            with contextlib.suppress(DBAPIError):  # the server is gone: the next run reclaims
                if mark_of(lock) == run:  # else someone replaced it meanwhile: theirs now
                    lock.exec_driver_sql(f"DROP DATABASE `{SCHEMA}`")
                lock.exec_driver_sql(f"DROP DATABASE IF EXISTS `{CLAIM_RECORD}`")


def mark_of(connection: Connection) -> str | None:
    """The run identifier `zstack` carries, None when it carries none (or does not exist)."""
    return connection.exec_driver_sql(
        "SELECT ROUTINE_COMMENT FROM information_schema.ROUTINES"
        f" WHERE ROUTINE_SCHEMA = '{SCHEMA}' AND ROUTINE_NAME = '{CLAIM_MARK}' AND ROUTINE_TYPE = 'PROCEDURE'"
    ).scalar_one_or_none()


def mark_schema(connection: Connection, run: str) -> None:
    """Mark `zstack` as the one run `run` made (a procedure that does nothing; schema comparisons ignore
    routines)."""
    connection.exec_driver_sql(f"CREATE PROCEDURE `{SCHEMA}`.`{CLAIM_MARK}`() COMMENT '{run}' BEGIN END")


def _drop_leftover(connection: Connection, url: URL) -> None:
    """Drop the `zstack` a killed run left, after proving it is that run's; refuse any other."""
    recorded = None
    if CLAIM_RECORD in _schemas(connection):
        with contextlib.suppress(DBAPIError):  # a record database without its table: no record
            recorded = connection.exec_driver_sql(f"SELECT MAX(`id`) FROM `{CLAIM_RECORD}`.`run`").scalar_one()
    mark = mark_of(connection)
    if mark is None or mark != recorded:
        tables = connection.exec_driver_sql(
            f"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '{SCHEMA}'"
        ).scalar_one()
        lacks = "no zsgate mark" if mark is None else "the mark of a zsgate run other than the last one"
        raise _not_ours(url, f"a `{SCHEMA}` database ({tables} tables) with {lacks}")
    connection.exec_driver_sql(f"DROP DATABASE `{SCHEMA}`")


def _not_ours(url: URL, found: str) -> EngineRefused:
    return EngineRefused(
        f"{shown(url)} already has {found}; zsgate verify builds its own `{SCHEMA}` and drops it afterwards, "
        f"so it will not run beside it. Use a server without one (or --engine local), or drop it yourself "
        f"(DROP DATABASE `{SCHEMA}`) if nothing in it is needed."
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
