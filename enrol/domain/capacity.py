"""Building load arithmetic over the week (the seats and building's capacity rules): who is expected in the
building, when.

Two kinds of load meet here:

- **weekly items**: a group's meeting (weekday, start and end minute) with the children it brings
  (enrolled + held offers) and the validity dates of the meeting — a meeting counts only on dates
  inside ``[valid_from, valid_to]`` (None = open);
- **dated items**: an appointment or an event on a concrete date and time, with its children.

The question asked at every enrolment is :func:`first_excess`: would ``add`` more children in some
weekly slots exceed a limit (building capacity, or a room's seats) at any instant from a given day on?
It is answered exactly, not by sampling weeks: the weekly load of a weekday only grows on the first
occurrence of a meeting that becomes valid later (a ``valid_from`` in the future), so the days worth
checking are the slot's first occurrence, those first occurrences, and the days that have dated items.
Dated items are looked at up to :data:`HORIZON_DAYS` ahead — the caller fetches bookings in that window;
appointments and events further away are checked when they are booked, not at enrolment.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from enrol.domain.intervals import MINUTES_PER_DAY, Interval, load_profile, peak_load, periods_over

# Appointments and events within eight weeks of an enrolment's first day count towards its capacity check:
# specialists book about a month ahead and events a term ahead at most, and eight weeks keeps the query
# (one time window per meeting day) small.
HORIZON_DAYS = 56
# The most seats one group may have (the seats rule): the Groups dialog's bound and the services' check.
MAX_GROUP_SEATS = 500


@dataclass(frozen=True, slots=True)
class WeeklyItem:
    """A weekly slot with the children it brings; ``room`` is any key the caller uses for rooms."""

    weekday: int
    start: int
    end: int
    children: int = 0
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    room: object = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    def occurs_on(self, day: dt.date) -> bool:
        return day.isoweekday() == self.weekday and self.valid_on(day)

    def interval_in_week(self) -> Interval:
        offset = (self.weekday - 1) * MINUTES_PER_DAY
        return Interval(offset + self.start, offset + self.end)


@dataclass(frozen=True, slots=True)
class DatedItem:
    """An appointment or event: its children are in the building from ``starts_at`` until ``ends_at``."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    children: int
    room: object = None

    def minutes_on(self, day: dt.date) -> Interval | None:
        """The part of the item that falls on ``day``, as minutes from that day's midnight."""
        midnight = dt.datetime.combine(day, dt.time())
        start = max(self.starts_at, midnight)
        end = min(self.ends_at, midnight + dt.timedelta(days=1))
        if start >= end:
            return None
        return Interval(_minutes(start - midnight), _minutes(end - midnight, up=True))


@dataclass(frozen=True, slots=True)
class Excess:
    """The first moment a limit would be exceeded: ``load`` children were there before the addition."""

    day: dt.date
    minute: int
    load: int
    limit: int


@dataclass(frozen=True, slots=True)
class LoadPiece:
    """A stretch of concrete time with a constant, non-zero load."""

    start: dt.datetime
    end: dt.datetime
    load: int


def _minutes(delta: dt.timedelta, *, up: bool = False) -> int:
    seconds = delta.days * 86_400 + delta.seconds + (1 if up and delta.microseconds else 0)
    return (seconds + 59) // 60 if up else seconds // 60


def next_weekday(day: dt.date, weekday: int) -> dt.date:
    """The first date on or after ``day`` that falls on ``weekday`` (1 = Monday)."""
    return day + dt.timedelta(days=(weekday - day.isoweekday()) % 7)


# --- the typical week -------------------------------------------------------------------------------

def _week_items(weekly: Iterable[WeeklyItem], on: dt.date | None) -> list[tuple[Interval, int]]:
    return [(item.interval_in_week(), item.children) for item in weekly if on is None or item.valid_on(on)]


def week_profile(weekly: Iterable[WeeklyItem], *, on: dt.date | None = None) -> list[tuple[Interval, int]]:
    """The load over the typical week (minutes from Monday 00:00) of the items valid on ``on`` (None: all)."""
    return load_profile(_week_items(weekly, on))


def week_peak(weekly: Iterable[WeeklyItem], *, on: dt.date | None = None) -> tuple[int, int | None]:
    """The typical week's highest load and the first minute of the week it is reached."""
    return peak_load(_week_items(weekly, on))


def week_over(weekly: Iterable[WeeklyItem], capacity: int, *, on: dt.date | None = None) -> list[tuple[Interval, int]]:
    """The stretches of the typical week above ``capacity``, each with its highest load."""
    return periods_over(_week_items(weekly, on), capacity)


# --- concrete dates --------------------------------------------------------------------------------

def _range_items(
    weekly: Sequence[WeeklyItem], dated: Sequence[DatedItem], first: dt.date, last: dt.date
) -> list[tuple[Interval, int]]:
    """Every item occurring in ``[first, last]`` as minutes from ``first`` 00:00."""
    items: list[tuple[Interval, int]] = []
    day = first
    while day <= last:
        offset = (day - first).days * MINUTES_PER_DAY
        for item in weekly:
            if item.occurs_on(day):
                items.append((Interval(offset + item.start, offset + item.end), item.children))
        for booking in dated:
            part = booking.minutes_on(day)
            if part is not None:
                items.append((Interval(offset + part.start, offset + part.end), booking.children))
        day += dt.timedelta(days=1)
    return items


