"""Loyalty programs: tiers, points rules and expiry, stamps, referrals, check-in,
stored value (wallet) and session packages."""
