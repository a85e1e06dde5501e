"""ZStack's whole schema as verify's baseline: since schema/ holds the import of the corpus (schema/zstack) and
the hand models of the tables after V5.2.1 that 5.5.28 touches, that is the project's own models.

`full_models` and `import_corpus` stay for the measurements written before (`full_models(import_corpus(folder))`):
the package is no longer read, and the import is `zsgate import` as a user runs it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import MetaData

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "zstack" / "db"
PACKAGE = "zstack_corpus_baseline"


def import_corpus(folder: Path, engine: str = "local") -> Path:
    """`zsgate import` the corpus into ``folder``/PACKAGE (once: an existing package is reused)."""
    package = folder / PACKAGE
    if not (package / "__init__.py").is_file():
        command = [sys.executable, "-m", "zsgate", "import", str(CORPUS), "--out", str(package), "--engine", engine]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return package


def full_models(package: Path | None = None) -> MetaData:
    """ZStack's whole schema at V5.2.1 as the baseline, and the project's later releases: the project's models."""
    from zsgate.schema import metadata

    return metadata
