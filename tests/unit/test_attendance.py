"""Attendance on SQLite and PostgreSQL: marks only on the group's meeting dates, not in the future, only for
children enrolled that day; corrections keep who and when; absences in a row reach the registrar; the month
grid, rates and the export read the marks back."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from enrol.db.models import Attendance, AttendanceChange, AuditEvent, Notification
from enrol.domain.attendance_rules import WeeklyMeeting, absence_streak, count_marks, meeting_dates
from enrol.domain.errors import RefusedError, ValidationError
from enrol.io.tables import read_table
from enrol.services.enrolment import places as enrolment
from enrol.services.attendance import marks as attendance, month as attendance_reports
from enrol.services.context import Actor, issue_actor, SYSTEM
from tests.unit.enrolment_centre import ADMIN, DESK, TODAY, Centre

TEACHER = issue_actor(login="test:teacher", role="teacher")
TEACHER_ADMIN = issue_actor(login="test:teacher-at-desk", role="registrar")
WEEK = dt.timedelta(days=7)
HHMM = "15:00", "16:30"


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    """KIDS-1 meets every week on today's weekday; two children enrolled three weeks ago."""
    c = Centre(db)
    c.room("2.14", seats=30, floor=2)
    c.group("KIDS-1", seats=10, room="2.14", meets=((TODAY.isoweekday(), *HHMM),))
    c.kids = c.children(2)  # type: ignore[attr-defined]
    for child in c.kids:  # type: ignore[attr-defined]
        enrolment.enrol_child(db, actor=ADMIN, child=child, group="KIDS-1", start_date=TODAY - 3 * WEEK)
    return c


def _marks(db) -> dict[tuple[int, dt.date], str]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        from enrol.db.models import Enrolment
        return {(child, day): mark for child, day, mark in session.execute(
            select(Enrolment.child_id, Attendance.date, Attendance.mark)
            .join(Enrolment, Enrolment.id == Attendance.enrolment_id))}


def test_domain_dates_streaks_and_rates() -> None:
    monday = dt.date(2026, 9, 7)
    meetings = [WeeklyMeeting(1, monday, None), WeeklyMeeting(3, None, dt.date(2026, 9, 16))]
    assert meeting_dates(meetings, dt.date(2026, 9, 1), dt.date(2026, 9, 30)) == [
        dt.date(2026, 9, 2), monday, dt.date(2026, 9, 9), dt.date(2026, 9, 14), dt.date(2026, 9, 16),
        dt.date(2026, 9, 21), dt.date(2026, 9, 28)]
    days = [monday + dt.timedelta(days=7 * n) for n in range(5)]
    assert absence_streak(zip(days, ["absent", "present", "absent", "absent", "absent"])) == 3
    assert absence_streak(zip(days, ["absent", "absent", "excused", "absent", "late"])) == 0
    counts = count_marks(["present", "late", "absent", "excused", None])
    assert (counts.attended, counts.recorded, counts.rate) == (2, 4, 0.5)


def test_attendance_only_on_meeting_dates_and_not_in_the_future(centre) -> None:  # type: ignore[no-untyped-def]
    first, second = centre.kids
    outcome = attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY - WEEK,
                                         marks={first: "present", second: "absent"})
    assert (outcome.changed, outcome.unchanged) == (2, 0)
    for day, rule in ((TODAY - WEEK + dt.timedelta(days=1), "no_session"), (TODAY + WEEK, "future")):
        with pytest.raises(RefusedError) as refused:
            attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=day, marks={first: "present"})
        assert refused.value.rule == rule
    with pytest.raises(RefusedError):
        attendance.session_sheet(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY + dt.timedelta(days=1))
    # a meeting that ends is no longer a session date
    centre.group("OLD-1", room="2.14", meets=((TODAY.isoweekday(), "10:00", "11:00"),), valid_to=TODAY - 2 * WEEK)
    enrolment.enrol_child(centre.db, actor=ADMIN, child=first, group="OLD-1", start_date=TODAY - 3 * WEEK)
    attendance.mark_attendance(centre.db, actor=ADMIN, group="OLD-1", day=TODAY - 2 * WEEK, marks={first: "late"})
    with pytest.raises(RefusedError) as refused:
        attendance.mark_attendance(centre.db, actor=ADMIN, group="OLD-1", day=TODAY - WEEK, marks={first: "late"})
    assert refused.value.rule == "no_session"
    assert _marks(centre.db) == {(first, TODAY - WEEK): "present", (second, TODAY - WEEK): "absent",
                                 (first, TODAY - 2 * WEEK): "late"}


