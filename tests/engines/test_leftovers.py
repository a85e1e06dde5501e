"""What a SIGKILLed zsgate leaves: its server dies with it, and the next run removes the rest."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.processes import alive
from zsgate.engines import leftovers, local, open_server

pytestmark = pytest.mark.usefixtures("mariadb_binaries")

HOLDER = textwrap.dedent(
    """
    import time
    from zsgate.engines import open_server

    with open_server("local") as server:
        print(server.directory, server.pid, server.url.query["unix_socket"], flush=True)
        time.sleep(120)
    """
)


def wait_until_dead(pids: list[int], timeout: float = 20.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while (survivors := [pid for pid in pids if alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return survivors


@pytest.fixture
def private_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR for this test and the processes it starts: in /tmp and open to others as /tmp is, so that under
    root the servers run as `mysql` there, as they do by default (pytest's tmp_path is root's alone)."""
    path = Path(tempfile.mkdtemp(prefix="test-tmp-", dir="/tmp"))
    path.chmod(0o755)
    monkeypatch.setenv("TMPDIR", str(path))
    monkeypatch.setattr("tempfile.tempdir", str(path))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_ten_sigkilled_runs_leave_no_server_and_the_next_run_no_directory(private_tmp: Path) -> None:
    holders = [
        subprocess.Popen([sys.executable, "-c", HOLDER], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(10)
    ]
    runs = []
    for holder in holders:
        assert holder.stdout is not None and holder.stderr is not None
        line = holder.stdout.readline()
        assert line, holder.stderr.read()
        directory, pid, sock = line.split()
        runs.append((Path(directory), int(pid), Path(sock)))
    for holder in holders:
        holder.kill()
        holder.communicate()
    assert wait_until_dead([pid for _, pid, _ in runs]) == [], "a server outlived its SIGKILLed zsgate"
    assert all(directory.exists() for directory, _, _ in runs), "nothing cleaned up yet: the owner was killed"

    with open_server("local") as server:
        assert server.directory.exists()
    assert [path for directory, _, sock in runs for path in (directory, sock.parent) if path.exists()] == []
    assert list(private_tmp.iterdir()) == []


def test_a_leftover_server_is_killed_only_if_it_names_the_directory(tmp_path: Path) -> None:
    dead_owner = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = tmp_path / "zsgate-left"
    unrelated = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    server = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", str(left)])
    try:
        for process in (unrelated, server):  # a process just forked shows no command line until its exec ends
            while not Path(f"/proc/{process.pid}/cmdline").read_bytes():
                time.sleep(0.01)
        left.mkdir()
        (left / leftovers.OWNER).write_text(f"{dead_owner.stdout.strip()} 1\n")
        (left / leftovers.SERVER_PID).write_text(f"{server.pid}\n")
        other = tmp_path / "zsgate-other"
        other.mkdir()
        (other / leftovers.OWNER).write_text(f"{dead_owner.stdout.strip()} 1\n")
        (other / leftovers.SERVER_PID).write_text(f"{unrelated.pid}\n")  # a recycled pid: not its server

        assert sorted(leftovers.reclaim(tmp_path, "zsgate-")) == [left, other]

        assert server.wait(timeout=10) == -signal.SIGKILL
        assert unrelated.poll() is None, "killed a process that was not the leftover's server"
        assert not left.exists() and not other.exists()
    finally:
        for process in (server, unrelated):
            process.kill()
            process.wait()


def test_a_live_runs_directories_are_never_reclaimed(private_tmp: Path) -> None:
    with open_server("local") as server:
        holder = subprocess.run(
            [
                sys.executable,
                "-c",
                "from zsgate.engines import leftovers, local\n"
                "import tempfile, pathlib\n"
                "print(leftovers.reclaim(pathlib.Path(tempfile.gettempdir()), local.RUN_PREFIX))",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        assert holder.stdout.strip() == "[]"
        assert server.directory.exists() and alive(server.pid)


def test_a_half_built_template_of_a_killed_run_is_removed_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    building = tmp_path / "cache" / "zsgate" / f"{local.BUILD_PREFIX}killed"
    (building / "data").mkdir(parents=True)
    (building / leftovers.OWNER).write_text("999999999 1\n")
    with open_server("local"):
        pass
    assert not building.exists()
