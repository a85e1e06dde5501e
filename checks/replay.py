"""Replay a ZStack schema history (``conf/db``) on a fresh server, file by file, as Flyway would.

The order is Flyway's for a new database: the baseline ``V0.6__schema.sql``, the ``beforeValidate``
and ``beforeMigrate`` callbacks, then ``upgrade/V<version>__schema.sql`` by version (numerically, so
V5.2.10 follows V5.2.9). Statements go through the linter's splitter, so a replay that passes shows
the splitter cuts real files exactly where the ``mysql`` client does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from zsgate.checks.verify.apply import ApplyError, apply, connect, load
from zsgate.schema.releases import release_key

from zsgate.engines import SCHEMA, open_server
from zsgate.sql.limits import DEFAULT_LIMITS, SizeLimits

CALLBACKS = ("beforeValidate.sql", "beforeMigrate.sql")
VERSIONED = re.compile(r"V(?P<version>\d+(?:\.\d+)*)__.*\.sql")


@dataclass(frozen=True)
class ReplayedFile:
    """One file of the history: how many statements ran, how long it took, and the error if any."""

    path: str
    statements: int
    seconds: float
    error: str | None = None


@dataclass
class ReplayReport:
    """What a replay did on one server."""

    engine: str
    server_version: str
    files: list[ReplayedFile] = field(default_factory=list)
    tables: int = 0

    @property
    def ok(self) -> bool:
        return all(file.error is None for file in self.files)

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "engine": self.engine,
            "server_version": self.server_version,
            "tables": self.tables,
            "files": [
                {"path": f.path, "statements": f.statements, "seconds": round(f.seconds, 3), "error": f.error}
                for f in self.files
            ],
        }


def history(directory: Path) -> list[Path]:
    """The files of a ``conf/db`` folder in the order Flyway applies them to a new database."""
    upgrades = directory / "upgrade"
    baseline = sorted(path for path in directory.glob("V*__schema.sql") if VERSIONED.fullmatch(path.name))
    callbacks = [upgrades / name for name in CALLBACKS if (upgrades / name).is_file()]
    versioned = [path for path in upgrades.glob("V*.sql") if VERSIONED.fullmatch(path.name)]
    return [*baseline[:1], *callbacks, *sorted(versioned, key=_version)]


def _version(path: Path) -> tuple[int, ...]:
    match = VERSIONED.fullmatch(path.name)
    assert match is not None
    return release_key(match.group("version"))


def replay(
    engine: str,
    files: list[Path],
    on_file: Callable[[ReplayedFile], None] = lambda file: None,
    limits: SizeLimits = DEFAULT_LIMITS,
) -> ReplayReport:
    """Apply ``files`` in order on a fresh server from ``engine``; stop at the first error."""
    loaded = [load(path, limits) for path in files]  # every file is read before a server starts
    with open_server(engine) as server, connect(server) as connection:  # the server's own session defaults
        report = ReplayReport(server.description, server.version)
        for sql in loaded:
            started = time.perf_counter()
            try:
                apply(connection, sql)
                error = None
            except ApplyError as failure:
                error = str(failure)
            replayed = ReplayedFile(sql.path, len(sql.statements), time.perf_counter() - started, error)
            report.files.append(replayed)
            on_file(replayed)
            if error:
                break
        report.tables = connection.execute(
            text("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = :schema"), {"schema": SCHEMA}
        ).scalar_one()
        return report
