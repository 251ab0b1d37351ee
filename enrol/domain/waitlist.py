"""Waitlist order (the waitlist rule): priority category first, then time of application."""
from __future__ import annotations

import datetime as dt


def waitlist_key(priority_rank: int, applied_at: dt.datetime, enrolment_id: int) -> tuple[int, dt.datetime, int]:
    """Sort key: higher rank first, then earlier application; the id breaks exact ties in arrival order."""
    return (-priority_rank, applied_at, enrolment_id)
