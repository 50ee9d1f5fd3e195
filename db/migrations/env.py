"""Alembic environment: runs on the engine handed in by db.engine.migrate."""
from alembic import context

import importlib
import pkgutil

import db
from db.models import Base

# Feature modules keep their models beside db/models.py (db/coupon_models.py,
# db/device_models.py ...); import them all so autogenerate sees every table.
for _mod in pkgutil.iter_modules(db.__path__):
    if _mod.name.endswith("models"):
        importlib.import_module(f"db.{_mod.name}")

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from db.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url") or None)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
