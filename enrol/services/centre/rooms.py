"""The building's rooms: three floors of club rooms, laboratories, studios, cabinets and the hall."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from enrol.db.engine import Database
from enrol.db.models import Event, Group, Meeting, Room
from enrol.domain.errors import N_, RefusedError, ValidationError
from enrol.domain.validation import check_choice, check_int, clean_text
from enrol.domain.vocabulary import ROOM_KINDS
from enrol.services import lookup
from enrol.services.people import audit, permissions
from enrol.services.context import Actor, now
from enrol.services.enrolment.occupancy import _TAKEN_BY_MEETING, WeekProfile, profile_of

MAX_ROOM_SEATS = 2000


@dataclass(frozen=True)
class RoomInfo:
    id: int
    code: str
    name: str
    floor: int
    kind: str
    seats: int
    active: bool


def room_info(room: Room) -> RoomInfo:
    return RoomInfo(id=room.id, code=room.code, name=room.name, floor=room.floor, kind=room.kind,
                    seats=room.seats, active=room.active)


def _clean_code(code: str) -> str:
    value = clean_text(code, field="code", max_length=20, required=True)
    assert value is not None
    if any(ch.isspace() for ch in value):
        raise ValidationError("code", N_("the code «{value}» must not contain spaces"), value=value)
    return value


def add_room(db: Database, *, actor: Actor, code: str, name: str, floor: int, kind: str, seats: int) -> RoomInfo:
    permissions.require(actor, "centre.edit")
    room = Room(
        code=_clean_code(code),
        name=clean_text(name, field="name", max_length=120, required=True),
        floor=check_int(floor, field="floor", minimum=1, maximum=3),
        kind=check_choice(kind, field="kind", choices=ROOM_KINDS),
        seats=check_int(seats, field="seats", minimum=0, maximum=MAX_ROOM_SEATS),
    )
    with db.write() as session:
        if session.scalar(select(Room.id).where(Room.code == room.code)) is not None:
            raise RefusedError(N_("A room with the code {code} already exists"), rule="duplicate", code=room.code)
        session.add(room)
        session.flush()
        info = room_info(room)
        audit.record(session, actor=actor, action="room.add", entity="room", entity_id=room.id, after=info)
    return info


def update_room(
    db: Database, *, actor: Actor, room: str | int, name: str | None = None, kind: str | None = None,
    seats: int | None = None, active: bool | None = None,
) -> RoomInfo:
    """Change a room; its seats may not drop below what the groups meeting there were promised."""
    permissions.require(actor, "centre.edit")
    with db.write() as session:
        found = lookup.room(session, room)
        before = room_info(found)
        if name is not None:
            found.name = clean_text(name, field="name", max_length=120, required=True)
        if kind is not None:
            found.kind = check_choice(kind, field="kind", choices=ROOM_KINDS)
        if seats is not None:
            new_seats = check_int(seats, field="seats", minimum=0, maximum=MAX_ROOM_SEATS)
            too_big = session.scalars(
                select(Group.code).join(Meeting, Meeting.group_id == Group.id)
                .where(Meeting.room_id == found.id, Group.active, Group.seats > new_seats)
                .distinct().order_by(Group.code)
            ).all()
            if too_big:
                raise RefusedError(
                    N_("Room {room} cannot have {seats} seats: groups {groups} meeting there have more"),
                    rule="seats", room=found.code, seats=new_seats, groups=", ".join(too_big),
                )
            crowd = session.execute(
                select(Event.title, Event.starts_at, Event.headcount)
                .where(Event.room_id == found.id, Event.ends_at > now(), Event.headcount > new_seats)
                .order_by(Event.starts_at).limit(1)).first()
            if crowd is not None:  # a booked event was promised the seats
                raise RefusedError(
                    N_("Room {room} cannot have {seats} seats: the event «{event}» on {at} is booked for {headcount}"),
                    rule="seats", room=found.code, seats=new_seats, event=crowd.title,
                    at=crowd.starts_at.strftime("%Y-%m-%d %H:%M"), headcount=crowd.headcount)
            found.seats = new_seats
        if active is not None:
            found.active = bool(active)
        info = room_info(found)
        audit.record(session, actor=actor, action="room.edit", entity="room", entity_id=found.id,
                     before=before, after=info)
    return info


def list_rooms(db: Database) -> list[RoomInfo]:
    with db.read() as session:
        return [room_info(r) for r in session.scalars(select(Room).order_by(Room.floor, Room.code))]


def total_seats(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.coalesce(func.sum(Room.seats), 0)).where(Room.active)) or 0)


def room_week(db: Database, *, room: str | None = None, floor: int | None = None,
              on: dt.date | None = None) -> WeekProfile:
    """The typical week of one room (against its seats) or one floor (against its rooms' seats), drawn like
    the building's heat map: each half hour's highest number of children expected there."""
    from enrol.domain.capacity import WeeklyItem

    day = on or now().date()
    with db.read() as session:
        rooms_query = select(Room.id, Room.seats).where(Room.active)
        if room is not None:
            rooms_query = select(Room.id, Room.seats).where(Room.id == lookup.room(session, room).id)
        elif floor is not None:
            rooms_query = rooms_query.where(Room.floor == check_int(floor, field="floor", minimum=1, maximum=3))
        chosen = dict(session.execute(rooms_query).tuples().all())
        items = [
            WeeklyItem(weekday, start, end, taken, valid_from, valid_to)
            for weekday, start, end, valid_from, valid_to, taken in session.execute(
                select(Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from,
                       Meeting.valid_to, _TAKEN_BY_MEETING)
                .join(Group, Group.id == Meeting.group_id)
                .where(Group.active, Meeting.room_id.in_(list(chosen)),
                       or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day)))
        ]
    return profile_of(items, capacity=sum(chosen.values()), day=day)
