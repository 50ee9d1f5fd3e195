"""The shop's logic as a plain-Python library (no Qt).

Every act a cashier can do is a function here taking a SQLAlchemy ``Session``
and plain values; the window, the command line and the tests call the same
functions. Callers own the transaction (``with shop.transaction() as s:``).
"""
