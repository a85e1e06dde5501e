"""How each target server carries out each kind of table change: algorithm, lock, rebuild.

One table per server behaviour, one row per operation, each with where it comes from; which table a
target follows, and the manual it is read from, is the target's ``online_ddl`` (``zsgate/servers``). Pure
data: lint reads it too, so this module imports only the standard library and ``zsgate.servers``.

MySQL's rows follow "Online DDL Operations" of each manual (the tables of index, primary key, column,
generated column, foreign key and table operations). ``mysql`` is 8.0 and 8.4's table (for 8.0 the series'
newest releases: instant DROP COLUMN and ADD COLUMN at any position since 8.0.29, instant RENAME COLUMN
since 8.0.28; on older 8.0 servers those fall back to INPLACE with a rebuild). ``mysql-9.7``: the 9.7
manual (read at 9.5, the same table); measured on 9.7.4: widening VARCHAR(128) to 255 is INPLACE/LOCK=NONE,
INT to BIGINT COPY/LOCK=SHARED.
MySQL has no NOCOPY: an INPLACE operation that "rebuilds the table" still copies rows into a new
tablespace, but lets concurrent DML run. COPY takes LOCK=SHARED at best (reads, no writes).

MariaDB's rows follow its pages, and all but the catch-alls (CHANGE_COLUMN, NO_CHANGE, OTHER) are proven on 10.11.19 and
11.8.9 (which takes every case as 10.11 does, so ``mariadb-11.8`` follows this table too) by
tests/impact/test_on_server.py (ALGORITHM=/LOCK= clauses, cheapest first):
- https://mariadb.com/kb/en/innodb-online-ddl-overview/ (COPY < INPLACE < NOCOPY < INSTANT)
- https://mariadb.com/kb/en/innodb-online-ddl-operations-with-the-instant-alter-algorithm/
- https://mariadb.com/kb/en/innodb-online-ddl-operations-with-the-nocopy-alter-algorithm/
- https://mariadb.com/kb/en/innodb-online-ddl-operations-with-the-inplace-alter-algorithm/
- https://mariadb.com/resources/blog/alter-table-improvements-in-mariadb-server-10-4/ (instant VARCHAR
  extension across 255 bytes, instant utf8mb3 to utf8mb4)
MariaDB's NOCOPY is reported as ``inplace`` without a rebuild, its INPLACE as ``inplace`` with one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from zsgate import servers

TARGETS: tuple[str, ...] = tuple(known.name for known in servers.TARGETS if known.online_ddl is not None)
"""The targets impact predicts for."""


class Algorithm(StrEnum):
    """How the server changes the table, cheapest first."""

    INSTANT = "instant"
    INPLACE = "inplace"
    COPY = "copy"

    @property
    def rank(self) -> int:
        return list(Algorithm).index(self)


class Lock(StrEnum):
    """What other sessions may do meanwhile, least blocking first."""

    NONE = "none"
    SHARED = "shared"
    EXCLUSIVE = "exclusive"

    @property
    def rank(self) -> int:
        return list(Lock).index(self)


@dataclass(frozen=True, slots=True)
class Impact:
    """What one change costs on one server."""

    algorithm: Algorithm
    lock: Lock
    rebuild: bool

    def __or__(self, other: Impact) -> Impact:
        """The cost of both in one statement: the worse algorithm and lock, a rebuild if either rebuilds."""
        return Impact(
            max(self.algorithm, other.algorithm, key=lambda a: a.rank),
            max(self.lock, other.lock, key=lambda lock: lock.rank),
            self.rebuild or other.rebuild,
        )

    @property
    def severity(self) -> tuple[int, int, bool]:
        """Orders costs: by algorithm (instant < inplace < copy), then lock, then rebuild."""
        return (self.algorithm.rank, self.lock.rank, self.rebuild)

    @property
    def blocking(self) -> bool:
        """Copies the table or keeps other sessions from writing while it runs."""
        return self.algorithm is Algorithm.COPY or self.lock is not Lock.NONE

    def as_dict(self) -> dict[str, str | bool]:
        return {"algorithm": self.algorithm.value, "lock": self.lock.value, "rebuild": self.rebuild}


class Operation(StrEnum):
    """A kind of change to an existing table, as the servers' online-DDL tables tell them apart."""

    ADD_COLUMN = "add-column"
    ADD_VIRTUAL_COLUMN = "add-virtual-column"
    ADD_STORED_COLUMN = "add-stored-column"
    DROP_COLUMN = "drop-column"
    RENAME_COLUMN = "rename-column"
    REORDER_COLUMN = "reorder-column"
    SET_DEFAULT = "set-default"
    DROP_DEFAULT = "drop-default"
    WIDEN_VARCHAR = "widen-varchar"
    """Longer VARCHAR whose length prefix stays 1 byte (<= 255 bytes) or stays 2 bytes."""
    WIDEN_VARCHAR_PREFIX = "widen-varchar-prefix"
    """Longer VARCHAR crossing 255 bytes: the length prefix grows from 1 to 2 bytes."""
    CHANGE_TYPE = "change-type"
    NARROW_TYPE = "narrow-type"
    """A shorter VARCHAR/CHAR or a smaller integer: values may not fit."""
    CHANGE_COLUMN = "change-column"
    """A column redefined whose earlier definition is unknown: assumed to change its type."""
    CHANGE_CHARSET = "change-charset"
    WIDEN_CHARSET = "widen-charset"
    """A column's character set from utf8mb3 (``utf8``) to utf8mb4, its superset."""
    WIDEN_INDEXED_CHARSET = "widen-indexed-charset"
    """The same, on a column an index or the primary key holds: the index is rebuilt too."""
    CHANGE_COLLATION = "change-collation"
    """A column's collation, its character set the same."""
    CHANGE_INDEXED_COLLATION = "change-indexed-collation"
    """The same, on a column an index or the primary key holds: the index orders by it."""
    MAKE_NULLABLE = "make-nullable"
    MAKE_NOT_NULL = "make-not-null"
    ENUM_APPEND = "enum-append"
    ENUM_CHANGE = "enum-change"
    """ENUM members reordered, inserted before the end, or removed."""
    ADD_INDEX = "add-index"
    ADD_UNIQUE = "add-unique"
    ADD_FULLTEXT = "add-fulltext"
    """The table's first FULLTEXT index: InnoDB adds its hidden FTS_DOC_ID column."""
    ADD_ANOTHER_FULLTEXT = "add-another-fulltext"
    DROP_INDEX = "drop-index"
    RENAME_INDEX = "rename-index"
    ADD_PRIMARY_KEY = "add-primary-key"
    DROP_PRIMARY_KEY = "drop-primary-key"
    CHANGE_PRIMARY_KEY = "change-primary-key"
    ADD_FOREIGN_KEY = "add-foreign-key"
    """With foreign_key_checks on: every row is checked against the parent."""
    ADD_FOREIGN_KEY_UNCHECKED = "add-foreign-key-unchecked"
    """With foreign_key_checks off (ZStack's beforeMigrate.sql): no row is read."""
    DROP_FOREIGN_KEY = "drop-foreign-key"
    REBUILD_TABLE = "rebuild-table"
    """ENGINE=InnoDB on an InnoDB table, or FORCE."""
    CONVERT_CHARSET = "convert-charset"
    RENAME_TABLE = "rename-table"
    NO_CHANGE = "no-change"
    OTHER = "other"
    """An ALTER zsgate cannot read: assumed to copy."""


