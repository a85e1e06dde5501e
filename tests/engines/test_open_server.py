"""open_server's specs, and the guard that turns SIGTERM and SIGINT into exceptions."""

from __future__ import annotations

import os
import signal

import pytest

from zsgate.engines import DEFAULT_SPEC, DOCKER_SPECS, open_server
from zsgate.engines.signals import TerminationGuard


@pytest.mark.parametrize("spec", ["oracle", "", "docker", "dsn", "LOCAL", "mysql://root:hunter2@db:3306/"])
def test_an_unknown_spec_is_a_value_error_listing_the_valid_ones(spec: str) -> None:
    with pytest.raises(ValueError) as raised:
        open_server(spec)
    message = str(raised.value)
    for valid in ("local", *DOCKER_SPECS, "docker:IMAGE:TAG", "dsn:URL"):
        assert valid in message
    assert "hunter2" not in message


def test_local_is_the_default() -> None:
    assert DEFAULT_SPEC == "local"


def test_a_bad_dsn_or_docker_spec_fails_before_anything_starts() -> None:
    with pytest.raises(ValueError, match="docker:IMAGE:TAG"):
        open_server("docker:mysql")
    with pytest.raises(ValueError, match="mysql:// or mariadb://"):
        open_server("dsn:sqlite:///x.db")


def test_sigterm_becomes_system_exit_143_and_the_old_handler_comes_back() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(SystemExit) as raised, TerminationGuard():
        os.kill(os.getpid(), signal.SIGTERM)
    assert raised.value.code == 143
    assert signal.getsignal(signal.SIGTERM) is before


def test_sigint_becomes_keyboard_interrupt() -> None:
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # not ignored, whatever ran the tests
    try:
        with pytest.raises(KeyboardInterrupt), TerminationGuard():
            os.kill(os.getpid(), signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, previous)


def test_a_signal_during_cleanup_waits_for_the_cleanup_to_finish() -> None:
    finished = []
    with pytest.raises(SystemExit), TerminationGuard() as guard:
        guard.hold()
        os.kill(os.getpid(), signal.SIGTERM)
        finished.append("cleanup")
    assert finished == ["cleanup"]


def test_after_the_first_signal_more_signals_do_not_cut_cleanup_short() -> None:
    finished = []
    with pytest.raises(SystemExit) as raised, TerminationGuard():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
        finally:
            os.kill(os.getpid(), signal.SIGINT)
            finished.append("cleanup")
    assert finished == ["cleanup"] and raised.value.code == 143


def test_an_ignored_signal_stays_ignored() -> None:
    previous = signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        with TerminationGuard():
            os.kill(os.getpid(), signal.SIGTERM)
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, previous)
