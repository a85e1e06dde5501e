"""Write, or check, every generated file: upgrades, rollbacks and the facts the linter reads."""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData

from zsgate.compare.schema import Difference
from zsgate.files import write_atomically
from zsgate.generate.diff import plan_changes, release_steps
from zsgate.generate.plan import plan_release, upgrade_releases
from zsgate.generate.released import (
    RECORD,
    ReleaseError,
    Versions,
    baseline_definitions,
    read_record,
    record_text,
)
from zsgate.generate.render_changes import history_header, render_release, tagged_header
from zsgate.history.flyway import read_history, version_key
from zsgate.history.helpers import HELPERS
from zsgate.schema.base import mysql_type
from zsgate.schema.invariants import require
from zsgate.schema.releases import as_of, release_key

MIGRATIONS = "migrations"
FACTS = "model-facts.json"


class ProjectError(Exception):
    """A pyproject.toml on the way up that cannot be read, so the project's folder is unknown."""


def project_migrations(start: Path | None = None) -> Path:
    """The project's generated files: ``migrations/`` beside the nearest pyproject.toml with a ``[tool.zsgate]``
    table at or above ``start`` (the working directory), else ``start``'s own ``migrations/``."""
    start = (start or Path.cwd()).resolve()
    for directory in [start, *start.parents]:
        pyproject = directory / "pyproject.toml"
        if not pyproject.is_file():
            continue
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ProjectError(f"{pyproject}: {error}") from None
        if "zsgate" in data.get("tool", {}):
            return directory / MIGRATIONS
    return start / MIGRATIONS


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    """One file as the models say it must read."""

    name: str
    text: str


@dataclass(frozen=True, slots=True)
class PendingRelease:
    """Model changes the tags cannot tell: found by comparing the models with the released history built on a
    server (:func:`zsgate.checks.replay.released.released_differences` over ``history``, then
    :func:`release_from_history`)."""

    release: str | None
    """The release they go into; None when the newest release is locked and none was named."""
    metadata: MetaData
    """The models as of that release."""
    recorded: dict[str, str]
    history: list[tuple[str, str | Path]]
    """The released versioned files before the release: a name and its text, or the locked file itself."""
    source: str
    """The released history in words, for the generated files' header."""
    hint: str
    """What to pass when ``release`` is None."""
    written: tuple[Path, ...] = ()
    """The release's files in the folder now (it is not locked): those generation no longer gives go."""


@dataclass(frozen=True, slots=True)
class Project:
    """What generation writes in the project's folder without a server, and what needs one."""

    files: list[GeneratedFile]
    pending: PendingRelease | None
    """None when every model change is an addition tagged with its release (``since(...)``)."""


def project_files(metadata: MetaData, directory: Path, release: str | None = None, rebaseline: bool = False) -> Project:
    """The project's generation: the models against what ``directory`` released.

    While every change is a tagged addition, the tag planner writes each release not locked, as it always has,
    and no server is needed. A change it cannot tell (an edited released table, a rename, a drop) is pending:
    it goes into ``release``, by default the one under development (the newest not locked). A locked release's
    files are never in the result. ValueError, ReleaseError, PlanError, LockError and HistoryError name what is
    wrong."""
    require(metadata)
    if release is not None:
        release_key(release)  # dotted numbers, or ValueError
    tagged = upgrade_releases(metadata)
    versions = Versions.of(tagged, directory)
    definitions = baseline_definitions(metadata)
    recorded = definitions if rebaseline else read_record(directory) or definitions
    planned = {name: _planned(metadata, name) for name in tagged}
    tagged_keys = {version_key(name) for name in tagged}
    untagged_written = [path for key, path in versions.written.items() if key not in tagged_keys]
    edited_released = [
        name
        for name in tagged
        if versions.is_locked(name)
        and (path := versions.written.get(version_key(name))) is not None
        and path.read_text(encoding="utf-8") != planned[name][0].text
    ]
    shared = [GeneratedFile(FACTS, model_facts(metadata)), GeneratedFile(RECORD, record_text(recorded))]
    if recorded == definitions and not untagged_written and not edited_released:
        if release is not None and release not in tagged:
            return Project([], None)  # nothing the models add belongs to it
        names = [release] if release else tagged
        files = [file for name in names if not versions.is_locked(name) for file in planned[name]]
        return Project(files if release else [*files, *shared], None)
    chosen = versions.under_development(release)
    rest = [
        file for name in tagged if not versions.is_locked(name) and name != chosen for file in planned.get(name, [])
    ]
    pending = _pending(metadata, directory, versions, chosen, recorded, planned)
    return Project([*rest, *shared], pending)


def released_history(metadata: MetaData, directory: Path, release: str) -> PendingRelease | None:
    """What ``release`` (written in ``directory``) upgrades, when the tag planner did not write it: the recorded
    baseline and the versioned files before it. None when the tag planner wrote it: it then upgrades the
    models as of the release before."""
    tagged = upgrade_releases(metadata)
    versions = Versions.of(tagged, directory)
    written = versions.written.get(version_key(release))
    if written is None:
        return None
    planned = {name: _planned(metadata, name) for name in tagged}
    if release in planned and written.read_text(encoding="utf-8") == planned[release][0].text:
        return None
    recorded = read_record(directory) or baseline_definitions(metadata)
    return _pending(metadata, directory, versions, release, recorded, planned)