INSTANT = Impact(Algorithm.INSTANT, Lock.NONE, rebuild=False)
NOCOPY = Impact(Algorithm.INPLACE, Lock.NONE, rebuild=False)
INPLACE_REBUILD = Impact(Algorithm.INPLACE, Lock.NONE, rebuild=True)
INPLACE_SHARED = Impact(Algorithm.INPLACE, Lock.SHARED, rebuild=False)
INPLACE_SHARED_REBUILD = Impact(Algorithm.INPLACE, Lock.SHARED, rebuild=True)
COPY = Impact(Algorithm.COPY, Lock.SHARED, rebuild=True)

Op = Operation
MYSQL: dict[Operation, Impact] = {
    Op.ADD_COLUMN: INSTANT,  # column operations: "Adding a column" (INSTANT default since 8.0.12)
    Op.ADD_VIRTUAL_COLUMN: INSTANT,  # generated column operations: "Adding a VIRTUAL column"
    Op.ADD_STORED_COLUMN: COPY,  # "Adding a STORED column": In Place No
    Op.DROP_COLUMN: INSTANT,  # "Dropping a column": Instant Yes* (8.0.29+)
    Op.RENAME_COLUMN: INSTANT,  # "Renaming a column": Instant Yes* (8.0.28+)
    Op.REORDER_COLUMN: INPLACE_REBUILD,  # "Reordering columns": In Place, Rebuilds Table
    Op.SET_DEFAULT: INSTANT,
    Op.DROP_DEFAULT: INSTANT,
    Op.WIDEN_VARCHAR: NOCOPY,  # "Extending VARCHAR column size": In Place, no rebuild, same length bytes
    Op.WIDEN_VARCHAR_PREFIX: COPY,  # "...from less than 256 bytes to 256 bytes or more ... requires a table copy"
    Op.CHANGE_TYPE: COPY,  # "Changing the column data type": only ALGORITHM=COPY
    Op.NARROW_TYPE: COPY,  # "Decreasing VARCHAR size using in-place ALTER TABLE is not supported"
    Op.CHANGE_COLUMN: COPY,
    Op.CHANGE_CHARSET: COPY,  # a column's character set is part of its data type
    Op.WIDEN_CHARSET: COPY,
    Op.WIDEN_INDEXED_CHARSET: COPY,
    Op.CHANGE_COLLATION: COPY,  # the collation is part of the data type too
    Op.CHANGE_INDEXED_COLLATION: COPY,
    Op.MAKE_NULLABLE: INPLACE_REBUILD,  # "Making a column NULL"
    Op.MAKE_NOT_NULL: INPLACE_REBUILD,  # "Making a column NOT NULL" (strict SQL mode)
    Op.ENUM_APPEND: INSTANT,  # "Modifying the definition of an ENUM or SET column": members at the end
    Op.ENUM_CHANGE: COPY,  # "...members in the middle, or removing ... requires a table copy"
    Op.ADD_INDEX: NOCOPY,  # index operations: "Creating or adding a secondary index"
    Op.ADD_UNIQUE: NOCOPY,  # a secondary index too; the server checks uniqueness while building it
    Op.ADD_FULLTEXT: INPLACE_SHARED_REBUILD,  # "Adding a FULLTEXT index": first one rebuilds, no DML
    Op.ADD_ANOTHER_FULLTEXT: INPLACE_SHARED,
    Op.DROP_INDEX: NOCOPY,  # "Dropping an index": only modifies metadata
    Op.RENAME_INDEX: NOCOPY,  # "Renaming an index"
    Op.ADD_PRIMARY_KEY: INPLACE_REBUILD,  # primary key operations: "Adding a primary key"
    Op.DROP_PRIMARY_KEY: COPY,  # "Dropping a primary key": only ALGORITHM=COPY
    Op.CHANGE_PRIMARY_KEY: INPLACE_REBUILD,  # "Dropping a primary key and adding another"
    Op.ADD_FOREIGN_KEY: COPY,  # foreign key operations: INPLACE "only when foreign_key_checks is disabled"
    Op.ADD_FOREIGN_KEY_UNCHECKED: NOCOPY,
    Op.DROP_FOREIGN_KEY: NOCOPY,  # "Dropping a foreign key constraint"
    Op.REBUILD_TABLE: INPLACE_REBUILD,  # table operations: "Rebuilding a table with the FORCE option"
    Op.CONVERT_CHARSET: COPY,  # "Converting a character set": In Place No
    Op.RENAME_TABLE: INSTANT,  # "Renaming a table": only modifies metadata
    Op.NO_CHANGE: INSTANT,
    Op.OTHER: COPY,
}

