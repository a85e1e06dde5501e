"""Schema docs as Markdown pages: ``index.md``, ``tables/<table>.md`` (each table with its picture) and
``views/<view>.md``."""

from __future__ import annotations

import hashlib
import re

from zsgate.checks.report.release_markdown import cell, code, diagram_lines, table
from zsgate.checks.review.docs import SchemaDocs, TableDoc, ViewDoc
from zsgate.checks.review.release import column_sql, index_sql

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def page_name(table_name: str) -> str:
    """The page's file name: the table's name, or, when it holds characters a file name should not, those as
    ``_`` and a digest of the name (``a|b`` and ``a b`` get a page each)."""
    safe = _UNSAFE.sub("_", table_name)
    if safe != table_name or safe.startswith("."):
        safe += "-" + hashlib.sha256(table_name.encode()).hexdigest()[:6]
    return safe + ".md"


def docs_pages(docs: SchemaDocs) -> dict[str, str]:
    """Relative path -> Markdown of every page."""
    pages = {f"tables/{page_name(doc.table.name)}": _table_page(doc) for doc in docs.tables}
    pages |= {f"views/{page_name(doc.view.name)}": _view_page(doc, docs) for doc in docs.views}
    pages["index.md"] = _index(docs)
    return pages


def _link(name: str, prefix: str = "") -> str:
    """A link to a page; the name as link text, with what would end or break it escaped."""
    text = cell(name).replace("[", "\\[").replace("]", "\\]")
    return f"[{text}]({prefix}{page_name(name)})"


def _read_link(name: str, docs: SchemaDocs, up: str) -> str:
    """A link to what a view reads: a view's page or a table's."""
    is_view = any(doc.view.name == name for doc in docs.views)
    return _link(name, f"{up}{'views' if is_view else 'tables'}/")


def _index(docs: SchemaDocs) -> str:
    lines = [f"# Schema: {len(docs.tables)} tables", "", f"Read from {cell(docs.source)}.", ""]
    rows = [
        (
            _link(doc.table.name, "tables/"),
            len(doc.table.columns),
            len(doc.table.indexes),
            len(doc.table.foreign_keys),
            len(doc.referencing),
            doc.added,
        )
        for doc in docs.tables
    ]
    lines += table(["table", "columns", "indexes", "foreign keys out", "foreign keys in", "added in"], rows)
    if docs.views:
        lines += ["", f"## Views: {len(docs.views)}", ""]
        rows = [
            (_link(doc.view.name, "views/"), ", ".join(_read_link(t, docs, "") for t in doc.view.reads), doc.added)
            for doc in docs.views
        ]
        lines += table(["view", "reads", "definition as of"], rows)
    return "\n".join(lines) + "\n"


def _view_page(doc: ViewDoc, docs: SchemaDocs) -> str:
    added = f" Definition as of {cell(doc.added)}." if doc.added else ""
    reads = ", ".join(_read_link(name, docs, "../") for name in doc.view.reads) or "no table"
    fence = "`" * max(3, _longest_backtick_run(doc.view.definition) + 1)
    lines = [f"# View {cell(doc.view.name)}", "", f"[All tables and views](../index.md).{added}", ""]
    if not doc.view.definition:
        lines += ["Its SELECT could not be read: what it reads is not known."]
    else:
        lines += [f"Reads {reads}.", "", fence + "sql", doc.view.definition, fence]
    return "\n".join(lines) + "\n"


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def _table_page(doc: TableDoc) -> str:
    t = doc.table
    added = f" Added in {cell(doc.added)}." if doc.added else ""
    options = ", ".join(f"{k} {v}" for k, v in (("ENGINE", t.engine), ("CHARSET", t.charset)) if v)
    lines = [f"# {cell(t.name)}", "", f"[All tables](../index.md).{added} {options}".rstrip(), ""]
    lines += diagram_lines(doc.diagram)
    primary = {c.lower() for c in t.primary_key}
    lines += ["", "## Columns", ""]
    lines += table(
        ["column", "type", "key", "added in"],
        [
            (code(c.name), column_sql(c), "PK" if key in primary else "", doc.parts.get(key, ""))
            for key, c in t.columns.items()
        ],
    )
    if t.primary_key:
        lines += ["", f"Primary key: ({', '.join(t.primary_key)})."]
    if t.indexes:
        lines += ["", "## Indexes", ""]
        rows = [(code(i.name), index_sql(i), doc.parts.get(key, "")) for key, i in t.indexes.items()]
        lines += table(["index", "columns", "added in"], rows)
    if t.foreign_keys:
        lines += ["", "## Foreign keys out", ""]
        rows = [
            (
                code(fk.name),
                ", ".join(fk.columns),
                f"{_link(fk.references)} ({', '.join(fk.referenced)})",
                fk.on_delete or "RESTRICT",
                doc.parts.get(key, ""),
            )
            for key, fk in t.foreign_keys.items()
        ]
        lines += table(["foreign key", "columns", "references", "on delete", "added in"], rows)
    if doc.referencing:
        lines += ["", "## Foreign keys in", ""]
        rows = [
            (_link(owner), code(fk.name), ", ".join(fk.columns), fk.on_delete or "RESTRICT")
            for owner, fk in doc.referencing
        ]
        lines += table(["table", "foreign key", "columns", "on delete"], rows)
    if doc.views:
        lines += ["", "## Views over it", ""]
        lines += [f"- {_link(view.name, '../views/')}" for view in doc.views]
    if doc.triggers:
        lines += ["", "## Triggers", ""]
        lines += table(["trigger", "when"], [(code(t.name), f"{t.timing} {t.event}") for t in doc.triggers])
    return "\n".join(lines) + "\n"