def _pending(
    metadata: MetaData,
    directory: Path,
    versions: Versions,
    release: str | None,
    recorded: dict[str, str],
    planned: dict[str, list[GeneratedFile]],
) -> PendingRelease:
    before = [name for name in versions.names() if release is None or version_key(name) < version_key(release)]
    return PendingRelease(
        release,
        _as_of(metadata, release, list(planned)),
        recorded,
        [_released(name, versions, planned) for name in before],
        f"the released history (baseline{''.join(', ' + name for name in before)})",
        versions.next_hint() if versions.names() else "--release X",
        _written(directory, versions, release),
    )


def generated_files(metadata: MetaData, release: str | None = None) -> list[GeneratedFile]:
    """Every file the tag planner gives (or only ``release``'s), after checking the invariants."""
    require(metadata)
    known = upgrade_releases(metadata)
    if release is not None and release not in known:
        raise ValueError(f"no release {release!r} in the models; they introduce: {', '.join(known)}")
    files = [file for name in ([release] if release else known) for file in _planned(metadata, name)]
    return files if release else [*files, GeneratedFile(FACTS, model_facts(metadata))]


def _planned(metadata: MetaData, release: str) -> list[GeneratedFile]:
    plan = plan_release(metadata, release)
    upgrade, rollback = render_release(release_steps(plan), frozenset(HELPERS), tagged_header(plan))
    return [GeneratedFile(f"V{release}__schema.sql", upgrade), GeneratedFile(f"U{release}__schema.sql", rollback)]


def _released(name: str, versions: Versions, planned: dict[str, list[GeneratedFile]]) -> tuple[str, str | Path]:
    """A release before the one generated, as the released history holds it: a locked (or untagged) one as its
    file is, an unlocked tagged one as the tag planner writes it."""
    path = versions.written.get(version_key(name))
    if name in planned and not versions.is_locked(name):
        return planned[name][0].name, planned[name][0].text
    if path is None:
        raise ReleaseError(f"release {name} is locked in {versions.lock}, but no V{name}__*.sql file is there")
    return path.name, path


def _written(directory: Path, versions: Versions, release: str | None) -> tuple[Path, ...]:
    if release is None:
        return ()
    upgrade = versions.written.get(version_key(release))
    rollback = directory / f"U{release}__schema.sql"
    return tuple(path for path in (upgrade, rollback) if path is not None and path.is_file())


def _as_of(metadata: MetaData, release: str | None, tagged: list[str]) -> MetaData:
    """The models as of ``release``: without what a later release adds (with the metadata's own declarations)."""
    if release is None or all(version_key(name) <= version_key(release) for name in tagged):
        return metadata
    present = as_of(metadata, release)
    present.info.update(metadata.info)
    return present


def model_facts(metadata: MetaData) -> str:
    """Column facts of every model as JSON, so the linter knows tables without importing SQLAlchemy."""
    tables = {
        table.name: {
            column.name: {"type": mysql_type(column.type), "nullable": bool(column.nullable)}
            for column in table.columns
        }
        for table in sorted(metadata.tables.values(), key=lambda table: table.name)
    }
    return json.dumps({"generated_by": "zsgate generate", "tables": tables}, indent=2) + "\n"


def write(files: list[GeneratedFile], directory: Path) -> list[Path]:
    """Write each file atomically; returns the paths that changed."""
    changed = []
    for file in files:
        path = directory / file.name
        if not path.exists() or path.read_text(encoding="utf-8") != file.text:
            write_atomically(path, file.text)
            changed.append(path)
    return changed


def drift(files: list[GeneratedFile], directory: Path) -> str:
    """A unified diff from the committed files to what the models give; empty when equal."""
    chunks: list[str] = []
    for file in files:
        path = directory / file.name
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        if committed != file.text:
            chunks += difflib.unified_diff(
                committed.splitlines(keepends=True),
                file.text.splitlines(keepends=True),
                fromfile=f"{path} (committed{'' if path.exists() else ', missing'})",
                tofile=f"{path} (from the models)",
            )
    return "".join(chunks)


def release_from_history(
    found: list[Difference], metadata: MetaData, release: str, history: Path, source: str | None = None
) -> list[GeneratedFile]:
    """``release``'s upgrade and rollback: what takes the schema ``history`` leaves (``found``, the comparison)
    to the models (``source`` names that history in the files' header). Empty when they agree. Which release
    may be written is :func:`zsgate.history.lock.release_to_generate`'s to say, or, for the project's own
    migrations, :mod:`zsgate.generate.released`'s."""
    operations = plan_changes(found, metadata)
    if not operations:
        return []
    header = history_header(release, source or history.name or str(history), operations)
    upgrade, rollback = render_release(operations, defined_helpers(history), header)
    return [GeneratedFile(f"V{release}__schema.sql", upgrade), GeneratedFile(f"U{release}__schema.sql", rollback)]


def defined_helpers(history: Path) -> frozenset[str]:
    """The catalogue's helpers the history's beforeMigrate.sql defines: only those are called."""
    before = read_history(history).callbacks.get("beforeMigrate")
    if before is None:
        return frozenset()
    text = before.read_text(encoding="utf-8", errors="replace")
    defined = re.findall(r"CREATE\s+PROCEDURE\s+`?(\w+)`?", text, re.IGNORECASE)
    return frozenset(name.upper() for name in defined) & frozenset(HELPERS)
