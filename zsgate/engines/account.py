"""The account upgrade SQL runs as: what ZStack's deployer gives its own `zstack` user, nothing more.

ZStack's installer runs `GRANT ALL PRIVILEGES ON zstack.* TO zstack@...`: every privilege on that one
database (tables, indexes, views, routines, triggers, events, temporary tables, locks), none on the server
or on other databases. An upgrade file is untrusted input (it comes in a pull request), so every file zsgate
runs goes through such an account: no SUPER or SYSTEM_VARIABLES_ADMIN (SET GLOBAL general_log_file), no FILE
(INTO OUTFILE, DATA DIRECTORY on MySQL), no INSERT on `mysql` (INSTALL SONAME, CREATE FUNCTION ... SONAME),
no CREATE USER, no other schema. The administrator's URL stays with zsgate for its own bookkeeping.
"""

from __future__ import annotations

import contextlib
import re
import secrets
from collections.abc import Iterator

from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from zsgate.engines import probe
from zsgate.engines.server import EngineRefused
from zsgate.history.flyway import SCHEMA

#: The name ZStack's deployer gives its account, used on the servers zsgate starts itself.
ZSTACK_USER = "zstack"
#: On a `dsn:` server each run makes its own account: zsgate_run_ and 12 hex digits (MySQL allows 32 characters).
RUN_USER_PREFIX = "zsgate_run_"
_RUN_USER = re.compile(rf"{RUN_USER_PREFIX}[0-9a-f]{{12}}")


def create_zstack_account(admin: URL, host: str, user: str = ZSTACK_USER, exists: bool = False) -> URL:
    """Create `user`@`host` with a new random password and ALL PRIVILEGES ON zstack.* only (or, if it
    `exists`, as in a data directory prepared before, give it a new password); the URL that logs in as it,
    database `zstack` selected."""
    password = secrets.token_urlsafe(24)
    with probe.connect(admin) as connection:
        connection.exec_driver_sql(
            f"{'ALTER' if exists else 'CREATE'} USER %s@%s IDENTIFIED BY %s", (user, host, password)
        )
        connection.exec_driver_sql(f"GRANT ALL PRIVILEGES ON `{SCHEMA}`.* TO %s@%s", (user, host))
    return admin.set(username=user, password=password, database=SCHEMA)


@contextlib.contextmanager
def run_account(admin: URL) -> Iterator[URL]:
    """A `zstack`-only account for this run on a server others use, dropped on exit; its URL.

    Call it only while holding the `zstack` claim (probe.claimed_schema): one run at a time has it, so any
    other zsgate_run_ account is a killed run's and is dropped first. The account's host is the one the
    server sees this client come from, so no anonymous account of a more specific host shadows it.
    """
    user = RUN_USER_PREFIX + secrets.token_hex(6)
    try:
        with probe.connect(admin) as connection:
            for leftover, host in _run_accounts(connection):
                connection.exec_driver_sql("DROP USER %s@%s", (leftover, host))
            host = str(connection.exec_driver_sql("SELECT USER()").scalar_one()).rsplit("@", 1)[1]
        url = create_zstack_account(admin, host, user)
    except DBAPIError as error:
        raise EngineRefused(
            f"{probe.shown(admin)}: cannot create this run's account ({probe.safe_message(error, admin)}); "
            f"zsgate runs upgrade files as an account limited to `{SCHEMA}`, so the given account needs "
            f"CREATE USER, SELECT on mysql.user and ALL PRIVILEGES ON `{SCHEMA}`.* WITH GRANT OPTION"
        ) from None
    try:
        yield url
    finally:
        with contextlib.suppress(DBAPIError), probe.connect(admin) as connection:  # gone: the next run drops it
            connection.exec_driver_sql("DROP USER IF EXISTS %s@%s", (user, host))


def _run_accounts(connection: Connection) -> list[tuple[str, str]]:
    pattern = RUN_USER_PREFIX.replace("_", "\\_") + "%"
    rows = connection.exec_driver_sql("SELECT user, host FROM mysql.user WHERE user LIKE %s", (pattern,))
    return [(str(user), str(host)) for user, host in rows if _RUN_USER.fullmatch(str(user))]
