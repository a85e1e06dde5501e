"""`docker:…`: a throwaway MySQL-family container, run by testcontainers (imported only when used)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import secrets
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from zsgate.engines import probe
from zsgate.engines.server import EngineUnavailable, Server

if TYPE_CHECKING:
    from testcontainers.core.container import DockerContainer

PREFIX = "docker:"
PORT = 3306
READY_TIMEOUT = 120.0  # seconds from "container started" to the first connection
LOG_TAIL_LINES = 20
READY_TWICE = r"ready for connections.*ready for connections"  # the entrypoint's temporary server, then the real one

# Both families; no binary log (faster, and nothing here replicates).
COMMON_OPTIONS = (
    "--character-set-server=utf8mb4",
    "--log-bin-trust-function-creators=1",
    "--skip-log-bin",
)


@dataclasses.dataclass(frozen=True)
class DockerImage:
    """How to run one image for `zsgate verify`.

    root gets a new random password each run, never stored here.
    """

    image: str  # what `docker pull` takes
    family: str  # "mariadb" or "mysql"
    options: tuple[str, ...] = COMMON_OPTIONS  # server command line
    env: tuple[tuple[str, str], ...] = ()  # besides MYSQL_ROOT_PASSWORD / MYSQL_DATABASE, set by testcontainers
    ready_log: str = READY_TWICE  # regex over the container's output once the server is about to listen
    # Connect over TLS (to the container's self-signed certificate): MySQL 8's caching_sha2_password takes
    # a password only over TLS, or RSA-encrypted, which pymysql can do only with `cryptography` installed.
    tls: bool = True


DOCKER_IMAGES: Mapping[str, DockerImage] = MappingProxyType(
    {
        "docker:mysql-8.0": DockerImage("mysql:8.0", "mysql"),
        "docker:mysql-8.4": DockerImage("mysql:8.4", "mysql"),
        "docker:greatsql-8.0": DockerImage(
            "greatsql/greatsql:8.0.32-25",
            "mysql",
            # the image's my.cnf is a production sample: binary log with GTIDs, slow log, error log in a file
            options=(
                *COMMON_OPTIONS,
                "--gtid-mode=OFF",
                "--enforce-gtid-consistency=OFF",
                "--slow-query-log=OFF",
            ),
            # MAXPERF=1 (the default) sizes the buffer pool to 3/4 of the host's memory
            env=(("MAXPERF", "0"),),
            # its server logs to a file, so wait for the entrypoint's last words, then poll
            ready_log=r"init process done\. Ready for start up",
        ),
    }
)


def image_for(spec: str) -> DockerImage:
    """The settings for `docker:mysql-8.0` and the other known specs, or generic ones for `docker:IMAGE:TAG`."""
    if spec in DOCKER_IMAGES:
        return DOCKER_IMAGES[spec]
    image = spec.removeprefix(PREFIX)
    if not spec.startswith(PREFIX) or ":" not in image.rsplit("/", 1)[-1]:
        known = ", ".join(DOCKER_IMAGES)
        raise ValueError(f"unknown Docker engine {spec!r}: use {known} or docker:IMAGE:TAG")
    if "mariadb" in image.lower():
        return DockerImage(image, "mariadb", tls=False)  # MariaDB images before 11.4 have no TLS; no need
    return DockerImage(image, "mysql")


@contextlib.contextmanager
def docker_server(settings: DockerImage) -> Iterator[Server]:
    """Run `settings.image`; remove the container on exit."""
    from docker.errors import DockerException
    from requests.exceptions import ConnectionError as DockerUnreachable

    password = secrets.token_urlsafe(16)
    try:
        from testcontainers.community.mysql import MySqlContainer

        container = MySqlContainer(
            settings.image,
            dialect="pymysql",
            username="root",
            password=password,
            wait_strategy_check_string=settings.ready_log,
        )
    except (DockerException, DockerUnreachable) as error:
        raise EngineUnavailable(_no_docker(error)) from None
    container.with_command(list(settings.options))
    for name, value in settings.env:
        container.with_env(name, value)
    with contextlib.ExitStack() as cleanup:
        try:
            cleanup.enter_context(container)  # pulls, starts and waits for `ready_log`; removes it if that fails
        except DockerUnreachable as error:
            raise EngineUnavailable(_no_docker(error)) from None
        except (DockerException, TimeoutError) as error:
            raise EngineUnavailable(f"Docker could not run {settings.image}: {error}") from None
        url = URL.create(
            "mysql+pymysql",
            username="root",
            password=password,
            host=container.get_container_host_ip(),
            port=int(container.get_exposed_port(PORT)),
            query={"ssl_check_hostname": "false"} if settings.tls else {},
        )
        probe.wait_until_ready(url, timeout=READY_TIMEOUT, died=functools.partial(_exit_reason, container))
        version = probe.server_version(url)
        probe.claim_schema(url)
        yield Server(
            url=url,
            family=settings.family,
            description=f"docker {probe.label(version)} ({settings.image})",
            version=version,
        )


def _exit_reason(container: DockerContainer) -> str | None:
    """Why the container's server is gone, with the end of its output; None while it runs."""
    container.reload()
    if container.status not in ("exited", "dead"):
        return None
    output = b"\n".join(container.get_logs()).decode(errors="replace").splitlines()
    return f"{container.image} exited while starting:\n" + "\n".join(output[-LOG_TAIL_LINES:])


def _no_docker(error: BaseException) -> str:
    return (
        f"no Docker engine answered ({error}): use --engine local (needs `apt-get install mariadb-server`) "
        "or --engine dsn:URL instead"
    )
