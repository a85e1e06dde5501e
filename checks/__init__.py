"""How we know: lint, verify, replay and their reports."""
