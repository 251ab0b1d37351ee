"""The lowest layer of the enrolment services: the building lock, a group's row with its seat counts, the
centre's settings, the building's load around a group's meetings, and ``batch`` — the building read once
for many allocations in one transaction (``import applications``). ``occupancy`` builds on it.

Everything is counted in SQL per group (``count(*)`` of its enrolments), never per child row in Python,
so a 20,000-child centre answers as fast as a small one.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import DateTime, TypeDecorator, and_, bindparam, case, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from enrol.db.models import Appointment, AppointmentChild, Enrolment, Event, Group, Lock, Meeting, Room, Setting
from enrol.domain.capacity import HORIZON_DAYS, DatedItem, Excess, WeeklyItem, first_excess, next_weekday
from enrol.domain.errors import N_, NotFoundError, Notice
from enrol.domain.intervals import format_hhmm
from enrol.domain.settings import SETTINGS, parse_setting
from enrol.services.context import now

SLOT_MINUTES = 30
# Appointments are looked up by their start: one that began this long before a meeting may still be running.
LONGEST_APPOINTMENT = dt.timedelta(hours=4)
TAKEN = ("enrolled", "offered")


def status_is(*statuses: str):  # type: ignore[no-untyped-def]
    """``status IN (…)`` written as comparisons: SQLAlchemy renders an IN list anew at every execution."""
    return or_(*(Enrolment.status == status for status in statuses))


# --- the lowest layer: lock, settings, the group's row ---------------------------------------------

# Statements of the hot path are built once: building a select costs several times more than running it.
_LOCK_BUILDING = select(Lock.name).where(Lock.name == "building").with_for_update()
_SETTINGS = select(Setting.key, Setting.value)


def lock_building(session: Session) -> None:
    """On PostgreSQL, serialise every writer that changes who holds a seat (SQLite's BEGIN IMMEDIATE already has)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().execute(_LOCK_BUILDING)


@lru_cache(maxsize=128)
def _parsed(key: str, text: str) -> Any:
    return parse_setting(key, text)


def centre_settings(session: Session) -> dict[str, Any]:
    """Every setting, parsed, in one query (an enrolment needs six of them); parsing is remembered per text."""
    building = session.info.get(_BATCH)
    if building is not None:
        return building.settings
    stored = dict(session.connection().execute(_SETTINGS).tuples().all())
    return {key: _parsed(key, stored.get(key, spec.default)) for key, spec in SETTINGS.items()}


@dataclass(frozen=True, slots=True)
class GroupState:
    """A group's row and how its seats are taken, read inside the caller's transaction."""

    id: int
    code: str
    seats: int
    age_min: int
    age_max: int
    academic_year: str
    funding: str
    active: bool
    enrolled: int
    offered: int
    waitlisted: int

    @property
    def taken(self) -> int:
        return self.enrolled + self.offered


def _count(status: str):  # type: ignore[no-untyped-def]
    return (select(func.count()).where(Enrolment.group_id == Group.id, Enrolment.status == status)
            .correlate(Group).scalar_subquery())


_GROUP_COLUMNS = (Group.id, Group.code, Group.seats, Group.age_min, Group.age_max, Group.academic_year,
                  Group.funding, Group.active, _count("enrolled"), _count("offered"), _count("waitlisted"))


def _group_query(lock: bool):  # type: ignore[no-untyped-def]
    # A code wins over an id, as in lookup.group: the code match is ordered first.
    query = (select(*_GROUP_COLUMNS).where(or_(Group.code == bindparam("code"), Group.id == bindparam("id")))
             .order_by((Group.code == bindparam("code")).desc()).limit(1))
    return query.with_for_update(of=Group) if lock else query


_GROUP = {False: _group_query(False), True: _group_query(True)}


def load_group(session: Session, key: str | int, *, lock: bool = False) -> GroupState:
    """The group named by code or id (as ``lookup.group``), locked FOR UPDATE on PostgreSQL when asked."""
    text = str(key).strip()
    ident = int(text) if text.isdigit() and len(text) < 10 else -1
    row = session.connection().execute(_GROUP[lock], {"code": text, "id": ident}).first()
    if row is None:
        raise NotFoundError("group", text)
    return GroupState(*row)


_SLOTS = select(Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from, Meeting.valid_to,
                Meeting.room_id).where(Meeting.group_id == bindparam("group_id"),
                                       or_(Meeting.valid_to.is_(None), Meeting.valid_to >= bindparam("since")))


def group_slots(session: Session, group_id: int, *, since: dt.date) -> list[WeeklyItem]:
    """The group's meetings still valid on or after ``since`` (its "current" timetable)."""
    rows = session.connection().execute(_SLOTS, {"group_id": group_id, "since": since})
    return [WeeklyItem(w, s, e, 0, f, t, room) for w, s, e, f, t, room in rows]


# --- the load around a group's meetings ------------------------------------------------------------

_TAKEN_BY_MEETING = (select(func.count()).where(Enrolment.group_id == Meeting.group_id, status_is(*TAKEN))
                     .correlate(Meeting).scalar_subquery())


@cache
def _weekly_query(slots: int):  # type: ignore[no-untyped-def]
    """Children per distinct (time, validity) of the meetings overlapping the slots: meetings in other rooms
    are summed together (the building needs only the total), those in the group's own rooms kept apart."""
    overlap = or_(*(and_(Meeting.weekday == bindparam(f"w{i}"), Meeting.start_minute < bindparam(f"e{i}"),
                         Meeting.end_minute > bindparam(f"s{i}")) for i in range(slots)))
    own = aliased(Meeting)
    in_own_room = Meeting.room_id.in_(select(own.room_id).where(own.group_id == bindparam("group_id")))
    meetings = (
        select(Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from, Meeting.valid_to,
               case((in_own_room, Meeting.room_id)).label("room_id"), case((in_own_room, Room.code)).label("code"),
               case((in_own_room, Room.seats)).label("seats"), _TAKEN_BY_MEETING.label("taken"))
        .join(Group, Group.id == Meeting.group_id).join(Room, Room.id == Meeting.room_id)
        .where(Group.active, or_(Meeting.valid_to.is_(None), Meeting.valid_to >= bindparam("since")), overlap)
        .subquery()
    )
    keys = [meetings.c.weekday, meetings.c.start_minute, meetings.c.end_minute, meetings.c.valid_from,
            meetings.c.valid_to, meetings.c.room_id, meetings.c.code, meetings.c.seats]
    return select(*keys, func.sum(meetings.c.taken)).group_by(*keys)


class _Moment(TypeDecorator[dt.datetime]):
    """A DateTime parameter that SQLite gets as ``isoformat`` text — the very text SQLAlchemy stores there
    (``YYYY-MM-DD HH:MM:SS.ffffff``) — made in C: the dated query binds dozens of them per enrolment."""

    impl = DateTime
    cache_ok = True

    def bind_processor(self, dialect):  # type: ignore[no-untyped-def]
        if dialect.name == "sqlite":
            return lambda value: None if value is None else value.isoformat(" ", "microseconds")
        return super().bind_processor(dialect)


def _at_param(name: str):  # type: ignore[no-untyped-def]
    return bindparam(name, type_=_Moment())


@cache
def _dated_query(windows: int):  # type: ignore[no-untyped-def]
    # A specialist's appointment is a session of an hour or two: a lower bound on starts_at (LONGEST_APPOINTMENT
    # before the window) lets the index find them. Events are few, so all of the horizon's are read.
    appointments = (
        select(Appointment.room_id, Appointment.starts_at, Appointment.ends_at, func.count(AppointmentChild.child_id))
        .join(AppointmentChild, AppointmentChild.appointment_id == Appointment.id)
        .where(Appointment.status == "booked",
               or_(*(and_(Appointment.starts_at < _at_param(f"e{i}"), Appointment.starts_at >= _at_param(f"b{i}"),
                          Appointment.ends_at > _at_param(f"s{i}")) for i in range(windows))))
        .group_by(Appointment.id, Appointment.room_id, Appointment.starts_at, Appointment.ends_at)
    )
    events = select(Event.room_id, Event.starts_at, Event.ends_at, Event.headcount).where(
        Event.starts_at < _at_param("until"), Event.ends_at > _at_param("since"))
    return union_all(appointments, events)


def weekly_load(session: Session, group_id: int, slots: list[WeeklyItem], *, since: dt.date) -> tuple[
        list[WeeklyItem], dict[Any, tuple[str, int]]]:
    """The load of active groups' meetings overlapping ``slots`` (valid on or after ``since``), and the code
    and seats of the group's rooms. Items in other rooms have ``room`` None."""
    times = list(dict.fromkeys((s.weekday, s.start, s.end) for s in slots))
    if not times:
        return [], {}
    building = session.info.get(_BATCH)
    if building is not None and since >= building.since:
        return building.weekly(group_id, times, since)
    params: dict[str, Any] = {"since": since, "group_id": group_id}
    for i, (weekday, start, end) in enumerate(times):
        params.update({f"w{i}": weekday, f"s{i}": start, f"e{i}": end})
    items, rooms = [], {}
    for weekday, start, end, valid_from, valid_to, room_id, code, seats, taken in session.connection().execute(
            _weekly_query(len(times)), params):
        items.append(WeeklyItem(weekday, start, end, int(taken), valid_from, valid_to, room_id))
        if room_id is not None:
            rooms[room_id] = (code, seats)
    return items, rooms


def _windows(slots: list[WeeklyItem], since: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """The slots' meeting times on their dates within the horizon."""
    horizon = since + dt.timedelta(days=HORIZON_DAYS)
    week = dt.timedelta(days=7)
    windows = set()
    for weekday, start, end, valid_from, valid_to in {(s.weekday, s.start, s.end, s.valid_from, s.valid_to)
                                                      for s in slots}:
        day = next_weekday(max(since, valid_from or since), weekday)
        last = horizon if valid_to is None else min(horizon, valid_to + dt.timedelta(days=1))
        begins = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=start)
        length = dt.timedelta(minutes=end - start)
        while day < last:
            windows.add((begins, begins + length))
            day += week
            begins += week
    return sorted(windows)


def dated_load(session: Session, slots: list[WeeklyItem], *, since: dt.date) -> list[DatedItem]:
    """Booked appointments (their children) and events (their headcount) that overlap the slots' dates
    within :data:`~enrol.domain.capacity.HORIZON_DAYS` of ``since``."""
    windows = _windows(slots, since)
    if not windows:
        return []
    building = session.info.get(_BATCH)
    if building is not None and building.since <= since and windows[-1][1] <= building.until:
        return building.dated_in(windows)
    params: dict[str, Any] = {"since": windows[0][0], "until": windows[-1][1]}
    for i, (start, end) in enumerate(windows):
        params.update({f"s{i}": start, f"e{i}": end, f"b{i}": start - LONGEST_APPOINTMENT})
    rows = session.connection().execute(_dated_query(len(windows)), params)
    return [DatedItem(starts_at, ends_at, children, room_id) for room_id, starts_at, ends_at, children in rows]


# --- many allocations in one transaction -----------------------------------------------------------

_BATCH = "enrol.occupancy.batch"


class _Building:
    """The building's meetings, seats taken per group and bookings, read once for a batch of allocations."""

    def __init__(self, session: Session, since: dt.date) -> None:
        self.since = since
        self.until = dt.datetime.combine(since + dt.timedelta(days=HORIZON_DAYS + 7), dt.time())
        self.pending: dict[Any, list[dict[str, Any]]] = {}
        self.items: dict[tuple[Any, ...], WeeklyItem] = {}  # the same few items serve every child
        connection = session.connection()
        self.settings = centre_settings(session)
        self.taken: dict[int, int] = dict(connection.execute(
            select(Enrolment.group_id, func.count()).where(status_is(*TAKEN)).group_by(Enrolment.group_id)
        ).tuples().all())
        self.rooms = {room: (code, seats) for room, code, seats in connection.execute(
            select(Room.id, Room.code, Room.seats))}
        self.meetings: dict[int, list[tuple[int, int, dt.date | None, dt.date | None, int, int]]] = defaultdict(list)
        self.rooms_of: dict[int, set[int]] = defaultdict(set)
        for weekday, start, end, valid_from, valid_to, room, group in connection.execute(
            select(Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from, Meeting.valid_to,
                   Meeting.room_id, Meeting.group_id).join(Group, Group.id == Meeting.group_id)
            .where(Group.active, or_(Meeting.valid_to.is_(None), Meeting.valid_to >= since))
        ):
            self.meetings[weekday].append((start, end, valid_from, valid_to, room, group))
            self.rooms_of[group].add(room)
        self.dated: dict[dt.date, list[DatedItem]] = defaultdict(list)
        start = dt.datetime.combine(since, dt.time())
        for room, starts_at, ends_at, children in connection.execute(union_all(
            select(Appointment.room_id, Appointment.starts_at, Appointment.ends_at,
                   func.count(AppointmentChild.child_id))
            .join(AppointmentChild, AppointmentChild.appointment_id == Appointment.id)
            .where(Appointment.status == "booked", Appointment.starts_at < self.until, Appointment.ends_at > start)
            .group_by(Appointment.id, Appointment.room_id, Appointment.starts_at, Appointment.ends_at),
            select(Event.room_id, Event.starts_at, Event.ends_at, Event.headcount)
            .where(Event.starts_at < self.until, Event.ends_at > start),
        )):
            item = DatedItem(starts_at, ends_at, children, room)
            for days in range((ends_at.date() - starts_at.date()).days + 1):
                self.dated[starts_at.date() + dt.timedelta(days=days)].append(item)

    def weekly(self, group_id: int, times: list[tuple[int, int, int]], since: dt.date) -> tuple[
            list[WeeklyItem], dict[Any, tuple[str, int]]]:
        own = self.rooms_of.get(group_id, set())
        found = {}
        for weekday, low, high in times:
            for meeting in self.meetings.get(weekday, ()):
                start, end, _, valid_to, _, _ = meeting
                if start < high and low < end and (valid_to is None or valid_to >= since):
                    found[id(meeting)] = (weekday, meeting)
        items = []
        for weekday, (start, end, valid_from, valid_to, room, group) in found.values():
            key = (weekday, start, end, valid_from, valid_to, room if room in own else None, self.taken.get(group, 0))
            item = self.items.get(key)
            if item is None:
                item = self.items[key] = WeeklyItem(*key[:3], key[6], *key[3:6])
            items.append(item)
        return items, {room: self.rooms[room] for room in own}

    def dated_in(self, windows: list[tuple[dt.datetime, dt.datetime]]) -> list[DatedItem]:
        found: dict[int, DatedItem] = {}
        for start, end in windows:
            for item in self.dated.get(start.date(), ()):
                if item.starts_at < end and start < item.ends_at:
                    found[id(item)] = item
        return list(found.values())


@contextmanager
def batch(session: Session) -> Iterator[None]:
    """Many allocations in one locked transaction (``import applications``): the building's meetings, the seats
    taken per group and the bookings of the coming weeks are read once instead of for every child. Inside,
    seats may change only through the enrolment services, which keep the figures current (``seats_taken``)."""
    building = session.info[_BATCH] = _Building(session, now().date())
    try:
        yield
    finally:
        session.info.pop(_BATCH, None)
    for statement, rows in building.pending.items():  # not reached when the batch failed: all is rolled back
        session.connection().execute(statement, rows)


def insert_row(session: Session, statement: Any, row: dict[str, Any]) -> None:
    """Insert a row nobody reads back in this transaction (history, audit): now, or with a running batch's
    other rows when the batch ends, in one ``executemany``."""
    building = session.info.get(_BATCH)
    if building is None:
        session.connection().execute(statement, row)
    else:
        building.pending.setdefault(statement, []).append(row)


def seats_taken(session: Session, group_id: int, change: int) -> None:
    """Tell a running batch that ``change`` seats of the group were taken (or, negative, given up)."""
    building = session.info.get(_BATCH)
    if building is not None and change:
        building.taken[group_id] = building.taken.get(group_id, 0) + change


@dataclass(frozen=True)
class SeatLimit:
    """Why a child cannot have a seat now: ``kind`` is group, room, building or waitlist."""

    kind: str
    notice: Notice


def _moment(excess: Excess) -> str:
    return f"{excess.day.isoformat()} {format_hhmm(excess.minute)}"


def seat_limit(
    session: Session, *, group: GroupState, slots: list[WeeklyItem], since: dt.date, capacity: int, add: int = 1,
) -> SeatLimit | None:
    """The first limit that ``add`` more children in the group would break: its seats, a room's seats at some
    instant, or the building's capacity at some instant of its meetings (from ``since`` on)."""
    if group.taken + add > group.seats:
        return SeatLimit("group", Notice(N_("Group {group} is full: {taken} of {seats} seats are taken"),
                                         group=group.code, taken=group.taken, seats=group.seats))
    if not slots:
        return None
    weekly, rooms = weekly_load(session, group.id, slots, since=since)
    dated = dated_load(session, slots, since=since)
    for room_id in sorted({slot.room for slot in slots}, key=str):
        code, seats = rooms.get(room_id, ("?", 0))
        excess = first_excess([s for s in slots if s.room == room_id], add=add, capacity=seats, since=since,
                              weekly=[w for w in weekly if w.room == room_id],
                              dated=[d for d in dated if d.room == room_id])
        if excess is not None:
            return SeatLimit("room", Notice(
                N_("Room {room} would have more than its {seats} seats on {at} ({load} expected there)"),
                room=code, seats=seats, at=_moment(excess), load=excess.load))
    excess = first_excess(slots, add=add, capacity=capacity, weekly=weekly, dated=dated, since=since)
    if excess is not None:
        return SeatLimit("building", Notice(
            N_("The building would have more than {capacity} children on {at} ({load} expected then)"),
            capacity=capacity, at=_moment(excess), load=excess.load))
    return None


# --- occupancy at a moment --------------------------------------------------------------------------
