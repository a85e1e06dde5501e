"""Python's cyclic garbage collector, tuned for reading SQL: every tuning zsgate makes, in one place.

Reading a file makes many small objects at once (tokens, syntax trees) that hold no garbage cycles while
they are made, and each collection walks all of them again, with everything kept from earlier files.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(collect_after: bool = False) -> Iterator[None]:
    """No collection while the block makes its objects (splitting the corpus spent a quarter of its time in
    them); the collector runs again after it. ``collect_after``: one young collection then, which frees
    what the block made and dropped at once (linting a file: a tenth less time, a fifth less memory)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            if collect_after:
                gc.collect(1)


def for_a_long_read() -> None:
    """For a command that keeps what it reads until it ends (lint keeps every file's tokens and trees): a
    rarer collector saves a third of the parse time."""
    gc.set_threshold(100_000, 20, 20)


def collect_young() -> None:
    """A young collection now, even while paused: what a part of a long reading made and dropped (its tokens
    and trees, which hold cycles) is freed before the next part, so memory follows a part, not the reading."""
    gc.collect(1)
