"""The centre's set-up (rooms, staff, clubs, groups, the weekly timetable, settings) on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from enrol.db.models import AuditEvent, Club, Group, Meeting, Room, Setting, Specialist, Staff
from enrol.domain.errors import NotFoundError, RefusedError, ValidationError
from enrol.domain.settings import SETTINGS
from enrol.services.centre import clubs, groups, rooms, settings, staff, timetable
from enrol.services.context import Actor

ACTOR = Actor(login="test:admin")


def count(db, model, *where) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)))


def actions(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def room(db, code="2.14", seats=20, floor=2, kind="club_room", name="Авиамодельдеу"):  # type: ignore[no-untyped-def]
    return rooms.add_room(db, actor=ACTOR, code=code, name=name, floor=floor, kind=kind, seats=seats)


def club(db, name="Авиамодельдеу", size=12, age_min=8, age_max=14, funding="free"):  # type: ignore[no-untyped-def]
    return clubs.add_club(db, actor=ACTOR, name=name, direction="science", age_min=age_min, age_max=age_max,
                          funding=funding, default_group_size=size)


def teacher(db, surname="Ахметов", name="Серік"):  # type: ignore[no-untyped-def]
    return staff.add_staff(db, actor=ACTOR, surname=surname, name=name, position="teacher", phone="+77011112233")


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    """Two rooms, one club, two groups of one teacher."""
    room(db, "2.14", seats=20)
    room(db, "2.15", seats=10, name="Виртуалды зертхана", kind="laboratory")
    club(db)
    t = teacher(db)
    groups.add_group(db, actor=ACTOR, code="AVIA-1", club="Авиамодельдеу", teacher_id=t.id, seats=15)
    groups.add_group(db, actor=ACTOR, code="AVIA-2", club="Авиамодельдеу", teacher_id=t.id, seats=10)
    return t


def meet(db, group="AVIA-1", weekday=1, start="10:00", end="11:30", room_code="2.14", **dates):  # type: ignore[no-untyped-def]
    return timetable.add_meeting(db, actor=ACTOR, group=group, weekday=weekday, start=start, end=end,
                                 room=room_code, **dates)


# --- rooms -----------------------------------------------------------------------------------------------

def test_add_room_stores_it(db) -> None:  # type: ignore[no-untyped-def]
    info = room(db, seats=25)
    with db.read() as session:
        row = session.get(Room, info.id)
        assert (row.code, row.name, row.floor, row.kind, row.seats, row.active) == (
            "2.14", "Авиамодельдеу", 2, "club_room", 25, True)
    assert [r.code for r in rooms.list_rooms(db)] == ["2.14"]
    assert actions(db) == ["room.add"]


def test_duplicate_room_code_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    room(db)
    with pytest.raises(RefusedError) as caught:
        room(db, name="Another", seats=5)
    assert caught.value.rule == "duplicate" and "2.14" in caught.value.english()
    assert count(db, Room) == 1 and actions(db) == ["room.add"]


@pytest.mark.parametrize(("field", "change"), [
    ("floor", {"floor": 4}), ("floor", {"floor": 0}), ("floor", {"floor": "two"}),
    ("kind", {"kind": "kitchen"}), ("seats", {"seats": -1}), ("seats", {"seats": 2001}),
    ("code", {"code": "2 14"}), ("code", {"code": ""}), ("name", {"name": ""}), ("name", {"name": "Зал\u202e"}),
])
def test_invalid_room(db, field, change) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        room(db, **change)
    assert caught.value.field == field
    assert count(db, Room) == 0


def test_update_room_refuses_seats_below_a_group_meeting_there(db, centre) -> None:  # type: ignore[no-untyped-def]
    meet(db)  # AVIA-1 has 15 seats, in 2.14 (20 seats)
    with pytest.raises(RefusedError) as caught:
        rooms.update_room(db, actor=ACTOR, room="2.14", seats=14)
    assert "AVIA-1" in caught.value.english() and caught.value.rule == "seats"
    with db.read() as session:
        assert session.scalar(select(Room.seats).where(Room.code == "2.14")) == 20
    info = rooms.update_room(db, actor=ACTOR, room="2.14", seats=15, name="Авиа", kind="workshop")
    with db.read() as session:
        row = session.scalars(select(Room).where(Room.code == "2.14")).one()
        assert (row.seats, row.name, row.kind) == (15, "Авиа", "workshop") == (info.seats, info.name, info.kind)
    assert actions(db).count("room.edit") == 1
    with pytest.raises(NotFoundError):
        rooms.update_room(db, actor=ACTOR, room="9.99", seats=1)


def test_total_seats_counts_active_rooms(db) -> None:  # type: ignore[no-untyped-def]
    room(db, "1.01", seats=300, floor=1, kind="hall")
    room(db, "3.01", seats=12, floor=3)
    rooms.update_room(db, actor=ACTOR, room="3.01", active=False)
    assert rooms.total_seats(db) == 300
    assert [(r.code, r.floor) for r in rooms.list_rooms(db)] == [("1.01", 1), ("3.01", 3)]


# --- staff, clubs, groups -----------------------------------------------------------------------------

def test_staff_and_specialists(db) -> None:  # type: ignore[no-untyped-def]
    room(db, "1.05", seats=4, floor=1, kind="cabinet")
    person = staff.add_staff(db, actor=ACTOR, surname="СЕРІКОВА", name="айгүл", position="specialist",
                             specialty="psychologist", cabinet="1.05", phone="8 701 111 22 33")
    assert person.full_name == "Серікова Айгүл" and person.phone == "+77011112233"
    with db.read() as session:
        spec = session.scalars(select(Specialist)).one()
        assert (spec.staff_id, spec.specialty) == (person.id, "psychologist")
        assert session.get(Room, spec.cabinet_id).code == "1.05"
    with pytest.raises(ValidationError) as caught:
        staff.add_staff(db, actor=ACTOR, surname="Бек", name="Ас", position="specialist")
    assert caught.value.field == "specialty"
    with pytest.raises(ValidationError) as caught:
        staff.add_staff(db, actor=ACTOR, surname="Бек", name="Ас", position="janitor")
    assert caught.value.field == "position"
    assert count(db, Staff) == 1
    assert [(s.full_name, s.cabinet) for s in staff.list_staff(db)] == [("Серікова Айгүл", "1.05")]


def test_clubs(db) -> None:  # type: ignore[no-untyped-def]
    info = club(db)
    with db.read() as session:
        row = session.get(Club, info.id)
        assert (row.name, row.age_min, row.age_max, row.default_group_size, row.funding) == (
            "Авиамодельдеу", 8, 14, 12, "free")
    with pytest.raises(RefusedError) as caught:
        club(db)
    assert caught.value.rule == "duplicate"
    with pytest.raises(ValidationError) as caught:
        club(db, name="Робототехника", age_min=12, age_max=9)
    assert caught.value.field == "age_max"
    with pytest.raises(ValidationError) as caught:
        club(db, name="Робототехника", age_min=1)
    assert caught.value.field == "age_min"
    assert count(db, Club) == 1
    assert [(c.name, c.groups) for c in clubs.list_clubs(db)] == [("Авиамодельдеу", 0)]


def test_group_defaults_come_from_the_club(db) -> None:  # type: ignore[no-untyped-def]
    club(db, size=12, age_min=8, age_max=14, funding="paid")
    info = groups.add_group(db, actor=ACTOR, code="AVIA-1", club="Авиамодельдеу")
    with db.read() as session:
        row = session.get(Group, info.id)
        assert (row.seats, row.age_min, row.age_max, row.funding, row.language, row.academic_year) == (
            12, 8, 14, "paid", "kk", "2026-2027")
    other = groups.add_group(db, actor=ACTOR, code="AVIA-2", club=info.club_id, seats=20, age_min=10,
                             language="ru", academic_year="2027-2028")
    assert (other.seats, other.age_min, other.age_max, other.language, other.academic_year) == (
        20, 10, 14, "ru", "2027-2028")
    assert [(c.name, c.groups) for c in clubs.list_clubs(db)] == [("Авиамодельдеу", 2)]
    assert [g.code for g in groups.list_groups(db, club="Авиамодельдеу")] == ["AVIA-1", "AVIA-2"]


def test_academic_year_default_follows_the_setting(db) -> None:  # type: ignore[no-untyped-def]
    club(db)
    settings.set_setting(db, actor=ACTOR, key="academic_year", value="2027-2028")
    assert groups.add_group(db, actor=ACTOR, code="AVIA-1", club="Авиамодельдеу").academic_year == "2027-2028"


@pytest.mark.parametrize(("error", "attr", "kwargs"), [
    (RefusedError, ("rule", "duplicate"), {"code": "AVIA-1"}),
    (ValidationError, ("field", "seats"), {"seats": 0}),
    (ValidationError, ("field", "seats"), {"seats": 501}),
    (ValidationError, ("field", "code"), {"code": "AVIA 3"}),
    (ValidationError, ("field", "language"), {"language": "de"}),
    (ValidationError, ("field", "age_max"), {"age_min": 15}),
    (ValidationError, ("field", "academic_year"), {"academic_year": "2026-2028"}),
    (NotFoundError, ("kind", "club"), {"club": "Шахмат"}),
    (NotFoundError, ("kind", "staff"), {"teacher_id": 999}),
])
def test_invalid_group(db, error, attr, kwargs) -> None:  # type: ignore[no-untyped-def]
    club(db)
    groups.add_group(db, actor=ACTOR, code="AVIA-1", club="Авиамодельдеу")
    arguments = {"code": "AVIA-3", "club": "Авиамодельдеу", **kwargs}
    with pytest.raises(error) as caught:
        groups.add_group(db, actor=ACTOR, **arguments)
    assert getattr(caught.value, attr[0]) == attr[1]
    assert count(db, Group) == 1


# --- timetable -----------------------------------------------------------------------------------------

def test_add_meeting_and_group_detail(db, centre) -> None:  # type: ignore[no-untyped-def]
    info = meet(db, weekday=3, start="9:00", end="10:30")
    assert (info.weekday, info.start, info.end, info.room, info.floor) == (3, "09:00", "10:30", "2.14", 2)
    with db.read() as session:
        row = session.get(Meeting, info.id)
        assert (row.weekday, row.start_minute, row.end_minute) == (3, 540, 630)
    detail = groups.group_detail(db, group="AVIA-1")
    assert detail.group.seats == 15 and detail.group.enrolled == 0 and detail.group.teacher == "Ахметов Серік"
    assert [(m.weekday, m.start, m.end, m.room) for m in detail.meetings] == [(3, "09:00", "10:30", "2.14")]
    assert detail.roster == [] and detail.waitlist == []
    assert groups.group_detail(db, group=detail.group.id).group.code == "AVIA-1"
    assert "meeting.add" in actions(db)


def test_a_busy_room_is_refused(db, centre) -> None:  # type: ignore[no-untyped-def]
    club(db, name="Робототехника", size=8)
    groups.add_group(db, actor=ACTOR, code="ROBO-1", club="Робототехника")
    meet(db)
    with pytest.raises(RefusedError) as caught:
        meet(db, group="ROBO-1", start="11:00", end="12:00")
    assert caught.value.rule == "room_clash" and "AVIA-1" in caught.value.english()
    assert count(db, Meeting) == 1
    meet(db, group="ROBO-1", start="11:30", end="12:30")  # back to back is fine
    meet(db, group="ROBO-1", start="10:00", end="11:30", weekday=2)  # another day is fine
    assert count(db, Meeting) == 3


def test_a_teacher_cannot_teach_two_groups_at_once(db, centre) -> None:  # type: ignore[no-untyped-def]
    meet(db)
    with pytest.raises(RefusedError) as caught:
        meet(db, group="AVIA-2", start="11:00", end="12:00", room_code="2.15")
    assert caught.value.rule == "teacher_clash" and "AVIA-1" in caught.value.english()
    assert count(db, Meeting) == 1


def test_a_group_cannot_meet_twice_at_once(db, centre) -> None:  # type: ignore[no-untyped-def]
    room(db, "2.16", seats=30)
    meet(db)
    with pytest.raises(RefusedError) as caught:
        meet(db, start="11:00", end="12:00", room_code="2.16")
    assert caught.value.rule == "group_clash" and "AVIA-1" in caught.value.english()
    assert count(db, Meeting) == 1


def test_a_group_bigger_than_the_room_is_refused(db, centre) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RefusedError) as caught:
        meet(db, room_code="2.15")  # AVIA-1: 15 seats, room 2.15: 10
    assert caught.value.rule == "seats"
    assert "AVIA-1" in caught.value.english() and "2.15" in caught.value.english()
    assert count(db, Meeting) == 0


@pytest.mark.parametrize(("field", "kwargs"), [
    ("end", {"start": "11:00", "end": "10:00"}), ("end", {"start": "11:00", "end": "11:00"}),
    ("weekday", {"weekday": 8}), ("weekday", {"weekday": 0}), ("start", {"start": "25:00"}),
    ("valid_to", {"valid_from": dt.date(2027, 1, 1), "valid_to": dt.date(2026, 12, 31)}),
])
def test_invalid_meeting(db, centre, field, kwargs) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        meet(db, **kwargs)
    assert caught.value.field == field
    assert count(db, Meeting) == 0


def test_meetings_in_different_terms_may_share_a_room(db, centre) -> None:  # type: ignore[no-untyped-def]
    club(db, name="Робототехника", size=8)
    groups.add_group(db, actor=ACTOR, code="ROBO-1", club="Робототехника")
    meet(db, valid_from=dt.date(2026, 9, 1), valid_to=dt.date(2026, 12, 31))
    meet(db, group="ROBO-1", valid_from=dt.date(2027, 1, 1), valid_to=dt.date(2027, 5, 31))
    assert count(db, Meeting) == 2
    with pytest.raises(RefusedError) as caught:
        meet(db, group="ROBO-1", valid_from=dt.date(2026, 12, 1))  # open-ended, overlaps the autumn term
    assert caught.value.rule in ("room_clash", "group_clash")
    assert count(db, Meeting) == 2


def test_removing_a_meeting_frees_the_slot(db, centre) -> None:  # type: ignore[no-untyped-def]
    first = meet(db)
    timetable.remove_meeting(db, actor=ACTOR, meeting_id=first.id)
    assert count(db, Meeting) == 0
    with pytest.raises(NotFoundError):
        timetable.remove_meeting(db, actor=ACTOR, meeting_id=first.id)
    meet(db, group="AVIA-2")
    assert [(m.group_code, m.room) for m in timetable.list_meetings(db)] == [("AVIA-2", "2.14")]
    assert actions(db).count("meeting.remove") == 1


# --- settings -----------------------------------------------------------------------------------------

def test_settings_defaults_and_set(db) -> None:  # type: ignore[no-untyped-def]
    assert settings.get_setting(db, key="building_capacity").value == "1000"
    info = settings.set_setting(db, actor=ACTOR, key="building_capacity", value=" 900 ")
    assert info.value == "900" and settings.get_setting(db, key="building_capacity").value == "900"
    with db.read() as session:
        assert session.get(Setting, "building_capacity").value == "900"
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "setting.set")).one()
        assert (event.entity_id, event.before, json.loads(event.after)) == ("building_capacity", None, "900")
    assert {s.key for s in settings.list_settings(db)} >= {"building_capacity", "shift1_hours", "academic_year"}


def test_shift_hours_are_normalised(db) -> None:  # type: ignore[no-untyped-def]
    settings.set_setting(db, actor=ACTOR, key="shift1_hours", value="8:00-13:00")
    with db.read() as session:
        assert session.get(Setting, "shift1_hours").value == "08:00-13:00"
    assert settings.get_setting(db, key="shift1_hours").value == "08:00-13:00"


@pytest.mark.parametrize(("key", "value", "field"), [
    ("building_capacity", "0", None), ("building_capacity", "lots", None), ("building_capacity", "100001", None),
    ("shift1_hours", "13:00-08:00", None), ("shift1_hours", "8-13", None), ("age_cutoff", "02-30", None),
    ("waitlist_mode", "random", None), ("academic_year", "2026-2025", None), ("centre_name", "  ", None),
    ("no_such_key", "1", "key"),
])
def test_invalid_settings_change_nothing(db, key, value, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        settings.set_setting(db, actor=ACTOR, key=key, value=value)
    if field is not None:
        assert caught.value.field == field
    assert count(db, Setting) == 0 and count(db, AuditEvent) == 0
    if key in SETTINGS:
        assert settings.get_setting(db, key=key).value == SETTINGS[key].default


def test_capacity_error_names_the_setting(db) -> None:  # type: ignore[no-untyped-def]
    """The CLI contract (README, *The command line*): the message names the field and what is wrong."""
    with pytest.raises(ValidationError) as caught:
        settings.set_setting(db, actor=ACTOR, key="building_capacity", value="0")
    assert caught.value.field == "building_capacity" or "building_capacity" in caught.value.english()
    assert settings.get_setting(db, key="building_capacity").value == "1000"


def test_unknown_setting_on_get(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        settings.get_setting(db, key="colour")
    assert caught.value.field == "key"
