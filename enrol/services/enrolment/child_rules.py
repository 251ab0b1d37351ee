"""The child's side of an application: who the child is, their other groups and appointments, and the rules
of docs/architecture.md, *The domain rules*, that depend on them (duplicate application, clashes, age, school shift).

Read inside the enrolment's locked transaction with two small statements on the DBAPI cursor
(``enrolment_sql``); ``offers`` re-exports these names for the modules that import them from there.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import DateTime, and_, bindparam, cast, null, select, union_all
from sqlalchemy.orm import Session

from enrol.db.models import Appointment, AppointmentChild, Child, Enrolment, Group, Meeting
from enrol.db.models.enrolment import ACTIVE_STATUSES
from enrol.domain.capacity import WeeklyItem
from enrol.domain.enrolment_rules import ChildTimetable, cutoff_date, parse_hours, placement_problems
from enrol.domain.errors import N_, NotFoundError, RefusedError
from enrol.domain.names import full_name
from enrol.services.enrolment.building import TAKEN, GroupState, status_is
from enrol.services.enrolment.hot_sql import Statement, raw


@dataclass(frozen=True, slots=True)
class ChildRow:
    id: int
    surname: str
    name: str
    patronymic: str | None
    birth_date: dt.date
    shift: int | None
    priority: str | None
    anonymised: bool = False

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.name, self.patronymic)


CHILD_COLUMNS = (Child.id, Child.surname, Child.name, Child.patronymic, Child.birth_date, Child.shift, Child.priority,
                 Child.anonymised)
# Statements of the hot path are built once: building a select costs several times more than running it.
_CHILD_BY_IIN = Statement(select(*CHILD_COLUMNS).where(Child.iin == bindparam("key")))
_CHILD_BY_ID = Statement(select(*CHILD_COLUMNS).where(Child.id == bindparam("key")))


def load_child(session: Session, key: str | int, *, for_change: bool = True) -> ChildRow:
    """The child named by IIN (12 digits) or id, as ``lookup.child`` finds them, without an ORM object.

    An anonymised child's record is statistics only: every change of places, attendance, appointments or
    consents refuses them (``for_change``); reads of their history pass ``for_change=False``."""
    text = str(key).strip()
    if len(text) == 12 and text.isdigit():
        row = _CHILD_BY_IIN.first(raw(session), {"key": text})
    elif text.isdigit() and len(text) < 10:
        row = _CHILD_BY_ID.first(raw(session), {"key": int(text)})
    else:
        row = None
    if row is None:
        raise NotFoundError("child", text)
    found = ChildRow(*row)
    if for_change and found.anonymised:
        refuse_anonymised(found.id)
    return found


def refuse_anonymised(child_id: int) -> None:
    raise RefusedError(N_("Child #{child} has been anonymised: their places, attendance, appointments and "
                          "consents cannot change any more"), rule="anonymised", child=child_id)


# --- the child's side: duplicate applications, clashes, age, shift ---------------------------------

_NO_TIME = cast(null(), DateTime)
_TIMETABLE = Statement(union_all(
    select(Enrolment.group_id, Enrolment.status, Group.code, Meeting.weekday, Meeting.start_minute,
           Meeting.end_minute, Meeting.valid_from, Meeting.valid_to, Meeting.room_id, _NO_TIME, _NO_TIME)
    .join(Group, Group.id == Enrolment.group_id)
    .outerjoin(Meeting, and_(Meeting.group_id == Enrolment.group_id, status_is(*TAKEN)))
    .where(Enrolment.child_id == bindparam("child_id"), status_is(*ACTIVE_STATUSES)),
    select(Meeting.group_id, None, None, Meeting.weekday, Meeting.start_minute, Meeting.end_minute,
           Meeting.valid_from, Meeting.valid_to, Meeting.room_id, None, None)
    .where(Meeting.group_id == bindparam("group_id")),
    select(None, None, None, None, None, None, None, None, None, Appointment.starts_at, Appointment.ends_at)
    .join(AppointmentChild, AppointmentChild.appointment_id == Appointment.id)
    .where(AppointmentChild.child_id == bindparam("child_id"), Appointment.status == "booked",
           Appointment.ends_at > bindparam("since")),
))


def child_timetable(session: Session, child_id: int, group_id: int, since: dt.date) -> ChildTimetable:
    """One query: the child's applications with their groups' meetings, the meetings of ``group_id``, and the
    child's appointments that end after ``since`` began."""
    applications: dict[int, str] = {}
    meetings, slots, appointments = [], [], []
    for gid, status, code, weekday, start, end, valid_from, valid_to, room, starts_at, ends_at in \
            _TIMETABLE.rows(raw(session), {"child_id": child_id, "group_id": group_id,
                                           "since": dt.datetime.combine(since, dt.time())}):
        if starts_at is not None:
            appointments.append((starts_at, ends_at))
            continue
        if status is not None:
            applications[gid] = status
        if weekday is None:
            continue
        item = WeeklyItem(weekday, start, end, 0, valid_from, valid_to, room)
        if status is None:
            slots.append(item)
        elif gid != group_id:
            meetings.append((item, code))
    return ChildTimetable(applications, meetings, slots, appointments)


# The few academic years and shift settings, worked out once rather than at every application.
_cutoff = lru_cache(maxsize=64)(cutoff_date)
_hours = lru_cache(maxsize=16)(parse_hours)


def rule_problems(
    *, child: ChildRow, group: GroupState, timetable: ChildTimetable, since: dt.date, settings: dict[str, Any],
) -> tuple[list[RefusedError], RefusedError | None]:
    """``enrol.domain.enrolment_rules.placement_problems`` with the centre's settings."""
    return placement_problems(
        birth_date=child.birth_date, shift=child.shift, group=group.code, age_min=group.age_min,
        age_max=group.age_max, cutoff=_cutoff(group.academic_year, settings["age_cutoff"]),
        school_hours={1: _hours(settings["shift1_hours"]), 2: _hours(settings["shift2_hours"])},
        timetable=timetable, since=since,
    )


__all__ = ["CHILD_COLUMNS", "ChildRow", "child_timetable", "load_child", "refuse_anonymised", "rule_problems"]
