"""Does a live schema equal the models? Fingerprints of a server's schema and Alembic's comparison, plus what it
leaves out. Verify, replay and the Alembic environment read it."""
