"""`make bench`: zsgate's performance targets, measured in cold processes.

Targets (2 cores): lint the whole ZStack corpus, read as a Flyway history, in under 0.5 s wall with the
default install (sqlglotc), and its newest file alone against the history before it (the pre-commit case) in
under 1 s, at least 15x faster than SQLFluff (RF06 with prefer_quoted_identifiers, same files, same run);
refuse a 50 MB file and a 5 MB expression at once in little memory; with the lint cache (issue 18): the corpus
with an empty cache at least 20x faster than SQLFluff, the corpus and the newest file in its history with a warm
cache within 4x of Python and click starting, and a 20 MB file of ZStack statements with the size limits off in
at most 150 MiB; `zsgate verify` end to end on the
embedded default, on the stub models the tests of verify's machinery use (tests/stub_models.py), in under 5 s, and
on the project's models (ZStack's whole schema) on both embedded engines with an empty cache and with the kept
baseline, the latter within 1.5x the CPU time of the stub models; plain sqlglot, the server start alone, and a
replay of the corpus as a Flyway history are reported, and the rate a table copy moves rows at (doctor's default
--rate). Exits 1 when a target is missed.
First, `zsgate --version` (what every command pays before its own work) and a cold lint of the corpus before
the one-kitchen renovation (BEFORE, the commit its first merge went onto) and now, beside their floor, Python
and click alone: CPU time, paired runs in turn, each tree laid out as a wheel installs it.
Beside them, the same two figures for MySQL 9.7 on the embedded engine (`local:` its Debian binary) and for
the MySQL 9.7 and MariaDB 10.11 containers (`make bench` gets a Docker engine, the images and the binary as
`make test` does; without them the rows say why).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from rich.console import Console
from rich.table import Table

from zsgate.history.flyway import name_key

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "zstack" / "db"
STUB_MODELS = ROOT / "tests" / "stub_models.py"  # the models of the tests of verify's machinery
PYTHON = sys.executable
RUNS = 5
BEFORE = "1115c57"
"""The tree before the one-kitchen renovation (issue 14): the parent of its first merge."""

# MySQL 9.7 without Docker (its binary in the root filesystem build.sh makes), then both containers.
OTHER_ENGINES = {
    "local MySQL 9.7": f"local:{os.environ.get('ZSGATE_ROOTFS_MYSQL_9_7', '$ZSGATE_ROOTFS_MYSQL_9_7')}/usr/sbin/mysqld",
    "docker:mysql-9.7": "docker:mysql-9.7",
    "docker:mariadb-10.11": "docker:mariadb-10.11",
}
SERVER_START = """
import sys, time
from zsgate.engines import open_server
started = time.perf_counter()
with open_server(sys.argv[1]) as server:
    ready = time.perf_counter()
print(f"{ready - started:.3f} {time.perf_counter() - started:.3f}")
"""
COPY_RATE = """
import sys, time
import sqlalchemy
from sqlalchemy.pool import NullPool
from zsgate.engines import open_server
ROWS = 300_000  # a ZStack-shaped VmInstanceVO, narrowed with ALGORITHM=COPY: doctor's default --rate
digits = "(SELECT 0 AS d UNION ALL " + " UNION ALL ".join(f"SELECT {n}" for n in range(1, 10)) + ")"
n = "(a.d + 10*b.d + 100*c.d + 1000*d.d + 10000*e.d + 100000*f.d)"
with open_server(sys.argv[1]) as server:
    engine = sqlalchemy.create_engine(server.url.set(database="zstack"), poolclass=NullPool)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TABLE VmInstanceVO (uuid varchar(32) NOT NULL PRIMARY KEY, name varchar(255) NOT NULL,"
            " description varchar(2048), zoneUuid varchar(32), state varchar(64) NOT NULL, cpuNum int NOT NULL,"
            " memorySize bigint NOT NULL, createDate timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',"
            " KEY idxState (state), KEY idxZone (zoneUuid)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
        )
        connection.exec_driver_sql(
            "INSERT INTO VmInstanceVO (uuid, name, description, zoneUuid, state, cpuNum, memorySize)"
            f" SELECT LPAD({n}, 32, '0'), CONCAT('vm-', {n}), REPEAT('d', 60), LPAD({n} MOD 10, 32, '0'),"
            f" 'Running', 4, 8589934592 FROM {', '.join(f'{digits} AS {x}' for x in 'abcdef')} WHERE {n} < {ROWS}"
        )
        started = time.perf_counter()
        connection.exec_driver_sql("ALTER TABLE VmInstanceVO MODIFY name varchar(128) NOT NULL, ALGORITHM=COPY")
        print(f"{ROWS / (time.perf_counter() - started):.0f}")
    engine.dispose()
