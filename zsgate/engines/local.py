"""`local`: a throwaway server started from the MariaDB (or MySQL) binaries installed on this machine, or
from a server binary the user names (`local:PATH`), also one of another root filesystem (engines/rootfs.py)."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from zsgate import servers
from zsgate.engines import account, leftovers, probe
from zsgate.engines.rootfs import ForeignRoot, foreign_root
from zsgate.engines.server import EngineUnavailable, Preparation, Server
from zsgate.lifetime import die_with_parent

SBIN = Path("/usr/sbin")
INIT_TIMEOUT = 60.0  # seconds to create the system tables
VERSION_TIMEOUT = 10.0  # seconds `--version` may take
READY_TIMEOUT = 30.0  # seconds from start to the first connection
STOP_TIMEOUT = 5.0  # seconds a graceful shutdown may take before the process group is killed
LOG_TAIL_LINES = 20
RUN_PREFIX = "zsgate-"
SOCKET_PREFIX = "zsgate-sock-"
BUILD_PREFIX = "building-"
# Sockets go here, not under TMPDIR: a socket path holds at most 107 bytes, and TMPDIR may be long.
SOCKET_ROOT = Path("/tmp")
STALE_AFTER = 7 * 24 * 3600  # seconds a cached template may go unused before the next new one removes it
PREPARED_PREFIX = "prepared-"
PREPARED_KEPT = 4  # prepared data directories kept beyond those unused for EVICT_AFTER
EVICT_AFTER = 600.0  # seconds since a run last started from a prepared directory before it may be evicted

# MariaDB's own system-table scripts, as mariadb-install-db feeds them to `mariadbd --bootstrap`, without
# the help tables, sys schema and test database nobody here needs (that halves the time to a server).
# Debian 13's MariaDB 11.8 ships them as share/mariadb/mariadb_*.sql, Debian 12's 10.11 as share/mysql/mysql_*.sql.
SYSTEM_TABLE_SCRIPTS = ("system_tables", "performance_tables", "system_tables_data")
SYSTEM_TABLE_PLACES = (("mariadb", "mariadb"), ("mysql", "mysql"), ("mariadb", "mysql"))  # (share/DIR, PREFIX_*.sql)
BOOTSTRAP_PREAMBLE = b"CREATE DATABASE IF NOT EXISTS mysql;\nUSE mysql;\nSET @auth_root_socket=NULL;\n"

# Server options for both families: the docker engines' own, a small buffer pool, no host name lookups.
COMMON_OPTIONS = (
    *servers.UPGRADE_OPTIONS,
    "--skip-name-resolve",
    "--innodb-buffer-pool-size=64M",
)
# Options of the running server only (the data directory is made without them): no TCP at all.
SERVE_OPTIONS = ("--skip-networking",)
# What an upgrade file could reach beyond `zstack` through the server itself, closed (the account it runs
# as closes the rest: engines/account.py): no DATA or INDEX DIRECTORY through symbolic links (MyISAM, and
# MariaDB's InnoDB; MySQL's InnoDB takes only the directories innodb_directories names, none here), no LOAD
# DATA LOCAL. Per run, beside these: an empty --plugin-dir of the run (no INSTALL SONAME, no UDF library) and,
# when zsgate is root, the unprivileged SERVER_ACCOUNT, so that nothing the server writes is root's.
CONFINEMENT_OPTIONS = ("--skip-symbolic-links", "--local-infile=0")
SERVER_ACCOUNT = "mysql"  # Debian's mariadb-server and mysql-server packages create it


@dataclasses.dataclass(frozen=True)
class Binaries:
    """An installed server binary, and how to give it a fresh data directory."""

    family: str  # "mariadb" or "mysql"
    server: Path  # mariadbd or mysqld
    bootstrap_sql: tuple[Path, ...] = ()  # MariaDB: scripts for `mariadbd --bootstrap`, the fastest way
    install_db: Path | None = None  # MariaDB: mariadb-install-db, when those scripts are elsewhere
    root: ForeignRoot | None = None  # the root filesystem `server` belongs to, when not this system's

    def command(self, *arguments: str) -> list[str]:
        """A command line that runs the server with `arguments`."""
        start = self.root.command(self.server) if self.root else [str(self.server)]
        return [*start, *arguments]

    @property
    def options(self) -> tuple[str, ...]:
        """Options of both initializing and running the server: its family's, and where a foreign root's
        server finds its files."""
        family = servers.family(self.family).small_server_options
        return (*family, *(self.root.server_options() if self.root else ()))


@dataclasses.dataclass(frozen=True)
class LocalServer(Server):
    """A `local` server, with where it lives (both gone after exit)."""

    directory: Path  # data/, the socket and server.log
    pid: int


def find_binaries() -> Binaries:
    """MariaDB's `mariadbd` if installed, else MySQL's `mysqld`, from PATH or /usr/sbin."""
    mariadbd = _which("mariadbd")
    if mariadbd is not None:
        return Binaries("mariadb", mariadbd, _system_table_scripts(mariadbd), _which("mariadb-install-db"))
    mysqld = _which("mysqld")
    if mysqld is not None and "mariadb" not in _version_text(Binaries("mysql", mysqld)).lower():
        return Binaries("mysql", mysqld)
    raise EngineUnavailable(
        "no mariadbd (or MySQL mysqld) on PATH or in /usr/sbin: apt-get install mariadb-server, "
        "or use --engine local:PATH, --engine docker:mysql-9.7 or --engine dsn:URL"
    )


def binaries_at(server: Path) -> Binaries:
    """The MySQL or MariaDB server binary at `server` (`--engine local:PATH`), of this system or of another
    root filesystem, such as the MySQL 9.7 one zsgate/engines/images/build.sh leaves in /var/cache/zsgate."""
    if not server.is_file() or not os.access(server, os.X_OK):
        raise EngineUnavailable(f"local:{server}: no server binary there")
    binaries = Binaries("mysql", server.absolute(), root=foreign_root(server))
    version = _version_text(binaries)
    if "mariadb" in version.lower():
        return dataclasses.replace(binaries, family="mariadb", bootstrap_sql=_system_table_scripts(server))
    if "mysql" not in version.lower():
        first = (version.strip().splitlines() or ["no version"])[0][:80]
        raise EngineUnavailable(f"local:{server}: not a MySQL or MariaDB server ({first})")
    return binaries


@contextlib.contextmanager
def local_server(binaries: Binaries | Path | None = None, prepared: Preparation | None = None) -> Iterator[LocalServer]:
    """Start a private server in a new temp directory; stop it and delete the directory on exit.

    The server exposes nothing: no TCP port, its socket in a directory only its own user can enter, root
    with a password made for this run, file import and export confined to the run directory, no plugins,
    no symbolic links, and when zsgate is root it runs as `mysql` (CONFINEMENT_OPTIONS); upgrades get an
    account limited to `zstack` (`zstack_url`). It dies with zsgate, even a SIGKILLed one, and the next run
    removes what such a run left. `binaries` may be the path of a server binary (`local:PATH`); by default
    it is the one installed here. With `prepared`, the server starts from a copy of the data directory its
    work left the first time (made then, and kept in the cache beside the pristine one).
    """
    if isinstance(binaries, Path):
        binaries = binaries_at(binaries)
    binaries = binaries or find_binaries()
    for root, prefix in _run_roots():
        leftovers.reclaim(root, prefix)
    directory = leftovers.make_owned_directory(Path(tempfile.gettempdir()), RUN_PREFIX)
    sockets: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    try:
        sockets = leftovers.make_owned_directory(_socket_root(), SOCKET_PREFIX)
        datadir, sock, log = directory / "data", sockets / "mysqld.sock", directory / "server.log"
        files, plugins = directory / "files", directory / "plugins"
        files.mkdir(mode=0o700)
        plugins.mkdir(mode=0o755)  # empty, and not the server's to write
        options = (*COMMON_OPTIONS, *binaries.options)
        creation = (*options, *_root_option())  # the trusted system-table scripts may run as root
        template = _template(binaries, creation, log)
        kept = _kept(template, prepared) if template is not None and prepared is not None else None
        warm = kept is not None and _copied(kept, datadir)
        if template is None:  # no writable cache: create this run's data directory from scratch
            datadir.mkdir()
            _initialize(binaries, datadir, creation, log)
        elif not warm:
            shutil.copytree(template, datadir)
        user = _server_user(directory, sockets)
        if user is not None:
            _hand_over(user, [directory, sockets], [datadir, files])
        start = functools.partial(_start, binaries, directory, sock, options, user)
        process = start()
        url = URL.create("mysql+pymysql", username="root", host="localhost", query={"unix_socket": str(sock)})
        probe.wait_until_ready(
            url, timeout=READY_TIMEOUT, died=functools.partial(_exit_reason, process, binaries.server, log)
        )
        if prepared is not None and not warm:  # do the work here; keep the data directory if there is a cache
            probe.claim_schema(url)
            prepared.run(_local(url, account.create_zstack_account(url, "localhost"), binaries, directory, process))
            if kept is not None:
                if _stop(process):  # a clean shutdown: the files hold every change, nothing to recover
                    _keep(datadir, kept)
                process = start()
                died = functools.partial(_exit_reason, process, binaries.server, log)
                probe.wait_until_ready(url, timeout=READY_TIMEOUT, died=died)
        url = _lock_root(url)
        if prepared is None:
            probe.claim_schema(url)
        zstack_url = account.create_zstack_account(url, "localhost", exists=prepared is not None)
        yield _local(url, zstack_url, binaries, directory, process)
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(directory)
        if sockets is not None:
            shutil.rmtree(sockets)


def _start(
    binaries: Binaries, directory: Path, sock: Path, options: Sequence[str], user: pwd.struct_passwd | None
) -> subprocess.Popen[bytes]:
    """Start the server on `directory`/data, listening on the socket `sock` only; it dies with zsgate."""
    files, plugins, log = directory / "files", directory / "plugins", directory / "server.log"
    with log.open("ab") as out:
        return subprocess.Popen(
            binaries.command(
                "--no-defaults",
                f"--datadir={directory / 'data'}",
                f"--socket={sock}",
                f"--pid-file={directory / leftovers.SERVER_PID}",
                f"--tmpdir={directory}",  # private: servers sharing /tmp can clash on temp table names
                f"--secure-file-priv={files}",
                f"--plugin-dir={plugins}",
                *SERVE_OPTIONS,
                *CONFINEMENT_OPTIONS,
                *options,
                *(() if user else _root_option()),
            ),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches zsgate, which stops the server in order
            # zsgate drops to `user` itself, before die_with_parent: a server that did so with --user
            # would lose the parent-death signal, which Linux clears on a change of user
            user=user.pw_uid if user else None,
            group=user.pw_gid if user else None,
            extra_groups=() if user else None,
            preexec_fn=functools.partial(die_with_parent, os.getpid()),
        )


def _local(
    url: URL, zstack_url: URL, binaries: Binaries, directory: Path, process: subprocess.Popen[bytes]
) -> LocalServer:
    """The running server, described."""
    version = probe.server_version(url)
    return LocalServer(
        url=url,
        zstack_url=zstack_url,
        family=binaries.family,
        description=f"local {probe.label(version)} ({binaries.server})",
        version=version,
        directory=directory,
        pid=process.pid,
    )


def _lock_root(url: URL) -> URL:
    """Give root a password of this run's own, drop every other root account; the URL that now logs in."""
    password = secrets.token_urlsafe(24)
    with probe.connect(url) as connection:
        others = connection.exec_driver_sql(
            "SELECT host FROM mysql.user WHERE user = 'root' AND host <> 'localhost'"
        ).scalars()
        for host in list(others):
            connection.exec_driver_sql("DROP USER 'root'@%s", (host,))
        connection.exec_driver_sql("ALTER USER 'root'@'localhost' IDENTIFIED BY %s", (password,))
    return url.set(password=password)


