"""The docker engines on a real Docker engine: every failure is an exit-2 error naming the image, with the end
of the container's log; Ctrl-C and SIGTERM leave no container behind."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from docker import DockerClient
from docker.errors import NotFound

from tests.conftest import STUB_MODELS, docker_client, require_engine
from tests.processes import children_of
from zsgate.engines import EngineUnavailable
from zsgate.engines.docker import BUILD_HINT, NAMESPACE_LABEL, OWNER_LABEL, START_LABEL, docker_server, image_for
from zsgate.lifetime import Owner, process_namespace

MYSQL = "docker:mysql-9.7"
MARIADB = "docker:mariadb-10.11"


@pytest.fixture
def docker() -> Iterator[DockerClient]:
    client = docker_client()
    yield client
    client.close()


def containers_of(client: DockerClient, pid: int) -> set[str]:
    """Names of the containers process `pid` made, running or not (`docker ps -a`); other runs sharing the
    Docker engine do not count."""
    filters = {"label": f"{OWNER_LABEL}={pid}"}
    return {container.name for container in client.containers.list(all=True, filters=filters)}


def verify(client: DockerClient, *args: str) -> subprocess.CompletedProcess[str]:
    """`zsgate verify ARGS`, run to its end; it must leave no container behind."""
    process = subprocess.Popen(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout, stderr = process.communicate()
    assert containers_of(client, process.pid) == set(), "docker ps -a still lists its container"
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


@pytest.fixture
def broken_image(docker: DockerClient) -> Iterator[str]:
    """An image whose entrypoint writes a line and exits 3, made from the MySQL image (no registry needed)."""
    require_engine(MYSQL)
    base = docker.containers.create(image_for(MYSQL).image)
    try:
        image = base.commit(
            "zsgate-test/exits", "3", changes=['ENTRYPOINT ["/bin/sh", "-c", "echo the server gave up >&2; exit 3"]']
        )
    finally:
        base.remove()
    yield "zsgate-test/exits:3"
    docker.images.remove(image.id, force=True)


def test_an_image_that_is_neither_here_nor_pullable_exits_2_naming_it(docker: DockerClient) -> None:
    result = verify(docker, "--engine", "docker:zsgate-test/not-built:0")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("zsgate: error: Docker image zsgate-test/not-built:0 is not here and could not be pulled (")
    assert BUILD_HINT in line and "MySQL 9.7" in BUILD_HINT, "it says how to build the images zsgate knows"


@pytest.mark.parametrize("reference", ["zsgate-test/Upper:0", "zsgate-test/a:b:c"])
def test_a_reference_that_is_no_image_name_exits_2_in_one_line(docker: DockerClient, reference: str) -> None:
    result = verify(docker, "--engine", f"docker:{reference}")
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"zsgate: error: docker:{reference}: not a Docker image reference (")
    assert "invalid reference format" in line


def test_a_container_that_exits_while_starting_exits_2_with_the_end_of_its_log(
    docker: DockerClient, broken_image: str
) -> None:
    result = verify(docker, "--engine", f"docker:{broken_image}")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"zsgate: error: Docker image {broken_image} exited while starting (exit code 3); the end of its log:",
        "    the server gave up",
    ]


def test_a_container_that_never_gets_ready_is_an_error_with_the_end_of_its_log(docker: DockerClient) -> None:
    require_engine(MYSQL)
    before = containers_of(docker, os.getpid())
    settings = dataclasses.replace(image_for(MYSQL), ready_log="a line no server writes", ready_timeout=3)
    with pytest.raises(EngineUnavailable) as raised, docker_server(settings):
        pytest.fail("the server was ready")
    first, *log = str(raised.value).splitlines()
    assert first == f"Docker image {settings.image} did not get ready within 3 s; the end of its log:"
    assert log and all(line.startswith("    ") for line in log)
    assert containers_of(docker, os.getpid()) == before


def test_a_server_option_it_refuses_is_an_error_with_the_servers_words(docker: DockerClient) -> None:
    require_engine(MYSQL)
    before = containers_of(docker, os.getpid())
    settings = dataclasses.replace(image_for(MYSQL), options=("--no-such-option=1",))
    with pytest.raises(EngineUnavailable) as raised, docker_server(settings):
        pytest.fail("the server started")
    first, *log = str(raised.value).splitlines()
    assert first == f"Docker image {settings.image} exited while starting (exit code 1); the end of its log:"
    assert any("unknown variable 'no-such-option=1'" in line for line in log), log
    assert containers_of(docker, os.getpid()) == before


def default_signals() -> None:
    """In the child: SIGINT and SIGTERM as a terminal would deliver them, whatever the test runner inherited."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.parametrize(
    ("signum", "returncode"),
    [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 128 + signal.SIGINT)],
    ids=["SIGTERM", "SIGINT"],
)
def test_a_signalled_docker_verify_removes_its_container(docker: DockerClient, signum: int, returncode: int) -> None:
    require_engine(MYSQL)
    process = subprocess.Popen(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--engine", MYSQL],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_signals,
        env={**os.environ, "TERM": "dumb"},
    )
    try:
        deadline = time.monotonic() + 60
        while not containers_of(docker, process.pid):  # its container exists: the server is starting
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()[1]
            time.sleep(0.1)
        process.send_signal(signum)
        assert process.wait(timeout=60) == returncode
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    assert containers_of(docker, process.pid) == set(), "docker ps -a still lists the container"


