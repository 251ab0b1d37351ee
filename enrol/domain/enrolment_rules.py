"""Whether a child may join a group: age on the cut-off day, school shift, and clashes (the clash and age rules).

Each check returns the RefusedError it would raise, or None; the service decides whether the registrar's
override reason lifts it (age and school shift) or not (a clash: a child cannot be in two places at once).

School days are Monday to Friday. Kazakhstan's schools may teach on Saturdays too, but the centre's
Saturday clubs are where children of both shifts come; refusing every Saturday morning club to first-shift
children would block the centre's busiest day for no one's benefit; a child whose school does teach on
Saturday is the registrar's (and the guardian's) to judge.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from enrol.domain.capacity import WeeklyItem, next_weekday
from enrol.domain.children import age_on
from enrol.domain.errors import N_, RefusedError
from enrol.domain.intervals import format_hhmm
from enrol.domain.vocabulary import WEEKDAYS

SCHOOL_DAYS = frozenset({1, 2, 3, 4, 5})
# An academic year "2026-2027" starts on 1 September 2026 and ends on 31 August 2027.
YEAR_START = (9, 1)
# A paper application entered late may say the child started up to this long before the year began
# (summer intakes of the centre start in June).
EARLY_START_DAYS = 92


def academic_year_bounds(academic_year: str) -> tuple[dt.date, dt.date]:
    """First and last day of an academic year written ``YYYY-YYYY``."""
    first_year = int(academic_year[:4])
    return dt.date(first_year, *YEAR_START), dt.date(first_year + 1, *YEAR_START) - dt.timedelta(days=1)


def cutoff_date(academic_year: str, month_day: str) -> dt.date:
    """The day a child's age is counted for a group: the ``MM-DD`` setting in the year's first calendar year."""
    month, day = (int(part) for part in month_day.split("-"))
    year = int(academic_year[:4])
    if (month, day) == (2, 29) and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def parse_hours(text: str) -> tuple[int, int]:
    """``HH:MM-HH:MM`` (the stored form of the shift-hours settings) as minutes from midnight."""
    start, end = text.split("-")
    return _minutes(start), _minutes(end)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.strip().split(":")
    return int(hours) * 60 + int(minutes)


@dataclass(frozen=True)
class WeeklyTime:
    """A weekly meeting as a message parameter: the weekday is a word of the reader's language, so the
    message keeps the number and the reader's side (``i18n.render_error``) chooses the word."""

    weekday: int
    start: int
    end: int

    def localised(self, translate: Callable[[str], str]) -> str:
        return f"{translate(WEEKDAYS[self.weekday])} {format_hhmm(self.start)}–{format_hhmm(self.end)}"

    def __str__(self) -> str:
        return self.localised(lambda text: text)


def _when(item: WeeklyItem) -> WeeklyTime:
    return WeeklyTime(item.weekday, item.start, item.end)


def age_problem(
    *, birth_date: dt.date, age_min: int, age_max: int, cutoff: dt.date, group: str
) -> RefusedError | None:
    age = age_on(birth_date, cutoff)
    if age_min <= age <= age_max:
        return None
    return RefusedError(
        N_("Group {group} is for ages {age_min}–{age_max}, but the child is {age} on {cutoff}"),
        rule="age", group=group, age_min=age_min, age_max=age_max, age=age, cutoff=cutoff,
    )


def shift_problem(
    *, shift: int | None, school_hours: Mapping[int, tuple[int, int]], slots: Iterable[WeeklyItem], group: str
) -> RefusedError | None:
    """A meeting on a school day (Monday–Friday) during the hours of the child's school shift."""
    if shift is None or shift not in school_hours:
        return None
    start, end = school_hours[shift]
    for slot in sorted(slots, key=lambda s: (s.weekday, s.start)):
        if slot.weekday in SCHOOL_DAYS and slot.start < end and start < slot.end:
            return RefusedError(
                N_("Group {group} meets {when}, during the school hours of shift {shift} ({hours}); "
                   "enrol only with a reason"),
                rule="shift", group=group, when=_when(slot), shift=shift,
                hours=f"{format_hhmm(start)}–{format_hhmm(end)}",
            )
    return None


