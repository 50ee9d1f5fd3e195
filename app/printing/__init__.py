"""Printed documents: member cards, coupon sheets and scratch cards, flyers
and package inserts, postcards (reportlab PDFs with an embedded CJK font).

Document modules take plain values and write a PDF; :mod:`app.printing.jobs`
connects them to the database (which members, which codes), and
:mod:`app.printing.cli` is the ``print`` command. Importing this package
registers the print settings (offset, paper, contact, logo, accent colour).
"""
from app.printing import config  # noqa: F401  (registers the print settings; no reportlab)
