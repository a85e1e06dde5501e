"""``zsgate import``: a conf/db history as models.

history ─► replay on a throwaway server (checks/replay) ─► reflect (zsgate/compare/reflect.py) ─► Python source
(render.py) ─► a package written beside its place and renamed into it once whole.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from zsgate.checks.replay.run import OnFile, ReplayReport, replayed
from zsgate.compare.reflect import ReflectedSchema, reflect
from zsgate.engines import EngineSpec
from zsgate.files import write_folder_atomically
from zsgate.history.flyway import read_history
from zsgate.importer.render import Provenance, render_package


class ImportRefused(Exception):
    """The history could not be imported: the message says where and why."""


@dataclass(frozen=True)
class ImportResult:
    out: Path
    schema: ReflectedSchema
    files: dict[str, str]  # file name -> source
    provenance: Provenance

    @property
    def summary(self) -> str:
        """``618 tables, 21 views, 2 triggers of V5.2.1 in 28 files``."""
        counts = [(len(self.schema.tables), "table"), (len(self.schema.views), "view")]
        counts.append((len(self.schema.triggers), "trigger"))
        shown = ", ".join(f"{number} {noun}{'' if number == 1 else 's'}" for number, noun in counts)
        return f"{shown} of V{self.provenance.version} in {len(self.files)} files"


def import_history(
    directory: Path,
    out: Path,
    engine: EngineSpec | str,
    force: bool = False,
    on_file: OnFile = lambda file: None,
    baseline: bool = False,
) -> ImportResult:
    """Replay ``directory`` on a fresh server from ``engine``, read what it left and write it as a package at
    ``out``; with ``baseline``, as the project's baseline models (:func:`render_package`). An existing ``out`` is
    refused (before anything runs) unless ``force``; a history that does not replay is refused with its
    ``file:line`` and the server's message."""
    if not out.name.isidentifier():
        raise ImportRefused(f"{out}: a package's folder is named as Python names a module (e.g. zstack_models)")
    if out.exists() and not force:
        raise ImportRefused(f"{out} exists; --force replaces it")
    if not out.parent.is_dir():
        raise ImportRefused(f"{out.parent}: no such folder")
    provenance = _provenance(directory)
    with replayed(engine, directory, on_file=on_file) as (report, server):
        if not report.ok:
            raise ImportRefused(_why(report))
        connection_engine = create_engine(server.zstack_url, poolclass=NullPool)
        try:
            with connection_engine.connect() as connection:
                schema = reflect(connection)
        finally:
            connection_engine.dispose()
    provenance = replace(provenance, server=schema.server_version)
    files = render_package(schema, provenance, baseline)
    try:
        write_folder_atomically(out, files, replace=force)
    except FileExistsError:  # made while the history replayed
        raise ImportRefused(f"{out} exists; --force replaces it") from None
    return ImportResult(out, schema, files, provenance)


def _provenance(directory: Path) -> Provenance:
    history = read_history(directory)
    if not history.migrations:
        raise ImportRefused(f"{directory}: no V<version>__*.sql files (expected ZStack's conf/db folder)")
    digest = hashlib.sha256()
    for migration in history.migrations:
        digest.update(f"{migration.script}\0{migration.checksum}\n".encode())
    return Provenance(
        history="/".join(directory.resolve().parts[-2:]),
        version=max(history.migrations, key=lambda migration: migration.key).version,
        migrations=len(history.migrations),
        digest=digest.hexdigest(),
        server="",
    )


def _why(report: ReplayReport) -> str:
    failed = [file.error for file in report.files if file.error]
    if failed:
        return f"{failed[0]} (the history does not replay, so it cannot be imported)"
    refused = report.refused[0]
    return f"{refused.script or 'the history'}: {refused.detail}"
