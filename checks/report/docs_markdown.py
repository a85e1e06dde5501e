"""Schema docs as Markdown pages: ``index.md`` and ``tables/<table>.md``, each table with its picture."""

from __future__ import annotations

import re

from zsgate.checks.report.release_markdown import cell, diagram_lines, table
from zsgate.checks.review.docs import SchemaDocs, TableDoc
from zsgate.checks.review.release import column_sql, index_sql

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def page_name(table_name: str) -> str:
    """The page's file name: the table's name, characters a file name should not hold as ``_``."""
    return _UNSAFE.sub("_", table_name) + ".md"


def docs_pages(docs: SchemaDocs) -> dict[str, str]:
    """Relative path -> Markdown of every page."""
    pages = {f"tables/{page_name(doc.table.name)}": _table_page(doc) for doc in docs.tables}
    pages["index.md"] = _index(docs)
    return pages


def _link(name: str, prefix: str = "") -> str:
    return f"[{name}]({prefix}{page_name(name)})"


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
    return "\n".join(lines) + "\n"


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
            (f"`{c.name}`", column_sql(c), "PK" if key in primary else "", doc.parts.get(key, ""))
            for key, c in t.columns.items()
        ],
    )
    if t.primary_key:
        lines += ["", f"Primary key: ({', '.join(t.primary_key)})."]
    if t.indexes:
        lines += ["", "## Indexes", ""]
        rows = [(f"`{i.name}`", index_sql(i), doc.parts.get(key, "")) for key, i in t.indexes.items()]
        lines += table(["index", "columns", "added in"], rows)
    if t.foreign_keys:
        lines += ["", "## Foreign keys out", ""]
        rows = [
            (
                f"`{fk.name}`",
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
            (_link(owner), f"`{fk.name}`", ", ".join(fk.columns), fk.on_delete or "RESTRICT")
            for owner, fk in doc.referencing
        ]
        lines += table(["table", "foreign key", "columns", "on delete"], rows)
    return "\n".join(lines) + "\n"