"""
MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""
HEAVY = ("sqlalchemy", "alembic", "testcontainers", "docker", "pymysql")


class Measured(NamedTuple):
    wall: float
    """Seconds on the clock."""
    cpu: float
    """Seconds of CPU (user and system): the figure that holds on a loaded machine."""
    mebibytes: float
    """Peak memory."""


def median_wall(command: Sequence[str | Path], **environment: str) -> float:
    return statistics.median(measured(command, **environment).wall for _ in range(RUNS))


def measured(command: Sequence[str | Path], cwd: Path | None = None, **environment: str) -> Measured:
    """One cold process, started from a small one in ``cwd``: a child forked from this process would count its
    memory too. Python may write bytecode, as an installed package has it (PYTHONDONTWRITEBYTECODE would
    make every run compile zsgate's modules again)."""
    inherited = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    output = subprocess.run(
        [PYTHON, "-c", MEASURE, *map(str, command)],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
        env={**inherited, **environment},
    ).stdout.split()
    return Measured(*map(float, output))


def installed_layout(source: Path, into: Path) -> Path:
    """A directory to put on PYTHONPATH that holds ``source``'s zsgate package as a wheel lays it out
    (``checks/``, ``schema/`` and ``migrations/`` inside it, as pyproject's package-dir maps them), without
    the editable install's import hook."""
    package = into / "zsgate"
    package.mkdir(parents=True)
    for entry in (source / "zsgate").iterdir():
        (package / entry.name).symlink_to(entry.resolve())
    for folder in ("checks", "schema", "migrations"):
        (package / folder).symlink_to((source / folder).resolve())
    return into


def paired(
    old: Sequence[str | Path], new: Sequence[str | Path], before: Path, after: Path
) -> tuple[Measured, Measured]:
    """``old`` run on the tree laid out at ``before``, then ``new`` on ``after`` (from a directory without
    a zsgate package: ``python -m`` puts the working directory first on the path)."""
    return measured(old, before, PYTHONPATH=str(before)), measured(new, after, PYTHONPATH=str(after))


def renovation(directory: Path) -> Table | str:
    """`zsgate --version` and a cold corpus lint at BEFORE and in this tree, beside the floor: medians of
    RUNS rounds, each round the floor, before and after in turn after a warm-up (bytecode written); or why
    it cannot run."""
    source = directory / BEFORE
    source.mkdir()
    archive = subprocess.run(["git", "-C", ROOT, "archive", BEFORE], capture_output=True)
    if archive.returncode != 0:
        return f"before/after not run: {BEFORE} is not in {ROOT}'s git history"
    subprocess.run(["tar", "-x", "-C", source], input=archive.stdout, check=True)
    trees = installed_layout(source, directory / "before"), installed_layout(ROOT, directory / "after")
    zsgate = [PYTHON, "-m", "zsgate"]
    commands = {  # before the lint cache, lint had no --no-cache; now it lints the corpus cold with it
        'python -c "import click" (the floor)': ([PYTHON, "-c", "import click"], [PYTHON, "-c", "import click"]),
        "zsgate --version": ([*zsgate, "--version"], [*zsgate, "--version"]),
        f"zsgate lint of the corpus ({len(list(CORPUS.rglob('*.sql')))} files, as a history)": (
            [*zsgate, "lint", "--format", "json", CORPUS],
            [*zsgate, "lint", "--no-cache", "--format", "json", CORPUS],
        ),
    }
    table = Table(
        "command", "CPU before", "CPU after", "after/before, paired", "wall before → after", "peak memory",
        title=f"before and after the one-kitchen renovation (CPU time: user + sys; median of {RUNS} rounds)",
    )  # fmt: skip
    for name, (old, new) in commands.items():
        runs = [paired(old, new, *trees) for _ in range(RUNS + 1)][1:]  # the first round writes bytecode
        before, after = (Measured(*map(statistics.median, zip(*side, strict=True))) for side in zip(*runs, strict=True))
        ratio = statistics.median(a.cpu / b.cpu for b, a in runs)
        memory = f"{before.mebibytes:.1f} → {after.mebibytes:.1f} MiB"
        table.add_row(
            name, f"{before.cpu:.3f} s", f"{after.cpu:.3f} s", f"{ratio:.2f}",
            f"{before.wall:.2f} → {after.wall:.2f} s", memory,
        )  # fmt: skip
    return table


def heavy_imports(command: Sequence[str | Path]) -> str:
    """The heavy libraries `python -X importtime -m zsgate COMMAND` imports, or "none"."""
    report = subprocess.run(
        [PYTHON, "-X", "importtime", "-m", "zsgate", *map(str, command)], capture_output=True, text=True
    )
    imported = {
        line.rsplit("|", 1)[1].strip() for line in report.stderr.splitlines() if line.startswith("import time:")
    }
    return ",".join(sorted({name.split(".")[0] for name in imported} & set(HEAVY))) or "none"


def oversized_inputs(directory: Path, files: list[Path]) -> dict[str, Path]:
    """A 50 MB file (the corpus, over and over), one 5 MB expression, and the largest statement lint
    accepts by default (a 256 KiB expression)."""
    corpus = b"".join(path.read_bytes() + b"\nDELIMITER ;\n" for path in files)
    inputs = {
        "a 50 MB file (refused)": (corpus * (50 * 2**20 // len(corpus) + 1))[: 50 * 2**20],
        "one 5 MB expression (refused)": b"SELECT 1" + b" + 1" * (5 * 2**20 // 4) + b";\n",
        "a 250 KiB expression (accepted)": b"SELECT 1" + b" + 1" * (250 * 2**10 // 4) + b";\n",
    }
    paths = {name: directory / f"V{number}.sql" for number, name in enumerate(inputs)}
    for name, data in inputs.items():
        paths[name].write_bytes(data)
    return paths


def sqlfluff_seconds(files: list[Path]) -> float | None:
    """SQLFluff on the same files with RF06 and prefer_quoted_identifiers, on 2 processes (as zsgate may use
    both cores), or None when not installed."""
    sqlfluff = Path(PYTHON).with_name("sqlfluff")
    if not sqlfluff.exists():
        return None
    with tempfile.TemporaryDirectory() as directory:
        config = Path(directory) / ".sqlfluff"
        config.write_text("[sqlfluff:rules:references.quoting]\nprefer_quoted_identifiers = True\n")
        rf06 = ["lint", "--dialect", "mysql", "--rules", "RF06", "--processes", "2", "--config", config]
        return measured([sqlfluff, *rf06, *files]).wall


def cached_lint_seconds(command: Sequence[str | Path]) -> tuple[float, float]:
    """The median wall of ``command`` (a ``zsgate lint``) with an empty cache each run, then with the cache
    the first run left (nothing changed). The caches live in the project's folder, as the default
    ``.zsgate_cache`` does: on the bench machine making a file in /tmp costs ten times what it costs there."""
    with tempfile.TemporaryDirectory(dir=ROOT, prefix=".zsgate_cache-bench-") as directory:
        empty = []
        for run in range(RUNS):
            empty.append(measured(command, ZSGATE_CACHE_DIR=f"{directory}/empty-{run}").wall)
        warm = median_wall(command, ZSGATE_CACHE_DIR=f"{directory}/empty-0")
    return statistics.median(empty), warm


def median_measured(command: Sequence[str | Path], **environment: str) -> Measured:
    """Each figure's median over RUNS cold processes."""
    runs = [measured(command, **environment) for _ in range(RUNS)]
    return Measured(*map(statistics.median, zip(*runs, strict=True)))


def whole_baseline_verify(engine: str) -> tuple[Measured, Measured]:
    """verify of the shipped upgrade on the project's models (ZStack's whole schema as the baseline): once with
    an empty cache (the baseline built, then kept), then the medians of RUNS starting from the kept one."""
    command = [PYTHON, "-m", "zsgate", "verify", "--engine", engine]
    with tempfile.TemporaryDirectory() as directory:
        cold = measured(command, XDG_CACHE_HOME=directory)
        warm = median_measured(command, XDG_CACHE_HOME=directory)
    return cold, warm


def statement_file(directory: Path, files: list[Path], size: int = 20 * 2**20) -> Path:
    """A file of ZStack's statements (the history's files, over and over) of ``size`` bytes."""
    corpus = b"".join(path.read_bytes() + b"\nDELIMITER ;\n" for path in files if path.name.startswith("V"))
    path = directory / "V9.9__twenty_megabytes.sql"
    path.write_bytes((corpus * (size // len(corpus) + 1))[:size].rsplit(b";\n", 1)[0] + b";\n")
    return path


def main() -> int:
    console = Console(width=150)
    if not CORPUS.is_dir():
        console.print(f"corpus not found at {CORPUS}: lint figures need ../shared beside the clone")
        return 1
    files = sorted(CORPUS.rglob("*.sql"))
    with tempfile.TemporaryDirectory() as directory:
        console.print(renovation(Path(directory)))
    table = Table(
        "measure", "value", "target", "ok", title=f"zsgate bench ({len(files)} corpus files, median of {RUNS})"
    )
    results: list[bool] = []

    def row(measure: str, value: str, target: str = "", ok: bool | None = None) -> None:
        if ok is not None:
            results.append(ok)
        table.add_row(measure, value, target, "" if ok is None else ("[green]yes[/]" if ok else "[red]no[/]"))

    floor = median_wall([PYTHON, "-c", "import click"])
    row("the floor: Python and click alone, cold process", f"{floor:.2f} s")
    uncached = [PYTHON, "-m", "zsgate", "lint", "--no-cache", "--format", "json"]
    lint = median_wall([*uncached, CORPUS])
    row("lint corpus as a history, cold process", f"{lint:.2f} s", "< 0.5 s", lint < 0.5)
    plain = median_wall(
        [PYTHON, "-m", "zsgate", "lint", "--no-cache", "--format", "json", CORPUS], ZSGATE_SQLGLOT="python"
    )
    row("the same on plain sqlglot", f"{plain:.2f} s")
    newest = max((CORPUS / "upgrade").glob("V*.sql"), key=lambda path: name_key(path.name) or ())
    one = median_wall([*uncached, newest])
    row(f"lint {newest.name} against its history, cold", f"{one:.2f} s", "< 1 s", one < 1.0)
    with tempfile.TemporaryDirectory() as directory:
        for name, path in oversized_inputs(Path(directory), files).items():
            seconds, _, mebibytes = measured([PYTHON, "-m", "zsgate", "lint", "--no-cache", path])
            refused = "refused" in name
            target = "< 1 s, < 100 MiB" if refused else ""
            ok = seconds < 1 and mebibytes < 100 if refused else None
            row(f"lint {name}", f"{seconds:.2f} s, {mebibytes:.0f} MiB", target, ok)
    heavy = heavy_imports(["lint", "--no-cache", "--format", "json", newest])
    row("heavy modules `zsgate lint` imports", heavy, "none", heavy == "none")
    fluff = sqlfluff_seconds(files)
    if fluff is None:
        row("sqlfluff lint (RF06)", "not installed", "")
    else:
        row("sqlfluff lint (RF06, 2 processes), same files", f"{fluff:.2f} s")
        row("speed-up over sqlfluff", f"{fluff / lint:.1f}x", ">= 15x", fluff / lint >= 15)
    empty, warm = cached_lint_seconds([PYTHON, "-m", "zsgate", "lint", "--format", "json", CORPUS])
    if fluff is not None:
        row("lint corpus, empty cache", f"{empty:.2f} s ({fluff / empty:.1f}x faster than sqlfluff)", ">= 20x sqlfluff",
            fluff / empty >= 20)  # fmt: skip
    else:
        row("lint corpus, empty cache", f"{empty:.2f} s")
    row("lint corpus, warm cache, nothing changed", f"{warm:.2f} s ({warm / floor:.1f}x the floor)", "<= 4x floor",
        warm <= 4 * floor)  # fmt: skip
    _, warm_one = cached_lint_seconds([PYTHON, "-m", "zsgate", "lint", "--format", "json", newest])
    row(f"lint {newest.name} in its history, warm cache", f"{warm_one:.2f} s ({warm_one / floor:.1f}x the floor)",
        "<= 4x floor", warm_one <= 4 * floor)  # fmt: skip
    with tempfile.TemporaryDirectory() as directory:
        big = statement_file(Path(directory), files)
        unlimited = ["--max-file-size", "0", "--max-statement-size", "0", "--no-cache", big]
        seconds, _, mebibytes = measured([PYTHON, "-m", "zsgate", "lint", "--format", "json", *unlimited])
        row("lint a 20 MB file of ZStack statements, limits off", f"{seconds:.1f} s, {mebibytes:.0f} MiB peak",
            "<= 150 MiB", mebibytes <= 150)  # fmt: skip
    start, total = (
        float(x)
        for x in subprocess.run(
            [PYTHON, "-c", SERVER_START, "local"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    row("local server: start to ready", f"{start:.2f} s")
    row("local server: start and clean up", f"{total:.2f} s")
    stubs = [PYTHON, "-m", "zsgate", "verify", "--models", STUB_MODELS]
    verify = median_measured([*stubs, "--format", "json"])
    row("verify, cold process, end to end (stub models)", f"{verify.wall:.2f} s", "< 5 s", verify.wall < 5.0)
    mysql_verify = median_measured([*stubs, "--engine", OTHER_ENGINES["local MySQL 9.7"]])
    for name, engine, today in (
        ("local", "local", verify),
        ("local MySQL 9.7", OTHER_ENGINES["local MySQL 9.7"], mysql_verify),
    ):
        cold, warm = whole_baseline_verify(engine)
        row(f"{name}: verify on the project's models (ZStack's whole schema), empty cache",
            f"{cold.wall:.2f} s, {cold.cpu:.1f} s CPU")  # fmt: skip
        ratios = f"{warm.wall / today.wall:.1f}x and {warm.cpu / today.cpu:.1f}x"
        row(f"{name}: verify on the project's models (ZStack's whole schema), kept baseline",
            f"{warm.wall:.2f} s, {warm.cpu:.1f} s CPU ({ratios} the {today.wall:.2f} s, {today.cpu:.1f} s CPU of the "
            "stub models)", "<= 1.5x", warm.cpu <= 1.5 * today.cpu)  # fmt: skip
    replay = measured([PYTHON, "-m", "zsgate", "replay", CORPUS]).wall  # once: Flyway's migrate of the whole history
    row("replay corpus as a history (Flyway 3.2.1's migrate)", f"{replay:.2f} s")
    for name, engine in {"local": "local", "local MySQL 9.7": OTHER_ENGINES["local MySQL 9.7"]}.items():
        copied = subprocess.run([PYTHON, "-c", COPY_RATE, engine], capture_output=True, text=True)
        rate = f"{int(copied.stdout):,} rows/s" if copied.returncode == 0 else "not run"
        row(f"{name}: table copy, 300,000 rows (doctor's --rate)", rate)
    for name, engine in OTHER_ENGINES.items():
        started = subprocess.run([PYTHON, "-c", SERVER_START, engine], capture_output=True, text=True)
        if started.returncode != 0:
            row(f"{name}: start to ready", f"not run: {(started.stderr.strip().splitlines() or ['?'])[-1]}")
            continue
        row(f"{name}: start to ready", f"{float(started.stdout.split()[0]):.2f} s")
        verify = median_wall([PYTHON, "-m", "zsgate", "verify", "--engine", engine, "--format", "json"])
        row(f"{name}: verify end to end", f"{verify:.2f} s")
    console.print(table)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
