"""Attendance read back: a group's month grid (the printed sheet's rows and columns), rates per
group and per child, a child's attendance, the children absent too often in a row (the registrar's list),
and the monthly export for the city's returns.

The month grid has the printed sheet's shape: one row per child who was in the group on some day of the
month, one column per date the group meets that month, plus any other date with a recorded mark so that
no mark is ever left out.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Attendance, Child, Club, Enrolment, Group, Guardian, Meeting, Staff
from enrol.domain.attendance_rules import ATTENDED, MARKS, MarkCounts, WeeklyMeeting, absence_streak, count_marks, \
    enrolled_on, meeting_dates, month_bounds, parse_month
from enrol.domain.children import age_on
from enrol.domain.errors import N_, RefusedError
from enrol.domain.names import full_name
from enrol.domain.vocabulary import WEEKDAYS
from enrol.i18n import translate
from enrol.io.table_export import table_format, write_table
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.attendance.marks import MARKING_ROLES, STREAK_WINDOW, AbsenceAlert, acting_staff, \
    check_group_access, group_meetings, may_access, running_during, running_on
from enrol.services.context import Actor, now
from enrol.services.enrolment.offers import load_child
from enrol.services.centre.settings import stored_value

__all__ = ["EXPORT_COLUMNS", "ChildAttendance", "ChildGroupAttendance", "EnrolmentMarks", "ExportSummary", "GroupRate",
           "MonthGrid", "MonthRow", "absence_alerts", "child_attendance", "enrolment_marks", "export_attendance",
           "group_rates", "mark_letter", "month_bounds", "month_grid", "month_mark_counts", "parse_month"]


def mark_letter(mark: str | None) -> str:
    """The paper journal's letter for a mark in the current language (as the printed sheet shows it)."""
    from enrol.reports.attendance import mark_symbol  # reportlab loads only when a grid is shown

    return mark_symbol(mark)


@dataclass(frozen=True)
class MonthRow:
    child_id: int
    child: str
    marks: tuple[str | None, ...]
    enrolled: tuple[bool, ...]
    counts: MarkCounts


@dataclass(frozen=True)
class MonthGrid:
    group: str
    club: str
    month: dt.date
    dates: list[dt.date]
    rows: list[MonthRow] = field(default_factory=list)

    @property
    def counts(self) -> MarkCounts:
        return count_marks(mark for row in self.rows for mark in row.marks)


def _spans(session: Session, group_ids: list[int], first: dt.date, last: dt.date) -> list[Any]:
    """Enrolments of the groups that ran during the period or have a mark in it, with their child."""
    marked = select(Attendance.enrolment_id).where(Attendance.date >= first, Attendance.date <= last)
    return session.execute(
        select(Enrolment.id, Enrolment.group_id, Enrolment.child_id, Enrolment.start_date, Enrolment.end_date,
               Enrolment.funding, Child.surname, Child.name, Child.patronymic, Child.sort_key)
        .join(Child, Child.id == Enrolment.child_id)
        .where(Enrolment.group_id.in_(group_ids), running_during(first, last) | Enrolment.id.in_(marked))
        .order_by(Child.sort_key, Child.id, Enrolment.id)).all()


def _marks(session: Session, enrolment_ids: list[int], first: dt.date, last: dt.date) -> dict[int, dict[dt.date, Any]]:
    found: dict[int, dict[dt.date, Any]] = defaultdict(dict)
    for row in session.execute(select(Attendance.enrolment_id, Attendance.date, Attendance.mark, Attendance.marked_by,
                                      Attendance.marked_at)
                               .where(Attendance.enrolment_id.in_(enrolment_ids), Attendance.date >= first,
                                      Attendance.date <= last)):
        found[row.enrolment_id][row.date] = row
    return found


