"""Attendance statistics: rates by group, club, teacher and month over a period, and the children at
risk of dropping out (definition in ``enrol.domain.report_rules``).

Everything comes from one aggregate pass over the period's marks per place (``attendance_reports.enrolment_marks``)
and one per month for the whole centre; only the absences of places whose last mark is an absence are read again
(for the run). A month of a million marks stays well under a second. The list names
children: showing it is a read, exporting or printing it is audited by the caller (``report_files``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Attendance, Child, Club, Enrolment, Group, Guardian, Staff
from enrol.domain.attendance_rules import MarkCounts
from enrol.domain.errors import N_
from enrol.domain.names import full_name
from enrol.domain.report_rules import AT_RISK_MIN_MARKS, AT_RISK_RATE, Period
from enrol.i18n import tr
from enrol.services.people import permissions
from enrol.services.attendance.marks import running_on
from enrol.services.attendance.month import EnrolmentMarks, enrolment_marks, month_mark_counts
from enrol.services.storage.bulk_insert import chunked
from enrol.services.context import Actor
from enrol.services.centre.settings import stored_value

NO_TEACHER = N_("no teacher")
IDS_PER_QUERY = 5000


@dataclass(frozen=True)
class RateLine:
    key: str
    label: str
    counts: MarkCounts

    @property
    def rate(self) -> float | None:
        return self.counts.rate


@dataclass(frozen=True)
class AtRisk:
    child_id: int
    child: str
    group: str
    recorded: int
    attended: int
    streak: int
    phone: str | None

    @property
    def rate(self) -> float | None:
        return self.attended / self.recorded if self.recorded else None


@dataclass(frozen=True)
class AttendanceStats:
    centre: str
    period: Period
    threshold: int  # unexcused absences in a row that put a child at risk (setting absence_alert)
    total: MarkCounts
    by_group: list[RateLine] = field(default_factory=list)
    by_club: list[RateLine] = field(default_factory=list)
    by_teacher: list[RateLine] = field(default_factory=list)
    by_month: list[RateLine] = field(default_factory=list)
    at_risk: list[AtRisk] = field(default_factory=list)


def _sum(parts: list[MarkCounts]) -> MarkCounts:
    return MarkCounts(present=sum(p.present for p in parts), absent=sum(p.absent for p in parts),
                      excused=sum(p.excused for p in parts), late=sum(p.late for p in parts))


def _lines(per: dict[str, list[MarkCounts]], labels: dict[str, str]) -> list[RateLine]:
    return sorted((RateLine(key=k, label=labels.get(k, k), counts=_sum(v)) for k, v in per.items()),
                  key=lambda line: line.label)


def _streaks(session: Session, period: Period, places: dict[int, EnrolmentMarks], threshold: int) -> dict[int, int]:
    """Unexcused absences in a row at the end of the period, of the places whose last mark is one (and that have
    enough absences to reach ``threshold``): only their absences are read again."""
    ending = {eid: m.last_kept for eid, m in places.items()
              if m.last_day != m.last_kept and m.counts.absent >= threshold}
    streaks: dict[int, int] = defaultdict(int)
    for chunk in chunked(list(ending), IDS_PER_QUERY):
        for eid, day in session.execute(select(Attendance.enrolment_id, Attendance.date).where(
                Attendance.enrolment_id.in_(chunk), Attendance.mark == "absent", Attendance.date >= period.first,
                Attendance.date <= period.last)):
            kept = ending[eid]
            if kept is None or day > kept:
                streaks[eid] += 1
    return {eid: n for eid, n in streaks.items() if n >= threshold}


def _at_risk(session: Session, period: Period, places: dict[int, EnrolmentMarks],
             threshold: int) -> dict[int, tuple[int, int, int]]:
    """enrolment id → (recorded, attended, streak) of the places at risk that still run on the last day."""
    streaks = _streaks(session, period, places, threshold)
    risky = [eid for eid, m in places.items() if eid in streaks or (
        m.counts.recorded >= AT_RISK_MIN_MARKS and m.counts.attended < AT_RISK_RATE * m.counts.recorded)]
    running = set()
    for chunk in chunked(risky, IDS_PER_QUERY):
        running.update(session.scalars(select(Enrolment.id).where(Enrolment.id.in_(chunk), running_on(period.last))))
    return {eid: (places[eid].counts.recorded, places[eid].counts.attended, streaks.get(eid, 0)) for eid in running}


def attendance_stats(db: Database, *, actor: Actor, period: Period) -> AttendanceStats:
    """Rates of the period and the at-risk children (most absences in a row first, then the lowest rate)."""
    permissions.require(actor, "reports.view")
    with db.read() as session:
        centre = str(stored_value(session, "centre_name"))
        threshold = int(stored_value(session, "absence_alert"))
        places = {m.enrolment_id: m for m in enrolment_marks(session, first=period.first, last=period.last)}
        if period.first.replace(day=1) == period.last.replace(day=1):  # one month: its total is the places' sum
            months = {period.first.replace(day=1): _sum([m.counts for m in places.values()])} if places else {}
        else:
            months = month_mark_counts(session, first=period.first, last=period.last)
        groups = {gid: (code, club, full_name(s, n, p) if s else "") for gid, code, club, s, n, p in session.execute(
            select(Group.id, Group.code, Club.name, Staff.surname, Staff.name, Staff.patronymic)
            .join(Club, Club.id == Group.club_id).outerjoin(Staff, Staff.id == Group.teacher_id))}
        risky = _at_risk(session, period, places, threshold)
        people = [row for chunk in chunked(list(risky), IDS_PER_QUERY) for row in session.execute(
            select(Enrolment.id, Child.id, Child.surname, Child.name, Child.patronymic, Group.code)
            .join(Child, Child.id == Enrolment.child_id).join(Group, Group.id == Enrolment.group_id)
            .where(Enrolment.id.in_(chunk)))]
        phones: dict[int, str] = {}
        for chunk in chunked(sorted({p[1] for p in people}), IDS_PER_QUERY):
            for child_id, phone in session.execute(
                    select(Guardian.child_id, Guardian.phone).where(Guardian.child_id.in_(chunk)).order_by(Guardian.id)):
                phones.setdefault(child_id, phone)
    per_group: dict[int, list[MarkCounts]] = defaultdict(list)
    for eid, marks in places.items():
        per_group[marks.group_id].append(marks.counts)
    per: dict[str, dict[str, list[MarkCounts]]] = {k: defaultdict(list) for k in ("group", "club", "teacher")}
    for group_id, counts in per_group.items():
        code, club, teacher = groups.get(group_id, (str(group_id), "", ""))
        total = _sum(counts)
        for kind, key in (("group", code), ("club", club), ("teacher", teacher)):
            per[kind][key].append(total)
    at_risk = [AtRisk(child_id=cid, child=full_name(s, n, p), group=code, recorded=risky[eid][0],
                      attended=risky[eid][1], streak=risky[eid][2], phone=phones.get(cid))
               for eid, cid, s, n, p, code in people]
    at_risk.sort(key=lambda r: (-r.streak, r.rate if r.rate is not None else 1.0, r.child))
    return AttendanceStats(
        centre=centre, period=period, threshold=threshold, total=_sum(list(months.values())),
        by_group=_lines(per["group"], {}), by_club=_lines(per["club"], {}),
        by_teacher=_lines(per["teacher"], {k: k or tr(NO_TEACHER) for k in per["teacher"]}),
        by_month=[RateLine(key=f"{m:%Y-%m}", label=f"{m:%Y-%m}", counts=c) for m, c in sorted(months.items())],
        at_risk=at_risk)


__all__ = ["AtRisk", "AttendanceStats", "RateLine", "attendance_stats"]
