"""Servers spell one schema differently; the fingerprint reads MariaDB's and MySQL 8's rows as one.

The MariaDB rows were recorded from 10.11 after the 5.5.28 upgrade; the MySQL 8.0 rows are the same
table as MySQL 8.0 reports it (bare defaults, ``DEFAULT_GENERATED`` in EXTRA, no integer widths).
"""

from __future__ import annotations

import pytest

from zsgate.compare import families
from zsgate.compare.fingerprint import from_rows

TABLE = "AiHostModelCachePolicyVO"


def columns(rows: list[tuple[str, str, str, str | None, str, str | None]]) -> list[dict[str, object]]:
    keys = ("COLUMN_NAME", "COLUMN_TYPE", "IS_NULLABLE", "COLUMN_DEFAULT", "EXTRA", "CHARACTER_SET_NAME")
    return [{"TABLE_NAME": TABLE, **dict(zip(keys, row, strict=True))} for row in rows]


MARIADB = columns(
    [
        ("uuid", "varchar(32)", "NO", None, "", "utf8mb3"),
        ("enabled", "tinyint(1)", "YES", "NULL", "", None),
        ("maxSizeBytes", "bigint(20)", "YES", "NULL", "", None),
        ("highWatermarkPercent", "int(11)", "YES", "NULL", "", None),
        ("createDate", "timestamp", "NO", "'2000-01-01 00:00:00'", "", None),
        ("lastOpDate", "timestamp", "YES", "current_timestamp()", "on update current_timestamp()", None),
    ]
)
MYSQL_8 = columns(
    [
        ("uuid", "varchar(32)", "NO", None, "", "utf8mb3"),
        ("enabled", "tinyint(1)", "YES", None, "", None),
        ("maxSizeBytes", "bigint", "YES", None, "", None),
        ("highWatermarkPercent", "int", "YES", None, "", None),
        ("createDate", "timestamp", "NO", "2000-01-01 00:00:00", "", None),
        ("lastOpDate", "timestamp", "YES", "CURRENT_TIMESTAMP", "DEFAULT_GENERATED on update CURRENT_TIMESTAMP", None),
    ]
)
INDEXES = [
    {"TABLE_NAME": TABLE, "INDEX_NAME": "PRIMARY", "NON_UNIQUE": 0, "COLUMN_NAME": "uuid", "SUB_PART": None},
    {"TABLE_NAME": TABLE, "INDEX_NAME": "ukHostRoot", "NON_UNIQUE": 0, "COLUMN_NAME": "hostUuid", "SUB_PART": None},
    {"TABLE_NAME": TABLE, "INDEX_NAME": "ukHostRoot", "NON_UNIQUE": 0, "COLUMN_NAME": "sourceRoot", "SUB_PART": 255},
]
FOREIGN_KEYS = [
    {
        "TABLE_NAME": TABLE,
        "CONSTRAINT_NAME": "fkHostEO",
        "COLUMN_NAME": "hostUuid",
        "REFERENCED_TABLE_NAME": "HostEO",
        "REFERENCED_COLUMN_NAME": "uuid",
        "DELETE_RULE": "CASCADE",
    },
]


def fingerprint(column_rows: list[dict[str, object]], charset: str) -> dict:
    tables = [{"TABLE_NAME": TABLE, "ENGINE": "InnoDB", "CHARSET": charset}]
    return from_rows(tables, column_rows, INDEXES, FOREIGN_KEYS)


def test_mariadb_and_mysql_8_rows_give_one_fingerprint() -> None:
    assert fingerprint(MARIADB, "utf8mb3") == fingerprint(MYSQL_8, "utf8mb3")


def test_the_fingerprint_reads_as_the_models_say() -> None:
    table = fingerprint(MYSQL_8, "utf8")[TABLE]
    assert table["charset"] == "utf8mb3" and table["engine"] == "innodb"
    assert table["columns"]["lastOpDate"] == {
        "type": "timestamp",
        "nullable": True,
        "default": "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
        "charset": None,
        "collation": None,
        "auto_increment": False,
    }
    assert table["columns"]["createDate"]["default"] == "2000-01-01 00:00:00"
    assert table["columns"]["enabled"]["type"] == "tinyint(1)"
    assert table["indexes"]["ukHostRoot"] == {"unique": True, "columns": [["hostUuid", None], ["sourceRoot", 255]]}


@pytest.mark.parametrize(
    ("spelled", "extra", "expected"),
    [
        (
            "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
            "",
            "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
        ),  # models
        ("current_timestamp()", "on update current_timestamp()", "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
        (
            "CURRENT_TIMESTAMP",
            "DEFAULT_GENERATED on update CURRENT_TIMESTAMP",
            "CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
        ),
        ("CURRENT_TIMESTAMP", "DEFAULT_GENERATED", "CURRENT_TIMESTAMP"),
        ("'0'", "", "0"),
        ("0", "", "0"),
        ("NULL", "", None),
        (None, "", None),
    ],
)
def test_defaults_normalize_per_family(spelled: str | None, extra: str, expected: str | None) -> None:
    assert families.default(spelled, extra) == expected


@pytest.mark.parametrize(
    ("spelled", "expected"),
    [
        ("bigint(20)", "bigint"),
        ("int(11)", "int"),
        ("INTEGER", "int"),
        ("tinyint(1)", "tinyint(1)"),
        ("varchar(32)", "varchar(32)"),
    ],
)
def test_types_normalize_per_family(spelled: str, expected: str) -> None:
    assert families.column_type(spelled) == expected


def test_a_column_has_a_collation_only_where_its_table_has_another() -> None:
    """MySQL 5.7's ``utf8_bin`` is MariaDB 10.6's and MySQL 8's ``utf8mb3_bin``; a column that follows its table
    has none (the charset's default collation differs between servers), one that does not keeps its own."""
    tables = [{"TABLE_NAME": TABLE, "ENGINE": "InnoDB", "CHARSET": "utf8", "TABLE_COLLATION": "utf8_general_ci"}]
    listed = columns(
        [("uuid", "varchar(32)", "NO", None, "", "utf8mb3"), ("name", "varchar(255)", "YES", None, "", "utf8mb3")]
    )
    collations = ("utf8mb3_general_ci", "utf8_bin")
    rows = [{**row, "COLLATION_NAME": name} for row, name in zip(listed, collations, strict=True)]
    table = from_rows(tables, rows, [], [])[TABLE]
    assert table["collation"] == "utf8mb3_general_ci"
    assert [column["collation"] for column in table["columns"].values()] == [None, "utf8mb3_bin"]