MARIADB_10_11: dict[Operation, Impact] = {
    Op.ADD_COLUMN: INSTANT,  # INSTANT page: ADD COLUMN, any position since 10.4 (MDEV-11369, MDEV-15562)
    Op.ADD_VIRTUAL_COLUMN: INSTANT,
    Op.ADD_STORED_COLUMN: COPY,  # INPLACE page: adding a STORED generated column is not supported in place
    Op.DROP_COLUMN: INSTANT,  # INSTANT page: DROP COLUMN since 10.4 (MDEV-15562)
    Op.RENAME_COLUMN: INSTANT,  # INSTANT page: CHANGE COLUMN renaming only
    Op.REORDER_COLUMN: INSTANT,  # INSTANT page: reordering since 10.4 (MDEV-15562)
    Op.SET_DEFAULT: INSTANT,
    Op.DROP_DEFAULT: INSTANT,
    Op.WIDEN_VARCHAR: INSTANT,  # INSTANT page: increasing the length of a VARCHAR (MDEV-15563)
    Op.WIDEN_VARCHAR_PREFIX: INSTANT,  # 10.4 lifted the 255-byte limit (blog below); measured on 10.11.19
    Op.CHANGE_TYPE: COPY,  # INPLACE page: "Changing the Data Type of a Column" is not supported in place
    Op.NARROW_TYPE: COPY,
    Op.CHANGE_COLUMN: COPY,
    Op.CHANGE_CHARSET: COPY,
    Op.WIDEN_CHARSET: INSTANT,  # 10.4 blog: "instant conversions ... from utf8mb3 to generic UTF-8"; indexed too
    Op.WIDEN_INDEXED_CHARSET: INSTANT,
    Op.CHANGE_COLLATION: INSTANT,  # measured on 10.11.19 and 11.8.9
    Op.CHANGE_INDEXED_COLLATION: NOCOPY,  # measured: the index is rebuilt, the table not
    Op.MAKE_NULLABLE: INPLACE_REBUILD,  # instant only with ROW_FORMAT=REDUNDANT (MDEV-15563)
    Op.MAKE_NOT_NULL: INPLACE_REBUILD,  # INPLACE page: NULL -> NOT NULL rebuilds
    Op.ENUM_APPEND: INSTANT,  # INSTANT page: adding a new ENUM option at the end
    Op.ENUM_CHANGE: COPY,
    Op.ADD_INDEX: NOCOPY,  # NOCOPY page: ADD INDEX
    Op.ADD_UNIQUE: NOCOPY,
    Op.ADD_FULLTEXT: INPLACE_SHARED_REBUILD,  # INPLACE page: the first FULLTEXT index adds FTS_DOC_ID
    Op.ADD_ANOTHER_FULLTEXT: INPLACE_SHARED,
    Op.DROP_INDEX: NOCOPY,  # NOCOPY page: DROP INDEX
    Op.RENAME_INDEX: INSTANT,  # INSTANT page: RENAME INDEX
    Op.ADD_PRIMARY_KEY: INPLACE_REBUILD,  # INPLACE page: ADD PRIMARY KEY
    Op.DROP_PRIMARY_KEY: COPY,  # INPLACE page: DROP PRIMARY KEY alone is not supported in place
    Op.CHANGE_PRIMARY_KEY: INPLACE_REBUILD,
    Op.ADD_FOREIGN_KEY: COPY,  # INPLACE page: in place only "when foreign_key_checks is disabled"
    Op.ADD_FOREIGN_KEY_UNCHECKED: INSTANT,  # INSTANT page: ADD FOREIGN KEY with foreign_key_checks=OFF
    Op.DROP_FOREIGN_KEY: INSTANT,  # INSTANT page: DROP FOREIGN KEY
    Op.REBUILD_TABLE: INPLACE_REBUILD,  # INPLACE page: ALTER TABLE ... FORCE / ENGINE=InnoDB
    Op.CONVERT_CHARSET: COPY,
    Op.RENAME_TABLE: INSTANT,  # INSTANT page: ALTER TABLE ... RENAME TO
    Op.NO_CHANGE: INSTANT,
    Op.OTHER: COPY,
}

MYSQL_9_7: dict[Operation, Impact] = {
    **MYSQL,
    # Measured on 9.7.4 (tests/impact/test_on_server.py): utf8mb3 to utf8mb4, or another collation, on a
    # column that no index holds is accepted INPLACE with LOCK=NONE; on an indexed one it copies. Kept at
    # the manual's COPY for 8.0 and 8.4, which cannot be run here to tell.
    Op.WIDEN_CHARSET: INPLACE_REBUILD,
    Op.CHANGE_COLLATION: INPLACE_REBUILD,
}

TABLES: dict[str, dict[Operation, Impact]] = {
    "mysql": MYSQL,
    "mysql-9.7": MYSQL_9_7,
    "mariadb-10.11": MARIADB_10_11,
}
"""Each table by the name a target's ``online_ddl`` gives it."""


def impact(target: str, operation: Operation) -> Impact:
    """What ``operation`` costs on ``target`` (one of ``TARGETS``)."""
    online_ddl = servers.target(target).online_ddl
    if online_ddl is None:
        raise ValueError(f"impact does not predict for {target}; choose one of {', '.join(TARGETS)}")
    return TABLES[online_ddl.table][operation]
