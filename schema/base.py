"""The declarative base, the column shapes ZStack tables share, and how MySQL spells a column's type."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from sqlalchemy import BigInteger, Integer, MetaData, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.dialects.mysql import MEDIUMTEXT, TIMESTAMP, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from zsgate.history.flyway import SCHEMA as SCHEMA  # models stay unqualified; the renderer names it
from zsgate.schema.releases import BASELINE, since

MYSQL = mysql.dialect()
"""SQLAlchemy's MySQL dialect, the one a model's types are spelled in."""


def mysql_type(type_: TypeEngine[Any]) -> str:
    """``type_`` as MySQL spells it in DDL: ``VARCHAR(32)``, ``TINYINT(1)``."""
    return type_.compile(dialect=MYSQL)


TABLE_OPTIONS = {"mysql_engine": "InnoDB", "mysql_default_charset": "utf8"}
"""Engine and charset of every ZStack table; the charset must match HostEO's for foreign keys."""

BASELINE_TABLE = {**TABLE_OPTIONS, "info": since(BASELINE)}
"""Table arguments of a table that exists before the first generated release."""

Uuid = Annotated[str, mapped_column(String(32))]
Name256 = Annotated[str, mapped_column(String(256))]
Path512 = Annotated[str, mapped_column(String(512))]
Name32 = Annotated[str, mapped_column(String(32))]
Name64 = Annotated[str, mapped_column(String(64))]
Name255 = Annotated[str, mapped_column(String(255))]
Path1024 = Annotated[str, mapped_column(String(1024))]
Path2048 = Annotated[str, mapped_column(String(2048))]
Bytes = Annotated[int, mapped_column(BigInteger)]
Int = Annotated[int, mapped_column(Integer)]
Flag = Annotated[bool, mapped_column(TINYINT(1))]
LongText = Annotated[str, mapped_column(MEDIUMTEXT)]
Timestamp = Annotated[datetime, mapped_column(TIMESTAMP)]


class Base(DeclarativeBase):
    """Declarative base of every ZStack model zsgate knows."""

    metadata = MetaData()


metadata = Base.metadata
"""Every model's tables (and the views and triggers attached to it)."""

LAST = 1000
"""``sort_order`` that puts the audit timestamps after a table's own columns."""


class Timestamps:
    """The ``createDate`` / ``lastOpDate`` pair that ends every new ZStack table."""

    createDate: Mapped[datetime] = mapped_column(
        TIMESTAMP, server_default=text("'2000-01-01 00:00:00'"), sort_order=LAST
    )
    lastOpDate: Mapped[datetime | None] = mapped_column(
        TIMESTAMP,
        server_default=text("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"),
        sort_order=LAST,
    )
