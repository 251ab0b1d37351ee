"""What the centre's reports count, written down once, so the PDF, the XLSX, the CLI's JSON and the
Reports page give the same numbers.

- **Period**: the days ``first..last`` (both included), a month by default.
- **Served in a period**: a child who had at least one place that *ran* on some day of the period — an
  enrolment that really was enrolled (status enrolled, or withdrawn/completed after having been enrolled),
  started on or before ``last`` and not ended before ``first``. Waiting or offered only is not served.
- **Free place**: an enrolment funded by anything but ``paid`` (state order, voucher, city programme, the
  centre's free places). A child is **served for free** when at least one of their places in the period was
  free. The **free share** is children served for free out of children served (the city's "10% today, 25%
  the target" figure); the **share of free places** counts places (enrolments) instead of children.
- **New vs returning**: a served child is *returning* when they had a place that ran on some day before the
  period began; otherwise they are *new* (their first day at the centre falls in the period).
- **Age** is counted on the period's last day, in bands that follow the school's levels.
- **At risk of dropping out**: a child in a group on the period's last day who, in the period, attended
  fewer than ``AT_RISK_RATE`` of at least ``AT_RISK_MIN_MARKS`` recorded sessions, or whose latest recorded
  marks are ``absence_alert`` (setting) unexcused absences in a row.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from enrol.domain.attendance_rules import month_bounds, parse_month
from enrol.domain.errors import N_, ValidationError
from enrol.domain.validation import parse_date

FREE_FUNDING = ("state_order", "voucher", "city_programme", "centre_free")
PAID = "paid"
CITY_TARGET_SHARE = 0.25  # Almaty's target: a quarter of school-age children in free clubs
AT_RISK_RATE = 0.5
AT_RISK_MIN_MARKS = 4
UNDERFILLED_SHARE = 0.5  # a group with fewer children than half its seats is under-filled
LONG_WAITLIST = 5  # … and one with this many waiting has a long waitlist
LONGEST_PERIOD_DAYS = 3 * 366

# (lowest age, highest age or None, label); every age falls in exactly one band.
AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 6, N_("6 and younger")),
    (7, 10, N_("7–10")),
    (11, 14, N_("11–14")),
    (15, 17, N_("15–17")),
    (18, None, N_("18 and older")),
)
NOT_GIVEN = N_("not given")


def is_free(funding: str) -> bool:
    return funding != PAID


def age_band(age: int) -> str:
    for low, high, label in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return AGE_BANDS[0][2]


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date

    @property
    def label(self) -> str:
        month_first, month_last = month_bounds(self.first)
        if self.first == month_first and self.last == month_last:
            return f"{self.first:%Y-%m}"
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def month_period(month: dt.date) -> Period:
    return Period(*month_bounds(month))


def period_from(*, month: str | None = None, first: str | None = None, last: str | None = None,
                today: dt.date) -> Period:
    """``--month YYYY-MM`` or ``--from``/``--to`` (either may be left out), else the month of ``today``."""
    if month and (first or last):
        raise ValidationError("month", N_("Give a month or a period (from, to), not both"))
    if month:
        return month_period(parse_month(month))
    if not first and not last:
        return month_period(today)
    start = parse_date(first, field="date") if first else None
    end = parse_date(last, field="date") if last else None
    if start is None:
        start = month_bounds(end or today)[0]
    if end is None:
        end = max(start, today)
    return check_period(start, end)


def check_period(first: dt.date, last: dt.date) -> Period:
    if last < first:
        raise ValidationError("date", N_("The period ends ({last}) before it begins ({first})"),
                              first=first.isoformat(), last=last.isoformat())
    if (last - first).days >= LONGEST_PERIOD_DAYS:
        raise ValidationError("date", N_("A report covers at most three years"))
    return Period(first, last)


def academic_year_period(academic_year: str) -> Period:
    first_year = int(academic_year[:4])
    return Period(dt.date(first_year, 9, 1), dt.date(first_year + 1, 8, 31))


def next_academic_year(academic_year: str) -> str:
    first_year = int(academic_year[:4]) + 1
    return f"{first_year}-{first_year + 1}"


__all__ = ["AGE_BANDS", "AT_RISK_MIN_MARKS", "AT_RISK_RATE", "CITY_TARGET_SHARE", "FREE_FUNDING", "LONG_WAITLIST",
           "NOT_GIVEN", "PAID", "Period", "UNDERFILLED_SHARE", "academic_year_period", "age_band", "check_period",
           "is_free", "month_period", "next_academic_year", "period_from", "share"]
