"""SIGTERM and SIGINT as exceptions, so an engine's cleanup runs when zsgate is stopped."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any

HANDLED = (signal.SIGTERM, signal.SIGINT)
_received: list[int] = []  # every signal a guard caught during this piece of work, in order
_open_work = 0  # pieces of work begun and not yet ended: a command, the guards inside it
Handler = Callable[[int, FrameType | None], Any] | int | None  # what signal.getsignal returns


class TerminationGuard:
    """While active, SIGTERM raises SystemExit(143) and SIGINT KeyboardInterrupt, once.

    After the first signal, or once `hold()` is called (cleanup has begun), further signals are held:
    cleanup is bounded and must not be cut short. A signal held before any was raised is raised on exit.
    Signals the process ignores stay ignored; outside the main thread the guard does nothing.
    """

    def __init__(self) -> None:
        self._work = piece_of_work()
        self._previous: dict[int, Handler] = {}
        self._holding = False
        self._raised = False
        self._pending: int | None = None

    def __enter__(self) -> TerminationGuard:
        self._work.__enter__()  # outside a command (a library caller's `verify`) the guard is the piece of work
        if threading.current_thread() is threading.main_thread():
            for signum in HANDLED:
                if signal.getsignal(signum) is not signal.SIG_IGN:
                    self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._work.__exit__(None, None, None)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        if self._pending is not None:
            raise _exception_for(self._pending)

    def hold(self) -> None:
        """Cleanup has begun: from now on, signals wait until the guard exits."""
        self._holding = True

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        _received.append(signum)
        if self._holding:
            if not self._raised and self._pending is None:
                self._pending = signum
            return
        self._holding = self._raised = True
        raise _exception_for(signum)


@contextmanager
def piece_of_work() -> Iterator[None]:
    """A command, or a guard outside one. The outermost begins a new record of the signals guards catch (a
    test runner or the pytest plugin runs many in one process: an earlier one's stop is not this one's); the
    record stays readable after it ends, for whoever reports how it ended."""
    global _open_work
    if _open_work == 0:
        _received.clear()
    _open_work += 1
    try:
        yield
    finally:
        _open_work -= 1


def first_received() -> int | None:
    """The first SIGTERM or SIGINT a guard caught in the latest outermost piece of work, if any."""
    return _received[0] if _received else None


def _exception_for(signum: int) -> BaseException:
    if signum == signal.SIGINT:
        return KeyboardInterrupt()
    return SystemExit(128 + signum)
