"""Alembic environment: ``alembic -c migrations/alembic.ini check`` tells whether a live database
(``ZSGATE_DATABASE_URL``) matches the models, with the comparison options ``zsgate verify`` uses."""

from __future__ import annotations

import os
from typing import Any

from alembic import context
from sqlalchemy import Connection, Table, create_engine, event, text
from sqlalchemy.pool import NullPool

from zsgate.compare.fingerprint import fingerprint
from zsgate.compare.schema import alembic_options
from zsgate.engines.dsn import parse_url
from zsgate.schema import metadata

URL_ENV = "ZSGATE_DATABASE_URL"


def comments_from_the_server(connection: Connection) -> None:
    """Reflect every column's comment as information_schema has it: SQLAlchemy's reading of SHOW CREATE TABLE
    loses the comment of a column whose default is ``NULL ON UPDATE current_timestamp()`` (ZStack's
    ``lastOpDate`` in 28 tables), and Alembic would then report the models' comment as a change."""
    rows = connection.execute(
        text(
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_COMMENT FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE()"
        )
    )
    comments = {(table, column): comment or None for table, column, comment in rows}

    @event.listens_for(Table, "column_reflect")
    def _comment(inspector: Any, table: Table, column: dict[str, Any]) -> None:
        column["comment"] = comments.get((table.name, column["name"]), column.get("comment"))


def run_online() -> None:
    text = os.environ.get(URL_ENV)
    if not text:
        raise SystemExit(f"set {URL_ENV} to the database to compare, e.g. mysql://root@127.0.0.1/zstack")
    try:  # zsgate's one reading of a server URL: `mysql://`, a password in the query, never shown
        url = parse_url(text)
    except ValueError as error:
        raise SystemExit(f"{URL_ENV}: {error}") from None
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        live = fingerprint(connection, connection.dialect.default_schema_name)
        comments_from_the_server(connection)
        context.configure(connection=connection, target_metadata=metadata, **alembic_options(live))
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("zsgate's Alembic environment compares live databases only; it has no offline mode")
run_online()
