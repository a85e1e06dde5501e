"""Core ZStack tables from before 5.5.28 that the upgrade refers to (only the parts it needs)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from zsgate.schema.base import BASELINE_TABLE, Base, Name255, Timestamps, Uuid


class HostEO(Timestamps, Base):
    """A physical host; ZStack's real table has many more columns the upgrade never touches."""

    __tablename__ = "HostEO"
    __table_args__ = BASELINE_TABLE

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[Name255]


class VmInstanceEO(Timestamps, Base):
    """A virtual machine."""

    __tablename__ = "VmInstanceEO"
    __table_args__ = BASELINE_TABLE

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[Name255]


class ModelVO(Timestamps, Base):
    """An AI model in the model center."""

    __tablename__ = "ModelVO"
    __table_args__ = BASELINE_TABLE

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[Name255]