def _sigkilled_once_published(docker: DockerClient, before_kill: Callable[[int], None] = lambda pid: None) -> str:
    """Start a docker verify, SIGKILL it once its container publishes 3306 (on the loopback address only);
    the container's name. ``before_kill`` gets the run's pid first."""
    require_engine(MARIADB)
    process = subprocess.Popen(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--engine", MARIADB],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not (names := containers_of(docker, process.pid)) or _published(docker, names) is None:
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()[1]
            time.sleep(0.1)
        (name,) = names
        assert {binding["HostIp"] for binding in _published(docker, names)} == {"127.0.0.1"}
        before_kill(process.pid)
    finally:
        process.kill()  # SIGKILL: no cleanup of its own runs
        process.communicate()
    return name


def test_a_sigkilled_docker_verify_takes_its_container_with_it(docker: DockerClient) -> None:
    name = _sigkilled_once_published(docker)
    deadline = time.monotonic() + 10
    while _listed(docker, name):
        assert time.monotonic() < deadline, "docker ps -a still lists the SIGKILLed run's container after 10 s"
        time.sleep(0.2)


def test_the_next_run_removes_the_container_of_a_run_killed_with_its_watcher(docker: DockerClient) -> None:
    def kill_the_watcher(pid: int) -> None:
        children = children_of(pid)
        (watcher,) = [child for child in children if b"container_watch" in Path(f"/proc/{child}/cmdline").read_bytes()]
        os.kill(watcher, signal.SIGKILL)

    name = _sigkilled_once_published(docker, kill_the_watcher)
    time.sleep(2)
    assert _listed(docker, name)
    with docker_server(image_for(MARIADB)):
        assert not _listed(docker, name), "the next run left the dead run's container"


def test_the_next_run_removes_only_containers_whose_owner_is_gone(docker: DockerClient) -> None:
    """A live owner keeps its container; a recycled pid (same pid, another start time) does not."""
    require_engine(MARIADB)
    image = image_for(MARIADB).image
    sleeper = subprocess.Popen(["sleep", "600"])
    living = Owner.of(sleeper.pid)
    here = process_namespace()
    marks = {
        "alive": (living.pid, living.start, here),
        "recycled pid": (living.pid, living.start + 1, here),
        "another namespace": (living.pid, living.start + 1, "another host"),
    }
    created = {
        case: docker.containers.create(
            image, labels={OWNER_LABEL: str(pid), START_LABEL: str(start), NAMESPACE_LABEL: namespace}
        )
        for case, (pid, start, namespace) in marks.items()
    }
    try:
        with docker_server(image_for(MARIADB)):
            remaining = {container.id for container in docker.containers.list(all=True)}
        assert {case for case, container in created.items() if container.id in remaining} == {
            "alive",
            "another namespace",
        }
    finally:
        sleeper.kill()
        sleeper.wait()
        for container in created.values():
            with contextlib.suppress(NotFound):
                container.remove(force=True)


def _listed(client: DockerClient, name: str) -> bool:
    """Whether `docker ps -a` lists the container (sparse: other runs' containers may go meanwhile)."""
    return bool(client.containers.list(all=True, sparse=True, filters={"name": f"^/{name}$"}))


def _published(client: DockerClient, names: set[str]) -> list[dict[str, str]] | None:
    """The host addresses the container's port 3306 is published on, once it is (None before)."""
    (name,) = names
    return client.containers.get(name).attrs["NetworkSettings"]["Ports"].get("3306/tcp")
