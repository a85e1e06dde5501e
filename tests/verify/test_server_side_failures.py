"""What an upgrade does to its server or its own connection is the upgrade's failure, said in one line at its
file and line, never a zsgate "internal error"."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pymysql
import pytest

from tests.conftest import STUB_MODELS
from tests.replay.test_replay import BASE, write_history

pytestmark = pytest.mark.usefixtures("mariadb_binaries")

# (the upgrade, what the server says at its line 2)
UPGRADES = [
    ("SELECT 1;\nKILL CONNECTION_ID();\nSELECT 2;\n", "Connection was killed"),
    ("SELECT 1;\nKILL QUERY CONNECTION_ID();\nSELECT 2;\n", "Query execution was interrupted"),
    # the account upgrades run as (Server.zstack_url) may not stop the server
    ("SELECT 1;\nSHUTDOWN;\n", "Access denied; you need (at least one of) the SHUTDOWN privilege"),
]


def zsgate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zsgate", *map(str, args)], capture_output=True, text=True)


@pytest.mark.parametrize(("upgrade", "said"), UPGRADES)
def test_verify_fails_the_upgrade_check_where_the_file_ends_its_connection(
    tmp_path: Path, upgrade: str, said: str
) -> None:
    path = tmp_path / "V9.9.9__schema.sql"
    path.write_text(upgrade)
    result = zsgate("verify", "--models", STUB_MODELS, "--sql", path, "--no-resume")
    assert result.returncode == 1, result.stderr
    assert f"{path}:2: {said}" in result.stdout
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("upgrade", "said"), UPGRADES)
def test_replay_stops_where_the_file_ends_its_connection(tmp_path: Path, upgrade: str, said: str) -> None:
    history = write_history(tmp_path, {**BASE, "V0.7__schema.sql": upgrade})
    result = zsgate("replay", history)
    assert result.returncode == 1, result.stderr
    assert f"error: {history / 'upgrade' / 'V0.7__schema.sql'}:2: {said}" in result.stderr
    assert result.stdout.startswith("stopped after 1 of 4 migrations")


@pytest.fixture
def mortal_server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A MariaDB of this test's own on a TCP port (root, no password), to be killed: its URL and process."""
    datadir, user = tmp_path / "server", [] if os.geteuid() else ["--user=root"]
    subprocess.run(
        [
            "mariadb-install-db",
            "--no-defaults",
            f"--datadir={datadir}",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            *user,
        ],
        check=True,
        capture_output=True,
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            "/usr/sbin/mariadbd",
            "--no-defaults",
            f"--datadir={datadir}",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            f"--socket={tmp_path / 'server.sock'}",
            "--skip-name-resolve",
            *user,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            with contextlib.suppress(pymysql.err.OperationalError):
                pymysql.connect(host="127.0.0.1", port=port, user="root", password="").close()
                break
            time.sleep(0.1)
        yield f"mysql://root@127.0.0.1:{port}/", server
    finally:
        server.kill()
        server.wait()


def test_a_dsn_server_that_dies_mid_run_fails_the_checks_in_one_line_each(
    mortal_server: tuple[str, subprocess.Popen[bytes]],
) -> None:
    url, server = mortal_server
    verify = subprocess.Popen(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS, "--engine", f"dsn:{url}", "--no-resume"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert verify.stdout is not None
    for line in verify.stdout:
        if line.startswith("✓ upgrade"):
            break
    else:
        pytest.fail(f"verify ended before the upgrade check: {verify.communicate()}")
    server.kill()
    stdout, stderr = verify.communicate(timeout=120)
    assert verify.returncode == 1, stderr
    assert "internal error" not in stderr and "Traceback" not in stderr
    assert "not run: the connection to the server was lost" in stdout or "Lost connection" in stdout
