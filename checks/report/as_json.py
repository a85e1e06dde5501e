"""A result for machines: its ``as_dict()`` as indented JSON (lint has its own, faster writer)."""

from __future__ import annotations

import json
from typing import Any, Protocol, TextIO


class Reportable(Protocol):
    def as_dict(self) -> dict[str, Any]: ...


def write_json(report: Reportable, out: TextIO) -> None:
    out.write(json.dumps(report.as_dict(), indent=2) + "\n")