def test_attendance_only_for_children_enrolled_that_day(centre) -> None:  # type: ignore[no-untyped-def]
    first, second = centre.kids
    late_joiner, waiting = centre.children(2)
    enrolment.enrol_child(centre.db, actor=ADMIN, child=late_joiner, group="KIDS-1", start_date=TODAY - WEEK)
    with pytest.raises(RefusedError) as refused:  # all or nothing: the enrolled child is not marked either
        attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY - 2 * WEEK,
                                   marks={first: "present", late_joiner: "present"})
    assert refused.value.rule == "not_enrolled"
    assert _marks(centre.db) == {}
    attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY - WEEK, marks={late_joiner: "late"})
    # withdrawn today: still marked for the past, not for today
    enrolment.withdraw_child(centre.db, actor=ADMIN, child=second, group="KIDS-1")
    attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY - WEEK, marks={second: "excused"})
    with pytest.raises(RefusedError):
        attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY, marks={second: "present"})
    # a child who only waited (never enrolled) is never on the register
    centre.group("FULL-1", seats=1, room="2.14", meets=((TODAY.isoweekday(), "10:00", "11:00"),))
    enrolment.enrol_child(centre.db, actor=ADMIN, child=first, group="FULL-1", start_date=TODAY - WEEK)
    enrolment.enrol_child(centre.db, actor=ADMIN, child=waiting, group="FULL-1", start_date=TODAY - WEEK)
    enrolment.withdraw_child(centre.db, actor=ADMIN, child=waiting, group="FULL-1")
    sheet = attendance.session_sheet(centre.db, actor=ADMIN, group="FULL-1", day=TODAY - WEEK)
    assert [row.child_id for row in sheet.rows] == [first]
    with pytest.raises(RefusedError):
        attendance.mark_attendance(centre.db, actor=ADMIN, group="FULL-1", day=TODAY - WEEK, marks={waiting: "present"})
    today = attendance.session_sheet(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY)
    assert {row.child_id for row in today.rows} == {first, late_joiner}
    with pytest.raises(ValidationError):
        attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY, marks={first: "here"})


def test_everyone_present_then_a_correction_keeps_who_and_when(centre) -> None:  # type: ignore[no-untyped-def]
    first, second = centre.kids
    attendance.mark_attendance(centre.db, actor=DESK, group="KIDS-1", day=TODAY, marks={second: "absent"})
    outcome = attendance.mark_all_present(centre.db, actor=TEACHER_ADMIN, group="KIDS-1", day=TODAY)
    assert outcome.changed == 1  # the absence stays
    assert _marks(centre.db) == {(first, TODAY): "present", (second, TODAY): "absent"}
    attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY, marks={second: "late"})
    history = attendance.mark_history(centre.db, actor=ADMIN, group="KIDS-1", child=second, day=TODAY)
    assert [(h.from_mark, h.to_mark, h.changed_by) for h in history] == [
        (None, "absent", DESK.login), ("absent", "late", ADMIN.login)]
    sheet = attendance.session_sheet(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY)
    row = next(r for r in sheet.rows if r.child_id == second)
    assert (row.mark, row.marked_by, row.corrected) == ("late", ADMIN.login, True)
    # the same mark again changes nothing; None removes the mark, and the history says so
    assert attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY,
                                      marks={second: "late"}).changed == 0
    attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY, marks={second: None})
    assert (second, TODAY) not in _marks(centre.db)
    with centre.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceChange)) == 4
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "attendance.mark")) == 4


