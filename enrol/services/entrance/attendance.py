"""Attendance from the entrance: a child inside the building during a group's meeting is offered as present.
A mark a person made always wins: only children without a mark that day are marked."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from enrol.db.engine import Database
from enrol.db.models import Attendance, Enrolment, EntranceScan, Meeting
from enrol.services import lookup
from enrol.services.attendance import marks
from enrol.services.attendance.marks import MarkOutcome, running_on
from enrol.services.context import Actor
from enrol.services.people import permissions


def _stays(scans: list[tuple[str, dt.datetime]], until: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
    """(in, out) intervals from a child's scans in time order; a child still inside stays until ``until``."""
    stays, entered = [], None
    for direction, at in scans:
        if direction == "in" and entered is None:
            entered = at
        elif direction == "out" and entered is not None:
            stays.append((entered, at))
            entered = None
    if entered is not None:
        stays.append((entered, until))
    return stays


def inside_during_meeting(db: Database, *, actor: Actor, group: str | int, day: dt.date) -> list[int]:
    """The group's children (on ``day``) who were inside the building during one of its meetings that day."""
    permissions.require(actor, "attendance.view")
    with db.read() as session:
        found = lookup.group(session, group)
        marks.check_group_access(session, actor, found)
        windows = [(dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=m.start_minute),
                    dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=m.end_minute))
                   for m in session.scalars(select(Meeting).where(
                       Meeting.group_id == found.id, Meeting.weekday == day.isoweekday()))
                   if (m.valid_from is None or m.valid_from <= day) and (m.valid_to is None or m.valid_to >= day)]
        roster = set(session.scalars(select(Enrolment.child_id).where(Enrolment.group_id == found.id,
                                                                      running_on(day))))
        start = dt.datetime.combine(day, dt.time())
        by_child: dict[int, list[tuple[str, dt.datetime]]] = {}
        for child_id, direction, at in session.execute(
                select(EntranceScan.child_id, EntranceScan.direction, EntranceScan.at)
                .where(EntranceScan.at >= start, EntranceScan.at < start + dt.timedelta(days=1),
                       EntranceScan.undone_at.is_(None), EntranceScan.child_id.in_(roster))
                .order_by(EntranceScan.at, EntranceScan.id)):
            by_child.setdefault(child_id, []).append((direction, at))
    until = start + dt.timedelta(days=1)  # a child not yet scanned out counts as inside for the rest of the day
    return sorted(child for child, scans in by_child.items()
                  if any(a < end and b > begin for a, b in _stays(scans, until) for begin, end in windows))


def mark_from_entrance(db: Database, *, actor: Actor, group: str | int, day: dt.date) -> tuple[MarkOutcome, list[int]]:
    """Mark present every child inside during the meeting who has no mark yet that day; returns the children."""
    present = inside_during_meeting(db, actor=actor, group=group, day=day)
    with db.read() as session:
        found = lookup.group(session, group)
        marked = set(session.scalars(select(Enrolment.child_id).join(Attendance, Attendance.enrolment_id == Enrolment.id)
                                     .where(Enrolment.group_id == found.id, Attendance.date == day)))
    offered = [child for child in present if child not in marked]
    outcome = marks.mark_attendance(db, actor=actor, group=group, day=day, marks={c: "present" for c in offered})
    return outcome, offered
