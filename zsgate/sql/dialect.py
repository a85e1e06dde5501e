"""The one sqlglot MySQL dialect zsgate reads SQL with, and its strict parser."""

from __future__ import annotations

from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import ErrorLevel

DIALECT = MySQL()
PARSER = DIALECT.parser(error_level=ErrorLevel.IMMEDIATE)
"""One parser for every statement (each parse starts afresh); it stops at the first error."""