def month_grid(db: Database, *, actor: Actor, group: str | int, month: dt.date) -> MonthGrid:
    """The group's month: its meeting dates as columns, the children who were in it as rows."""
    permissions.require(actor, "attendance.view")
    first, last = month_bounds(month)
    with db.read() as session:
        found = lookup.group(session, group)
        check_group_access(session, actor, found)
        club = session.scalar(select(Club.name).where(Club.id == found.club_id)) or ""
        meetings = [m for m, *_ in group_meetings(session, found.id)]
        spans = _spans(session, [found.id], first, last)
        marks = _marks(session, [s.id for s in spans], first, last)
    recorded = {day for per in marks.values() for day in per}
    dates = sorted(set(meeting_dates(meetings, first, last)) | recorded)
    per_child: dict[int, list[Any]] = defaultdict(list)
    for span in spans:
        per_child[span.child_id].append(span)
    rows = []
    for child_spans in per_child.values():
        head = child_spans[0]
        row_marks = tuple(next((marks[s.id][d].mark for s in child_spans if d in marks[s.id]), None) for d in dates)
        rows.append(MonthRow(
            child_id=head.child_id, child=full_name(head.surname, head.name, head.patronymic), marks=row_marks,
            enrolled=tuple(any(enrolled_on(s.start_date, s.end_date, d) for s in child_spans) for d in dates),
            counts=count_marks(row_marks)))
    return MonthGrid(group=found.code, club=club, month=first, dates=dates, rows=rows)


@dataclass(frozen=True)
class GroupRate:
    group_id: int
    group: str
    club: str
    teacher: str | None
    counts: MarkCounts


def group_rates(db: Database, *, actor: Actor, first: dt.date, last: dt.date,
                teacher_id: int | None = None) -> list[GroupRate]:
    """Marks and attendance rate of every group (of one teacher) between ``first`` and ``last``; a teacher
    gets their own groups' rates (the Month tab is theirs too), never another teacher's."""
    permissions.require(actor, "attendance.view")
    with db.read() as session:
        if actor.role not in MARKING_ROLES:
            own = acting_staff(session, actor) if actor.role == "teacher" else None
            if own is None or teacher_id not in (None, own):
                raise RefusedError(N_("{login} may not see the attendance of every group"), rule="permission",
                                   login=actor.login)
            teacher_id = own
        query = (select(Group.id, Group.code, Club.name, Staff.surname, Staff.name, Staff.patronymic)
                 .join(Club, Club.id == Group.club_id).outerjoin(Staff, Staff.id == Group.teacher_id)
                 .order_by(Group.code))
        if teacher_id is not None:
            query = query.where(Group.teacher_id == teacher_id)
        groups = session.execute(query).all()
        marks: dict[int, list[str]] = defaultdict(list)
        for group_id, mark in session.execute(
                select(Enrolment.group_id, Attendance.mark).join(Attendance, Attendance.enrolment_id == Enrolment.id)
                .where(Attendance.date >= first, Attendance.date <= last)):
            marks[group_id].append(mark)
    return [GroupRate(group_id=gid, group=code, club=club, teacher=full_name(s, n, p) if s else None,
                      counts=count_marks(marks[gid])) for gid, code, club, s, n, p in groups]


@dataclass(frozen=True, slots=True)
class EnrolmentMarks:
    """One place's marks in a period: counts, and the dates of its last mark and last mark that was not an
    unexcused absence (the latest marks are absences when the two differ)."""

    enrolment_id: int
    group_id: int
    counts: MarkCounts
    last_day: dt.date
    last_kept: dt.date | None


def _period_rows(first: dt.date, last: dt.date):  # type: ignore[no-untyped-def]
    """The period's marks, read by a scan rather than through ``ix_attendance_date``: for a month or more of a
    million marks SQLite's look-up of every row by the date index costs twice the scan (the reports' benchmark)."""
    day = func.coalesce(Attendance.date, Attendance.date)
    return and_(day >= first, day <= last)


def _count(mark: str):  # type: ignore[no-untyped-def]
    return func.count(case((Attendance.mark == mark, 1)))


def enrolment_marks(session: Session, *, first: dt.date, last: dt.date) -> list[EnrolmentMarks]:
    """Every place with a mark in ``[first, last]``, counted in SQL in one pass (for the reports); the group is
    joined after counting (once per place, not once per mark), and rows come through Core, not the ORM."""
    per_place = (select(Attendance.enrolment_id.label("eid"), func.count().label("n"), _count("present").label("p"),
                        _count("absent").label("a"), _count("late").label("late"),
                        func.max(Attendance.date).label("day"),
                        func.max(case((Attendance.mark != "absent", Attendance.date))).label("kept"))
                 .where(_period_rows(first, last)).group_by(Attendance.enrolment_id).subquery())
    rows = session.connection().execute(
        select(per_place.c.eid, Enrolment.group_id, per_place.c.n, per_place.c.p, per_place.c.a, per_place.c.late,
               per_place.c.day, per_place.c.kept).join(Enrolment, Enrolment.id == per_place.c.eid)).all()
    return [EnrolmentMarks(eid, gid, MarkCounts(present=p, absent=a, late=late, excused=n - p - a - late), day, kept)
            for eid, gid, n, p, a, late, day, kept in rows]


