"""Shared test fixtures: paths and the real servers tests may need."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from docker import DockerClient

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("ZSGATE_CORPUS") or ROOT.parent / "shared" / "corpus" / "zstack" / "db")
"""ZStack's history beside the clone; ZSGATE_CORPUS names it elsewhere (a worktree one folder deeper)."""
SHARED_SCHEMAS = ROOT.parent / "shared" / "schemas"
MIGRATIONS = ROOT / "migrations"  # this repository's generated files
STUB_MODELS = ROOT / "tests" / "stub_models.py"
"""Small models for the tests of verify's machinery (`--models`): the project's 5.5.28 on a few baseline tables."""

# CI sets this: a missing server is then a failure, not a skip.
REQUIRE_SERVER = os.environ.get("ZSGATE_REQUIRE_SERVER") == "1"


def unavailable(reason: str) -> None:
    """Skip on a laptop without the thing; fail where CI requires it."""
    if REQUIRE_SERVER:
        pytest.fail(f"required by ZSGATE_REQUIRE_SERVER=1: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session", autouse=True)
def lint_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """`zsgate lint` run by the tests keeps its cache in the session's temporary folder, not in the checkout."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ZSGATE_CACHE_DIR", str(tmp_path_factory.mktemp("lint-cache")))
        yield


@pytest.fixture(scope="session")
def corpus() -> Path:
    """ZStack's schema history from ../shared (absent in a user's clone)."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (it lives in ../shared beside the clone)")
    return CORPUS


@pytest.fixture(scope="session")
def mariadb_binaries() -> None:
    """The binaries the embedded `local` engine starts a throwaway server from."""
    require_engine("local")


@pytest.fixture(scope="session")
def running_server_url() -> str:
    """The machine's own MariaDB (127.0.0.1:3306, root, empty password), for `dsn:` tests."""
    import pymysql

    url = os.environ.get("ZSGATE_TEST_DSN", "mysql+pymysql://root@127.0.0.1:3306/")
    try:
        pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", connect_timeout=3).close()
    except pymysql.err.OperationalError as error:
        unavailable(f"no MariaDB at 127.0.0.1:3306 ({error.args[-1]})")
    return url


# The engines the server tests run on: the embedded one on the installed MariaDB (10.11) and on the MySQL 9.7
# and MariaDB 11.8 binaries, and both families through testcontainers. The docker ones use the official
# images, or the local ones ZSGATE_DOCKER_IMAGE_<NAME> names; the binaries are in the root filesystems
# ZSGATE_ROOTFS_<NAME> names (`make test` builds them from Debian packages with zsgate/engines/images/build.sh
# and sets those).


def _rootfs_binary(target: str, binary: str) -> str:
    setting = "ZSGATE_ROOTFS_" + target.upper().replace("-", "_").replace(".", "_")
    return f"local:{os.environ.get(setting, '$' + setting)}/usr/sbin/{binary}"


LOCAL_MYSQL = _rootfs_binary("mysql-9.7", "mysqld")
LOCAL_MARIADB_11_8 = _rootfs_binary("mariadb-11.8", "mariadbd")
LOCAL_ROOTFS = {LOCAL_MYSQL: "mysql-9.7", LOCAL_MARIADB_11_8: "mariadb-11.8"}
DOCKER_ENGINES = ("docker:mysql-9.7", "docker:mariadb-10.11", "docker:mariadb-11.8")
ENGINES = ("local", LOCAL_MYSQL, LOCAL_MARIADB_11_8, *DOCKER_ENGINES)


def engine_id(spec: str) -> str:
    """A short, stable test id for an engine spec."""
    return f"local-{LOCAL_ROOTFS[spec]}" if spec in LOCAL_ROOTFS else spec


def require_engine(spec: str) -> None:
    """Skip (or fail, in CI) unless `spec` can start a server here."""
    if spec == "local":
        for binary in ("mariadb-install-db", "mariadbd"):
            if shutil.which(binary) is None and not Path("/usr/sbin", binary).exists():
                unavailable(f"{binary} not found: apt-get install mariadb-server")
        return
    if spec.startswith("local:"):
        if not Path(spec.removeprefix("local:")).is_file():
            target = LOCAL_ROOTFS.get(spec, "a server")
            unavailable(
                f"no {target} binary at {spec.removeprefix('local:')}: `make test` builds its root filesystem "
                "(zsgate/engines/images/build.sh) and sets ZSGATE_ROOTFS_<NAME>"
            )
        return
    from docker.errors import DockerException

    from zsgate.engines.docker import image_for, image_setting

    image = image_for(spec).image
    client = docker_client()
    try:
        client.images.get(image)
    except DockerException:
        try:
            client.images.pull(image)
        except DockerException:
            unavailable(
                f"image {image} is not here and cannot be pulled: `make test` builds it "
                f"(zsgate/engines/images/build.sh) and sets {image_setting(spec)}"
            )
    finally:
        client.close()


def docker_client() -> DockerClient:
    """A client of the Docker engine DOCKER_HOST names (skip or fail where none answers)."""
    import docker

    try:
        client = docker.from_env()
        client.ping()
    except Exception as error:  # noqa: BLE001 - any failure means no engine to talk to
        unavailable(f"no Docker engine answers ({error}): `make test` starts one (zsgate/engines/images/dockerd.sh)")
    return client


@pytest.fixture(params=ENGINES, ids=engine_id)
def engine(request: pytest.FixtureRequest) -> str:
    """Each engine in turn, as `--engine` takes it; one server per use."""
    require_engine(request.param)
    return request.param


@pytest.fixture(scope="session", params=ENGINES, ids=engine_id)
def shared_engine(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each engine in turn for tests that verify many files: `local` starts a fresh server per run (fast);
    a docker engine starts one container for the session, handed over as `dsn:URL` (each run creates and
    drops its own `zstack` there)."""
    require_engine(request.param)
    if request.param.startswith("local"):
        yield request.param
        return
    from zsgate.engines import SCHEMA, open_server, probe

    with open_server(request.param) as server:
        with probe.connect(server.url) as connection:  # each run claims its own
            connection.exec_driver_sql(f"DROP DATABASE `{SCHEMA}`")
        yield "dsn:" + server.url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def generated_verify() -> Callable[[str], subprocess.CompletedProcess[str]]:
    """`zsgate verify --engine E --format json` of the generated upgrade on the stub models, run once per engine
    in a session: the tests that only read its report share that run (a whole verify is among the suite's slowest
    steps)."""
    runs: dict[str, subprocess.CompletedProcess[str]] = {}

    def run(engine: str) -> subprocess.CompletedProcess[str]:
        if engine not in runs:
            command = [sys.executable, "-m", "zsgate", "verify", "--models", str(STUB_MODELS), "--engine", engine]
            command += ["--format", "json"]
            runs[engine] = subprocess.run(command, capture_output=True, text=True, check=False)
        return runs[engine]

    return run
