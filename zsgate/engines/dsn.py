"""`dsn:URL`: a server that already runs; zsgate only ever creates and drops its own `zstack` database."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from urllib.parse import unquote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from zsgate.engines import account, probe
from zsgate.engines.redact import password_of
from zsgate.engines.server import EngineUnavailable, Server

BACKENDS = ("mysql", "mariadb")
DRIVER = "mysql+pymysql"


def parse_url(text: str) -> URL:
    """`text` as a pymysql URL with no database selected, e.g. from "mysql://user:pw@host:3306/db"."""
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        # the text may hold a password, so it is not repeated here
        raise ValueError("dsn: needs a URL like mysql+pymysql://user:password@host:3306/") from None
    typed = password_of(text)
    if typed is not None and unquote(typed) != (url.password or ""):
        # e.g. an unencoded `@`: the parser would take part of the password for the host and show it
        raise ValueError("dsn: percent-encode the password in the URL (`@` as %40, `:` as %3A, `/` as %2F)")
    if url.get_backend_name() not in BACKENDS:
        raise ValueError(f"dsn: needs a mysql:// or mariadb:// URL, not {url.get_backend_name()}://")
    return URL.create(DRIVER, url.username, url.password, url.host, url.port, query=url.query)


@contextlib.contextmanager
def dsn_server(url: URL) -> Iterator[Server]:
    """The server at `url`, with a `zstack` database and an account limited to it (engines/account.py),
    both created for this run and dropped on exit."""
    try:
        version = probe.server_version(url)
    except DBAPIError as error:
        raise EngineUnavailable(f"cannot connect to {probe.shown(url)}: {probe.safe_message(error, url)}") from None
    with probe.claimed_schema(url), account.run_account(url) as zstack_url:
        yield Server(
            url=url,
            zstack_url=zstack_url,
            family=probe.family_of(version),
            description=f"{probe.label(version)} at {probe.shown(url)}",
            version=version,
        )
