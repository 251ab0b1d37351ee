"""Many allocations in one transaction (``import applications``): the building's meetings, the seats taken
per group and the bookings of the coming weeks are read once by ``batch`` instead of for every child, and
the history and audit rows are written together when the batch ends.

Inside a batch, ``building``'s load functions answer from these figures (they find them under
``BATCH_KEY`` in ``session.info``); the enrolment services keep them current (``seats_taken``).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, or_, select, union_all
from sqlalchemy.orm import Session

from enrol.db.models import Appointment, AppointmentChild, Enrolment, Event, Group, Meeting, Room
from enrol.domain.capacity import HORIZON_DAYS, DatedItem, WeeklyItem
from enrol.services.enrolment.building import BATCH_KEY, TAKEN, centre_settings, status_is
from enrol.services.context import now
from enrol.services.enrolment.hot_sql import Statement, raw


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
    building = session.info[BATCH_KEY] = _Building(session, now().date())
    try:
        yield
    finally:
        session.info.pop(BATCH_KEY, None)
    for statement, rows in building.pending.items():  # not reached when the batch failed: all is rolled back
        session.connection().execute(statement, rows)


def insert_row(session: Session, statement: Statement, row: dict[str, Any]) -> None:
    """Insert a row nobody reads back in this transaction (history, audit): now, or with a running batch's
    other rows when the batch ends, in one ``executemany``."""
    building = session.info.get(BATCH_KEY)
    if building is None:
        statement.insert(raw(session), row)
    else:
        building.pending.setdefault(statement.element, []).append(row)


def seats_taken(session: Session, group_id: int, change: int) -> None:
    """Tell a running batch that ``change`` seats of the group were taken (or, negative, given up)."""
    building = session.info.get(BATCH_KEY)
    if building is not None and change:
        building.taken[group_id] = building.taken.get(group_id, 0) + change


__all__ = ["batch", "insert_row", "seats_taken"]
