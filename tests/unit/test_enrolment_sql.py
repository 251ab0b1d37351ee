"""The enrolment's hot path runs Core statements on the DBAPI cursor (``services.enrolment_sql``) inside
``Database.write()``'s transaction: the values it writes must read back through the ORM exactly as if
SQLAlchemy had written them (and the other way round), errors must still be SQLAlchemy's, and the write
transaction must keep the Session's behaviour (ORM objects flushed and committed; all rolled back on an
error). On SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from enrol.db.engine import Database
from enrol.db.models import AuditEvent, Enrolment, Room
from enrol.services.enrolment.places import enrol_child
from enrol.services.enrolment.hot_sql import Statement, raw
from enrol.services.enrolment.occupancy import dated_load, group_slots, load_group, weekly_load

from enrolment_centre import DESK, Centre, moment, next_day

_AUDIT = Statement(insert(AuditEvent).returning(AuditEvent.id))
_AUDIT_BACK = Statement(select(AuditEvent.at, AuditEvent.actor).where(AuditEvent.actor == "test:sql"))
_ENROLMENT_DATES = Statement(select(Enrolment.applied_at, Enrolment.start_date, Enrolment.decided_at)
                             .where(Enrolment.id == 1))


@pytest.fixture
def centre(db: Database) -> Centre:
    built = Centre(db)
    built.room("1.01", seats=12)
    built.room("2.01", seats=40)
    built.group("AVIA-1", seats=2, room="1.01", meets=[(1, "15:00", "16:00"), (3, "15:00", "16:00")])
    built.group("ART-1", seats=30, room="2.01", meets=[(1, "15:30", "17:00")])
    return built


def test_moments_written_raw_read_back_through_the_orm_and_back(db: Database) -> None:
    at = dt.datetime(2026, 9, 1, 9, 30, 5, 120)
    with db.write() as session:
        new_id = _AUDIT.insert(raw(session), {"at": at, "actor": "test:sql", "action": "x", "entity": "y",
                                              "entity_id": None, "before": None, "after": None})
    with db.read() as session:
        assert session.get(AuditEvent, new_id).at == at
        # the text stored on SQLite is SQLAlchemy's own, so comparisons in SQL agree with the ORM's
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.at == at)) == 1
        assert _AUDIT_BACK.rows(raw(session)) == [(at, "test:sql")]


def test_an_enrolment_reads_back_the_same_as_the_orm_sees_it(db: Database, centre: Centre) -> None:
    child = centre.child()
    applied = dt.datetime(2026, 8, 20, 10, 0)
    outcome = enrol_child(db, actor=DESK, child=child, group="AVIA-1", applied_at=applied)
    with db.read() as session:
        row = session.get(Enrolment, outcome.enrolment_id)
        assert row is not None and row.applied_at == applied and isinstance(row.start_date, dt.date)
        assert _ENROLMENT_DATES.rows(raw(session)) == [(row.applied_at, row.start_date, row.decided_at)]


def test_a_database_error_is_sqlalchemys_and_rolls_the_transaction_back(db: Database, centre: Centre) -> None:
    child = centre.child()
    enrol_child(db, actor=DESK, child=child, group="AVIA-1")
    with db.read() as session:
        group_id = session.scalar(select(Enrolment.group_id))
    duplicate = Statement(insert(Enrolment))
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(Room(code="9.99", name="never", floor=1, kind="cabinet", seats=1, active=True))
        session.flush()
        duplicate.insert(raw(session), {
            "child_id": child, "group_id": group_id, "status": "waitlisted", "priority_rank": 0,
            "applied_at": dt.datetime(2026, 9, 1), "funding": "paid"})  # a second live application
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Room).where(Room.code == "9.99")) == 0
        assert session.scalar(select(func.count()).select_from(Enrolment)) == 1


def test_orm_objects_added_in_a_write_are_committed(db: Database) -> None:
    with db.write() as session:
        session.add(Room(code="9.98", name="kept", floor=2, kind="cabinet", seats=3, active=True))
    with db.read() as session:
        assert session.scalar(select(Room.name).where(Room.code == "9.98")) == "kept"


def test_the_weekly_load_counts_the_group_as_its_seats_taken_say(db: Database, centre: Centre) -> None:
    """The group being checked passes its own count (read under the lock) instead of counting it again;
    the other groups meeting then are counted in SQL. Both ways give the same load."""
    first, second, third = centre.children(3)
    enrol_child(db, actor=DESK, child=first, group="AVIA-1")
    enrol_child(db, actor=DESK, child=second, group="ART-1")
    enrol_child(db, actor=DESK, child=third, group="ART-1")
    today = dt.date.today()
    with db.read() as session:
        group = load_group(session, "AVIA-1")
        slots = group_slots(session, group.id, since=today)
        counted = weekly_load(session, group.id, slots, since=today)
        passed = weekly_load(session, group.id, slots, since=today, taken=group.taken)
    key = lambda item: (item.weekday, item.start, item.end, str(item.room), item.children)  # noqa: E731
    assert sorted(counted[0], key=key) == sorted(passed[0], key=key) and counted[1] == passed[1]
    monday = {(item.start, item.room is None): item.children for item in passed[0] if item.weekday == 1}
    assert monday == {(15 * 60, False): 1, (15 * 60 + 30, True): 2}  # ART-1 meets in another room


def test_dated_load_is_the_same_when_asked_again(db: Database, centre: Centre) -> None:
    """The dated query's parameters are kept per day and group times; a booking made in between counts."""
    monday = next_day(1)
    today = dt.date.today()
    with db.read() as session:
        slots = group_slots(session, load_group(session, "AVIA-1").id, since=today)
        assert dated_load(session, slots, since=today) == []
    centre.event("Concert", moment(monday, "15:10"), moment(monday, "15:50"), room="1.01", headcount=7)
    with db.read() as session:
        found = dated_load(session, slots, since=today)
    assert [(item.children, item.starts_at) for item in found] == [(7, moment(monday, "15:10"))]
