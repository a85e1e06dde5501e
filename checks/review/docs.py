"""``zsgate docs``: one page of facts per table, from the models or from a Flyway history.

Each table is documented with its columns, keys, indexes, foreign keys out and in, the views over it, its
triggers, the release that added each part, and a picture of its neighbourhood; each view with the tables it
reads and its definition. From a history, a part's release is the version of the file
that made it as it stands (a column changed later keeps the release that added it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from zsgate.checks.review.diagram import Diagram, neighbourhood
from zsgate.history import changes as made
from zsgate.history.apply import apply, starting_schema
from zsgate.history.flyway import HistoryError, read_history
from zsgate.history.schema import ForeignKey, Schema, Table, Trigger, View

Provenance = dict[str, dict[str, str]]
"""Table or view -> "" -> the release that added it (a view: that gave it its definition), and lower-case
column, index or foreign-key name -> the release that added that part."""


class DocsError(Exception):
    """The schema cannot be read: a history Flyway would refuse."""


@dataclass(frozen=True, slots=True)
class TableDoc:
    table: Table
    added: str
    """The release that added the table; "" when not known."""
    parts: dict[str, str]
    """Lower-case column, index or foreign-key name -> the release that added it."""
    referencing: tuple[tuple[str, ForeignKey], ...]
    """Foreign keys of other tables (and of itself) that reference this one, by table."""
    diagram: Diagram
    views: tuple[View, ...] = ()
    """The views that read it, by name."""
    triggers: tuple[Trigger, ...] = ()
    """Its triggers, by name."""


@dataclass(frozen=True, slots=True)
class ViewDoc:
    view: View
    added: str
    """The release that gave the view its definition; "" when not known."""


@dataclass(frozen=True, slots=True)
class SchemaDocs:
    source: str
    """Where the schema was read: the models, or a history's folder."""
    tables: tuple[TableDoc, ...]
    views: tuple[ViewDoc, ...] = ()


def schema_docs(source: str, schema: Schema, provenance: Provenance) -> SchemaDocs:
    """A page of facts for every table of ``schema``, in name order."""
    referencing: dict[str, list[tuple[str, ForeignKey]]] = {}
    for table in schema.tables.values():
        for fk in table.foreign_keys.values():
            referencing.setdefault(fk.references, []).append((table.name, fk))
    docs = [
        TableDoc(
            table,
            provenance.get(name, {}).get("", ""),
            _parts(table, provenance.get(name, {})),
            tuple(sorted(referencing.get(name, []), key=lambda item: (item[0].lower(), item[1].name.lower()))),
            neighbourhood(schema, [name]),
            tuple(schema.views_over(name)),
            tuple(sorted((t for t in schema.triggers.values() if t.table == name), key=lambda t: t.name)),
        )
        for name, table in sorted(schema.tables.items(), key=lambda item: item[0].lower())
    ]
    views = [
        ViewDoc(view, provenance.get(name, {}).get("", ""))
        for name, view in sorted(schema.views.items(), key=lambda item: item[0].lower())
    ]
    return SchemaDocs(source, tuple(docs), tuple(views))


def _parts(table: Table, releases: dict[str, str]) -> dict[str, str]:
    keys = [*table.columns, *table.indexes, *table.foreign_keys]
    return {key: releases[key] for key in keys if key in releases}


def history_schema(root: Path) -> tuple[Schema, Provenance]:
    """The schema a Flyway history (``conf/db``) leaves, read statically, and the version that added each
    part (a callback's parts are credited to the callback's name)."""
    try:
        history = read_history(root)
    except (HistoryError, OSError) as error:
        raise DocsError(f"{root}: {error}") from error
    if not history.migrations:
        raise DocsError(f"{root}: no V<version>__*.sql files (expected ZStack's conf/db folder)")
    versions = {migration.path: migration.version for migration in history.migrations}
    schema = starting_schema(None, "beforeMigrate" in history.callbacks)
    provenance: Provenance = {}
    for path in history.files:
        release = versions.get(path, path.stem)
        for change in made.read_file(path) or []:
            for done in apply(schema, change):
                _credit(done, release, provenance)
    return schema, provenance


def _credit(change: made.Change, release: str, provenance: Provenance) -> None:  # noqa: C901 - one branch per kind
    """Record what ``change`` adds as added by ``release``; move what it renames."""
    match change:
        case made.CreateTable(table=table):
            parts = [*table.columns, *table.indexes, *table.foreign_keys]
            provenance[table.name] = dict.fromkeys(["", *parts], release)
        case made.CreateTableLike(name=name):
            provenance[name] = {"": release}
        case made.RenameTable(old=old, new=new):
            provenance[new] = provenance.pop(old, {})
        case made.DropTables(names=names):
            for name in names:
                provenance.pop(name, None)
        case made.AddColumn(table=table, column=column):
            provenance.setdefault(table, {})[column.name.lower()] = release
        case made.ModifyColumn(table=table, old=old, column=column) if old.lower() != column.name.lower():
            _rename(provenance.setdefault(table, {}), old, column.name, release)
        case made.RenameColumn(table=table, old=old, new=new) | made.RenameIndex(table=table, old=old, new=new):
            _rename(provenance.setdefault(table, {}), old, new, release)
        case made.AddIndex(table=table, index=index):
            provenance.setdefault(table, {})[index.name.lower()] = release
        case made.AddForeignKey(table=table, foreign_key=fk) if fk.name:
            provenance.setdefault(table, {})[fk.name.lower()] = release
        case made.CreateView(view=view) | made.AlterView(view=view):
            provenance[view.name] = {"": release}
        case made.DropViews(names=names):
            for name in names:
                provenance.pop(name, None)


def _rename(releases: dict[str, str], old: str, new: str, release: str) -> None:
    releases[new.lower()] = releases.pop(old.lower(), release)


def model_docs() -> SchemaDocs:
    """Docs of the project's models, every release applied."""
    from zsgate.schema import metadata
    from zsgate.schema.as_history import model_provenance, model_schema

    return schema_docs("the models (zsgate.schema)", model_schema(metadata), model_provenance(metadata))


def history_docs(root: Path) -> SchemaDocs:
    """Docs of the schema a Flyway history leaves."""
    return schema_docs(str(root), *history_schema(root))
