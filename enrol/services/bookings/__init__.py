"""Dated bookings that share one set of checks: specialists' appointments (with referrals and private notes) and events."""
