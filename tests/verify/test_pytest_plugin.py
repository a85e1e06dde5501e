"""The pytest plugin hands other test suites an upgraded, verified database, on every engine."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus, unquote

import pytest
from sqlalchemy.engine import URL

from tests.conftest import STUB_MODELS
from tests.servers import server_for_dsn, set_password

A_TEAMS_TEST = """
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool


def test_zstack_database_is_upgraded_to_the_newest_release(zstack_database):
    assert zstack_database.database == "zstack"
    engine = create_engine(zstack_database, poolclass=NullPool)
    try:
        inspector = inspect(engine)
        assert {
            "AiHostModelCacheVO",
            "AiHostCacheStorageVO",
            "AiHostModelCachePolicyVO",
            "AiHostModelCacheReservationVO",
            "HostEO",
            "VmModelMountVO",
        } <= set(inspector.get_table_names())
        assert "cacheUuid" in {column["name"] for column in inspector.get_columns("VmModelMountVO")}
        with engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO ModelVO (uuid, name) VALUES ('m1', 'model')")
            assert connection.exec_driver_sql("SELECT COUNT(*) FROM ModelVO WHERE uuid = 'm1'").scalar() == 1
    finally:
        engine.dispose()
"""


def teams_test(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_dao.py").write_text(A_TEAMS_TEST)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )


def test_zstack_database_is_a_working_upgraded_database(engine: str, tmp_path: Path) -> None:
    """On every engine, from the stub models: the plugin, not the models, is what differs between engines."""
    result = teams_test(tmp_path, "--zsgate-engine", engine, "--zsgate-models", str(STUB_MODELS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


A_TEST_OF_THE_WHOLE_SCHEMA = """
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool


def test_the_whole_schema(zstack_database):
    engine = create_engine(zstack_database, poolclass=NullPool)
    try:
        inspector = inspect(engine)
        assert len(inspector.get_table_names()) > 600
        assert len(inspector.get_columns("HostEO")) == 13
    finally:
        engine.dispose()
"""


def test_by_default_the_database_holds_zstacks_whole_schema(mariadb_binaries: None, tmp_path: Path) -> None:
    (tmp_path / "test_whole.py").write_text(A_TEST_OF_THE_WHOLE_SCHEMA)
    result = teams_test(tmp_path, "--zsgate-engine", "local")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_models_that_do_not_load_fail_the_tests_in_one_line(tmp_path: Path) -> None:
    result = teams_test(tmp_path, "--zsgate-models", str(tmp_path / "missing.py"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"--zsgate-models: {tmp_path / 'missing.py'}: no such Python file" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


A_TEST_THAT_SHOWS_ITS_DATABASE = """
def test_shows_the_url(zstack_database):
    print(zstack_database, repr(zstack_database))
    assert zstack_database is None
"""
PASSWORD = "QXZJ-pl@gin/pw:1"


def pytest_run(tmp_path: Path, *args: str, engine: str | None = None) -> subprocess.CompletedProcess[str]:
    """pytest on a project whose test shows its database, made from the stub models (what is tested here is
    the plugin, not the models); `engine` as ZSGATE_ENGINE."""
    (tmp_path / "test_dao.py").write_text(A_TEST_THAT_SHOWS_ITS_DATABASE)
    environment = {key: value for key, value in os.environ.items() if key != "ZSGATE_ENGINE"}
    models = ("--zsgate-models", str(STUB_MODELS))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-rA", "-p", "no:cacheprovider", *models, *args, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment | ({"ZSGATE_ENGINE": engine} if engine else {}),
    )


def spellings(password: str) -> set[str]:
    return {password, quote(password), quote(password, safe=""), quote_plus(password), repr(password)[1:-1]}


@pytest.fixture(scope="module")
def root(mariadb_binaries: None) -> Iterator[URL]:
    with server_for_dsn() as url:
        set_password(url, PASSWORD)
        yield url


@pytest.mark.parametrize("right", [True, False], ids=["right-password", "wrong-password"])
@pytest.mark.parametrize("where", ["query", "user-info"])
def test_a_chosen_dsn_engine_passes_or_fails_and_never_shows_the_password(
    root: URL, tmp_path: Path, right: bool, where: str
) -> None:
    password = quote(PASSWORD if right else "QXZJ-wr@ng/pw:2", safe="")
    socket = quote(str(root.query["unix_socket"]))
    user = f"gate:{password}" if where == "user-info" else "gate"
    query = f"unix_socket={socket}" + (f"&password={password}" if where == "query" else "")
    result = pytest_run(tmp_path, "--zsgate-engine", f"dsn:mysql://{user}@localhost/?{query}")
    output = result.stdout + result.stderr
    if right:  # the database is made; the test fails on purpose, showing it
        assert "1 failed" in output and "assert mysql+pymysql://zsgate_run_" in output, output  # ZStack's account
        assert ":***@localhost/zstack" in output, output
    else:  # a chosen engine that gives no server fails the tests, with the reason, rather than skipping them
        assert "1 error" in output and "Access denied for user 'gate'@'localhost'" in output, output
        assert "skipped" not in output
    assert not any(form in output for form in spellings(unquote(password)) | {password}), output


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        ("oracle", "unknown engine 'oracle'"),
        ("docker:mysql", "unknown Docker engine"),
        ("dsn:mysql://gate:QXZJ-bad@pw@localhost/", "percent-encode the password"),
        ("dsn:mysql://gate@localhost/?password=QXZJ-one&PASSWORD=QXZJ-two", "more than one password"),
    ],
)
def test_a_bad_engine_is_one_usage_error_line(tmp_path: Path, spec: str, reason: str) -> None:
    result = pytest_run(tmp_path, "--zsgate-engine", spec)
    assert result.returncode == pytest.ExitCode.USAGE_ERROR, result.stdout + result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("ERROR: --zsgate-engine: ") and reason in line, result.stdout + result.stderr
    assert "QXZJ" not in result.stdout + result.stderr


def test_an_engine_from_the_environment_is_a_chosen_one(root: URL, tmp_path: Path) -> None:
    socket = quote(str(root.query["unix_socket"]))
    wrong = f"dsn:mysql://gate@localhost/?unix_socket={socket}&passwd=QXZJ-wrong-pw"
    result = pytest_run(tmp_path, engine=wrong)
    output = result.stdout + result.stderr
    assert "1 error" in output and "Access denied for user 'gate'@'localhost'" in output, output
    assert "QXZJ" not in output
    bad = pytest_run(tmp_path, engine="oracle")
    assert bad.returncode == pytest.ExitCode.USAGE_ERROR and "ERROR: ZSGATE_ENGINE: unknown engine" in bad.stderr
