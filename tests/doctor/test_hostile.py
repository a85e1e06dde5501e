"""`zsgate doctor` under hostile conditions, on a real server: each ends in one line naming what failed, exit 2 (or
130/143 for Ctrl-C and SIGTERM), no traceback, no password, no server left behind, nothing made on the customer's
server."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from tests.conftest import engine_id, require_engine
from tests.doctor.test_doctor import ENGINES, HOSTS, PASSWORD, PENDING, RELEASED, execute, state, write, zsgate
from tests.processes import default_signals
from zsgate.engines import SCHEMA, Server, open_server

HELD = 30
"""Seconds the replay stage's history sleeps in its replay: the signal comes long before."""
DIGITS = "(SELECT 0 AS d UNION ALL " + " UNION ALL ".join(f"SELECT {n}" for n in range(1, 10)) + ")"


@pytest.fixture(scope="module", params=ENGINES, ids=engine_id)
def server(request: pytest.FixtureRequest) -> Iterator[tuple[URL, URL, Path]]:
    require_engine(request.param)
    with customer_server(request.param) as (_, root, reader, history):
        yield root, reader, history


@contextmanager
def customer_server(engine: str) -> Iterator[tuple[Server, URL, URL, Path]]:
    """A server whose `zstack` a replay stopped at 1.0 built, 1,000,000 hosts whose names 2.0 makes NOT NULL;
    the server, root's URL, a SELECT-only reader's, the history with 2.0."""
    with open_server(engine) as running, _folder() as folder:
        root = running.url.set(database=SCHEMA)
        history = write(folder / "db", RELEASED)
        replayed = zsgate("replay", history, "--database", root.render_as_string(hide_password=False), cache=folder)
        assert replayed.returncode == 0, replayed.stderr
        many = ", ".join(f"{DIGITS} AS {name}" for name in "abcdef")
        execute(
            running.url,
            f"CREATE USER 'reader'@'localhost' IDENTIFIED BY '{PASSWORD}'",
            f"GRANT SELECT ON `{SCHEMA}`.* TO 'reader'@'localhost'",
        )
        execute(root, f"{HOSTS} SELECT CONCAT('h', a.d, b.d, c.d, d.d, e.d, f.d), NULL, NULL FROM {many}")
        yield running, running.url, root.set(username="reader", password=PASSWORD), write(history, PENDING)


class _folder:
    def __enter__(self) -> Path:
        import tempfile

        self.directory = tempfile.TemporaryDirectory()
        return Path(self.directory.name)

    def __exit__(self, *_: object) -> None:
        self.directory.cleanup()


