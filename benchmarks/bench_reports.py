"""The reports' figure: every report on a 100,000-child, 1,000,000-attendance-row database in under a second.

The database is written in bulk (``insert_many``), not through the enrolment services: 500 groups of 25 clubs
meeting twice a week, every child in one group and a fifth in a second, a tenth of the places withdrawn in
October, and marks for every meeting date of September to November until the million is reached.

``run(folder, children, marks)`` gives rows ``(work, seconds, note)``; ``python -m benchmarks.bench_reports``
prints them (``--quick``: a tenth of the sizes).
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

from benchmarks.centre import ACTOR, add_children
from enrol.db.engine import Database
from enrol.db.models import Attendance, Club, Enrolment, EnrolmentChange, Group, Meeting, Room
from enrol.domain.report_rules import Period, month_period
from enrol.services.centre import settings
from enrol.services.reporting.attendance_stats import attendance_stats
from enrol.services.storage.bulk_insert import insert_many
from enrol.services.reporting.coverage import coverage_report
from enrol.services.storage.database import init_database
from enrol.services.reporting.utilisation import utilisation_report

DIRECTIONS = ("science", "arts", "ecology", "sport", "career")
FUNDING = ("state_order",) * 5 + ("voucher", "voucher", "city_programme", "centre_free", "paid")
MARKS = ("present",) * 8 + ("absent", "excused", "late")
GROUPS, CLUBS, ROOMS = 500, 25, 60


def _best(work: Callable[[], object], repeat: int = 3) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def build(path: Path, *, children: int, marks: int, year: int) -> Database:
    """The big centre (see the module's docstring); returns the open database."""
    rng = random.Random(11)
    db = init_database(str(path))
    settings.set_setting(db, actor=ACTOR, key="building_capacity", value="100000")
    settings.set_setting(db, actor=ACTOR, key="academic_year", value=f"{year}-{year + 1}")
    ids = add_children(db, children)
    first = dt.date(year, 9, 1)
    stamp = dt.datetime.combine(first, dt.time(9))
    with db.write() as session:
        connection = session.connection()
        insert_many(connection, Room.__table__, [
            {"code": f"R{n}", "name": f"Room {n}", "floor": 1 + n % 3, "kind": "club_room", "seats": 400,
             "active": True} for n in range(ROOMS)])
        insert_many(connection, Club.__table__, [
            {"name": f"Club {n}", "name_ru": None, "direction": DIRECTIONS[n % 5], "description": None,
             "age_min": 5, "age_max": 18, "funding": "paid" if n % 7 == 6 else "free", "default_group_size": 300,
             "active": True} for n in range(CLUBS)])
        clubs = list(session.scalars(select(Club.id).order_by(Club.id)))
        rooms = list(session.scalars(select(Room.id).order_by(Room.id)))
        insert_many(connection, Group.__table__, [
            {"code": f"G-{n}", "club_id": clubs[n % CLUBS], "teacher_id": None, "seats": 300, "age_min": 5,
             "age_max": 18, "language": "kk", "academic_year": f"{year}-{year + 1}", "funding": "free",
             "active": True} for n in range(GROUPS)])
        groups = list(session.scalars(select(Group.id).order_by(Group.id)))
        meetings = {}
        rows = []
        for n, group in enumerate(groups):
            days = (1 + n % 6, 1 + (n + 3) % 6)
            meetings[group] = days
            start = 9 * 60 + (n // 6) % 18 * 30
            rows += [{"group_id": group, "weekday": day, "start_minute": start, "end_minute": start + 90,
                      "room_id": rooms[n % ROOMS], "valid_from": None, "valid_to": None} for day in days]
        insert_many(connection, Meeting.__table__, rows)
        first_group = {child: rng.randrange(GROUPS) for child in ids}
        places = [(child, groups[first_group[child]]) for child in ids]
        places += [(child, groups[(first_group[child] + 1 + rng.randrange(GROUPS - 1)) % GROUPS])
                   for child in rng.sample(ids, len(ids) // 5)]
        october = dt.date(year, 10, 15)
        enrolments = []
        for child, group in places:
            left = rng.random() < 0.1
            enrolments.append({
                "child_id": child, "group_id": group, "status": "withdrawn" if left else "enrolled",
                "priority_rank": 0, "applied_at": stamp, "decided_at": stamp, "start_date": first,
                "end_date": october if left else None, "offer_expires_at": None, "funding": rng.choice(FUNDING),
                "voucher_number": None, "override_reason": None, "withdraw_reason": None})
        insert_many(connection, Enrolment.__table__, enrolments)
        placed = session.execute(select(Enrolment.id, Enrolment.group_id, Enrolment.status)).all()
        insert_many(connection, EnrolmentChange.__table__, [
            {"enrolment_id": eid, "from_status": before, "to_status": after, "at": stamp, "actor": "bench",
             "reason": None}
            for eid, _group, status in placed
            for before, after in ((None, "enrolled"),) + ((("enrolled", "withdrawn"),) if status == "withdrawn" else ())])
        days = [first + dt.timedelta(days=n) for n in range(91)]
        marked, batch = 0, []
        for eid, group, status in placed:
            for day in days:
                if day.isoweekday() in meetings[group] and not (status == "withdrawn" and day >= october):
                    batch.append({"enrolment_id": eid, "date": day, "mark": rng.choice(MARKS), "marked_by": "bench",
                                  "marked_at": stamp})
            if len(batch) >= 50_000 or marked + len(batch) >= marks:
                batch = batch[:marks - marked]
                insert_many(connection, Attendance.__table__, batch)
                marked += len(batch)
                batch = []
                if marked >= marks:
                    break
        if batch:
            insert_many(connection, Attendance.__table__, batch)
    if db.is_sqlite:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
    return db


def run(folder: Path, children: int = 100_000, marks: int = 1_000_000) -> list[tuple[str, float, str]]:
    today = dt.date.today()
    year = today.year if today.month >= 9 else today.year - 1
    started = time.perf_counter()
    db = build(folder / "reports.sqlite3", children=children, marks=marks, year=year)
    built = time.perf_counter() - started
    october = month_period(dt.date(year, 10, 1))
    autumn = Period(dt.date(year, 9, 1), dt.date(year, 11, 30))
    size = f"{children:,} children, {marks:,} marks"
    found = coverage_report(db, actor=ACTOR, period=october)
    stats = attendance_stats(db, actor=ACTOR, period=autumn)
    rows = [
        (f"coverage report, one month ({size})", _best(lambda: coverage_report(db, actor=ACTOR, period=october)),
         f"{found.served:,} served, {found.places:,} places; target ≤ 1 s"),
        ("coverage report, three months", _best(lambda: coverage_report(db, actor=ACTOR, period=autumn)),
         "target ≤ 1 s"),
        ("utilisation report (week, groups, rooms)",
         _best(lambda: utilisation_report(db, actor=ACTOR, on=dt.date(year, 10, 31))),
         f"{GROUPS} groups, {GROUPS * 2} meetings; target ≤ 1 s"),
        ("attendance report, one month", _best(lambda: attendance_stats(db, actor=ACTOR, period=october)),
         "target ≤ 1 s"),
        ("attendance report, three months", _best(lambda: attendance_stats(db, actor=ACTOR, period=autumn)),
         f"{stats.total.recorded:,} marks, {len(stats.at_risk):,} at risk; target ≤ 1 s"),
    ]
    from enrol.services.reporting import files as report_files

    rows.append(("coverage PDF with its charts (render)", _best(lambda: report_files.coverage_pdf(found)),
                 "from the month's figures"))
    db.dispose()
    rows.append(("building that database in bulk", built, "not a target: the benchmark's own set-up"))
    return rows


def main(argv: list[str] | None = None) -> int:
    scale = 10 if "--quick" in (argv if argv is not None else sys.argv[1:]) else 1
    with tempfile.TemporaryDirectory(prefix="enrol-bench-reports-") as name:
        for work, seconds, note in run(Path(name), 100_000 // scale, 1_000_000 // scale):
            print(f"| {work} | {seconds * 1000:.0f} ms | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
