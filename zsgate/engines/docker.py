"""`docker:…`: a throwaway MySQL-family container, run by testcontainers (imported only when used).

`docker:mysql-9.7` and the other names run the official image (`mysql:9.7`) unless
`ZSGATE_DOCKER_IMAGE_MYSQL_9_7` (the name in upper case, `-` and `.` as `_`) names another one, such as
the image `zsgate/engines/images/build.sh` builds from Debian packages where no registry is reachable.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import re
import secrets
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL

from zsgate import servers
from zsgate.engines import account, probe
from zsgate.engines.container_watch import watching
from zsgate.engines.local import CONFINEMENT_OPTIONS as LOCAL_CONFINEMENT_OPTIONS
from zsgate.engines.server import EngineUnavailable, Server
from zsgate.lifetime import Owner, process_namespace

if TYPE_CHECKING:
    from testcontainers.core.container import DockerContainer

PREFIX = "docker:"
PORT = 3306
READY_TIMEOUT = 120.0  # seconds for the entrypoint's setup, then again for the first connection
LOG_TAIL_LINES = 20
# The entrypoint's temporary server, then the real one. The colon keeps out MySQL's "X Plugin ready for
# connections", which each of the two servers also logs.
READY_TWICE = r": ready for connections.*: ready for connections"
IMAGE_SETTING = "ZSGATE_DOCKER_IMAGE_{}"
# Who runs a container: a run removes those whose owner is gone (SIGKILLed with its watcher) before it
# starts its own.
OWNER_LABEL = "org.zsgate.pid"
START_LABEL = "org.zsgate.start"  # the owner's start time: a pid alone may have been given to another process
NAMESPACE_LABEL = "org.zsgate.pid-namespace"  # where that pid and start time mean something
# The only address the server's port is published on, so a Docker engine on another host or in another
# network namespace than zsgate's cannot serve it.
LOOPBACK = "127.0.0.1"
_BUILT = [f"{known.product} {known.version}" for known in servers.TARGETS if known.image.recipe]
BUILD_HINT = (
    f"zsgate/engines/images/build.sh builds {', '.join(_BUILT[:-1])} and {_BUILT[-1]} images from Debian packages"
)
# The local engine's confinement (no symbolic links, no LOAD DATA LOCAL), and no plugins: their directory
# is one that does not exist, in a root-owned `/` the server (the images run it as `mysql`) cannot write.
NO_PLUGINS = "/nonexistent/zsgate-no-plugins"
CONFINEMENT_OPTIONS = (*LOCAL_CONFINEMENT_OPTIONS, f"--plugin-dir={NO_PLUGINS}")

# Both families.
COMMON_OPTIONS = servers.UPGRADE_OPTIONS


@dataclasses.dataclass(frozen=True)
class DockerImage:
    """How to run one image for `zsgate verify`.

    root gets a new random password each run, never stored here.
    """

    image: str  # what `docker pull` takes
    family: str  # "mariadb" or "mysql"
    options: tuple[str, ...] = COMMON_OPTIONS  # server command line (CONFINEMENT_OPTIONS follow it)
    env: tuple[tuple[str, str], ...] = ()  # besides MYSQL_ROOT_PASSWORD, which each run sets
    ready_log: str = READY_TWICE  # regex over the container's output once the server is about to listen
    # Connect over TLS (to the container's self-signed certificate): MySQL 8's caching_sha2_password takes
    # a password only over TLS, or RSA-encrypted, which pymysql can do only with `cryptography` installed.
    tls: bool = True
    ready_timeout: float = READY_TIMEOUT


def _settings(target: servers.Target) -> DockerImage:
    image = target.image
    return DockerImage(
        image.reference,
        target.family.name,
        options=(*COMMON_OPTIONS, *image.options),
        env=image.env,
        ready_log=image.ready_log or READY_TWICE,
        tls=image.tls,
    )


DOCKER_IMAGES: Mapping[str, DockerImage] = MappingProxyType(
    {f"{PREFIX}{known.name}": _settings(known) for known in servers.TARGETS}
)
"""`docker:<target>` for every target zsgate knows."""


def image_setting(spec: str) -> str:
    """The variable that points `spec` at another image: docker:mysql-9.7 -> ZSGATE_DOCKER_IMAGE_MYSQL_9_7."""
    return IMAGE_SETTING.format(re.sub(r"[^A-Z0-9]", "_", spec.removeprefix(PREFIX).upper()))


def image_for(spec: str) -> DockerImage:
    """The settings for `docker:mysql-9.7` and the other known specs, or generic ones for `docker:IMAGE:TAG`."""
    if spec in DOCKER_IMAGES:
        settings = DOCKER_IMAGES[spec]
        local = os.environ.get(image_setting(spec))
        return dataclasses.replace(settings, image=local) if local else settings
    image = spec.removeprefix(PREFIX)
    if not spec.startswith(PREFIX) or ":" not in image.rsplit("/", 1)[-1]:
        known = ", ".join(DOCKER_IMAGES)
        raise ValueError(f"unknown Docker engine {spec!r}: use {known} or docker:IMAGE:TAG")
    if "mariadb" in image.lower():
        return DockerImage(image, "mariadb", tls=False)  # MariaDB images before 11.4 have no TLS; no need
    return DockerImage(image, "mysql")


@contextlib.contextmanager
def docker_server(settings: DockerImage) -> Iterator[Server]:
    """Run `settings.image`; remove the container on exit, whatever happens (SIGKILL: see container_watch)."""
    from docker.errors import DockerException
    from requests.exceptions import ConnectionError as DockerUnreachable

    password = secrets.token_urlsafe(16)
    name = f"zsgate-{secrets.token_hex(6)}"  # to find and remove it at any moment, even before it has an id
    try:
        container = _container(settings, name, password)
    except (DockerException, DockerUnreachable) as error:
        raise EngineUnavailable(_no_docker(settings.image, error)) from None
    with contextlib.ExitStack() as cleanup:
        cleanup.enter_context(watching(name))  # removes it if zsgate dies before the next line's callback runs
        cleanup.callback(_remove, container, name)
        try:
            _reclaim_leftovers(container)
            _pull_if_missing(container, settings.image)
            container.start()  # creates, starts, waits for `ready_log`
        except DockerUnreachable as error:
            raise EngineUnavailable(_no_docker(settings.image, error)) from None
        except (DockerException, RuntimeError, TimeoutError) as error:
            raise EngineUnavailable(_start_failure(settings, container, error)) from None
        url = URL.create(
            "mysql+pymysql",
            username="root",
            password=password,
            host=LOOPBACK,  # where the port is published, whichever address testcontainers would guess
            port=int(container.get_exposed_port(PORT)),
            query={"ssl_check_hostname": "false"} if settings.tls else {},
        )
        try:
            probe.wait_until_ready(url, timeout=settings.ready_timeout, died=functools.partial(_exited, container))
        except EngineUnavailable as error:
            raise EngineUnavailable(_failure(settings.image, container, str(error))) from None
        version = probe.server_version(url)
        probe.claim_schema(url)
        yield Server(
            url=url,
            zstack_url=account.create_zstack_account(url, "%"),  # connections come through Docker's network
            family=probe.family_of(version),
            description=f"docker {probe.label(version)} ({settings.image})",
            version=version,
        )


def _container(settings: DockerImage, name: str, password: str) -> DockerContainer:
    """The container, configured but not started."""
    from testcontainers.core.container import DockerContainer
    from testcontainers.core.wait_strategies import LogMessageWaitStrategy

    ready = LogMessageWaitStrategy(re.compile(settings.ready_log, re.DOTALL)).with_startup_timeout(
        int(settings.ready_timeout)
    )
    owner = Owner.this_process()
    labels = {
        OWNER_LABEL: str(owner.pid),  # `docker ps -a --filter label=org.zsgate.pid` lists zsgate's containers
        START_LABEL: str(owner.start),
        NAMESPACE_LABEL: process_namespace(),
    }
    container = (
        DockerContainer(settings.image, name=name, labels=labels)
        .with_env("MYSQL_ROOT_PASSWORD", password)
        .with_command([*settings.options, *CONFINEMENT_OPTIONS])
        .waiting_for(ready)
    )
    # on the loopback address only (testcontainers' own ports publish on every address); docker-py reads the
    # one-element tuple as an address with a port of Docker's choosing
    container.ports[f"{PORT}/tcp"] = (LOOPBACK,)
    for variable, value in settings.env:
        container.with_env(variable, value)
    return container


def _reclaim_leftovers(container: DockerContainer) -> None:
    """Remove the containers of zsgate runs that ended without removing theirs (SIGKILLed, say)."""
    client = container.get_docker_client().client
    filters = {"label": [OWNER_LABEL, f"{NAMESPACE_LABEL}={process_namespace()}"]}
    for candidate in client.containers.list(all=True, filters=filters):
        try:
            owner = Owner(int(candidate.labels[OWNER_LABEL]), int(candidate.labels[START_LABEL]))
        except (KeyError, ValueError):
            continue  # not labelled by this code: not ours to judge
        if owner.is_gone():
            candidate.remove(force=True, v=True)


def _remove(container: DockerContainer, name: str) -> None:
    """Remove the container, also when starting it was cut short before testcontainers knew its id."""
    from docker.errors import DockerException
    from requests.exceptions import ConnectionError as DockerUnreachable

    client = container.get_docker_client().client
    try:
        client.containers.get(name).remove(force=True, v=True)
    except (DockerException, DockerUnreachable):
        pass  # never created, already gone, or the engine itself is gone: nothing left to remove
    finally:
        client.close()


def _pull_if_missing(container: DockerContainer, image: str) -> None:
    """Pull `image` unless the engine has it; one that is neither here nor pullable is EngineUnavailable."""
    from docker.errors import APIError, DockerException, ImageNotFound

    images = container.get_docker_client().client.images
    try:
        images.get(image)
    except ImageNotFound:
        pass
    except APIError as error:  # the engine cannot even look it up: `UPPER/case`, `a:b:c`
        raise EngineUnavailable(f"docker:{image}: not a Docker image reference ({error.explanation})") from None
    else:
        return
    try:
        images.pull(image)
    except DockerException as error:
        detail = error.explanation if isinstance(error, APIError) else error
        raise EngineUnavailable(
            f"Docker image {image} is not here and could not be pulled ({detail}); {BUILD_HINT}, "
            "and ZSGATE_DOCKER_IMAGE_<NAME> points a name at one"
        ) from None


def _start_failure(settings: DockerImage, container: DockerContainer, error: BaseException) -> str:
    """One line naming the image and what went wrong, then the end of the container's log if it has one."""
    from docker.errors import APIError

    if isinstance(error, TimeoutError):
        reason = f"did not get ready within {settings.ready_timeout:.0f} s"
    elif isinstance(error, RuntimeError):
        reason = _exited(container) or str(error)
    else:
        reason = f"failed to start: {error.explanation if isinstance(error, APIError) else error}"
    return _failure(settings.image, container, reason)


def _failure(image: str, container: DockerContainer, reason: str) -> str:
    """The message for every way a container fails to give a server: the image, why, the end of its log."""
    return f"Docker image {image} {reason}" + _log_tail(container)


def _exited(container: DockerContainer) -> str | None:
    """How the container ended, if it has; None while it runs."""
    wrapped = container.get_wrapped_container()
    wrapped.reload()
    if wrapped.status not in ("exited", "dead"):
        return None
    return f"exited while starting (exit code {wrapped.attrs['State']['ExitCode']})"


def _log_tail(container: DockerContainer) -> str:
    """The last lines the container wrote, indented, after a colon; empty if it wrote none or is gone."""
    from docker.errors import DockerException

    wrapped = container.get_wrapped_container()
    if wrapped is None:
        return ""
    try:
        output = wrapped.logs(tail=LOG_TAIL_LINES).decode(errors="replace").splitlines()
    except DockerException:
        return ""
    return "; the end of its log:\n" + "\n".join(f"    {line}" for line in output) if output else ""


def _no_docker(image: str, error: BaseException) -> str:
    return (
        f"no Docker engine answered to run {image} ({error}): use --engine local "
        "(needs `apt-get install mariadb-server`) or --engine dsn:URL instead"
    )
