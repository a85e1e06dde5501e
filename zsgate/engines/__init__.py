"""Servers `zsgate verify` runs upgrades on.

    with open_server("local") as server:   # or "local:PATH", "docker:mysql-9.7", "docker:IMAGE:TAG", "dsn:URL"
        ...server.url...

Every engine yields a `Server` on which an empty `zstack` database exists for this run, and always cleans
up: on success, on error, on Ctrl-C and on SIGTERM. Importing this package is cheap (the command's entry
point does): each engine, and SQLAlchemy with it, is imported when a spec names it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from zsgate.engines.server import EngineError, EngineRefused, EngineUnavailable, Preparation, Server
from zsgate.engines.signals import TerminationGuard
from zsgate.engines.spec import DEFAULT_SPEC, DOCKER_SPECS, ENGINE_ENV, SPEC_HELP, EngineSpec
from zsgate.history.flyway import SCHEMA  # every engine hands over a server where it exists, empty

__all__ = [
    "DEFAULT_SPEC",
    "DOCKER_SPECS",
    "ENGINE_ENV",
    "SCHEMA",
    "SPEC_HELP",
    "EngineError",
    "EngineRefused",
    "EngineSpec",
    "EngineUnavailable",
    "Preparation",
    "Server",
    "open_server",
]


def open_server(
    spec: EngineSpec | str = DEFAULT_SPEC, prepared: Preparation | None = None
) -> contextlib.AbstractContextManager[Server]:
    """The server `spec` names, as a context manager; text is parsed first (`EngineSpec.parse`), so a spec
    that names no engine raises ValueError at once, with a message that holds no password.

    With `prepared`, its work is done on the server before it is handed over: by `local` once per key (its
    data directory is kept beside the pristine one), by `docker:` and `dsn:` on every run (a container's
    database lives as long as the container; a `dsn:` server is someone else's)."""
    spec = EngineSpec.parse(spec)
    # each engine, and SQLAlchemy with it, is imported only when a spec names it
    if spec.url is not None:
        from zsgate.engines.dsn import dsn_server

        return _guarded(dsn_server(spec.url), prepared)
    if spec.image is not None:
        from zsgate.engines.docker import docker_server

        return _guarded(docker_server(spec.image), prepared)
    from zsgate.engines.local import local_server

    return _guarded(local_server(spec.path, prepared))


@contextlib.contextmanager
def _guarded(
    engine: contextlib.AbstractContextManager[Server], prepared: Preparation | None = None
) -> Iterator[Server]:
    """`engine`, with SIGTERM and SIGINT turned into exceptions and held while it cleans up; `prepared`'s
    work done on its server first."""
    with TerminationGuard() as guard, contextlib.ExitStack() as cleanup:
        server = cleanup.enter_context(engine)
        cleanup.callback(guard.hold)  # runs first when the stack unwinds, i.e. just before the engine's cleanup
        if prepared is not None:
            prepared.run(server)
        yield server
