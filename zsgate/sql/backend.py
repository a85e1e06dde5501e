"""Which sqlglot runs: the compiled build (sqlglotc) where it is installed, or plain Python on request.

sqlglotc installs mypyc-compiled modules (``parser.cpython-311-x86_64-linux-gnu.so``) next to sqlglot's
own ``.py`` files, and Python's import system prefers them. ``ZSGATE_SQLGLOT=python`` makes zsgate
import the ``.py`` files instead: to compare the two back ends, to test both on one install, or to step
around a bug of the compiled build. It must take effect before sqlglot is first imported, so
``zsgate/__init__.py`` applies it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

ENVIRONMENT = "ZSGATE_SQLGLOT"
PURE_PYTHON = "python"


class _PurePythonSqlglot:
    """A meta path finder: ``sqlglot`` and its submodules as source files, never as compiled extensions.
    (Not an ``importlib.abc.MetaPathFinder`` subclass: importing that costs every run a few milliseconds.)"""

    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name != "sqlglot" and not name.startswith("sqlglot."):
            return None
        import importlib.util

        leaf = name.rpartition(".")[2]
        for directory in map(Path, path if path is not None else sys.path):
            package = directory / leaf / "__init__.py"
            if package.is_file():
                return importlib.util.spec_from_file_location(
                    name, package, submodule_search_locations=[str(package.parent)]
                )
            module = directory / f"{leaf}.py"
            if module.is_file():
                return importlib.util.spec_from_file_location(name, module)
        return None


def apply_choice() -> None:
    """Import sqlglot as plain Python when ``ZSGATE_SQLGLOT=python`` (before sqlglot is imported)."""
    if os.environ.get(ENVIRONMENT) == PURE_PYTHON and not any(
        isinstance(finder, _PurePythonSqlglot) for finder in sys.meta_path
    ):
        sys.meta_path.insert(0, _PurePythonSqlglot())


def compiled() -> bool:
    """Whether sqlglot's parser in this process is sqlglotc's compiled one."""
    import sqlglot.parser

    return not (sqlglot.parser.__file__ or "").endswith(".py")
