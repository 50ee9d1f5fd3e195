"""followups.write streams exactly what followups.render returns."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from app import demo, followups

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture
def items(shop):
    with shop.transaction() as s:
        demo.build_demo(s, members=120, seed=4, as_of=AS_OF)
    with shop.read() as s:
        found = followups.due_list(s, AS_OF)
    assert len(found) > 5
    return found


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_written_equals_rendered(items, fmt):
    out = io.StringIO()
    followups.write(items, fmt, out, lang="en")
    assert out.getvalue() == followups.render(items, fmt, lang="en")
    if fmt == "json":
        assert len(json.loads(out.getvalue())) == len(items)


def test_an_empty_list_is_still_a_json_array():
    out = io.StringIO()
    followups.write([], "json", out)
    assert json.loads(out.getvalue()) == []
