"""Who is inside now, room by room, for the *Now* page's floor plan.

Apart from ``facts`` (the evacuation list of who is inside, the end of the day) because *Now* is the first page
the window shows: this module loads no more than the models, where ``facts`` brings the scans' whole engine.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Appointment, AppointmentChild, Enrolment, Group, InsideChild, Meeting, Room, Specialist, Staff
from enrol.domain.names import full_name
from enrol.services.context import Actor, now
from enrol.services.people import permissions


def running(day: dt.date):  # type: ignore[no-untyped-def]
    return and_(Enrolment.status == "enrolled", or_(Enrolment.start_date.is_(None), Enrolment.start_date <= day),
                or_(Enrolment.end_date.is_(None), Enrolment.end_date > day))


def placements(session: Session, at: dt.datetime) -> dict[int, tuple[int, str | None, str | None]]:
    """Inside child → (room id, group code or None for an appointment, adult in charge) at ``at``."""
    day, minute = at.date(), at.hour * 60 + at.minute
    placed: dict[int, tuple[int, str | None, str | None]] = {}
    for child_id, room_id, code, surname, name, patronymic in session.execute(
            select(InsideChild.child_id, Meeting.room_id, Group.code, Staff.surname, Staff.name, Staff.patronymic)
            .join(Enrolment, Enrolment.child_id == InsideChild.child_id)
            .join(Meeting, Meeting.group_id == Enrolment.group_id).join(Group, Group.id == Meeting.group_id)
            .outerjoin(Staff, Staff.id == Group.teacher_id)
            .where(running(day), Group.active, Meeting.weekday == day.isoweekday(), Meeting.start_minute <= minute,
                   Meeting.end_minute > minute, or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
                   or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day))):
        placed.setdefault(child_id, (room_id, code, full_name(surname, name, patronymic) if surname else None))
    for child_id, room_id, surname, name, patronymic in session.execute(
            select(InsideChild.child_id, Appointment.room_id, Staff.surname, Staff.name, Staff.patronymic)
            .join(AppointmentChild, AppointmentChild.child_id == InsideChild.child_id)
            .join(Appointment, Appointment.id == AppointmentChild.appointment_id)
            .join(Specialist, Specialist.id == Appointment.specialist_id).join(Staff, Staff.id == Specialist.staff_id)
            .where(Appointment.status == "booked", Appointment.starts_at <= at, Appointment.ends_at > at)):
        placed.setdefault(child_id, (room_id, None, full_name(surname, name, patronymic)))
    return placed


@dataclass(frozen=True)
class InsideByRoom:
    rooms: dict[str, int]     # room code → children inside there now (their meeting's or appointment's room)
    not_in_a_class: int
    total: int


def inside_by_room(db: Database, *, actor: Actor, at: dt.datetime | None = None) -> InsideByRoom:
    """How many children inside (by the scans) each room holds at ``at`` by the timetable, for Now's floor plan."""
    permissions.require(actor, "entrance.scan")
    moment = (at or now()).replace(second=0, microsecond=0)
    with db.read() as session:
        codes = dict(session.execute(select(Room.id, Room.code)).tuples().all())
        placed = placements(session, moment)
        total = int(session.scalar(select(func.count()).select_from(InsideChild)) or 0)
    rooms: dict[str, int] = defaultdict(int)
    for room_id, _code, _adult in placed.values():
        rooms[codes[room_id]] += 1
    return InsideByRoom(rooms=dict(rooms), not_in_a_class=total - len(placed), total=total)
