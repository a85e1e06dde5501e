"""The schema ZStack must have: SQLAlchemy declarative models, the one source of truth."""
