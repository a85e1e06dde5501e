"""The `local` engine on the machine's own MariaDB binaries: it starts, answers, and always cleans up."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy

from tests.processes import alive, default_signals
from tests.servers import query
from zsgate.engines import SCHEMA, EngineUnavailable, local, open_server
from zsgate.engines.local import LocalServer
from zsgate.engines.probe import server_version

pytestmark = pytest.mark.usefixtures("mariadb_binaries")


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache without templates, so the run creates its data directory from the system tables."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "zsgate"


def assert_gone(server: LocalServer) -> None:
    assert not alive(server.pid), f"server process {server.pid} still runs"
    assert not server.directory.exists(), f"{server.directory} was left behind"


def test_a_query_works_over_the_url_and_exit_removes_process_and_directory() -> None:
    with open_server("local") as server:
        assert isinstance(server, LocalServer)
        assert server.directory.name.startswith("zsgate-") and (server.directory / "data").is_dir()
        assert alive(server.pid)
        assert server.url.drivername == "mysql+pymysql" and server.url.database is None
        assert query(server, "SELECT 1 + 1") == [(2,)]
        assert query(server, "SELECT @@character_set_server, @@log_bin") == [("utf8mb4", 0)]
    assert_gone(server)


def test_the_server_exposes_nothing_to_other_users() -> None:
    with open_server("local") as server:
        sock = Path(server.url.query["unix_socket"])
        assert query(server, "SELECT @@skip_networking") == [(1,)], "no TCP port"
        assert sock.parent.stat().st_mode & 0o777 == 0o700, "only this user can reach the socket"
        assert server.directory.stat().st_mode & 0o777 == 0o700
        with pytest.raises(sqlalchemy.exc.OperationalError, match="Access denied"):
            query(dataclasses.replace(server, url=server.url.set(password="")), "SELECT 1")
        assert query(server, "SELECT COUNT(*) FROM mysql.user WHERE user = 'root'") == [(1,)]
        (files,) = query(server, "SELECT @@secure_file_priv")[0]
        assert Path(str(files)).resolve() == (server.directory / "files").resolve()
        assert query(server, "SELECT LOAD_FILE('/etc/passwd')") == [(None,)]
        with pytest.raises(sqlalchemy.exc.OperationalError, match="secure-file-priv"):
            query(server, "SELECT 1 INTO OUTFILE '/tmp/zsgate-outfile-test'")
    assert_gone(server)


def test_a_long_tmpdir_does_not_make_the_socket_path_too_long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    long_tmpdir = tmp_path / ("t" * 60) / ("m" * 60) / ("p" * 60)
    long_tmpdir.mkdir(parents=True)
    monkeypatch.setattr("tempfile.tempdir", str(long_tmpdir))
    with open_server("local") as server:
        assert server.directory.parent == long_tmpdir
        assert len(server.url.query["unix_socket"].encode()) < 100
        assert query(server, "SELECT 1") == [(1,)]
    assert_gone(server)
    assert not list(long_tmpdir.iterdir())


def test_the_server_has_an_empty_zstack_schema_and_says_what_it_is() -> None:
    with open_server() as server:
        assert (SCHEMA,) in query(server, "SHOW DATABASES")
        assert query(server, f"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '{SCHEMA}'") == [
            (0,)
        ]
        assert server.family == "mariadb"
        assert server.version == server_version(server.url) and "MariaDB" in server.version
        number = server.version.split("-")[0]
        assert server.description.startswith(f"local MariaDB {number} (") and server.description.endswith("mariadbd)")


def test_with_sql_mode_sets_every_new_session() -> None:
    with open_server("local") as server:
        strict = server.with_sql_mode("ANSI_QUOTES,STRICT_ALL_TABLES")
        assert query(strict, "SELECT @@SESSION.sql_mode") == [("ANSI_QUOTES,STRICT_ALL_TABLES",)]
        assert query(server, "SELECT @@SESSION.sql_mode") != [("ANSI_QUOTES,STRICT_ALL_TABLES",)]


def test_cleans_up_when_the_body_raises() -> None:
    with pytest.raises(RuntimeError, match="boom"), open_server("local") as server:
        raise RuntimeError("boom")
    assert_gone(server)


def test_cleans_up_on_keyboard_interrupt_in_the_body() -> None:
    with pytest.raises(KeyboardInterrupt), open_server("local") as server:
        raise KeyboardInterrupt
    assert_gone(server)


SLEEPER = textwrap.dedent(
    """
    import time
    from zsgate.engines import open_server

    with open_server("local") as server:
        print(server.directory, server.pid, flush=True)
        time.sleep(60)
    """
)


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen[str]]:
    """A zsgate process holding a local server open, until it is signalled."""
    process = subprocess.Popen(
        [sys.executable, "-c", SLEEPER],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_signals,  # a test run started in the background ignores SIGINT
    )
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate()


@pytest.mark.parametrize(
    ("signum", "returncode"),
    [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, -signal.SIGINT)],
    ids=["SIGTERM", "SIGINT"],
)
def test_a_signalled_zsgate_stops_its_server_and_deletes_the_directory(
    sleeper: subprocess.Popen[str], signum: int, returncode: int
) -> None:
    assert sleeper.stdout is not None and sleeper.stderr is not None
    line = sleeper.stdout.readline()
    assert line, sleeper.stderr.read()
    directory, pid = Path(line.split()[0]), int(line.split()[1])
    assert directory.is_dir() and alive(pid)
    sleeper.send_signal(signum)
    assert sleeper.wait(timeout=30) == returncode
    assert not alive(pid), f"server process {pid} survived {signal.Signals(signum).name}"
    assert not directory.exists()


def test_reuses_the_cached_template_and_copies_it_per_run(empty_cache: Path) -> None:
    with open_server("local") as first:
        (template,) = empty_cache.glob("datadir-mariadb-*")
        made = (template / "ibdata1").stat().st_mtime_ns
    with open_server("local") as second:
        assert second.directory != first.directory
        assert list(empty_cache.iterdir()) == [template] and (template / "ibdata1").stat().st_mtime_ns == made
    assert_gone(first)
    assert_gone(second)


def test_a_new_template_removes_the_ones_nobody_used_for_a_week(empty_cache: Path) -> None:
    stale, recent = empty_cache / "datadir-mariadb-0000000000000000", empty_cache / "building-abandoned"
    for entry in (stale, recent):
        entry.mkdir(parents=True)
    week_ago = time.time() - local.STALE_AFTER - 60
    os.utime(stale, (week_ago, week_ago))
    with open_server("local"):
        pass
    assert recent.exists() and not stale.exists()
    assert len(list(empty_cache.glob("datadir-mariadb-*"))) == 1


def test_without_a_writable_cache_it_creates_the_data_directory_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    with open_server("local") as server:
        assert query(server, "SELECT 1") == [(1,)]
    assert_gone(server)


def test_mariadb_install_db_makes_the_data_directory_when_the_bootstrap_scripts_are_elsewhere(
    empty_cache: Path,
) -> None:
    binaries = dataclasses.replace(local.find_binaries(), bootstrap_sql=())
    assert binaries.install_db is not None
    with local.local_server(binaries) as server:
        assert query(server, "SELECT 1") == [(1,)]
    assert_gone(server)


def test_a_data_directory_that_cannot_be_made_is_reported_with_the_log_and_leaves_nothing(
    empty_cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(local, "COMMON_OPTIONS", (*local.COMMON_OPTIONS, "--no-such-option-zsgate"))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    with (
        pytest.raises(EngineUnavailable, match=r"(?s)could not create a data directory.*no-such-option-zsgate"),
        open_server("local"),
    ):
        pass
    assert not list(tmp_path.glob("zsgate-*"))
    assert not list(empty_cache.glob("*"))


def test_a_server_that_dies_starting_is_reported_with_the_log_and_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.setattr(local, "SERVE_OPTIONS", ("--no-such-serve-option-zsgate",))
    with (
        pytest.raises(
            EngineUnavailable, match=r"(?s)mariadbd exited with code \d+ while starting:.*no-such-serve-option-zsgate"
        ),
        open_server("local"),
    ):
        pass
    assert not list(tmp_path.glob("zsgate-*"))


STUBBORN = textwrap.dedent(
    """
    import signal, subprocess
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    child = subprocess.Popen(["sleep", "30"])
    print("ready", flush=True)
    child.wait()
    """
)


def test_a_server_that_ignores_sigterm_is_killed_with_its_process_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "STOP_TIMEOUT", 0.2)
    stubborn = subprocess.Popen([sys.executable, "-c", STUBBORN], stdout=subprocess.PIPE, start_new_session=True)
    assert stubborn.stdout is not None and stubborn.stdout.readline() == b"ready\n"
    local._stop(stubborn)
    stubborn.stdout.close()
    assert stubborn.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 5  # the orphaned `sleep` is killed too; init reaps it soon after
    while subprocess.run(["pgrep", "-g", str(stubborn.pid)], capture_output=True).returncode == 0:
        assert time.monotonic() < deadline, "the process group survived"
        time.sleep(0.05)


def test_concurrent_first_runs_on_an_empty_cache_all_start_and_leave_one_template(tmp_path: Path) -> None:
    """Runs that each find no template build one at once: none fails, and the cache keeps a single one."""
    cache = tmp_path / "cache"
    starter = "from zsgate.engines import open_server\nwith open_server('local') as server: pass\n"
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache), "TMPDIR": str(tmp_path)}
    runs = [
        subprocess.Popen([sys.executable, "-c", starter], env=environment, stderr=subprocess.PIPE, text=True)
        for _ in range(8)
    ]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0] * 8, "\n".join(errors)
    assert [entry.name.split("-")[0] for entry in (cache / "zsgate").iterdir()] == ["datadir"]
    assert list(tmp_path.iterdir()) == [cache]
