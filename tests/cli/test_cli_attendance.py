"""The issue-7 commands of the CLI: attendance mark/show, export attendance (CSV with BOM, XLSX read back by
openpyxl for the 1000-child demo centre), appointments and events; refusals exit 4 and change nothing."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, insert, select

from enrol.cli import main
from enrol.db.models import Appointment, Attendance, Child, Enrolment, Event, Group, Meeting
from enrol.domain.attendance_rules import WeeklyMeeting, enrolled_on, meeting_dates
from enrol.services.enrolment import places as enrolment
from enrol.services.centre import staff
from tests.unit.enrolment_centre import ADMIN, TODAY, Centre, next_day

WEEK = dt.timedelta(days=7)
KAZAKH = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    c = Centre(db)
    c.room("2.14", seats=30, floor=2)
    c.room("1.01", seats=300, kind="hall")
    c.room("1.14", seats=4, kind="cabinet")
    c.group("KIDS-1", room="2.14", meets=((TODAY.isoweekday(), "15:00", "16:30"),))
    c.kids = c.children(3)  # type: ignore[attr-defined]
    for child in c.kids:  # type: ignore[attr-defined]
        enrolment.enrol_child(db, actor=ADMIN, child=child, group="KIDS-1", start_date=TODAY - 2 * WEEK)
    staff.add_staff(db, actor=ADMIN, surname="Логопедова", name="Жанар", position="specialist",
                    specialty="speech_therapist", cabinet="1.14")
    return c


def run(capsys, db, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", db.url.render_as_string(hide_password=False), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_mark_and_show_a_month(capsys, centre) -> None:  # type: ignore[no-untyped-def]
    a, b, c = centre.kids
    day = (TODAY - WEEK).isoformat()
    code, out, _ = run(capsys, centre.db, "--json", "attendance", "mark", "KIDS-1", day, "--present", f"{a},{b}",
                       "--absent", str(c))
    assert code == 0 and json.loads(out)["changed"] == 3
    code, out, _ = run(capsys, centre.db, "attendance", "mark", "KIDS-1", TODAY.isoformat(), "--late", str(a),
                       "--all-present")
    assert code == 0 and "3" in out
    code, out, _ = run(capsys, centre.db, "--json", "attendance", "show", "KIDS-1", "--month", f"{TODAY:%Y-%m}")
    shown = json.loads(out)
    assert code == 0 and TODAY.isoformat() in shown["dates"]
    assert {r["child_id"]: r["marks"][TODAY.isoformat()] for r in shown["rows"]} == {a: "late", b: "present",
                                                                                     c: "present"}
    code, out, _ = run(capsys, centre.db, "attendance", "show", "KIDS-1")
    assert code == 0 and "KIDS-1" in out and "Ахметов" in out


def test_refused_marks_exit_with_the_contracts_codes(capsys, centre) -> None:  # type: ignore[no-untyped-def]
    a = centre.kids[0]
    outsider = centre.child()
    cases = [
        (("KIDS-1", (TODAY + WEEK).isoformat(), "--present", str(a)), 4),  # the future
        (("KIDS-1", (TODAY - dt.timedelta(days=1)).isoformat(), "--present", str(a)), 4),  # no session that day
        (("KIDS-1", TODAY.isoformat(), "--present", f"{a},{outsider}"), 4),  # not enrolled
        (("KIDS-1", TODAY.isoformat(), "--present", str(a), "--absent", str(a)), 2),  # two marks
        (("KIDS-1", TODAY.isoformat()), 2),  # nothing to mark
        (("KIDS-1", "31.02.2026", "--present", str(a)), 3),
        (("NOPE-1", TODAY.isoformat(), "--present", str(a)), 4),
    ]
    for argv, expected in cases:
        code, _, err = run(capsys, centre.db, "attendance", "mark", *argv)
        assert code == expected, (argv, err)
        assert "Traceback" not in err
    with centre.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 0


def test_appointments_and_events(capsys, centre) -> None:  # type: ignore[no-untyped-def]
    a = centre.kids[0]
    monday = next_day(1)
    code, out, err = run(capsys, centre.db, "--json", "appointment", "book", "--specialist", "speech_therapist",
                         "--child", str(a), "--at", f"{monday}T10:00", "--weeks", "3")
    booked = json.loads(out)
    assert code == 0 and len(booked["booked"]) == 3 and booked["refused"] == [] and err == ""
    code, out, _ = run(capsys, centre.db, "appointment", "list", "--week", monday.isoformat())
    assert code == 0 and "Ахметов" in out
    first = booked["booked"][0]["id"]
    assert run(capsys, centre.db, "appointment", "reschedule", str(first), "--at", f"{monday}T12:00")[0] == 0
    assert run(capsys, centre.db, "appointment", "cancel", str(booked["booked"][1]["id"]), "--series")[0] == 0
    with centre.db.read() as session:
        assert sorted(session.scalars(select(Appointment.status))) == ["booked", "cancelled", "cancelled",
                                                                       "rescheduled"]
    code, _, err = run(capsys, centre.db, "appointment", "book", "--specialist", "speech_therapist", "--child",
                       str(a), "--at", f"{monday}T12:15")
    assert code == 4 and err.count("\n") == 1
    assert run(capsys, centre.db, "appointment", "refer", str(a), "--specialty", "psychologist", "--reason",
               "Жиі мазасызданады")[0] == 0
    code, out, _ = run(capsys, centre.db, "appointment", "referrals")
    assert code == 0 and "мазасызданады" in out

    saturday = next_day(6)
    code, out, _ = run(capsys, centre.db, "--json", "event", "add", "--title", "Наурыз концерті", "--room", "1.01",
                       "--at", f"{saturday}T15:00", "--until", "17:00", "--headcount", "280")
    assert code == 0 and json.loads(out)["headcount"] == 280
    code, _, err = run(capsys, centre.db, "event", "add", "--title", "Too big", "--room", "1.01", "--at",
                       f"{saturday + WEEK}T15:00", "--until", "17:00", "--headcount", "320")
    assert code == 4 and "300" in err
    code, out, _ = run(capsys, centre.db, "event", "list")
    assert code == 0 and "Наурыз концерті" in out
    with centre.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_export_attendance_csv_opens_in_excel(capsys, centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = centre.kids[0]
    assert run(capsys, centre.db, "attendance", "mark", "KIDS-1", TODAY.isoformat(), "--present", str(a))[0] == 0
    target = tmp_path / "attendance.csv"
    code, out, _ = run(capsys, centre.db, "export", "attendance", str(target), "--month", f"{TODAY:%Y-%m}")
    assert code == 0 and str(target) in out
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffdate;weekday;group;")
    assert run(capsys, centre.db, "export", "attendance", str(tmp_path / "a.pdf"))[0] == 3
    assert run(capsys, centre.db, "export", "attendance", str(tmp_path / "a.csv"), "--month", "2026-13")[0] == 3


@pytest.mark.slow
def test_export_a_month_of_the_1000_child_demo_centre_as_xlsx(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = str(tmp_path / "demo.sqlite3")
    assert main(["--db", url, "demo", "--children", "1000", "--seed", "1"]) == 0
    capsys.readouterr()
    from enrol.services.storage.database import open_database

    db = open_database(url)
    first, last = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    marks = ("present", "present", "present", "late", "absent", "excused")
    try:
        with db.write() as session:
            meetings: dict[int, list[WeeklyMeeting]] = {}
            for group_id, weekday, valid_from, valid_to in session.execute(
                    select(Meeting.group_id, Meeting.weekday, Meeting.valid_from, Meeting.valid_to)):
                meetings.setdefault(group_id, []).append(WeeklyMeeting(weekday, valid_from, valid_to))
            rows = []
            for enrolment_id, group_id, start, end in session.execute(
                    select(Enrolment.id, Enrolment.group_id, Enrolment.start_date, Enrolment.end_date)
                    .where(Enrolment.status == "enrolled")):
                for n, day in enumerate(meeting_dates(meetings.get(group_id, []), first, last)):
                    if enrolled_on(start, end, day):
                        rows.append({"enrolment_id": enrolment_id, "date": day, "mark": marks[(enrolment_id + n) % 6],
                                     "marked_by": "test", "marked_at": dt.datetime(2026, 10, 31, 20)})
            session.execute(insert(Attendance), rows)
            children = {c.id: c for c in session.scalars(select(Child))}
            codes = dict(session.execute(select(Group.id, Group.code)).tuples().all())
    finally:
        db.dispose()
    target = tmp_path / "attendance-2026-10.xlsx"
    code, out, err = run_url(capsys, url, "--json", "export", "attendance", str(target), "--month", "2026-10")
    assert code == 0, err
    assert json.loads(out)["rows"] == len(rows) > 5000
    workbook = load_workbook(target, read_only=True)
    sheet = workbook.worksheets[0]
    header, *body = list(sheet.iter_rows(values_only=True))
    workbook.close()
    column = {name: i for i, name in enumerate(header)}
    assert len(body) == len(rows)
    kazakh_rows = 0
    for row in body:
        child = children[row[column["child_id"]]]
        assert (row[column["surname"]], row[column["name"]], row[column["iin"]]) == (child.surname, child.name,
                                                                                   child.iin)
        assert row[column["group"]] in codes.values() and row[column["mark"]] in marks
        assert row[column["date"]].date().month == 10
        kazakh_rows += bool(KAZAKH & set(row[column["surname"]] + row[column["name"]] + row[column["club"]]))
    assert kazakh_rows > len(body) // 2


def run_url(capsys, url: str, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err
