"""Attendance: a teacher's sessions of the day, one mark per child, corrections that keep who and
when, and children absent too often in a row flagged for the registrar.

The rules are in ``enrol.domain.attendance_rules``; here they meet the database. Every mark is written in
one transaction with its history row (``attendance_changes``) and an audit event, and an absence streak that
reaches the ``absence_alert`` setting opens a notification for the registrar (with the guardian's phone).

Permissions (enforced here, so the CLI and the GUI agree): administrators and registrars see and mark every
group; a teacher only the groups they teach (their user's staff row, once sign-in exists); nobody else.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Attendance, AttendanceChange, Child, Club, Enrolment, EnrolmentChange, Group, Guardian, \
    Meeting, Notification, Room, Staff, User
from enrol.domain.attendance_rules import WeeklyMeeting, absence_streak, check_mark, check_session_day
from enrol.domain.errors import N_, RefusedError, ValidationError
from enrol.domain.intervals import format_hhmm
from enrol.domain.names import full_name
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.context import Actor, now
from enrol.services.enrolment.offers import load_child
from enrol.services.centre.settings import stored_value

ALERT_KIND = "absence_alert"
# Marks older than this do not make a child "absent N in a row" today: the streak is about now.
STREAK_WINDOW = dt.timedelta(days=120)
MARKING_ROLES = ("administrator", "registrar")


# --- who is in a group on a day ---------------------------------------------------------------------

def running_during(first: dt.date, last: dt.date):  # type: ignore[no-untyped-def]
    """SQL: the enrolment ran on some day of ``[first, last]`` — enrolled (or since withdrawn or completed, having
    really been enrolled, not only waiting), started by ``last``, not ended before ``first`` (the end date is
    the first day without the child)."""
    was_enrolled = exists().where(EnrolmentChange.enrolment_id == Enrolment.id, EnrolmentChange.to_status == "enrolled")
    return and_(
        or_(Enrolment.status == "enrolled",
            and_(or_(Enrolment.status == "withdrawn", Enrolment.status == "completed"), was_enrolled)),
        or_(Enrolment.start_date.is_(None), Enrolment.start_date <= last),
        or_(Enrolment.end_date.is_(None), Enrolment.end_date > first),
    )


def running_on(day: dt.date):  # type: ignore[no-untyped-def]
    """SQL: the enrolment was running on ``day``."""
    return running_during(day, day)


def group_meetings(session: Session, group_id: int) -> list[tuple[WeeklyMeeting, int, int, str]]:
    """The group's meetings: (their dates, start and end minute, room code), in week order."""
    return [(WeeklyMeeting(weekday, valid_from, valid_to), start, end, room)
            for weekday, valid_from, valid_to, start, end, room in session.execute(
                select(Meeting.weekday, Meeting.valid_from, Meeting.valid_to, Meeting.start_minute,
                       Meeting.end_minute, Room.code).join(Room, Room.id == Meeting.room_id)
                .where(Meeting.group_id == group_id).order_by(Meeting.weekday, Meeting.start_minute))]


def acting_staff(session: Session, actor: Actor) -> int | None:
    """The staff row of the signed-in user behind ``actor`` (None for the CLI and before sign-in exists)."""
    if actor.user_id is None:
        return None
    return session.scalar(select(User.staff_id).where(User.id == actor.user_id))


def may_access(session: Session, actor: Actor, group: Group) -> bool:
    """Administrators and registrars: every group; a teacher: their own groups only."""
    if actor.role in MARKING_ROLES:
        return True
    return actor.role == "teacher" and group.teacher_id is not None and acting_staff(session, actor) == group.teacher_id


def own_groups(db: Database, *, actor: Actor) -> list[str] | None:
    """The codes of the groups a teacher may see (their own, active ones), or None when the role sees every
    group: the window offers a teacher only what the checks below would not refuse."""
    permissions.require(actor, "attendance.view")
    if actor.role in MARKING_ROLES:
        return None
    with db.read() as session:
        own = acting_staff(session, actor) if actor.role == "teacher" else None
        if own is None:
            return []
        return list(session.scalars(select(Group.code).where(Group.teacher_id == own, Group.active)
                                    .order_by(Group.code)))


def check_group_access(session: Session, actor: Actor, group: Group) -> None:
    if not may_access(session, actor, group):
            raise RefusedError(N_("{login} may not see or record the attendance of group {group}"), rule="permission",
                           login=actor.login, group=group.code)


# --- the sessions of a day --------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionInfo:
    """A group meeting on a day: what the teacher taps on to take the register."""

    group_id: int
    group: str
    club: str
    teacher_id: int | None
    teacher: str | None
    day: dt.date
    start: str
    end: str
    room: str
    enrolled: int
    marked: int


