"""`make bench`: zsgate's performance targets, measured in cold processes.

Targets (2 cores): lint the whole ZStack corpus, a Flyway history, in under 1 s wall, and its newest
file alone against the history before it (the pre-commit case) in under 1 s, at least 15x faster than SQLFluff
(RF06 with prefer_quoted_identifiers, same files, same run); `zsgate verify` end to end on the
embedded default in under 5 s; the server start alone, and a replay of the corpus as a Flyway history, are
reported. Exits 1 when a target is missed.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from zsgate.history.flyway import name_key

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "zstack" / "db"
PYTHON = sys.executable
RUNS = 3

SERVER_START = """
import time
from zsgate.engines import open_server
started = time.perf_counter()
with open_server("local") as server:
    ready = time.perf_counter()
print(f"{ready - started:.3f} {time.perf_counter() - started:.3f}")
"""
LAZY_IMPORTS = """
import sys
import zsgate.cli, zsgate.checks.lint.runner, zsgate.checks.report.lint_text, zsgate.checks.report.lint_machine
print(",".join(m for m in ("sqlalchemy", "alembic", "testcontainers", "pymysql") if m in sys.modules) or "none")
"""


def wall(command: Sequence[str | Path]) -> float:
    """Seconds one cold process takes (its exit code is not judged: lint exits 1 on findings)."""
    started = time.perf_counter()
    subprocess.run([str(part) for part in command], capture_output=True, check=False)
    return time.perf_counter() - started


def median_wall(command: Sequence[str | Path]) -> float:
    return statistics.median(wall(command) for _ in range(RUNS))


def sqlfluff_seconds(files: list[Path]) -> float | None:
    """SQLFluff on the same files with RF06 and prefer_quoted_identifiers, or None when not installed."""
    sqlfluff = Path(PYTHON).with_name("sqlfluff")
    if not sqlfluff.exists():
        return None
    with tempfile.TemporaryDirectory() as directory:
        config = Path(directory) / ".sqlfluff"
        config.write_text("[sqlfluff:rules:references.quoting]\nprefer_quoted_identifiers = True\n")
        return wall([sqlfluff, "lint", "--dialect", "mysql", "--rules", "RF06", "--config", config, *files])


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

    lint = median_wall([PYTHON, "-m", "zsgate", "lint", "--format", "json", CORPUS])
    row("lint corpus as a history, cold process", f"{lint:.2f} s", "< 1 s", lint < 1.0)
    newest = max((CORPUS / "upgrade").glob("V*.sql"), key=lambda path: name_key(path.name) or ())
    one = median_wall([PYTHON, "-m", "zsgate", "lint", "--format", "json", newest])
    row(f"lint {newest.name} against its history, cold", f"{one:.2f} s", "< 1 s", one < 1.0)
    heavy = subprocess.run([PYTHON, "-c", LAZY_IMPORTS], capture_output=True, text=True, check=True).stdout.strip()
    row("heavy modules on the lint path", heavy, "none", heavy == "none")
    fluff = sqlfluff_seconds(files)
    if fluff is None:
        row("sqlfluff lint (RF06)", "not installed", "")
    else:
        row("sqlfluff lint (RF06), same files", f"{fluff:.2f} s")
        row("speed-up over sqlfluff", f"{fluff / lint:.1f}x", ">= 15x", fluff / lint >= 15)
    start, total = (
        float(x)
        for x in subprocess.run([PYTHON, "-c", SERVER_START], capture_output=True, text=True, check=True).stdout.split()
    )
    row("local server: start to ready", f"{start:.2f} s")
    row("local server: start and clean up", f"{total:.2f} s")
    verify = median_wall([PYTHON, "-m", "zsgate", "verify", "--format", "json"])
    row("verify, cold process, end to end", f"{verify:.2f} s", "< 5 s", verify < 5.0)
    replay = wall([PYTHON, "-m", "zsgate", "replay", CORPUS])  # once: Flyway's migrate of the whole history
    row("replay corpus as a history (Flyway 3.2.1's migrate)", f"{replay:.2f} s")
    console.print(table)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
