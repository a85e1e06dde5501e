"""What a model says beyond its columns: table options and index prefixes for both MySQL dialects, and DDL that
SQLAlchemy's models cannot say, attached to a ``MetaData`` so that plain ``metadata.create_all`` runs it (views,
triggers, AUTO_INCREMENT outside the primary key). Imported models (``zsgate import``) are written with these."""

from __future__ import annotations

from sqlalchemy import DDL, MetaData, Table, event

from zsgate.schema.releases import since

DIALECTS = ("mysql", "mariadb")
"""SQLAlchemy reads a `mariadb://` URL's options only with the `mariadb_` prefix, a `mysql://` one's with `mysql_`."""


def table_options(
    engine: str,
    charset: str,
    collate: str | None = None,
    comment: str | None = None,
    partition_by: str | None = None,
    release: str | None = None,
) -> dict[str, object]:
    """A table's engine, charset, collation (where not the charset's default) and partitioning, for both dialects;
    with ``release``, the release that added the table (``info=since(release)``)."""
    options = {"engine": engine, "default_charset": charset, "collate": collate, "partition_by": partition_by}
    found: dict[str, object] = {
        f"{dialect}_{key}": value for key, value in options.items() if value for dialect in DIALECTS
    }
    if comment:
        found["comment"] = comment
    if release:
        found["info"] = since(release)
    return found


def prefix_lengths(lengths: dict[str, int]) -> dict[str, dict[str, int]]:
    """An index's prefix lengths per column, for both dialects."""
    return {f"{dialect}_length": lengths for dialect in DIALECTS}


def _ddl(statement: str) -> DDL:
    return DDL(statement.replace("%", "%%"))  # DDL formats its text with `%`


def view(metadata: MetaData, name: str, select: str, options: str = "") -> None:
    """Create the view ``name`` once every table of ``metadata`` exists (views in the order they are declared);
    drop it before them."""
    event.listen(metadata, "after_create", _ddl(f"CREATE {options}VIEW `{name}` AS {select}"))
    event.listen(metadata, "before_drop", _ddl(f"DROP VIEW IF EXISTS `{name}`"))


def trigger(metadata: MetaData, name: str, timing: str, table: str, body: str) -> None:
    """Create the trigger ``name`` (``timing``: "AFTER UPDATE" ...) on ``table`` once every table exists."""
    event.listen(metadata, "after_create", _ddl(f"CREATE TRIGGER `{name}` {timing} ON `{table}` FOR EACH ROW {body}"))


def after_table(table: Table, statement: str) -> None:
    """Run ``statement`` right after ``table`` is created (what a model cannot declare, e.g. AUTO_INCREMENT on a
    column outside the primary key)."""
    event.listen(table, "after_create", _ddl(statement))