def _run_roots() -> list[tuple[Path, str]]:
    """Where runs keep their directories, and the names they give them."""
    return [(Path(tempfile.gettempdir()), RUN_PREFIX), (_socket_root(), SOCKET_PREFIX), (cache_dir(), BUILD_PREFIX)]


def _socket_root() -> Path:
    """/tmp, whose path is short whatever TMPDIR is; TMPDIR on a machine without a usable /tmp."""
    return SOCKET_ROOT if os.access(SOCKET_ROOT, os.W_OK | os.X_OK) else Path(tempfile.gettempdir())


def _template(binaries: Binaries, options: Sequence[str], log: Path) -> Path | None:
    """A pristine data directory for `binaries`, made once and kept in the user's cache (None: no cache).

    Creating the system tables is the slow part of a start (0.3 s), and on a busy machine MariaDB 10.11's
    InnoDB sometimes stalls a further second there (a missed page-cleaner wake-up); a copy takes 0.05 s.
    """
    key = json.dumps([repr(binaries), *_stamp(binaries.server), *options])
    template = cache_dir() / f"datadir-{binaries.family}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
    if template.is_dir():
        os.utime(template)  # in use: not stale
        return template
    try:
        template.parent.mkdir(parents=True, exist_ok=True)
        building = leftovers.make_owned_directory(template.parent, BUILD_PREFIX)
    except OSError:
        return None
    try:
        (building / "data").mkdir()
        _initialize(binaries, building / "data", options, log)
        with contextlib.suppress(OSError):  # another zsgate made the same template meanwhile
            (building / "data").rename(template)
    finally:
        shutil.rmtree(building)
    _prune(template.parent, keep=template)
    return template


