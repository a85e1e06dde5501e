"""Values that cross processes by the thousand (a lint worker's results, the lint cache's entries) pickled as
their fields: a slotted dataclass otherwise pickles through Python-level ``__getstate__``/``__setstate__``
that look its fields up for every instance, three times slower; and a value already pickled crosses as its
bytes."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Generic, TypeVar

T = TypeVar("T", bound=type)
V = TypeVar("V")


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


class Pickled(Generic[V]):
    """A value together with its pickle, made once (say, for the cache): sent to another process, it crosses as
    those bytes and arrives as the value again, never pickled twice."""

    __slots__ = ("value", "data")

    def __init__(self, value: V, data: bytes) -> None:
        self.value = value
        self.data = data

    def __reduce__(self) -> tuple[Callable[[bytes], V], tuple[bytes]]:
        return pickle.loads, (self.data,)
