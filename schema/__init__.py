"""The schema ZStack must have: SQLAlchemy declarative models, the one source of truth.

``zstack/`` is ZStack's schema at V5.2.1, imported once from its public history (`zsgate import --as-baseline`)
and edited by hand since; ``model_center.py`` holds hand models of the later tables 5.5.28 touches; each other
module holds a release's tables or what the models share (the base, release tags, invariants).

Asking this package for ``metadata`` imports every module in it, which registers every model on ``Base.metadata``:
a new module's models need no import here. Until then nothing is imported, so that the tools which only need the
base or the release tags (and models of another project) do not load 600 tables.
"""

from __future__ import annotations

from sqlalchemy import MetaData

from zsgate.schema.base import SCHEMA, Base
from zsgate.schema.loading import import_modules

__all__ = ["SCHEMA", "Base", "metadata"]


def __getattr__(name: str) -> MetaData:
    """``metadata``: every model's tables, once every module under this package is imported."""
    if name != "metadata":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import_modules(__name__)
    globals()["metadata"] = Base.metadata
    return Base.metadata
