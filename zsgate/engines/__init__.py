"""Servers `zsgate verify` runs upgrades on.

    with open_server("local") as server:   # or "local:PATH", "docker:mysql-9.7", "docker:IMAGE:TAG", "dsn:URL"
        ...server.url...

Every engine yields a `Server` on which an empty `zstack` database exists for this run, and always cleans
up: on success, on error, on Ctrl-C and on SIGTERM. Importing this package is cheap (the command's entry
point does): each engine, and SQLAlchemy with it, is imported when a spec names it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from zsgate import servers
from zsgate.engines.redact import scrub, secrets_of, shown_spec
from zsgate.engines.server import SCHEMA, EngineError, EngineRefused, EngineUnavailable, Server
from zsgate.engines.signals import TerminationGuard

__all__ = [
    "DEFAULT_SPEC",
    "DOCKER_SPECS",
    "SCHEMA",
    "EngineError",
    "EngineRefused",
    "EngineUnavailable",
    "Server",
    "open_server",
    "shown_spec",
]

DEFAULT_SPEC = "local"
DOCKER_SPECS: tuple[str, ...] = tuple(f"docker:{known.name}" for known in servers.TARGETS)
SPEC_HELP = f"local, local:PATH, {', '.join(DOCKER_SPECS)}, docker:IMAGE:TAG or dsn:URL"


def open_server(spec: str = DEFAULT_SPEC) -> contextlib.AbstractContextManager[Server]:
    """The server `spec` names, as a context manager; a spec that names none raises ValueError at once.

    No message it raises holds a password from `spec`, however malformed the spec is.
    """
    secrets = secrets_of(spec)
    try:
        engine = _engine_for(spec)
    except Exception as error:  # a URL parser's error may quote any part of the spec
        raise ValueError(scrub(str(error), secrets)) from None
    return _scrubbed(_guarded(engine), secrets)


def _engine_for(spec: str) -> contextlib.AbstractContextManager[Server]:
    if spec == "local":
        from zsgate.engines.local import local_server

        return local_server()
    if spec.startswith("local:"):
        from zsgate.engines.local import local_server

        return local_server(Path(spec.removeprefix("local:")))
    if spec.startswith("docker:"):
        from zsgate.engines.docker import docker_server, image_for

        return docker_server(image_for(spec))
    if spec.startswith("dsn:"):
        from zsgate.engines.dsn import dsn_server, parse_url

        return dsn_server(parse_url(spec.removeprefix("dsn:")))
    raise ValueError(f"unknown engine {re.split('[:/@]', spec, maxsplit=1)[0]!r}: use {SPEC_HELP}")


@contextlib.contextmanager
def _scrubbed(engine: contextlib.AbstractContextManager[Server], secrets: frozenset[str]) -> Iterator[Server]:
    """`engine`, with the secrets removed from the message of any EngineError or ValueError it raises."""
    try:
        with engine as server:
            yield server
    except (EngineError, ValueError) as error:
        if secrets:
            error.args = (scrub(str(error), secrets),)
        raise


@contextlib.contextmanager
def _guarded(engine: contextlib.AbstractContextManager[Server]) -> Iterator[Server]:
    """`engine`, with SIGTERM and SIGINT turned into exceptions and held while it cleans up."""
    with TerminationGuard() as guard, contextlib.ExitStack() as cleanup:
        server = cleanup.enter_context(engine)
        cleanup.callback(guard.hold)  # runs first when the stack unwinds, i.e. just before the engine's cleanup
        yield server
