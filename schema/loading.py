"""Find the models a command should use: this package's, or another module or file's."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import traceback
from pathlib import Path

from sqlalchemy import MetaData

from zsgate import collector


class ModelsError(Exception):
    """The models could not be loaded."""


def import_modules(package: str) -> None:
    """Import every module under ``package`` (its subpackages too): each module under ``schema/`` that
    defines a model registers it by being there, with no import by hand in ``schema/__init__.py``. The
    collector waits until they are all in: its passes over ZStack's 600 new classes cost a third of the import."""
    with collector.paused():
        for module in pkgutil.walk_packages(importlib.import_module(package).__path__, f"{package}."):
            importlib.import_module(module.name)


def load_metadata(source: str) -> MetaData:
    """The ``metadata`` attribute of a module name or of a ``.py`` file; of a package, once every module
    under it is imported."""
    try:
        if source.endswith(".py"):
            path = Path(source)
            spec = importlib.util.spec_from_file_location(f"zsgate_models_{path.stem}", path)
            if spec is None or spec.loader is None or not path.is_file():
                raise ModelsError(f"{source}: no such Python file")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        else:
            module = importlib.import_module(source)
            if hasattr(module, "__path__"):
                import_modules(source)
    except ModelsError:
        raise
    except SyntaxError as error:
        raise ModelsError(f"{error.filename}:{error.lineno}: {error.msg}") from None
    except Exception as error:  # the models' own code failed while it ran: say where
        if isinstance(error, ModuleNotFoundError) and f"{source}.".startswith(f"{error.name}."):
            raise ModelsError(f"{source}: {error}") from None
        raise ModelsError(f"{_where(error, source)}: {type(error).__name__}: {error}") from None
    metadata = getattr(module, "metadata", None)
    if not isinstance(metadata, MetaData):
        raise ModelsError(f"{source}: defines no SQLAlchemy MetaData named `metadata`")
    return metadata


def _where(error: Exception, source: str) -> str:
    """``file:line`` of the innermost frame of ``error`` in the models' own file, else in any file."""
    frames = traceback.extract_tb(error.__traceback__)
    own = [frame for frame in frames if source.endswith(".py") and Path(frame.filename) == Path(source)]
    frame = (own or frames)[-1]
    return f"{frame.filename}:{frame.lineno}"