def sessions_on(db: Database, *, actor: Actor, day: dt.date, teacher_id: int | None = None) -> list[SessionInfo]:
    """The active groups meeting on ``day`` (of one teacher, or of the teacher signed in), by start time."""
    permissions.require(actor, "attendance.view")
    with db.read() as session:
        own = acting_staff(session, actor) if actor.role == "teacher" else None
        if actor.role not in MARKING_ROLES and own is None:
            return []
        wanted = own if own is not None else teacher_id
        valid = and_(Meeting.weekday == day.isoweekday(), or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
                     or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day))
        query = (select(Group.id, Group.code, Club.name, Group.teacher_id, Staff.surname, Staff.name,
                        Staff.patronymic, Meeting.start_minute, Meeting.end_minute, Room.code)
                 .join(Meeting, Meeting.group_id == Group.id).join(Club, Club.id == Group.club_id)
                 .join(Room, Room.id == Meeting.room_id).outerjoin(Staff, Staff.id == Group.teacher_id)
                 .where(Group.active, valid).order_by(Meeting.start_minute, Group.code))
        if wanted is not None:
            query = query.where(Group.teacher_id == wanted)
        rows = session.execute(query).all()
        ids = list({row[0] for row in rows})
        enrolled = dict(session.execute(select(Enrolment.group_id, func.count()).where(
            Enrolment.group_id.in_(ids), running_on(day)).group_by(Enrolment.group_id)).tuples().all())
        marked = dict(session.execute(
            select(Enrolment.group_id, func.count()).join(Attendance, Attendance.enrolment_id == Enrolment.id)
            .where(Enrolment.group_id.in_(ids), Attendance.date == day).group_by(Enrolment.group_id)).tuples().all())
    seen: set[int] = set()
    result = []
    for group_id, code, club, teacher, surname, name, patronymic, start, end, room in rows:
        if group_id in seen:  # a group meeting twice that day is one register
            continue
        seen.add(group_id)
        result.append(SessionInfo(
            group_id=group_id, group=code, club=club, teacher_id=teacher,
            teacher=full_name(surname, name, patronymic) if surname else None, day=day, start=format_hhmm(start),
            end=format_hhmm(end), room=room, enrolled=int(enrolled.get(group_id, 0)),
            marked=int(marked.get(group_id, 0))))
    return result


# --- one session's register -------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionRow:
    enrolment_id: int
    child_id: int
    child: str
    mark: str | None
    marked_by: str | None
    marked_at: dt.datetime | None
    corrected: bool
    streak: int
    flagged: bool


@dataclass(frozen=True)
class SessionSheet:
    group_id: int
    group: str
    club: str
    teacher: str | None
    day: dt.date
    times: list[tuple[str, str, str]]  # (start, end, room) of the group's meetings that day
    threshold: int
    rows: list[SessionRow] = field(default_factory=list)

    @property
    def unmarked(self) -> int:
        return sum(1 for row in self.rows if row.mark is None)


def _roster_on(session: Session, group_id: int, day: dt.date) -> list[tuple[int, int, str, str]]:
    """(enrolment id, child id, name, sort key) of the children in the group on ``day``, alphabetically."""
    return [(eid, cid, full_name(surname, name, patronymic), key) for eid, cid, surname, name, patronymic, key in
            session.execute(select(Enrolment.id, Child.id, Child.surname, Child.name, Child.patronymic, Child.sort_key)
                            .join(Child, Child.id == Enrolment.child_id)
                            .where(Enrolment.group_id == group_id, running_on(day))
                            .order_by(Child.sort_key, Child.id))]


def _streaks(session: Session, enrolment_ids: list[int], until: dt.date) -> dict[int, int]:
    marks: dict[int, list[tuple[dt.date, str]]] = defaultdict(list)
    if enrolment_ids:
        for enrolment_id, day, mark in session.execute(
                select(Attendance.enrolment_id, Attendance.date, Attendance.mark)
                .where(Attendance.enrolment_id.in_(enrolment_ids), Attendance.date <= until,
                       Attendance.date > until - STREAK_WINDOW)):
            marks[enrolment_id].append((day, mark))
    return {enrolment_id: absence_streak(found) for enrolment_id, found in marks.items()}


