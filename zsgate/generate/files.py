"""Write, or check, every generated file: upgrades, rollbacks and the facts the linter reads."""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import MetaData
from sqlalchemy.schema import CreateIndex, CreateTable

from zsgate.compare.schema import Difference
from zsgate.files import write_atomically
from zsgate.generate.diff import plan_changes
from zsgate.generate.plan import plan_release, upgrade_releases
from zsgate.generate.render import render_rollback, render_upgrade
from zsgate.generate.render_changes import render_release
from zsgate.history.flyway import read_history, version_key
from zsgate.history.helpers import HELPERS
from zsgate.history.lock import find_lock, read_lock
from zsgate.schema.base import MYSQL, mysql_type
from zsgate.schema.invariants import require
from zsgate.schema.releases import BASELINE, as_of

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


def generated_files(metadata: MetaData, release: str | None = None) -> list[GeneratedFile]:
    """Every file the models give (or only ``release``'s), after checking the invariants."""
    require(metadata)
    known = upgrade_releases(metadata)
    if release is not None and release not in known:
        raise ValueError(f"no release {release!r} in the models; they introduce: {', '.join(known)}")
    files = []
    for name in [release] if release else known:
        plan = plan_release(metadata, name)
        files.append(GeneratedFile(f"V{name}__schema.sql", render_upgrade(plan)))
        files.append(GeneratedFile(f"U{name}__schema.sql", render_rollback(plan)))
    if release is None:
        files.append(GeneratedFile(FACTS, model_facts(metadata)))
    return files


def released_rewrites(files: list[GeneratedFile], directory: Path) -> list[str]:
    """Why each file that ``directory``'s flyway.lock holds as released would change: a released file is never
    rewritten, the change goes into a later release (``zsgate generate --history``)."""
    lock = find_lock(directory / FACTS)
    locked = read_lock(lock) if lock is not None and lock.is_file() else {}
    refused = []
    for file in files:
        path = directory / file.name
        version = re.fullmatch(r"[VU](\d+(?:\.\d+)*)__.*", file.name)
        released = version is not None and version_key(version[1]) in locked and path.is_file()
        if released and path.read_text(encoding="utf-8") != file.text:
            refused.append(
                f"{path}: release {file.name[1:].split('__')[0]} is locked in {lock}; the models' change to it "
                "would rewrite a released file: put it in a later release (zsgate generate --history DIR --release X)"
            )
    return refused


def model_facts(metadata: MetaData) -> str:
    """Column facts of every model as JSON, so the linter knows tables without importing SQLAlchemy; and under
    ``baseline`` a digest of each released (baseline) table's definition, which later runs hold the models to."""
    tables = {
        table.name: {
            column.name: {"type": mysql_type(column.type), "nullable": bool(column.nullable)}
            for column in table.columns
        }
        for table in sorted(metadata.tables.values(), key=lambda table: table.name)
    }
    facts = {"generated_by": "zsgate generate", "tables": tables, "baseline": _baseline_digests(metadata)}
    return json.dumps(facts, indent=2) + "\n"


def baseline_changes(metadata: MetaData, directory: Path) -> list[str]:
    """Each released (baseline) table whose definition in the models differs from the one the committed
    model-facts.json recorded, and how. The baseline is what customers already have: a change to it reaches
    no upgrade file unless it is made a release (``zsgate generate --history DIR --release X``)."""
    path = directory / FACTS
    try:
        committed = json.loads(path.read_text(encoding="utf-8"))
        recorded, columns = committed["baseline"], committed["tables"]
    except (OSError, ValueError, KeyError, TypeError):
        return []  # nothing recorded yet: this run records the baseline
    now = _baseline_digests(metadata)
    current = json.loads(model_facts(metadata))["tables"]
    changes = []
    for table in sorted(recorded.keys() | now.keys()):
        if recorded.get(table) == now.get(table):
            continue
        if table not in now:
            how = "it is gone from the models' baseline"
        elif table not in recorded:
            how = "it is new in the models' baseline (a new table belongs to a release: since(...))"
        else:
            before, after = columns.get(table, {}), current[table]
            moved = [
                f"{name}: {_fact(before.get(name))} -> {_fact(after.get(name))}"
                for name in sorted(before.keys() | after.keys())
                if before.get(name) != after.get(name)
            ]
            how = "; ".join(moved) or "its keys, indexes, defaults or options"
        changes.append(f"{table}: a released (baseline) table changed ({how})")
    return changes


def _fact(facts: dict[str, object] | None) -> str:
    if facts is None:
        return "absent"
    return f"{facts['type']}{'' if facts['nullable'] else ' NOT NULL'}"


def _baseline_digests(metadata: MetaData) -> dict[str, str]:
    """Per baseline table, the SHA-256 of its DDL as the baseline makes it (release-tagged parts left out)."""
    digests = {}
    for table in sorted(as_of(metadata, BASELINE).tables.values(), key=lambda table: table.name):
        ddl = [str(CreateTable(table).compile(dialect=MYSQL))]
        ddl += sorted(str(CreateIndex(index).compile(dialect=MYSQL)) for index in table.indexes)
        digests[table.name] = hashlib.sha256("\n".join(ddl).encode()).hexdigest()
    return digests


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
    found: list[Difference], metadata: MetaData, release: str, history: Path
) -> list[GeneratedFile]:
    """``release``'s upgrade and rollback: what takes the schema ``history`` leaves (``found``, the comparison)
    to the models. Empty when they agree. Which release may be written is
    :func:`zsgate.history.lock.release_to_generate`'s to say."""
    operations = plan_changes(found, metadata)
    if not operations:
        return []
    upgrade, rollback = render_release(release, operations, defined_helpers(history), history.name or str(history))
    return [GeneratedFile(f"V{release}__schema.sql", upgrade), GeneratedFile(f"U{release}__schema.sql", rollback)]


def defined_helpers(history: Path) -> frozenset[str]:
    """The catalogue's helpers the history's beforeMigrate.sql defines: only those are called."""
    before = read_history(history).callbacks.get("beforeMigrate")
    if before is None:
        return frozenset()
    text = before.read_text(encoding="utf-8", errors="replace")
    defined = re.findall(r"CREATE\s+PROCEDURE\s+`?(\w+)`?", text, re.IGNORECASE)
    return frozenset(name.upper() for name in defined) & frozenset(HELPERS)
