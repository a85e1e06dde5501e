"""The schema ZStack must have: SQLAlchemy declarative models, the one source of truth.

Importing this package imports every module in it, which registers every model on ``Base.metadata``:
a new module's models need no import here.
"""

from zsgate.schema.base import SCHEMA, Base
from zsgate.schema.loading import import_modules

import_modules(__name__)
metadata = Base.metadata

__all__ = ["SCHEMA", "Base", "metadata"]
