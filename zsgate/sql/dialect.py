"""The one sqlglot MySQL dialect zsgate reads SQL with, and its strict parser.

sqlglot's log stays out of zsgate's output, where its warnings would be bare lines naming no file or
line: a statement read as `exp.Command` is expected here, and a JSON path it cannot read (`'$$['`) is the
server's to judge when the statement runs.
"""

from __future__ import annotations

import logging

from sqlglot.dialects.mysql import MySQL
from sqlglot.errors import ErrorLevel

DIALECT = MySQL()
PARSER = DIALECT.parser(error_level=ErrorLevel.IMMEDIATE)
"""One parser for every statement (each parse starts afresh); it stops at the first error."""
TOKENIZER = DIALECT.tokenizer()
"""One tokenizer for every text read alone (each reading starts afresh): through
:func:`zsgate.sql.tokens.tokenize`, which leaves it holding nothing."""

# sqlglot logs on this one logger; its filter drops each record before any handler sees it: Python's last
# resort (stderr), the root's handlers an embedding program sets (Alembic's env.py), pytest's capture
logging.getLogger("sqlglot").addFilter(lambda record: False)
