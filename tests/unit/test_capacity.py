"""Building load over the week and on concrete dates, and the enrolment's "would one more child fit?" check;
plus the pure rules of who may join a group (age, school shift, clashes)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enrol.domain.capacity import (
    HORIZON_DAYS,
    DatedItem,
    Excess,
    LoadPiece,
    WeeklyItem,
    first_excess,
    next_weekday,
    range_over,
    range_peak,
    range_profile,
    week_over,
    week_peak,
    week_profile,
)
from enrol.domain.enrolment_rules import (
    academic_year_bounds,
    age_problem,
    appointment_clash,
    cutoff_date,
    meeting_clash,
    meetings_clash,
    parse_hours,
    shift_problem,
)
from enrol.domain.intervals import Interval

MONDAY = dt.date(2026, 11, 30)
HOUR = 60


def at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return dt.datetime.combine(day, dt.time(int(hours), int(minutes)))


# --- the typical week -------------------------------------------------------------------------------

def test_week_profile_adds_overlapping_meetings_and_not_touching_ones() -> None:
    items = [WeeklyItem(1, 15 * HOUR, 16 * HOUR, 10), WeeklyItem(1, 15 * HOUR + 30, 17 * HOUR, 5),
             WeeklyItem(1, 17 * HOUR, 18 * HOUR, 7), WeeklyItem(2, 15 * HOUR, 16 * HOUR, 3)]
    assert week_profile(items) == [
        (Interval(900, 930), 10), (Interval(930, 960), 15), (Interval(960, 1020), 5), (Interval(1020, 1080), 7),
        (Interval(1440 + 900, 1440 + 960), 3),
    ]
    assert week_peak(items) == (15, 930)
    assert week_over(items, 9) == [(Interval(900, 1020 - 60), 15)]


def test_typical_week_counts_only_meetings_valid_on_the_day() -> None:
    autumn = WeeklyItem(1, 900, 960, 10, valid_to=dt.date(2026, 12, 31))
    spring = WeeklyItem(1, 900, 960, 12, valid_from=dt.date(2027, 1, 10))
    assert week_peak([autumn, spring], on=dt.date(2026, 12, 1)) == (10, 900)
    assert week_peak([autumn, spring], on=dt.date(2027, 2, 1)) == (12, 900)
    assert week_peak([autumn, spring]) == (22, 900)  # no day given: every meeting


def test_next_weekday() -> None:
    assert next_weekday(MONDAY, 1) == MONDAY
    assert next_weekday(MONDAY, 3) == MONDAY + dt.timedelta(days=2)
    assert next_weekday(MONDAY + dt.timedelta(days=1), 1) == MONDAY + dt.timedelta(days=7)


# --- concrete dates ---------------------------------------------------------------------------------

def test_range_profile_combines_meetings_on_their_dates_with_bookings() -> None:
    weekly = [WeeklyItem(1, 900, 960, 10), WeeklyItem(1, 900, 960, 4, valid_from=MONDAY + dt.timedelta(days=7))]
    concert = DatedItem(at(MONDAY, "15:30"), at(MONDAY, "17:00"), 280)
    pieces = range_profile(weekly, [concert], first=MONDAY, last=MONDAY + dt.timedelta(days=7))
    assert pieces == [
        LoadPiece(at(MONDAY, "15:00"), at(MONDAY, "15:30"), 10),
        LoadPiece(at(MONDAY, "15:30"), at(MONDAY, "16:00"), 290),
        LoadPiece(at(MONDAY, "16:00"), at(MONDAY, "17:00"), 280),
        LoadPiece(at(MONDAY + dt.timedelta(days=7), "15:00"), at(MONDAY + dt.timedelta(days=7), "16:00"), 14),
    ]
    assert range_peak(weekly, [concert], first=MONDAY, last=MONDAY + dt.timedelta(days=7)) == (
        290, at(MONDAY, "15:30"))
    assert range_over(weekly, [concert], 13, first=MONDAY, last=MONDAY + dt.timedelta(days=7)) == [
        LoadPiece(at(MONDAY, "15:30"), at(MONDAY, "17:00"), 290),
        LoadPiece(at(MONDAY + dt.timedelta(days=7), "15:00"), at(MONDAY + dt.timedelta(days=7), "16:00"), 14),
    ]


def test_a_booking_over_midnight_counts_on_both_days() -> None:
    night = DatedItem(at(MONDAY, "23:00"), at(MONDAY + dt.timedelta(days=1), "01:00"), 5)
    assert range_peak([], [night], first=MONDAY + dt.timedelta(days=1), last=MONDAY + dt.timedelta(days=1)) == (
        5, at(MONDAY + dt.timedelta(days=1), "00:00"))


# --- one more child? --------------------------------------------------------------------------------

def test_first_excess_finds_the_first_moment_over_the_limit() -> None:
    slot = WeeklyItem(1, 900, 990)
    weekly = [WeeklyItem(1, 900, 990, 8), WeeklyItem(1, 930, 960, 2)]
    assert first_excess([slot], add=1, capacity=11, weekly=weekly, since=MONDAY) is None
    assert first_excess([slot], add=1, capacity=10, weekly=weekly, since=MONDAY) == Excess(MONDAY, 930, 10, 10)
    assert first_excess([slot], add=3, capacity=10, weekly=weekly, since=MONDAY) == Excess(MONDAY, 900, 8, 10)


def test_first_excess_ignores_load_outside_the_slots() -> None:
    slot = WeeklyItem(1, 900, 960)
    weekly = [WeeklyItem(1, 960, 1020, 50), WeeklyItem(2, 900, 960, 50), WeeklyItem(1, 900, 960, 5)]
    assert first_excess([slot], add=1, capacity=6, weekly=weekly, since=MONDAY) is None


def test_first_excess_sees_a_meeting_that_starts_later_in_the_year() -> None:
    slot = WeeklyItem(1, 900, 960)
    later = MONDAY + dt.timedelta(days=40)
    weekly = [WeeklyItem(1, 900, 960, 5), WeeklyItem(1, 930, 990, 5, valid_from=later)]
    assert first_excess([slot], add=1, capacity=10, weekly=weekly, since=MONDAY) == Excess(
        next_weekday(later, 1), 930, 10, 10)
    # …but not one that has ended before the child starts
    ended = [WeeklyItem(1, 900, 960, 5), WeeklyItem(1, 930, 990, 5, valid_to=MONDAY - dt.timedelta(days=1))]
    assert first_excess([slot], add=1, capacity=10, weekly=ended, since=MONDAY) is None


def test_first_excess_counts_bookings_on_the_slots_dates() -> None:
    slot = WeeklyItem(3, 900, 960)
    wednesday = MONDAY + dt.timedelta(days=16)
    concert = DatedItem(at(wednesday, "15:45"), at(wednesday, "18:00"), 4)
    thursday = wednesday + dt.timedelta(days=1)
    other_day = DatedItem(at(thursday, "15:00"), at(thursday, "16:00"), 40)
    weekly = [WeeklyItem(3, 900, 960, 6)]
    assert first_excess([slot], add=1, capacity=10, weekly=weekly, dated=[other_day], since=MONDAY) is None
    assert first_excess([slot], add=1, capacity=10, weekly=weekly, dated=[concert, other_day], since=MONDAY) == Excess(
        wednesday, 945, 10, 10)


def test_first_excess_respects_the_slot_s_own_validity() -> None:
    slot = WeeklyItem(1, 900, 960, valid_to=MONDAY + dt.timedelta(days=6))
    later = [WeeklyItem(1, 900, 960, 50, valid_from=MONDAY + dt.timedelta(days=7))]
    assert first_excess([slot], add=1, capacity=10, weekly=later, since=MONDAY) is None


def test_first_excess_when_the_moment_is_already_over() -> None:
    slot = WeeklyItem(1, 900, 960)
    assert first_excess([slot], add=0, capacity=5, weekly=[WeeklyItem(1, 900, 960, 6)], since=MONDAY) == Excess(
        MONDAY, 900, 6, 5)


days = st.integers(min_value=-10, max_value=60)
times = st.tuples(st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=6)).map(
    lambda t: (t[0] * 10, t[0] * 10 + t[1] * 10))


@st.composite
def weekly_items(draw: st.DrawFn, *, children: bool = True) -> WeeklyItem:
    start, end = draw(times)
    valid_from = draw(st.none() | days.map(lambda d: MONDAY + dt.timedelta(days=d)))
    valid_to = draw(st.none() | days.map(lambda d: MONDAY + dt.timedelta(days=d)))
    if valid_from and valid_to and valid_to < valid_from:
        valid_from, valid_to = valid_to, valid_from
    return WeeklyItem(draw(st.sampled_from([1, 2])), start, end,
                      draw(st.integers(min_value=0, max_value=6)) if children else 0, valid_from, valid_to)


@st.composite
def dated_items(draw: st.DrawFn) -> DatedItem:
    day = MONDAY + dt.timedelta(days=draw(st.integers(min_value=-3, max_value=HORIZON_DAYS)))
    start, end = draw(times)
    return DatedItem(at(day, "00:00") + dt.timedelta(minutes=start), at(day, "00:00") + dt.timedelta(minutes=end),
                     draw(st.integers(min_value=0, max_value=6)))


def brute_first_excess(slots: list[WeeklyItem], *, add: int, capacity: int, weekly: list[WeeklyItem],
                       dated: list[DatedItem]) -> Excess | None:
    """Day by day and every ten minutes (all generated times are multiples of ten), far enough ahead that
    every validity date and booking has passed and the weeks repeat."""
    for offset in range(0, 80):
        day = MONDAY + dt.timedelta(days=offset)
        minutes = sorted({m for s in slots if s.occurs_on(day) for m in range(s.start, s.end, 10)})
        for minute in minutes:
            moment = at(day, "00:00") + dt.timedelta(minutes=minute)
            load = sum(w.children for w in weekly if w.occurs_on(day) and w.start <= minute < w.end)
            load += sum(d.children for d in dated if d.starts_at <= moment < d.ends_at)
            if load + add > capacity:
                return Excess(day, minute, load, capacity)
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(weekly_items(children=False), min_size=1, max_size=2), st.lists(weekly_items(), max_size=6),
       st.lists(dated_items(), max_size=3), st.integers(min_value=0, max_value=15),
       st.integers(min_value=1, max_value=3))
def test_first_excess_agrees_with_counting_every_minute(
    slots: list[WeeklyItem], weekly: list[WeeklyItem], dated: list[DatedItem], capacity: int, add: int
) -> None:
    expected = brute_first_excess(slots, add=add, capacity=capacity, weekly=weekly, dated=dated)
    assert first_excess(slots, add=add, capacity=capacity, weekly=weekly, dated=dated, since=MONDAY) == expected


# --- who may join -----------------------------------------------------------------------------------

def test_academic_year_and_cutoff() -> None:
    assert academic_year_bounds("2026-2027") == (dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    assert cutoff_date("2026-2027", "09-01") == dt.date(2026, 9, 1)
    assert cutoff_date("2026-2027", "01-01") == dt.date(2026, 1, 1)
    assert cutoff_date("2026-2027", "02-29") == dt.date(2026, 2, 28)
    assert cutoff_date("2028-2029", "02-29") == dt.date(2028, 2, 29)
    assert parse_hours("08:00-13:00") == (480, 780)


def test_age_on_the_cutoff_day() -> None:
    cutoff = dt.date(2026, 9, 1)
    assert age_problem(birth_date=dt.date(2019, 9, 1), age_min=7, age_max=10, cutoff=cutoff, group="A") is None
    too_young = age_problem(birth_date=dt.date(2019, 9, 2), age_min=7, age_max=10, cutoff=cutoff, group="A")
    assert too_young is not None and too_young.rule == "age" and too_young.params["age"] == 6
    assert age_problem(birth_date=dt.date(2015, 9, 2), age_min=7, age_max=10, cutoff=cutoff, group="A") is None
    too_old = age_problem(birth_date=dt.date(2015, 9, 1), age_min=7, age_max=10, cutoff=cutoff, group="A")
    assert too_old is not None and too_old.params["age"] == 11
    assert "ages 7–10" in too_old.english()


def test_school_shift_clash_on_weekdays_only() -> None:
    hours = {1: (8 * HOUR, 13 * HOUR), 2: (13 * HOUR, 18 * HOUR + 30)}
    morning = WeeklyItem(2, 10 * HOUR, 11 * HOUR)
    saturday_morning = WeeklyItem(6, 10 * HOUR, 11 * HOUR)
    afternoon = WeeklyItem(2, 13 * HOUR, 14 * HOUR)
    problem = shift_problem(shift=1, school_hours=hours, slots=[afternoon, morning], group="ART-1")
    assert problem is not None and problem.rule == "shift" and problem.params["shift"] == 1
    assert shift_problem(shift=1, school_hours=hours, slots=[afternoon, saturday_morning], group="A") is None
    assert shift_problem(shift=2, school_hours=hours, slots=[morning], group="A") is None
    assert shift_problem(shift=2, school_hours=hours, slots=[afternoon], group="A") is not None
    assert shift_problem(shift=None, school_hours=hours, slots=[morning, afternoon], group="A") is None


def test_meetings_clash_needs_the_same_date() -> None:
    a = WeeklyItem(1, 900, 960)
    assert meetings_clash(a, WeeklyItem(1, 930, 1000), since=MONDAY)
    assert not meetings_clash(a, WeeklyItem(1, 960, 1000), since=MONDAY)
    assert not meetings_clash(a, WeeklyItem(2, 900, 960), since=MONDAY)
    ended = WeeklyItem(1, 900, 960, valid_to=MONDAY - dt.timedelta(days=1))
    assert not meetings_clash(a, ended, since=MONDAY)
    # valid only Tuesday–Sunday of this week: no Monday in common
    short = WeeklyItem(1, 900, 960, valid_from=MONDAY + dt.timedelta(days=1), valid_to=MONDAY + dt.timedelta(days=6))
    assert not meetings_clash(a, short, since=MONDAY)
    later = WeeklyItem(1, 900, 960, valid_from=MONDAY + dt.timedelta(days=1), valid_to=MONDAY + dt.timedelta(days=7))
    assert meetings_clash(a, later, since=MONDAY)
    problem = meeting_clash(slots=[a], others=[(WeeklyItem(1, 930, 1000), "ROBO-1")], since=MONDAY, group="AVIA-1")
    assert problem is not None and problem.rule == "clash" and problem.params["other"] == "ROBO-1"


def test_appointment_clash() -> None:
    slot = WeeklyItem(3, 900, 960)
    wednesday = MONDAY + dt.timedelta(days=2)
    inside = (at(wednesday, "15:30"), at(wednesday, "16:15"))
    touching = (at(wednesday, "16:00"), at(wednesday, "16:30"))
    past = (at(wednesday - dt.timedelta(days=7), "15:30"), at(wednesday - dt.timedelta(days=7), "16:00"))
    assert appointment_clash(slots=[slot], appointments=[touching, past], since=MONDAY, group="A") is None
    problem = appointment_clash(slots=[slot], appointments=[touching, inside], since=MONDAY, group="A")
    assert problem is not None and problem.rule == "clash"


@pytest.mark.parametrize("weekday", [1, 2, 3, 4, 5, 6, 7])
def test_weekly_item_occurs_only_on_its_weekday(weekday: int) -> None:
    item = WeeklyItem(weekday, 0, 10)
    hits = [d for d in range(7) if item.occurs_on(MONDAY + dt.timedelta(days=d))]
    assert hits == [weekday - 1]
