"""Stopping `zsgate replay` mid-run, on a fresh server and with --database: the shell's exit codes, no
traceback, nothing left behind."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pymysql
import pytest

from tests.processes import default_signals, processes_naming
from tests.replay.test_replay import database, write_history

__all__ = ["database"]  # the fixture, used by name below

# A history of a few seconds, most of them inside queries, where a signal usually lands.
SLOW = {
    "V0.6__schema.sql": "CREATE TABLE `HostVO` (`uuid` varchar(32) NOT NULL UNIQUE) ENGINE=InnoDB;\n",
    **{f"V0.{n}__schema.sql": "DO SLEEP(0.2);\nDO SLEEP(0.2);\n" for n in range(7, 20)},
}
DELAYS = (0.0, 0.3, 0.9, 1.5, 2.1, 2.7)  # seconds after the run reached its server: a point of the run each
SIGNALS = [(signal.SIGTERM, 143), (signal.SIGINT, 130)]


def stopped(
    command: list[str], environment: dict[str, str], reached: Callable[[], object], signum: int, delay: float
) -> tuple[int, str]:
    """Run `command`, signal it `delay` seconds after `reached()` holds; its exit code and output."""
    replay = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**environment, "TERM": "dumb", "NO_COLOR": "1"},
        preexec_fn=default_signals,
    )
    while not reached():
        assert replay.poll() is None, f"replay ended before it was signalled: {replay.communicate()}"
        time.sleep(0.05)
    time.sleep(delay)
    replay.send_signal(signum)
    stdout, stderr = replay.communicate(timeout=60)
    return replay.returncode, stdout + stderr


@pytest.mark.usefixtures("mariadb_binaries")
@pytest.mark.parametrize(("signum", "code"), SIGNALS)
def test_a_signal_mid_replay_on_a_fresh_server_exits_128_plus_n_and_leaves_nothing(
    tmp_path: Path, signum: int, code: int
) -> None:
    history = write_history(tmp_path / "db", SLOW)
    for delay in DELAYS:
        run = tmp_path / f"run-{delay}"
        run.mkdir()
        command = [sys.executable, "-m", "zsgate", "replay", str(history)]
        environment = {**os.environ, "TMPDIR": str(run)}
        server_started = functools.partial(processes_naming, str(run))
        returncode, output = stopped(command, environment, server_started, signum, delay)
        assert returncode == code, f"after {delay}s: {output}"
        assert "Traceback" not in output, f"after {delay}s: {output}"
        assert list(run.iterdir()) == [], "the run left its directory"
        assert processes_naming(str(run)) == [], "the run left its server"


@pytest.mark.parametrize(("signum", "code"), SIGNALS)
def test_a_signal_mid_replay_of_a_database_exits_128_plus_n_and_the_next_run_goes_on(
    database: tuple[str, pymysql.Connection], tmp_path: Path, signum: int, code: int
) -> None:
    url, connection = database
    name = url.rsplit("/", 1)[1]
    history = write_history(tmp_path, SLOW)

    def connected() -> bool:
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = %s", (name,))
            return cursor.fetchone()[0] > 1  # beside this connection

    command = [sys.executable, "-m", "zsgate", "replay", str(history), "--database", url, "--repair"]
    for delay in DELAYS:
        with connection.cursor() as cursor:  # each run from the start of the history
            cursor.execute(f"DROP DATABASE `{name}`")
            cursor.execute(f"CREATE DATABASE `{name}`")
            cursor.execute(f"USE `{name}`")
        returncode, output = stopped(command, dict(os.environ), connected, signum, delay)
        assert returncode == code, f"after {delay}s: {output}"
        assert "Traceback" not in output, f"after {delay}s: {output}"
        finished = subprocess.run(command, capture_output=True, text=True)  # nothing stopped holds a lock
        assert finished.returncode == 0, finished.stderr