def month_mark_counts(session: Session, *, first: dt.date, last: dt.date) -> dict[dt.date, MarkCounts]:
    """The whole centre's marks of each month in ``[first, last]`` (a month's first day → counts): counted per
    day and mark, which ``ix_attendance_date_mark`` answers from the index alone, in order, without a sort."""
    per: dict[dt.date, dict[str, int]] = defaultdict(lambda: dict.fromkeys(MARKS, 0))
    for day, mark, number in session.connection().execute(
            select(Attendance.date, Attendance.mark, func.count())
            .where(Attendance.date >= first, Attendance.date <= last).group_by(Attendance.date, Attendance.mark)):
        per[day.replace(day=1)][mark] += int(number)
    return {month: MarkCounts(**marks) for month, marks in sorted(per.items())}


@dataclass(frozen=True)
class ChildGroupAttendance:
    group: str
    club: str
    counts: MarkCounts
    marks: list[tuple[dt.date, str]]


@dataclass(frozen=True)
class ChildAttendance:
    child_id: int
    child: str
    groups: list[ChildGroupAttendance]

    @property
    def counts(self) -> MarkCounts:
        return count_marks(mark for group in self.groups for _day, mark in group.marks)


def child_attendance(db: Database, *, actor: Actor, child: str | int, first: dt.date | None = None,
                     last: dt.date | None = None) -> ChildAttendance:
    """A child's marks per group (newest first) with counts and rates, for the child's page."""
    permissions.require(actor, "attendance.view")
    with db.read() as session:
        pupil = load_child(session, child, for_change=False)
        query = (select(Group, Club.name, Attendance.date, Attendance.mark)
                 .join(Enrolment, Enrolment.group_id == Group.id).join(Club, Club.id == Group.club_id)
                 .outerjoin(Attendance, and_(Attendance.enrolment_id == Enrolment.id,
                                             Attendance.date >= (first or dt.date.min),
                                             Attendance.date <= (last or dt.date.max)))
                 .where(Enrolment.child_id == pupil.id, running_during(first or dt.date.min, last or dt.date.max))
                 .order_by(Group.code, Attendance.date.desc()))
        per_group: dict[str, tuple[str, list[tuple[dt.date, str]]]] = {}
        for group, club, day, mark in session.execute(query):
            if not may_access(session, actor, group):
                continue
            entry = per_group.setdefault(group.code, (club, []))
            if day is not None:
                entry[1].append((day, mark))
    return ChildAttendance(child_id=pupil.id, child=pupil.full_name, groups=[
        ChildGroupAttendance(group=code, club=club, counts=count_marks(m for _d, m in marks), marks=marks)
        for code, (club, marks) in per_group.items()])


def absence_alerts(db: Database) -> list[AbsenceAlert]:
    """Children enrolled today whose latest marks are ``absence_alert`` or more unexcused absences in a row."""
    today = now().date()
    with db.read() as session:
        threshold = int(stored_value(session, "absence_alert"))
        rows = session.execute(
            select(Enrolment.id, Attendance.date, Attendance.mark)
            .join(Attendance, Attendance.enrolment_id == Enrolment.id)
            .where(running_on(today), Attendance.date > today - STREAK_WINDOW)).all()
        marks: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
        for enrolment_id, day, mark in rows:
            marks[enrolment_id].append((day, mark))
        flagged = {eid: n for eid, found in marks.items() if (n := absence_streak(found)) >= threshold}
        if not flagged:
            return []
        people = session.execute(
            select(Enrolment.id, Child.id, Child.surname, Child.name, Child.patronymic, Group.code, Child.sort_key)
            .join(Child, Child.id == Enrolment.child_id).join(Group, Group.id == Enrolment.group_id)
            .where(Enrolment.id.in_(list(flagged)))).all()
        guardians: dict[int, Guardian] = {}
        for guardian in session.scalars(select(Guardian).where(Guardian.child_id.in_([p[1] for p in people]))
                                        .order_by(Guardian.id)):
            guardians.setdefault(guardian.child_id, guardian)
    return [AbsenceAlert(child_id=cid, child=full_name(surname, name, patronymic), group=code,
                         absences=flagged[eid], guardian=guardians[cid].full_name if cid in guardians else None,
                         phone=guardians[cid].phone if cid in guardians else None)
            for eid, cid, surname, name, patronymic, code, _key in sorted(people, key=lambda p: (-flagged[p[0]], p[6]))]


