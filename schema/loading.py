"""Find the models a command should use: this package's, or another module or file's."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from sqlalchemy import MetaData


class ModelsError(Exception):
    """The models could not be loaded."""


def load_metadata(source: str) -> MetaData:
    """The ``metadata`` attribute of a module name or of a ``.py`` file."""
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
    except ModuleNotFoundError as error:
        raise ModelsError(f"{source}: {error}") from None
    except SyntaxError as error:
        raise ModelsError(f"{error.filename}:{error.lineno}: {error.msg}") from None
    metadata = getattr(module, "metadata", None)
    if not isinstance(metadata, MetaData):
        raise ModelsError(f"{source}: defines no SQLAlchemy MetaData named `metadata`")
    return metadata
