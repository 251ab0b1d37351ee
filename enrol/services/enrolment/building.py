"""The lowest layer of the enrolment services: the building lock, a group's row with its seat counts, the
centre's settings, the building's load around a group's meetings and the seat limit they set.
``enrolment_batch`` (the building read once for many allocations) and ``occupancy`` build on it.

Everything is counted in SQL per group (``count(*)`` of its enrolments), never per child row in Python,
so a 20,000-child centre answers as fast as a small one.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import DateTime, Integer, TypeDecorator, and_, bindparam, case, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from enrol.db.models import Appointment, AppointmentChild, Enrolment, Event, Group, Lock, Meeting, Room, Setting
from enrol.domain.capacity import HORIZON_DAYS, DatedItem, Excess, WeeklyItem, first_excess, next_weekday
from enrol.domain.errors import N_, NotFoundError, Notice
from enrol.domain.intervals import format_hhmm
from enrol.domain.settings import SETTINGS, parse_setting
from enrol.services.enrolment.hot_sql import Raw, Statement, raw

SLOT_MINUTES = 30
# Appointments are looked up by their start: one that began this long before a meeting may still be running.
LONGEST_APPOINTMENT = dt.timedelta(hours=4)
TAKEN = ("enrolled", "offered")


def status_is(*statuses: str):  # type: ignore[no-untyped-def]
    """``status IN (…)`` written as comparisons: SQLAlchemy renders an IN list anew at every execution."""
    return or_(*(Enrolment.status == status for status in statuses))


# ``session.info`` key of a running batch of allocations (``enrolment_batch.batch``): the building's figures
# read once, which the functions below answer from instead of querying.
BATCH_KEY = "enrol.occupancy.batch"

# --- the lowest layer: lock, settings, the group's row ---------------------------------------------

# Statements of the hot path are built once: building a select costs several times more than running it.
# They run on the transaction's DBAPI cursor (``enrolment_sql``): SQLAlchemy's per-statement work would cost
# several times SQLite's.
_LOCK_BUILDING = Statement(select(Lock.name).where(Lock.name == "building").with_for_update())
_SETTINGS = Statement(select(Setting.key, Setting.value))


def lock_building(session: Session) -> None:
    """On PostgreSQL, serialise every writer that changes who holds a seat (SQLite's BEGIN IMMEDIATE already has)."""
    cursor = raw(session)
    if cursor.dialect.name == "postgresql":
        _LOCK_BUILDING.rows(cursor)


@lru_cache(maxsize=128)
def _parsed(key: str, text: str) -> Any:
    return parse_setting(key, text)


def centre_settings(session: Session) -> dict[str, Any]:
    """Every setting, parsed, in one query (an enrolment needs six of them); parsing is remembered per text."""
    building = session.info.get(BATCH_KEY)
    if building is not None:
        return building.settings
    return dict(_parsed_settings(tuple(_SETTINGS.rows(raw(session)))))


@lru_cache(maxsize=16)
def _parsed_settings(stored: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    # The same stored rows give the same settings: parsed once, not at every enrolment (callers get a copy).
    texts = dict(stored)
    return {key: _parsed(key, texts.get(key, spec.default)) for key, spec in SETTINGS.items()}


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


_GROUP = {False: Statement(_group_query(False)), True: Statement(_group_query(True))}


def load_group(session: Session, key: str | int, *, lock: bool = False) -> GroupState:
    """The group named by code or id (as ``lookup.group``), locked FOR UPDATE on PostgreSQL when asked."""
    text = str(key).strip()
    ident = int(text) if text.isdigit() and len(text) < 10 else -1
    row = _GROUP[lock].first(raw(session), {"code": text, "id": ident})
    if row is None:
        raise NotFoundError("group", text)
    return GroupState(*row)


_SLOTS = Statement(select(Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from, Meeting.valid_to,
                Meeting.room_id).where(Meeting.group_id == bindparam("group_id"),
                                       or_(Meeting.valid_to.is_(None), Meeting.valid_to >= bindparam("since"))))


def group_slots(session: Session, group_id: int, *, since: dt.date) -> list[WeeklyItem]:
    """The group's meetings still valid on or after ``since`` (its "current" timetable)."""
    rows = _SLOTS.rows(raw(session), {"group_id": group_id, "since": since})
    return [WeeklyItem(w, s, e, 0, f, t, room) for w, s, e, f, t, room in rows]


# --- the load around a group's meetings ------------------------------------------------------------

_TAKEN_BY_MEETING = (select(func.count()).where(Enrolment.group_id == Meeting.group_id, status_is(*TAKEN))
                     .correlate(Meeting).scalar_subquery())
# The group being checked has just been counted (``load_group``): its meetings take that figure instead of
# counting its enrolments again (in SQL, a CASE does not run the subquery of a branch it does not take).
_TAKEN_OR_OWN = case((Meeting.group_id == bindparam("group_id"), bindparam("own_taken", type_=Integer)),
                     else_=_TAKEN_BY_MEETING)


@cache
def _weekly_query(slots: int):  # type: ignore[no-untyped-def]
    """The meetings of active groups overlapping the slots, each with its children, room and whether that
    room is one of the group's. One row a meeting, summed in Python: a GROUP BY over a subquery, or a CASE
    per column, cost SQLite several times more than the plain join (measured; README, *Performance*)."""
    overlap = or_(*(and_(Meeting.weekday == bindparam(f"w{i}"), Meeting.start_minute < bindparam(f"e{i}"),
                         Meeting.end_minute > bindparam(f"s{i}")) for i in range(slots)))
    own = aliased(Meeting)
    in_own_room = Meeting.room_id.in_(select(own.room_id).where(own.group_id == bindparam("own_group")))
    return Statement(
        select(Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from, Meeting.valid_to,
               Meeting.room_id, Room.code, Room.seats, in_own_room.label("own"), _TAKEN_OR_OWN.label("taken"))
        .join(Group, Group.id == Meeting.group_id).join(Room, Room.id == Meeting.room_id)
        .where(Group.active, or_(Meeting.valid_to.is_(None), Meeting.valid_to >= bindparam("since")), overlap))


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
    return Statement(union_all(appointments, events))


def _dated_arguments(cursor: Raw, windows: list[tuple[dt.datetime, dt.datetime]]) -> Any:
    """The dated query's statement and parameters for these windows, kept for the day: an enrolment binds
    two dozen moments, the same for every child of the group."""
    key = (cursor.dialect.name, windows[0], windows[-1], len(windows))
    found = _DATED_ARGUMENTS.get(key)
    if found is None or found[0] != windows:
        params: dict[str, Any] = {"since": windows[0][0], "until": windows[-1][1]}
        for i, (start, end) in enumerate(windows):
            params.update({f"s{i}": start, f"e{i}": end, f"b{i}": start - LONGEST_APPOINTMENT})
        if len(_DATED_ARGUMENTS) > 512:
            _DATED_ARGUMENTS.clear()
        found = _DATED_ARGUMENTS[key] = (windows, _dated_query(len(windows)).arguments(cursor, params))
    return found[1]


_DATED_ARGUMENTS: dict[tuple[Any, ...], tuple[list[tuple[dt.datetime, dt.datetime]], Any]] = {}


def weekly_load(session: Session, group_id: int, slots: list[WeeklyItem], *, since: dt.date,
                taken: int | None = None) -> tuple[list[WeeklyItem], dict[Any, tuple[str, int]]]:
    """The load of active groups' meetings overlapping ``slots`` (valid on or after ``since``), and the code
    and seats of the group's rooms. Items in other rooms have ``room`` None. ``taken``, when known, is the
    seats taken in group ``group_id`` now (read in this transaction), which then need not be counted again."""
    times = list(dict.fromkeys((s.weekday, s.start, s.end) for s in slots))
    if not times:
        return [], {}
    building = session.info.get(BATCH_KEY)
    if building is not None and since >= building.since:
        return building.weekly(group_id, times, since)
    params: dict[str, Any] = {"since": since, "group_id": group_id if taken is not None else -1,
                              "own_group": group_id, "own_taken": taken or 0}
    for i, (weekday, start, end) in enumerate(times):
        params.update({f"w{i}": weekday, f"s{i}": start, f"e{i}": end})
    # Children per distinct (time, validity, room): meetings in other rooms are summed together (the
    # building needs only the total), those in the group's own rooms kept apart.
    load: dict[tuple[Any, ...], int] = {}
    rooms = {}
    for weekday, start, end, valid_from, valid_to, room_id, code, seats, own, taken in _weekly_query(
            len(times)).rows(raw(session), params):
        if own:
            rooms[room_id] = (code, seats)
        key = (weekday, start, end, valid_from, valid_to, room_id if own else None)
        load[key] = load.get(key, 0) + int(taken)
    return [WeeklyItem(w, s, e, taken, f, t, room) for (w, s, e, f, t, room), taken in load.items()], rooms


def _windows(slots: list[WeeklyItem], since: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """The slots' meeting times on their dates within the horizon."""
    return _windows_of(frozenset((s.weekday, s.start, s.end, s.valid_from, s.valid_to) for s in slots), since)


@lru_cache(maxsize=512)
def _windows_of(times: frozenset[tuple[int, int, int, dt.date | None, dt.date | None]],
                since: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    # A group's windows are the same for every enrolment of the day: worked out once (the list is not changed).
    horizon = since + dt.timedelta(days=HORIZON_DAYS)
    week = dt.timedelta(days=7)
    windows = set()
    for weekday, start, end, valid_from, valid_to in times:
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
    building = session.info.get(BATCH_KEY)
    if building is not None and building.since <= since and windows[-1][1] <= building.until:
        return building.dated_in(windows)
    cursor = raw(session)
    rows = Statement.execute(cursor, _dated_arguments(cursor, windows))
    return [DatedItem(starts_at, ends_at, children, room_id) for room_id, starts_at, ends_at, children in rows]


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
    weekly, rooms = weekly_load(session, group.id, slots, since=since, taken=group.taken)
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