def meetings_clash(first: WeeklyItem, second: WeeklyItem, *, since: dt.date) -> bool:
    """Both meet on one and the same date, on or after ``since``, with overlapping times."""
    if first.weekday != second.weekday or not (first.start < second.end and second.start < first.end):
        return False
    starts = [day for day in (since, first.valid_from, second.valid_from) if day is not None]
    ends = [day for day in (first.valid_to, second.valid_to) if day is not None]
    day = next_weekday(max(starts), first.weekday)
    return not ends or day <= min(ends)


def meeting_clash(
    *, slots: Iterable[WeeklyItem], others: Iterable[tuple[WeeklyItem, str]], since: dt.date, group: str
) -> RefusedError | None:
    """The child's other groups (enrolled or offered) meeting at the same time as one of ``slots``."""
    listed = list(others)
    for slot in sorted(slots, key=lambda s: (s.weekday, s.start)):
        for other, other_group in listed:
            if meetings_clash(slot, other, since=since):
                return RefusedError(
                    N_("Group {group} meets {when}, when the child is in group {other} ({other_when})"),
                    rule="clash", group=group, when=_when(slot), other=other_group, other_when=_when(other),
                )
    return None


def appointment_clash(
    *, slots: Iterable[WeeklyItem], appointments: Iterable[tuple[dt.datetime, dt.datetime]], since: dt.date,
    group: str,
) -> RefusedError | None:
    """A booked appointment of the child that falls in one of the group's meetings, on or after ``since``."""
    listed = sorted(slots, key=lambda s: (s.weekday, s.start))
    for starts_at, ends_at in sorted(appointments):
        day = starts_at.date()
        while day <= ends_at.date():
            if day >= since:
                midnight = dt.datetime.combine(day, dt.time())
                for slot in listed:
                    if (slot.occurs_on(day) and starts_at < midnight + dt.timedelta(minutes=slot.end)
                            and midnight + dt.timedelta(minutes=slot.start) < ends_at):
                        return RefusedError(
                            N_("Group {group} meets {when}, when the child has an appointment at {at}"),
                            rule="clash", group=group, when=_when(slot), at=starts_at.replace(second=0, microsecond=0),
                        )
            day += dt.timedelta(days=1)
    return None


@dataclass(frozen=True)
class ChildTimetable:
    """What a child already has: live applications {group id: status}, the meetings of the groups they hold a
    seat in (with the group's code), the meetings of the group applied for, and booked appointments."""

    applications: dict[int, str]
    meetings: list[tuple[WeeklyItem, str]]
    target: list[WeeklyItem]
    appointments: list[tuple[dt.datetime, dt.datetime]]


def placement_problems(
    *, birth_date: dt.date, shift: int | None, group: str, age_min: int, age_max: int, cutoff: dt.date,
    school_hours: Mapping[int, tuple[int, int]], timetable: ChildTimetable, since: dt.date,
) -> tuple[list[RefusedError], RefusedError | None]:
    """(age and school-shift problems, which a reason can override; the first clash, which nothing overrides),
    for the group's meetings still running on ``since``."""
    slots = [s for s in timetable.target if s.valid_to is None or s.valid_to >= since]
    soft = [problem for problem in (
        age_problem(birth_date=birth_date, age_min=age_min, age_max=age_max, cutoff=cutoff, group=group),
        shift_problem(shift=shift, school_hours=school_hours, slots=slots, group=group),
    ) if problem is not None]
    hard = meeting_clash(slots=slots, others=timetable.meetings, since=since, group=group)
    if hard is None:
        hard = appointment_clash(slots=slots, appointments=timetable.appointments, since=since, group=group)
    return soft, hard
