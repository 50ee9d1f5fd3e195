"""Qt widgets. Reaches the database only through app/ (never db/ or SQLAlchemy)."""