def _kept(template: Path, prepared: Preparation) -> Path:
    """Where the data directory `prepared`'s work leaves on a copy of `template` is kept."""
    key = hashlib.sha256(f"{template.name} {prepared.key}".encode()).hexdigest()[:16]
    return template.parent / f"{PREPARED_PREFIX}{template.name.removeprefix('datadir-')}-{key}"


def _copied(kept: Path, datadir: Path) -> bool:
    """Copy the kept data directory to `datadir`; False if there is none (not made yet, or evicted meanwhile)."""
    try:
        os.utime(kept)  # in use: neither stale nor the first to go
        shutil.copytree(kept, datadir)
    except FileNotFoundError:
        shutil.rmtree(datadir, ignore_errors=True)
        return False
    return True


def _keep(datadir: Path, kept: Path) -> None:
    """Copy the stopped server's `datadir` into the cache as `kept`, whole or not at all: the copy is made in a
    directory of this run's (another run's leftover one is removed) and renamed into place."""
    building = leftovers.make_owned_directory(kept.parent, BUILD_PREFIX)
    try:
        shutil.copytree(datadir, building / "data")
        with contextlib.suppress(OSError):  # another zsgate kept the same meanwhile
            (building / "data").rename(kept)
    finally:
        shutil.rmtree(building)
    _prune(kept.parent, keep=kept)


