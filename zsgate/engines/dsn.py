"""`dsn:URL`: a server that already runs; zsgate only ever creates and drops its own `zstack` database."""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Iterator
from urllib.parse import unquote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from zsgate.engines import account, probe
from zsgate.engines.redact import password_of
from zsgate.engines.server import EngineUnavailable, Server

BACKENDS = ("mysql", "mariadb")
DRIVER = "mysql+pymysql"
PASSWORD_PARAMETERS = ("password", "passwd", "pwd")  # query names a password is given under
# query names SQLAlchemy's MySQL dialects gather into pymysql's `ssl` argument
SSL_PARAMETERS = ("ssl_ca", "ssl_key", "ssl_cert", "ssl_capath", "ssl_cipher", "ssl_check_hostname")


def parse_url(text: str) -> URL:
    """`text` as a pymysql URL, e.g. from "mysql://user:pw@host:3306/db".

    The password, typed in the user-info or in the query (`password=`, `passwd=`, `pwd=`, in any case), becomes
    the URL's `password` and only that, which SQLAlchemy never renders: no other query value is ever masked.
    """
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
    in_query = [key for key in url.query if key.lower() in PASSWORD_PARAMETERS]
    passwords = [value for key in in_query for value in url.normalized_query[key]]
    if url.password is not None:
        passwords.append(url.password)
    if len(passwords) > 1:
        raise ValueError("dsn: the URL gives more than one password; give it once, as user:password@host")
    query = {key: value for key, value in url.query.items() if key not in in_query}
    if unknown := sorted(set(query) - _connect_parameters()):
        # pymysql would refuse it with a TypeError at the first connection
        raise ValueError(f"dsn: the URL's query names no connection setting pymysql knows: {', '.join(unknown)}")
    password = passwords[0] if passwords else None
    return URL.create(DRIVER, url.username, password, url.host, url.port, url.database or None, query=query)


@functools.cache
def _connect_parameters() -> frozenset[str]:
    """The query names a pymysql URL may carry: pymysql's connection settings, and the `ssl_*` ones."""
    import pymysql

    return frozenset(inspect.signature(pymysql.connections.Connection).parameters) | set(SSL_PARAMETERS)


@contextlib.contextmanager
def dsn_server(url: URL) -> Iterator[Server]:
    """The server at `url`, with a `zstack` database and an account limited to it (engines/account.py),
    both created for this run and dropped on exit."""
    try:
        version = probe.server_version(url)
    except (DBAPIError, OSError) as error:  # OSError: a TLS file the URL names (`ssl_ca=`) cannot be read
        raise EngineUnavailable(f"cannot connect to {probe.shown(url)}: {probe.safe_message(error, url)}") from None
    with probe.claimed_schema(url), account.run_account(url) as zstack_url:
        yield Server(
            url=url,
            zstack_url=zstack_url,
            family=probe.family_of(version),
            description=f"{probe.label(version)} at {probe.shown(url)}",
            version=version,
        )
