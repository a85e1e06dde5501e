"""schema/ is ZStack's schema at V5.2.1: its imported tables are what the public history (the corpus) leaves,
held with `generate --check --history`; the hand models are the only baseline tables beside them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import require_engine
from tests.schema import imported_baseline
from zsgate.schema import metadata
from zsgate.schema.releases import BASELINE, as_of

IMPORTED = Path(imported_baseline.__file__)


def test_the_imported_baseline_is_what_zstacks_history_leaves(corpus: Path) -> None:
    require_engine("local")
    command = [sys.executable, "-m", "zsgate", "generate", "--check", "--history", corpus, "--models", IMPORTED]
    done = subprocess.run(command, capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, ""), done.stdout
    tables = len(imported_baseline.metadata.tables)
    assert done.stdout == f"the models agree with what {corpus} leaves ({tables} tables)\n"
    assert tables >= 618


def test_the_baseline_is_the_import_and_the_hand_models() -> None:
    baseline = set(as_of(metadata, BASELINE).tables)
    assert {"ModelVO", "VmModelMountVO"} == imported_baseline.HAND
    assert baseline == set(imported_baseline.metadata.tables) | imported_baseline.HAND
