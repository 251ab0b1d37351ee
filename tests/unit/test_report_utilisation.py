"""Utilisation of a two-room centre, counted by hand, on SQLite and PostgreSQL.

    room R1 (20 seats): G1 (10 seats) Monday 15:00–16:00 and Wednesday 15:00–16:30 — 2 children
    room R2 (10 seats): G2 (10 seats) Monday 15:30–17:00 — 10 children and 6 waiting

The building: Monday 15:00 2, 15:30 12 (the peak), 16:00 10 until 17:00; Wednesday 15:00–16:30 2.
G1 is under-filled (2 of 10), G2 has a long waitlist (6). R1 is timetabled 2.5 h with 2 children in 20 seats
(10% filled in use); R2 1.5 h full (100%).
"""
from __future__ import annotations

import pytest

from enrol.services.enrolment import places as enrolment
from enrol.services.reporting.utilisation import OPEN_MINUTES, utilisation_report
from tests.unit.enrolment_centre import ADMIN, TODAY, Centre


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("R1", seats=20)
    c.room("R2", seats=10, floor=2)
    c.group("G1", room="R1", seats=10, meets=((1, "15:00", "16:00"), (3, "15:00", "16:30")))
    c.group("G2", room="R2", seats=10, meets=((1, "15:30", "17:00"),))
    for child in c.children(2):
        enrolment.enrol_child(db, actor=ADMIN, child=child, group="G1")
    for child in c.children(16):
        enrolment.enrol_child(db, actor=ADMIN, child=child, group="G2")
    return c


def test_week_groups_and_rooms_by_hand(centre) -> None:  # type: ignore[no-untyped-def]
    found = utilisation_report(centre.db, actor=ADMIN, on=TODAY)
    week = found.week
    assert (found.capacity, week.peak, week.peak_weekday, week.peak_minute) == (1000, 12, 1, 15 * 60 + 30)
    assert found.busiest == [(1, 930, 12), (1, 960, 10), (1, 900, 2), (3, 900, 2)]
    assert week.slots[0][30:35] == (2, 12, 10, 10, 0) and week.slots[2][30:34] == (2, 2, 2, 0)
    groups = {g.group: (g.seats, g.enrolled, g.waitlisted, g.weekly_minutes) for g in found.groups}
    assert groups == {"G1": (10, 2, 0, 150), "G2": (10, 10, 6, 90)}
    assert (found.seats, found.taken, found.waitlisted) == (20, 12, 6)
    assert [g.group for g in found.underfilled] == ["G1"] and [g.group for g in found.long_waitlists] == ["G2"]
    rooms = {r.code: r for r in found.rooms}
    assert (rooms["R1"].weekly_minutes, rooms["R1"].seat_minutes, rooms["R1"].peak) == (150, 300, 2)
    assert rooms["R1"].fill == pytest.approx(0.1) and rooms["R2"].fill == pytest.approx(1.0)
    assert rooms["R2"].booked_share == pytest.approx(90 / OPEN_MINUTES)


def test_a_withdrawal_moves_the_waitlist_into_the_numbers(centre) -> None:  # type: ignore[no-untyped-def]
    """A G2 child leaves: the head of the waitlist takes the seat (enrolled or offered, both count)."""
    first = utilisation_report(centre.db, actor=ADMIN, on=TODAY).groups[1]
    from enrol.services.centre import groups as group_service

    leaver = group_service.group_detail(centre.db, group="G2").roster[0].child_id
    enrolment.withdraw_child(centre.db, actor=ADMIN, child=leaver, group="G2")
    after = {g.group: g for g in utilisation_report(centre.db, actor=ADMIN, on=TODAY).groups}["G2"]
    assert (first.taken, first.waitlisted) == (10, 6)
    assert (after.taken, after.waitlisted) == (10, 5)
