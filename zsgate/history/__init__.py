"""A Flyway history read statically: which files, in which order, and the schema before each file.

Lint, impact analysis and replay share it: :mod:`~zsgate.history.flyway` finds and orders the files,
:mod:`~zsgate.history.changes` reads what each statement does, :mod:`~zsgate.history.apply` applies it
to a :class:`~zsgate.history.schema.Schema`. No server and no SQLAlchemy: lint imports it.
"""
