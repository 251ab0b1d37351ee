"""What the entrance's facts feed: the evacuation list of who is inside (its total is ``inside``'s count),
attendance offered from the scans without overwriting a person's mark, and the end of the day."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from enrol.cli import main
from enrol.db.engine import Database
from enrol.db.models import AuditEvent
from enrol.domain.errors import RefusedError
from enrol.services.attendance import marks
from enrol.services.enrolment.places import enrol_child
from enrol.services.entrance import attendance as entrance_attendance, facts, inside, scans
from enrolment_centre import ADMIN, DESK, TODAY, Centre, moment
from tests.reports.pdf_reading import flat

@pytest.fixture
def centre(db: Database) -> Centre:
    c = Centre(db)
    c.room("2.14", floor=2, seats=20)
    teacher = c.teacher("Байжанова", "Гүлнар")
    c.group("AVIA-1", room="2.14", meets=[(TODAY.isoweekday(), "15:00", "16:30")], teacher_id=teacher)
    return c


def _enrolled(db: Database, centre: Centre, count: int) -> list[int]:
    kids = centre.children(count, age=12)
    for kid in kids:
        enrol_child(db, actor=DESK, child=kid, group="AVIA-1", start_date=TODAY)
    return kids


def test_the_evacuation_list_from_the_scans_lists_everyone_inside_once(db: Database, centre: Centre,
                                                                        tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    pupils = _enrolled(db, centre, 3)
    visitor = centre.child(age=12)
    for kid in [*pupils[:2], visitor]:
        scans.check_in(db, actor=DESK, child=kid, at=moment(TODAY, "14:50"))
    document = facts.inside_evacuation(db, actor=ADMIN, at=moment(TODAY, "15:30"))
    assert document.total == scans.inside_now(db, actor=ADMIN).count == 3
    room, lobby = document.rooms
    assert (room.code, room.floor, room.adults, len(room.children)) == ("2.14", 2, ["Байжанова Гүлнар"], 2)
    assert lobby.code == facts.NOT_IN_A_CLASS and len(lobby.children) == 1
    by_room = inside.inside_by_room(db, actor=ADMIN, at=moment(TODAY, "15:30"))
    assert (by_room.rooms, by_room.not_in_a_class, by_room.total) == ({"2.14": 2}, 1, 3)
    evening = facts.inside_evacuation(db, actor=ADMIN, at=moment(TODAY, "17:00"))
    assert [r.code for r in evening.rooms] == [facts.NOT_IN_A_CLASS] and evening.total == 3
    pdf = tmp_path / "inside.pdf"
    assert main(["--db", db.url.render_as_string(hide_password=False), "print", "evacuation", "--inside",
                 "-o", str(pdf)]) == 0
    assert "by the entrance scans: 3 (limit 1000)" in flat(pdf.read_bytes())


def test_attendance_from_the_entrance_never_overwrites_a_persons_mark(db: Database, centre: Centre) -> None:
    came, marked_absent, stayed_home, left_early = _enrolled(db, centre, 4)
    for kid in (came, marked_absent, left_early):
        scans.check_in(db, actor=DESK, child=kid, at=moment(TODAY, "14:40"))
    scans.check_out(db, actor=DESK, child=left_early, at=moment(TODAY, "14:55"))
    marks.mark_attendance(db, actor=ADMIN, group="AVIA-1", day=TODAY, marks={marked_absent: "absent"})
    assert entrance_attendance.inside_during_meeting(db, actor=ADMIN, group="AVIA-1", day=TODAY) == sorted(
        [came, marked_absent])
    _outcome, offered = entrance_attendance.mark_from_entrance(db, actor=ADMIN, group="AVIA-1", day=TODAY)
    assert offered == [came]
    sheet = marks.session_sheet(db, actor=ADMIN, group="AVIA-1", day=TODAY)
    assert {row.child_id: row.mark for row in sheet.rows} == {came: "present", marked_absent: "absent",
                                                              stayed_home: None, left_early: None}


def test_the_end_of_the_day_lists_who_is_still_inside_and_closes_it(db: Database, centre: Centre) -> None:
    kids = _enrolled(db, centre, 2)
    for kid in kids:
        scans.check_in(db, actor=DESK, child=kid, at=moment(TODAY, "14:40"))
    assert facts.still_inside(db, actor=DESK, at=moment(TODAY, "16:40")) == []
    late = facts.still_inside(db, actor=DESK, at=moment(TODAY, "16:46"))
    assert sorted(c.child_id for c in late) == sorted(kids)
    assert all(c.phones and c.phones[0].startswith("+7701") for c in late)
    with pytest.raises(RefusedError):
        facts.close_day(db, actor=DESK, reason="collected by the guard")
    assert facts.close_day(db, actor=ADMIN, reason="the guardians were called; gone home") == 2
    assert scans.inside_now(db, actor=ADMIN).count == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "entrance.override")) == 2
