"""Every public service that can bring children into the building goes through the enrolment's limits — a
room's seats and the building's capacity — in its locked transaction, and refuses past them.

    building_capacity 10
    R1 (20 seats): A (10 seats, Monday 15:00–16:00) with 6 children
    R2 (20 seats): B (6 seats, Tuesday 15:00–16:00) with 6 children
    R3 (5 seats): empty

Each case tries to add load past a limit; afterwards the week's peak is still within capacity and no group
meets in a room with fewer seats than the group has.
"""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from enrol.db.models import Group, Meeting, Room
from enrol.domain.errors import RefusedError
from enrol.services.bookings import events
from enrol.services.centre import groups, rooms, timetable
from enrol.services.enrolment import places
from enrol.services.enrolment.occupancy import week_profile
from tests.unit.enrolment_centre import ADMIN, Centre, moment, next_day, statuses

CAPACITY = 10


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.setting("building_capacity", CAPACITY)
    for code, seats in (("R1", 20), ("R2", 20), ("R3", 5)):
        c.room(code, seats=seats)
    c.group("A", room="R1", seats=10, meets=((1, "15:00", "16:00"),))
    c.group("B", room="R2", seats=6, meets=((2, "15:00", "16:00"),))
    for group in ("A", "B"):
        for child in c.children(6):
            places.enrol_child(db, actor=ADMIN, child=child, group=group)
    return c


def _meeting(db, group: str) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return int(session.scalar(select(Meeting.id).join(Group).where(Group.code == group)))


def add_meeting(c: Centre) -> None:
    timetable.add_meeting(c.db, actor=ADMIN, group="B", weekday=1, start="15:30", end="16:30", room="R2")


def add_meeting_in_a_small_room(c: Centre) -> None:
    timetable.add_meeting(c.db, actor=ADMIN, group="B", weekday=3, start="15:00", end="16:00", room="R3")


def new_meeting_through_update(c: Centre) -> None:
    timetable.update_meeting(c.db, actor=ADMIN, meeting_id=None, group="B", weekday=1, start="15:00", end="16:00",
                             room="R2")


def move_meeting_in_time(c: Centre) -> None:
    timetable.move_meeting(c.db, actor=ADMIN, meeting_id=_meeting(c.db, "B"), weekday=1, start="15:00",
                           end="16:00", room="R2")


def move_meeting_to_a_small_room(c: Centre) -> None:
    timetable.move_meeting(c.db, actor=ADMIN, meeting_id=_meeting(c.db, "B"), weekday=2, start="15:00",
                           end="16:00", room="R3")


def reactivate_group_over_the_building(c: Centre) -> None:
    groups.update_group(c.db, actor=ADMIN, group="B", active=False)
    timetable.add_meeting(c.db, actor=ADMIN, group="B", weekday=1, start="15:00", end="16:00", room="R2")
    groups.update_group(c.db, actor=ADMIN, group="B", active=True)


def reactivate_group_in_a_shrunk_room(c: Centre) -> None:
    groups.update_group(c.db, actor=ADMIN, group="B", active=False)
    rooms.update_room(c.db, actor=ADMIN, room="R2", seats=4)  # allowed: no active group meets there
    groups.update_group(c.db, actor=ADMIN, group="B", active=True)


def raise_seats_past_the_room(c: Centre) -> None:
    places.change_group_seats(c.db, actor=ADMIN, group="B", seats=21)


def raise_seats_past_the_room_through_update_group(c: Centre) -> None:
    groups.update_group(c.db, actor=ADMIN, group="B", seats=21)


def event_over_the_building(c: Centre) -> None:
    day = next_day(1)
    events.add_event(c.db, actor=ADMIN, title="Concert", room="R3", starts_at=moment(day, "15:00"),
                     ends_at=moment(day, "16:00"), headcount=5)


CASES: list[Callable[[Centre], None]] = [
    add_meeting, add_meeting_in_a_small_room, new_meeting_through_update, move_meeting_in_time,
    move_meeting_to_a_small_room, reactivate_group_over_the_building, reactivate_group_in_a_shrunk_room,
    raise_seats_past_the_room, raise_seats_past_the_room_through_update_group, event_over_the_building,
]


@pytest.mark.parametrize("attempt", CASES, ids=[case.__name__ for case in CASES])
def test_every_path_that_adds_load_is_refused_past_a_limit(centre, attempt) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RefusedError):
        attempt(centre)
    assert week_profile(centre.db, actor=ADMIN).peak <= CAPACITY
    with centre.db.read() as session:
        too_big = session.execute(select(Group.code, Room.code).join(Meeting, Meeting.group_id == Group.id)
                                  .join(Room, Room.id == Meeting.room_id)
                                  .where(Group.active, Group.seats > Room.seats)).all()
    assert too_big == []


def test_enrolment_and_more_seats_wait_for_the_building(centre) -> None:  # type: ignore[no-untyped-def]
    """The enrolment itself, and seats raised for a waitlist, place nobody past the building's capacity."""
    for child in centre.children(4):
        assert places.enrol_child(centre.db, actor=ADMIN, child=child, group="A").status == "enrolled"
    assert week_profile(centre.db, actor=ADMIN).peak == CAPACITY
    late = centre.child()
    assert places.enrol_child(centre.db, actor=ADMIN, child=late, group="A").status == "waitlisted"
    places.change_group_seats(centre.db, actor=ADMIN, group="A", seats=12)
    assert statuses(centre.db, "A")[late] == "waitlisted"
    assert week_profile(centre.db, actor=ADMIN).peak == CAPACITY
