"""An interrupted import leaves no package, whole or half: it is written beside its place and renamed at the end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import require_engine
from tests.importer.test_import import HISTORY
from tests.processes import children_of, default_signals
from zsgate.files import write_folder_atomically

WRITER = """
import sys
from pathlib import Path
from zsgate.files import write_folder_atomically
write_folder_atomically(Path(sys.argv[1]), {f"m{n}.py": "x = 1\\n" * 2000 for n in range(4000)})
"""


def test_a_writer_killed_midway_leaves_no_folder_and_the_next_one_cleans_up(tmp_path: Path) -> None:
    out = tmp_path / "models"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(out)])
    deadline = time.monotonic() + 60
    while not any(tmp_path.glob(".models.zsgate-*.tmp/m10.py")):  # midway through the files
        assert writer.poll() is None and time.monotonic() < deadline, "the writer ended before it could be killed"
        time.sleep(0.01)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert not out.exists()
    assert len(list(tmp_path.glob(".models.zsgate-*.tmp"))) == 1  # what the next write removes
    write_folder_atomically(out, {"__init__.py": "metadata = None\n"})
    assert sorted(path.name for path in tmp_path.iterdir()) == ["models"]
    assert [path.name for path in out.iterdir()] == ["__init__.py"]


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_import_exits_as_signalled_and_writes_nothing(tmp_path: Path, signum: int, code: int) -> None:
    """Stopped while its server starts or the history replays: no package and nothing beside it."""
    require_engine("local")
    out = tmp_path / "models"
    process = subprocess.Popen(
        [sys.executable, "-m", "zsgate", "import", str(HISTORY), "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        preexec_fn=default_signals,  # not the SIGINT a background test run ignores
    )
    deadline = time.monotonic() + 120
    while not children_of(process.pid):  # its server: the signal lands in the work, not in Python's start
        assert process.poll() is None and time.monotonic() < deadline, "the import ended before the signal"
        time.sleep(0.01)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == []
