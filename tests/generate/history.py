"""A small hand-written conf/db history and plain SQLAlchemy models of what it leaves, for the history tests."""

from __future__ import annotations

from pathlib import Path

# ZStack's style: the first file makes the tables, later ones widen a column and add to them.
HISTORY = {
    "V0.6__schema.sql": """CREATE TABLE `HostEO` (
    `uuid` varchar(32) NOT NULL,
    `name` varchar(255) NOT NULL,
    `state` varchar(32) DEFAULT NULL,
    `cpuNum` int(10) unsigned DEFAULT 0,
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
    "V1.0__schema.sql": """ALTER TABLE `HostEO` MODIFY `name` varchar(512) NOT NULL;
ALTER TABLE `HostEO` ADD COLUMN `code` varchar(32) COLLATE utf8mb3_bin DEFAULT NULL;
CREATE INDEX `idxHostEOCpuNum` ON `HostEO` (`cpuNum`);
CREATE TABLE `ClusterVO` (
    `uuid` varchar(32) NOT NULL,
    `name` varchar(255) DEFAULT NULL,
    `hypervisor` enum('KVM','ESX') DEFAULT 'KVM',
    `enabled` tinyint(1) NOT NULL DEFAULT 1,
    PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE `HostEventVO` (
    `id` bigint unsigned NOT NULL AUTO_INCREMENT,
    `hostUuid` varchar(32) NOT NULL,
    `kind` varchar(32) NOT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
""",
}

MODELS = """from sqlalchemy import Boolean, Column, Enum, ForeignKey, Index, Integer, MetaData, String, Table, Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.dialects.mysql import BIGINT as UNSIGNED_BIGINT

metadata = MetaData()
Table(
    "HostEO",
    metadata,
    Column("uuid", String(32), primary_key=True),
    Column("name", String(512), nullable=False),
    Column("state", String(32)),
    Column("cpuNum", INTEGER(unsigned=True), server_default="0"),
    Column("code", String(32, collation="utf8mb3_bin")),
    Index("idxHostEOCpuNum", "cpuNum"),
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
Table(
    "ClusterVO",
    metadata,
    Column("uuid", String(32), primary_key=True),
    Column("name", String(255)),
    Column("hypervisor", Enum("KVM", "ESX"), server_default="KVM"),
    Column("enabled", Boolean, nullable=False, server_default="1"),
    mysql_engine="InnoDB",
    mysql_default_charset="utf8",
)
Table(
    "HostEventVO",
    metadata,
    Column("id", UNSIGNED_BIGINT(unsigned=True), primary_key=True, autoincrement=True),
    Column("hostUuid", String(32), nullable=False),
    Column("kind", String(32), nullable=False),
    mysql_engine="InnoDB",
    mysql_default_charset="utf8",
)
"""

SEED = [
    "INSERT INTO `HostEO` (`uuid`, `name`, `state`, `cpuNum`, `code`)"
    " VALUES ('h1', 'host one', NULL, 4, 'Rack-A'), ('h2', 'host two', 'Enabled', 8, NULL)",
    "INSERT INTO `VmVO` (`uuid`, `hostUuid`, `description`) VALUES ('v1', 'h1', 'first vm'), ('v2', 'h2', NULL)",
    "INSERT INTO `ClusterVO` (`uuid`, `name`) VALUES ('c1', 'cluster one')",
    "INSERT INTO `HostEventVO` (`hostUuid`, `kind`) VALUES ('h1', 'added'), ('h1', 'started')",
]
"""Rows of the released schema, some holding NULL where a model change makes the column NOT NULL."""


def write_history(root: Path, files: dict[str, str] = HISTORY) -> Path:
    """A conf/db tree: `V0.6__schema.sql` at the top, the rest in upgrade/."""
    (root / "upgrade").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name if name.startswith("V0.6") else root / "upgrade" / name).write_text(text, encoding="utf-8")
    return root


def models_text(*replacements: tuple[str, str]) -> str:
    """`MODELS` with each (old, new) replaced once (each must be there)."""
    text = MODELS
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def write_models(path: Path, *replacements: tuple[str, str]) -> Path:
    path.write_text(models_text(*replacements), encoding="utf-8")
    return path
