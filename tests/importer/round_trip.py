"""The round trip: a history replayed, and its import given to plain SQLAlchemy `create_all` on an empty database
of the same server, compared through the server's own information_schema."""

from __future__ import annotations

import importlib
import sys
import uuid
from pathlib import Path

import pymysql
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from tests.importer.information_schema import Snapshot, snapshot
from zsgate.checks.replay.run import replayed
from zsgate.engines import SCHEMA


def load_package(folder: Path) -> object:
    """The package at `folder`, imported under a name of its own (as a user's project would import it)."""
    name = f"imported_{uuid.uuid4().hex[:8]}"
    link = folder.parent / name
    link.symlink_to(folder.resolve(), target_is_directory=True)
    sys.path.insert(0, str(folder.parent))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(folder.parent))


def round_trip(history: Path, package: Path, engine: str, driver: str = "mysql+pymysql") -> tuple[Snapshot, Snapshot]:
    """information_schema of `history` replayed on `engine`, and of the package at `package` created with
    `metadata.create_all` through a `driver` URL in another database of the same server."""
    models = load_package(package)
    with replayed(engine, history) as (report, server):
        assert report.ok, [file.error for file in report.files if file.error] or report.refused
        admin = create_engine(server.url, poolclass=NullPool)
        with admin.begin() as connection:
            connection.exec_driver_sql("CREATE DATABASE `roundtrip`")
        admin.dispose()
        target = create_engine(server.url.set(drivername=driver, database="roundtrip"), poolclass=NullPool)
        models.metadata.create_all(target)  # type: ignore[attr-defined]
        target.dispose()
        url = server.url
        connection = pymysql.connect(
            host=url.host or "localhost",
            port=url.port or 3306,
            user=url.username,
            password=url.password or "",
            unix_socket=url.query.get("unix_socket"),  # type: ignore[arg-type]
        )
        try:
            return snapshot(connection, SCHEMA), snapshot(connection, "roundtrip")
        finally:
            connection.close()
