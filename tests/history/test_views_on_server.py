"""The views and triggers history reads in ZStack's corpus are the ones the server holds after a replay of it:
the same names, over the same tables (read from the server's own information_schema)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.servers import pymysql_connect
from zsgate.checks.replay.run import migrate_database
from zsgate.engines import SCHEMA, open_server
from zsgate.history.apply import apply, starting_schema
from zsgate.history.changes import read_file
from zsgate.history.flyway import read_history
from zsgate.history.schema import Schema

READ_TABLE = re.compile(r"\b(?:from|join)\s+\(*`[^`]+`\.`([^`]+)`", re.IGNORECASE)
"""A table a view reads, in the server's own writing of its definition (``from `zstack`.`VmInstanceEO```)."""


def static_schema(history: Path) -> Schema:
    read = read_history(history)
    schema = starting_schema(None, "beforeMigrate" in read.callbacks)
    for path in read.files:
        for change in read_file(path) or []:
            apply(schema, change)
    return schema


def test_zstacks_views_and_triggers_are_the_servers(mariadb_binaries: None, corpus: Path) -> None:
    with open_server("local") as server:
        report = migrate_database(server.url.set(database=SCHEMA), corpus)
        assert report.ok, [file.error for file in report.files if file.error]
        connection = pymysql_connect(server.url, database=SCHEMA)
        try:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %s",
                    (SCHEMA,),
                )
                views = {name: tuple(sorted(set(READ_TABLE.findall(text)))) for name, text in cursor.fetchall()}
                cursor.execute(
                    "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION"
                    " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = %s",
                    (SCHEMA,),
                )
                triggers = set(cursor.fetchall())
        finally:
            connection.close()
    schema = static_schema(corpus)
    assert len(views) == 21 and views["VmInstanceVO"] == ("VmInstanceEO",)
    assert {name: view.reads for name, view in schema.views.items()} == views
    assert {(t.name, t.table, t.timing, t.event) for t in schema.triggers.values()} == triggers
