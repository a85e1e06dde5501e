"""The value every engine yields, and the errors engines raise."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import URL


class EngineError(Exception):
    """An engine could not provide a server; the message says why and is safe to print."""


class EngineUnavailable(EngineError):
    """The engine cannot run here: no binaries, no Docker engine, no reachable server, or it died starting."""


class EngineRefused(EngineError):
    """The server already holds a `zstack` database that zsgate must not touch."""


@dataclasses.dataclass(frozen=True)
class Server:
    """A MySQL-family server with an empty `zstack` database that belongs to this run.

    `url` logs in as the server's administrator and selects no database: zsgate's own bookkeeping only.
    `zstack_url` logs in as an account with ALL PRIVILEGES ON zstack.* and nothing else, as ZStack's
    deployer makes its `zstack` user, and selects `zstack`: every SQL file zsgate runs goes through it
    (engines/account.py). `repr()` and `str()` of a URL hide its password.
    """

    url: URL
    zstack_url: URL
    family: str  # "mariadb" or "mysql"
    description: str  # for people, e.g. "local MariaDB 10.11.19 (/usr/sbin/mariadbd)"; never holds a password
    version: str  # SELECT VERSION(), e.g. "10.11.19-MariaDB-0+deb12u1"

    def with_sql_mode(self, sql_mode: str) -> Server:
        """The same server, with every new connection's session `sql_mode` set (the server default otherwise)."""
        query = {"init_command": f"SET SESSION sql_mode = '{sql_mode}'"}
        return dataclasses.replace(
            self, url=self.url.update_query_dict(query), zstack_url=self.zstack_url.update_query_dict(query)
        )


@dataclasses.dataclass(frozen=True)
class Preparation:
    """What a run does first on its new server's `zstack` database, the same for the same `key`: an engine
    that can keep a database (`local`) does it once and starts the next runs from a copy of the result.

    `key` must change with anything the work depends on beyond the engine's own binaries and options;
    `run` does the work through the server's `zstack_url` (its SQL may be untrusted).
    """

    key: str
    run: Callable[[Server], None]
