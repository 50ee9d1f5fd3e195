"""Loyalty programs: tiers, points rules and expiry, stamps, referrals, check-in,
stored value (wallet) and session packages."""
# The programmes' settings must exist before anyone reads the shop settings
# (app.sales reads them all at the start of every sale).
from app.programs import config as _config  # noqa: F401
