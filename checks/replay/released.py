"""The released schema: what a conf/db history leaves on a real server, compared with the models.

The history is replayed as ``zsgate replay`` does, on a throwaway server of ``engine``; the server's own
schema is then read and compared (:func:`zsgate.compare.schema.differences`), after the tables the models
say were renamed are renamed there. Generation and ``generate
--check --history`` take the result as data: they never see a server.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from sqlalchemy import Connection, MetaData, create_engine
from sqlalchemy.pool import NullPool

from zsgate.checks.replay.run import migrate_database
from zsgate.compare.fingerprint import Fingerprint, fingerprint
from zsgate.compare.schema import Aspect, Difference, differences
from zsgate.engines import EngineSpec, open_server
from zsgate.generate.declared import renamed_from
from zsgate.history import metadata_table
from zsgate.history.flyway import HistoryError, read_history
from zsgate.sql.quoting import identifier


def released_differences(
    engine: EngineSpec | str, directory: Path, metadata: MetaData, versions: Collection[str] | None = None
) -> list[Difference]:
    """Every difference between ``metadata`` and what the history ``directory`` leaves (its files of
    ``versions`` only, when given); HistoryError names the file that does not read or apply."""
    if not read_history(directory).migrations:
        raise HistoryError(f"{directory}: no V<version>__*.sql files (expected ZStack's conf/db folder)")
    with open_server(engine) as server:
        report = migrate_database(server.zstack_url, directory, versions=versions)
        failed = [f"{file.path}: {file.error}" for file in report.files if file.error]
        failed += [f"{item.script}: {item.detail}" for item in report.refused]
        if failed:
            raise HistoryError(f"the history does not replay: {failed[0]}")
        connection_engine = create_engine(server.zstack_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        try:
            with connection_engine.connect() as connection:
                renamed = _renamed_tables(connection, metadata, fingerprint(connection))
                live = fingerprint(connection)
                live.pop(metadata_table.TABLE, None)  # Flyway's, not the schema's
                return renamed + differences(connection, metadata, live)
        finally:
            connection_engine.dispose()


def _renamed_tables(connection: Connection, metadata: MetaData, live: Fingerprint) -> list[Difference]:
    """Each table the models say had another name, renamed on the throwaway server first, so the comparison
    sees what else changed in it; one difference per rename."""
    renamed = []
    for table in metadata.sorted_tables:
        old = renamed_from(table)
        if old and old in live and table.name not in live:
            connection.exec_driver_sql(f"RENAME TABLE {identifier(old)} TO {identifier(table.name)}")
            renamed.append(
                Difference(
                    Aspect.TABLE_NAME,
                    table.name,
                    None,
                    f"named {table.name}",
                    f"named {old}",
                    model=table,
                    released=old,
                )
            )
    return renamed
