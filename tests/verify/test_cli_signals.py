"""Stopping `zsgate verify` mid-run: the shell's exit codes, no traceback, nothing left behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.conftest import STUB_MODELS
from tests.processes import default_signals, processes_naming

pytestmark = pytest.mark.usefixtures("mariadb_binaries")


def verify_past(check: str, tmpdir: Path) -> subprocess.Popen[str]:
    """`zsgate verify` started in its own TMPDIR, returned once it has printed the result of `check`."""
    verify = subprocess.Popen(
        [sys.executable, "-m", "zsgate", "verify", "--models", STUB_MODELS],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(tmpdir), "TERM": "dumb", "NO_COLOR": "1"},
        preexec_fn=default_signals,
    )
    assert verify.stdout is not None
    for line in verify.stdout:
        if line.lstrip("✓✗ ").startswith(check):
            return verify
    pytest.fail(f"verify ended before the {check} check: {verify.communicate()}")


@pytest.mark.parametrize(
    ("signum", "code", "after"),
    [
        (signal.SIGTERM, 143, "upgrade"),
        (signal.SIGTERM, 143, "idempotent"),
        (signal.SIGTERM, 143, "behaviour"),
        (signal.SIGINT, 130, "upgrade"),
        (signal.SIGINT, 130, "data"),
    ],
)
def test_a_signal_mid_run_exits_128_plus_n_without_a_traceback_and_leaves_nothing(
    tmp_path: Path, signum: int, code: int, after: str
) -> None:
    verify = verify_past(after, tmp_path)
    verify.send_signal(signum)
    stdout, stderr = verify.communicate(timeout=60)
    assert verify.returncode == code, stderr
    assert "Traceback" not in stdout + stderr
    assert list(tmp_path.iterdir()) == [], "the run left its directory"
    assert processes_naming(str(tmp_path)) == [], "the run left its server"


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_resume_stops_the_run_and_is_not_reported_as_a_failed_check(
    tmp_path: Path, signum: int, code: int, generated_verify: Callable[[str], CompletedProcess[str]]
) -> None:
    """`resume` rebuilds the database once per statement: most signals land inside a query, whose broken
    connection must not turn the stop into a failed check. Several points of it, as the race needs, spread
    over as long as resume takes on this machine (a whole run of it, measured once per session)."""
    checks = {check["name"]: check for check in json.loads(generated_verify("local").stdout)["checks"]}
    hit = 0
    for fraction in (0.05, 0.2, 0.35, 0.5, 0.65, 0.8):
        delay = round(checks["resume"]["seconds"] * fraction, 3)
        run = tmp_path / f"run-{delay}"
        run.mkdir()
        verify = verify_past("rollback", run)
        time.sleep(delay)  # into resume, at a different statement each time
        verify.send_signal(signum)
        stdout, stderr = verify.communicate(timeout=60)
        assert "Traceback" not in stdout + stderr
        assert "✗ resume" not in stdout, f"the stop was reported as a failed check after {delay}s: {stdout}{stderr}"
        if "✓ resume" not in stdout:  # the signal landed inside resume (else resume was faster this time)
            hit += 1
            assert verify.returncode == code, f"after {delay}s: {stdout}{stderr}"
        assert list(run.iterdir()) == [], "the run left its directory"
        assert processes_naming(str(run)) == [], "the run left its server"
    assert hit >= 3, "most points must land inside resume"
