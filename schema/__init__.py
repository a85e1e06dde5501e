"""The schema ZStack must have: SQLAlchemy declarative models, the one source of truth.

Importing this package registers every model on ``Base.metadata``.
"""

from zsgate.schema import core, host_model_cache, vm_model_mount
from zsgate.schema.base import SCHEMA, Base

metadata = Base.metadata

__all__ = ["SCHEMA", "Base", "metadata", "core", "host_model_cache", "vm_model_mount"]
