"""A small hand-written conf/db history and plain SQLAlchemy models of what it leaves, for the history tests."""

from __future__ import annotations

from pathlib import Path

# ZStack's style: the first file makes the tables, a later one widens a column.
HISTORY = {
    "V0.6__schema.sql": """CREATE TABLE `HostEO` (
    `uuid` varchar(32) NOT NULL,
    `name` varchar(255) NOT NULL,
    `state` varchar(32) DEFAULT NULL,
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE `VmVO` (
    `uuid` varchar(32) NOT NULL,
    `hostUuid` varchar(32) DEFAULT NULL,
    `description` varchar(2048) DEFAULT NULL,
    PRIMARY KEY (`uuid`),
    CONSTRAINT `fkVmVOHostEO` FOREIGN KEY (`hostUuid`) REFERENCES `HostEO` (`uuid`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
""",
    "V1.0__schema.sql": "ALTER TABLE `HostEO` MODIFY `name` varchar(512) NOT NULL;\n",
}

MODELS = """from sqlalchemy import Column, ForeignKey, MetaData, String, Table

metadata = MetaData()
Table(
    "HostEO",
    metadata,
    Column("uuid", String(32), primary_key=True),
    Column("name", String(512), nullable=False),
    Column("state", String(32)),
    mysql_engine="InnoDB",
    mysql_default_charset="utf8",
)
Table(
    "VmVO",
    metadata,
    Column("uuid", String(32), primary_key=True),
    Column("hostUuid", String(32), ForeignKey("HostEO.uuid", name="fkVmVOHostEO", ondelete="SET NULL")),
    Column("description", String(2048)),
    mysql_engine="InnoDB",
    mysql_default_charset="utf8",
)
"""


def write_history(root: Path, files: dict[str, str] = HISTORY) -> Path:
    """A conf/db tree: `V0.6__schema.sql` at the top, the rest in upgrade/."""
    (root / "upgrade").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name if name.startswith("V0.6") else root / "upgrade" / name).write_text(text, encoding="utf-8")
    return root


def write_models(path: Path, *replacements: tuple[str, str]) -> Path:
    """`MODELS` with each (old, new) replaced once (each must be there)."""
    text = MODELS
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path