def run(url: URL, history: Path, cache: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return zsgate("doctor", history, "--database", url.render_as_string(hide_password=False), *options, cache=cache)


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("zsgate: error: "), result.stderr
    assert all(word in lines[0] for word in words), lines[0]
    assert PASSWORD not in result.stdout + result.stderr and result.stdout == ""


def test_a_wrong_password(server: tuple[URL, URL, Path], tmp_path: Path) -> None:
    _, reader, history = server
    one_line_error(run(reader.set(password="not-" + PASSWORD), history, tmp_path), "cannot connect", "Access denied")


def test_a_password_in_the_query(server: tuple[URL, URL, Path], tmp_path: Path) -> None:
    _, reader, history = server
    url = reader.render_as_string(hide_password=False).replace(f":{PASSWORD}@", "@") + f"&password={PASSWORD}"
    result = zsgate("doctor", history, "--database", url, "--format", "markdown", cache=tmp_path)
    assert result.returncode == 1 and PASSWORD not in result.stdout + result.stderr, result.stdout + result.stderr
    wrong = zsgate("doctor", history, "--database", url.replace("password=", "password=x"), cache=tmp_path)
    one_line_error(wrong, "cannot connect")
    assert "x" + PASSWORD not in wrong.stderr


def test_a_database_without_schema_version(server: tuple[URL, URL, Path], tmp_path: Path) -> None:
    root, _, history = server
    execute(root, "CREATE DATABASE IF NOT EXISTS `empty`")
    one_line_error(run(root.set(database="empty"), history, tmp_path), "no schema_version table")


def test_a_tree_that_is_not_conf_db(server: tuple[URL, URL, Path], tmp_path: Path) -> None:
    _, reader, _ = server
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "Main.java").write_text("class Main {}\n")
    one_line_error(run(reader, tmp_path / "src", tmp_path), "no V<version>__*.sql files")
    (tmp_path / "file.sql").write_text("SELECT 1;\n")
    result = run(reader, tmp_path / "file.sql", tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr and PASSWORD not in result.stderr


def test_an_account_that_may_not_read_one_table(server: tuple[URL, URL, Path], tmp_path: Path) -> None:
    root, reader, history = server
    execute(
        root,
        "CREATE USER 'partial'@'localhost' IDENTIFIED BY 'Part1al-pa55'",
        *(
            f"GRANT SELECT ON `{SCHEMA}`.`{table}` TO 'partial'@'localhost'"
            for table in ("schema_version", "HostVO", "HostCapacityVO", "HostNameView")
        ),
    )
    result = run(reader.set(username="partial", password="Part1al-pa55"), history, tmp_path, "--format", "json")
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert [item["object"] for item in report["drift"] if item["object"].startswith("VmVO")] == []
    pending = history / "upgrade" / "V2.0__schema.sql"
    assert report["not_checked"] == [
        {"what": "VmVO", "reason": "this account may not SELECT from it: its definition and rows are not checked"},
        {"what": f"{pending}:3", "reason": "this account may not read VmVO"},
        {"what": f"{pending}:5", "reason": "this account may not read VmVO"},
    ]
    assert report["prechecks_on_new_tables"] == [] and PASSWORD not in result.stdout + result.stderr


@pytest.mark.parametrize("sent", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("stage", ["replay", "prechecks"])
def test_a_signal_stops_it_cleanly(server: tuple[URL, URL, Path], tmp_path: Path, sent: int, stage: str) -> None:
    root, reader, history = server
    cache = tmp_path / "cache"
    if stage == "prechecks":
        assert run(reader, history, cache, "--format", "json").returncode == 1  # the expected schema cached
    else:  # held in its replay: the copy's afterMigrate callback (which no schema_version records) sleeps
        history = Path(shutil.copytree(history, tmp_path / "db"))
        (history / "upgrade" / "afterMigrate.sql").write_text(f"DO SLEEP({HELD});\n")
    before = state(root)
    environment = {**os.environ, "ZSGATE_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "zsgate", "doctor", str(history), "--database"]
    command.append(reader.render_as_string(hide_password=False))
    process = subprocess.Popen(  # noqa: PLW1509 - the SIGINT a background test run ignores is restored in the child
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment, preexec_fn=default_signals
    )
    servers = _wait_for(process, stage, root)
    process.send_signal(sent)
    stdout, stderr = process.communicate(timeout=HELD + 30)
    assert process.returncode == 128 + sent, stderr
    assert "Traceback" not in stderr and PASSWORD not in stdout + stderr, stderr
    for pid in servers:
        assert not Path(f"/proc/{pid}").exists() or _zombie(pid), f"server {pid} left running"
    assert state(root) == before


def _wait_for(process: subprocess.Popen[str], stage: str, root: URL) -> list[int]:
    """Until doctor is in ``stage``: its replay's server started, or a precheck running on the customer's server;
    the server processes doctor started."""
    deadline = time.monotonic() + 60
    engine = sqlalchemy.create_engine(root, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            while time.monotonic() < deadline:
                assert process.poll() is None, process.communicate()
                if stage == "replay":
                    if servers := _descendants(process.pid, ("mariadbd", "mysqld")):
                        return servers
                elif connection.exec_driver_sql(
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'reader'"
                    " AND (INFO LIKE 'SET STATEMENT%%' OR INFO LIKE 'SELECT /*+ MAX_EXECUTION_TIME%%')"
                ).scalar_one():
                    return []
                time.sleep(0.01)
    finally:
        engine.dispose()
    raise AssertionError(f"doctor never reached its {stage}")


def _descendants(pid: int, names: tuple[str, ...]) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        # a root filesystem's server runs under its own loader: its binary is an argument, not the program
        if any(Path(part.decode(errors="replace")).name in names for part in command[:2]) and _ancestor(
            int(entry.name), pid
        ):
            found.append(int(entry.name))
    return found


def _ancestor(child: int, pid: int) -> bool:
    while child > 1:
        try:
            child = int(Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            return False
        if child == pid:
            return True
    return False


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.parametrize("engine", ENGINES, ids=engine_id)
def test_a_customer_server_that_dies_mid_run(engine: str, tmp_path: Path) -> None:
    require_engine(engine)
    with customer_server(engine) as (running, root, reader, history):
        assert run(reader, history, tmp_path, "--format", "json").returncode == 1  # the expected schema cached
        environment = {**os.environ, "ZSGATE_CACHE_DIR": str(tmp_path)}
        command = [sys.executable, "-m", "zsgate", "doctor", str(history), "--database"]
        command.append(reader.render_as_string(hide_password=False))
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
        _wait_for(process, "prechecks", root)
        os.kill(running.pid, signal.SIGKILL)  # type: ignore[attr-defined]
        stdout, stderr = process.communicate(timeout=60)
    one_line_error(subprocess.CompletedProcess(command, process.returncode, stdout, stderr), "cannot read", "Lost")
