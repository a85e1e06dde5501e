"""`make bench`: zsgate's performance targets, measured in cold processes.

Targets (2 cores): lint the whole ZStack corpus, read as a Flyway history, in under 0.5 s wall with the
default install (sqlglotc), and its newest file alone against the history before it (the pre-commit case) in
under 1 s, at least 15x faster than SQLFluff (RF06 with prefer_quoted_identifiers, same files, same run);
refuse a 50 MB file and a 5 MB expression at once in little memory; with the lint cache (issue 18): the corpus
with an empty cache at least 20x faster than SQLFluff, the corpus and the newest file in its history with a warm
cache within 4x of Python and click starting, and a 20 MB file of ZStack statements with the size limits off in
at most 150 MiB; `zsgate verify` end to end on the
embedded default in under 5 s, and on ZStack's whole schema (the corpus imported, tests/verify/zstack_baseline.py)
on both embedded engines with an empty cache and with the kept baseline, the latter within 1.5x of the project's
own models; plain sqlglot, the server start alone, and a replay of the corpus as a Flyway
history are reported, and so is `zsgate --version` beside its floor, Python and click alone (what every
command pays before its own work), and the rate a table copy moves rows at (doctor's default --rate). Exits 1
when a target is missed.
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

from rich.console import Console
from rich.table import Table

from zsgate.history.flyway import name_key

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "zstack" / "db"
PYTHON = sys.executable
RUNS = 5

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
WHOLE_BASELINE_VERIFY = """
import dataclasses, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])  # the project's root: tests.verify.zstack_baseline
from tests.verify.zstack_baseline import full_models
from zsgate.checks.verify.run import default_plan, verify
report = verify(sys.argv[1], dataclasses.replace(default_plan(), metadata=full_models(Path(sys.argv[2]))))
sys.exit(0 if report.ok else 1)
"""
MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""
HEAVY = ("sqlalchemy", "alembic", "testcontainers", "docker", "pymysql")


def median_wall(command: Sequence[str | Path], **environment: str) -> float:
    return statistics.median(measured(command, **environment)[0] for _ in range(RUNS))


def measured(command: Sequence[str | Path], **environment: str) -> tuple[float, float]:
    """Seconds and peak memory (MiB) of one cold process, started from a small one: a child forked
    from this process would count its memory too. Python may write bytecode, as an installed package
    has it (PYTHONDONTWRITEBYTECODE would make every run compile zsgate's modules again)."""
    inherited = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    output = subprocess.run(
        [PYTHON, "-c", MEASURE, *map(str, command)],
        capture_output=True,
        text=True,
        check=True,
        env={**inherited, **environment},
    ).stdout.split()
    return float(output[0]), float(output[1])


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
        return measured([sqlfluff, *rf06, *files])[0]


def cached_lint_seconds(command: Sequence[str | Path]) -> tuple[float, float]:
    """The median wall of ``command`` (a ``zsgate lint``) with an empty cache each run, then with the cache
    the first run left (nothing changed)."""
    with tempfile.TemporaryDirectory() as directory:
        empty = []
        for run in range(RUNS):
            empty.append(measured(command, ZSGATE_CACHE_DIR=f"{directory}/empty-{run}")[0])
        warm = median_wall(command, ZSGATE_CACHE_DIR=f"{directory}/empty-0")
    return statistics.median(empty), warm


def whole_baseline_verify(engine: str, package: Path) -> tuple[float, float]:
    """verify of the shipped upgrade on ZStack's whole schema (the corpus imported) as the baseline: once with
    an empty cache (the baseline built, then kept), then the median of RUNS starting from the kept one."""
    command = [PYTHON, "-c", WHOLE_BASELINE_VERIFY, engine, package, ROOT]
    with tempfile.TemporaryDirectory() as directory:
        cold, _ = measured(command, XDG_CACHE_HOME=directory)
        warm = median_wall(command, XDG_CACHE_HOME=directory)
    return cold, warm


def statement_file(directory: Path, files: list[Path], size: int = 20 * 2**20) -> Path:
    """A file of ZStack's statements (the history's files, over and over) of ``size`` bytes."""
    corpus = b"".join(path.read_bytes() + b"\nDELIMITER ;\n" for path in files if path.name.startswith("V"))
    path = directory / "V9.9__twenty_megabytes.sql"
    path.write_bytes((corpus * (size // len(corpus) + 1))[:size].rsplit(b";\n", 1)[0] + b";\n")
    return path


def main() -> int:
    console = Console()
    if not CORPUS.is_dir():
        console.print(f"corpus not found at {CORPUS}: lint figures need ../shared beside the clone")
        return 1
    files = sorted(CORPUS.rglob("*.sql"))
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
    version = median_wall([PYTHON, "-m", "zsgate", "--version"])
    row("zsgate --version, cold process (what every command pays)", f"{version:.2f} s", "about the floor")
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
            seconds, mebibytes = measured([PYTHON, "-m", "zsgate", "lint", "--no-cache", path])
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
        seconds, mebibytes = measured([PYTHON, "-m", "zsgate", "lint", "--format", "json", *unlimited])
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
    verify = median_wall([PYTHON, "-m", "zsgate", "verify", "--format", "json"])
    row("verify, cold process, end to end", f"{verify:.2f} s", "< 5 s", verify < 5.0)
    mysql_verify = median_wall([PYTHON, "-m", "zsgate", "verify", "--engine", OTHER_ENGINES["local MySQL 9.7"]])
    sys.path.insert(0, str(ROOT))
    from tests.verify.zstack_baseline import import_corpus

    with tempfile.TemporaryDirectory() as directory:
        package = import_corpus(Path(directory))
        for name, engine, today in (
            ("local", "local", verify),
            ("local MySQL 9.7", OTHER_ENGINES["local MySQL 9.7"], mysql_verify),
        ):
            cold, warm = whole_baseline_verify(engine, package)
            row(f"{name}: verify on ZStack's whole schema, empty cache", f"{cold:.2f} s")
            row(f"{name}: verify on ZStack's whole schema, kept baseline", f"{warm:.2f} s ({warm / today:.1f}x the "
                f"{today:.2f} s of the project's models)", "<= 1.5x", warm <= 1.5 * today)  # fmt: skip
    replay, _ = measured([PYTHON, "-m", "zsgate", "replay", CORPUS])  # once: Flyway's migrate of the whole history
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
