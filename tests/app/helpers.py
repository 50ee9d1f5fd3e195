"""Helpers the domain tests share: proving a refusal changed nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app import members
from app.errors import UserError
from db.models import Base


def dump(shop) -> dict:
    """Every row of every table, to prove a refused action changed nothing."""
    with shop.engine.connect() as c:
        return {
            t.name: c.execute(select(t).order_by(*t.primary_key.columns)).all()
            for t in Base.metadata.sorted_tables
        }


def refused(shop, fn, *args, **kwargs) -> UserError:
    """Run ``fn`` in a transaction, expect a UserError, and check the
    database is exactly as it was."""
    before = dump(shop)
    with pytest.raises(UserError) as info:
        with shop.transaction() as s:
            fn(s, *args, **kwargs)
    assert dump(shop) == before, "a refused action must leave the database as it was"
    return info.value


def balance(shop, member_id) -> int:
    with shop.read() as s:
        return members.get_view(s, member_id).points_balance
