"""Attendance rules: on which dates a group meets, who may be marked, absence streaks and rates.

A mark is recorded only for a date on which the group meets (one of its weekly meetings falls on that
weekday and is valid that day), not in the future, and only for a child enrolled in the group on that date:
the enrolment started on or before it and had not ended (an end date is the first day without the child,
as ``Enrolment.end_date`` stores it).

"Absent N times in a row" counts the child's latest recorded marks back from the newest: unexcused
absences extend the run; any other mark ends it. An excused absence means the guardian told the centre,
which is what the registrar's call would find out, so it breaks the run. Dates without a mark are skipped:
a teacher who forgot the journal is not a child who stayed away.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from enrol.domain.errors import N_, RefusedError, ValidationError, shown

MARKS: dict[str, str] = {
    "present": N_("present"),
    "absent": N_("absent"),
    "excused": N_("excused"),
    "late": N_("late"),
}
# A child who came late was there: these count as attended in rates and on the printed sheet.
ATTENDED = frozenset({"present", "late"})


@dataclass(frozen=True, slots=True)
class WeeklyMeeting:
    """The part of a timetable meeting that decides its dates."""

    weekday: int
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def falls_on(self, day: dt.date) -> bool:
        return (day.isoweekday() == self.weekday and (self.valid_from is None or self.valid_from <= day)
                and (self.valid_to is None or day <= self.valid_to))


_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")


def parse_month(text: str) -> dt.date:
    """``YYYY-MM`` → the month's first day (ValidationError naming the field ``month`` otherwise)."""
    match = _MONTH.fullmatch((text or "").strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        raise ValidationError("month", N_("«{value}» is not a month: type it as YYYY-MM, for example 2026-03"),
                              value=shown(text or ""))
    return dt.date(int(match.group(1)), int(match.group(2)), 1)


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the month that contains ``month``."""
    first = month.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def check_mark(value: str) -> str:
    mark = (value or "").strip().lower()
    if mark not in MARKS:
        raise ValidationError("mark", N_("«{value}» is not a mark; use one of: {choices}"), value=shown(value or ""),
                              choices=", ".join(MARKS))
    return mark


def meets_on(meetings: Iterable[WeeklyMeeting], day: dt.date) -> bool:
    return any(meeting.falls_on(day) for meeting in meetings)


def meeting_dates(meetings: Iterable[WeeklyMeeting], first: dt.date, last: dt.date) -> list[dt.date]:
    """The dates in ``[first, last]`` on which any of the meetings takes place, in order."""
    listed = list(meetings)
    days = (first + dt.timedelta(days=n) for n in range(max(0, (last - first).days + 1)))
    return [day for day in days if meets_on(listed, day)]


def enrolled_on(start_date: dt.date | None, end_date: dt.date | None, day: dt.date) -> bool:
    """Was the enrolment running on ``day``? (``end_date`` is the first day without the child.)"""
    return (start_date is None or start_date <= day) and (end_date is None or day < end_date)


def check_session_day(*, group: str, day: dt.date, today: dt.date, meetings: Sequence[WeeklyMeeting]) -> None:
    """Refuse a date in the future or one on which the group does not meet."""
    if day > today:
        raise RefusedError(N_("{date} is in the future: attendance is recorded on the day or later"),
                           rule="future", date=day.isoformat())
    if not meets_on(meetings, day):
        raise RefusedError(N_("Group {group} does not meet on {date}"), rule="no_session", group=group,
                           date=day.isoformat())


def absence_streak(marks: Iterable[tuple[dt.date, str]]) -> int:
    """Unexcused absences in a row, counted back from the newest recorded mark."""
    streak = 0
    for _day, mark in sorted(marks, reverse=True):
        if mark != "absent":
            break
        streak += 1
    return streak


@dataclass(frozen=True, slots=True)
class MarkCounts:
    present: int = 0
    absent: int = 0
    excused: int = 0
    late: int = 0

    @property
    def recorded(self) -> int:
        return self.present + self.absent + self.excused + self.late

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def rate(self) -> float | None:
        """Attended sessions out of the sessions with a mark (None before the first mark)."""
        return self.attended / self.recorded if self.recorded else None


def count_marks(marks: Iterable[str | None]) -> MarkCounts:
    counts = {mark: 0 for mark in MARKS}
    for mark in marks:
        if mark in counts:
            counts[mark] += 1
    return MarkCounts(**counts)


def format_rate(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100)}%"


def weekly_starts(first: dt.datetime, weeks: int) -> list[dt.datetime]:
    """The start of a weekly series: ``first`` and the same time on the same weekday, ``weeks`` times."""
    return [first + dt.timedelta(weeks=n) for n in range(weeks)]


__all__ = ["ATTENDED", "MARKS", "MarkCounts", "WeeklyMeeting", "absence_streak", "check_mark",
           "check_session_day", "count_marks", "enrolled_on", "format_rate", "meeting_dates", "meets_on",
           "month_bounds", "parse_month", "weekly_starts"]
