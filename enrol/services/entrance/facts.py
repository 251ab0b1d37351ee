"""What the entrance's facts feed: the evacuation list of every child inside now, where the timetable places
them (others under "not in a class"), and the children still inside at the end of the day."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from enrol.db.engine import Database
from enrol.db.models import Child, Group, Guardian, InsideChild, Meeting, Room
from enrol.domain.errors import N_, RefusedError
from enrol.domain.names import full_name
from enrol.services.centre.settings import stored_value
from enrol.services.context import Actor, now
from enrol.services.enrolment.building import centre_settings
from enrol.services.entrance import scans
from enrol.services.entrance.inside import placements
from enrol.services.people import audit, permissions

# The pseudo-room of the evacuation list for children inside but in no meeting now (the lobby, a corridor).
NOT_IN_A_CLASS = "—"
END_OF_DAY_GRACE = dt.timedelta(minutes=15)


def inside_evacuation(db: Database, *, actor: Actor, at: dt.datetime | None = None):  # type: ignore[no-untyped-def]
    """Every child inside now by the scans, by floor and room with the adult in charge; the total is
    ``enrol inside``'s count, since each inside child is listed exactly once."""
    from enrol.i18n import tr
    from enrol.reports.evacuation import EvacuationList, Evacuee, RoomList

    permissions.require(actor, "entrance.scan")
    moment = (at or now()).replace(second=0, microsecond=0)
    with db.read() as session:
        centre = str(stored_value(session, "centre_name"))
        capacity = int(centre_settings(session)["building_capacity"])
        rooms = {room.id: room for room in session.scalars(select(Room))}
        placed = placements(session, moment)
        children: dict[int | None, list[tuple[str, Evacuee]]] = defaultdict(list)
        adults: dict[int | None, set[str]] = defaultdict(set)
        for child_id, surname, name, patronymic, key in session.execute(
                select(Child.id, Child.surname, Child.name, Child.patronymic, Child.sort_key)
                .join(InsideChild, InsideChild.child_id == Child.id)):
            room_id, code, adult = placed.get(child_id, (None, None, None))
            children[room_id].append((key, Evacuee(child=full_name(surname, name, patronymic), group=code)))
            if adult:
                adults[room_id].add(adult)
    listed = [RoomList(code=room.code, name=room.name, floor=room.floor, seats=room.seats,
                       adults=sorted(adults[room.id]), children=[e for _, e in sorted(children[room.id])])
              for room in sorted(rooms.values(), key=lambda r: (r.floor, r.code)) if children[room.id]]
    if children[None]:
        listed.append(RoomList(code=NOT_IN_A_CLASS, name=tr("not in a class"), floor=1, seats=0,
                               children=[e for _, e in sorted(children[None])]))
    return EvacuationList(centre=centre, printed_at=now(), at=moment, capacity=capacity, rooms=listed, inside=True)


def print_inside_evacuation(db: Database, *, actor: Actor, output: Path | None = None) -> bytes:
    """The evacuation list from the facts, audited like every print of children's names."""
    from enrol.reports.evacuation import render_evacuation
    from enrol.services.reporting.printing import record_print

    permissions.require(actor, "print.documents")
    document = inside_evacuation(db, actor=actor)
    pdf = render_evacuation(document)
    record_print(db, actor=actor, document="evacuation", entity="building", entity_id="inside", output=output,
                 pdf=pdf, details={"children": document.total, "rooms": len(document.rooms), "from": "entrance"})
    return pdf


# --- the end of the day -------------------------------------------------------------------------------

@dataclass(frozen=True)
class StillInside:
    child_id: int
    child: str
    since: dt.datetime
    phones: list[str]


def last_meeting_end(session: Session, day: dt.date) -> dt.datetime | None:
    last = session.scalar(select(func.max(Meeting.end_minute)).join(Group, Group.id == Meeting.group_id).where(
        Group.active, Meeting.weekday == day.isoweekday(), or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
        or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day)))
    return None if last is None else dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=int(last))


def still_inside(db: Database, *, actor: Actor, at: dt.datetime | None = None) -> list[StillInside]:
    """The children inside 15 minutes after the day's last meeting, with their guardians' phones (for the
    registrar's call); empty before then."""
    permissions.require(actor, "notifications.view")
    moment = at or now()
    with db.read() as session:
        end = last_meeting_end(session, moment.date())
        if end is not None and moment < end + END_OF_DAY_GRACE:
            return []
        rows = session.execute(select(Child.id, Child.surname, Child.name, InsideChild.since)
                               .join(InsideChild, InsideChild.child_id == Child.id).order_by(Child.sort_key)).all()
        phones: dict[int, list[str]] = defaultdict(list)
        for child_id, phone in session.execute(select(Guardian.child_id, Guardian.phone).where(
                Guardian.child_id.in_([r.id for r in rows])).order_by(Guardian.id)):
            phones[child_id].append(phone)
    return [StillInside(r.id, full_name(r.surname, r.name), r.since, phones[r.id]) for r in rows]


def close_day(db: Database, *, actor: Actor, reason: str, at: dt.datetime | None = None) -> int:
    """An administrator records every child still inside as out, with the reason (each scan audited)."""
    permissions.require(actor, "entrance.override")
    if not reason or not reason.strip():
        raise RefusedError(N_("Give the reason for closing the day"), rule="reason")
    with db.read() as session:
        ids = list(session.scalars(select(InsideChild.child_id)))
    for child_id in ids:
        scans.check_out(db, actor=actor, child=child_id, desk="close-day", at=at, override_reason=reason)
    with db.write() as session:
        audit.record(session, actor=actor, action="entrance.close_day", entity="building", entity_id="inside",
                     after={"children": len(ids), "reason": reason})
    return len(ids)
