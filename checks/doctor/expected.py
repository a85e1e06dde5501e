"""The schema a history leaves at the versions a database ran: replayed on a throwaway server, read, and cached
on disk by the files' content and the engine, so a second look at the same database takes no server at all."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from zsgate import __version__
from zsgate.checks.doctor.readiness import Progress, no_progress
from zsgate.checks.doctor.snapshot import Snapshot, snapshot
from zsgate.checks.replay.run import ReplayedFile, migrate_database
from zsgate.engines import SCHEMA, EngineSpec, open_server
from zsgate.engines.execute import SqlFileError
from zsgate.files import cache_folder, write_atomically
from zsgate.history.flyway import History


class ExpectedUnavailable(Exception):
    """The history could not be replayed to those versions on the engine; the message says where it stopped."""


@dataclass(frozen=True, slots=True)
class Expected:
    """The expected schema, where it came from, and whether the cache had it."""

    snapshot: Snapshot
    server: str
    cached: bool


def cache_key(history: History, versions: Sequence[str], engine: EngineSpec) -> str:
    """What the replay depends on: zsgate, the engine, every callback's bytes and each replayed file's bytes."""
    digest = hashlib.sha256(f"{__version__}\n{engine}\n".encode())
    wanted = set(versions)
    paths = [*sorted(history.callbacks.values()), *(m.path for m in history.migrations if m.version in wanted)]
    for path in paths:
        digest.update(f"{path.name}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def expected_schema(
    engine: EngineSpec,
    directory: Path,
    history: History,
    versions: Sequence[str],
    statement_timeout: float,
    on_progress: Progress = no_progress,
) -> Expected:
    """The schema ``directory``'s files of ``versions`` leave, from the cache or replayed on ``engine``."""
    path = cache_folder("doctor") / f"{cache_key(history, versions, engine)}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Expected(Snapshot.from_dict(data["snapshot"]), data["server"], cached=True)
    except (OSError, ValueError, KeyError):
        pass  # none yet, or unreadable: made again
    on_progress(f"starting {engine} for the expected schema", 0, len(versions))
    replayed = 0

    def file_run(file: ReplayedFile) -> None:
        nonlocal replayed
        replayed += file.version is not None
        on_progress(f"replayed {Path(file.path).name} for the expected schema", replayed, len(versions))

    with open_server(engine) as server:
        try:
            report = migrate_database(
                server.zstack_url, directory, on_file=file_run, statement_timeout=statement_timeout, versions=versions
            )
        except (SqlFileError, ValueError) as error:  # a file too large to read, or one Flyway cannot record
            raise ExpectedUnavailable(f"the history cannot be replayed: {error}") from None
        stopped = next((file.error for file in report.files if file.error), None)
        if stopped or report.refused:
            reason = stopped or "; ".join(f"{item.kind}: {item.detail}" for item in report.refused)
            raise ExpectedUnavailable(f"the history did not replay on {server.description}: {reason}")
        connector = create_engine(server.url, poolclass=NullPool)
        try:
            with connector.connect() as connection:
                found = snapshot(connection, SCHEMA)
        finally:
            connector.dispose()
        description = server.description
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps({"server": description, "snapshot": found.as_dict()}))
    return Expected(found, description, cached=False)