def _prune(cache: Path, keep: Path) -> None:
    """Remove what no run used for STALE_AFTER (templates of replaced binaries or options, abandoned builds)
    and the prepared data directories beyond the PREPARED_KEPT last used (each is tens of MB), once no run
    has started from them for EVICT_AFTER."""
    entries = []
    for entry in cache.iterdir():
        with contextlib.suppress(FileNotFoundError):  # another zsgate pruned it first
            entries.append((entry.stat().st_mtime, entry))
    prepared = sorted((item for item in entries if item[1].name.startswith(PREPARED_PREFIX)), reverse=True)
    evicted = {entry for used, entry in prepared[PREPARED_KEPT:] if time.time() - used > EVICT_AFTER}
    for used, entry in entries:
        if entry != keep and (entry in evicted or time.time() - used > STALE_AFTER):
            shutil.rmtree(entry, ignore_errors=True)


def cache_dir() -> Path:
    """Where pristine data directories are kept: $XDG_CACHE_HOME/zsgate, or ~/.cache/zsgate."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "zsgate"


def _initialize(binaries: Binaries, datadir: Path, options: Sequence[str], log: Path) -> None:
    """Create the system tables in the empty `datadir`, with the directory it is in as the server's tmpdir:
    bootstraps sharing TMPDIR clash on their temporary tables' names (`#sql-temptable-…`)."""
    script: bytes | None = None
    program = binaries.server
    options = (*options, f"--tmpdir={datadir.parent}")
    if binaries.family == "mysql":
        command = binaries.command("--no-defaults", "--initialize-insecure", f"--datadir={datadir}", *options)
    elif binaries.bootstrap_sql:
        command = binaries.command("--no-defaults", "--bootstrap", f"--datadir={datadir}", *options)
        script = BOOTSTRAP_PREAMBLE + b"".join(path.read_bytes() for path in binaries.bootstrap_sql)
    elif binaries.install_db is not None:
        program = binaries.install_db
        command = [
            str(binaries.install_db),
            "--no-defaults",
            f"--datadir={datadir}",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            *options,
        ]
    else:
        raise EngineUnavailable(
            f"found {binaries.server} but neither its system-table scripts nor mariadb-install-db: "
            "apt-get install mariadb-server"
        )
    with log.open("ab") as out:
        try:
            result = _run_bounded(command, INIT_TIMEOUT, out, script)
        except subprocess.TimeoutExpired:
            raise EngineUnavailable(f"{program} did not finish in {INIT_TIMEOUT:.0f} s:\n{_tail(log)}") from None
    if result.returncode != 0:
        raise EngineUnavailable(
            f"{program} could not create a data directory (exit code {result.returncode}):\n{_tail(log)}"
        )
    if not (datadir / "mysql").is_dir():  # what both families' system tables live in
        raise EngineUnavailable(f"{program} exited 0 but created no system tables in {datadir}:\n{_tail(log)}")


