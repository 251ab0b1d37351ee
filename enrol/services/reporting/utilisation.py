"""Utilisation: how the building, its rooms and its groups are used over the typical week — filled
seats of each group, each room's hours and how full it is while in use, the week's heat map against the
building's capacity with its peak moments, and the groups to act on (under-filled, long waitlists).

Seats are counted as the enrolment services count them: enrolled children and held offers (``TAKEN``). The
week is the timetable valid on one day (``on``); a period's report uses its last day, or today if earlier.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from enrol.db.engine import Database
from enrol.db.models import Club, Enrolment, Group, Meeting, Room, Staff
from enrol.domain.names import full_name
from enrol.domain.report_rules import LONG_WAITLIST, UNDERFILLED_SHARE, share
from enrol.services.people import permissions
from enrol.services.context import Actor
from enrol.services.enrolment.occupancy import SLOT_MINUTES, WeekProfile, week_profile
from enrol.services.centre.settings import stored_value

OPEN_DAYS = 6  # Monday to Saturday
OPEN_HOURS = (8, 21)  # the centre's day, as the heat map draws it
OPEN_MINUTES = OPEN_DAYS * (OPEN_HOURS[1] - OPEN_HOURS[0]) * 60


@dataclass(frozen=True)
class GroupUse:
    group_id: int
    group: str
    club: str
    teacher: str | None
    seats: int
    enrolled: int
    offered: int
    waitlisted: int
    weekly_minutes: int

    @property
    def taken(self) -> int:
        return self.enrolled + self.offered

    @property
    def fill(self) -> float | None:
        return share(self.taken, self.seats)


@dataclass(frozen=True)
class RoomUse:
    code: str
    name: str
    floor: int
    seats: int
    weekly_minutes: int  # booked by the groups' meetings
    seat_minutes: int  # children × minutes in those meetings
    peak: int  # the most children at one meeting

    @property
    def booked_share(self) -> float:
        """Share of the centre's open week (Mon–Sat 8:00–21:00) the room is timetabled."""
        return self.weekly_minutes / OPEN_MINUTES

    @property
    def fill(self) -> float | None:
        """Seats filled while the room is in use."""
        return share(self.seat_minutes, self.seats * self.weekly_minutes)


@dataclass(frozen=True)
class Utilisation:
    centre: str
    on: dt.date
    capacity: int
    week: WeekProfile
    busiest: list[tuple[int, int, int]]  # (weekday, minute, load) of the fullest half hours, fullest first
    groups: list[GroupUse] = field(default_factory=list)
    rooms: list[RoomUse] = field(default_factory=list)

    @property
    def seats(self) -> int:
        return sum(g.seats for g in self.groups)

    @property
    def taken(self) -> int:
        return sum(g.taken for g in self.groups)

    @property
    def waitlisted(self) -> int:
        return sum(g.waitlisted for g in self.groups)

    @property
    def underfilled(self) -> list[GroupUse]:
        return sorted((g for g in self.groups if g.seats and g.taken < g.seats * UNDERFILLED_SHARE),
                      key=lambda g: (g.fill or 0, g.group))

    @property
    def long_waitlists(self) -> list[GroupUse]:
        return sorted((g for g in self.groups if g.waitlisted >= LONG_WAITLIST), key=lambda g: (-g.waitlisted, g.group))


def _valid_on(day: dt.date):  # type: ignore[no-untyped-def]
    return and_(or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
                or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day))


def busiest_slots(week: WeekProfile, count: int = 5) -> list[tuple[int, int, int]]:
    """The ``count`` fullest half hours of the week, a stretch of equal load named once by its start."""
    found = []
    for weekday, day in enumerate(week.slots, start=1):
        for slot, load in enumerate(day):
            if load and (slot == 0 or day[slot - 1] != load):
                found.append((weekday, slot * SLOT_MINUTES, load))
    return sorted(found, key=lambda f: (-f[2], f[0], f[1]))[:count]


def utilisation_report(db: Database, *, actor: Actor, on: dt.date) -> Utilisation:
    """The week valid on ``on`` (aggregate numbers, no child named: nothing to audit)."""
    permissions.require(actor, "reports.view")
    week = week_profile(db, actor=actor, on=on)
    with db.read() as session:
        centre = str(stored_value(session, "centre_name"))
        counts: dict[int, dict[str, int]] = defaultdict(dict)
        for group_id, status, number in session.execute(
                select(Enrolment.group_id, Enrolment.status, func.count())
                .where(Enrolment.status.in_(("enrolled", "offered", "waitlisted")))
                .group_by(Enrolment.group_id, Enrolment.status)):
            counts[group_id][status] = int(number)
        meetings = session.execute(
            select(Meeting.group_id, Meeting.room_id, Meeting.start_minute, Meeting.end_minute)
            .join(Group, Group.id == Meeting.group_id).where(Group.active, _valid_on(on))).all()
        groups = session.execute(
            select(Group.id, Group.code, Club.name, Group.seats, Staff.surname, Staff.name, Staff.patronymic)
            .join(Club, Club.id == Group.club_id).outerjoin(Staff, Staff.id == Group.teacher_id)
            .where(Group.active).order_by(Group.code)).all()
        rooms = session.execute(select(Room.id, Room.code, Room.name, Room.floor, Room.seats)
                                .where(Room.active).order_by(Room.floor, Room.code)).all()
    group_minutes: dict[int, int] = defaultdict(int)
    room_minutes: dict[int, int] = defaultdict(int)
    room_seat_minutes: dict[int, int] = defaultdict(int)
    room_peak: dict[int, int] = defaultdict(int)
    for group_id, room_id, start, end in meetings:
        taken = counts[group_id].get("enrolled", 0) + counts[group_id].get("offered", 0)
        group_minutes[group_id] += end - start
        room_minutes[room_id] += end - start
        room_seat_minutes[room_id] += taken * (end - start)
        room_peak[room_id] = max(room_peak[room_id], taken)
    return Utilisation(
        centre=centre, on=on, capacity=week.capacity, week=week, busiest=busiest_slots(week),
        groups=[GroupUse(group_id=gid, group=code, club=club, teacher=full_name(s, n, p) if s else None, seats=seats,
                         enrolled=counts[gid].get("enrolled", 0), offered=counts[gid].get("offered", 0),
                         waitlisted=counts[gid].get("waitlisted", 0), weekly_minutes=group_minutes[gid])
                for gid, code, club, seats, s, n, p in groups],
        rooms=[RoomUse(code=code, name=name, floor=floor, seats=seats, weekly_minutes=room_minutes[rid],
                       seat_minutes=room_seat_minutes[rid], peak=room_peak[rid])
               for rid, code, name, floor, seats in rooms],
    )


__all__ = ["GroupUse", "OPEN_MINUTES", "RoomUse", "Utilisation", "busiest_slots", "utilisation_report"]
