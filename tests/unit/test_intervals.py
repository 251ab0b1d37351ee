"""Intervals, weekly slots, HH:MM and the sweep line that finds the building's peak load."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enrol.domain.errors import ValidationError
from enrol.domain.intervals import (
    MINUTES_PER_DAY,
    Interval,
    WeeklySlot,
    format_hhmm,
    load_at,
    load_profile,
    parse_hhmm,
    peak_load,
    periods_over,
    split_week_minute,
)

intervals = st.builds(
    lambda start, length: Interval(start, start + length),
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=1, max_value=60),
)
loads = st.lists(st.tuples(intervals, st.integers(min_value=0, max_value=50)), max_size=25)


def test_interval_must_start_before_it_ends() -> None:
    with pytest.raises(ValueError):
        Interval(10, 10)
    with pytest.raises(ValueError):
        Interval(10, 9)
    assert Interval(10, 11).duration == 1


def test_interval_is_half_open() -> None:
    morning = Interval(540, 600)
    assert morning.contains(540)
    assert morning.contains(599)
    assert not morning.contains(600)
    assert not morning.contains(539)


def test_touching_intervals_do_not_overlap() -> None:
    assert not Interval(900, 960).overlaps(Interval(960, 1020))
    assert not Interval(960, 1020).overlaps(Interval(900, 960))
    assert Interval(900, 961).overlaps(Interval(960, 1020))


def test_nested_intervals_overlap() -> None:
    assert Interval(0, 100).overlaps(Interval(10, 20))
    assert Interval(10, 20).overlaps(Interval(0, 100))


def test_intervals_order_by_start_then_end() -> None:
    assert sorted([Interval(5, 9), Interval(1, 9), Interval(1, 3)]) == [
        Interval(1, 3),
        Interval(1, 9),
        Interval(5, 9),
    ]


@given(intervals, intervals)
def test_overlap_is_symmetric_and_means_a_shared_minute(a: Interval, b: Interval) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    shared = any(a.contains(m) and b.contains(m) for m in range(min(a.start, b.start), max(a.end, b.end)))
    assert a.overlaps(b) == shared


@given(intervals)
def test_an_interval_never_overlaps_the_one_that_follows_it(a: Interval) -> None:
    assert not a.overlaps(Interval(a.end, a.end + 5))
    assert not Interval(a.start - 5, a.start).overlaps(a)


def test_weekly_slot_checks_its_fields() -> None:
    for weekday, start, end in [(0, 600, 660), (8, 600, 660), (1, 660, 600), (1, -1, 60), (1, 1400, 1441)]:
        with pytest.raises(ValueError):
            WeeklySlot(weekday, start, end)
    assert WeeklySlot(7, 0, MINUTES_PER_DAY).duration == MINUTES_PER_DAY


def test_weekly_slots_overlap_only_on_the_same_day() -> None:
    monday = WeeklySlot(1, 900, 990)
    assert monday.overlaps(WeeklySlot(1, 960, 1020))
    assert not monday.overlaps(WeeklySlot(2, 960, 1020))
    assert not monday.overlaps(WeeklySlot(1, 990, 1020))


def test_weekly_slot_in_the_week() -> None:
    assert WeeklySlot(1, 900, 990).interval_in_week() == Interval(900, 990)
    assert WeeklySlot(3, 900, 990).interval_in_week() == Interval(2 * 1440 + 900, 2 * 1440 + 990)
    assert split_week_minute(2 * 1440 + 900) == (3, 900)
    with pytest.raises(ValueError):
        split_week_minute(7 * 1440)


@given(
    st.integers(min_value=1, max_value=7),
    st.integers(min_value=0, max_value=1439),
    st.integers(min_value=1, max_value=7),
    st.integers(min_value=0, max_value=1439),
)
def test_slots_overlap_exactly_when_their_week_intervals_do(d1: int, s1: int, d2: int, s2: int) -> None:
    a = WeeklySlot(d1, s1, min(s1 + 90, MINUTES_PER_DAY))
    b = WeeklySlot(d2, s2, min(s2 + 45, MINUTES_PER_DAY))
    assert a.overlaps(b) == a.interval_in_week().overlaps(b.interval_in_week()) == b.overlaps(a)


@pytest.mark.parametrize(
    ("text", "minutes"), [("9:05", 545), ("09:05", 545), (" 9.05 ", 545), ("00:00", 0), ("23:59", 1439)]
)
def test_parse_hhmm(text: str, minutes: int) -> None:
    assert parse_hhmm(text, field="start") == minutes


@pytest.mark.parametrize("text", ["", "9", "905", "9:5", "09:05:00", "nine", "9:05 pm", "-1:00", "٠٩:٠٥", "9:05\x00"])
def test_parse_hhmm_rejects_other_shapes(text: str) -> None:
    with pytest.raises(ValidationError, match="HH:MM") as caught:
        parse_hhmm(text, field="start")
    assert caught.value.field == "start"


@pytest.mark.parametrize("text", ["24:01", "25:00", "12:60", "99:99"])
def test_parse_hhmm_rejects_impossible_times(text: str) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        parse_hhmm(text, field="end", allow_end_of_day=True)


def test_24_00_is_only_an_end_time() -> None:
    with pytest.raises(ValidationError, match="end of the day"):
        parse_hhmm("24:00", field="start")
    assert parse_hhmm("24:00", field="end", allow_end_of_day=True) == MINUTES_PER_DAY


@given(st.integers(min_value=0, max_value=MINUTES_PER_DAY))
def test_format_then_parse_round_trips(minutes: int) -> None:
    text = format_hhmm(minutes)
    assert len(text) == 5
    assert parse_hhmm(text, field="t", allow_end_of_day=True) == minutes


def test_format_hhmm() -> None:
    assert format_hhmm(545) == "09:05"
    assert format_hhmm(1440) == "24:00"
    with pytest.raises(ValueError):
        format_hhmm(1441)


def test_peak_load_of_nothing() -> None:
    assert peak_load([]) == (0, None)


def test_touching_loads_do_not_add_up() -> None:
    items = [(Interval(900, 960), 300), (Interval(960, 1020), 400)]
    assert peak_load(items) == (400, 960)
    assert load_at(items, 960) == 400
    assert load_at(items, 959) == 300


def test_peak_load_finds_the_first_moment_of_the_peak() -> None:
    items = [(Interval(0, 100), 10), (Interval(50, 150), 5), (Interval(120, 200), 10), (Interval(300, 400), 15)]
    assert peak_load(items) == (15, 50)
    assert peak_load(iter(items)) == (15, 50)  # any iterable, read once


def test_peak_load_refuses_negative_head_counts() -> None:
    with pytest.raises(ValueError):
        peak_load([(Interval(0, 10), -1)])


def test_load_profile_and_periods_over_a_limit() -> None:
    items = [(Interval(0, 100), 600), (Interval(50, 150), 500), (Interval(100, 120), 100), (Interval(200, 210), 1)]
    assert load_profile(items) == [
        (Interval(0, 50), 600),
        (Interval(50, 100), 1100),
        (Interval(100, 120), 600),
        (Interval(120, 150), 500),
        (Interval(200, 210), 1),
    ]
    assert periods_over(items, 1000) == [(Interval(50, 100), 1100)]
    assert periods_over(items, 550) == [(Interval(0, 120), 1100)]
    assert periods_over(items, 1100) == []


def brute_force_peak(items: list[tuple[Interval, int]]) -> tuple[int, int | None]:
    starts = sorted({interval.start for interval, _ in items})
    if not starts:
        return 0, None
    best = max(load_at(items, s) for s in starts)
    return best, next(s for s in starts if load_at(items, s) == best)


@given(loads)
def test_peak_load_equals_the_brute_force_maximum(items: list[tuple[Interval, int]]) -> None:
    assert peak_load(items) == brute_force_peak(items)


@given(loads)
def test_load_profile_agrees_with_load_at_every_minute(items: list[tuple[Interval, int]]) -> None:
    profile = load_profile(items)
    for minute in range(0, 262):
        expected = load_at(items, minute)
        pieces = [load for piece, load in profile if piece.contains(minute)]
        assert pieces == ([expected] if expected else [])


@given(loads, st.integers(min_value=0, max_value=100))
def test_periods_over_cover_exactly_the_minutes_over_the_limit(items: list[tuple[Interval, int]], limit: int) -> None:
    periods = periods_over(items, limit)
    for minute in range(0, 262):
        over = load_at(items, minute) > limit
        assert any(period.contains(minute) for period, _ in periods) == over
    for (a, _), (b, _) in zip(periods, periods[1:]):
        assert a.end < b.start  # merged: never touching
