"""Timetable changes checked before saving and inside the write (SQLite and PostgreSQL): the problems are
named in words — room, teacher and children's clashes, seats, the building's capacity — and a refused move
changes nothing; group, club, staff and room edits keep their rules."""
from __future__ import annotations

import pytest

from enrol.domain.errors import RefusedError
from enrol.services.enrolment import places as enrolment
from enrol.services.centre import clubs, groups, rooms, staff, timetable
from tests.unit.enrolment_centre import ADMIN, Centre


def _english(problems) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.english() for p in problems]


def _meetings(db) -> list[tuple[str, int, str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((m.group_code, m.weekday, m.start, m.end, m.room) for m in timetable.list_meetings(db))


def test_problems_are_named_and_a_refused_move_changes_nothing(db) -> None:
    c = Centre(db)
    c.room("1.01", seats=30)
    c.room("1.02", seats=8)
    teacher = c.teacher()
    c.group("A", room="1.01", meets=[(1, "15:00", "16:00")], teacher_id=teacher)
    c.group("B", room="1.02", seats=8, meets=[(2, "15:00", "16:00")], teacher_id=teacher)
    c.group("C", room="1.01", meets=[(3, "15:00", "16:00")])
    kids = c.children(2)
    for kid in kids:
        enrolment.enrol_child(db, actor=ADMIN, child=kid, group="A")
        enrolment.enrol_child(db, actor=ADMIN, child=kid, group="C")
    meeting_c = next(m.id for m in timetable.list_meetings(db) if m.group_code == "C")
    problems = _english(timetable.check_meeting_change(db, meeting_id=meeting_c, group="C", weekday=1,
                                                       start="15:30", end="16:30", room="1.01"))
    assert "Room 1.01 is taken by group A at 15:00–16:00" in problems
    assert any(p.startswith("2 children of C are busy then:") and "A 15:00–16:00" in p for p in problems)
    # the teacher of A also teaches B on Tuesday
    meeting_a = next(m.id for m in timetable.list_meetings(db) if m.group_code == "A")
    problems = _english(timetable.check_meeting_change(db, meeting_id=meeting_a, group="A", weekday=2,
                                                       start="15:30", end="16:30", room="1.01"))
    assert problems == ["The teacher of A teaches group B at 15:00–16:00"]
    # group seats above the room's
    problems = _english(timetable.check_meeting_change(db, meeting_id=None, group="A", weekday=4, start="10:00",
                                                       end="11:00", room="1.02"))
    assert problems == ["Group A has 10 seats but room 1.02 has only 8"]
    before = _meetings(db)
    with pytest.raises(RefusedError, match="Room 1.01 is taken by group A"):
        timetable.move_meeting(db, actor=ADMIN, meeting_id=meeting_c, weekday=1, start="15:30", end="16:30",
                               room="1.01")
    assert _meetings(db) == before
    # a free slot is fine and is saved
    assert timetable.check_meeting_change(db, meeting_id=meeting_c, group="C", weekday=4, start="15:00",
                                          end="16:00", room="1.01") == []
    timetable.move_meeting(db, actor=ADMIN, meeting_id=meeting_c, weekday=4, start="15:00", end="16:00", room="1.01")
    assert ("C", 4, "15:00", "16:00", "1.01") in _meetings(db)


def test_building_capacity_is_checked_when_a_meeting_moves(db) -> None:
    c = Centre(db)
    c.room("1.01", seats=30)
    c.room("1.02", seats=30)
    c.group("A", room="1.01", meets=[(1, "15:00", "16:00")])
    c.group("B", room="1.02", meets=[(2, "15:00", "16:00")])
    for kid in c.children(3):
        enrolment.enrol_child(db, actor=ADMIN, child=kid, group="A")
    for kid in c.children(3):
        enrolment.enrol_child(db, actor=ADMIN, child=kid, group="B")
    c.setting("building_capacity", 5)
    meeting_b = next(m.id for m in timetable.list_meetings(db) if m.group_code == "B")
    problems = _english(timetable.check_meeting_change(db, meeting_id=meeting_b, group="B", weekday=1,
                                                       start="15:00", end="16:00", room="1.02"))
    assert len(problems) == 1 and problems[0].startswith("The building would have more than 5 children on ")
    with pytest.raises(RefusedError, match="more than 5 children"):
        timetable.move_meeting(db, actor=ADMIN, meeting_id=meeting_b, weekday=1, start="15:00", end="16:00",
                               room="1.02")
    # moving it within its own day is no problem: its own children are not counted twice
    assert timetable.check_meeting_change(db, meeting_id=meeting_b, group="B", weekday=2, start="15:30",
                                          end="16:30", room="1.02") == []


def test_edits_of_groups_clubs_staff_and_rooms(db) -> None:
    c = Centre(db)
    c.room("1.01", seats=12)
    c.group("A", room="1.01", seats=10)
    with pytest.raises(RefusedError, match="room 1.01 has only 12"):
        groups.update_group(db, actor=ADMIN, group="A", seats=13)
    info = groups.update_group(db, actor=ADMIN, group="A", seats=12, language="ru", age_min=8)
    assert (info.seats, info.language, info.age_min) == (12, "ru", 8)
    with pytest.raises(RefusedError, match="groups A meeting there have more"):
        rooms.update_room(db, actor=ADMIN, room="1.01", seats=11)
    club = clubs.list_clubs(db)[0]
    assert clubs.update_club(db, actor=ADMIN, club=club.id, name="Робототехника", funding="paid").funding == "paid"
    person = staff.add_staff(db, actor=ADMIN, surname="Ахметова", name="Дина", position="teacher")
    edited = staff.update_staff(db, actor=ADMIN, staff_id=person.id, patronymic="Серікқызы", phone="+77015556677")
    assert (edited.full_name, edited.phone) == ("Ахметова Дина Серікқызы", "+77015556677")
    week = rooms.room_week(db, room="1.01")
    assert week.capacity == 12 and week.peak == 0
