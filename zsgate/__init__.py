"""zsgate: generate, lint and prove ZStack's MySQL-family schema upgrades."""

__version__ = "0.1.0"
