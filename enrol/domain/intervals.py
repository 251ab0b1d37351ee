"""Time intervals, weekly timetable slots and the load of the building over time.

Clashes (a child, room or teacher in two places at once) and the building's capacity are questions
about overlapping half-open intervals: a meeting 15:00–16:00 and one 16:00–17:00 do not clash, and
their children are never in the building together.  Times are whole minutes: from midnight for a slot,
from Monday 00:00 for a moment of the week, or any other origin the caller keeps consistent.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from enrol.domain.errors import N_, ValidationError, shown

MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY


@dataclass(frozen=True, order=True)
class Interval:
    """A half-open span of minutes [start, end): it contains its start but not its end."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError(f"an interval must start before it ends: [{self.start}, {self.end})")

    @property
    def duration(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Interval) -> bool:
        """True when some minute lies in both; intervals that only touch do not overlap."""
        return self.start < other.end and other.start < self.end

    def contains(self, point: int) -> bool:
        return self.start <= point < self.end


@dataclass(frozen=True, order=True)
class WeeklySlot:
    """A time on one weekday that repeats every week: weekday 1 (Monday) … 7, minutes from midnight."""

    weekday: int
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 1 <= self.weekday <= 7:
            raise ValueError(f"weekday must be 1 (Monday) to 7 (Sunday), got {self.weekday}")
        if not 0 <= self.start < self.end <= MINUTES_PER_DAY:
            raise ValueError(f"a slot must run forwards within one day: {self.start}..{self.end}")

    @property
    def duration(self) -> int:
        return self.end - self.start

    def overlaps(self, other: WeeklySlot) -> bool:
        """True when both fall on the same weekday and share a minute."""
        return self.weekday == other.weekday and self.start < other.end and other.start < self.end

    def interval_in_week(self) -> Interval:
        """The slot as minutes from Monday 00:00, so slots of all days share one time line."""
        offset = (self.weekday - 1) * MINUTES_PER_DAY
        return Interval(offset + self.start, offset + self.end)


_HHMM = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})")


def parse_hhmm(text: str, *, field: str, allow_end_of_day: bool = False) -> int:
    """Read a time of day typed as H:MM or HH:MM (also H.MM); return minutes from midnight.

    "24:00" is the end of the day, so it is accepted only for an end time (``allow_end_of_day``).
    """
    value = shown(text.strip())
    match = _HHMM.fullmatch(text.strip())
    if match is None:
        raise ValidationError(field, N_("Time «{value}» must be written as HH:MM, for example 09:05"), value=value)
    hours, minutes = int(match.group(1)), int(match.group(2))
    if (hours, minutes) == (24, 0):
        if allow_end_of_day:
            return MINUTES_PER_DAY
        raise ValidationError(
            field, N_("Time «{value}» is the end of the day; here the latest time is 23:59"), value=value
        )
    if hours > 23 or minutes > 59:
        raise ValidationError(
            field, N_("Time «{value}» does not exist: hours go up to 23 and minutes up to 59"), value=value
        )
    return hours * 60 + minutes


def format_hhmm(minutes: int) -> str:
    """Minutes from midnight as HH:MM; 1440 is the end of the day, "24:00"."""
    if not 0 <= minutes <= MINUTES_PER_DAY:
        raise ValueError(f"not a time of day: {minutes} minutes")
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def split_week_minute(minute: int) -> tuple[int, int]:
    """A moment as minutes from Monday 00:00 → (weekday 1–7, minutes from midnight)."""
    if not 0 <= minute < MINUTES_PER_WEEK:
        raise ValueError(f"not a moment of the week: {minute} minutes")
    return minute // MINUTES_PER_DAY + 1, minute % MINUTES_PER_DAY


def _checked(items: Iterable[tuple[Interval, int]]) -> list[tuple[Interval, int]]:
    listed = list(items)
    for interval, weight in listed:
        if weight < 0:
            raise ValueError(f"a load cannot be negative: {weight} during {interval}")
    return listed


def load_profile(items: Iterable[tuple[Interval, int]]) -> list[tuple[Interval, int]]:
    """The summed weight over time as consecutive pieces of constant, non-zero load.

    Sweep line: every start adds its weight and every end removes it; the changes at one instant are
    applied together, so an interval that ends exactly where another starts never adds up with it.
    """
    changes: dict[int, int] = {}
    for interval, weight in _checked(items):
        changes[interval.start] = changes.get(interval.start, 0) + weight
        changes[interval.end] = changes.get(interval.end, 0) - weight
    pieces: list[tuple[Interval, int]] = []
    load = 0
    instants = sorted(changes)
    for here, following in zip(instants, instants[1:]):
        load += changes[here]
        if load == 0:
            continue
        if pieces and pieces[-1][1] == load and pieces[-1][0].end == here:
            pieces[-1] = (Interval(pieces[-1][0].start, following), load)
        else:
            pieces.append((Interval(here, following), load))
    return pieces


def peak_load(items: Iterable[tuple[Interval, int]]) -> tuple[int, int | None]:
    """The largest summed weight at any instant and the first instant it is reached (None if no items).

    Weights are head counts and may not be negative.  With only zero weights the peak is 0, reached at
    the earliest start.
    """
    listed = _checked(items)
    if not listed:
        return 0, None
    best, first = 0, min(interval.start for interval, _ in listed)
    for piece, load in load_profile(listed):
        if load > best:
            best, first = load, piece.start
    return best, first


def load_at(items: Iterable[tuple[Interval, int]], point: int) -> int:
    """The summed weight of the intervals that contain the instant ``point``."""
    return sum(weight for interval, weight in items if interval.contains(point))


def periods_over(items: Iterable[tuple[Interval, int]], limit: int) -> list[tuple[Interval, int]]:
    """The stretches of time when the load exceeds ``limit``, each with its highest load.

    Touching stretches are merged, so a warning can name each over-capacity period once.
    """
    merged: list[tuple[Interval, int]] = []
    for piece, load in load_profile(items):
        if load <= limit:
            continue
        if merged and merged[-1][0].end == piece.start:
            merged[-1] = (Interval(merged[-1][0].start, piece.end), max(merged[-1][1], load))
        else:
            merged.append((piece, load))
    return merged