def _sheet(session: Session, group: Group, day: dt.date) -> SessionSheet:
    meetings = group_meetings(session, group.id)
    roster = _roster_on(session, group.id, day)
    ids = [row[0] for row in roster]
    recorded = {a.enrolment_id: a for a in session.scalars(
        select(Attendance).where(Attendance.enrolment_id.in_(ids), Attendance.date == day))}
    changes = dict(session.execute(
        select(AttendanceChange.enrolment_id, func.count()).where(
            AttendanceChange.enrolment_id.in_(ids), AttendanceChange.date == day)
        .group_by(AttendanceChange.enrolment_id)).tuples().all())
    streaks = _streaks(session, ids, now().date())
    threshold = int(stored_value(session, "absence_alert"))
    club = session.scalar(select(Club.name).where(Club.id == group.club_id)) or ""
    teacher = session.get(Staff, group.teacher_id) if group.teacher_id else None
    rows = []
    for enrolment_id, child_id, name, _key in roster:
        mark = recorded.get(enrolment_id)
        streak = streaks.get(enrolment_id, 0)
        rows.append(SessionRow(enrolment_id=enrolment_id, child_id=child_id, child=name,
                               mark=mark.mark if mark else None, marked_by=mark.marked_by if mark else None,
                               marked_at=mark.marked_at if mark else None, corrected=changes.get(enrolment_id, 0) > 1,
                               streak=streak, flagged=streak >= threshold))
    return SessionSheet(
        group_id=group.id, group=group.code, club=club,
        teacher=full_name(teacher.surname, teacher.name, teacher.patronymic) if teacher else None, day=day,
        times=[(format_hhmm(s), format_hhmm(e), room) for m, s, e, room in meetings if m.falls_on(day)],
        threshold=threshold, rows=rows)


def session_sheet(db: Database, *, actor: Actor, group: str | int, day: dt.date) -> SessionSheet:
    """The register of ``group`` on ``day``: its children that day with their marks (refused on a day without a
    session or in the future, like marking)."""
    permissions.require(actor, "attendance.view")
    with db.read() as session:
        found = lookup.group(session, group)
        check_group_access(session, actor, found)
        check_session_day(group=found.code, day=day, today=now().date(),
                          meetings=[m for m, *_ in group_meetings(session, found.id)])
        return _sheet(session, found, day)


# --- marking ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AbsenceAlert:
    child_id: int
    child: str
    group: str
    absences: int
    guardian: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class MarkOutcome:
    group: str
    day: dt.date
    changed: int
    unchanged: int
    alerts: list[AbsenceAlert] = field(default_factory=list)


def mark_attendance(db: Database, *, actor: Actor, group: str | int, day: dt.date,
                    marks: Mapping[str | int, str | None], others_present: bool = False) -> MarkOutcome:
    """Record or correct marks (child id or IIN → present/absent/excused/late; None removes a mark); with
    ``others_present`` every other child without a mark yet is marked present too. All or nothing: one child
    who was not in the group that day refuses the whole call."""
    permissions.require(actor, "attendance.mark")
    wanted = {key: None if mark is None else check_mark(mark) for key, mark in marks.items()}
    with db.write() as session:
        found = lookup.group(session, group, for_update=True)
        check_group_access(session, actor, found)
        check_session_day(group=found.code, day=day, today=now().date(),
                          meetings=[m for m, *_ in group_meetings(session, found.id)])
        roster = {cid: eid for eid, cid, _name, _key in _roster_on(session, found.id, day)}
        by_enrolment: dict[int, str | None] = {}
        for key, mark in wanted.items():
            child = load_child(session, key)
            if child.id not in roster:
                raise RefusedError(N_("{child} is not enrolled in group {group} on {date}"), rule="not_enrolled",
                                   child=child.full_name, group=found.code, date=day.isoformat())
            if roster[child.id] in by_enrolment:
                raise ValidationError("child", N_("{child} is given two marks"), child=child.full_name)
            by_enrolment[roster[child.id]] = mark
        if others_present:
            marked = set(session.scalars(select(Attendance.enrolment_id).where(
                Attendance.enrolment_id.in_(list(roster.values())), Attendance.date == day)))
            for enrolment_id in roster.values():
                if enrolment_id not in marked and enrolment_id not in by_enrolment:
                    by_enrolment[enrolment_id] = "present"
        return _write_marks(session, actor, found, day, by_enrolment)


def mark_all_present(db: Database, *, actor: Actor, group: str | int, day: dt.date) -> MarkOutcome:
    """"Everyone present" in one action: every child of the session without a mark yet is marked present
    (marks already given, e.g. an absence, stay)."""
    permissions.require(actor, "attendance.mark")
    return mark_attendance(db, actor=actor, group=group, day=day, marks={}, others_present=True)


