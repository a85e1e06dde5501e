"""How the schema gets there: generated upgrade files, their rollbacks, and the renderer."""
