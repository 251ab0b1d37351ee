"""Events in the hall or another room: a concert for 280 in the 300-seat hall, a meeting of
parents in a studio. The headcount must fit the room's seats (rule 1), the room must be free, and the
headcount counts toward the building's capacity at that time (rule 2) — the same arithmetic as enrolments,
so an event can never take seats the timetable already promised.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Event, Room
from enrol.domain.errors import N_, RefusedError
from enrol.domain.validation import check_int, clean_text
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.bookings.checks import Window, building_refusal, check_ahead, room_refusal, window
from enrol.services.context import Actor
from enrol.services.enrolment.occupancy import lock_building

MAX_HEADCOUNT = 100_000
ORGANISING_ROLES = ("administrator", "registrar")


@dataclass(frozen=True)
class EventInfo:
    id: int
    title: str
    room: str
    room_name: str
    floor: int
    seats: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    headcount: int
    notes: str | None


def _info(event: Event, room: Room) -> EventInfo:
    return EventInfo(id=event.id, title=event.title, room=room.code, room_name=room.name, floor=room.floor,
                     seats=room.seats, starts_at=event.starts_at, ends_at=event.ends_at, headcount=event.headcount,
                     notes=event.notes)


def _check_role(actor: Actor) -> None:
    if actor.role not in ORGANISING_ROLES:
        raise RefusedError(N_("{login} may not book events"), rule="permission", login=actor.login)


def add_event(
    db: Database, *, actor: Actor, title: str, room: str | int, starts_at: dt.datetime, ends_at: dt.datetime,
    headcount: int, notes: str | None = None,
) -> EventInfo:
    """Book the room for an event, or refuse naming why: seats, the room taken, or the moment the building
    would be over capacity."""
    permissions.require(actor, "events.edit")
    _check_role(actor)
    name = clean_text(title, field="title", max_length=200, required=True)
    count = check_int(headcount, field="headcount", minimum=1, maximum=MAX_HEADCOUNT)
    remark = clean_text(notes, field="notes", max_length=2000, multiline=True)
    slot = window(starts_at, ends_at)
    with db.write() as session:
        lock_building(session)
        place = lookup.room(session, room)
        _check_event(session, place, slot, count)
        event = Event(title=name, room_id=place.id, starts_at=slot.starts_at, ends_at=slot.ends_at, headcount=count,
                      notes=remark)
        session.add(event)
        session.flush()
        info = _info(event, place)
        audit.record(session, actor=actor, action="event.add", entity="event", entity_id=event.id, after=info)
    return info


def _check_event(session: Session, place: Room, slot: Window, count: int, ignore: int | None = None) -> None:
    check_ahead(slot)
    if not place.active:
        raise RefusedError(N_("Room {room} is closed"), rule="inactive", room=place.code)
    if count > place.seats:
        raise RefusedError(N_("Room {room} has {seats} seats: an event of {headcount} does not fit"), rule="seats",
                           room=place.code, seats=place.seats, headcount=count)
    for problem in (room_refusal(session, room_id=place.id, room=place.code, slot=slot, ignore_event=ignore),
                    building_refusal(session, slot=slot, add=count)):
        if problem is not None:
            raise problem


def list_events(db: Database, *, first: dt.date | None = None, last: dt.date | None = None) -> list[EventInfo]:
    """Events that overlap the days ``first`` to ``last`` (either open), in time order."""
    with db.read() as session:
        query = select(Event, Room).join(Room, Room.id == Event.room_id).order_by(Event.starts_at, Event.id)
        if first is not None:
            query = query.where(Event.ends_at > dt.datetime.combine(first, dt.time()))
        if last is not None:
            query = query.where(Event.starts_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
        return [_info(event, room) for event, room in session.execute(query).tuples()]


def cancel_event(db: Database, *, actor: Actor, event_id: int) -> EventInfo:
    """Remove a booked event (the audit trail keeps what it was)."""
    permissions.require(actor, "events.edit")
    _check_role(actor)
    with db.write() as session:
        event = lookup.by_id(session, Event, event_id)
        if event is None:
            raise RefusedError(N_("There is no event «{key}»"), rule="not_found", key=event_id)
        room = session.get(Room, event.room_id)
        assert room is not None
        info = _info(event, room)
        session.delete(event)
        audit.record(session, actor=actor, action="event.cancel", entity="event", entity_id=event_id, before=info)
    return info


__all__ = ["EventInfo", "add_event", "cancel_event", "list_events"]
