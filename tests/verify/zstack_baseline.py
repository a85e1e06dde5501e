"""ZStack's whole schema as verify's baseline, from `zsgate import` of the corpus: every imported table
tagged ``since(BASELINE)``, plus the project's models of the tables after 5.2.1 that 5.5.28 touches.

Until schema/ itself holds the import (issue 15), this is how tests and `make bench` run verify on the real
baseline: `import_corpus` writes the package once per session, `full_models` joins it with the project's.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import warnings
from pathlib import Path

from sqlalchemy import MetaData, Table
from sqlalchemy.exc import SAWarning

from zsgate.schema.releases import BASELINE, parts_of, release_of, since

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


def full_models(package: Path) -> MetaData:
    """The imported tables as the baseline, with the project's tables the import lacks (their own releases)."""
    from zsgate.schema import metadata as project

    spec = importlib.util.spec_from_file_location(package.name, package / "__init__.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[package.name] = module
    spec.loader.exec_module(module)
    imported: MetaData = module.metadata
    joined = MetaData()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SAWarning)  # sorted_tables on the import's cycles
        for table in imported.sorted_tables:
            table.to_metadata(joined).info.update(since(BASELINE))
        for table in project.sorted_tables:
            if table.name in joined.tables:
                later = [item for item in parts_of(table) if release_of(item) != BASELINE]
                assert not later, f"{table.name}: the project's model changes an imported table: {later}"
            else:
                _with_releases(table, table.to_metadata(joined))
    return joined


def _with_releases(source: Table, copy: Table) -> None:
    """Give ``copy``'s parts their releases: ``to_metadata`` leaves an index's ``info`` behind."""
    for part, copied in zip(parts_of(source), parts_of(copy), strict=True):
        assert part.name == copied.name, (part.name, copied.name)
        copied.info.update(part.info)