def _as_pieces(first: dt.date, pieces: list[tuple[Interval, int]]) -> list[LoadPiece]:
    origin = dt.datetime.combine(first, dt.time())
    return [LoadPiece(origin + dt.timedelta(minutes=span.start), origin + dt.timedelta(minutes=span.end), load)
            for span, load in pieces]


def range_profile(
    weekly: Sequence[WeeklyItem], dated: Sequence[DatedItem], *, first: dt.date, last: dt.date
) -> list[LoadPiece]:
    """The load between ``first`` and ``last`` (both included): weekly items on their valid dates + dated items."""
    return _as_pieces(first, load_profile(_range_items(weekly, dated, first, last)))


def range_peak(
    weekly: Sequence[WeeklyItem], dated: Sequence[DatedItem], *, first: dt.date, last: dt.date
) -> tuple[int, dt.datetime | None]:
    peak, minute = peak_load(_range_items(weekly, dated, first, last))
    at = None if minute is None else dt.datetime.combine(first, dt.time()) + dt.timedelta(minutes=minute)
    return peak, at


def range_over(
    weekly: Sequence[WeeklyItem], dated: Sequence[DatedItem], capacity: int, *, first: dt.date, last: dt.date
) -> list[LoadPiece]:
    """The over-capacity moments between ``first`` and ``last``, each stretch with its highest load."""
    return _as_pieces(first, periods_over(_range_items(weekly, dated, first, last), capacity))


# --- the enrolment check ---------------------------------------------------------------------------

def _days_to_check(
    slot: WeeklyItem, weekly: Sequence[WeeklyItem], dated: Sequence[DatedItem], since: dt.date
) -> list[dt.date]:
    """The dates on which the slot's load can be at its highest (see the module's docstring)."""
    first = next_weekday(max(since, slot.valid_from or since), slot.weekday)
    last = slot.valid_to
    if last is not None and first > last:
        return []
    days = {first}
    for item in weekly:
        if item.valid_from is not None and item.valid_from > first:
            days.add(next_weekday(item.valid_from, slot.weekday))
    for booking in dated:
        day = booking.starts_at.date()
        while day <= booking.ends_at.date():
            if day >= first and day.isoweekday() == slot.weekday:
                days.add(day)
            day += dt.timedelta(days=1)
    return sorted(day for day in days if last is None or day <= last)


def first_excess(
    slots: Iterable[WeeklyItem], *, add: int, capacity: int, weekly: Sequence[WeeklyItem],
    dated: Sequence[DatedItem] = (), since: dt.date,
) -> Excess | None:
    """Would ``add`` more children during ``slots`` (on their dates from ``since`` on) exceed ``capacity``?

    ``weekly`` and ``dated`` are the load already there (including the slots' own children); only the
    parts that overlap a slot matter. Returns the earliest day's first moment over the limit, or None.
    A moment that is already over the limit counts as exceeded: nobody is added there.
    """
    found: list[Excess] = []
    for slot in slots:
        window = Interval(slot.start, slot.end)
        same_day = [item for item in weekly if item.weekday == slot.weekday and item.start < slot.end
                    and slot.start < item.end]
        for day in _days_to_check(slot, same_day, dated, since):
            spans = [(max(item.start, slot.start), min(item.end, slot.end), item.children)
                     for item in same_day if item.valid_on(day)]
            for booking in dated:
                part = booking.minutes_on(day)
                if part is not None and part.overlaps(window):
                    spans.append((max(part.start, slot.start), min(part.end, slot.end), booking.children))
            excess = _first_over(spans, add=add, capacity=capacity, day=day, start=slot.start)
            if excess is not None:
                found.append(excess)
                break
    return min(found, key=lambda e: (e.day, e.minute)) if found else None


def _first_over(spans: list[tuple[int, int, int]], *, add: int, capacity: int, day: dt.date,
                start: int) -> Excess | None:
    """The first minute of one slot's day at which the load plus ``add`` is over ``capacity``.

    The sweep of ``load_profile`` on plain (start, end, children) tuples: this runs for every enrolment, and
    making ``Interval`` objects here cost more than the sweep itself."""
    if add > capacity:  # then even an empty building is over: the slot's very start
        return Excess(day=day, minute=start, load=sum(c for s, e, c in spans if s <= start < e), limit=capacity)
    changes: dict[int, int] = {}
    for begin, end, children in spans:
        changes[begin] = changes.get(begin, 0) + children
        changes[end] = changes.get(end, 0) - children
    load = 0
    for moment in sorted(changes):
        load += changes[moment]  # all changes at one instant together: touching spans never add up
        if load + add > capacity:
            return Excess(day=day, minute=moment, load=load, limit=capacity)
    return None
