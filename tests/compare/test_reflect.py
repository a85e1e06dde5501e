"""`reflect` reads a live schema into the one table model, every field as the machine's MariaDB reports it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy
from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from zsgate.compare.reflect import ReflectedSchema, reflect, spelled_type

TABLE = """
CREATE TABLE T (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  padded int(10) unsigned zerofill,
  ratio float(7,4) unsigned,
  price decimal(10,2) unsigned DEFAULT 0.00,
  state enum('a','it''s') NOT NULL DEFAULT 'a' COMMENT 'the state',
  at timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  doubled int GENERATED ALWAYS AS (padded * 2) VIRTUAL,
  PRIMARY KEY (id)
) ENGINE=InnoDB COMMENT='a table' PARTITION BY HASH (id) PARTITIONS 2
"""
VIEW = "CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW V AS SELECT id, state FROM T WITH CASCADED CHECK OPTION"
TRIGGERS = (
    "CREATE TRIGGER first BEFORE INSERT ON T FOR EACH ROW SET NEW.price = 1",
    "CREATE TRIGGER second BEFORE INSERT ON T FOR EACH ROW FOLLOWS first SET NEW.price = NEW.price + 1",
)


@pytest.fixture(scope="module")
def scratch(running_server_url: str) -> Iterator[tuple[Connection, str]]:
    """A connection to the machine's server and a scratch database holding TABLE, VIEW and TRIGGERS."""
    database = f"zsgate_reflect_{uuid.uuid4().hex[:8]}"
    engine = sqlalchemy.create_engine(make_url(running_server_url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE `{database}`")
            try:
                connection.exec_driver_sql(f"USE `{database}`")
                for statement in (TABLE, VIEW, *TRIGGERS):
                    connection.exec_driver_sql(statement)
                yield connection, database
            finally:
                connection.exec_driver_sql(f"DROP DATABASE `{database}`")
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def reflected(scratch: tuple[Connection, str]) -> ReflectedSchema:
    return reflect(*scratch)


def column_types(connection: Connection, database: str, table: str) -> dict[str, str]:
    """Column -> COLUMN_TYPE, read with plain SQL."""
    found = connection.exec_driver_sql(
        "SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s",
        (database, table),
    )
    return dict(found.all())


def test_columns_read_as_the_server_spells_them(reflected: ReflectedSchema) -> None:
    columns = reflected.tables[0].columns
    assert (columns["id"].type, columns["id"].arguments, columns["id"].auto_increment) == ("UBIGINT", ("20",), True)
    assert (columns["padded"].type, columns["padded"].zerofill) == ("UINT", True)
    assert (columns["ratio"].type, columns["ratio"].arguments) == ("UFLOAT", ("7", "4"))
    assert columns["state"].members == ("a", "it's")
    assert (columns["state"].default, columns["state"].comment) == ("'a'", "the state")  # MariaDB quotes literals
    assert (columns["at"].default, columns["at"].on_update) == ("current_timestamp(6)", "current_timestamp(6)")
    assert (columns["doubled"].generated, columns["price"].generated) == ("VIRTUAL", None)


def test_type_sql_and_spelled_type_write_the_type_the_server_reported(
    reflected: ReflectedSchema, scratch: tuple[Connection, str]
) -> None:
    connection, database = scratch
    table = reflected.tables[0]
    definitions = ", ".join(f"`{column.name}` {column.type_sql}" for column in table.columns.values())
    connection.exec_driver_sql(f"CREATE TABLE Again ({definitions})")
    assert column_types(connection, database, "Again") == column_types(connection, database, "T")
    assert {column.name: spelled_type(column) for column in table.columns.values()} == column_types(
        connection, database, "T"
    )


def test_table_view_and_trigger_options(reflected: ReflectedSchema) -> None:
    table = reflected.tables[0]
    assert (table.comment, table.engine, table.partitioning) == ("a table", "InnoDB", "HASH (`id`) PARTITIONS 2")
    (view,) = reflected.views
    assert (view.reads, view.algorithm, view.security, view.check_option) == (("T",), "MERGE", "INVOKER", "CASCADED")
    assert [(t.name, t.order, t.statement) for t in reflected.triggers] == [
        ("first", 1, "SET NEW.price = 1"),
        ("second", 2, "SET NEW.price = NEW.price + 1"),
    ]
