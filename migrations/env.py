"""Alembic environment: ``alembic -c migrations/alembic.ini check`` tells whether a live database
(``ZSGATE_DATABASE_URL``) matches the models, with the comparison options ``zsgate verify`` uses."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from zsgate.compare.fingerprint import fingerprint
from zsgate.compare.schema import alembic_options
from zsgate.schema import metadata


def run_online() -> None:
    url = os.environ.get("ZSGATE_DATABASE_URL")
    if not url:
        raise SystemExit(
            "set ZSGATE_DATABASE_URL to the database to compare, e.g. mysql+pymysql://root@127.0.0.1/zstack"
        )
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        live = fingerprint(connection, connection.dialect.default_schema_name)
        context.configure(connection=connection, target_metadata=metadata, **alembic_options(live))
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("zsgate's Alembic environment compares live databases only; it has no offline mode")
run_online()
