"""An ER picture as Mermaid's ``erDiagram`` text: GitHub, GitLab and the HTML report draw it.

Each column shows its type, PK / FK / UK marks, NOT NULL and the unique keys it shares with other columns
(``unique with identityHash``); each foreign key is an edge whose ends say how
many rows meet (read from the key's nullability and whether its columns are unique) and whose label says
the columns and ON DELETE.
"""

from __future__ import annotations

import hashlib
import re

from zsgate.checks.review.diagram import Diagram, Edge, Entity

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TYPE_WORD = re.compile(r"[^A-Za-z0-9_]+")


def er_diagram(diagram: Diagram) -> str:
    """The ``erDiagram`` text of ``diagram`` (no fences)."""
    lines = ["erDiagram"]
    for entity in diagram.entities:
        lines += _entity(entity)
    lines += [_relationship(edge) for edge in diagram.edges]
    return "\n".join(lines) + "\n"


def entity_name(table: str) -> str:
    """The table's name as a Mermaid entity: itself when it is a plain word, else its words joined by ``_``
    and a digest of the name (``a|b`` and ``a b`` stay two entities)."""
    if _NAME.fullmatch(table):
        return table
    words = _TYPE_WORD.sub("_", table).strip("_")
    return f"t_{words}_{hashlib.sha256(table.encode()).hexdigest()[:6]}".replace("__", "_")


def _entity(entity: Entity) -> list[str]:
    table = entity.table
    primary = {c.lower() for c in table.primary_key}
    foreign = {c.lower() for fk in table.foreign_keys.values() for c in fk.columns}
    unique = {index.columns[0].lower() for index in table.indexes.values() if index.unique and len(index.columns) == 1}
    together = [index.columns for index in table.indexes.values() if index.unique and len(index.columns) > 1]
    lines = [f"    {entity_name(table.name)} {{"]
    for name in entity.columns:
        column = table.columns[name]
        marks = [mark for mark, keys in (("PK", primary), ("FK", foreign), ("UK", unique)) if name in keys]
        keys = f" {', '.join(marks)}" if marks else ""
        notes = ["NOT NULL"] if column.nullable is False and name not in primary else []
        notes += [
            "unique with " + ", ".join(c for c in columns if c.lower() != name)
            for columns in together
            if name in (c.lower() for c in columns)
        ]
        comment = f" {_quoted('; '.join(notes))}" if notes else ""
        lines.append(f"        {_type(column.type_sql)} {_attribute(column.name)}{keys}{comment}")
    lines.append("    }")
    return lines


def _type(type_sql: str) -> str:
    """A Mermaid attribute type: ``varchar(32)``; types with several or quoted arguments lose them
    (``decimal``, ``enum``), as Mermaid's words allow no comma, quote or space."""
    plain = type_sql.lower().replace(" unsigned", "_unsigned")
    if re.fullmatch(r"[a-z_]+(\(\d+\))?(_unsigned)?", plain):
        return plain
    return _TYPE_WORD.sub("_", plain.split("(")[0]).strip("_") or "unknown"


def _attribute(name: str) -> str:
    return name if _NAME.fullmatch(name) else _TYPE_WORD.sub("_", name).strip("_") or "column"


def _relationship(edge: Edge) -> str:
    """``Child }o--|| Parent : "hostUuid, ON DELETE CASCADE"``: the child's end says how many child rows
    meet one parent (zero or one for a unique key, zero or more otherwise), the parent's end whether a child
    row has a parent (exactly one, or zero or one when a key column may be NULL)."""
    fk = edge.foreign_key
    child = "|o" if edge.unique else "}o"
    parent = "o|" if edge.optional else "||"
    on_delete = fk.on_delete or "RESTRICT"
    label = _quoted(f"{', '.join(fk.columns)}: ON DELETE {on_delete}")
    return f"    {entity_name(edge.table)} {child}--{parent} {entity_name(fk.references)} : {label}"


def _quoted(text: str) -> str:
    """``text`` as a Mermaid string: in double quotes, which it may not hold, on one line."""
    return '"' + " ".join(text.replace('"', "'").split()) + '"'
