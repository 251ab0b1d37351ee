"""Who is expected in the building: at a moment (the *Now* page, the evacuation list) and over the typical
week (the heat map), counted in SQL per group (the seats and building's capacity rules). The checks inside an enrolment's
transaction live one layer down, in ``building``; they are re-exported here for the modules that use them.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from enrol.db.engine import Database
from enrol.db.models import Appointment, AppointmentChild, Enrolment, EnrolmentChange, Event, Group, Meeting, Room, \
    Specialist, Staff
from enrol.domain.capacity import WeeklyItem, week_over, week_peak, week_profile as typical_week_profile
from enrol.domain.intervals import MINUTES_PER_DAY, format_hhmm, split_week_minute
from enrol.domain.names import full_name
from enrol.services.people import permissions
from enrol.services.context import Actor, now
from enrol.services.enrolment.building import (  # noqa: F401 - re-exported for the enrolment services
    GroupState,
    LONGEST_APPOINTMENT,
    SLOT_MINUTES,
    SeatLimit,
    TAKEN,
    _TAKEN_BY_MEETING,
    centre_settings,
    dated_load,
    group_slots,
    load_group,
    lock_building,
    seat_limit,
    status_is,
    weekly_load,
)
from enrol.services.enrolment.batch import batch, insert_row, seats_taken  # noqa: F401 - re-exported


@dataclass(frozen=True)
class RoomLoad:
    code: str
    floor: int
    seats: int
    expected: int
    adults: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Occupancy:
    at: dt.datetime
    capacity: int
    total: int
    floors: dict[int, int]
    rooms: list[RoomLoad]


def _expected_on(day: dt.date):  # type: ignore[no-untyped-def]
    """Children of a meeting's group expected on ``day``: offers held, enrolments running that day (an end
    date is the first day without the child, so a child withdrawn today is no longer expected) — also those
    that ended since, if they had been enrolled (not merely waiting) then."""
    started = or_(Enrolment.start_date.is_(None), Enrolment.start_date <= day)
    was_enrolled = select(EnrolmentChange.id).where(EnrolmentChange.enrolment_id == Enrolment.id,
                                                    EnrolmentChange.to_status == "enrolled").exists()
    running = or_(
        and_(Enrolment.status == "enrolled", or_(Enrolment.end_date.is_(None), Enrolment.end_date > day)),
        and_(status_is("withdrawn", "completed"), Enrolment.end_date > day, was_enrolled),
    )
    return (select(func.count()).where(Enrolment.group_id == Meeting.group_id,
                                       or_(Enrolment.status == "offered", and_(started, running)))
            .correlate(Meeting).scalar_subquery())


def occupancy_at(db: Database, *, actor: Actor, at: dt.datetime) -> Occupancy:
    """Children expected in each room at ``at``: groups meeting there (valid that day), appointments, events."""
    permissions.require(actor, "occupancy.view")
    day, minute = at.date(), at.hour * 60 + at.minute
    moment = at.replace(second=0, microsecond=0)
    with db.read() as session:
        capacity = int(centre_settings(session)["building_capacity"])
        rooms = {room.id: room for room in session.scalars(select(Room))}
        expected: dict[int, int] = defaultdict(int)
        adults: dict[int, list[str]] = defaultdict(list)
        groups: dict[int, list[str]] = defaultdict(list)
        meetings = session.execute(
            select(Meeting.room_id, Group.code, Staff.surname, Staff.name, Staff.patronymic, _expected_on(day))
            .join(Group, Group.id == Meeting.group_id).outerjoin(Staff, Staff.id == Group.teacher_id)
            .where(Group.active, Meeting.weekday == at.isoweekday(), Meeting.start_minute <= minute,
                   Meeting.end_minute > minute, or_(Meeting.valid_from.is_(None), Meeting.valid_from <= day),
                   or_(Meeting.valid_to.is_(None), Meeting.valid_to >= day))
            .order_by(Group.code)
        )
        for room_id, code, surname, name, patronymic, children in meetings:
            expected[room_id] += children
            groups[room_id].append(code)
            if surname is not None:
                adults[room_id].append(full_name(surname, name, patronymic))
        appointments = session.execute(
            select(Appointment.room_id, Staff.surname, Staff.name, Staff.patronymic,
                   func.count(AppointmentChild.child_id))
            .join(Specialist, Specialist.id == Appointment.specialist_id).join(Staff, Staff.id == Specialist.staff_id)
            .outerjoin(AppointmentChild, AppointmentChild.appointment_id == Appointment.id)
            .where(Appointment.status == "booked", Appointment.starts_at <= moment, Appointment.ends_at > moment)
            .group_by(Appointment.id, Appointment.room_id, Staff.surname, Staff.name, Staff.patronymic)
        )
        for room_id, surname, name, patronymic, children in appointments:
            expected[room_id] += children
            adults[room_id].append(full_name(surname, name, patronymic))
        for room_id, headcount in session.execute(
                select(Event.room_id, Event.headcount).where(Event.starts_at <= moment, Event.ends_at > moment)):
            expected[room_id] += headcount
    loads = [
        RoomLoad(code=room.code, floor=room.floor, seats=room.seats, expected=expected[room.id],
                 adults=sorted(set(adults[room.id])), groups=groups[room.id])
        for room in sorted(rooms.values(), key=lambda r: (r.floor, r.code))
        if room.active or expected[room.id]
    ]
    floors = {floor: 0 for floor in (1, 2, 3)}
    for load in loads:
        floors[load.floor] = floors.get(load.floor, 0) + load.expected
    return Occupancy(at=moment, capacity=capacity, total=sum(floors.values()), floors=floors, rooms=loads)


# --- the typical week -------------------------------------------------------------------------------

@dataclass(frozen=True)
class WeekProfile:
    """Children expected over the typical week: ``slots[weekday - 1][i]`` is the highest load during the
    i-th half hour of that day; ``peak`` is exact (to the minute), first reached at ``peak_weekday`` and
    ``peak_minute``; ``over`` lists the stretches above capacity as (weekday, start, end, highest load)."""

    on: dt.date
    capacity: int
    peak: int
    peak_weekday: int | None
    peak_minute: int | None
    slots: tuple[tuple[int, ...], ...]
    over: list[tuple[int, int, int, int]]

    @property
    def peak_label(self) -> str:
        if self.peak_weekday is None or self.peak_minute is None:
            return ""
        return f"{self.peak_weekday} {format_hhmm(self.peak_minute)}"


def week_profile(db: Database, *, actor: Actor, on: dt.date | None = None) -> WeekProfile:
    """The week of the meetings valid on ``on`` (default today) with each group's enrolled children and held
    offers. Appointments and events are one-off bookings, not part of the typical week (``occupancy_at``
    counts them)."""
    permissions.require(actor, "occupancy.view")
    day = on or now().date()
    with db.read() as session:
        capacity = int(centre_settings(session)["building_capacity"])
        items = [
            WeeklyItem(weekday, start, end, taken, valid_from, valid_to)
            for weekday, start, end, valid_from, valid_to, taken in session.execute(
                select(Meeting.weekday, Meeting.start_minute, Meeting.end_minute, Meeting.valid_from,
                       Meeting.valid_to, _TAKEN_BY_MEETING)
                .join(Group, Group.id == Meeting.group_id).where(Group.active)
            )
        ]
    return profile_of(items, capacity=capacity, day=day)


def profile_of(items: list[WeeklyItem], *, capacity: int, day: dt.date) -> WeekProfile:
    """The typical week of these weekly items against ``capacity``, in half-hour slots (building, floor, room)."""
    peak, peak_at = week_peak(items, on=day)
    slots = [[0] * (MINUTES_PER_DAY // SLOT_MINUTES) for _ in range(7)]
    for span, load in typical_week_profile(items, on=day):
        for index in range(span.start // SLOT_MINUTES, (span.end - 1) // SLOT_MINUTES + 1):
            weekday, slot = divmod(index, MINUTES_PER_DAY // SLOT_MINUTES)
            slots[weekday][slot] = max(slots[weekday][slot], load)
    over = []
    for span, load in week_over(items, capacity, on=day):
        weekday, start = split_week_minute(span.start)
        over.append((weekday, start, start + span.duration, load))
    weekday_minute = split_week_minute(peak_at) if peak_at is not None and peak else (None, None)
    return WeekProfile(on=day, capacity=capacity, peak=peak, peak_weekday=weekday_minute[0],
                       peak_minute=weekday_minute[1], slots=tuple(tuple(s) for s in slots), over=over)


__all__ = ["GroupState", "Occupancy", "RoomLoad", "SeatLimit", "WeekProfile", "batch", "centre_settings",
           "dated_load", "group_slots", "insert_row", "load_group", "lock_building", "occupancy_at", "profile_of", "seat_limit",
           "seats_taken", "week_profile", "weekly_load"]
