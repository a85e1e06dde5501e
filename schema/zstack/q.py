"""Tables named Q...: QuartzJdbcJobVO, QuotaVO."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, String, text
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import Base, Uuid
from zsgate.schema.ddl import table_options
from zsgate.schema.releases import BASELINE


class QuartzJdbcJobVO(Base):
    __tablename__ = "QuartzJdbcJobVO"
    __table_args__ = (
        Index("uuid", "uuid", unique=True),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    groupName: Mapped[str] = mapped_column(String(255))
    managementNodeId: Mapped[str | None] = mapped_column(String(128))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())


class QuotaVO(Base):
    __tablename__ = "QuotaVO"
    __table_args__ = (
        Index("idxIdentityUuid", "identityUuid"),
        table_options(engine="InnoDB", charset="utf8mb3", release=BASELINE),
    )

    name: Mapped[str] = mapped_column(String(255))
    identityUuid: Mapped[Uuid | None]
    identityType: Mapped[str] = mapped_column(String(255))
    value: Mapped[int | None] = mapped_column(mysql.BIGINT(), server_default=text("0"))
    lastOpDate: Mapped[dt.datetime | None] = mapped_column(
        mysql.TIMESTAMP(),
        server_default=text("NULL ON UPDATE CURRENT_TIMESTAMP"),
    )
    createDate: Mapped[dt.datetime | None] = mapped_column(mysql.TIMESTAMP())
    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
