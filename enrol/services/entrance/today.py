"""What a child has in the building today (the page shows it at a scan) and where the timetable has them now."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from enrol.db.models import Appointment, AppointmentChild, Club, Enrolment, Group, Meeting, Room
from enrol.domain.intervals import format_hhmm


@dataclass(frozen=True)
class TodayItem:
    start: str
    end: str
    what: str     # the club's name, or "appointment"
    room: str
    kind: str     # "meeting" or "appointment"


def _running(day: dt.date):  # type: ignore[no-untyped-def]
    return and_(Enrolment.status == "enrolled", or_(Enrolment.start_date.is_(None), Enrolment.start_date <= day),
                or_(Enrolment.end_date.is_(None), Enrolment.end_date > day))


def child_today(session: Session, child_id: int, day: dt.date) -> list[TodayItem]:
    """The child's group meetings and booked appointments on ``day``, in time order."""
    items: list[tuple[int, TodayItem]] = []
    for start, end, club, room in session.execute(
            select(Meeting.start_minute, Meeting.end_minute, Club.name, Room.code)
            .join(Group, Group.id == Meeting.group_id).join(Club, Club.id == Group.club_id)
            .join(Room, Room.id == Meeting.room_id)
            .join(Enrolment, Enrolment.group_id == Group.id)
            .where(Enrolment.child_id == child_id, _running(day), Group.active, Meeting.weekday == day.isoweekday(),
                   or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
                   or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day))):
        items.append((start, TodayItem(format_hhmm(start), format_hhmm(end), club, room, "meeting")))
    begin = dt.datetime.combine(day, dt.time())
    for starts_at, ends_at, room in session.execute(
            select(Appointment.starts_at, Appointment.ends_at, Room.code)
            .join(AppointmentChild, AppointmentChild.appointment_id == Appointment.id)
            .join(Room, Room.id == Appointment.room_id)
            .where(AppointmentChild.child_id == child_id, Appointment.status == "booked",
                   Appointment.starts_at >= begin, Appointment.starts_at < begin + dt.timedelta(days=1))):
        minute = starts_at.hour * 60 + starts_at.minute
        items.append((minute, TodayItem(starts_at.strftime("%H:%M"), ends_at.strftime("%H:%M"), "appointment", room,
                                        "appointment")))
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


def rooms_now(session: Session, child_ids: list[int], at: dt.datetime) -> dict[int, tuple[str, int]]:
    """Where the timetable has each of these children at ``at``: (room code, floor) of their meeting or
    appointment; children with nothing then are left out."""
    if not child_ids:
        return {}
    day, minute = at.date(), at.hour * 60 + at.minute
    found: dict[int, tuple[str, int]] = {}
    wanted = set(child_ids)
    for child_id, code, floor in session.execute(
            select(Enrolment.child_id, Room.code, Room.floor)
            .join(Meeting, Meeting.group_id == Enrolment.group_id).join(Group, Group.id == Meeting.group_id)
            .join(Room, Room.id == Meeting.room_id)
            .where(_running(day), Group.active, Meeting.weekday == day.isoweekday(), Meeting.start_minute <= minute,
                   Meeting.end_minute > minute, or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
                   or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day))):
        if child_id in wanted:
            found.setdefault(child_id, (code, floor))
    for child_id, code, floor in session.execute(
            select(AppointmentChild.child_id, Room.code, Room.floor)
            .join(Appointment, Appointment.id == AppointmentChild.appointment_id)
            .join(Room, Room.id == Appointment.room_id)
            .where(Appointment.status == "booked", Appointment.starts_at <= at, Appointment.ends_at > at)):
        if child_id in wanted:
            found.setdefault(child_id, (code, floor))
    return found
