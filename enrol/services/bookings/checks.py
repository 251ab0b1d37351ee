"""Checks every dated booking shares — a specialist's appointment or an event in a room: the time
is on one day and still ahead, the room is free, the children are free, and the building stays within its
capacity at every instant (the seats, building's capacity and clash rules).

The building check is the enrolment's own (``enrol.services.enrolment.occupancy``): the booking becomes a one-day
weekly item and ``first_excess`` weighs it against the meetings valid that day and the appointments and
events already booked, so an event, an appointment and an enrolment can never each think the seat was free.
Everything runs inside the caller's write transaction, after ``lock_building``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from enrol.db.models import Appointment, AppointmentChild, Enrolment, Event, Group, Meeting
from enrol.domain.capacity import WeeklyItem, first_excess
from enrol.domain.errors import N_, RefusedError, ValidationError
from enrol.domain.intervals import MINUTES_PER_DAY, format_hhmm
from enrol.services.enrolment.occupancy import TAKEN, centre_settings, dated_load, status_is, weekly_load
from enrol.services.context import now


@dataclass(frozen=True, slots=True)
class Window:
    """A booking's time: one day, minutes from its midnight."""

    day: dt.date
    start: int
    end: int

    @property
    def starts_at(self) -> dt.datetime:
        return dt.datetime.combine(self.day, dt.time()) + dt.timedelta(minutes=self.start)

    @property
    def ends_at(self) -> dt.datetime:
        return dt.datetime.combine(self.day, dt.time()) + dt.timedelta(minutes=self.end)

    @property
    def label(self) -> str:
        return f"{self.day.isoformat()} {format_hhmm(self.start)}–{format_hhmm(self.end)}"

    def as_item(self) -> WeeklyItem:
        return WeeklyItem(self.day.isoweekday(), self.start, self.end, 0, self.day, self.day)