# --- the export for the city's monthly returns ------------------------------------------------------

EXPORT_COLUMNS = (
    "date", "weekday", "group", "club", "direction", "teacher", "child_id", "iin", "surname", "name", "patronymic",
    "birth_date", "age", "sex", "school", "grade", "district", "funding", "free_place", "mark", "attended",
    "marked_by", "marked_at",
)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    month: dt.date
    rows: int
    children: int
    groups: int


def export_attendance(db: Database, *, actor: Actor, path: Path, month: dt.date | None = None,
                      force: bool = False) -> ExportSummary:
    """Every child's every session of the month (up to today) as one row, with the mark or empty: CSV (UTF-8
    with BOM, ``;``) or XLSX by the file's extension. An export of personal data, so it is audited."""
    permissions.require(actor, "children.export")
    if actor.role not in MARKING_ROLES:
        raise RefusedError(N_("{login} may not export attendance"), rule="permission", login=actor.login)
    table_format(Path(path))
    first, last = month_bounds(month or now().date())
    until = min(last, now().date())
    with db.read() as session:
        groups = {g.id: g for g in session.execute(
            select(Group.id, Group.code, Group.funding, Club.name.label("club"), Club.direction, Staff.surname,
                   Staff.name, Staff.patronymic).join(Club, Club.id == Group.club_id)
            .outerjoin(Staff, Staff.id == Group.teacher_id))}
        meetings: dict[int, list[WeeklyMeeting]] = defaultdict(list)
        for group_id, weekday, valid_from, valid_to in session.execute(
                select(Meeting.group_id, Meeting.weekday, Meeting.valid_from, Meeting.valid_to)):
            meetings[group_id].append(WeeklyMeeting(weekday, valid_from, valid_to))
        spans = _spans(session, list(groups), first, last)
        marks = _marks(session, [s.id for s in spans], first, last)
        children = {c.id: c for c in session.scalars(select(Child).where(
            Child.id.in_(select(Enrolment.child_id).where(Enrolment.id.in_([s.id for s in spans])))))}
    rows = []
    for span in spans:
        group, child, recorded = groups[span.group_id], children[span.child_id], marks.get(span.id, {})
        days = {d for d in meeting_dates(meetings[span.group_id], first, until)
                if enrolled_on(span.start_date, span.end_date, d)} | set(recorded)
        for day in sorted(days):
            found = recorded.get(day)
            rows.append((day, child.sort_key, group.code, _export_row(day, group, child, span.funding, found)))
    rows.sort(key=lambda r: r[:3])
    written = write_table(Path(path), EXPORT_COLUMNS, (r[3] for r in rows), title=f"{first:%Y-%m}",
                          force=force)
    summary = ExportSummary(path=Path(path), month=first, rows=written, children=len({s.child_id for s in spans}),
                            groups=len({s.group_id for s in spans}))
    with db.write() as session:
        audit.record(session, actor=actor, action="export.attendance", entity="attendance", entity_id=f"{first:%Y-%m}",
                     after={"file": str(path), "rows": written, "children": summary.children})
    return summary


def _export_row(day: dt.date, group: Any, child: Child, funding: str, found: Any) -> tuple[object, ...]:
    weekday = translate(WEEKDAYS[day.isoweekday()])
    teacher = full_name(group.surname, group.name, group.patronymic) if group.surname else None
    mark = found.mark if found else None
    return (day, weekday, group.code, group.club, group.direction, teacher, child.id, child.iin, child.surname,
            child.name, child.patronymic, child.birth_date, age_on(child.birth_date, day), child.sex, child.school,
            child.grade, child.district, funding, "no" if funding == "paid" else "yes", mark,
            None if mark is None else int(mark in ATTENDED), found.marked_by if found else None,
            found.marked_at if found else None)
