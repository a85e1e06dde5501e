"""zsgate: generate, lint and prove ZStack's MySQL-family schema upgrades."""

from zsgate.sql.backend import apply_choice

__version__ = "0.1.0"

apply_choice()  # ZSGATE_SQLGLOT=python: plain sqlglot even where sqlglotc is installed
