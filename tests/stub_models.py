"""Small models for the tests of verify's machinery (mutants, resume, signals, confinement, rows, engines...): the
project's 5.5.28 on a baseline of a few tables, so that each of their many runs does not build ZStack's whole
schema. The tests that verify the project's real release on the whole schema use `zsgate.schema` itself.

The baseline is ``HostEO`` and ``VmInstanceEO`` as the stubs schema/ held before it held ZStack's import (the
columns 5.5.28 refers to and the audit pair), and the project's own models of every table 5.5.28 touches, copied
with their release tags: ``ModelVO`` and ``VmModelMountVO`` (the hand models) and the release's new tables. The
project's V5.5.28__schema.sql is generated alike from these and from the whole schema, so verify proves it here.

A module or a file: ``zsgate verify --models tests/stub_models.py``, ``default_plan(metadata=metadata)`` (no
``from __future__ import annotations``: loaded from its path, the module is in no ``sys.modules`` to resolve them).
"""

import importlib

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from zsgate.history.facts import ModelFacts
from zsgate.schema.base import BASELINE_TABLE, Base, Name255, Timestamps, Uuid
from zsgate.schema.releases import parts_of

PROJECTS = ("zsgate.schema.model_center", "zsgate.schema.host_model_cache")
"""The project's modules of the tables 5.5.28 touches."""


class _Base(DeclarativeBase):
    metadata = MetaData()


metadata = _Base.metadata


class HostEO(Timestamps, _Base):
    __tablename__ = "HostEO"
    __table_args__ = BASELINE_TABLE

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[Name255]


class VmInstanceEO(Timestamps, _Base):
    __tablename__ = "VmInstanceEO"
    __table_args__ = BASELINE_TABLE

    uuid: Mapped[Uuid] = mapped_column(primary_key=True)
    name: Mapped[Name255]


def _copy(table: Table) -> None:
    """``table`` on this module's ``metadata``, each part with its release (``to_metadata`` drops an index's)."""
    copy = table.to_metadata(metadata)
    for part, copied in zip(parts_of(table), parts_of(copy), strict=True):
        assert part.name == copied.name, (part.name, copied.name)
        copied.info.update(part.info)


def _load() -> None:
    """Copy the project's tables of ``PROJECTS`` (importing those modules alone, not the 600 tables)."""
    for module in map(importlib.import_module, PROJECTS):
        for mapper in sorted(Base.registry.mappers, key=lambda mapper: mapper.class_.__name__):
            if mapper.class_.__module__ == module.__name__:
                table = mapper.local_table
                assert isinstance(table, Table)
                _copy(table)


_load()


def facts() -> ModelFacts:
    """These models' column facts, as `zsgate generate` writes them to model-facts.json: what lint's fixtures and
    histories were written against (the project's facts know every ZStack table)."""
    from zsgate.generate.files import model_facts

    return ModelFacts.from_json(model_facts(metadata))
