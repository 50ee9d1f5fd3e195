"""Date arithmetic in SQL, the same on SQLite and PostgreSQL.

The follow-up list counts whole days on a few hundred thousand rows; doing it
in SQL keeps Python from parsing a datetime per row. Days are Python ordinals
(:meth:`datetime.date.toordinal`) on both databases, so SQL and Python agree
to the day.
"""
from __future__ import annotations

from sqlalchemy import Date, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

_JD_OF_ORDINAL_0 = 1721424  # julianday('0001-01-01') is 1721425.5; ordinal 1


class day_number(FunctionElement):
    """The calendar day of a date or datetime column as a Python ordinal."""

    type = Integer()
    inherit_cache = True
    name = "day_number"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element, compiler, **kw):
    (arg,) = element.clauses
    return f"(CAST(julianday(date({compiler.process(arg, **kw)})) AS INTEGER) - {_JD_OF_ORDINAL_0})"


@compiles(day_number, "postgresql")
def _day_number_pg(element, compiler, **kw):
    (arg,) = element.clauses
    return f"((CAST({compiler.process(arg, **kw)} AS DATE) - DATE '0001-01-01') + 1)"


class date_of_day(FunctionElement):
    """The date for a Python ordinal (the inverse of :class:`day_number`)."""

    type = Date()
    inherit_cache = True
    name = "date_of_day"


@compiles(date_of_day, "sqlite")
def _date_of_day_sqlite(element, compiler, **kw):
    (arg,) = element.clauses
    return f"date(({compiler.process(arg, **kw)}) + {_JD_OF_ORDINAL_0}.5)"


@compiles(date_of_day, "postgresql")
def _date_of_day_pg(element, compiler, **kw):
    (arg,) = element.clauses
    return f"(DATE '0001-01-01' + CAST(({compiler.process(arg, **kw)}) - 1 AS INTEGER))"


class quarter_index(FunctionElement):
    """``year * 4 + quarter - 1`` of a date or datetime (see
    :func:`app.memberstats.quarter_index`)."""

    type = Integer()
    inherit_cache = True
    name = "quarter_index"


@compiles(quarter_index, "sqlite")
def _quarter_sqlite(element, compiler, **kw):
    (arg,) = element.clauses
    a = compiler.process(arg, **kw)
    return (
        f"(CAST(strftime('%Y', {a}) AS INTEGER) * 4 + (CAST(strftime('%m', {a}) AS INTEGER) - 1) / 3)"
    )


@compiles(quarter_index, "postgresql")
def _quarter_pg(element, compiler, **kw):
    (arg,) = element.clauses
    a = compiler.process(arg, **kw)
    return (
        f"(CAST(EXTRACT(YEAR FROM {a}) AS INTEGER) * 4 + (CAST(EXTRACT(MONTH FROM {a}) AS INTEGER) - 1) / 3)"
    )