def _write_marks(session: Session, actor: Actor, group: Group, day: dt.date,
                 marks: dict[int, str | None]) -> MarkOutcome:
    stamp = now()
    existing = {a.enrolment_id: a for a in session.scalars(
        select(Attendance).where(Attendance.enrolment_id.in_(list(marks)), Attendance.date == day))}
    before, after = {}, {}
    for enrolment_id, mark in marks.items():
        old = existing.get(enrolment_id)
        if (old.mark if old else None) == mark:
            continue
        before[enrolment_id], after[enrolment_id] = (old.mark if old else None), mark
        if mark is None:
            session.delete(old)
        elif old is None:
            session.add(Attendance(enrolment_id=enrolment_id, date=day, mark=mark, marked_by=actor.login,
                                   marked_at=stamp))
        else:
            old.mark, old.marked_by, old.marked_at = mark, actor.login, stamp
        session.add(AttendanceChange(enrolment_id=enrolment_id, date=day, from_mark=before[enrolment_id],
                                     to_mark=mark, changed_by=actor.login, changed_at=stamp))
    if after:
        audit.record(session, actor=actor, action="attendance.mark", entity="group", entity_id=group.id,
                     before={"date": day, "marks": before}, after={"date": day, "marks": after})
        session.flush()
    alerts = _update_alerts(session, group, list(after))
    return MarkOutcome(group=group.code, day=day, changed=len(after), unchanged=len(marks) - len(after),
                       alerts=alerts)


def _update_alerts(session: Session, group: Group, enrolment_ids: list[int]) -> list[AbsenceAlert]:
    """Open a registrar's notification for each child whose run of absences reached the setting; close the
    open one of a child whose run a correction ended."""
    if not enrolment_ids:
        return []
    threshold = int(stored_value(session, "absence_alert"))
    streaks = _streaks(session, enrolment_ids, now().date())
    open_alerts = set(session.scalars(select(Notification.enrolment_id).where(
        Notification.kind == ALERT_KIND, Notification.done.is_(False), Notification.enrolment_id.in_(enrolment_ids))))
    calm = [eid for eid in open_alerts if streaks.get(eid, 0) < threshold]
    if calm:
        session.execute(update(Notification).where(Notification.kind == ALERT_KIND, Notification.done.is_(False),
                                                   Notification.enrolment_id.in_(calm)).values(done=True))
    alerts = []
    for enrolment_id in sorted(eid for eid in enrolment_ids if streaks.get(eid, 0) >= threshold):
        child_id = session.scalar(select(Enrolment.child_id).where(Enrolment.id == enrolment_id))
        child = session.get(Child, child_id)
        assert child is not None
        guardian = session.scalars(select(Guardian).where(Guardian.child_id == child.id).order_by(Guardian.id)).first()
        alert = AbsenceAlert(child_id=child.id, child=full_name(child.surname, child.name, child.patronymic),
                             group=group.code, absences=streaks[enrolment_id],
                             guardian=guardian.full_name if guardian else None,
                             phone=guardian.phone if guardian else None)
        alerts.append(alert)
        if enrolment_id not in open_alerts:
            session.add(Notification(created_at=now(), kind=ALERT_KIND, child_id=child.id, group_id=group.id,
                                     enrolment_id=enrolment_id, done=False, payload=json.dumps({
                                         "child": alert.child, "child_id": child.id, "group": group.code,
                                         "guardian": alert.guardian, "phone": alert.phone, "expires_at": None,
                                         "absences": alert.absences}, ensure_ascii=False)))
    return alerts


# --- the history of a mark --------------------------------------------------------------------------

@dataclass(frozen=True)
class MarkChange:
    day: dt.date
    from_mark: str | None
    to_mark: str | None
    changed_by: str
    changed_at: dt.datetime


def mark_history(db: Database, *, actor: Actor, group: str | int, child: str | int,
                 day: dt.date | None = None) -> list[MarkChange]:
    """Every mark given, corrected or removed for the child in the group (on ``day`` only, when given)."""
    permissions.require(actor, "attendance.view")
    with db.read() as session:
        found = lookup.group(session, group)
        check_group_access(session, actor, found)
        pupil = load_child(session, child, for_change=False)
        query = (select(AttendanceChange).join(Enrolment, Enrolment.id == AttendanceChange.enrolment_id)
                 .where(Enrolment.group_id == found.id, Enrolment.child_id == pupil.id)
                 .order_by(AttendanceChange.date, AttendanceChange.id))
        if day is not None:
            query = query.where(AttendanceChange.date == day)
        return [MarkChange(day=c.date, from_mark=c.from_mark, to_mark=c.to_mark, changed_by=c.changed_by,
                           changed_at=c.changed_at) for c in session.scalars(query)]


__all__ = ["ALERT_KIND", "AbsenceAlert", "MarkChange", "MarkOutcome", "SessionInfo", "SessionRow", "SessionSheet",
           "acting_staff", "check_group_access", "group_meetings", "mark_all_present", "mark_attendance",
           "mark_history", "may_access", "own_groups", "running_during", "running_on", "session_sheet", "sessions_on"]
