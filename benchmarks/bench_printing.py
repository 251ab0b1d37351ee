"""Printing figures of README's *Performance*: every monthly attendance sheet of the 1000-child demo centre (target
≤ 2 s, gathering and rendering, with a month of recorded marks), a 1000-row roster, one 30×31 sheet.

``run()`` gives rows ``(name, seconds, note)`` for the harness; ``python -m benchmarks.bench_printing`` prints them.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select

from enrol.db.models import Attendance, Child, Enrolment, Meeting
from enrol.domain.names import full_name
from enrol.reports import AttendanceBook, AttendanceRow, AttendanceSheet, RosterDocument, RosterLine, TimeSlot, \
    render_attendance, render_roster
from enrol.services.reporting import printing
from enrol.services.context import Actor
from enrol.services.storage.database import init_database
from enrol.services.demo.centre import build_demo
from enrol.services.centre.settings import stored_value

ACTOR = Actor(login="bench")
MARKS = ("present",) * 8 + ("absent", "excused", "late")


def _best(work: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of a few runs: the work's own cost, not the machine's other load."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def _record_month(db: object, month: dt.date) -> int:
    """Marks for every enrolled child on every meeting date of the month (as teachers would have entered)."""
    rng = random.Random(1)
    with db.write() as session:  # type: ignore[attr-defined]
        slots: dict[int, list[tuple[int, dt.date | None, dt.date | None]]] = {}
        for group_id, weekday, valid_from, valid_to in session.execute(
                select(Meeting.group_id, Meeting.weekday, Meeting.valid_from, Meeting.valid_to)):
            slots.setdefault(group_id, []).append((weekday, valid_from, valid_to))
        dates = {group_id: printing.meeting_dates(meetings, month) for group_id, meetings in slots.items()}
        stamp = dt.datetime.combine(month, dt.time(18))
        rows = [{"enrolment_id": enrolment_id, "date": day, "mark": rng.choice(MARKS), "marked_by": "bench",
                 "marked_at": stamp}
                for enrolment_id, group_id in session.execute(
                    select(Enrolment.id, Enrolment.group_id).where(Enrolment.status == "enrolled"))
                for day in dates.get(group_id, [])]
        if rows:
            session.execute(insert(Attendance), rows)
    return len(rows)


def _roster_of(db: object, count: int) -> RosterDocument:
    """A roster of ``count`` real demo names (no group has 1000 seats, so the document is made up)."""
    with db.read() as session:  # type: ignore[attr-defined]
        people = session.execute(select(Child.surname, Child.name, Child.patronymic, Child.birth_date, Child.school,
                                        Child.grade).order_by(Child.sort_key).limit(count)).all()
    lines = [RosterLine(number=n, child=full_name(s, g, p), birth_date=born, school=school, grade=grade,
                        guardian=f"{s} ата-анасы", phone=f"+7701{n:07d}")
             for n, (s, g, p, born, school, grade) in enumerate(people, start=1)]
    return RosterDocument(centre="Инновациялық шығармашылық орталығы", printed_at=dt.datetime.now(), group="BIG-1",
                          club="Робототехника", teacher="Байжанова Гүлнар", seats=count, academic_year="2026-2027",
                          meetings=[TimeSlot(1, "15:30", "16:50", "2.14")], children=lines)


def _full_sheet() -> AttendanceBook:
    dates = [dt.date(2026, 10, day) for day in range(1, 32)]
    rng = random.Random(2)
    rows = [AttendanceRow(child=f"Нүсіпова Әсем Қайратқызы {n}", marks=tuple(rng.choice(MARKS) for _ in dates),
                          enrolled=(True,) * 31) for n in range(30)]
    sheet = AttendanceSheet(group="DAILY-1", club="Робототехника", teacher="Байжанова Гүлнар", meetings=[],
                            dates=dates, rows=rows)
    return AttendanceBook(centre="Инновациялық шығармашылық орталығы", printed_at=dt.datetime.now(),
                          month=dates[0], sheets=[sheet])


def run(children: int = 1000, seed: int = 1) -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as folder:
        db = init_database(str(Path(folder) / "demo.sqlite3"))
        try:
            build_demo(db, actor=ACTOR, children=children, seed=seed)
            with db.read() as session:
                year = int(str(stored_value(session, "academic_year"))[:4])
            month = dt.date(year, 10, 1)
            marks = _record_month(db, month)
            book = printing.attendance_book(db, month=month)
            rows = sum(len(sheet.rows) for sheet in book.sheets)
            every = _best(lambda: printing.print_attendance(db, actor=ACTOR, month=month))
            blank = _best(lambda: printing.print_attendance(db, actor=ACTOR, month=month, blank=True))
            roster = _roster_of(db, 1000)
            roster_seconds = _best(lambda: render_roster(roster))
            real_roster = _best(lambda: printing.print_roster(db, actor=ACTOR, group=book.sheets[0].group))
        finally:
            db.dispose()
    sheet = _full_sheet()
    return [
        (f"every monthly attendance sheet, {children}-child demo", every,
         f"{len(book.sheets)} groups, {rows} rows, {marks} marks; gather + render + audit; target ≤ 2 s"),
        (f"every blank monthly sheet, {children}-child demo", blank, f"{len(book.sheets)} groups; target ≤ 2 s"),
        ("1000-row roster (render)", roster_seconds, f"{len(roster.children)} rows; design reference 255 ms"),
        ("one group's roster (gather + render + audit)", real_roster, f"group {book.sheets[0].group}"),
        ("one 30×31 attendance sheet (render)", _best(lambda: render_attendance(sheet)),
         "design reference 40 ms"),
    ]


def main() -> int:
    for name, seconds, note in run():
        sys.stdout.write(f"{name:<52} {seconds * 1000:8.0f} ms   {note}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