def window(starts_at: dt.datetime, ends_at: dt.datetime, *, longest: dt.timedelta | None = None) -> Window:
    """The booking's time, checked: it ends after it starts, on the same day (midnight at the latest)."""
    start = starts_at.replace(second=0, microsecond=0)
    end = ends_at.replace(second=0, microsecond=0)
    if end <= start:
        raise ValidationError("end", N_("The booking must end after it starts ({start}–{end})"),
                              start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    midnight = dt.datetime.combine(start.date(), dt.time())
    if end > midnight + dt.timedelta(days=1):
        raise ValidationError("end", N_("A booking ends on the day it starts (at midnight at the latest)"))
    if longest is not None and end - start > longest:
        raise ValidationError("end", N_("A booking here lasts at most {hours} hours"),
                              hours=int(longest.total_seconds() // 3600))
    minutes = int((end - midnight).total_seconds() // 60)
    return Window(start.date(), start.hour * 60 + start.minute, min(minutes, MINUTES_PER_DAY))


def check_ahead(slot: Window) -> None:
    """Bookings are made for times still to come (the past is recorded, not booked)."""
    if slot.starts_at < now():
        raise RefusedError(N_("{at} has already passed: book a time still to come"), rule="past",
                           at=f"{slot.day.isoformat()} {format_hhmm(slot.start)}")


def on_day(slot: Window):  # type: ignore[no-untyped-def]
    """SQL: a meeting that takes place during the slot (its weekday, its times, valid that day)."""
    return and_(Meeting.weekday == slot.day.isoweekday(), Meeting.start_minute < slot.end,
                Meeting.end_minute > slot.start, or_(Meeting.valid_from.is_(None), Meeting.valid_from <= slot.day),
                or_(Meeting.valid_to.is_(None), Meeting.valid_to >= slot.day))


def _times(starts_at: dt.datetime, ends_at: dt.datetime) -> dict[str, str]:
    return {"start": f"{starts_at:%H:%M}", "end": f"{ends_at:%H:%M}"}


def room_refusal(session: Session, *, room_id: int, room: str, slot: Window, ignore_appointments: tuple[int, ...] = (),
                 ignore_event: int | None = None) -> RefusedError | None:
    """A group meeting, a booked appointment or an event in the room during the slot."""
    meeting = session.execute(
        select(Group.code, Meeting.start_minute, Meeting.end_minute).join(Group, Group.id == Meeting.group_id)
        .where(Meeting.room_id == room_id, Group.active, on_day(slot)).order_by(Meeting.start_minute).limit(1)).first()
    if meeting is not None:
        return RefusedError(N_("Room {room} is taken by group {other} at {start}–{end}"), rule="room_clash",
                            room=room, other=meeting[0], start=format_hhmm(meeting[1]), end=format_hhmm(meeting[2]))
    booking = session.execute(
        select(Appointment.starts_at, Appointment.ends_at)
        .where(Appointment.room_id == room_id, Appointment.status == "booked", Appointment.starts_at < slot.ends_at,
               Appointment.ends_at > slot.starts_at, Appointment.id.not_in(ignore_appointments))
        .order_by(Appointment.starts_at).limit(1)).first()
    if booking is not None:
        return RefusedError(N_("Room {room} is taken by an appointment at {start}–{end} on {date}"),
                            rule="room_clash", room=room, date=slot.day.isoformat(), **_times(*booking))
    event = session.execute(
        select(Event.title, Event.starts_at, Event.ends_at)
        .where(Event.room_id == room_id, Event.starts_at < slot.ends_at, Event.ends_at > slot.starts_at,
               Event.id != (ignore_event or -1)).order_by(Event.starts_at).limit(1)).first()
    if event is not None:
        return RefusedError(N_("Room {room} is taken by the event «{title}» at {start}–{end} on {date}"),
                            rule="room_clash", room=room, title=event[0], date=slot.day.isoformat(),
                            **_times(event[1], event[2]))
    return None


def child_refusal(session: Session, *, child_id: int, child: str, slot: Window,
                  ignore_appointments: tuple[int, ...] = ()) -> RefusedError | None:
    """The child's club meeting (a seat held that day) or other appointment during the slot."""
    started = or_(Enrolment.start_date.is_(None), Enrolment.start_date <= slot.day)
    meeting = session.execute(
        select(Group.code, Meeting.start_minute, Meeting.end_minute)
        .join(Enrolment, Enrolment.group_id == Meeting.group_id).join(Group, Group.id == Meeting.group_id)
        .where(Enrolment.child_id == child_id, status_is(*TAKEN), started, Group.active, on_day(slot))
        .order_by(Meeting.start_minute).limit(1)).first()
    if meeting is not None:
        return RefusedError(N_("{child} is in group {group} at {start}–{end} on {date}"), rule="clash", child=child,
                            group=meeting[0], start=format_hhmm(meeting[1]), end=format_hhmm(meeting[2]),
                            date=slot.day.isoformat())
    booking = session.execute(
        select(Appointment.starts_at, Appointment.ends_at).join(AppointmentChild,
                                                                AppointmentChild.appointment_id == Appointment.id)
        .where(AppointmentChild.child_id == child_id, Appointment.status == "booked",
               Appointment.starts_at < slot.ends_at, Appointment.ends_at > slot.starts_at,
               Appointment.id.not_in(ignore_appointments)).limit(1)).first()
    if booking is not None:
        return RefusedError(N_("{child} already has an appointment at {start}–{end} on {date}"), rule="clash",
                            child=child, date=slot.day.isoformat(), **_times(*booking))
    return None


def building_refusal(session: Session, *, slot: Window, add: int) -> RefusedError | None:
    """``add`` more people in the building during the slot would exceed its capacity at some instant."""
    capacity = int(centre_settings(session)["building_capacity"])
    item = slot.as_item()
    weekly, _rooms = weekly_load(session, -1, [item], since=slot.day)
    dated = dated_load(session, [item], since=slot.day)
    excess = first_excess([item], add=add, capacity=capacity, weekly=weekly, dated=dated, since=slot.day)
    if excess is None:
        return None
    return RefusedError(N_("The building would have more than {capacity} children on {at} ({load} expected then)"),
                        rule="building", capacity=capacity, at=f"{excess.day.isoformat()} {format_hhmm(excess.minute)}",
                        load=excess.load)


__all__ = ["Window", "building_refusal", "check_ahead", "child_refusal", "on_day", "room_refusal", "window"]