def test_a_teacher_without_their_groups_is_refused(centre) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RefusedError) as refused:
        attendance.mark_all_present(centre.db, actor=TEACHER, group="KIDS-1", day=TODAY)
    assert refused.value.rule == "permission"
    assert attendance.sessions_on(centre.db, actor=TEACHER, day=TODAY) == []
    assert [s.group for s in attendance.sessions_on(centre.db, actor=DESK, day=TODAY)] == ["KIDS-1"]


def test_absent_in_a_row_is_flagged_for_the_registrar(centre) -> None:  # type: ignore[no-untyped-def]
    first, second = centre.kids
    centre.setting("absence_alert", 2)
    attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY - 2 * WEEK, marks={first: "absent"})
    outcome = attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY - WEEK,
                                         marks={first: "absent", second: "absent"})
    assert [(a.child_id, a.absences, a.phone) for a in outcome.alerts] == [(first, 2, centre.phone(0))]
    assert [(a.child_id, a.absences) for a in attendance_reports.absence_alerts(centre.db, actor=SYSTEM)] == [(first, 2)]
    with centre.db.read() as session:
        open_alerts = session.scalars(select(Notification).where(Notification.kind == "absence_alert",
                                                                 Notification.done.is_(False))).all()
        assert [n.child_id for n in open_alerts] == [first]
    # a third absence does not notify twice; a correction that ends the run closes the notification
    attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY, marks={first: "absent"})
    attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY, marks={first: "present"})
    with centre.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Notification)) == 1
        assert session.scalar(select(Notification.done)) is True
    assert attendance_reports.absence_alerts(centre.db, actor=SYSTEM) == []


def test_month_grid_rates_and_a_childs_attendance(centre) -> None:  # type: ignore[no-untyped-def]
    first, second = centre.kids
    for weeks, marks in ((2, {first: "present", second: "absent"}), (1, {first: "late", second: "excused"}),
                         (0, {first: "absent"})):
        attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY - weeks * WEEK, marks=marks)
    grid = attendance_reports.month_grid(centre.db, actor=ADMIN, group="KIDS-1", month=TODAY)
    assert TODAY in grid.dates and all(d.isoweekday() == TODAY.isoweekday() for d in grid.dates)
    row = next(r for r in grid.rows if r.child_id == first)
    assert row.marks[grid.dates.index(TODAY)] == "absent"
    assert all(row.enrolled[i] == (d >= TODAY - 3 * WEEK) for i, d in enumerate(grid.dates))
    rates = {r.group: r.counts for r in attendance_reports.group_rates(
        centre.db, actor=ADMIN, first=TODAY - 4 * WEEK, last=TODAY)}
    assert (rates["KIDS-1"].attended, rates["KIDS-1"].recorded) == (2, 5)
    mine = attendance_reports.child_attendance(centre.db, actor=ADMIN, child=first)
    assert [g.group for g in mine.groups] == ["KIDS-1"]
    assert mine.groups[0].marks[0] == (TODAY, "absent") and mine.counts.rate == pytest.approx(2 / 3)


def test_export_csv_has_a_bom_and_kazakh_names(centre, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, second = centre.kids
    attendance.mark_attendance(centre.db, actor=ADMIN, group="KIDS-1", day=TODAY, marks={first: "present"})
    target = tmp_path / "attendance.csv"
    summary = attendance_reports.export_attendance(centre.db, actor=ADMIN, path=target, month=TODAY)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw.split(b"\n", 1)[0]
    table = read_table(target)
    today = [r.values for r in table.rows if r.values["date"] == TODAY.isoformat()]
    assert summary.rows == len(table.rows) and len(today) == 2
    assert {(r["child_id"], r["mark"], r["attended"]) for r in today} == {(str(first), "present", "1"),
                                                                          (str(second), "", "")}
    assert {r["surname"] for r in today} == {"Ахметов", "Сериков"}
    with pytest.raises(RefusedError):
        attendance_reports.export_attendance(centre.db, actor=TEACHER, path=target, month=TODAY)
