"""The generated files (upgrades, rollbacks, the facts the linter reads) and the Alembic environment."""

from pathlib import Path

SHIPPED = Path(__file__).resolve().parent
"""The files generated from the models zsgate ships (``zsgate.schema``), installed beside them."""
