"""Values that cross processes by the thousand (a lint worker's results, the lint cache's entries) pickled as
their fields: a slotted dataclass otherwise pickles through Python-level ``__getstate__``/``__setstate__``
that look its fields up for every instance, three times slower."""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import TypeVar

T = TypeVar("T", bound=type)


def by_fields(cls: T) -> T:
    """Pickle instances of the dataclass ``cls`` as its fields in order, unpickled through its constructor
    (so every field must be an argument of it, and ``__post_init__`` must not change what it is given)."""
    names = [field.name for field in fields(cls)]
    if any(not field.init for field in fields(cls)):
        raise TypeError(f"{cls.__name__}: a field that is not an argument of its constructor cannot be pickled so")
    values = attrgetter(*names)
    if len(names) == 1:
        cls.__reduce__ = lambda self: (cls, (values(self),))
    else:
        cls.__reduce__ = lambda self: (cls, values(self))
    return cls
