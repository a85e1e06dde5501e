"""Whose signal it is: a command, or a guard outside one, begins a new record of what guards catch."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from zsgate.engines.signals import TerminationGuard, first_received, piece_of_work


@pytest.fixture(autouse=True)
def sigterm_by_default() -> Iterator[None]:
    """A guard leaves an ignored signal ignored: these tests need SIGTERM as a shell's foreground job gets it."""
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    yield
    signal.signal(signal.SIGTERM, previous)


def stopped_guard() -> None:
    with pytest.raises(SystemExit) as stop, TerminationGuard():
        os.kill(os.getpid(), signal.SIGTERM)
    assert stop.value.code == 143


def test_a_guard_outside_a_command_does_not_inherit_an_earlier_guards_signal() -> None:
    """The pytest plugin verifies in-process: a run after a stopped one reports its own checks."""
    stopped_guard()
    assert first_received() == signal.SIGTERM, "readable after the guard, for whoever reports the stop"
    with TerminationGuard():
        assert first_received() is None


def test_inside_a_command_the_record_outlives_its_guards_until_the_next_command() -> None:
    """A stop a guard caught still explains the error the command reports after the guard has ended."""
    with piece_of_work():
        stopped_guard()
        with TerminationGuard():
            assert first_received() == signal.SIGTERM
        assert first_received() == signal.SIGTERM
    assert first_received() == signal.SIGTERM
    with piece_of_work():
        assert first_received() is None
