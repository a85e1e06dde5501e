"""The generated files (upgrades, rollbacks, the facts the linter reads) and the Alembic environment."""
