"""Database layer: SQLAlchemy models, engine factory and Alembic migrations.

Nothing here imports Qt or ui/; the window and the command line reach the
database only through app/.
"""