def _exit_reason(process: subprocess.Popen[bytes], server: Path, log: Path) -> str | None:
    """Why the starting server is gone, with its log; None while it runs."""
    if process.poll() is None:
        return None
    return f"{server} exited with code {process.returncode} while starting:\n{_tail(log)}"


def _stop(process: subprocess.Popen[bytes]) -> bool:
    """Shut the server down; kill its process group if that takes longer than STOP_TIMEOUT. Whether it
    shut down cleanly."""
    if process.poll() is not None:
        return False
    process.terminate()
    try:
        return process.wait(timeout=STOP_TIMEOUT) == 0
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return False


def _which(name: str) -> Path | None:
    found = shutil.which(name) or shutil.which(name, path=str(SBIN))
    return Path(found) if found else None


def _system_table_scripts(server: Path) -> tuple[Path, ...]:
    """MariaDB's bootstrap scripts under `<prefix>/share` by either of their names, or () if not there."""
    share = server.resolve().parent.parent / "share"
    for directory, name in SYSTEM_TABLE_PLACES:
        scripts = tuple(share / directory / f"{name}_{script}.sql" for script in SYSTEM_TABLE_SCRIPTS)
        if all(path.is_file() for path in scripts):
            return scripts
    return ()


def _stamp(path: Path) -> tuple[int, int]:
    """Size and modification time: a new package gives the binary new ones."""
    stat = path.resolve().stat()
    return stat.st_size, stat.st_mtime_ns


def installed_version(binaries: Binaries) -> str | None:
    """The release `binaries` are, as `--version` says it: ``10.11.19-MariaDB-0+deb12u1``, ``9.7.4``."""
    found = re.search(r"\bVer\s+(\d+\.\d+\S*)", _version_text(binaries))
    return found.group(1) if found else None


def _version_text(binaries: Binaries) -> str:
    try:
        result = _run_bounded(binaries.command("--version"), VERSION_TIMEOUT, subprocess.PIPE)
    except subprocess.TimeoutExpired:
        raise EngineUnavailable(
            f"local:{binaries.server}: --version gave no answer in {VERSION_TIMEOUT:.0f} s"
        ) from None
    return result.stdout.decode(errors="replace")


def _run_bounded(
    command: Sequence[str], timeout: float, stdout: Any, input: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`subprocess.run`, its stderr in `stdout`, in a process group of its own that is killed whole when the
    command ends or times out: nothing it started in the background outlives it (the binary of `local:PATH`
    is whatever the user names)."""
    stdin = subprocess.DEVNULL if input is None else subprocess.PIPE
    with subprocess.Popen(
        command, stdin=stdin, stdout=stdout, stderr=subprocess.STDOUT, start_new_session=True
    ) as process:
        try:
            output, _ = process.communicate(input, timeout=timeout)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
    return subprocess.CompletedProcess(command, process.returncode, output)


def _root_option() -> tuple[str, ...]:
    """Both servers refuse to run as root unless told to."""
    return ("--user=root",) if os.geteuid() == 0 else ()


def _server_user(*directories: Path) -> pwd.struct_passwd | None:
    """The account the server runs as when zsgate is root: SERVER_ACCOUNT if it exists and can reach
    `directories` (not so under a TMPDIR in a private home); None for root itself, and when zsgate is not
    root (the server then runs as zsgate's user)."""
    if os.geteuid() != 0:
        return None
    try:
        user = pwd.getpwnam(SERVER_ACCOUNT)
    except KeyError:
        return None
    reachable = all(parent.stat().st_mode & stat.S_IXOTH for path in directories for parent in path.parents)
    return user if reachable and user.pw_uid != 0 else None


def _hand_over(user: pwd.struct_passwd, directories: Sequence[Path], trees: Sequence[Path]) -> None:
    """Give `user` the `directories` themselves and the `trees` whole: what the server writes in."""
    for path in [*directories, *(entry for tree in trees for entry in (tree, *tree.rglob("*")))]:
        os.lchown(path, user.pw_uid, user.pw_gid)


def _tail(log: Path) -> str:
    try:
        lines = log.read_text(errors="replace").splitlines()
    except FileNotFoundError:
        return "(no server log)"
    return "\n".join(lines[-LOG_TAIL_LINES:])
