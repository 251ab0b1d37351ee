"""Events on SQLite and PostgreSQL: the headcount fits the room's seats, the room is free, and the headcount
counts toward the building's capacity at that time — refused with the moment named."""
from __future__ import annotations

import datetime as dt

import pytest

from enrol.domain.errors import RefusedError, ValidationError
from enrol.services.enrolment import occupancy, places as enrolment
from enrol.services.bookings import events
from enrol.services.context import Actor, issue_actor, SYSTEM
from tests.unit.enrolment_centre import ADMIN, DESK, Centre, moment, next_day

SATURDAY = next_day(6)


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("1.01", seats=300, kind="hall")
    c.room("2.14", seats=30, floor=2)
    c.group("ART-1", room="2.14", seats=20, meets=((6, "10:00", "11:30"),))
    return c


def _event(centre, headcount, start="15:00", end="17:00", room="1.01", day=SATURDAY, title="Наурыз концерті"):  # type: ignore[no-untyped-def]
    return events.add_event(centre.db, actor=DESK, title=title, room=room, starts_at=moment(day, start),
                            ends_at=moment(day, end), headcount=headcount)


def test_headcount_must_fit_the_rooms_seats(centre) -> None:  # type: ignore[no-untyped-def]
    accepted = _event(centre, 280)
    assert (accepted.room, accepted.headcount, accepted.seats, accepted.title) == ("1.01", 280, 300, "Наурыз концерті")
    with pytest.raises(RefusedError) as refused:
        _event(centre, 320, day=SATURDAY + dt.timedelta(days=1))
    assert refused.value.rule == "seats" and "300" in refused.value.english()
    with pytest.raises(ValidationError):
        _event(centre, 0, day=SATURDAY + dt.timedelta(days=1))
    assert [e.headcount for e in events.list_events(centre.db)] == [280]


def test_an_event_over_the_building_capacity_is_refused_with_the_time(centre) -> None:  # type: ignore[no-untyped-def]
    centre.setting("building_capacity", 300)
    _event(centre, 280)  # 15:00–17:00
    with pytest.raises(RefusedError) as refused:  # 280 + 30 from 16:00
        _event(centre, 30, start="16:00", end="18:00", room="2.14", title="Ата-аналар жиналысы")
    assert refused.value.rule == "building"
    assert f"{SATURDAY.isoformat()} 16:00" in refused.value.english() and "300" in refused.value.english()
    _event(centre, 20, start="17:00", end="18:00", room="2.14")
    assert occupancy.occupancy_at(centre.db, actor=SYSTEM, at=moment(SATURDAY, "15:30")).total == 280
    # an enrolment into a group meeting during the concert is weighed against it too
    centre.group("LATE-1", room="2.14", seats=25, meets=((6, "16:00", "16:45"),))
    with pytest.raises(RefusedError):  # the room is now LATE-1's at that time
        _event(centre, 5, start="16:15", end="16:30", room="2.14")
    kids = centre.children(21)
    outcomes = [enrolment.enrol_child(centre.db, actor=ADMIN, child=k, group="LATE-1").status for k in kids]
    assert outcomes.count("enrolled") == 20 and outcomes[-1] == "waitlisted"


def test_the_room_must_be_free_and_the_time_ahead(centre) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RefusedError) as refused:  # ART-1 meets there
        _event(centre, 10, start="10:30", end="12:00", room="2.14")
    assert refused.value.rule == "room_clash" and "ART-1" in refused.value.english()
    _event(centre, 100)
    with pytest.raises(RefusedError) as refused:
        _event(centre, 100, start="16:30", end="18:00")
    assert refused.value.rule == "room_clash"
    with pytest.raises(RefusedError) as refused:
        _event(centre, 10, day=SATURDAY - dt.timedelta(days=14))
    assert refused.value.rule == "past"
    with pytest.raises(ValidationError):
        _event(centre, 10, start="17:00", end="16:00")
    with pytest.raises(RefusedError):
        events.add_event(centre.db, actor=issue_actor(login="gui:t", role="teacher"), title="x", room="1.01",
                         starts_at=moment(SATURDAY, "19:00"), ends_at=moment(SATURDAY, "20:00"), headcount=5)


def test_cancel_an_event(centre) -> None:  # type: ignore[no-untyped-def]
    booked = _event(centre, 280)
    assert events.cancel_event(centre.db, actor=ADMIN, event_id=booked.id).id == booked.id
    assert events.list_events(centre.db) == []
    with pytest.raises(RefusedError):
        events.cancel_event(centre.db, actor=ADMIN, event_id=booked.id)
    _event(centre, 280)
    assert [e.title for e in events.list_events(centre.db, first=SATURDAY, last=SATURDAY)] == ["Наурыз концерті"]
    assert events.list_events(centre.db, first=SATURDAY + dt.timedelta(days=1)) == []
